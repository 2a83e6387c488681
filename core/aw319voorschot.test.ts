import { D } from './geld';
import { aw319Voorschot } from './aw319voorschot';

const voorschot = (regulier: string, crisis: string, percentage: string) =>
  aw319Voorschot(new D(regulier), new D(crisis), new D(percentage)).toFixed(2);

describe('aw319Voorschot (Z&Z Inkoopkader 2022, §3.1)', () => {
  it('at 100 % advances the whole declaration', () => {
    expect(voorschot('250000', '12000', '1')).toBe('262000.00');
  });

  it('applies a lower percentage to regular care only, never to crisis places', () => {
    // 0,95 × 250.000 = 237.500; + 12.000 crisis at 100 % = 249.500
    expect(voorschot('250000', '12000', '0.95')).toBe('249500.00');
  });

  it('computes exactly and rounds half away from zero: 0,958 × 1.234,56 = 1.182,70848', () => {
    expect(voorschot('1234.56', '0', '0.958')).toBe('1182.71');
    // 0,5 × 0,01 = 0,005 → 0,01
    expect(voorschot('0.01', '0', '0.5')).toBe('0.01');
  });
});
