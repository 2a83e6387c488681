import { WlzFout } from './fout';
import { feestdagen, isFeestdag, paaszondag } from './feestdagen';
import { toonDatum, weekdag } from './datum';

const lijst = (jaar: number) => feestdagen(jaar).map((f) => `${f.naam} ${toonDatum(f.datum)}`);

describe('paaszondag (Gregorian computus)', () => {
  it.each([
    [2000, '23-4-2000'],
    [2008, '23-3-2008'],
    [2019, '21-4-2019'],
    [2023, '9-4-2023'],
    [2024, '31-3-2024'],
    [2025, '20-4-2025'],
    [2038, '25-4-2038'], // latest possible date
    [2285, '22-3-2285'], // earliest possible date
  ])('%i: %s', (jaar, datum) => {
    expect(toonDatum(paaszondag(jaar))).toBe(datum);
  });
});

describe('feestdagen', () => {
  it('2023: no Bevrijdingsdag (not a lustrum year)', () => {
    expect(lijst(2023)).toEqual([
      'Nieuwjaarsdag 1-1-2023',
      'Tweede Paasdag 10-4-2023',
      'Koningsdag 27-4-2023',
      'Hemelvaartsdag 18-5-2023',
      'Tweede Pinksterdag 29-5-2023',
      'Eerste Kerstdag 25-12-2023',
      'Tweede Kerstdag 26-12-2023',
    ]);
  });

  it('2025: Bevrijdingsdag in a lustrum year; Koningsdag on Saturday 26 April as the 27th is a Sunday', () => {
    expect(lijst(2025)).toEqual([
      'Nieuwjaarsdag 1-1-2025',
      'Tweede Paasdag 21-4-2025',
      'Koningsdag 26-4-2025',
      'Bevrijdingsdag 5-5-2025',
      'Hemelvaartsdag 29-5-2025',
      'Tweede Pinksterdag 9-6-2025',
      'Eerste Kerstdag 25-12-2025',
      'Tweede Kerstdag 26-12-2025',
    ]);
  });

  it('Koningsdag 2014 (the first) was 26 April', () => {
    expect(lijst(2014)).toContain('Koningsdag 26-4-2014');
  });

  it('keeps calendar order when Hemelvaart comes before Bevrijdingsdag', () => {
    // Easter 2035 is 25 March, so Hemelvaart (Easter + 39 days) is 3 May, before 5 May.
    expect(lijst(2035).slice(2, 5)).toEqual(['Koningsdag 27-4-2035', 'Hemelvaartsdag 3-5-2035', 'Bevrijdingsdag 5-5-2035']);
  });

  it('puts Easter on a Sunday between 22 March and 25 April, every year', () => {
    for (let jaar = 1583; jaar <= 4099; jaar += 1) {
      const p = paaszondag(jaar);
      const dag = p.maand * 100 + p.dag;
      expect(weekdag(p)).toBe(7);
      expect(dag >= 322 && dag <= 425).toBe(true);
    }
  });

  it('answers isFeestdag', () => {
    expect(isFeestdag({ jaar: 2023, maand: 4, dag: 10 })).toBe(true);
    expect(isFeestdag({ jaar: 2023, maand: 4, dag: 7 })).toBe(false); // Goede Vrijdag is no holiday here
    expect(isFeestdag({ jaar: 2023, maand: 5, dag: 5 })).toBe(false);
    expect(isFeestdag({ jaar: 2025, maand: 5, dag: 5 })).toBe(true);
  });

  it('has no built-in holidays before the first Koningsdag', () => {
    expect(() => feestdagen(2013)).toThrow(WlzFout);
    expect(() => feestdagen(2013)).toThrow(/niet ingebouwd/);
  });
});
