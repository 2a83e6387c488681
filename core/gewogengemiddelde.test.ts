import { WlzFout } from './fout';
import { gewogenGemiddelde } from './gewogengemiddelde';
import type { Bereik, Cel } from './invoer';
import { leesKolom } from './regels';
import fc from 'fast-check';
import { fout } from '../test/vang';

/** The result as text, or the error code (credit lines may push W out of range in both lanes alike). */
function uitkomstOfCode(f: () => { toString(): string }): string {
  try {
    return f().toString();
  } catch (e) {
    if (e instanceof WlzFout) return e.code;
    throw e;
  }
}

const kolom = (cellen: Cel[]): Bereik => cellen.map((c) => [c]);
const gg = (p: Cel[] | Bereik, b: Cel[] | Bereik, m?: Cel[] | Bereik) => {
  const bereik = (x: Cel[] | Bereik) => (Array.isArray(x[0]) ? (x as Bereik) : kolom(x as Cel[]));
  return gewogenGemiddelde(leesKolom(bereik(p), 'percentages'), leesKolom(bereik(b), 'bedragen'), m && leesKolom(bereik(m), 'meetellen'));
};

describe('gewogenGemiddelde (Z&Z Inkoopkader 2022 §2.3.1)', () => {
  it('weighs each percentage by its declared amount', () => {
    // (0,97 × 6000 + 0,96 × 4000) / 10000 = (5820 + 3840) / 10000 = 0,966 — the 96,6 % of the source's example
    expect(gg([0.97, 0.96], [6000, 4000]).toString()).toBe('0.966');
  });

  it('is exact where a float loop drifts', () => {
    // 0,958×100,01 + 0,966×200,02 + 1×300,03 + 0,95×400,04 = 95,80958 + 193,21932 + 300,03 + 380,038 = 969,0969;
    // Σb = 1000,10; 969,0969 / 1000,1 = 0,969 exactly (a float loop gives 0,9690000000000001)
    expect(gg([0.958, 0.966, 1, 0.95], [100.01, 200.02, 300.03, 400.04]).toString()).toBe('0.969');
  });

  it('keeps the exact quotient, not rounded to 0,1 %', () => {
    // credit line: (0,96×1000 − 0,96×200 + 0,98×1000) / 1800 = 1748 / 1800 = 0,97111…
    expect(gg([0.96, 0.96, 0.98], [1000, -200, 1000]).toNumber()).toBe(1748 / 1800);
    expect(gg([0.96, 0.96, 0.98], [1000, -200, 1000]).toString()).toBe(`0.${'9711'}${'1'.repeat(36)}`);
  });

  it('leaves out NHC/NIC and ONWAAR lines; other labels and empty cells count', () => {
    // counted: 0,96×1000 (zorg) + 0,97×3000 (loon) + 0,95×1000 (empty label) = 960 + 2910 + 950 = 4820 over 5000 = 0,964
    const p = [0.96, 0.97, 1, 1, 1, 0.5, 0.95];
    const b = [1000, 3000, 500, 200, 300, 9999, 1000];
    const m: Cel[] = ['zorg', 'Loon', 'NHC', 'nic', 'NHC/NIC', false, null];
    expect(gg(p, b, m).toString()).toBe('0.964');
    expect(gg([0.96, 1, 1], [1000, 500, 500], ['materieel', 'NHC en NIC', 'normatieve huisvestingscomponent']).toString()).toBe('0.96');
    expect(gg([0.96, 0.5, 0.98], [1000, 500, 1000], [true, 'ONWAAR', 'WAAR']).toString()).toBe('0.97');
    // desktop hands an empty label cell over as 0: beside labels it counts
    expect(gg([0.96, 0.98], [1000, 1000], [0, 'zorg']).toString()).toBe('0.97');
    // a range of only 1/0 flags: 1 counts, 0 does not (issue 10)
    expect(gg([0.96, 0.98], [1000, 1000], [0, 1]).toString()).toBe('0.98');
    expect(gg([0.96, 0.98, 0.5], [1000, 1000, 10], [1, 1, 0]).toString()).toBe('0.97');
  });

  it('skips lines with an empty or 0 bedrag, whatever the percentage cell holds', () => {
    expect(gg([0.96, null, '', 'x', 0.98], [1000, null, 0, '  ', 1000]).toString()).toBe('0.97');
  });

  it('reads Dutch text numbers through the Decimal lane with the same result', () => {
    expect(gg(['97%', '0,96'], ['6.000,00', 4000]).toString()).toBe('0.966');
  });

  it('says which required range is missing', () => {
    expect(fout(() => gg([0.96], [null])).bericht).toBe('bedragen ontbreekt');
    expect(fout(() => gg([null, ''], [1, 2])).bericht).toBe('percentages ontbreekt');
  });

  it('names the cell of a bedrag without percentage', () => {
    const f = fout(() => gg([0.96, null], [1000, 500]));
    expect(f.code).toBe('#VALUE!');
    expect(f.bericht).toBe('percentages (cel 2) is leeg of 0, maar bedragen (cel 2) is gevuld');
    expect(fout(() => gg([0.96, 0], [1000, 500])).bericht).toMatch(/percentages \(cel 2\) is leeg of 0/);
  });

  it('refuses 95,8 typed as a number, text that is no number, and booleans, naming the cell', () => {
    expect(fout(() => gg([0.96, 95.8], [1000, 500])).bericht).toBe(
      'percentages (cel 2): 95,8 lijkt een percentage als getal; typ 95,8% of 0,958',
    );
    expect(fout(() => gg([0.96, 'veel'], [1000, 500])).bericht).toMatch(/percentages \(cel 2\).*"veel" is geen getal/);
    expect(fout(() => gg([0.96, 0.9], [1000, true])).bericht).toMatch(/bedragen \(cel 2\) moet een getal zijn, geen WAAR/);
    expect(fout(() => gg([0.96, -0.9], [1000, 10])).code).toBe('#VALUE!');
    expect(fout(() => gg([0.96], [1000], [17])).bericht).toMatch(/meetellen \(cel 1\) moet WAAR, ONWAAR of een onderdeel/);
  });

  it('gives #DIV/0! when Σb ≤ 0 and #VALUE! when credit lines push W out of range', () => {
    expect(fout(() => gg([0.96, 0.97], [0, null])).code).toBe('#DIV/0!');
    expect(fout(() => gg([0.96, 0.96], [100, -100])).code).toBe('#DIV/0!');
    expect(fout(() => gg([1, 1], [500, 500], ['NHC', 'NIC'])).code).toBe('#DIV/0!');
    // (1×100 − 0,5×90) / 10 = 5,5
    expect(fout(() => gg([1, 0.5], [100, -90])).bericht).toMatch(/creditregels/);
  });

  it('refuses ranges of different shapes, naming both sizes', () => {
    expect(fout(() => gg([0.96, 0.97, 0.98], [1000, 500])).bericht).toBe(
      'bedragen (2×1 cellen) en percentages (3×1 cellen) moeten even groot zijn',
    );
    expect(fout(() => gg([0.96, 0.97], [1000, 500], ['zorg'])).bericht).toMatch(/meetellen \(1×1 cellen\)/);
    expect(fout(() => gg([[0.96], [0.97]], [[1000], [500, 3]])).bericht).toMatch(/alle rijen van het bereik moeten even lang zijn/);
  });

  it('carries exact sums past 2⁵³ (lines up to € 45 miljoen in the fast lane, larger in the Decimal lane)', () => {
    // 3000 lines of € 40.000.000,00: cents × millionths = 4·10¹⁵ per line, far beyond 2⁵³ together.
    // Half at 95,8 %, half at 100 %: W = (0,958 + 1) / 2 = 0,979 exactly.
    const p: Cel[] = [];
    const b: Cel[] = [];
    for (let i = 0; i < 3000; i++) {
      p.push(i % 2 ? 1 : 0.958);
      b.push(40_000_000);
    }
    expect(gg(p, b).toString()).toBe('0.979');
    // € 50 miljoen lines take the Decimal lane; mixed with fast lines the result is the same
    expect(gg([0.958, 1, 0.958, 1], [50_000_000, 50_000_000, 40_000_000, 40_000_000]).toString()).toBe('0.979');
  });

  it('gives the same exact result in both lanes (numbers vs. the same values as text)', () => {
    const regel = fc.record({
      centen: fc.integer({ min: -10_000_000, max: 5_000_000_000 }),
      promille: fc.integer({ min: 500, max: 1000 }),
    });
    fc.assert(
      fc.property(fc.array(regel, { minLength: 1, maxLength: 30 }), (regels) => {
        const totaal = regels.reduce((s, r) => s + r.centen, 0);
        fc.pre(totaal > 0);
        const alsGetal = () =>
          gg(
            regels.map((r) => r.promille / 1000),
            regels.map((r) => r.centen / 100),
          );
        const alsTekst = () =>
          gg(
            regels.map((r) => `${(r.promille / 10).toString().replace('.', ',')}%`),
            regels.map((r) => (r.centen / 100).toString().replace('.', ',')),
          );
        expect(uitkomstOfCode(alsGetal)).toBe(uitkomstOfCode(alsTekst));
      }),
    );
  });

  it('handles a million lines in one pass, and a 200.000-cell range of several columns', () => {
    // the four-line block above, 250.000 times: W is still exactly 0,969
    const p: Bereik = [];
    const b: Bereik = [];
    const blok = [
      [0.958, 100.01],
      [0.966, 200.02],
      [1, 300.03],
      [0.95, 400.04],
    ];
    for (let i = 0; i < 1_000_000; i++) {
      p.push([blok[i % 4][0]]);
      b.push([blok[i % 4][1]]);
    }
    expect(gg(p, b).toString()).toBe('0.969');
    // 1000 rows × 200 columns
    const p2: Bereik = Array.from({ length: 1000 }, () => Array.from({ length: 200 }, (_, k) => blok[k % 4][0]));
    const b2: Bereik = Array.from({ length: 1000 }, () => Array.from({ length: 200 }, (_, k) => blok[k % 4][1]));
    expect(gg(p2, b2).toString()).toBe('0.969');
    // a bad cell deep inside is named by its place, row by row: row 501, column 7 → cel 500×200 + 7
    b2[500][6] = 'fout';
    expect(fout(() => gg(p2, b2)).bericht).toMatch(/^bedragen \(cel 100007\)/);
  });
});
