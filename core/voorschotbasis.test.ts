import { D } from './geld';
import { WlzFout } from './fout';
import { voorschotbasis } from './voorschotbasis';

const bedragen = {
  initieelBruto: new D(1_200_000),
  herschikt: new D(1_100_000),
  definitief: new D(1_150_000),
  onderproductie: new D(20_000),
};
const basis = (maand: number, b: Parameters<typeof voorschotbasis>[1] = bedragen) => voorschotbasis(maand, b).toFixed(2);

describe('voorschotbasis (CZ GGZ 2023, Bijlage 1, tabel 2)', () => {
  it('months 1–4: the initial agreement before volumekorting, no underproduction subtracted', () => {
    for (const m of [1, 2, 3, 4]) expect(basis(m)).toBe('1200000.00');
  });

  it('months 5–10: herschikt minus expected underproduction', () => {
    // 1.100.000 − 20.000
    for (const m of [5, 6, 7, 8, 9, 10]) expect(basis(m)).toBe('1080000.00');
  });

  it('months 11–15 (November up to March of the next year): definitief minus expected underproduction', () => {
    // 1.150.000 − 20.000
    for (const m of [11, 12, 13, 14, 15]) expect(basis(m)).toBe('1130000.00');
  });

  it('needs only the agreement of the month’s period: later ones may still be unknown', () => {
    const onderproductie = new D(0);
    expect(basis(2, { initieelBruto: new D(500_000), onderproductie })).toBe('500000.00');
    expect(basis(7, { herschikt: new D('480000.5'), onderproductie })).toBe('480000.50');
    expect(basis(13, { definitief: new D(490_000), onderproductie })).toBe('490000.00');
  });

  it('names the missing agreement, the month and the rule', () => {
    expect(() => voorschotbasis(6, { initieelBruto: new D(1), onderproductie: new D(0) })).toThrow(
      'herschikt ontbreekt: in maand 6 is de voorschotbasis de actuele herschikte productieafspraak minus de verwachte onderproductie (CZ GGZ 2023, Bijlage 1, tabel 2)',
    );
    expect(() => voorschotbasis(11, { herschikt: new D(1), onderproductie: new D(0) })).toThrow(
      /^#VALUE! definitief ontbreekt: in maand 11/,
    );
    expect(() => voorschotbasis(1, { onderproductie: new D(0) })).toThrow(/initieel_bruto ontbreekt/);
  });

  it('rounds to cents exactly', () => {
    // 1.000,005 − 0,001 = 1.000,004 → 1.000,00; 1.000,015 − 0,01 = 1.000,005 → 1.000,01
    expect(basis(5, { herschikt: new D('1000.005'), onderproductie: new D('0.001') })).toBe('1000.00');
    expect(basis(5, { herschikt: new D('1000.015'), onderproductie: new D('0.01') })).toBe('1000.01');
  });

  it('allows underproduction up to the whole agreement, refuses more', () => {
    expect(basis(5, { herschikt: new D(1000), onderproductie: new D(1000) })).toBe('0.00');
    expect(() => voorschotbasis(5, { herschikt: new D(1000), onderproductie: new D('1000.01') })).toThrow(
      'onderproductie (€ 1.000,01) is groter dan herschikt (€ 1.000,00); de verwachte onderproductie is het tekort op die productieafspraak',
    );
  });

  it.each([0, 16, 2.5, -1])('refuses maand %s', (m) => {
    expect(() => voorschotbasis(m, bedragen)).toThrow(WlzFout);
  });
});
