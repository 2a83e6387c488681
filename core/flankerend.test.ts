import { D } from './geld';
import { WlzFout } from './fout';
import { FLANKEREND_BELEID, flankerend } from './flankerend';

const standaard = (w: string) => flankerend(new D(w), FLANKEREND_BELEID.doel.waarde, FLANKEREND_BELEID.maximaleDaling.waarde).toString();

describe('flankerend (Z&Z Inkoopkader 2022 §2.3.1, docs/contract.md §3 decision 2)', () => {
  it("follows the source's example: 96,6 % − 0,5 procentpunt = 96,1 %", () => {
    expect(standaard('0.966')).toBe('0.961');
  });

  it('keeps W when it is at or below the doel', () => {
    expect(standaard('0.95')).toBe('0.95');
    expect(standaard('0.958')).toBe('0.958');
  });

  it('never goes below the doel: 96,0 % − 0,5 = 95,5 % → 95,8 %', () => {
    expect(standaard('0.96')).toBe('0.958');
    // exactly on the border: 96,3 % − 0,5 = 95,8 %
    expect(standaard('0.963')).toBe('0.958');
  });

  it('works on an exact weighted average with many digits', () => {
    // 0,97111… − 0,005 = 0,96611…
    expect(flankerend(new D(1748).div(1800), new D('0.958'), new D('0.005')).toString()).toBe(`0.9661${'1'.repeat(36)}`);
  });

  it('takes another doel and maximale daling', () => {
    expect(flankerend(new D('0.97'), new D('0.955'), new D('0.01')).toString()).toBe('0.96');
    expect(flankerend(new D('0.97'), new D('0.955'), new D(0)).toString()).toBe('0.97');
  });

  it('refuses a maximale daling above 10 procentpunt with the hint to type a % sign', () => {
    expect(() => flankerend(new D('0.97'), new D('0.958'), new D('0.5'))).toThrow(WlzFout);
    expect(() => flankerend(new D('0.97'), new D('0.958'), new D('0.5'))).toThrow(
      'max_daling: 0,5 betekent 50 procentpunt; typ 0,5% voor 0,5 procentpunt (hoogstens 10 procentpunt)',
    );
    expect(flankerend(new D('0.97'), new D('0.5'), new D('0.1')).toString()).toBe('0.87');
  });
});
