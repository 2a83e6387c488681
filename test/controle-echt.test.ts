import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { tijdelijkeMap, vingerafdruk, wlz } from './controle-hulp';
import { ruweWerkmap } from './zipbouwer';

/**
 * `wlz controleer` on workbooks built the way controllers build them (issue 9, docs/contract.md §5 "Real
 * workbooks"): a title and logo block, "NZa-maximumtarief" merged over Zorg/NHC/NIC, units in the
 * headers, per-year and hidden columns, sections with "Totaal V&V" and "Subtotaal GZ", a grand total,
 * a second table on the sheet, a notes sheet, formulas with stored results; a Dutch CSV export; and
 * a workbook written by another tool (prefixes, shared formulas, rich text, inline strings, ISO
 * dates, a 31-character sheet name, a drawing and an image). Clean files: zero findings. Each seeded
 * fault: found on its cell, and nothing else.
 *
 * The lines (CZ GGZ 2023, §6.2: tarief = percentage × zorg + NHC + NIC, to cents; derived by hand):
 *   Z331 ZZP 120 × (0,958 × 150,00 + 12,34 + 3,21 = 159,25)            = 19.110,00
 *   Z332 ZZP 365 × (0,958 × 191,60 + 10,00 + 5,00 = 198,5528 → 198,55) = 72.470,75   Totaal V&V 485; 91.580,75
 *   V101 VPT 200 × (1,000 × 180,00 = 180,00)                            = 36.000,00
 *   M201 MPT 1.000,5 × (0,958 × 62,35 = 59,7313 → 59,73) = 59.759,865   → 59.759,87   Subtotaal GZ 1.200,5; 95.759,87
 *   grand total 1.685,5; 187.340,62
 *   second table: L301 logeren 52 × 155,65 = 8.093,80; L302 10 × 155,65 = 1.556,50; total 62; 9.650,30
 */

const { map: wortel, opruimen } = tijdelijkeMap();
afterAll(opruimen);
const pad = (naam: string) => join(wortel, naam);
const CZ_GGZ_2023 = ['--zorgkantoor', 'CZ', '--jaar', '2023', '--sector', 'GGZ'];

type Waarde = ExcelJS.CellValue;
interface Lijn {
  code: string;
  oms: string;
  soort: string;
  v2022: number;
  volume: Waarde;
  v2024: number;
  zorg: number;
  nhc: Waarde;
  nic: number;
  pct: number;
  tarief: number;
  bedrag: number;
  /** The line amount formula without ROUND (a classic mistake). */
  zonderAfronden?: boolean;
}

const V_V: Lijn[] = [
  {
    code: 'Z331',
    oms: 'GGZ wonen, intensieve begeleiding',
    soort: 'ZZP',
    v2022: 110,
    volume: 120,
    v2024: 999,
    zorg: 150,
    nhc: 12.34,
    nic: 3.21,
    pct: 0.958,
    tarief: 159.25,
    bedrag: 19110,
  },
  {
    code: 'Z332',
    oms: 'GGZ wonen, intensieve verzorging',
    soort: 'ZZP',
    v2022: 300,
    volume: 365,
    v2024: 999,
    zorg: 191.6,
    nhc: 10,
    nic: 5,
    pct: 0.958,
    tarief: 198.55,
    bedrag: 72470.75,
  },
];
const GZ: Lijn[] = [
  {
    code: 'V101',
    oms: 'Volledig pakket thuis',
    soort: 'VPT',
    v2022: 150,
    volume: 200,
    v2024: 999,
    zorg: 180,
    nhc: 0,
    nic: 0,
    pct: 1,
    tarief: 180,
    bedrag: 36000,
  },
  {
    code: 'M201',
    oms: 'Modulair pakket thuis, begeleiding',
    soort: 'MPT',
    v2022: 900,
    volume: 1000.5,
    v2024: 999,
    zorg: 62.35,
    nhc: 0,
    nic: 0,
    pct: 0.958,
    tarief: 59.73,
    bedrag: 59759.87,
  },
];

interface Fouten {
  /** Totaal V&V bedrag typed € 100 too high. */
  subtotaal?: boolean;
  /** V101's volume cell formatted as a date. */
  datum?: boolean;
  /** Z331's NHC an #N/A from a broken lookup. */
  foutwaarde?: boolean;
  /** M201's amount as =F*M without ROUND: 59.759,865. */
  onafgerond?: boolean;
  /** L302's tarief a cent high, its amount and total following it. */
  tweedeTabel?: boolean;
}

/**
 * Columns: B code, C omschrijving, D soort, E Volume 2022, F Volume 2023, G Volume 2024 (concept,
 * hidden), H–J NZa-maximumtarief Zorg/NHC/NIC, K Tariefpercentage (%), L Tarief (€), M Opbrengst.
 */
async function budgetformulier(bestand: string, fouten: Fouten = {}): Promise<void> {
  const werkmap = new ExcelJS.Workbook();
  const blad = werkmap.addWorksheet('Productieafspraak 2023');
  blad.getCell('B1').value = 'Productieafspraak 2023 — GGZ-aanbieder Voorbeeld';
  blad.mergeCells('B1:M1');
  blad.getCell('B2').value = 'Zorgkantoor CZ — kenmerk 2023/0815';
  const kop = [
    'Prestatiecode',
    'Omschrijving',
    'Soort',
    'Volume 2022',
    'Volume 2023',
    'Volume 2024 (concept)',
    'NZa-maximumtarief',
    null,
    null,
    'Tariefpercentage (%)',
    'Tarief (€)',
    'Opbrengst',
  ];
  kop.forEach((k, i) => k !== null && (blad.getCell(4, 2 + i).value = k));
  ['Zorg', 'NHC', 'NIC'].forEach((k, i) => (blad.getCell(5, 8 + i).value = k));
  blad.mergeCells('H4:J4');
  for (const c of ['B', 'C', 'D', 'E', 'F', 'G', 'K', 'L', 'M']) blad.mergeCells(`${c}4:${c}5`);
  blad.getColumn('G').hidden = true;
  blad.getColumn('K').numFmt = '0.0%';
  let rij = 6;
  const lijn = (l: Lijn) => {
    const r = rij++;
    const waarden: Waarde[] = [l.code, l.oms, l.soort, l.v2022, l.volume, l.v2024, l.zorg, l.nhc, l.nic, l.pct];
    waarden.forEach((w, i) => (blad.getCell(r, 2 + i).value = w));
    blad.getCell(`L${r}`).value = { formula: `ROUND(K${r}*H${r}+I${r}+J${r},2)`, result: l.tarief };
    blad.getCell(`M${r}`).value = l.zonderAfronden
      ? { formula: `F${r}*L${r}`, result: l.bedrag }
      : { formula: `ROUND(F${r}*L${r},2)`, result: l.bedrag };
    return r;
  };
  const som = (label: string, rijen: number[], volume: number, bedrag: number) => {
    const r = rij++;
    blad.getCell(`C${r}`).value = label;
    blad.getCell(`F${r}`).value = { formula: rijen.map((x) => `F${x}`).join('+'), result: volume };
    blad.getCell(`M${r}`).value = { formula: rijen.map((x) => `M${x}`).join('+'), result: bedrag };
    blad.getRow(r).font = { bold: true };
    return r;
  };
  blad.getCell(`C${rij++}`).value = 'V&V';
  const vv = V_V.map((l) => lijn(fouten.foutwaarde && l.code === 'Z331' ? { ...l, nhc: { error: '#N/A' } as ExcelJS.CellErrorValue } : l));
  const totaalVv = som('Totaal V&V', vv, 485, fouten.subtotaal ? 91680.75 : 91580.75);
  blad.getCell(`C${rij++}`).value = 'GZ';
  const gz = GZ.map((l) => {
    if (fouten.datum && l.code === 'V101') {
      const r = lijn(l);
      blad.getCell(`F${r}`).numFmt = 'd-m-yyyy';
      return r;
    }
    return lijn(fouten.onafgerond && l.code === 'M201' ? { ...l, bedrag: 59759.865, zonderAfronden: true } : l);
  });
  const subGz = som('Subtotaal GZ', gz, 1200.5, fouten.onafgerond ? 95759.865 : 95759.87);
  som('Totaal generaal', [totaalVv, subGz], 1685.5, (fouten.subtotaal ? 187440.62 : 187340.62) - (fouten.onafgerond ? 0.005 : 0));
  rij += 1;
  blad.getCell(`B${rij++}`).value = 'Opgesteld door: afdeling zorginkoop, 15-11-2022';
  // The second table: its own title and a one-row header with other words for the same columns.
  rij += 1;
  blad.getCell(`B${rij++}`).value = 'Aanvullende afspraak logeren';
  const kop2 = rij++;
  [
    'Prestatiecode',
    'Omschrijving',
    'Soort',
    null,
    'Aantal etmalen',
    null,
    'NZa zorg',
    'Normatieve huisvestingscomponent (NHC)',
    'Normatieve inventariscomponent (NIC)',
    'Tariefpercentage',
    'Tarief',
    'Bedrag',
  ].forEach((k, i) => k !== null && (blad.getCell(kop2, 2 + i).value = k));
  const logeren = [
    { code: 'L301', volume: 52, tarief: 155.65, bedrag: 8093.8 },
    { code: 'L302', volume: 10, tarief: fouten.tweedeTabel ? 155.66 : 155.65, bedrag: fouten.tweedeTabel ? 1556.6 : 1556.5 },
  ].map((l) => {
    const r = rij++;
    [l.code, 'Logeren', 'logeren', null, l.volume, null, 140.1, 12.34, 3.21, 1, l.tarief, l.bedrag].forEach(
      (w, i) => w !== null && (blad.getCell(r, 2 + i).value = w),
    );
    return r;
  });
  const r = rij++;
  blad.getCell(`C${r}`).value = 'Totaal';
  blad.getCell(`F${r}`).value = { formula: `SUM(F${logeren[0]}:F${logeren[1]})`, result: 62 };
  blad.getCell(`M${r}`).value = { formula: `SUM(M${logeren[0]}:M${logeren[1]})`, result: fouten.tweedeTabel ? 9650.4 : 9650.3 };
  const notities = werkmap.addWorksheet('Toelichting');
  notities.getCell('A1').value = 'Toelichting bij de productieafspraak';
  notities.getCell('A3').value = 'Bedragen in euro, tarieven per etmaal.';
  await werkmap.xlsx.writeFile(bestand);
}

/** The workbook as another tool writes it: prefixes, no cell references, shared formulas, … */
function anderProgramma(): Buffer {
  const t = (tekst: string) => `<x:c t="inlineStr"><x:is><x:t>${tekst}</x:t></x:is></x:c>`;
  const s = (i: number) => `<x:c t="s"><x:v>${i}</x:v></x:c>`;
  const n = (getal: number | string, stijl = 0) => `<x:c${stijl ? ` s="${stijl}"` : ''}><x:v>${getal}</x:v></x:c>`;
  const rijen = [
    `<x:row r="1">${s(0)}</x:row>`,
    // Row 3: the header, with a rich-text "Prestatiecode" and an "Ingangsdatum" the check does not use.
    `<x:row r="3">${s(1)}${t('Omschrijving')}${t('Volume')}${t('NZa zorg')}${t('NHC')}${t('NIC')}${t('Tariefpercentage')}${t('Tarief')}${t('Bedrag')}${t('Ingangsdatum')}</x:row>`,
    `<x:row r="4">${t('Z331')}${t('GGZ wonen &amp; begeleiding_x000D_')}${n(120)}${n(150)}${n('12.34')}${n('3.21')}${n('0.95799999999999996', 1)}<x:c><x:f t="shared" ref="H4:H5" si="0">ROUND(G4*D4+E4+F4,2)</x:f><x:v>159.25</x:v></x:c><x:c><x:f t="shared" ref="I4:I5" si="1">ROUND(C4*H4,2)</x:f><x:v>19110</x:v></x:c><x:c t="d"><x:v>2023-01-01T00:00:00</x:v></x:c></x:row>`,
    `<x:row r="5">${t('Z332')}${t('GGZ wonen, verzorging')}${n(365)}${n('191.59999999999999')}${n(10)}${n(5)}${n('0.95799999999999996', 1)}<x:c><x:f t="shared" si="0"/><x:v>198.55000000000001</x:v></x:c><x:c><x:f t="shared" si="1"/><x:v>72470.75</x:v></x:c><x:c t="d"><x:v>2023-01-01</x:v></x:c></x:row>`,
    `<x:row r="6">${t('')}${t('Totaal')}${n(485)}<x:c/><x:c/><x:c/><x:c/><x:c/><x:c><x:f>SUM(I4:I5)</x:f><x:v>91580.75</x:v></x:c></x:row>`,
  ];
  const naam = 'Productieafspraak GGZ 2023 CZ-1';
  return ruweWerkmap(
    [
      {
        naam,
        rijen: rijen.join(''),
        voor: '<x:sheetViews><x:sheetView workbookViewId="0"/></x:sheetViews>',
        na: '<x:drawing r:id="rId1"/>',
      },
    ],
    {
      voorvoegsel: 'x',
      strings: ['Productieafspraak 2023', '<r><rPr><b/></rPr><t>Prestatie</t></r><r><t>code</t></r><rPh sb="0" eb="1"><t>ぷ</t></rPh>'],
      stijlen: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="10"/></cellXfs>',
      extra: [
        // A logo as another tool writes it: a drawing part that is not even well-formed, and an image.
        { naam: 'xl/drawings/drawing1.xml', inhoud: '<xdr:wsDr><xdr:twoCellAnchor><xdr:pic>' },
        { naam: 'xl/media/image1.png', inhoud: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), opgeslagen: true },
        {
          naam: 'xl/worksheets/_rels/sheet1.xml.rels',
          inhoud: '<Relationships><Relationship Id="rId1" Type="drawing" Target="../drawings/drawing1.xml"/></Relationships>',
        },
        { naam: 'xl/charts/chart1.xml', inhoud: 'geen xml' },
      ],
    },
  );
}

/** The Dutch CSV export Excel writes: BOM, ";", decimal comma, percentages, thousands dots. */
function csv(fout = false): Buffer {
  const regels = [
    'Prestatiecode;Omschrijving;Soort;Volume;NZa zorg;NZa NHC;NZa NIC;Tariefpercentage;Tarief;Bedrag',
    'Z331;"GGZ wonen; intensieve begeleiding";ZZP;120;150,00;12,34;3,21;95,8%;159,25;19.110,00',
    `Z332;GGZ wonen, intensieve verzorging;ZZP;365;191,60;10,00;5,00;95,8%;198,55;${fout ? '72.470,00' : '72.470,75'}`,
    'M201;Modulair pakket thuis;MPT;1.000,5;62,35;;;95,8%;59,73;59.759,87',
    `;Totaal;;1.485,5;;;;;;${fout ? '151.339,87' : '151.340,62'}`,
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${regels.join('\r\n')}\r\n`, 'utf8')]);
}

interface JsonBevinding {
  cel?: string;
  ernst: string;
  bericht: string;
  verwacht?: string;
  gevonden?: string;
}
interface JsonBestand {
  pad: string;
  bevindingen: JsonBevinding[];
  tabellen: {
    blad: string;
    bereik: string;
    regels: number;
    kolommen: Record<string, string>;
    nietGelezen: { kolom: string; reden: string }[];
    overgeslagen: { rij: number; reden: string }[];
  }[];
  fout?: string;
}

async function controleer(bestand: string, ...extra: string[]): Promise<{ code: number; bestand: JsonBestand }> {
  const r = await wlz(['controleer', bestand, '--json', ...extra]);
  return { code: r.code, bestand: JSON.parse(r.uit).bestanden[0] };
}

beforeAll(async () => {
  await budgetformulier(pad('schoon.xlsx'));
  await budgetformulier(pad('subtotaal.xlsx'), { subtotaal: true });
  await budgetformulier(pad('datum.xlsx'), { datum: true });
  await budgetformulier(pad('foutwaarde.xlsx'), { foutwaarde: true });
  await budgetformulier(pad('onafgerond.xlsx'), { onafgerond: true });
  await budgetformulier(pad('tweede-tabel.xlsx'), { tweedeTabel: true });
  writeFileSync(pad('ander-programma.xlsx'), anderProgramma());
  writeFileSync(pad('export.csv'), csv());
  writeFileSync(pad('export-fout.csv'), csv(true));
});

describe('wlz controleer on workbooks as controllers build them', () => {
  it('the clean budgetformulier: both tables, every section, zero findings — with and without the policy context', async () => {
    for (const extra of [[], CZ_GGZ_2023]) {
      const { code, bestand } = await controleer(pad('schoon.xlsx'), ...extra);
      expect(bestand.bevindingen).toEqual([]);
      expect(code).toBe(0);
      expect(bestand.tabellen.map((t) => [t.blad, t.bereik, t.regels])).toEqual([
        ['Productieafspraak 2023', 'B4:M14', 4],
        ['Productieafspraak 2023', 'B19:M22', 2],
      ]);
    }
  });

  it("says which column was read as what: this year's visible volume, the NZa sub-headers, units stripped", async () => {
    const { bestand } = await controleer(pad('schoon.xlsx'));
    const [eerste, tweede] = bestand.tabellen;
    expect(eerste.kolommen).toEqual({
      Prestatiecode: 'B: Prestatiecode',
      Omschrijving: 'C: Omschrijving',
      Soort: 'D: Soort',
      Volume: 'F: Volume 2023',
      'NZa zorg': 'H: NZa-maximumtarief Zorg',
      'NZa NHC': 'I: NZa-maximumtarief NHC',
      'NZa NIC': 'J: NZa-maximumtarief NIC',
      Tariefpercentage: 'K: Tariefpercentage (%)',
      Tarief: 'L: Tarief (€)',
      Bedrag: 'M: Opbrengst',
    });
    expect(eerste.nietGelezen).toEqual([
      { kolom: 'E: Volume 2022', reden: 'jaar 2022; gelezen is 2023' },
      { kolom: 'G: Volume 2024 (concept)', reden: 'verborgen kolom' },
    ]);
    expect(eerste.overgeslagen).toEqual([
      { rij: 6, reden: 'tussenkop of toelichting (alleen tekst)' },
      { rij: 10, reden: 'tussenkop of toelichting (alleen tekst)' },
    ]);
    expect(tweede.kolommen).toMatchObject({ Volume: 'F: Aantal etmalen', 'NZa NHC': 'I: Normatieve huisvestingscomponent (NHC)' });
    // --jaar 2022 reads last year's volumes: the amounts no longer follow from them.
    const vorigJaar = await controleer(pad('schoon.xlsx'), '--zorgkantoor', 'CZ', '--jaar', '2022', '--sector', 'GGZ');
    expect(vorigJaar.bestand.tabellen[0].kolommen.Volume).toBe('E: Volume 2022');
    const tekst = await wlz(['controleer', pad('schoon.xlsx')]);
    expect(tekst.uit).toContain(
      '    gelezen: Prestatiecode = B: Prestatiecode; Omschrijving = C: Omschrijving; Soort = D: Soort; Volume = F: Volume 2023;',
    );
    expect(tekst.uit).toContain(
      '    niet gelezen: E: Volume 2022 (jaar 2022; gelezen is 2023); G: Volume 2024 (concept) (verborgen kolom)',
    );
    expect(tekst.uit).toContain('    overgeslagen: rij 6, 10 (tussenkop of toelichting (alleen tekst))');
  });

  it.each([
    [
      'subtotaal.xlsx',
      "'Productieafspraak 2023'!M9",
      'fout',
      /^Opbrengst in de subtotaalregel "Totaal V&V" € 91\.680,75 wijkt af van de som van de sectie \(rij 7–8\) € 91\.580,75 \(verschil € 100,00\)$/,
    ],
    ['datum.xlsx', "'Productieafspraak 2023'!F11", 'fout', /^Volume 2023: de cel bevat een datum \(18-7-1900\), geen getal/],
    ['foutwaarde.xlsx', "'Productieafspraak 2023'!I7", 'fout', /^NZa-maximumtarief NHC: de cel bevat de foutwaarde #N\/A$/],
    [
      'onafgerond.xlsx',
      "'Productieafspraak 2023'!M12",
      'fout',
      /^Opbrengst € 59\.759,865 is niet afgerond op centen \(afgerond € 59\.759,87\)/,
    ],
    [
      'tweede-tabel.xlsx',
      "'Productieafspraak 2023'!L21",
      'fout',
      /^Tarief € 155,66 wijkt af van 100,0% × zorg € 140,10 \+ NHC € 12,34 \+ NIC € 3,21 = € 155,65 \(verschil € 0,01\)$/,
    ],
  ])('%s: the seeded fault on its cell, and nothing else', async (naam, cel, ernst, bericht) => {
    const { code, bestand } = await controleer(pad(naam), ...CZ_GGZ_2023);
    expect(bestand.bevindingen).toEqual([expect.objectContaining({ cel, ernst, bericht: expect.stringMatching(bericht) })]);
    expect(code).toBe(1);
  });

  it('a workbook written by another tool (prefixes, shared formulas, rich text, inline strings, ISO dates, a broken drawing): zero findings', async () => {
    const { code, bestand } = await controleer(pad('ander-programma.xlsx'), ...CZ_GGZ_2023);
    expect(bestand.bevindingen).toEqual([]);
    expect(code).toBe(0);
    expect(bestand.tabellen).toEqual([expect.objectContaining({ blad: 'Productieafspraak GGZ 2023 CZ-1', bereik: 'A3:J6', regels: 2 })]);
    expect(bestand.tabellen[0].kolommen.Prestatiecode).toBe('A: Prestatiecode');
  });

  it('a Dutch CSV export is read like a sheet: clean at zero findings, a wrong amount on its cell', async () => {
    const schoon = await controleer(pad('export.csv'), ...CZ_GGZ_2023);
    expect(schoon.bestand.bevindingen).toEqual([]);
    expect(schoon.bestand.tabellen).toEqual([expect.objectContaining({ blad: 'export', bereik: 'A1:J5', regels: 3 })]);
    const fout = await controleer(pad('export-fout.csv'), ...CZ_GGZ_2023);
    expect(fout.bestand.bevindingen.map((b) => [b.cel, b.verwacht, b.gevonden])).toEqual([
      ["'export-fout'!J3", '€ 72.470,75', '€ 72.470,00'],
    ]);
  });

  it('the sample export (samples/controle/export.csv, from scripts/maak-controle-voorbeelden) is clean', async () => {
    const { code, bestand } = await controleer(join(__dirname, '..', 'samples', 'controle', 'export.csv'), ...CZ_GGZ_2023);
    expect(bestand.bevindingen).toEqual([]);
    expect(bestand.tabellen).toEqual([expect.objectContaining({ bereik: 'A1:J9', regels: 5 })]);
    expect(code).toBe(0);
  });

  it('a folder lists the CSV beside the workbooks; no file changes', async () => {
    const voor = vingerafdruk(wortel);
    const r = await wlz(['controleer', wortel, '--json']);
    expect(JSON.parse(r.uit).bestanden.map((b: JsonBestand) => b.pad)).toContain(pad('export.csv'));
    expect(vingerafdruk(wortel)).toEqual(voor);
  });

  it('--rapport writes a new workbook with one row per finding and a link to the cell; it never overwrites', async () => {
    const rapport = pad('rapport.xlsx');
    const r = await wlz(['controleer', pad('subtotaal.xlsx'), pad('datum.xlsx'), '--rapport', rapport]);
    expect(r.code).toBe(1);
    const werkmap = new ExcelJS.Workbook();
    await werkmap.xlsx.readFile(rapport);
    const blad = werkmap.getWorksheet('Bevindingen')!;
    expect(blad.getRow(1).values).toEqual([undefined, 'Bestand', 'Blad', 'Cel', 'Ernst', 'Bericht', 'Verwacht', 'Gevonden']);
    expect(blad.rowCount).toBe(3);
    expect(blad.getCell('C2').value).toEqual({
      formula: `HYPERLINK("[${pad('subtotaal.xlsx')}]'Productieafspraak 2023'!M9","'Productieafspraak 2023'!M9")`,
      result: "'Productieafspraak 2023'!M9",
    });
    expect(blad.getRow(2).values).toEqual(
      expect.arrayContaining([pad('subtotaal.xlsx'), 'Productieafspraak 2023', 'fout', '€ 91.580,75', '€ 91.680,75']),
    );
    const voor = readFileSync(rapport);
    const opnieuw = await wlz(['controleer', pad('schoon.xlsx'), '--rapport', rapport]);
    expect(opnieuw.code).toBe(2);
    expect(opnieuw.fout).toContain(`--rapport: ${rapport} bestaat al; wlz controleer overschrijft nooit een bestand`);
    expect(readFileSync(rapport).equals(voor)).toBe(true);
  });
});
