import { join } from 'node:path';
import { roepVanuitExcel } from '../addin/functions/excel';
import * as functies from '../addin/functions/functions';
import { leesWerkmap } from '../cli/werkmap';
import type { Argument, Cel } from '../core/invoer';
import { zoekFunctie } from '../core/functies';
import { regelsMetFouten, schoneRegels, schrijfWerkmap, tabelBlad, tabelRijen } from '../scripts/maak-controle-voorbeelden';
import { tijdelijkeMap, wlz } from './controle-hulp';
import { excelFout } from './vang';

/** WLZ.CONTROLEER through the Excel layer, and against `wlz controleer` on the same table. */

const invocation = (adres: string) => ({ parameterAddresses: [adres] }) as CustomFunctions.Invocation;
const KOP = ['Rij', 'Kolom', 'Ernst', 'Bericht', 'Verwacht', 'Gevonden'];

/** The sample table as Excel hands over the range B1:K12: rows of cells, empty ones null. */
function alsBereik(rijen: ReturnType<typeof tabelRijen>): Cel[][] {
  return rijen.map((rij) => Array.from({ length: 10 }, (_, k) => (rij[k] === undefined ? null : (rij[k] as Cel))));
}

const { map, opruimen } = tijdelijkeMap();
afterAll(opruimen);

describe('WLZ.CONTROLEER', () => {
  it('gives the example of its help text: a clean table in B3:J6 has no findings', () => {
    // =WLZ.CONTROLEER(B3:J6; "CZ"; 2023; "GGZ"): Z331 0,958 × 150 + 12,34 + 3,21 = 159,25 × 120 = 19.110;
    // V101 (VPT, 100% at CZ GGZ 2023 §6.2) 180 × 200 = 36.000; total 55.110.
    const tabel = [
      ['Prestatiecode', 'Soort', 'Volume', 'NZa zorg', 'NZa NHC', 'NZa NIC', 'Tariefpercentage', 'Tarief', 'Bedrag'],
      ['Z331', 'ZZP', 120, 150, 12.34, 3.21, 0.958, 159.25, 19110],
      ['V101', 'VPT', 200, 180, 0, 0, 1, 180, 36000],
      ['Totaal', null, 320, null, null, null, null, null, 55110],
    ];
    const voorbeeld = zoekFunctie('CONTROLEER')!.voorbeeld;
    expect(voorbeeld.formule).toBe('=WLZ.CONTROLEER(B3:J6; "CZ"; 2023; "GGZ")');
    const uitkomst = functies.CONTROLEER(tabel, 'CZ', 2023, 'GGZ', undefined, undefined, undefined, invocation('Blad1!B3:J6'));
    expect(uitkomst).toEqual([['Geen bevindingen']]);
    expect(voorbeeld.uitkomst.startsWith(uitkomst[0][0])).toBe(true);
  });

  it('numbers findings the way the sheet does, from the address Excel gives', () => {
    const tabel = alsBereik(tabelRijen(regelsMetFouten(), { totaal: { bedrag: 159645.87 } }));
    const uitkomst = functies.CONTROLEER(
      tabel,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      invocation("'Mijn blad'!$B$1:$K$12"),
    );
    expect(uitkomst[0]).toEqual(KOP);
    expect(uitkomst.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      [5, 'Tarief', 'fout'],
      [6, 'Bedrag', 'fout'],
      [8, 'Volume', 'fout'],
      [9, 'Volume', 'fout'],
      [10, 'Tariefpercentage', 'fout'],
      [11, 'Prestatiecode', 'fout'],
      [12, 'Bedrag', 'fout'],
    ]);
    expect(uitkomst[1]).toEqual([
      5,
      'Tarief',
      'fout',
      'Tarief € 159,26 wijkt af van 95,8% × zorg € 150,00 + NHC € 12,34 + NIC € 3,21 = € 159,25 (verschil € 0,01)',
      '€ 159,25',
      '€ 159,26',
    ]);
    // Never null in a result: an empty cell is "".
    expect(uitkomst[3]).toEqual([8, 'Volume', 'fout', 'Volume mag niet negatief zijn (-10)', '', '-10']);
  });

  it('without an address (wlz functie) row 1 is the first row of the range', () => {
    const tabel = alsBereik(tabelRijen(regelsMetFouten(), { totaal: { bedrag: 159645.87 } })).slice(2);
    const uitkomst = roepVanuitExcel('CONTROLEER', [tabel]) as unknown[][];
    expect(uitkomst[1].slice(0, 2)).toEqual([3, 'Tarief']);
  });

  it('returns the same findings as wlz controleer for the same table', async () => {
    const pad = join(map, 'fouten.xlsx');
    const rijen = tabelRijen(regelsMetFouten(), { totaal: { bedrag: 159645.87 } });
    await schrijfWerkmap(pad, [tabelBlad('Productieafspraak', rijen)]);
    const context = ['--zorgkantoor', 'CZ', '--jaar', '2023', '--sector', 'GGZ', '--kenmerken', 'nieuw'];
    const cli = JSON.parse((await wlz(['controleer', pad, ...context, '--json'])).uit);
    const vanCli = cli.bestanden[0].bevindingen.map((b: Record<string, unknown>) => [
      b.rij,
      b.kolom,
      b.ernst,
      b.bericht,
      b.verwacht ?? '',
      b.gevonden ?? '',
    ]);

    // The range B1:K12 exactly as the CLI read it from the file.
    const [blad] = (await leesWerkmap(pad)).bladen;
    const bereik = Array.from(blad.raster.slice(0, 12), (rij) => Array.from({ length: 10 }, (_, k) => (rij?.[k + 1] ?? null) as Cel));
    const uitkomst = functies.CONTROLEER(
      bereik,
      'CZ',
      2023,
      'GGZ',
      [['nieuw']],
      undefined,
      undefined,
      invocation('Productieafspraak!B1:K12'),
    );
    expect(vanCli.length).toBeGreaterThan(7); // the faults plus the policy warnings for a new provider
    expect(uitkomst.slice(1)).toEqual(vanCli);
  });

  it('takes kenmerken as text or as a range', () => {
    const tabel = alsBereik(tabelRijen(schoneRegels()));
    const alsTekst = roepVanuitExcel('CONTROLEER', [tabel, 'CZ', 2023, 'GGZ', 'nieuw']) as unknown[][];
    const alsBereikArg = roepVanuitExcel('CONTROLEER', [tabel, 'cz', '2023', 'ggz', [['nieuw'], [null]]]) as unknown[][];
    expect(alsTekst).toEqual(alsBereikArg);
    expect(alsTekst.slice(1).map((r) => r[4])).toEqual(['93,8%', '93,8%', '93,8%', '93,8%', '93,8%']);
  });

  it('treats omitted optional arguments as empty: no policy comparison', () => {
    const tabel = alsBereik(tabelRijen(schoneRegels()));
    expect(functies.CONTROLEER(tabel)).toEqual([['Geen bevindingen']]);
    expect(functies.CONTROLEER(tabel, null, '', undefined, [['']])).toEqual([['Geen bevindingen']]);
  });

  it.each([
    [[null], '#VALUE!', 'tabel ontbreekt'],
    [
      [
        [
          ['a', 'b'],
          [1, 2],
        ],
      ],
      '#VALUE!',
      'geen productieafspraaktabel herkend: geen kopregel met ten minste drie bekende kolommen, waaronder Volume, Tarief of Bedrag (bijvoorbeeld Prestatiecode, Omschrijving, Volume, Tarief, Bedrag)',
    ],
    [[[['Code', 'Volume', 'Bedrag']], 'Achmea', 2023, 'GGZ'], '#VALUE!', expect.stringMatching(/^onbekend zorgkantoor "Achmea"/)],
    [
      [[['Code', 'Volume', 'Bedrag']], 'CZ', 2023.5, 'GGZ'],
      '#VALUE!',
      'jaar moet een geheel getal van 2000 tot en met 2100 zijn, niet 2023,5',
    ],
    [[[['Code', 'Volume', 'Bedrag']], 'CZ', 2023, 'GGZ', [[1]]], '#VALUE!', expect.stringMatching(/^kenmerken/)],
  ])('bad input %# is #VALUE! with a Dutch message', (args, code, bericht) => {
    const fout = excelFout(() => roepVanuitExcel('CONTROLEER', args as Argument[]));
    expect(fout.code).toBe(code);
    expect(fout.message).toEqual(bericht);
  });
});
