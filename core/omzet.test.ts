import type { Bereik, Cel } from './invoer';
import { omzet } from './omzet';
import { leesKolom } from './regels';
import fc from 'fast-check';
import { fout } from '../test/vang';

const kolom = (cellen: Cel[]): Bereik => cellen.map((c) => [c]);
const omzetVan = (volumes: Cel[], tarieven: Cel[]) =>
  omzet(leesKolom(kolom(volumes), 'volumes'), leesKolom(kolom(tarieven), 'tarieven')).toString();

describe('omzet (docs/contract.md §1 money, §4 OMZET)', () => {
  it('rounds 3 × 1,115 = 3,345 half away from zero to 3,35', () => {
    // As a float 3 × 1,115 is 3,3449999999999998, and (3 * 1.115).toFixed(2) gives "3.34".
    expect((3 * 1.115).toFixed(2)).toBe('3.34');
    expect(omzetVan([3], [1.115])).toBe('3.35');
    expect(omzetVan(['3'], ['1,115'])).toBe('3.35');
  });

  it('rounds each line before summing', () => {
    // two lines of 1 × 0,005: each rounds to 0,01 → 0,02 (rounding the total 0,010 would give 0,01)
    expect(omzetVan([1, 1], [0.005, 0.005])).toBe('0.02');
    // 10 × 198,55 = 1985,50 plus 3,35 = 1988,85
    expect(omzetVan([3, 10], [1.115, 198.55])).toBe('1988.85');
  });

  it('skips lines without a volume, also when the tarief is empty', () => {
    expect(omzetVan([3, null, '', 0, 2], [1.115, 5, null, '', 10])).toBe('23.35');
  });

  it('names the cells of a volume without tarief, negative and unreadable cells', () => {
    expect(fout(() => omzetVan([3, 2], [1.115, null])).bericht).toBe('tarieven (cel 2) is leeg of 0, maar volumes (cel 2) is gevuld');
    expect(fout(() => omzetVan([3, -2], [1.115, 4])).bericht).toMatch(/volumes \(cel 2\) mag niet negatief zijn/);
    expect(fout(() => omzetVan([3, 2], [1.115, -4])).bericht).toMatch(/tarieven \(cel 2\) mag niet negatief zijn/);
    expect(fout(() => omzetVan([3, 'twee'], [1.115, 4])).bericht).toMatch(/volumes \(cel 2\).*"twee" is geen getal/);
    expect(fout(() => omzetVan([true], [4])).bericht).toMatch(/volumes \(cel 1\) moet een getal zijn, geen WAAR/);
  });

  it('refuses ranges of different sizes, naming both', () => {
    expect(fout(() => omzetVan([1, 2, 3], [1, 2])).bericht).toBe('volumes (3×1 cellen) en tarieven (2×1 cellen) moeten even groot zijn');
  });

  it('gives the same cents in the fast lane and the Decimal lane', () => {
    // volumes with up to 2 decimals, tarieven with up to 3: numbers take the fast lane, text the Decimal one
    const regel = fc.record({ volume: fc.integer({ min: 1, max: 10_000_000 }), tarief: fc.integer({ min: 1, max: 99_999_999 }) });
    fc.assert(
      fc.property(fc.array(regel, { minLength: 1, maxLength: 20 }), (regels) => {
        const snel = omzetVan(
          regels.map((r) => r.volume / 100),
          regels.map((r) => r.tarief / 1000),
        );
        const tekst = (x: number) => x.toString().replace('.', ',');
        expect(snel).toBe(
          omzetVan(
            regels.map((r) => tekst(r.volume / 100)),
            regels.map((r) => tekst(r.tarief / 1000)),
          ),
        );
      }),
    );
  });

  it('sums a million lines in linear time', () => {
    const volumes: Bereik = [];
    const tarieven: Bereik = [];
    for (let i = 0; i < 1_000_000; i++) {
      volumes.push([3]);
      tarieven.push([1.115]);
    }
    // 1.000.000 × 3,35
    expect(omzet(leesKolom(volumes, 'volumes'), leesKolom(tarieven, 'tarieven')).toString()).toBe('3350000');
  });
});
