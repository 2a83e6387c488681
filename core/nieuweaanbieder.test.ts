import { D } from './geld';
import { nieuweAanbiederBetaling } from './nieuweaanbieder';

const betaling = (realisatie: string, afspraak: string, betaald: string) =>
  nieuweAanbiederBetaling(new D(realisatie), new D(afspraak), new D(betaald)).toFixed(2);

describe('nieuweAanbiederBetaling (CZ GGZ 2023, Bijlage 1: in arrears, up to the productieafspraak)', () => {
  it('pays the realisation while the agreement has room', () => {
    // room 600.000 − 100.000 = 500.000 > 45.678,90
    expect(betaling('45678.90', '600000', '100000')).toBe('45678.90');
  });

  it('pays only the rest of the agreement when the realisation exceeds it', () => {
    // room 600.000 − 580.000 = 20.000 < 45.678,90
    expect(betaling('45678.90', '600000', '580000')).toBe('20000.00');
    expect(betaling('20000', '600000', '580000')).toBe('20000.00');
  });

  it('pays nothing once the agreement is used up or exceeded (never negative)', () => {
    expect(betaling('45678.90', '600000', '600000')).toBe('0.00');
    expect(betaling('45678.90', '600000', '650000')).toBe('0.00');
    expect(betaling('0', '600000', '0')).toBe('0.00');
  });

  it('rounds to cents half away from zero, exactly', () => {
    expect(betaling('100.005', '1000', '0')).toBe('100.01');
    expect(betaling('100.004', '1000', '0')).toBe('100.00');
  });
});
