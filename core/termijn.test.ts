import { bezwaartermijnen, BEZWAARTERMIJN_DAGEN, tijdpaden } from './beleid/termijnen';
import { termijnBeleidsrijen } from './beleid/termijnrijen';
import { bezwaartermijn } from './bezwaartermijn';
import { toonDatum, weekdag } from './datum';
import { beschikbareTijdpaden, termijn, termijnen } from './termijn';
import { fout } from '../test/vang';

const datum = (t: { datum: { jaar: number; maand: number; dag: number } | null }) => (t.datum ? toonDatum(t.datum) : null);

describe('the timetable of ZK Aanvulling 2023, §6.1', () => {
  // Typed from the source's table "Stap / Wie? / Uiterste datum" (bronnen 000, L571–656), not from our data.
  const BRON: Array<[number, string, string | null, string]> = [
    [1, '1-6-2022', null, 'Zorgkantoor'],
    [2, '16-6-2022', '12:00', 'Zorgaanbieder'],
    [3, '16-6-2022', '12:00', 'Zorgaanbieder'],
    [4, '30-6-2022', null, 'Zorgkantoor'],
    [5, '1-7-2022', null, 'Zorgkantoor'],
    [6, '20-7-2022', null, 'Zorgaanbieder'],
    [7, '29-7-2022', '17:00', 'Zorgaanbieder'],
    [8, '1-9-2022', null, 'Zorgkantoor'],
    [9, '21-9-2022', null, 'Zorgaanbieder'],
    [10, '5-10-2022', null, 'Zorgkantoor en zorgaanbieder'],
    [11, '21-10-2022', null, 'Zorgkantoor'],
    [12, '31-10-2022', null, 'Zorgaanbieder'],
    [13, '4-11-2022', null, 'Zorgaanbieder'],
    [14, '11-11-2022', null, 'Zorgkantoor'],
    [15, '15-11-2022', null, 'Zorgkantoor'],
    [16, '1-6-2023', null, 'Zorgkantoor en zorgaanbieder'],
  ];

  it('has all 16 steps with the source dates, times and who', () => {
    const lijst = termijnen({ zorgkantoor: 'Zilveren Kruis', jaar: 2023 });
    expect(lijst.map((t) => [t.stap, datum(t), t.tijd, t.wie])).toEqual(BRON);
    expect(new Set(lijst.map((t) => t.bron))).toEqual(new Set(['ZK Aanvulling 2023, §6.1']));
    expect(lijst.every((t) => t.opmerking === null)).toBe(true);
  });

  it.each(BRON)('WLZ.TERMIJN for step %i is %s', (stap, verwacht) => {
    expect(toonDatum(termijn('Zilveren Kruis', 2023, stap).datum)).toBe(verwacht);
    expect(toonDatum(termijn('Zilveren Kruis', 2023, String(stap)).datum)).toBe(verwacht);
  });

  it('finds a step by words of its description, and lists the steps when the words match several', () => {
    expect(toonDatum(termijn('Zilveren Kruis', 2023, 'regionale ontwikkeling').datum)).toBe('1-6-2023');
    expect(toonDatum(termijn('Zilveren Kruis', 2023, 'Hardheidsclausule').datum)).toBe('21-9-2022');
    const f = fout(() => termijn('Zilveren Kruis', 2023, 'budgetformulier'));
    expect(f.code).toBe('#VALUE!');
    expect(f.bericht).toMatch(/past bij meer dan één stap .*stap 12 .*stap 14 .*stap 15 .*geef het stapnummer/);
    expect(fout(() => termijn('Zilveren Kruis', 2023, 'kerstborrel')).bericht).toMatch(
      /^geen stap van het tijdpad van Zilveren Kruis 2023 noemt "kerstborrel"; de stappen zijn: stap 1 /,
    );
    expect(fout(() => termijn('Zilveren Kruis', 2023, 17)).bericht).toBe(
      'het tijdpad van Zilveren Kruis 2023 heeft de stappen 1 tot en met 16, geen stap 17',
    );
    expect(fout(() => termijn('Zilveren Kruis', 2023, '   ')).bericht).toBe('stap ontbreekt');
  });

  it('agrees with the 20-day term: kort geding 20 days after the publication it is against', () => {
    const dag = (stap: number) => termijn('Zilveren Kruis', 2023, stap).datum;
    expect(bezwaartermijn(dag(4))).toEqual(dag(6)); // Nota van Inlichtingen → kort geding tegen het inkoopbeleid
    expect(bezwaartermijn(dag(8))).toEqual(dag(9)); // terugkoppeling → kort geding tegen de uitkomst
  });
});

describe('CZ GGZ 2023: Tabel 1 and §8.2', () => {
  it('keeps both dates for the budget at the NZa, each with its bron, and says the source contradicts itself', () => {
    const elf = termijnen({ zorgkantoor: 'CZ', jaar: 2023 }).filter((t) => t.stap === 11);
    expect(elf.map((t) => [datum(t), t.wanneer, t.bron])).toEqual([
      ['5-11-2022', 'Voor 5 november 2022', 'CZ GGZ 2023, §7.1, Tabel 1'],
      ['15-11-2022', 'voor 15 november 2022', 'CZ GGZ 2023, §8.2'],
    ]);
    expect(elf[0].opmerking).toBe(
      'De bron spreekt zichzelf tegen: stap 11 staat elders op "voor 15 november 2022" (CZ GGZ 2023, §8.2). Vraag CZ welke datum geldt.',
    );
    expect(elf[1].opmerking).toMatch(
      /^De bron spreekt zichzelf tegen: stap 11 staat elders op "Voor 5 november 2022" \(CZ GGZ 2023, §7.1, Tabel 1\)/,
    );
    expect(elf.map((t) => t.id)).toEqual(['cz-2023-stap-11', 'cz-2023-stap-11-2']);
    const f = fout(() => termijn('CZ', 2023, 11));
    expect(f.code).toBe('#N/A');
    expect(f.bericht).toContain('"Voor 5 november 2022" (CZ GGZ 2023, §7.1, Tabel 1) en "voor 15 november 2022" (CZ GGZ 2023, §8.2)');
  });

  it('has the 11 steps of Tabel 1 with their dates', () => {
    const tabel = termijnen({ zorgkantoor: 'CZ', jaar: 2023 }).filter((t) => t.bron === 'CZ GGZ 2023, §7.1, Tabel 1');
    expect(tabel.map((t) => `${t.stap} ${datum(t)}${t.tot ? `–${toonDatum(t.tot)}` : ''}${t.tijd ? ` ${t.tijd}` : ''}`)).toEqual([
      '1 1-6-2022',
      '2 7-6-2022–8-6-2022',
      '3 16-6-2022 12:00',
      '4 30-6-2022',
      '5 30-6-2022',
      '6 29-7-2022 17:00',
      '7 1-9-2022',
      '8 7-10-2022',
      '9 7-10-2022',
      '10 21-10-2022',
      '11 5-11-2022',
    ]);
  });
});

describe('Z&Z Inkoopkader 2022: §4.4 and the year-relative rules of §3.3', () => {
  it('resolves budget t−1, herschikking t and nacalculatie t+1 for the overeenkomstjaar 2022', () => {
    const lijst = termijnen({ zorgkantoor: 'Zorg en Zekerheid', jaar: 2022 });
    expect(lijst.filter((t) => t.stap >= 10).map((t) => [t.stap, datum(t), t.bron])).toEqual([
      [10, '15-11-2021', 'Z&Z Inkoopkader 2022, §3.3.1'],
      [11, '1-11-2022', 'Z&Z Inkoopkader 2022, §3.3.2'],
      [12, '31-5-2023', 'Z&Z Inkoopkader 2022, §3.3.3'],
    ]);
    // Stored as rules, not as dates.
    const regels = tijdpaden.find((p) => p.zorgkantoor === 'Zorg en Zekerheid')!.stappen.filter((s) => s.stap >= 10);
    expect(regels.every((s) => typeof s.datum === 'object' && s.datum !== null)).toBe(true);
  });

  it('prints the weekday the source names for each date', () => {
    const DAGEN = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
    const metWeekdag = termijnen({ zorgkantoor: 'Zorg en Zekerheid', jaar: 2022 }).filter((t) =>
      DAGEN.some((d) => t.wanneer.toLowerCase().includes(d)),
    );
    expect(metWeekdag.length).toBe(7);
    for (const t of metWeekdag) expect(t.wanneer.toLowerCase()).toContain(DAGEN[weekdag(t.datum!) - 1]);
  });
});

describe('ZK V&V 2017, §2.3', () => {
  it('has no day for "Begin april 2016" and "Na 1 augustus 2016": #N/A, never a guessed day', () => {
    const lijst = termijnen({ zorgkantoor: 'Zilveren Kruis', jaar: 2017 });
    expect(lijst.map((t) => datum(t))).toEqual([null, '1-6-2016', '21-6-2016', '1-7-2016', '1-8-2016', null, '10-10-2016', '1-11-2016']);
    expect(lijst[0].opmerking).toBe('De bron noemt geen dag: "Begin april 2016".');
    const f = fout(() => termijn('Zilveren Kruis', 2017, 1));
    expect(f.code).toBe('#N/A');
    expect(f.bericht).toBe('de bron noemt voor stap 1 (Contouren inkoopkader) geen dag, alleen "Begin april 2016" (ZK V&V 2017, §2.3)');
  });
});

describe('the timetables together', () => {
  it('are four, and a zorgkantoor or year without one is #N/A naming those there are', () => {
    expect(beschikbareTijdpaden()).toEqual([
      { zorgkantoor: 'Zilveren Kruis', jaar: 2017, sectoren: ['V&V'] },
      { zorgkantoor: 'Zorg en Zekerheid', jaar: 2022, sectoren: ['V&V', 'GZ', 'GGZ'] },
      { zorgkantoor: 'Zilveren Kruis', jaar: 2023, sectoren: ['V&V', 'GZ', 'GGZ'] },
      { zorgkantoor: 'CZ', jaar: 2023, sectoren: ['GGZ'] },
    ]);
    const f = fout(() => termijn('VGZ', 2023, 1));
    expect(f.code).toBe('#N/A');
    expect(f.bericht).toBe(
      'de bronnen hebben geen tijdpad voor VGZ 2023; wel voor Zilveren Kruis 2017, Zorg en Zekerheid 2022, Zilveren Kruis 2023, CZ 2023',
    );
  });

  it('have unique ids, real dates, and every step a bron and description', () => {
    const lijst = termijnen();
    expect(lijst).toHaveLength(16 + 12 + 12 + 8);
    expect(new Set(lijst.map((t) => t.id)).size).toBe(lijst.length);
    for (const t of lijst) {
      expect(t.bron).toMatch(/^(ZK Aanvulling 2023|CZ GGZ 2023|Z&Z Inkoopkader 2022|ZK V&V 2017), /);
      expect(t.omschrijving.length).toBeGreaterThan(5);
      if (t.datum) expect(datum(t)).toMatch(/^\d{1,2}-\d{1,2}-20\d\d$/);
    }
  });

  it('give printable policy rows for wlz beleid: steps, priority orders and bezwaar terms', () => {
    const rijen = termijnBeleidsrijen({ zorgkantoor: 'CZ' });
    expect(rijen.every((r) => r.zorgkantoor === 'CZ' && r.jaar === 2023)).toBe(true);
    expect(rijen).toContainEqual({
      jaar: 2023,
      zorgkantoor: 'CZ',
      onderwerp: 'voorrang bij de herschikking (GGZ)',
      waarde: 'VPT > ZZP',
      bron: 'CZ GGZ 2023, §6.5',
    });
    expect(rijen.find((r) => r.onderwerp.startsWith('tijdpad stap 11') && r.bron.endsWith('§8.2'))!.waarde).toMatch(
      /^15-11-2022 "voor 15 november 2022" — De bron spreekt zichzelf tegen/,
    );
    expect(rijen.find((r) => r.onderwerp === 'bezwaar- en kortgedingtermijn')!.waarde).toMatch(/^20 kalenderdagen/);
    expect(termijnBeleidsrijen()).toHaveLength(48 + 3 + 2);
  });
});

describe('bezwaartermijn', () => {
  it('the sources agree on 20 kalenderdagen, the default', () => {
    expect(bezwaartermijnen.map((b) => b.dagen)).toEqual([20, 20]);
    expect(BEZWAARTERMIJN_DAGEN).toBe(20);
  });

  it('is the date plus the days: the term starts the day after', () => {
    const d = (jaar: number, maand: number, dag: number) => ({ jaar, maand, dag });
    expect(bezwaartermijn(d(2022, 6, 30))).toEqual(d(2022, 7, 20));
    expect(bezwaartermijn(d(2022, 12, 20))).toEqual(d(2023, 1, 9));
    expect(bezwaartermijn(d(2024, 2, 9))).toEqual(d(2024, 2, 29)); // leap year
    expect(bezwaartermijn(d(2022, 6, 30), 1)).toEqual(d(2022, 7, 1));
    // 1-10-2022 + 20 = 21-10-2022, a Friday; 3-9-2022 + 20 = 23-9-2022; a Saturday end is not moved:
    expect(bezwaartermijn(d(2022, 9, 4))).toEqual(d(2022, 9, 24));
  });
});
