import fc from 'fast-check';
import { D } from './geld';
import { WlzFout } from './fout';
import { opslagtarief, snelTarief, tarief } from './tarief';

const nza = (zorg: string, nhc: string, nic: string) => ({ zorg: new D(zorg), nhc: new D(nhc), nic: new D(nic) });

describe('tarief (CZ GGZ 2023 §6.2)', () => {
  it('applies the percentage to the care component only and 100% to NHC + NIC', () => {
    // 0,958 × 191,60 = 183,5528; + 10 + 5 = 198,5528 → 198,55
    expect(tarief(nza('191.60', '10', '5'), new D('0.958')).toFixed(2)).toBe('198.55');
  });

  it('rounds the per-unit total half away from zero, without float drift', () => {
    // 0,95 × 100,10 = 95,095 exactly: half a cent rounds up (a float gives 95,09499…)
    expect(tarief(nza('100.10', '0', '0'), new D('0.95')).toFixed(2)).toBe('95.10');
    // ZK GGZ geïntegreerd: 0,968 × 250,00 = 242,00; NHC/NIC at a chosen 90 %: 0,9 × 20,05 = 18,045 → 260,05
    expect(tarief(nza('250', '12.55', '7.50'), new D('0.968'), new D('0.9')).toFixed(2)).toBe('260.05');
  });
});

describe('opslagtarief (ZK V&V 2017 §2.2.5)', () => {
  it('adds percentage points', () => {
    expect(opslagtarief(new D('0.95'), new D('0.02'), new D('0.03')).toString()).toBe('0.97');
    expect(opslagtarief(new D('0.97'), new D('0.03'), new D('0.03')).toString()).toBe('1');
  });

  it('refuses an opslag above the maximum or a total above 100 %', () => {
    expect(() => opslagtarief(new D('0.95'), new D('0.031'), new D('0.03'))).toThrow(WlzFout);
    expect(() => opslagtarief(new D('0.98'), new D('0.03'), new D('0.03'))).toThrow(/hoger dan het NZa-maximumtarief/);
  });
});

describe('snelTarief: the integer lane of WLZ.TARIEF', () => {
  const viaDecimal = (zorg: number, nhc: number, nic: number, p: number, pNhcNic = 1) =>
    tarief({ zorg: new D(zorg), nhc: new D(nhc), nic: new D(nic) }, new D(p), new D(pNhcNic)).toNumber();

  it('gives the documented examples, half cents away from zero', () => {
    // 0,958 × 191,60 + 10 + 5 = 198,5528 → 198,55 (CZ GGZ 2023 §6.2)
    expect(snelTarief(191.6, 10, 5, 0.958, undefined)).toBe(198.55);
    // 0,95 × 100,10 = 95,095 exactly → 95,10; in floats 0.95 * 100.1 is 95.09499…
    expect(snelTarief(100.1, 0, 0, 0.95, null)).toBe(95.1);
    // 0,968 × 250 + 0,9 × (12,55 + 7,50) = 242 + 18,045 = 260,045 → 260,05
    expect(snelTarief(250, 12.55, 7.5, 0.968, 0.9)).toBe(260.05);
  });

  it('equals the Decimal lane on every input in cents and millionths', () => {
    const centen = fc.integer({ min: 0, max: 4_503_599_627 }).map((c) => c / 100);
    const kleineCenten = fc.integer({ min: 0, max: 5_000_000 }).map((c) => c / 100);
    const miljoensten = fc.integer({ min: 1, max: 1_000_000 }).map((m) => m / 1_000_000);
    fc.assert(
      fc.property(fc.oneof(kleineCenten, centen), kleineCenten, kleineCenten, miljoensten, miljoensten, (zorg, nhc, nic, p, pNhcNic) => {
        expect(snelTarief(zorg, nhc, nic, p, pNhcNic)).toBe(viaDecimal(zorg, nhc, nic, p, pNhcNic));
      }),
      { numRuns: 2_000 },
    );
  });

  it('leaves everything else to the Decimal lane (which reads it or reports the error)', () => {
    const buiten: unknown[][] = [
      ['191,60', 10, 5, 0.958], // text
      [191.6, 10, 5, 95.8], // percentage typed as 95,8
      [191.6, 10, 5, 0], // zero percentage
      [191.6, 10, 5, 0.958, 0], // zero NHC/NIC percentage
      [-1, 10, 5, 0.958], // negative
      [191.6, -10, 15, 0.958], // a negative nhc beside a larger nic
      [191.605, 10, 5, 0.958], // more than cents
      [191.6, 10, 5, 0.9581234], // more than millionths
      [191.6, 10, 5, null], // empty percentage
      [191.6, 10, 5, 0.958, ''], // empty text: the Decimal lane applies the default
      [[[191.6]], 10, 5, 0.958], // a 1×1 range
      [1e12, 0, 0, 0.958], // above € 45 miljoen
      [Number.NaN, 0, 0, 0.958],
      [Number.POSITIVE_INFINITY, 0, 0, 0.958],
      [true, 0, 0, 0.958],
    ];
    for (const [zorg, nhc, nic, p, pNhcNic] of buiten) expect(snelTarief(zorg, nhc, nic, p, pNhcNic)).toBeUndefined();
  });
});
