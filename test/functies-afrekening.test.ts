import { roepVanuitExcel } from '../addin/functions/excel';
import * as functies from '../addin/functions/functions';
import { beantwoord } from '../cli/functie';
import { alleFuncties, zoekFunctie } from '../core/functies';
import { toonDatum, uitSerienummer } from '../core/datum';
import type { Argument } from '../core/invoer';
import { nederlandseEngine, registreerWlz } from './hyperformula-wlz';
import { excelFout } from './vang';

const roep = (naam: string, ...args: Argument[]) => roepVanuitExcel(naam, args);
const alsDatum = (serie: unknown) => toonDatum(uitSerienummer(serie as number, 'uitkomst'));
const kolom = (...cellen: Argument[]) => cellen.map((c) => [c]) as Argument;

function verwachtFout(naam: string, args: Argument[], code: string, bericht: string | RegExp) {
  const f = excelFout(() => roepVanuitExcel(naam, args));
  expect(f.code).toBe(code);
  if (typeof bericht === 'string') expect(f.message).toBe(bericht);
  else expect(f.message).toMatch(bericht);
}

describe('WLZ.NACALCULATIE', () => {
  it('settles to the cent: positive nabetaling, negative terugvordering', () => {
    expect(functies.NACALCULATIE(1150000, 1200000, 1100000)).toBe(50000);
    expect(functies.NACALCULATIE('1.234.567,89', 1200000, 1250000)).toBe(-50000);
    expect(functies.NACALCULATIE(100.005, 200, 0)).toBe(100.01);
    expect(functies.NACALCULATIE(0.1, 1, 0.3)).toBe(-0.2);
    expect(roep('NACALCULATIE', [[1000]], [[2000]], [[1000]])).toBe(0);
  });

  it('refuses bad input in Dutch', () => {
    verwachtFout('NACALCULATIE', [null, 1, 1], '#VALUE!', 'realisatie ontbreekt');
    verwachtFout('NACALCULATIE', [1, -1, 1], '#VALUE!', 'afspraak mag niet negatief zijn (-1)');
    verwachtFout('NACALCULATIE', [1, 1, 'veel'], '#VALUE!', /^betaald: de tekst "veel" is geen getal/);
    verwachtFout('NACALCULATIE', [true, 1, 1], '#VALUE!', 'realisatie moet een getal zijn, geen WAAR');
  });
});

describe('WLZ.HERSCHIKKING', () => {
  it('spills one amount per request, in the shape of aanvragen', () => {
    expect(functies.HERSCHIKKING(kolom(60000, 30000, 50000) as never, kolom('MPT', 'VPT', 'ZZP') as never, 100000, 'Z&Z')).toEqual([
      [60000],
      [30000],
      [10000],
    ]);
    expect(roep('HERSCHIKKING', [[60000, 30000, 50000]], [['MPT', 'VPT', 'ZZP']], 50000, 'MPT > VPT > ZZP')).toEqual([[50000, 0, 0]]);
    // Empty request cells stay empty; a request of 0 needs no soort.
    expect(roep('HERSCHIKKING', kolom(1000, null, 0, '2.000,00'), kolom('zzp', null, null, 'Vpt'), 1500)).toEqual([
      [500],
      [''],
      [0],
      [1000],
    ]);
    // Largest remainder in cents: 2 : 1 of 0,10.
    expect(roep('HERSCHIKKING', kolom(2, 1), kolom('VPT', 'VPT'), 0.1)).toEqual([[0.07], [0.03]]);
  });

  it('answers bad input with #VALUE! naming the cell, and #N/A for an order the sources do not publish', () => {
    verwachtFout('HERSCHIKKING', [kolom(10, -5), kolom('ZZP', 'ZZP'), 5], '#VALUE!', 'aanvragen (cel 2) mag niet negatief zijn (-5)');
    verwachtFout(
      'HERSCHIKKING',
      [kolom(10, 5), kolom('ZZP', 'ELV'), 5],
      '#VALUE!',
      'soorten (cel 2): "ELV" is geen soort prestatie; kies uit ZZP, VPT, MPT, DTV, logeren, toeslag, meerzorg',
    );
    verwachtFout('HERSCHIKKING', [kolom(10, 5), kolom('ZZP', null), 5], '#VALUE!', 'soorten (cel 2) ontbreekt');
    verwachtFout(
      'HERSCHIKKING',
      [kolom(10, 5), kolom('ZZP'), 5],
      '#VALUE!',
      'aanvragen (2×1 cellen) en soorten (1×1 cellen) moeten even groot zijn',
    );
    verwachtFout('HERSCHIKKING', [kolom(10), kolom('ZZP'), null], '#VALUE!', 'ruimte ontbreekt');
    verwachtFout('HERSCHIKKING', [kolom(10), kolom('ZZP'), -1], '#VALUE!', 'ruimte mag niet negatief zijn (-1)');
    verwachtFout('HERSCHIKKING', [kolom(null, ''), kolom(null, null), 1], '#VALUE!', 'aanvragen ontbreekt');
    verwachtFout(
      'HERSCHIKKING',
      [kolom(10), kolom('ZZP'), 5, 'ZZP > WLZ'],
      '#VALUE!',
      /^volgorde: "WLZ" is geen soort prestatie; bekend zijn ZZP, VPT, MPT/,
    );
    verwachtFout(
      'HERSCHIKKING',
      [kolom(10), kolom('ZZP'), 5, 'DSW'],
      '#N/A',
      /^de bronnen noemen geen volgorde voor de herschikking van DSW/,
    );
    verwachtFout('HERSCHIKKING', [kolom(10), kolom('ZZP'), 5, 7], '#VALUE!', 'volgorde moet tekst zijn, geen 7');
  });
});

describe('WLZ.TERMIJN and WLZ.BEZWAARTERMIJN', () => {
  it('give Excel dates from the timetables', () => {
    expect(functies.TERMIJN('ZK', 2023, 12)).toBe(44865);
    expect(alsDatum(functies.TERMIJN('Zilveren Kruis', 2023, 12))).toBe('31-10-2022');
    expect(alsDatum(roep('TERMIJN', 'Z&Z', 2022, 'nacalculatie'))).toBe('31-5-2023');
    expect(alsDatum(roep('TERMIJN', 'cz', '2023', 'sluitingstermijn'))).toBe('29-7-2022');
    expect(alsDatum(functies.BEZWAARTERMIJN('30-6-2022'))).toBe('20-7-2022');
    expect(alsDatum(functies.BEZWAARTERMIJN(44805, 14))).toBe('15-9-2022');
    expect(alsDatum(roep('BEZWAARTERMIJN', '2022-10-21', null))).toBe('10-11-2022');
  });

  it('say #N/A where the source gives no day or two, #VALUE! for bad input', () => {
    verwachtFout('TERMIJN', ['CZ', 2023, 11], '#N/A', /^de bron spreekt zichzelf tegen over stap 11/);
    verwachtFout(
      'TERMIJN',
      ['ZK', 2017, 6],
      '#N/A',
      'de bron noemt voor stap 6 (Dialoog zorgaanbieder - zorgkantoor) geen dag, alleen "Na 1 augustus 2016" (ZK V&V 2017, §2.3)',
    );
    verwachtFout('TERMIJN', ['Menzis', 2023, 1], '#N/A', /^de bronnen hebben geen tijdpad voor Menzis 2023/);
    verwachtFout('TERMIJN', ['ZK', 2023, null], '#VALUE!', 'stap ontbreekt');
    verwachtFout('TERMIJN', ['ZK', 2023, 2.5], '#VALUE!', 'stap moet een geheel getal van 1 tot en met 999 zijn, niet 2,5');
    verwachtFout('TERMIJN', ['ZK', 2023, true], '#VALUE!', 'stap moet een stapnummer of een woord uit de omschrijving zijn, geen WAAR');
    verwachtFout('TERMIJN', ['Achmea', 2023, 1], '#VALUE!', /^onbekend zorgkantoor "Achmea"/);
    verwachtFout('BEZWAARTERMIJN', [null], '#VALUE!', 'datum ontbreekt');
    verwachtFout('BEZWAARTERMIJN', ['31-6-2022'], '#VALUE!', 'datum: "31-6-2022" bestaat niet (juni 2022 heeft 30 dagen)');
    verwachtFout('BEZWAARTERMIJN', ['30-6-2022', 0], '#VALUE!', 'dagen moet een geheel getal van 1 tot en met 3650 zijn, niet 0');
    verwachtFout('BEZWAARTERMIJN', ['31-12-9999'], '#VALUE!', /buiten de datums die Excel kent/);
  });
});

describe('the same answers in wlz functie and in HyperFormula', () => {
  it('wlz functie', () => {
    expect(beantwoord('NACALCULATIE', ['1234567,89', 1200000, 1250000])).toEqual({ waarde: -50000, tekst: '-€ 50.000,00' });
    expect(beantwoord('herschikking', [[[1], [1], [1]], [['ZZP'], ['ZZP'], ['ZZP']], 0.02])).toEqual({ waarde: [[0.01], [0.01], [0]] });
    expect(beantwoord('TERMIJN', ['ZK', 2023, 16])).toEqual({ waarde: 45078, tekst: '1-6-2023' });
    expect(beantwoord('BEZWAARTERMIJN', ['1-9-2022'])).toEqual({ waarde: 44825, tekst: '21-9-2022' });
    expect(beantwoord('TERMIJN', ['CZ', 2023, 'budgetafspraak'])).toEqual({
      fout: '#VALUE!',
      bericht: expect.stringContaining('past bij meer dan één stap'),
    });
  });

  it('HyperFormula, with the Dutch separators of the help examples', () => {
    registreerWlz(alleFuncties, (adres) => (adres.col === 0 && adres.row === 5 ? { breedte: 1, hoogte: 3 } : undefined));
    const hf = nederlandseEngine();
    try {
      const blad = hf.getSheetId(hf.addSheet('voorbeelden'))!;
      const zet = (row: number, formule: string) => hf.setCellContents({ sheet: blad, row, col: 0 }, formule);
      const waarde = (row: number) => hf.getCellValue({ sheet: blad, row, col: 0 });
      for (const [i, naam] of ['NACALCULATIE', 'TERMIJN', 'BEZWAARTERMIJN'].entries()) zet(i, zoekFunctie(naam)!.voorbeeld.formule);
      expect(waarde(0)).toBe(-50000);
      expect(alsDatum(waarde(1))).toBe('31-10-2022');
      expect(alsDatum(waarde(2))).toBe('20-7-2022');
      zet(5, zoekFunctie('HERSCHIKKING')!.voorbeeld.formule);
      expect([5, 6, 7].map(waarde)).toEqual([60000, 30000, 10000]);
      zet(3, '=WLZ.TERMIJN("CZ"; 2023; 11)');
      expect(waarde(3)).toMatchObject({ type: 'NA', message: expect.stringContaining('spreekt zichzelf tegen') });
    } finally {
      hf.destroy();
    }
  });

  it('the help examples say what the functions give', () => {
    expect(zoekFunctie('NACALCULATIE')!.voorbeeld.uitkomst).toBe('-50.000,00');
    expect(zoekFunctie('HERSCHIKKING')!.voorbeeld.uitkomst).toBe('een kolom: 60.000,00; 30.000,00; 10.000,00');
    expect(zoekFunctie('TERMIJN')!.voorbeeld.uitkomst).toBe('31-10-2022');
    expect(zoekFunctie('BEZWAARTERMIJN')!.voorbeeld.uitkomst).toBe('20-7-2022');
  });
});
