import { D } from './geld';
import { WlzFout } from './fout';
import { BEHANDELING_MPT_KADER, behandelingplafond } from './behandelingplafond';

describe('behandelingplafond (ZK V&V 2017 §4.7)', () => {
  it('is (VPT inclusief − VPT exclusief behandeling) × 365 days', () => {
    // (250,40 − 190,15) × 365 = 60,25 × 365 = 21.991,25
    expect(behandelingplafond(new D('250.40'), new D('190.15'), BEHANDELING_MPT_KADER.waarde.toNumber()).toString()).toBe('21991.25');
    // a leap year: 60,25 × 366 = 22.051,50
    expect(behandelingplafond(new D('250.40'), new D('190.15'), 366).toString()).toBe('22051.5');
    expect(behandelingplafond(new D(100), new D(100), 365).toString()).toBe('0');
  });

  it('rounds to cents half away from zero', () => {
    // 100,005 × 365 = 36.501,825 → 36.501,83
    expect(behandelingplafond(new D('100.005'), new D(0), 365).toString()).toBe('36501.83');
  });

  it('refuses an inclusief tariff below the exclusief one', () => {
    expect(() => behandelingplafond(new D(190), new D(250), 365)).toThrow(WlzFout);
  });
});
