import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bestandenVan } from '../scripts/pakket';
import { crc32, maakZip } from '../scripts/zip';
import { leesZip } from './zip-lezer';

/**
 * `npm run pakket`'s zip writer, read back with an independent reader of the format (test/zip-lezer.ts),
 * so every entry's name, size, CRC and content are checked.
 */
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
