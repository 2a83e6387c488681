import { aandeelPerPercentage } from './aandeelperpercentage';
import { leesKolom } from './regels';
import { fout } from '../test/vang';

const kolom = (naam: string, waarden: unknown[]) => leesKolom(waarden.map((w) => [w]) as never, naam);

const tekst = (rijen: ReturnType<typeof aandeelPerPercentage>) =>
  rijen.map((r) => [r.percentage.toString(), r.bedrag.toString(), r.aandeel.toString()]);

describe('aandeelPerPercentage', () => {
  it('groups the counted amounts per percentage, highest first; NHC/NIC lines are left out', () => {
    // GEWOGENGEMIDDELDE's own example: 96% × 1000 + 97% × 3000 (+ NHC 500, left out) → shares 1/4 and 3/4.
    const rijen = aandeelPerPercentage(
      kolom('percentages', [0.96, 0.97, 1]),
      kolom('bedragen', [1000, 3000, 500]),
      kolom('meetellen', ['zorg', 'zorg', 'NHC']),
    );
    expect(tekst(rijen)).toEqual([
      ['0.97', '3000', '0.75'],
      ['0.96', '1000', '0.25'],
    ]);
  });

  it('adds lines with the same percentage, reads Dutch text, skips empty amounts and counts credit lines', () => {
    // 96,6%: 800 + 400 − 200 = 1000; 95,8%: 1000 → total 2000, half each. The empty line is skipped.
    const rijen = aandeelPerPercentage(
      kolom('percentages', ['96,6%', 0.966, 0.958, 0.966, '']),
      kolom('bedragen', ['800', 400, '1.000,00', -200, null]),
    );
    expect(tekst(rijen)).toEqual([
      ['0.966', '1000', '0.5'],
      ['0.958', '1000', '0.5'],
    ]);
  });

  it('ONWAAR and FALSE text leave a line out; WAAR, 1 and empty labels count', () => {
    const rijen = aandeelPerPercentage(
      kolom('percentages', [0.9, 0.95, 0.96, 0.97]),
      kolom('bedragen', [100, 100, 100, 100]),
      kolom('meetellen', [false, 'ONWAAR', true, '']),
    );
    expect(rijen.map((r) => r.percentage.toString())).toEqual(['0.97', '0.96']);
  });

  it('fails exactly as GEWOGENGEMIDDELDE does', () => {
    expect(fout(() => aandeelPerPercentage(kolom('percentages', [0.96]), kolom('bedragen', [0]))).code).toBe('#DIV/0!');
    expect(fout(() => aandeelPerPercentage(kolom('percentages', [96]), kolom('bedragen', [10]))).bericht).toMatch(
      /lijkt een percentage als getal/,
    );
    expect(fout(() => aandeelPerPercentage(kolom('percentages', [0.96, 0.9]), kolom('bedragen', [10]))).bericht).toMatch(
      /moeten even groot zijn/,
    );
  });
});
