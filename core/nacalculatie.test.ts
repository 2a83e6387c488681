import { D } from './geld';
import { nacalculatie } from './nacalculatie';

const afrekening = (realisatie: string, afspraak: string, betaald: string) =>
  nacalculatie(new D(realisatie), new D(afspraak), new D(betaald)).toFixed(2);

describe('nacalculatie (docs/contract.md §3 decision 13)', () => {
  it('pays out what was realised above the advances, up to the agreement (nabetaling, positive)', () => {
    expect(afrekening('1150000', '1200000', '1100000')).toBe('50000.00');
    // Realisation above the agreement counts only up to the agreement.
    expect(afrekening('1300000', '1200000', '1100000')).toBe('100000.00');
  });

  it('recovers advances above the realisation (terugvordering, negative)', () => {
    expect(afrekening('1000000', '1200000', '1100000')).toBe('-100000.00');
    expect(afrekening('1234567.89', '1200000', '1250000')).toBe('-50000.00');
    expect(afrekening('0', '1200000', '0.01')).toBe('-0.01');
  });

  it('is zero when the advances equal min(realisatie, afspraak), and has no € 5.000 threshold', () => {
    expect(afrekening('1200000', '1200000', '1200000')).toBe('0.00');
    expect(afrekening('1200000.01', '1300000', '1200000')).toBe('0.01');
    expect(afrekening('1195000', '1300000', '1200000')).toBe('-5000.00');
  });

  it('rounds the difference to cents half away from zero, on both signs', () => {
    expect(afrekening('100.005', '200', '0')).toBe('100.01');
    expect(afrekening('100.004', '200', '0')).toBe('100.00');
    expect(afrekening('0', '200', '100.005')).toBe('-100.01');
    expect(afrekening('0.1', '200', '0.3')).toBe('-0.20');
    expect(nacalculatie(new D('0.1'), new D('1'), new D('0.1')).isZero()).toBe(true);
  });
});
