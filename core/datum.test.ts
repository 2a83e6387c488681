import {
  dagnummer,
  laatsteDag,
  leesDatum,
  leesMaand,
  naarSerienummer,
  plusMaanden,
  toonDatum,
  uitDagnummer,
  uitSerienummer,
  weekdag,
} from './datum';
import { fout } from '../test/vang';

const d = (jaar: number, maand: number, dag: number) => ({ jaar, maand, dag });

describe('Excel serial numbers (1900 system)', () => {
  it('knows the serials of known dates', () => {
    expect(naarSerienummer(d(2023, 1, 1))).toBe(44927);
    expect(naarSerienummer(d(2024, 1, 1))).toBe(45292);
    // 44927 + 31 (januari) + 22 = 44980
    expect(naarSerienummer(d(2023, 2, 23))).toBe(44980);
    expect(naarSerienummer(d(1900, 1, 1))).toBe(1);
    expect(naarSerienummer(d(9999, 12, 31))).toBe(2958465);
    expect(uitSerienummer(44927, 'x')).toEqual(d(2023, 1, 1));
    expect(uitSerienummer(45292, 'x')).toEqual(d(2024, 1, 1));
    expect(uitSerienummer(2958465, 'x')).toEqual(d(9999, 12, 31));
  });

  it("keeps Excel's fictitious 29-2-1900 (serial 60) out of the real calendar", () => {
    // Excel: 59 = 28-2-1900, 60 = 29-2-1900 (does not exist), 61 = 1-3-1900.
    expect(naarSerienummer(d(1900, 2, 28))).toBe(59);
    expect(naarSerienummer(d(1900, 3, 1))).toBe(61);
    expect(uitSerienummer(59, 'x')).toEqual(d(1900, 2, 28));
    expect(uitSerienummer(61, 'x')).toEqual(d(1900, 3, 1));
    expect(fout(() => uitSerienummer(60, 'datum')).bericht).toBe(
      'datum: 60 is 29-2-1900, een dag die alleen in Excel bestaat (Excel rekent 1900 ten onrechte als schrikkeljaar)',
    );
  });

  it('round-trips every serial from 1 to 100.000 except 60', () => {
    const afwijkend: number[] = [];
    for (let serie = 1; serie <= 100_000; serie += 1) {
      if (serie !== 60 && naarSerienummer(uitSerienummer(serie, 'x')) !== serie) afwijkend.push(serie);
    }
    expect(afwijkend).toEqual([]);
  });

  it('drops the time of day and refuses serials outside Excel’s dates', () => {
    expect(uitSerienummer(44927.99, 'x')).toEqual(d(2023, 1, 1));
    expect(fout(() => uitSerienummer(0, 'datum')).bericht).toMatch(/^datum: 0 is geen datum/);
    expect(fout(() => uitSerienummer(-1.5, 'datum')).bericht).toMatch(/^datum: -1,5 is geen datum/);
    expect(fout(() => uitSerienummer(2958466, 'datum')).code).toBe('#VALUE!');
    expect(fout(() => uitSerienummer(Number.NaN, 'datum')).code).toBe('#VALUE!');
    expect(fout(() => naarSerienummer(d(10000, 1, 1))).bericht).toMatch(/buiten de datums die Excel kent/);
  });
});

describe('calendar arithmetic', () => {
  it('counts days from 1-1-1970 in UTC', () => {
    expect(dagnummer(d(1970, 1, 1))).toBe(0);
    expect(uitDagnummer(19_358)).toEqual(d(2023, 1, 1));
  });

  it('knows weekdays (1 = maandag)', () => {
    expect(weekdag(d(2023, 2, 1))).toBe(3); // woensdag
    expect(weekdag(d(2024, 1, 1))).toBe(1); // maandag
    expect(weekdag(d(2014, 4, 27))).toBe(7); // zondag
    expect(weekdag(d(1900, 1, 1))).toBe(1); // maandag
  });

  it('adds months over year ends and knows leap years', () => {
    expect(plusMaanden({ jaar: 2023, maand: 11 }, 2)).toEqual({ jaar: 2024, maand: 1 });
    expect(plusMaanden({ jaar: 2023, maand: 1 }, -1)).toEqual({ jaar: 2022, maand: 12 });
    expect(laatsteDag({ jaar: 2024, maand: 2 })).toEqual(d(2024, 2, 29));
    expect(laatsteDag({ jaar: 2100, maand: 2 })).toEqual(d(2100, 2, 28));
    expect(laatsteDag({ jaar: 2000, maand: 2 })).toEqual(d(2000, 2, 29));
  });

  it('shows dates the Dutch way', () => {
    expect(toonDatum(d(2023, 2, 23))).toBe('23-2-2023');
  });
});

describe('leesDatum', () => {
  it('reads serials, Dutch date text and ISO dates', () => {
    expect(leesDatum(44927, 'datum')).toEqual(d(2023, 1, 1));
    expect(leesDatum(44927.5, 'datum')).toEqual(d(2023, 1, 1));
    expect(leesDatum('31-1-2023', 'datum')).toEqual(d(2023, 1, 31));
    expect(leesDatum('31-01-2023', 'datum')).toEqual(d(2023, 1, 31));
    expect(leesDatum(' 2023-01-31 ', 'datum')).toEqual(d(2023, 1, 31));
    expect(leesDatum('29-2-2024', 'datum')).toEqual(d(2024, 2, 29));
    expect(leesDatum([[44927]], 'datum')).toEqual(d(2023, 1, 1));
  });

  it('refuses impossible dates, naming the parameter', () => {
    expect(fout(() => leesDatum('31-2-2023', 'indiendatum')).bericht).toBe(
      'indiendatum: "31-2-2023" bestaat niet (februari 2023 heeft 28 dagen)',
    );
    expect(fout(() => leesDatum('29-2-1900', 'indiendatum')).bericht).toMatch(/bestaat niet \(februari 1900 heeft 28 dagen\)/);
    expect(fout(() => leesDatum('2023-13-01', 'indiendatum')).bericht).toMatch(/maand 13 bestaat niet/);
    expect(fout(() => leesDatum('31-12-1899', 'indiendatum')).bericht).toMatch(/vóór 1-1-1900/);
  });

  it('refuses empty cells, booleans, other text, ranges and negative numbers', () => {
    expect(fout(() => leesDatum(null, 'indiendatum')).bericht).toBe('indiendatum ontbreekt');
    expect(fout(() => leesDatum('', 'indiendatum')).bericht).toBe('indiendatum ontbreekt');
    expect(fout(() => leesDatum(true, 'indiendatum')).bericht).toBe('indiendatum moet een datum zijn, geen WAAR');
    expect(fout(() => leesDatum('gisteren', 'indiendatum')).bericht).toBe(
      'indiendatum: "gisteren" is geen datum; typ een datum als 31-1-2023 of 2023-01-31',
    );
    // Slashes leave day and month order to guesswork.
    expect(fout(() => leesDatum('1/31/2023', 'indiendatum')).code).toBe('#VALUE!');
    expect(fout(() => leesDatum('44927', 'indiendatum')).code).toBe('#VALUE!');
    expect(fout(() => leesDatum(-5, 'indiendatum')).bericht).toMatch(/^indiendatum: -5 is geen datum/);
    expect(fout(() => leesDatum([[1, 2]], 'indiendatum')).bericht).toBe('indiendatum moet één cel zijn, niet een bereik van 1×2');
  });
});

describe('leesMaand', () => {
  it('reads any date in the month, or the month alone as text', () => {
    const jan = { jaar: 2023, maand: 1 };
    expect(leesMaand(44927, 'prestatiemaand')).toEqual(jan);
    expect(leesMaand(44957, 'prestatiemaand')).toEqual(jan); // 31-1-2023
    expect(leesMaand('15-1-2023', 'prestatiemaand')).toEqual(jan);
    expect(leesMaand('2023-01-15', 'prestatiemaand')).toEqual(jan);
    expect(leesMaand('1-2023', 'prestatiemaand')).toEqual(jan);
    expect(leesMaand('01-2023', 'prestatiemaand')).toEqual(jan);
    expect(leesMaand('2023-01', 'prestatiemaand')).toEqual(jan);
  });

  it('refuses what is no month', () => {
    expect(fout(() => leesMaand('13-2023', 'prestatiemaand')).bericht).toMatch(/maand 13 bestaat niet/);
    expect(fout(() => leesMaand('januari', 'prestatiemaand')).bericht).toBe(
      'prestatiemaand: "januari" is geen maand; typ een datum in de maand (31-1-2023) of de maand (1-2023 of 2023-01)',
    );
    expect(fout(() => leesMaand('31-2-2023', 'prestatiemaand')).bericht).toMatch(/bestaat niet/);
    expect(fout(() => leesMaand(undefined, 'prestatiemaand')).bericht).toBe('prestatiemaand ontbreekt');
    expect(fout(() => leesMaand(false, 'prestatiemaand')).bericht).toBe('prestatiemaand moet een datum zijn, geen ONWAAR');
  });
});
