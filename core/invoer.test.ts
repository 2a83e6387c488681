import { controleerZelfdeVorm, leesBereik, leesGeheel, leesGetal, leesGetalTekst, leesPercentage, leesTekst, normaliseer } from './invoer';
import { D } from './geld';
import { fout } from '../test/vang';

describe('Dutch number text (docs/contract.md §1)', () => {
  it.each([
    ['0,958', '0.958'],
    ['95,8%', '0.958'],
    ['1.234,56', '1234.56'],
    ['1.234', '1234'],
    ['€ 1.234,56', '1234.56'],
    ['-12,5', '-12.5'],
    [' 7 ', '7'],
    [',5', '0.5'],
    ['100%', '1'],
  ])('%s → %s', (tekst, verwacht) => {
    expect(leesGetalTekst(tekst)?.getal.toString()).toBe(verwacht);
  });

  it.each(['0.958', '12.5', '1,234.56', '1.23.4', 'abc', '', '1e3', '5,', '1,2,3', '--1'])(
    'refuses ambiguous or unreadable %s',
    (tekst) => {
      expect(leesGetalTekst(tekst)).toBeUndefined();
    },
  );
});

describe('leesGetal', () => {
  it('reads numbers, text and 1×1 ranges', () => {
    expect(leesGetal(3.5, 'x').toString()).toBe('3.5');
    expect(leesGetal('3,5', 'x').toString()).toBe('3.5');
    expect(leesGetal([[2]], 'x').toString()).toBe('2');
  });

  it('names the parameter when empty or wrong', () => {
    expect(fout(() => leesGetal(null, 'volume')).bericht).toBe('volume ontbreekt');
    expect(fout(() => leesGetal('', 'volume')).bericht).toBe('volume ontbreekt');
    expect(fout(() => leesGetal(true, 'volume')).bericht).toMatch(/volume moet een getal zijn, geen WAAR/);
    expect(fout(() => leesGetal('twaalf', 'volume')).bericht).toMatch(/volume.*"twaalf" is geen getal/);
    expect(fout(() => leesGetal([[1, 2]], 'volume')).bericht).toMatch(/één cel/);
    expect(fout(() => leesGetal(Number.NaN, 'volume')).code).toBe('#VALUE!');
  });

  it('uses the default only for an empty cell', () => {
    expect(leesGetal(undefined, 'x', { standaard: new D(7) }).toString()).toBe('7');
    expect(leesGetal(0, 'x', { standaard: new D(7) }).toString()).toBe('0');
  });
});

describe('leesPercentage', () => {
  it('reads fractions and percent text', () => {
    expect(leesPercentage(0.958, 'p').toString()).toBe('0.958');
    expect(leesPercentage('95,8%', 'p').toString()).toBe('0.958');
    expect(leesPercentage(1, 'p').toString()).toBe('1');
  });

  it('refuses 95,8 typed as a number with the contract’s hint', () => {
    expect(fout(() => leesPercentage(95.8, 'percentage')).bericht).toBe(
      'percentage: 95,8 lijkt een percentage als getal; typ 95,8% of 0,958',
    );
  });

  it('refuses zero and negatives unless zero is allowed', () => {
    expect(fout(() => leesPercentage(0, 'p')).code).toBe('#VALUE!');
    expect(fout(() => leesPercentage(-0.1, 'p', { nulToegestaan: true })).code).toBe('#VALUE!');
    expect(leesPercentage(0, 'p', { nulToegestaan: true }).toString()).toBe('0');
  });
});

describe('other readers', () => {
  it('leesGeheel checks bounds and wholeness', () => {
    expect(leesGeheel(2023, 'jaar', 2000, 2100)).toBe(2023);
    expect(fout(() => leesGeheel(2023.5, 'jaar', 2000, 2100)).bericht).toMatch(/geheel getal/);
    expect(fout(() => leesGeheel(13, 'maand', 1, 12)).bericht).toMatch(/1 tot en met 12/);
  });

  it('leesTekst refuses numbers', () => {
    expect(leesTekst(' CZ ', 'zorgkantoor')).toBe('CZ');
    expect(fout(() => leesTekst(5, 'zorgkantoor')).bericht).toMatch(/tekst/);
  });

  it('normaliseer folds case and accents', () => {
    expect(normaliseer('  Geïntegreerd   ZorgAanbieder')).toBe('geintegreerd zorgaanbieder');
  });

  it('paired ranges must match in shape, naming both sizes', () => {
    expect(() => controleerZelfdeVorm([[1], [2]], 'percentages', [[1], [2]], 'bedragen')).not.toThrow();
    expect(fout(() => controleerZelfdeVorm([[1], [2]], 'percentages', [[1], [2], [3]], 'bedragen')).bericht).toBe(
      'percentages (2×1 cellen) en bedragen (3×1 cellen) moeten even groot zijn',
    );
    expect(fout(() => leesBereik([[1, 2], [3]], 'x')).code).toBe('#VALUE!');
  });
});
