import { EXACT_TOT, ExacteSom, geschaald } from './exactesom';

describe('exactesom', () => {
  it('scales a number only when it holds exactly that many decimals', () => {
    expect(geschaald(1234.56, 100)).toBe(123456);
    expect(geschaald(-0.01, 100)).toBe(-1);
    expect(geschaald(0.958, 1_000_000)).toBe(958000);
    expect(geschaald(1.115, 100)).toBeNaN();
    expect(geschaald(3 * 1.115, 10_000)).toBeNaN();
    expect(geschaald(Number.NaN, 100)).toBeNaN();
    expect(geschaald(Number.POSITIVE_INFINITY, 100)).toBeNaN();
  });

  it('adds integers exactly past 2⁵³', () => {
    const som = new ExacteSom();
    for (let i = 0; i < 10; i++) som.tel(EXACT_TOT);
    som.tel(1);
    som.tel(-3);
    // 10 × 2⁵² − 2 = 45035996273704958
    expect(som.waarde().toString()).toBe('45035996273704958');
    const negatief = new ExacteSom();
    for (let i = 0; i < 3; i++) negatief.tel(-EXACT_TOT);
    expect(negatief.waarde().toString()).toBe('-13510798882111488');
  });
});
