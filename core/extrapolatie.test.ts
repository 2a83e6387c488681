import { D } from './geld';
import { WlzFout } from './fout';
import { extrapoleer } from './extrapolatie';

describe('extrapoleer (CZ GGZ 2023 §6.3: realisatie januari t/m juli)', () => {
  it('scales the months realised to the year', () => {
    // 7000 × 12 / 7 = 12000
    expect(extrapoleer(new D(7000), 7, 12).toString()).toBe('12000');
    // 100 × 12 / 7 = 171,428571… (not rounded)
    expect(extrapoleer(new D(100), 7, 12).toNumber()).toBe(1200 / 7);
    // a 15-month period: 1000 × 15 / 10 = 1500
    expect(extrapoleer(new D(1000), 10, 15).toString()).toBe('1500');
    expect(extrapoleer(new D('1234.56'), 12, 12).toString()).toBe('1234.56');
  });

  it('refuses more months realised than the period has', () => {
    expect(() => extrapoleer(new D(1), 13, 12)).toThrow(WlzFout);
    expect(() => extrapoleer(new D(1), 13, 12)).toThrow('maanden (13) kan niet meer zijn dan jaarmaanden (12)');
  });
});
