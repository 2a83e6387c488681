import { deflateRawSync } from 'node:zlib';

/**
 * A minimal zip writer (PKWARE APPNOTE 6.3.x: local file headers, central directory, end record; deflate
 * or stored; no zip64, so under 4 GB and 65535 entries), for `npm run pakket` and for the workbooks the
 * reader's tests build byte by byte (test/zipbouwer.ts). Written here rather than taken from a
 * dependency: the add-in's dev tools then need nothing outside package.json.
 */
export interface Zipbestand {
  /** Path inside the zip, with forward slashes. */
  naam: string;
  inhoud: Buffer;
  /** Unset: deflate where that makes the entry smaller, else store (PNG icons). */
  methode?: 'deflate' | 'opgeslagen';
  /** The uncompressed size the headers declare, for tests where it must lie (a zip bomb at small scale). */
  grootte?: number;
}

const CRC_TABEL = (() => {
  const tabel = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    tabel[n] = c >>> 0;
  }
  return tabel;
})();

export function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABEL[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** MS-DOS date and time of the entries: fixed (1 January 2000), so the same dist/ gives the same zip. */
const DOS_TIJD = 0;
const DOS_DATUM = ((2000 - 1980) << 9) | (1 << 5) | 1;

export function maakZip(bestanden: readonly Zipbestand[]): Buffer {
  if (bestanden.length > 0xffff) throw new Error('te veel bestanden voor een zip zonder zip64');
  const delen: Buffer[] = [];
  const centraal: Buffer[] = [];
  let positie = 0;
  for (const { naam, inhoud, methode: gevraagd, grootte = inhoud.length } of bestanden) {
    const naamBytes = Buffer.from(naam, 'utf8');
    const ingepakt = gevraagd === 'opgeslagen' ? inhoud : deflateRawSync(inhoud, { level: 9 });
    const methode = gevraagd === 'deflate' || (gevraagd === undefined && ingepakt.length < inhoud.length) ? 8 : 0;
    const data = methode === 8 ? ingepakt : inhoud;
    const crc = crc32(inhoud);
    const opgegeven = Math.min(grootte, 0xfffffffe);
    const lokaal = Buffer.alloc(30);
    lokaal.writeUInt32LE(0x04034b50, 0);
    lokaal.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    lokaal.writeUInt16LE(0x0800, 6); // flag 11: names in UTF-8
    lokaal.writeUInt16LE(methode, 8);
    lokaal.writeUInt16LE(DOS_TIJD, 10);
    lokaal.writeUInt16LE(DOS_DATUM, 12);
    lokaal.writeUInt32LE(crc, 14);
    lokaal.writeUInt32LE(data.length, 18);
    lokaal.writeUInt32LE(opgegeven, 22);
    lokaal.writeUInt16LE(naamBytes.length, 26);
    lokaal.writeUInt16LE(0, 28);
    const kop = Buffer.alloc(46);
    kop.writeUInt32LE(0x02014b50, 0);
    kop.writeUInt16LE(0x031e, 4); // made by: Unix, spec 3.0
    kop.writeUInt16LE(20, 6);
    kop.writeUInt16LE(0x0800, 8);
    kop.writeUInt16LE(methode, 10);
    kop.writeUInt16LE(DOS_TIJD, 12);
    kop.writeUInt16LE(DOS_DATUM, 14);
    kop.writeUInt32LE(crc, 16);
    kop.writeUInt32LE(data.length, 20);
    kop.writeUInt32LE(opgegeven, 24);
    kop.writeUInt16LE(naamBytes.length, 28);
    kop.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external attributes: a regular file, rw-r--r--
    kop.writeUInt32LE(positie, 42);
    delen.push(lokaal, naamBytes, data);
    centraal.push(kop, naamBytes);
    positie += lokaal.length + naamBytes.length + data.length;
  }
  const centraalBuffer = Buffer.concat(centraal);
  if (positie + centraalBuffer.length > 0xffffffff) throw new Error('het pakket is te groot voor een zip zonder zip64');
  const eind = Buffer.alloc(22);
  eind.writeUInt32LE(0x06054b50, 0);
  eind.writeUInt16LE(bestanden.length, 8);
  eind.writeUInt16LE(bestanden.length, 10);
  eind.writeUInt32LE(centraalBuffer.length, 12);
  eind.writeUInt32LE(positie, 16);
  return Buffer.concat([...delen, centraalBuffer, eind]);
}
