import { inflateRawSync } from 'node:zlib';
import { crc32 } from '../scripts/zip';

/**
 * A zip reader for the tests (end record → central directory → local headers; deflate or stored),
 * independent of the writer: it checks every entry's size and CRC while reading.
 */
export function leesZip(zip: Buffer): Map<string, Buffer> {
  const eind = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eind < 0) throw new Error('geen zip: het eindrecord ontbreekt');
  const aantal = zip.readUInt16LE(eind + 10);
  let p = zip.readUInt32LE(eind + 16);
  const uit = new Map<string, Buffer>();
  for (let i = 0; i < aantal; i += 1) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error(`geen centrale kop op ${p}`);
    const methode = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const ingepakt = zip.readUInt32LE(p + 20);
    const grootte = zip.readUInt32LE(p + 24);
    const naamLengte = zip.readUInt16LE(p + 28);
    const extra = zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    const lokaal = zip.readUInt32LE(p + 42);
    const naam = zip.subarray(p + 46, p + 46 + naamLengte).toString('utf8');
    if (zip.readUInt32LE(lokaal) !== 0x04034b50) throw new Error(`geen lokale kop op ${lokaal}`);
    const start = lokaal + 30 + zip.readUInt16LE(lokaal + 26) + zip.readUInt16LE(lokaal + 28);
    const data = zip.subarray(start, start + ingepakt);
    const inhoud = methode === 8 ? inflateRawSync(data) : Buffer.from(data);
    if (inhoud.length !== grootte || crc32(inhoud) !== crc) throw new Error(`${naam}: grootte of CRC klopt niet`);
    uit.set(naam, inhoud);
    p += 46 + naamLengte + extra;
  }
  return uit;
}
