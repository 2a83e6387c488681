import { D } from './geld';
import { BOVENGRENS, ONDERGRENS, SIGNAALMAANDEN, bezetting, crisissignaal, leesBezettingen } from './bezetting';

const reeks = (...waarden: Array<string | null>) => waarden.map((w) => (w === null ? null : new D(w)));
const signaal = (r: Array<D | null>, maanden = SIGNAALMAANDEN) => crisissignaal(r, ONDERGRENS, BOVENGRENS, maanden);

describe('bezetting', () => {
  it('is occupied days / (places × days), unrounded', () => {
    // April: 3 places × 30 days = 90 place-days; 36 occupied → 0,4 exactly.
    expect(bezetting(new D(36), new D(3), new D(30)).toString()).toBe('0.4');
    // January: 2 × 31 = 62; 45 / 62 = 0,7258064516… (not rounded)
    expect(bezetting(new D(45), new D(2), new D(31)).toSignificantDigits(10).toString()).toBe('0.7258064516');
    expect(bezetting(new D(0), new D(2), new D(31)).toString()).toBe('0');
  });

  it('keeps overbezetting above 100%', () => {
    // 1 place × 30 days, 33 occupied days (an extra client for 3 days) → 1,1
    expect(bezetting(new D(33), new D(1), new D(30)).toString()).toBe('1.1');
  });

  it('refuses zero places or an empty period with #VALUE!', () => {
    expect(() => bezetting(new D(10), new D(0), new D(30))).toThrow('plekken moet groter dan 0 zijn, niet 0');
    expect(() => bezetting(new D(10), new D(-2), new D(30))).toThrow('plekken moet groter dan 0 zijn, niet -2');
    expect(() => bezetting(new D(10), new D(2), new D(0))).toThrow('dagen_in_periode moet groter dan 0 zijn, niet 0');
  });
});

describe('crisissignaal (Z&Z Inkoopkader 2022, §3.3.1: < 40% or > 60% for 3 consecutive months)', () => {
  it('signals "onder" and "boven" only when all of the last 3 months are beyond the bound', () => {
    expect(signaal(reeks('0.5', '0.35', '0.3', '0.38'))).toBe('onder');
    expect(signaal(reeks('0.61', '0.9', '1.1'))).toBe('boven');
    expect(signaal(reeks('0.35', '0.3', '0.38', '0.45'))).toBe('');
    expect(signaal(reeks('0.7', '0.7', '0.5'))).toBe('');
  });

  it('is strict: exactly 40% is not "minder dan 40%", exactly 60% not "meer dan 60%"', () => {
    expect(signaal(reeks('0.3', '0.3', '0.4'))).toBe('');
    expect(signaal(reeks('0.6', '0.7', '0.7'))).toBe('');
  });

  it('gives "" with fewer months than asked', () => {
    expect(signaal(reeks('0.1', '0.1'))).toBe('');
    expect(signaal(reeks())).toBe('');
    expect(signaal(reeks(null, null))).toBe('');
  });

  it('ignores empty cells at the start and end, refuses a gap among the last months', () => {
    expect(signaal(reeks(null, '0.2', '0.2', '0.2', null, null))).toBe('onder');
    expect(signaal(reeks(null, '0.2', '0.2', null))).toBe('');
    // a gap before the last three months does not matter
    expect(signaal(reeks('0.5', null, '0.2', '0.2', '0.2'))).toBe('onder');
    expect(() => signaal(reeks('0.2', null, '0.2', '0.2'))).toThrow(
      'bezettingen (cel 2) is leeg tussen ingevulde maanden; vul de bezetting van elke maand in (de laatste 3 maanden moeten aaneengesloten zijn)',
    );
  });

  it('takes other bounds and another number of months', () => {
    expect(crisissignaal(reeks('0.65', '0.65'), new D('0.7'), new D('0.9'), 2)).toBe('onder');
    expect(signaal(reeks('0.5', '0.1'), 1)).toBe('onder');
    expect(() => crisissignaal(reeks('0.5'), new D('0.7'), new D('0.6'), 3)).toThrow(
      'ondergrens (70,0%) mag niet hoger zijn dan bovengrens (60,0%)',
    );
  });
});

describe('leesBezettingen', () => {
  it('reads a row or a column in time order, Dutch text included', () => {
    expect(leesBezettingen([[0.35, '30%', '0,38', null, '']], 'bezettingen').map((b) => b?.toString() ?? null)).toEqual([
      '0.35',
      '0.3',
      '0.38',
      null,
      null,
    ]);
    expect(leesBezettingen([[0.35], [0.3]], 'bezettingen').map(String)).toEqual(['0.35', '0.3']);
    expect(leesBezettingen(0.5, 'bezettingen').map(String)).toEqual(['0.5']);
  });

  it('refuses negative values, text, booleans and percentages typed as numbers, naming the cell', () => {
    expect(() => leesBezettingen([[0.3], [-0.1]], 'bezettingen')).toThrow(
      'bezettingen (cel 2): een bezetting kan niet negatief zijn (-0,1)',
    );
    expect(() => leesBezettingen([[0.3], ['veel']], 'bezettingen')).toThrow(
      /^#VALUE! bezettingen \(cel 2\): de tekst "veel" is geen getal/,
    );
    expect(() => leesBezettingen([[true]], 'bezettingen')).toThrow('bezettingen (cel 1) moet een getal zijn, geen WAAR');
    expect(() => leesBezettingen([[0.3, 45]], 'bezettingen')).toThrow(
      'bezettingen (cel 2): 45 is een bezetting van 4500%; bedoelt u 45%? Typ dan 45% of 0,45',
    );
    expect(leesBezettingen([[2]], 'bezettingen').map(String)).toEqual(['2']);
  });
});
