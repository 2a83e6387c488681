import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { bestandenVan } from '../scripts/pakket';
import { crc32, maakZip } from '../scripts/zip';

/**
 * `npm run pakket`'s zip writer, read back with an independent reader of the format (end record →
 * central directory → local headers), so every entry's name, size, CRC and content are checked.
 */
function leesZip(zip: Buffer): Map<string, Buffer> {
  const eind = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(eind).toBe(zip.length - 22);
  const aantal = zip.readUInt16LE(eind + 10);
  let p = zip.readUInt32LE(eind + 16);
  const uit = new Map<string, Buffer>();
  for (let i = 0; i < aantal; i += 1) {
    expect(zip.readUInt32LE(p)).toBe(0x02014b50);
    const methode = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const ingepakt = zip.readUInt32LE(p + 20);
    const grootte = zip.readUInt32LE(p + 24);
    const naamLengte = zip.readUInt16LE(p + 28);
    const extra = zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    const lokaal = zip.readUInt32LE(p + 42);
    const naam = zip.subarray(p + 46, p + 46 + naamLengte).toString('utf8');
    expect(zip.readUInt32LE(lokaal)).toBe(0x04034b50);
    const start = lokaal + 30 + zip.readUInt16LE(lokaal + 26) + zip.readUInt16LE(lokaal + 28);
    const data = zip.subarray(start, start + ingepakt);
    const inhoud = methode === 8 ? inflateRawSync(data) : Buffer.from(data);
    expect({ naam, grootte: inhoud.length, crc: crc32(inhoud) }).toEqual({ naam, grootte, crc });
    uit.set(naam, inhoud);
    p += 46 + naamLengte + extra;
  }
  return uit;
}

describe('the zip writer of npm run pakket', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });

  it('writes entries that read back exactly: text, binary, empty, a UTF-8 name, a folder path', () => {
    const willekeurig = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256));
    const bestanden = [
      { naam: 'taskpane.html', inhoud: Buffer.from('<!doctype html><p>WLZ rekenkern</p>'.repeat(50)) },
      { naam: 'assets/icon-16.png', inhoud: willekeurig },
      { naam: 'leeg.txt', inhoud: Buffer.alloc(0) },
      { naam: 'toelichting/één € 5.000.txt', inhoud: Buffer.from('drempel € 5.000') },
    ];
    const gelezen = leesZip(maakZip(bestanden));
    expect([...gelezen.keys()]).toEqual(bestanden.map((b) => b.naam));
    for (const b of bestanden) expect(gelezen.get(b.naam)?.equals(b.inhoud)).toBe(true);
  });

  it('is the same zip for the same files (fixed dates), and packs a folder tree with forward slashes', () => {
    const map = mkdtempSync(join(tmpdir(), 'wlz-pakket-'));
    try {
      mkdirSync(join(map, 'assets'));
      writeFileSync(join(map, 'manifest.xml'), '<OfficeApp/>');
      writeFileSync(join(map, 'assets', 'icon-32.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      const bestanden = bestandenVan(map);
      expect(bestanden.map((b) => b.naam)).toEqual(['assets/icon-32.png', 'manifest.xml']);
      expect(maakZip(bestanden).equals(maakZip(bestandenVan(map)))).toBe(true);
      expect([...leesZip(maakZip(bestanden)).keys()]).toEqual(['assets/icon-32.png', 'manifest.xml']);
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  });
});
