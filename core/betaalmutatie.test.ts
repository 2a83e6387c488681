import { D } from './geld';
import { MINIMALE_BETALINGSOMVANG, betaalmutatie } from './betaalmutatie';

const mutatie = (doel: string, betaald: string, drempel?: string) =>
  betaalmutatie(new D(doel), new D(betaald), drempel === undefined ? undefined : new D(drempel)).toFixed(2);

describe('betaalmutatie (CZ GGZ 2023, Bijlage 1: only more than € 5.000)', () => {
  it('uses € 5.000 as the default drempel, with its source', () => {
    expect(MINIMALE_BETALINGSOMVANG.bedrag.toString()).toBe('5000');
    expect(MINIMALE_BETALINGSOMVANG.bron).toBe('CZ GGZ 2023, Bijlage 1, minimale betalingsomvang');
  });

  it('does not execute a payment of exactly € 5.000,00 and does execute € 5.000,01', () => {
    expect(mutatie('105000.00', '100000.00')).toBe('0.00');
    expect(mutatie('105000.01', '100000.00')).toBe('5000.01');
  });

  it('treats a withholding (terugvordering) the same way: −5.000,00 not, −5.000,01 yes', () => {
    expect(mutatie('95000.00', '100000.00')).toBe('0.00');
    expect(mutatie('94999.99', '100000.00')).toBe('-5000.01');
  });

  it('rounds the difference to cents before comparing: 5.000,004 is paid as 5.000,00, not executed', () => {
    expect(mutatie('5000.004', '0')).toBe('0.00');
    // 5.000,005 rounds half away from zero to 5.000,01: executed
    expect(mutatie('5000.005', '0')).toBe('5000.01');
    expect(mutatie('0', '5000.005')).toBe('-5000.01');
  });

  it('computes without float drift: 0,3 − 0,1 with drempel 0 is exactly 0,20', () => {
    expect(mutatie('0.3', '0.1', '0')).toBe('0.20');
  });

  it('takes another drempel; drempel 0 executes every mutation of at least a cent', () => {
    expect(mutatie('1000', '0', '1000')).toBe('0.00');
    expect(mutatie('1000.01', '0', '1000')).toBe('1000.01');
    expect(mutatie('0.01', '0', '0')).toBe('0.01');
    expect(mutatie('0.004', '0', '0')).toBe('0.00');
  });
});
