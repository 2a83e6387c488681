import { D } from './geld';
import type { Bereik, Cel } from './invoer';
import { leesKolom } from './regels';
import { STIMULERINGSBUDGET_BELEID, stimuleringsbudget } from './stimuleringsbudget';
import { fout } from '../test/vang';

const kolom = (cellen: Cel[]): Bereik => cellen.map((c) => [c]);
const budget = (volumes: Cel[], tarieven: Cel[], soorten: Cel[], percentage = STIMULERINGSBUDGET_BELEID.percentage.waarde) =>
  stimuleringsbudget(
    leesKolom(kolom(volumes), 'volumes'),
    leesKolom(kolom(tarieven), 'tarieven'),
    leesKolom(kolom(soorten), 'soorten'),
    percentage,
  ).toString();

describe('stimuleringsbudget (CZ GGZ 2023 §6.2)', () => {
  it('takes 0,2 % of tarief × volume, leaving out VPT, DTV and logeren', () => {
    // ZZP 1000 × 198,55 = 198.550,00 and MPT 50 × 120 = 6.000,00 count; VPT does not.
    // 0,002 × 204.550,00 = 409,10
    expect(budget([1000, 200, 50], [198.55, 150, 120], ['ZZP', 'VPT', 'MPT'])).toBe('409.1');
    // DTV and logeren (any case) are left out too; toeslag and meerzorg count: 0,002 × (100 + 400) = 1,00
    expect(budget([1, 1, 1, 1], [100, 9999, 9999, 400], ['toeslag', 'dtv', 'Logeren', 'meerzorg'])).toBe('1');
  });

  it('rounds the budget once, at the end', () => {
    // three ZZP lines of 1 × 2,50: base 7,50 × 0,002 = 0,015 → 0,02 (rounding per line would give 3 × 0,01 = 0,03)
    expect(budget([1, 1, 1], [2.5, 2.5, 2.5], ['ZZP', 'ZZP', 'ZZP'])).toBe('0.02');
  });

  it('builds the base from the rounded line bedragen', () => {
    // at 10 %: 100 lines 3 × 1,115 = 3,345 → 3,35 each, base 335,00 → 33,50 (unrounded: 334,50 → 33,45)
    expect(budget(Array(100).fill(3), Array(100).fill(1.115), Array(100).fill('ZZP'), new D('0.1'))).toBe('33.5');
  });

  it('refuses a percentage typed without % (0,2 = 20 %)', () => {
    expect(fout(() => budget([1], [10], ['ZZP'], new D('0.2'))).bericht).toBe(
      'percentage: 0,2 betekent 20 procent; typ 0,2% voor 0,2 procent (hoogstens 10 procent)',
    );
  });

  it('needs a known soort on every line with a volume', () => {
    expect(fout(() => budget([1, 2], [10, 10], ['ZZP', null])).bericht).toBe(
      'soorten (cel 2) is leeg of 0, maar volumes (cel 2) is gevuld',
    );
    expect(fout(() => budget([1], [10], ['GGZ-B'])).bericht).toBe(
      'soorten (cel 1): "GGZ-B" is geen soort prestatie; kies uit ZZP, VPT, MPT, DTV, logeren, toeslag, meerzorg',
    );
    expect(fout(() => budget([1, 2], [10, 10], ['ZZP'])).bericht).toBe(
      'volumes (2×1 cellen) en soorten (1×1 cellen) moeten even groot zijn',
    );
    // lines without a volume need nothing
    expect(budget([1000, null], [100, null], ['ZZP', null])).toBe('200');
  });
});
