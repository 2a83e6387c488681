import { D } from './geld';
import { WlzFout } from './fout';
import { opslagtarief, tarief } from './tarief';

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
