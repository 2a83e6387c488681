import { D } from './geld';
import { WlzFout } from './fout';
import { RESERVERINGEN_ZK_2023, reservering } from './reservering';

const standaard = RESERVERINGEN_ZK_2023.map((r) => r.percentage);

describe('reservering (ZK Aanvulling 2023, hoofdstuk 2)', () => {
  it('reserves 0,2 % + 0,2 % of the contracteerruimte, each rounded to cents', () => {
    // 0,002 × 1.234.567,89 = 2.469,13578 → 2.469,14, twice: 4.938,28
    // (rounding the total 0,004 × 1.234.567,89 = 4.938,27156 would give 4.938,27)
    expect(reservering(new D('1234567.89'), standaard).toString()).toBe('4938.28');
    // 0,4 % of € 250 miljoen = € 1 miljoen
    expect(reservering(new D(250_000_000), standaard).toString()).toBe('1000000');
  });

  it('takes one or more other percentages', () => {
    expect(reservering(new D(1_000_000), [new D('0.002')]).toString()).toBe('2000');
    expect(reservering(new D(1_000_000), [new D('0.001'), new D('0.0025'), new D('0.005')]).toString()).toBe('8500');
    expect(reservering(new D(0), standaard).toString()).toBe('0');
    expect(reservering(new D(1000), []).toString()).toBe('0');
  });

  it('refuses percentages adding up to more than 100 %', () => {
    const elf = Array.from({ length: 11 }, () => new D('0.1'));
    expect(() => reservering(new D(1000), elf)).toThrow(WlzFout);
    expect(() => reservering(new D(1000), elf)).toThrow('de percentages zijn samen 110,0%, meer dan 100% van de contracteerruimte');
  });
});

describe('reservering: a percentage typed without %', () => {
  it('refuses 0,2 (20 %) with the hint', () => {
    expect(() => reservering(new D(1000), [new D('0.2')])).toThrow(
      'percentages: 0,2 betekent 20 procent; typ 0,2% voor 0,2 procent (hoogstens 10 procent)',
    );
  });
});
