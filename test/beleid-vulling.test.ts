import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import * as excel from '../addin/functions/functions';
import type { Cel } from '../core/invoer';
import { tijdelijkeMap, wlz } from './controle-hulp';
import { excelFout } from './vang';
import { zip } from './zipbouwer';

/**
 * Issue 10 through the Excel-facing layer: the fill-down cases (decisions 10, 11, 12, 1/0 flags, a %
 * in an amount) and a 2027 policy table the user supplies (decision 15), in Excel and the CLI.
 */

// The generated signatures type a range parameter as any[][]; Excel hands a single cell over as its value.
const functies = excel as unknown as Record<keyof typeof excel, (...args: unknown[]) => any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const invocation = (adres: string) => ({ parameterAddresses: [adres] }) as CustomFunctions.Invocation;

/** A 2027 policy table as Excel hands over WLZ_beleid[#Alles]. */
const BELEID_2027: Cel[][] = [
  ['Zorgkantoor', 'Jaar', 'Sector', 'Kenmerken', 'Percentage', 'Percentage NHC/NIC', 'Maximum', 'Bron'],
  ['CZ', 2027, 'V&V', null, 0.962, null, 0.98, 'CZ Inkoopkader Wlz 2027, §4.2'],
  ['CZ', 2027, 'V&V', 'nieuw', 0.94, null, 0.98, 'CZ Inkoopkader Wlz 2027, §4.2'],
  ['CZ', 2027, 'V&V', 'kleinschalig wonen', '96,5%', null, 0.98, 'CZ Inkoopkader Wlz 2027, §4.3'],
  ['Zilveren Kruis', 2027, 'V&V', '', 0.96, 1, null, 'ZK Inkoopbeleid 2027, hoofdstuk 3'],
  // Replaces the embedded CZ GGZ 2023 (§6.2) for exactly that combination.
  ['CZ', 2023, 'GGZ', null, 0.95, null, null, 'CZ correctiebrief 2023'],
];

describe('fill-down fixes through the Excel layer', () => {
  it('decision 10: an empty NHC or NIC is 0 (MPT has none); zorg stays required', () => {
    expect(functies.TARIEF(191.6, null, null, 0.958)).toBe(183.55);
    expect(functies.TARIEF(191.6, '', undefined, '95,8%')).toBe(183.55);
    expect(functies.TARIEF(191.6, 10, null, 0.958)).toBe(193.55);
    expect(excelFout(() => functies.TARIEF(null, 10, 5, 0.958)).message).toBe('zorg ontbreekt');
  });

  it('a percent sign in a euro amount or volume is #VALUE!', () => {
    expect(excelFout(() => functies.TARIEF('95,8 %', 10, 5, 0.958)).message).toBe(
      'zorg: "95,8 %" is een percentage, maar zorg is een bedrag of aantal',
    );
    expect(excelFout(() => functies.VOLUMEBOD('95%', 'ZZP')).message).toMatch(/^herschikt: "95%" is een percentage/);
    expect(excelFout(() => functies.VOLUMEBOD(1000, 'ZZP', [['5%']])).message).toMatch(/^correcties \(cel 1\): "5%" is een percentage/);
  });

  it.each([
    ['ZZP', 0.958],
    ['MPT', 0.958],
    ['meerzorg', 0.958],
    ['toeslag', 0.958],
    ['VPT', 1],
    ['DTV', 1],
  ])('decision 11: CZ 2023 GGZ %s → %s (neutral where the rule has no row of its own)', (soort, verwacht) => {
    expect(functies.TARIEFPERCENTAGE('CZ', 2023, 'GGZ', soort)).toBe(verwacht);
  });

  it('decision 11 everywhere: ZK 2023 GGZ geïntegreerd + MPT, Menzis 2024 nieuw + ZZP, VERGELIJK with a soort', () => {
    expect(functies.TARIEFPERCENTAGE('ZK', 2023, 'GGZ', [['geïntegreerd'], ['MPT']])).toBe(0.968);
    expect(functies.TARIEFPERCENTAGE('Menzis', 2024, 'V&V', 'nieuw; ZZP')).toBe(0.935);
    const tabel = functies.VERGELIJK(2024, 'V&V', 'MPT');
    expect(tabel.find((r: unknown[]) => r[0] === 'CZ')?.[1]).toBe(0.955);
    expect(excelFout(() => functies.TARIEFPERCENTAGE('CZ', 2023, 'GGZ', 'ZZP; VPT')).message).toMatch(
      /tegenstrijdige kenmerken "ZZP" en "VPT"/,
    );
  });

  it('a meetellen range of 1/0 flags: 1 counts, 0 does not', () => {
    expect(functies.GEWOGENGEMIDDELDE([[0.96], [0.98], [0.5]], [[1000], [1000], [200]], [[1], [1], [0]])).toBe(0.97);
    // Labels with desktop's 0 for an empty cell: the 0 still counts.
    expect(functies.GEWOGENGEMIDDELDE([[0.96], [0.98], [1]], [[1000], [1000], [200]], [['zorg'], [0], ['NHC']])).toBe(0.97);
  });

  describe('decision 12: CONTROLEER never stops at the policy', () => {
    const kop = ['Prestatiecode', 'Soort', 'Volume', 'NZa zorg', 'NZa NHC', 'NZa NIC', 'Tariefpercentage', 'Tarief', 'Bedrag'];
    // DSW 2024 V&V: own 2023 percentage 96,0% + monitor hoger 1,0 pp = 97,0%; 0,97 × 150 + 12,34 + 3,21 = 161,05.
    const regel = ['Z331', 'ZZP', 100, 150, 12.34, 3.21, 0.97, 161.05, 16105];
    const fout = ['Z332', 'ZZP', 10, 150, 12.34, 3.21, 0.97, 161.05, 1000];
    const tabel = [kop, regel, fout];

    it('takes vorig_percentage: DSW 2024 can be checked', () => {
      const uitkomst = functies.CONTROLEER(tabel, 'DSW', 2024, 'V&V', 'monitor hoger', 0.96, undefined, invocation('Blad1!A1:I3'));
      expect(uitkomst.slice(1).map((r: unknown[]) => [r[0], r[1], r[2]])).toEqual([[3, 'Bedrag', 'fout']]);
      // 95,5% typed where 97,0% is the policy: a waarschuwing naming DSW's rule.
      const lager = functies.CONTROLEER(
        [kop, ['Z331', 'ZZP', 100, 150, 12.34, 3.21, 0.955, 158.8, 15880]],
        'DSW',
        2024,
        'V&V',
        'monitor hoger',
        0.96,
        undefined,
        invocation('Blad1!A1:I2'),
      );
      expect(lager[1][2]).toBe('waarschuwing');
      expect(lager[1][3]).toMatch(/lager dan het beleidspercentage voor DSW 2024 V&V/);
    });

    it.each([
      ['incomplete: sector missing', ['DSW', 2024, null, null, null], /sector ontbreekt/],
      ['DSW 2024 without vorig_percentage', ['DSW', 2024, 'V&V', 'monitor hoger', null], /vorig_percentage ontbreekt/],
      ['DSW 2024 without the monitor outcome', ['DSW', 2024, 'V&V', null, 0.96], /de combinatie \(geen kenmerken\) staat niet in de bron/],
      ['no published policy', ['CZ', 2024, 'GGZ', null, null], /geen tariefbeleid van CZ voor 2024 GGZ/],
    ])('%s: one waarschuwing, the other checks still run', (_, [zorgkantoor, jaar, sector, kenmerken, vorig], bericht) => {
      const uitkomst = functies.CONTROLEER(tabel, zorgkantoor, jaar, sector, kenmerken, vorig, undefined, invocation('Blad1!A1:I3'));
      const waarschuwingen = uitkomst.slice(1).filter((r: unknown[]) => r[2] === 'waarschuwing');
      expect(waarschuwingen).toHaveLength(1);
      expect(waarschuwingen[0][3]).toMatch(bericht);
      expect(
        uitkomst
          .slice(1)
          .filter((r: unknown[]) => r[2] === 'fout')
          .map((r: unknown[]) => [r[0], r[1]]),
      ).toEqual([[3, 'Bedrag']]);
    });

    it('a mistyped name is still #VALUE!', () => {
      expect(excelFout(() => functies.CONTROLEER(tabel, 'Achmea', 2024, 'V&V')).message).toMatch(/^onbekend zorgkantoor "Achmea"/);
      expect(excelFout(() => functies.CONTROLEER(tabel, 'CZ', 2023, 'GGZ', 'vliegend')).message).toMatch(/^onbekend kenmerk "vliegend"/);
    });
  });
});

describe('a 2027 policy table the user supplies (decision 15)', () => {
  it('makes TARIEFPERCENTAGE, BRON and VERGELIJK work for 2027', () => {
    expect(functies.TARIEFPERCENTAGE('CZ', 2027, 'V&V', null, null, BELEID_2027)).toBe(0.962);
    expect(functies.TARIEFPERCENTAGE('CZ', 2027, 'VV', 'nieuw', null, BELEID_2027)).toBe(0.94);
    expect(functies.BRON('CZ', 2027, 'V&V', 'nieuw', null, BELEID_2027)).toBe(
      '94,0%: percentage uit uw beleidstabel (CZ Inkoopkader Wlz 2027, §4.2; uit uw beleidstabel, rij 3)',
    );
    const tabel = functies.VERGELIJK(2027, 'V&V', null, BELEID_2027);
    expect(tabel.slice(1).map((r: unknown[]) => [r[0], r[1]])).toEqual([
      ['Zilveren Kruis', 0.96],
      ['CZ', 0.962],
    ]);
  });

  it('a word in a user row becomes valid for that combination only; prestatiesoorten stay neutral', () => {
    expect(functies.TARIEFPERCENTAGE('CZ', 2027, 'V&V', 'Kleinschalig wonen', null, BELEID_2027)).toBe(0.965);
    expect(functies.TARIEFPERCENTAGE('CZ', 2027, 'V&V', 'ZZP', null, BELEID_2027)).toBe(0.962);
    const f = excelFout(() => functies.TARIEFPERCENTAGE('Zilveren Kruis', 2027, 'V&V', 'kleinschalig wonen', null, BELEID_2027));
    expect(f.message).toBe('onbekend kenmerk "kleinschalig wonen" voor Zilveren Kruis 2027 V&V; geldig zijn: geen');
  });

  it('replaces the embedded policy for exactly its combinations', () => {
    expect(functies.TARIEFPERCENTAGE('CZ', 2023, 'GGZ', null, null, BELEID_2027)).toBe(0.95);
    // The table has no "nieuw" or VPT row for CZ 2023 GGZ: the embedded 93,8% and 100% are replaced too.
    expect(excelFout(() => functies.TARIEFPERCENTAGE('CZ', 2023, 'GGZ', 'nieuw', null, BELEID_2027)).message).toBe(
      'onbekend kenmerk "nieuw" voor CZ 2023 GGZ; geldig zijn: geen',
    );
    expect(functies.TARIEFPERCENTAGE('CZ', 2023, 'GGZ', 'VPT', null, BELEID_2027)).toBe(0.95);
    expect(functies.TARIEFPERCENTAGE('ZK', 2023, 'GGZ', 'geïntegreerd', null, BELEID_2027)).toBe(0.968);
    expect(functies.TARIEFPERCENTAGE('CZ', 2023, 'GGZ', 'VPT')).toBe(1);
    expect(excelFout(() => functies.TARIEFPERCENTAGE('CZ', 2028, 'V&V', null, null, BELEID_2027)).message).toMatch(
      /^geen tariefbeleid van CZ voor 2028 V&V in de ingebouwde bronnen of uw beleidstabel \(wel voor 2027 V&V, 2023 GGZ, 2024 V&V\)/,
    );
  });

  it('makes CONTROLEER compare with the 2027 table', () => {
    const kop = ['Prestatiecode', 'Volume', 'NZa zorg', 'NZa NHC', 'NZa NIC', 'Tariefpercentage', 'Tarief', 'Bedrag'];
    // 0,962 × 150 + 12,34 + 3,21 = 159,85.
    const tabel = [kop, ['Z331', 100, 150, 12.34, 3.21, 0.962, 159.85, 15985]];
    expect(functies.CONTROLEER(tabel, 'CZ', 2027, 'V&V', null, null, BELEID_2027, invocation('Blad1!A1:H2'))).toEqual([
      ['Geen bevindingen'],
    ]);
    const afwijkend = functies.CONTROLEER(
      [kop, ['Z331', 100, 150, 12.34, 3.21, 0.97, 161.05, 16105]],
      'CZ',
      2027,
      'V&V',
      null,
      null,
      BELEID_2027,
      invocation('Blad1!A1:H2'),
    );
    expect(afwijkend[1][3]).toMatch(/hoger dan het beleidspercentage voor CZ 2027 V&V: 96,2%: percentage uit uw beleidstabel/);
  });

  const kop = BELEID_2027[0];
  it.each<[string, Cel[][], string]>([
    ['no rows', [kop], 'beleid: de beleidstabel heeft een kopregel maar geen regels'],
    [
      'a missing Bron column',
      [
        ['Zorgkantoor', 'Jaar', 'Sector', 'Percentage'],
        ['CZ', 2027, 'V&V', 0.96],
      ],
      'beleid, rij 1: kolom Bron ontbreekt in de kopregel; verwacht',
    ],
    [
      'two columns for one meaning',
      [['Zorgkantoor', 'Jaar', 'Sector', 'Percentage', 'Tariefpercentage', 'Bron']],
      'beleid, rij 1: de koppen "Percentage" en "Tariefpercentage" betekenen allebei Percentage; houd er één',
    ],
    ['a missing Bron', [kop, ['CZ', 2027, 'V&V', null, 0.96, null, null, '  ']], 'beleid, rij 2, kolom Bron: Bron ontbreekt'],
    [
      'a percentage > 1',
      [kop, ['CZ', 2027, 'V&V', null, 95.8, null, null, 'x']],
      'beleid, rij 2, kolom Percentage: 95,8 lijkt een percentage als getal; typ 95,8% of 0,958',
    ],
    ['a missing percentage', [kop, ['CZ', 2027, 'V&V', null, null, null, null, 'x']], 'beleid, rij 2, kolom Percentage ontbreekt'],
    [
      'an unreadable NHC/NIC percentage',
      [kop, ['CZ', 2027, 'V&V', null, 0.96, 'veel', null, 'x']],
      'beleid, rij 2, kolom Percentage NHC/NIC: de tekst "veel" is geen getal',
    ],
    [
      'a percentage above the Maximum',
      [kop, ['CZ', 2027, 'V&V', null, 0.99, null, 0.98, 'x']],
      'beleid, rij 2, kolom Percentage: 99,0% is hoger dan het maximum 98,0% in dezelfde regel',
    ],
    [
      'an unknown zorgkantoor',
      [kop, ['Achmea', 2027, 'V&V', null, 0.96, null, null, 'x']],
      'beleid, rij 2, kolom Zorgkantoor: onbekend zorgkantoor "Achmea"',
    ],
    [
      'an unknown sector',
      [kop, ['CZ', 2027, 'Jeugd', null, 0.96, null, null, 'x']],
      'beleid, rij 2, kolom Sector: onbekende sector "Jeugd"',
    ],
    [
      'a bad year',
      [kop, ['CZ', 2027.5, 'V&V', null, 0.96, null, null, 'x']],
      'beleid, rij 2, kolom Jaar moet een geheel getal van 2000 tot en met 2100 zijn, niet 2027,5',
    ],
    [
      'contradictory kenmerken',
      [kop, ['CZ', 2027, 'V&V', 'nieuw; bestaand', 0.96, null, null, 'x']],
      'beleid, rij 2, kolom Kenmerken: tegenstrijdige kenmerken "nieuw" en "bestaand" (aanbieder): geef er één',
    ],
    [
      'a number as kenmerk',
      [kop, ['CZ', 2027, 'V&V', 7, 0.96, null, null, 'x']],
      'beleid, rij 2, kolom Kenmerken: moet tekst zijn zoals "nieuw", niet 7',
    ],
    [
      'two rows for one combination with different percentages',
      [kop, ['CZ', 2027, 'V&V', 'nieuw', 0.94, null, null, 'x'], ['cz', 2027, 'VV', 'Nieuw', 0.95, null, null, 'y']],
      'beleid, rij 3: dezelfde combinatie als rij 2 (CZ 2027 V&V, nieuw) met een ander percentage (95,0% tegen 94,0%); houd één regel per combinatie',
    ],
    [
      'two maxima for one zorgkantoor, year and sector',
      [kop, ['CZ', 2027, 'V&V', null, 0.94, null, 0.97, 'x'], ['CZ', 2027, 'V&V', 'nieuw', 0.93, null, 0.98, 'y']],
      'beleid, rij 3, kolom Maximum: 98,0% wijkt af van het maximum 97,0% in rij 2 voor CZ 2027 V&V',
    ],
    ['a single cell instead of a range', 'WLZ_beleid' as unknown as Cel[][], 'beleid moet een bereik zijn met een kopregel'],
  ])('refuses %s with #VALUE! naming the row and column', (_, tabel, bericht) => {
    const f = excelFout(() => functies.TARIEFPERCENTAGE('CZ', 2027, 'V&V', null, null, tabel));
    expect(f.code).toBe('#VALUE!');
    expect(f.message.startsWith(bericht)).toBe(true);
  });

  it('an empty range is no table: the embedded policy alone', () => {
    expect(excelFout(() => functies.TARIEFPERCENTAGE('CZ', 2027, 'V&V', null, null, [[null, null]])).code).toBe('#N/A');
    expect(functies.TARIEFPERCENTAGE('CZ', 2023, 'GGZ', null, null, [[null, '']])).toBe(0.958);
  });

  it('accepts the same row twice, extra columns, header synonyms and leading empty rows', () => {
    const tabel: Cel[][] = [
      [null, null, null, null, null, null],
      ['Inkoopjaar', 'zorgkantoor', 'SECTOR', 'Tariefpercentage', 'Opmerking', 'Bronvermelding'],
      [2027, 'DSW', 'V&V', '95,0%', 'let op', 'DSW 2027'],
      [2027, 'DSW', 'V&V', 0.95, null, 'DSW 2027'],
    ];
    expect(functies.TARIEFPERCENTAGE('DSW', 2027, 'V&V', null, null, tabel)).toBe(0.95);
  });
});

describe('wlz beleid and wlz controleer with --beleid (xlsx and csv)', () => {
  const { map, opruimen } = tijdelijkeMap();
  afterAll(opruimen);
  const csv = join(map, 'beleid-2027.csv');
  const xlsx = join(map, 'beleid-2027.xlsx');

  beforeAll(async () => {
    writeFileSync(
      csv,
      '\uFEFFZorgkantoor;Jaar;Sector;Kenmerken;Percentage;Bron\r\nCZ;2027;V&V;;96,2%;"CZ Inkoopkader Wlz 2027, §4.2"\r\nCZ;2027;V&V;nieuw;94,0%;"CZ Inkoopkader Wlz 2027, §4.2"\r\n',
    );
    const werkmap = new ExcelJS.Workbook();
    const blad = werkmap.addWorksheet('WLZ_beleid');
    for (const rij of BELEID_2027) blad.addRow(rij);
    await werkmap.xlsx.writeFile(xlsx);
  });

  it('wlz beleid lists the user rows with their Bron, replacing the embedded combination', async () => {
    const r = await wlz(['beleid', '--jaar', '2027', '--beleid', csv]);
    expect(r.code).toBe(0);
    expect(r.uit).toMatch(/^2027 +CZ +V&V +nieuw +94,0% +100,0% +CZ Inkoopkader Wlz 2027, §4\.2; uit uw beleidstabel, rij 3$/m);
    const x = await wlz(['beleid', '--jaar', '2023', '--zorgkantoor', 'CZ', '--beleid', xlsx]);
    expect(x.uit).toMatch(/^2023 +CZ +GGZ +— +95,0% +100,0% +CZ correctiebrief 2023; uit uw beleidstabel, rij 6$/m);
    expect(x.uit).not.toMatch(/^2023 +CZ +GGZ +— +95,8%/m);
  });

  it('a faulty table is a usage error naming the file, row and column', async () => {
    const kapot = join(map, 'kapot.csv');
    writeFileSync(kapot, 'Zorgkantoor;Jaar;Sector;Percentage;Bron\nCZ;2027;V&V;95,8;x\n');
    const r = await wlz(['beleid', '--beleid', kapot]);
    expect(r.code).toBe(2);
    expect(r.fout).toContain(`--beleid: ${kapot}, rij 2, kolom Percentage: 95,8 lijkt een percentage als getal`);
    expect((await wlz(['beleid', '--beleid', join(map, 'bestaat-niet.xlsx')])).code).toBe(2);
  });

  it('a policy file is read by the bounded workbook reader: odd files are a Dutch usage error naming the file', async () => {
    const docx = join(map, 'beleid-als-docx.xlsx');
    writeFileSync(
      docx,
      zip([
        { naam: '[Content_Types].xml', inhoud: '<Types/>' },
        { naam: 'word/document.xml', inhoud: '<w:document/>' },
      ]),
    );
    const fifo = join(map, 'beleid-pijp.csv');
    execFileSync('mkfifo', [fifo]);
    for (const [pad, reden] of [
      [docx, 'geen Excel-werkmap'],
      [fifo, 'pijp (FIFO)'],
      [map, 'dit is een map'],
    ]) {
      const r = await wlz(['beleid', '--beleid', pad]);
      expect(r.code).toBe(2);
      expect(r.fout).toContain(`--beleid: ${pad} is niet te lezen: `);
      expect(r.fout).toContain(reden);
      expect(r.fout).not.toMatch(/\n\s+at /);
    }
  });

  it('wlz controleer takes --beleid and --vorig', async () => {
    const werkmap = new ExcelJS.Workbook();
    const blad = werkmap.addWorksheet('Afspraak');
    blad.addRow(['Prestatiecode', 'Volume', 'NZa zorg', 'NZa NHC', 'NZa NIC', 'Tariefpercentage', 'Tarief', 'Bedrag']);
    blad.addRow(['Z331', 100, 150, 12.34, 3.21, 0.962, 159.85, 15985]);
    const pad = join(map, 'afspraak.xlsx');
    await werkmap.xlsx.writeFile(pad);
    const r = await wlz(['controleer', pad, '--zorgkantoor', 'CZ', '--jaar', '2027', '--sector', 'V&V', '--beleid', csv]);
    expect(r.code).toBe(0);
    expect(r.uit).toContain('Tariefpercentages vergeleken met het beleid van CZ 2027 V&V.');
    const dsw = await wlz([
      'controleer',
      pad,
      '--zorgkantoor',
      'DSW',
      '--jaar',
      '2024',
      '--sector',
      'V&V',
      '--kenmerken',
      'monitor hoger',
      '--vorig',
      '95,2%',
    ]);
    expect(dsw.code).toBe(0);
    expect(dsw.uit).toContain('Tariefpercentages vergeleken met het beleid van DSW 2024 V&V (monitor hoger).');
    const onvolledig = await wlz(['controleer', pad, '--zorgkantoor', 'DSW']);
    expect(onvolledig.code).toBe(0);
    expect(onvolledig.uit).toMatch(/waarschuwing.*--jaar en --sector ontbreken/);
  });
});
