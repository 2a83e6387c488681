import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Voorbeeldcel,
  regelsMetFouten,
  schoneRegels,
  schrijfWerkmap,
  tabelBlad,
  tabelRijen,
} from '../scripts/maak-controle-voorbeelden';
import { tijdelijkeMap, vingerafdruk, wlz } from './controle-hulp';

/**
 * `wlz controleer` on workbooks generated here with exceljs (scripts/maak-controle-voorbeelden holds
 * the hand-derived CZ GGZ 2023 lines): a clean table, one fault of each kind per row, merged header
 * cells, formulas with and without stored results, unreadable files, empty sheets.
 */

const { map: wortel, opruimen } = tijdelijkeMap();
afterAll(opruimen);

const CZ_GGZ_2023 = ['--zorgkantoor', 'CZ', '--jaar', '2023', '--sector', 'GGZ'];
const pad = (...delen: string[]) => join(wortel, ...delen);

/** The clean table with a two-row header: "NZa-tarief" merged over Zorg/NHC/NIC, the rest merged down. */
function metSamengevoegdeKop(): Voorbeeldcel[][] {
  const rijen = tabelRijen(schoneRegels());
  const kop = rijen[2];
  kop.splice(4, 3, 'NZa-tarief', null, null);
  rijen.splice(3, 0, [null, null, null, null, 'Zorg', 'NHC', 'NIC', null, null, null]);
  return rijen;
}

beforeAll(async () => {
  mkdirSync(pad('schoon'));
  await schrijfWerkmap(pad('schoon', 'schoon.xlsx'), [tabelBlad('Productieafspraak', tabelRijen(schoneRegels(), { formules: true }))]);
  await schrijfWerkmap(pad('fouten.xlsx'), [
    tabelBlad('Productieafspraak', tabelRijen(regelsMetFouten(), { totaal: { bedrag: 159645.87 } })),
    tabelBlad(
      'Zonder bedrag',
      tabelRijen(schoneRegels()).map((rij) => rij.slice(0, 9)),
    ),
  ]);
  const samengevoegd = tabelBlad('Kop over twee rijen', metSamengevoegdeKop());
  samengevoegd.samenvoegen = ['B1:K1', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:H3', 'I3:I4', 'J3:J4', 'K3:K4'];
  await schrijfWerkmap(pad('samengevoegd.xlsx'), [samengevoegd]);
  // Formulas saved without a result (as some tools do): the amounts cannot be checked.
  const zonderUitkomst = tabelRijen(schoneRegels(), { formules: true }).map((rij) =>
    rij.map((cel, k) =>
      k === 9 && cel !== null && typeof cel === 'object' && cel.formule.startsWith('ROUND') ? { formule: cel.formule } : cel,
    ),
  );
  await schrijfWerkmap(pad('zonder-uitkomst.xlsx'), [tabelBlad('Productieafspraak', zonderUitkomst)]);
  await schrijfWerkmap(pad('leeg.xlsx'), [
    { naam: 'Blad1', rijen: [] },
    { naam: 'Notities', rijen: [['Alleen een notitie']] },
  ]);

  mkdirSync(pad('gemengd', 'archief'), { recursive: true });
  copyFileSync(pad('schoon', 'schoon.xlsx'), pad('gemengd', 'a-schoon.xlsx'));
  copyFileSync(pad('fouten.xlsx'), pad('gemengd', 'c-fouten.xlsx'));
  writeFileSync(pad('gemengd', 'b-kapot.xlsx'), 'Dit is tekst, geen werkmap\n');
  writeFileSync(pad('gemengd', '~$a-schoon.xlsx'), 'vergrendeld');
  writeFileSync(pad('gemengd', 'notities.txt'), 'geen werkmap');
  copyFileSync(pad('fouten.xlsx'), pad('gemengd', 'archief', 'oud.xlsx'));

  mkdirSync(pad('veel'));
  for (let i = 1; i <= 6; i += 1) copyFileSync(pad('schoon', 'schoon.xlsx'), pad('veel', `aanbieder-${i}.xlsx`));
});

interface JsonBevinding {
  blad: string | null;
  rij: number | null;
  kolom: string | null;
  ernst: string;
  bericht: string;
  cel?: string;
  verwacht?: string;
  gevonden?: string;
}
type JsonRapport = { bestanden: ({ pad: string; bevindingen: JsonBevinding[]; tabellen: object[] } | { pad: string; fout: string })[] };

async function json(...args: string[]): Promise<{ code: number; rapport: JsonRapport; fout: string }> {
  const r = await wlz(['controleer', ...args, '--json']);
  return { code: r.code, rapport: JSON.parse(r.uit), fout: r.fout };
}

describe('wlz controleer', () => {
  it('a clean CZ GGZ 2023 table checked with its context: no findings, exit 0', async () => {
    const { code, rapport } = await json(pad('schoon', 'schoon.xlsx'), ...CZ_GGZ_2023);
    expect(code).toBe(0);
    expect(rapport).toEqual({
      bestanden: [
        {
          pad: pad('schoon', 'schoon.xlsx'),
          bevindingen: [],
          tabellen: [expect.objectContaining({ blad: 'Productieafspraak', bereik: 'B3:K11', regels: 5 })],
        },
      ],
    });

    const tekst = await wlz(['controleer', pad('schoon'), ...CZ_GGZ_2023]);
    expect(tekst.code).toBe(0);
    expect(tekst.uit).toContain('blad Productieafspraak, tabel B3:K11 (5 regels): geen bevindingen');
    expect(tekst.uit).toContain('Tariefpercentages vergeleken met het beleid van CZ 2023 GGZ.');
  });

  it('finds every fault class on its own row, once, with a clear message; exit 1', async () => {
    const { code, rapport } = await json(pad('fouten.xlsx'), ...CZ_GGZ_2023);
    expect(code).toBe(1);
    const [bestand] = rapport.bestanden;
    if (!('bevindingen' in bestand)) throw new Error('niet gelezen');
    expect(bestand.bevindingen.map((b) => [b.cel, b.kolom, b.ernst])).toEqual([
      ['Productieafspraak!J5', 'Tarief', 'fout'],
      ['Productieafspraak!K6', 'Bedrag', 'fout'],
      ['Productieafspraak!E8', 'Volume', 'fout'],
      ['Productieafspraak!E9', 'Volume', 'fout'],
      ['Productieafspraak!I10', 'Tariefpercentage', 'fout'],
      ['Productieafspraak!B11', 'Prestatiecode', 'fout'],
      ['Productieafspraak!K12', 'Bedrag', 'fout'],
      ["'Zonder bedrag'!B3", 'Bedrag', 'fout'],
    ]);
    expect(bestand.bevindingen.map((b) => b.bericht)).toEqual([
      'Tarief € 159,26 wijkt af van 95,8% × zorg € 150,00 + NHC € 12,34 + NIC € 3,21 = € 159,25 (verschil € 0,01)',
      'Bedrag € 72.470,00 wijkt af van Volume × Tarief = 365 × € 198,55 = € 72.470,75 (verschil -€ 0,75)',
      'Volume mag niet negatief zijn (-10)',
      'Volume: de tekst "veel" is geen getal (gebruik een komma als decimaalteken, bijvoorbeeld 1.234,56)',
      'Tariefpercentage: 95,8 lijkt een percentage als getal; typ 95,8% of 0,958',
      'Prestatiecode "Z331" staat ook op rij 5; elke prestatie hoort één keer in de productieafspraak',
      'Bedrag in de totaalregel € 159.645,87 wijkt af van de som van de regels € 159.545,87 (verschil € 100,00)',
      'kolom Bedrag ontbreekt; verwacht een kop zoals "Bedrag", "totaalbedrag", "omzet"',
    ]);
    expect(bestand.bevindingen[0]).toEqual({
      blad: 'Productieafspraak',
      rij: 5,
      kolom: 'Tarief',
      ernst: 'fout',
      bericht: expect.any(String),
      verwacht: '€ 159,25',
      gevonden: '€ 159,26',
      cel: 'Productieafspraak!J5',
    });
  });

  it('prints a readable Dutch report grouped per file and sheet, with cell references', async () => {
    const r = await wlz(['controleer', pad('fouten.xlsx')]);
    expect(r.code).toBe(1);
    const regels = r.uit.split('\n');
    expect(regels[0]).toBe(pad('fouten.xlsx'));
    expect(regels[1]).toBe('  blad Productieafspraak, tabel B3:K12 (6 regels): 7 fouten');
    expect(regels[2]).toBe(
      '    fout          Productieafspraak!J5   Tarief € 159,26 wijkt af van 95,8% × zorg € 150,00 + NHC € 12,34 + NIC € 3,21 = € 159,25 (verschil € 0,01)',
    );
    expect(r.uit).toContain(
      "  blad Zonder bedrag, tabel B3:J11 (5 regels): 1 fout\n    fout          'Zonder bedrag'!B3  kolom Bedrag ontbreekt",
    );
    expect(r.uit).toContain('Samenvatting: 1 werkmap, 2 tabellen gecontroleerd: 8 fouten.');
    expect(r.uit).toContain('Tariefpercentages niet met het beleid vergeleken (geef --zorgkantoor, --jaar en --sector).');
  });

  it('reads merged header cells: "NZa-tarief" over Zorg, NHC and NIC', async () => {
    const { code, rapport } = await json(pad('samengevoegd.xlsx'), ...CZ_GGZ_2023);
    expect(rapport.bestanden).toEqual([
      { pad: pad('samengevoegd.xlsx'), bevindingen: [], tabellen: [expect.objectContaining({ bereik: 'B3:K12' })] },
    ]);
    expect((rapport.bestanden[0] as { tabellen: { kolommen: Record<string, string> }[] }).tabellen[0].kolommen).toMatchObject({
      'NZa zorg': 'F: NZa-tarief Zorg',
      'NZa NHC': 'G: NZa-tarief NHC',
      'NZa NIC': 'H: NZa-tarief NIC',
    });
    expect(code).toBe(0);
  });

  it('uses stored formula results; formulas saved without one give a warning (exit 0)', async () => {
    const { code, rapport } = await json(pad('zonder-uitkomst.xlsx'));
    expect(code).toBe(0);
    const [bestand] = rapport.bestanden;
    expect('bevindingen' in bestand && bestand.bevindingen).toEqual([
      expect.objectContaining({
        cel: 'Productieafspraak!K5',
        kolom: 'Bedrag',
        ernst: 'waarschuwing',
        bericht: expect.stringMatching(/^Bedrag: formule zonder opgeslagen uitkomst \(=ROUND\(E5\*J5,2\)\).*5 cellen/),
      }),
    ]);
  });

  it('a workbook without a table, or with only empty sheets: a warning, exit 0', async () => {
    const { code, rapport } = await json(pad('leeg.xlsx'));
    expect(code).toBe(0);
    expect(rapport.bestanden[0]).toEqual({
      pad: pad('leeg.xlsx'),
      tabellen: [],
      bevindingen: [
        {
          blad: null,
          rij: null,
          kolom: null,
          ernst: 'waarschuwing',
          bericht: expect.stringMatching(/^geen productieafspraaktabel herkend.*; bladen: Blad1, Notities$/),
        },
      ],
    });
  });

  it('--blad checks only that sheet; a missing or empty sheet is a fout', async () => {
    const alleen = await json(pad('fouten.xlsx'), '--blad', 'zonder bedrag');
    expect(alleen.code).toBe(1);
    const [bestand] = alleen.rapport.bestanden;
    expect('bevindingen' in bestand && bestand.bevindingen.map((b) => b.cel)).toEqual(["'Zonder bedrag'!B3"]);

    const weg = await json(pad('schoon', 'schoon.xlsx'), '--blad=Blad9');
    expect(weg.code).toBe(1);
    expect(weg.rapport.bestanden[0]).toMatchObject({
      bevindingen: [
        {
          blad: 'Blad9',
          rij: null,
          ernst: 'fout',
          bericht: 'blad "Blad9" bestaat niet in deze werkmap; de bladen zijn: Productieafspraak',
        },
      ],
    });

    const leeg = await json(pad('leeg.xlsx'), '--blad', 'Blad1');
    expect(leeg.rapport.bestanden[0]).toMatchObject({ bevindingen: [{ blad: 'Blad1', ernst: 'fout', bericht: 'het blad is leeg' }] });
    const notities = await json(pad('leeg.xlsx'), '--blad', 'Notities');
    expect(notities.rapport.bestanden[0]).toMatchObject({
      bevindingen: [{ blad: 'Notities', ernst: 'fout', bericht: expect.stringMatching(/^geen productieafspraaktabel herkend/) }],
    });
  });

  it('a folder with an unreadable file: exit 2, the reason named, the other workbooks still checked', async () => {
    const { code, rapport } = await json(pad('gemengd'));
    expect(code).toBe(2);
    // Sorted by name; the lock file, the .txt and the subfolder are left alone.
    expect(rapport.bestanden.map((b) => b.pad)).toEqual([
      pad('gemengd', 'a-schoon.xlsx'),
      pad('gemengd', 'b-kapot.xlsx'),
      pad('gemengd', 'c-fouten.xlsx'),
    ]);
    expect(rapport.bestanden[0]).toMatchObject({ pad: pad('gemengd', 'a-schoon.xlsx'), bevindingen: [] });
    expect(rapport.bestanden[1]).toEqual({
      pad: pad('gemengd', 'b-kapot.xlsx'),
      fout: 'dit is geen Excel-werkmap (.xlsx): het bestand heeft een ander formaat',
    });
    expect(rapport.bestanden[2]).toMatchObject({
      bevindingen: expect.arrayContaining([expect.objectContaining({ cel: 'Productieafspraak!J5' })]),
    });

    const tekst = await wlz(['controleer', pad('gemengd')]);
    expect(tekst.code).toBe(2);
    expect(tekst.uit).toContain(
      `${pad('gemengd', 'b-kapot.xlsx')}\n  NIET TE LEZEN: dit is geen Excel-werkmap (.xlsx): het bestand heeft een ander formaat`,
    );
    expect(tekst.uit).toContain('Samenvatting: 3 werkmappen, 3 tabellen gecontroleerd: 8 fouten; 1 bestand niet te lezen.');
  });

  it('a context without published policy: one warning per table, and the summary says so', async () => {
    const r = await wlz(['controleer', pad('schoon'), '--zorgkantoor', 'CZ', '--jaar', '2024', '--sector', 'GGZ']);
    expect(r.code).toBe(0);
    expect(r.uit).toContain(
      'waarschuwing  Productieafspraak!I3  geen beleidspercentage voor CZ 2024 GGZ: geen tariefbeleid van CZ voor 2024 GGZ',
    );
    expect(r.uit).toContain('Tariefpercentages niet met het beleid vergeleken: geen tariefbeleid van CZ voor 2024 GGZ');
  });

  it('a path that does not exist is an unreadable file (exit 2)', async () => {
    const { code, rapport } = await json(pad('bestaat-niet.xlsx'));
    expect(code).toBe(2);
    expect(rapport.bestanden).toEqual([{ pad: pad('bestaat-niet.xlsx'), fout: 'bestand niet gevonden' }]);
  });

  it('takes several paths (as a shell glob gives them)', async () => {
    const { rapport } = await json(pad('schoon', 'schoon.xlsx'), pad('samengevoegd.xlsx'));
    expect(rapport.bestanden.map((b) => b.pad)).toEqual([pad('schoon', 'schoon.xlsx'), pad('samengevoegd.xlsx')]);
  });

  it('shows progress on stderr for more than a few files, and only then', async () => {
    const veel = await wlz(['controleer', pad('veel')]);
    expect(veel.code).toBe(0);
    expect(veel.fout.trim().split('\n')).toEqual([1, 2, 3, 4, 5, 6].map((i) => `[${i}/6] ${pad('veel', `aanbieder-${i}.xlsx`)}`));
    expect((await wlz(['controleer', pad('schoon')])).fout).toBe('');
  });

  it('never changes the files it checks', async () => {
    const voor = vingerafdruk(wortel);
    await wlz(['controleer', pad('gemengd'), pad('fouten.xlsx'), pad('samengevoegd.xlsx'), ...CZ_GGZ_2023]);
    expect(vingerafdruk(wortel)).toEqual(voor);
  });

  it.each([
    [[], /geef een werkmap/],
    [['x.xlsx', '--onbekend'], /onbekende optie --onbekend/],
    [['x.xlsx', '--jaar'], /--jaar heeft een waarde nodig/],
    [['x.xlsx', '--zorgkantoor', 'Achmea', '--jaar', '2023', '--sector', 'GGZ'], /onbekend zorgkantoor "Achmea"/],
    [['x.xlsx', '--zorgkantoor', 'CZ', '--jaar', 'twintig', '--sector', 'GGZ'], /--jaar: de tekst "twintig" is geen getal/],
    [['x.xlsx', ...CZ_GGZ_2023, '--kenmerken', 'vliegend'], /onbekend kenmerk "vliegend"/],
  ])('usage error %j: exit 2 with a Dutch message', async (args, bericht) => {
    const r = await wlz(['controleer', ...(args as string[])]);
    expect(r.code).toBe(2);
    expect(r.fout).toMatch(bericht);
    expect(r.uit).toBe('');
  });

  it('a folder without workbooks is a usage error', async () => {
    mkdirSync(pad('zonder'));
    const r = await wlz(['controleer', pad('zonder')]);
    expect(r.code).toBe(2);
    expect(r.fout).toContain(`geen werkmappen (.xlsx) of CSV-bestanden in de map ${pad('zonder')}`);
  });
});
