import { toonDatum } from './datum';
import { betaalmaand, declaratiedeadline, teLaat } from './declaratie';

const m = (jaar: number, maand: number) => ({ jaar, maand });
const d = (jaar: number, maand: number, dag: number) => ({ jaar, maand, dag });
const deadline = (jaar: number, maand: number) => toonDatum(declaratiedeadline(m(jaar, maand)));

describe('declaratiedeadline (Z&Z Inkoopkader 2022, §3.1: 17th working day of the next month)', () => {
  it('January 2023 → 23-2-2023', () => {
    // February 2023 has no holidays; 1 Feb is a Wednesday.
    // wo 1, do 2, vr 3 = 1–3; 6–10 = 4–8; 13–17 = 9–13; ma 20 = 14, di 21 = 15, wo 22 = 16, do 23 = 17.
    expect(deadline(2023, 1)).toBe('23-2-2023');
  });

  it('March 2023 → 26-4-2023 (Tweede Paasdag in April)', () => {
    // 1-4-2023 is a Saturday. ma 3 – vr 7 = 1–5 (Goede Vrijdag 7 April is a working day);
    // ma 10 Tweede Paasdag; di 11 – vr 14 = 6–9; ma 17 – vr 21 = 10–14; ma 24 = 15, di 25 = 16,
    // wo 26 = 17. Koningsdag (do 27 April) comes after it.
    expect(deadline(2023, 3)).toBe('26-4-2023');
  });

  it('April 2023 → 24-5-2023 (Hemelvaart; 5 May 2023 is no holiday: not a lustrum year)', () => {
    // 1-5-2023 is a Monday. ma 1 – vr 5 = 1–5; ma 8 – vr 12 = 6–10; ma 15, di 16, wo 17 = 11–13;
    // do 18 Hemelvaartsdag; vr 19 = 14; ma 22 = 15, di 23 = 16, wo 24 = 17.
    expect(deadline(2023, 4)).toBe('24-5-2023');
  });

  it('April 2025 → 26-5-2025 (Bevrijdingsdag in the lustrum year 2025)', () => {
    // 1-5-2025 is a Thursday. do 1, vr 2 = 1–2; ma 5 Bevrijdingsdag; di 6 – vr 9 = 3–6;
    // ma 12 – vr 16 = 7–11; ma 19 – vr 23 = 12–16; ma 26 = 17. Hemelvaart (do 29 May) comes after.
    // Without Bevrijdingsdag it would have been vr 23 May.
    expect(deadline(2025, 4)).toBe('26-5-2025');
  });

  it('April 2024 → 27-5-2024 (Hemelvaart and Tweede Pinksterdag in May)', () => {
    // 1-5-2024 is a Wednesday. wo 1 – vr 3 = 1–3; ma 6 – wo 8 = 4–6; do 9 Hemelvaartsdag; vr 10 = 7;
    // ma 13 – vr 17 = 8–12; ma 20 Tweede Pinksterdag; di 21 – vr 24 = 13–16; ma 27 = 17.
    expect(deadline(2024, 4)).toBe('27-5-2024');
  });

  it('November 2023 → 27-12-2023 (both Kerstdagen)', () => {
    // 1-12-2023 is a Friday. vr 1 = 1; ma 4 – vr 8 = 2–6; ma 11 – vr 15 = 7–11; ma 18 – vr 22 = 12–16;
    // ma 25 and di 26 Kerstdagen; wo 27 = 17.
    expect(deadline(2023, 11)).toBe('27-12-2023');
  });

  it('December 2023 → 24-1-2024 (into the next year, Nieuwjaarsdag on a Monday)', () => {
    // ma 1-1-2024 Nieuwjaarsdag; di 2 – vr 5 = 1–4; ma 8 – vr 12 = 5–9; ma 15 – vr 19 = 10–14;
    // ma 22 = 15, di 23 = 16, wo 24 = 17.
    expect(deadline(2023, 12)).toBe('24-1-2024');
  });

  it('refuses a prestatiemaand before the Wlz (1-1-2015)', () => {
    expect(() => declaratiedeadline(m(2014, 12))).toThrow(
      'prestatiemaand december 2014 ligt vóór de Wlz (sinds 1-1-2015); geef een datum in de prestatiemaand, bijvoorbeeld 1-1-2023',
    );
    expect(() => betaalmaand(m(1900, 1))).toThrow(/vóór de Wlz/);
  });
});

describe('betaalmaand (Z&Z Inkoopkader 2022, §3.1: paid two months later)', () => {
  it('care of January is paid in March (the source’s own example)', () => {
    expect(betaalmaand(m(2023, 1))).toEqual(d(2023, 3, 1));
  });

  it('crosses the year end', () => {
    expect(betaalmaand(m(2023, 11))).toEqual(d(2024, 1, 1));
    expect(betaalmaand(m(2023, 12))).toEqual(d(2024, 2, 1));
  });
});

describe('teLaat (Z&Z Inkoopkader 2022, §3.1.2: later than three months after the prestatiemaand)', () => {
  it('January 2023: on time up to and including 30-4-2023', () => {
    // January + 3 months = April 2023, whose last day is 30-4-2023.
    expect(teLaat(m(2023, 1), d(2023, 2, 23))).toBe(false);
    expect(teLaat(m(2023, 1), d(2023, 4, 30))).toBe(false);
    expect(teLaat(m(2023, 1), d(2023, 5, 1))).toBe(true);
  });

  it('November 2023: the term ends on the last day of February 2024 (a leap year)', () => {
    expect(teLaat(m(2023, 11), d(2024, 2, 29))).toBe(false);
    expect(teLaat(m(2023, 11), d(2024, 3, 1))).toBe(true);
  });

  it('takes another number of months', () => {
    expect(teLaat(m(2023, 1), d(2023, 2, 28), 1)).toBe(false);
    expect(teLaat(m(2023, 1), d(2023, 3, 1), 1)).toBe(true);
    // 0 months: anything after the prestatiemaand itself is late.
    expect(teLaat(m(2023, 1), d(2023, 1, 31), 0)).toBe(false);
    expect(teLaat(m(2023, 1), d(2023, 2, 1), 0)).toBe(true);
  });

  it('refuses a submission date before the prestatiemaand (swapped arguments)', () => {
    expect(() => teLaat(m(2023, 5), d(2023, 1, 31))).toThrow(
      'indiendatum 31-1-2023 ligt vóór de prestatiemaand mei 2023; zijn prestatiemaand en indiendatum omgewisseld?',
    );
  });
});
