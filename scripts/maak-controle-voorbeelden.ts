import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
// Saved with the current calcId, like the other samples (scripts/voorbeelden/calcid.ts).
import './voorbeelden/calcid';

/**
 * Sample workbooks for `wlz controleer` (README demo): a clean CZ GGZ 2023 productieafspraak, one
 * with one fault of each kind per row, and the clean table as a Dutch CSV export. Run after `npm run build:cli`:
 *
 *   node lib/scripts/maak-controle-voorbeelden.js [map]     (default samples/controle)
 *   npx wlz controleer samples/controle --zorgkantoor CZ --jaar 2023 --sector GGZ
 *
 * The tables are exported too: the tests build their workbooks from the same lines.
 *
 * Tariffs (CZ GGZ 2023, §6.2: tarief = percentage × zorg + 100% × NHC + 100% × NIC, rounded to
 * cents; 95,8% for existing providers, 100% for VPT, DTV and logeren), derived by hand:
 *   Z331  ZZP      0,958 × 150,00 = 143,70;   + 12,34 + 3,21 = 159,25;  × 120    = 19.110,00
 *   Z332  ZZP      0,958 × 191,60 = 183,5528; + 10,00 + 5,00 = 198,5528 → 198,55; × 365 = 72.470,75
 *   V101  VPT      1,000 × 180,00 = 180,00;   + 0 + 0        = 180,00;  × 200    = 36.000,00
 *   M201  MPT      0,958 × 62,35  = 59,7313 → 59,73;                    × 1.000,5 = 59.759,865 → 59.759,87
 *   L301  logeren  1,000 × 140,10 = 140,10;   + 12,34 + 3,21 = 155,65;  × 52     = 8.093,80
 *   total volume 1.737,5; total amount 19.110,00 + 72.470,75 + 36.000,00 + 59.759,87 + 8.093,80 = 195.434,42
 */

export type Voorbeeldcel = number | string | boolean | null | { formule: string; uitkomst?: number | string };

export interface Regel {
  code: string;
  omschrijving: string;
  soort: string;
  volume: Voorbeeldcel;
  zorg: Voorbeeldcel;
  nhc: Voorbeeldcel;
  nic: Voorbeeldcel;
  percentage: Voorbeeldcel;
  tarief: Voorbeeldcel;
  bedrag: Voorbeeldcel;
}

export const KOP = [
  'Prestatiecode',
  'Omschrijving',
  'Soort',
  'Volume',
  'NZa zorg',
  'NZa NHC',
  'NZa NIC',
  'Tariefpercentage',
  'Tarief',
  'Bedrag',
];

/** The clean lines, per section (a row with only an omschrijving). */
export function schoneRegels(): { sectie: string; regels: Regel[] }[] {
  return [
    {
      sectie: 'Verblijf',
      regels: [
        {
          code: 'Z331',
          omschrijving: 'GGZ wonen, intensieve begeleiding',
          soort: 'ZZP',
          volume: 120,
          zorg: 150,
          nhc: 12.34,
          nic: 3.21,
          percentage: 0.958,
          tarief: 159.25,
          bedrag: 19110,
        },
        {
          code: 'Z332',
          omschrijving: 'GGZ wonen, intensieve verzorging',
          soort: 'ZZP',
          volume: 365,
          zorg: 191.6,
          nhc: 10,
          nic: 5,
          percentage: 0.958,
          tarief: 198.55,
          bedrag: 72470.75,
        },
      ],
    },
    {
      sectie: 'Thuis',
      regels: [
        {
          code: 'V101',
          omschrijving: 'Volledig pakket thuis',
          soort: 'VPT',
          volume: 200,
          zorg: 180,
          nhc: 0,
          nic: 0,
          percentage: 1,
          tarief: 180,
          bedrag: 36000,
        },
        {
          code: 'M201',
          omschrijving: 'Modulair pakket thuis, begeleiding',
          soort: 'MPT',
          volume: 1000.5,
          zorg: 62.35,
          nhc: 0,
          nic: 0,
          percentage: 0.958,
          tarief: 59.73,
          bedrag: 59759.87,
        },
        {
          code: 'L301',
          omschrijving: 'Logeren',
          soort: 'logeren',
          volume: 52,
          zorg: 140.1,
          nhc: 12.34,
          nic: 3.21,
          percentage: 1,
          tarief: 155.65,
          bedrag: 8093.8,
        },
      ],
    },
  ];
}

export const TITEL = 'Productieafspraak 2023 — GGZ-aanbieder Voorbeeld (CZ zorgkantoor)';

interface Tabelopties {
  /** Tarief, Bedrag and the totals as formulas with their stored result, as Excel saves them. */
  formules?: boolean;
  /** Overrides of the total row (the default is the sum of the lines). */
  totaal?: { volume?: Voorbeeldcel; bedrag?: Voorbeeldcel };
}

/** Column letters when the table starts at B3 under a title in B1 (see `tabelBlad`). */
const LETTER = { volume: 'E', zorg: 'F', nhc: 'G', nic: 'H', percentage: 'I', tarief: 'J', bedrag: 'K' };

/**
 * The rows of the table from the title down: title, blank, header, sections with their lines, total.
 * Laid out from B1, the header is row 3 and the first section row 4.
 */
export function tabelRijen(secties: { sectie: string; regels: Regel[] }[], opties: Tabelopties = {}): Voorbeeldcel[][] {
  const rijen: Voorbeeldcel[][] = [[TITEL], [], [...KOP]];
  const lijnen: number[] = [];
  let volume = 0;
  let centen = 0;
  for (const { sectie, regels } of secties) {
    rijen.push([null, sectie]);
    for (const r of regels) {
      const rij = rijen.length + 1; // the sheet row: laid out from row 1
      lijnen.push(rij);
      const { volume: v, zorg, nhc, nic, percentage: p, tarief, bedrag } = r;
      if (typeof v === 'number') volume += v;
      if (typeof bedrag === 'number') centen += Math.round(bedrag * 100);
      const l = LETTER;
      rijen.push([
        r.code,
        r.omschrijving,
        r.soort,
        v,
        zorg,
        nhc,
        nic,
        p,
        opties.formules
          ? { formule: `ROUND(${l.percentage}${rij}*${l.zorg}${rij}+${l.nhc}${rij}+${l.nic}${rij},2)`, uitkomst: tarief as number }
          : tarief,
        opties.formules ? { formule: `ROUND(${l.volume}${rij}*${l.tarief}${rij},2)`, uitkomst: bedrag as number } : bedrag,
      ]);
    }
  }
  const eerste = lijnen[0];
  const laatste = lijnen[lijnen.length - 1];
  const som = (kolom: string, uitkomst: number): Voorbeeldcel =>
    opties.formules ? { formule: `SUM(${kolom}${eerste}:${kolom}${laatste})`, uitkomst } : uitkomst;
  rijen.push([
    null,
    'Totaal',
    null,
    opties.totaal?.volume !== undefined ? opties.totaal.volume : som(LETTER.volume, Number(volume.toFixed(6))),
    null,
    null,
    null,
    null,
    null,
    opties.totaal?.bedrag !== undefined ? opties.totaal.bedrag : som(LETTER.bedrag, centen / 100),
  ]);
  return rijen;
}

/** The clean lines with one fault of each kind, each on its own row (rows as the sheet numbers them). */
export function regelsMetFouten(): { sectie: string; regels: Regel[] }[] {
  const [verblijf, thuis] = schoneRegels();
  const [z331, z332] = verblijf.regels;
  const [v101, m201, l301] = thuis.regels;
  return [
    {
      sectie: 'Verblijf',
      regels: [
        // row 5: tariff one cent off (159,26 instead of 159,25); the amount follows it: 120 × 159,26 = 19.111,20
        { ...z331, tarief: 159.26, bedrag: 19111.2 },
        // row 6: wrong amount (365 × 198,55 = 72.470,75)
        { ...z332, bedrag: 72470 },
      ],
    },
    {
      sectie: 'Thuis',
      regels: [
        // row 8: negative volume
        { ...v101, volume: -10, bedrag: -1800 },
        // row 9: text volume
        { ...m201, volume: 'veel' },
        // row 10: percentage typed as 95,8
        { ...l301, percentage: 95.8 },
        // row 11: duplicate prestatiecode Z331 (first on row 5): 12 × 159,25 = 1.911,00
        { ...z331, omschrijving: 'GGZ wonen, intensieve begeleiding (extra)', volume: 12, bedrag: 1911 },
      ],
    },
  ];
}

export interface Voorbeeldblad {
  naam: string;
  rijen: Voorbeeldcel[][];
  /** Where rijen[0][0] goes; default A1. */
  linksboven?: { rij: number; kolom: number };
  /** Merged ranges such as "B1:K1". */
  samenvoegen?: string[];
  /** Number formats per column letter, e.g. { I: '0.0%' }. */
  opmaak?: Record<string, string>;
}

/** The layout of the sample table sheets: from B1, percentages and euros formatted as in Excel. */
export function tabelBlad(naam: string, rijen: Voorbeeldcel[][]): Voorbeeldblad {
  return {
    naam,
    rijen,
    linksboven: { rij: 1, kolom: 2 },
    samenvoegen: ['B1:K1'],
    opmaak: { E: '#,##0.0', F: '#,##0.00', G: '#,##0.00', H: '#,##0.00', I: '0.0%', J: '#,##0.00', K: '#,##0.00' },
  };
}

/** Writes a workbook with exceljs (tests write theirs into a temporary folder). */
export async function schrijfWerkmap(pad: string, bladen: Voorbeeldblad[]): Promise<void> {
  const werkmap = new ExcelJS.Workbook();
  for (const spec of bladen) {
    const blad = werkmap.addWorksheet(spec.naam);
    const { rij: r0, kolom: k0 } = spec.linksboven ?? { rij: 1, kolom: 1 };
    spec.rijen.forEach((rij, r) =>
      rij.forEach((waarde, k) => {
        if (waarde === null) return;
        const cel = blad.getCell(r0 + r, k0 + k);
        cel.value =
          typeof waarde === 'object' ? ({ formula: waarde.formule, result: waarde.uitkomst } as ExcelJS.CellFormulaValue) : waarde;
      }),
    );
    for (const [letter, formaat] of Object.entries(spec.opmaak ?? {})) blad.getColumn(letter).numFmt = formaat;
    for (const bereik of spec.samenvoegen ?? []) blad.mergeCells(bereik);
  }
  await werkmap.xlsx.writeFile(pad);
}

/** A number the way a Dutch Excel writes it in a CSV export: "1.000,5", "59,73", "95,8%". */
function nederlands(waarde: Voorbeeldcel, procent = false): string {
  if (typeof waarde !== 'number') return waarde === null || typeof waarde === 'object' ? '' : String(waarde);
  const getal = procent ? waarde * 100 : waarde;
  return `${getal.toLocaleString('nl-NL', { maximumFractionDigits: 6, useGrouping: !procent })}${procent ? '%' : ''}`;
}

/**
 * The table as Excel's Dutch CSV export writes it ("CSV (gescheiden door lijstscheidingsteken)"):
 * UTF-8 with BOM, ";" between fields, decimal comma; sections and the total row included.
 */
export function csvExport(secties: { sectie: string; regels: Regel[] }[]): Buffer {
  const veld = (tekst: string) => (/[;"\n]/.test(tekst) ? `"${tekst.replace(/"/g, '""')}"` : tekst);
  const regels = [KOP.join(';')];
  let volume = 0;
  let centen = 0;
  for (const { sectie, regels: lijst } of secties) {
    regels.push(`;${veld(sectie)};;;;;;;;`);
    for (const r of lijst) {
      if (typeof r.volume === 'number') volume += r.volume;
      if (typeof r.bedrag === 'number') centen += Math.round(r.bedrag * 100);
      regels.push(
        [
          veld(r.code),
          veld(r.omschrijving),
          veld(r.soort),
          nederlands(r.volume),
          nederlands(r.zorg),
          nederlands(r.nhc),
          nederlands(r.nic),
          nederlands(r.percentage, true),
          nederlands(r.tarief),
          nederlands(r.bedrag),
        ].join(';'),
      );
    }
  }
  regels.push(`;Totaal;;${nederlands(Number(volume.toFixed(6)))};;;;;;${nederlands(centen / 100)}`);
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${regels.join('\r\n')}\r\n`, 'utf8')]);
}

async function main(): Promise<void> {
  const map = process.argv[2] ?? join(__dirname, '..', '..', 'samples', 'controle');
  mkdirSync(map, { recursive: true });
  await schrijfWerkmap(join(map, 'schoon.xlsx'), [tabelBlad('Productieafspraak', tabelRijen(schoneRegels(), { formules: true }))]);
  const onvolledig = tabelRijen(schoneRegels()).map((rij) => rij.slice(0, 9));
  await schrijfWerkmap(join(map, 'fouten.xlsx'), [
    // row 12: total amount off by € 100 (the lines as written add up to 159.545,87)
    tabelBlad('Productieafspraak', tabelRijen(regelsMetFouten(), { totaal: { bedrag: 159645.87 } })),
    // The same table without its Bedrag column.
    tabelBlad('Zonder bedrag', onvolledig),
  ]);
  writeFileSync(join(map, 'export.csv'), csvExport(schoneRegels()));
  process.stdout.write(`voorbeelden geschreven in ${map}: schoon.xlsx, fouten.xlsx, export.csv\n`);
}

if (require.main === module) {
  main().catch((fout) => {
    process.stderr.write(`${fout instanceof Error ? fout.stack : String(fout)}\n`);
    process.exitCode = 1;
  });
}
