import { D } from './geld';
import { COMFORTBRIEF, comfortvolume } from './comfortvolume';

describe('comfortvolume (Z&Z Inkoopkader 2022 §3.3.1)', () => {
  it("is 90 % of last year's herschikking volume, not rounded", () => {
    // 1460 × 0,9 = 1314; 333 × 0,9 = 299,7
    expect(comfortvolume(new D(1460), COMFORTBRIEF.waarde).toString()).toBe('1314');
    expect(comfortvolume(new D(333), COMFORTBRIEF.waarde).toString()).toBe('299.7');
  });

  it('takes another percentage', () => {
    expect(comfortvolume(new D(1000), new D('0.85')).toString()).toBe('850');
  });
});
