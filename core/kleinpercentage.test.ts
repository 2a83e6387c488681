import { D } from './geld';
import { controleerKleinPercentage } from './kleinpercentage';

describe('controleerKleinPercentage', () => {
  it('passes values up to the ceiling', () => {
    expect(controleerKleinPercentage(new D('0.002'), 'percentage', new D('0.1'), 'procent').toString()).toBe('0.002');
    expect(controleerKleinPercentage(new D('0.1'), 'percentage', new D('0.1'), 'procent').toString()).toBe('0.1');
  });

  it('refuses a value typed without % with the hint', () => {
    expect(() => controleerKleinPercentage(new D('0.2'), 'percentage', new D('0.1'), 'procent')).toThrow(
      'percentage: 0,2 betekent 20 procent; typ 0,2% voor 0,2 procent (hoogstens 10 procent)',
    );
    expect(() => controleerKleinPercentage(new D('0.125'), 'max_daling', new D('0.1'), 'procentpunt')).toThrow(
      'max_daling: 0,125 betekent 12,5 procentpunt; typ 0,125% voor 0,125 procentpunt (hoogstens 10 procentpunt)',
    );
  });
});
