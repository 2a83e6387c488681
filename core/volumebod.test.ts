import { D } from './geld';
import { volumebod } from './volumebod';
import { fout } from '../test/vang';

const d = (...xs: number[]) => xs.map((x) => new D(x));

describe('volumebod (CZ GGZ 2023 §6.3, docs/contract.md §3 decision 4)', () => {
  it('offers 95 % of ZZP, VPT and DTV and 90 % of MPT', () => {
    expect(volumebod(new D(1000), 'ZZP', []).toString()).toBe('950');
    expect(volumebod(new D(1000), 'VPT', []).toString()).toBe('950');
    expect(volumebod(new D(1000), 'DTV', []).toString()).toBe('950');
    expect(volumebod(new D(1000), 'MPT', []).toString()).toBe('900');
  });

  it('corrects the herschikte volume first and does not round', () => {
    // (1000 − 20 + 5) × 0,95 = 985 × 0,95 = 935,75
    expect(volumebod(new D(1000), 'ZZP', d(-20, 5)).toString()).toBe('935.75');
    // 333 × 0,90 = 299,7; 101 × 0,95 = 95,95
    expect(volumebod(new D(333), 'MPT', []).toString()).toBe('299.7');
    expect(volumebod(new D(101), 'DTV', []).toString()).toBe('95.95');
  });

  it('uses an explicit factor over the published one', () => {
    expect(volumebod(new D(1000), 'ZZP', [], new D('0.97')).toString()).toBe('970');
    expect(volumebod(new D(200), 'logeren', d(10), new D('0.9')).toString()).toBe('189');
  });

  it('gives #N/A for kinds without a published factor', () => {
    for (const soort of ['logeren', 'toeslag', 'meerzorg'] as const) {
      const f = fout(() => volumebod(new D(100), soort, []));
      expect(f.code).toBe('#N/A');
      expect(f.bericht).toBe(
        `geen factor gepubliceerd voor ${soort} (CZ GGZ 2023, §6.3 noemt alleen ZZP, VPT, DTV en MPT); geef de factor op`,
      );
    }
  });

  it('refuses corrections that make the volume negative', () => {
    expect(fout(() => volumebod(new D(10), 'ZZP', d(-10.5))).bericht).toMatch(/herschikt plus correcties is -0,5/);
    expect(volumebod(new D(10), 'ZZP', d(-10)).toString()).toBe('0');
  });
});
