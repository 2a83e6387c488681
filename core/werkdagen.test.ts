import { dagenInMaand, toonDatum } from './datum';
import { isWerkdag, werkdag } from './werkdagen';

const wd = (jaar: number, maand: number, n: number) => toonDatum(werkdag({ jaar, maand }, n));

describe('werkdag', () => {
  it('February 2023: no holidays, 1 Feb is a Wednesday', () => {
    // wo 1, do 2, vr 3 = 1–3; 6–10 = 4–8; 13–17 = 9–13; 20–24 = 14–18 → 17th = do 23-2-2023
    expect(wd(2023, 2, 1)).toBe('1-2-2023');
    expect(wd(2023, 2, 17)).toBe('23-2-2023');
    expect(wd(2023, 2, 20)).toBe('28-2-2023');
  });

  it('skips weekends at the start of a month', () => {
    // 1-4-2023 is a Saturday: the first working day is Monday 3 April.
    expect(wd(2023, 4, 1)).toBe('3-4-2023');
  });

  it('April 2023 skips Tweede Paasdag', () => {
    // 3–7 = 1–5; ma 10 Tweede Paasdag; 11–14 = 6–9; 17–21 = 10–14; ma 24 = 15, di 25 = 16, wo 26 = 17
    expect(wd(2023, 4, 6)).toBe('11-4-2023');
    expect(wd(2023, 4, 17)).toBe('26-4-2023');
    // ... do 27 Koningsdag; vr 28 = 18
    expect(wd(2023, 4, 18)).toBe('28-4-2023');
  });

  it('knows working days', () => {
    expect(isWerkdag({ jaar: 2024, maand: 1, dag: 1 })).toBe(false); // Nieuwjaarsdag, a Monday
    expect(isWerkdag({ jaar: 2024, maand: 1, dag: 2 })).toBe(true);
    expect(isWerkdag({ jaar: 2024, maand: 1, dag: 6 })).toBe(false); // Saturday
  });

  it('every month from 2014 to 2200 has at least 18 working days, so the 17th always exists', () => {
    let minst = 99;
    for (let jaar = 2014; jaar <= 2200; jaar += 1) {
      for (let maand = 1; maand <= 12; maand += 1) {
        let n = 0;
        for (let dag = 1; dag <= dagenInMaand(jaar, maand); dag += 1) if (isWerkdag({ jaar, maand, dag })) n += 1;
        minst = Math.min(minst, n);
      }
    }
    expect(minst).toBeGreaterThanOrEqual(18);
  });

  it('refuses a working day the month does not have', () => {
    // February 2023 has 20 working days.
    expect(() => werkdag({ jaar: 2023, maand: 2 }, 21)).toThrow('februari 2023 heeft geen 21e werkdag (maar 20 werkdagen)');
  });
});
