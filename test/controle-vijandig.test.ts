import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { schoneRegels, schrijfWerkmap, tabelBlad, tabelRijen } from '../scripts/maak-controle-voorbeelden';
import { tijdelijkeMap, vingerafdruk, wlz } from './controle-hulp';
import { ruweWerkmap, zip } from './zipbouwer';

/**
 * `wlz controleer` on hostile and odd files (issue 9): each is refused quickly with exit 2 and a
 * Dutch reason naming the file, nothing large is ever inflated, the other files of a folder are still
 * checked, and no file changes.
 */

const { map: wortel, opruimen } = tijdelijkeMap();
afterAll(opruimen);
const pad = (...delen: string[]) => join(wortel, ...delen);

const KOP =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Code</t></is></c><c r="B1" t="inlineStr"><is><t>Volume</t></is></c><c r="C1" t="inlineStr"><is><t>Bedrag</t></is></c></row>';

const t = (ref: string, tekst: string) => `<c r="${ref}" t="inlineStr"><is><t>${tekst}</t></is></c>`;
const n = (ref: string, getal: number) => `<c r="${ref}"><v>${getal}</v></c>`;
/** A clean table as raw XML: 2 × (100% × € 5,00) = € 10,00. */
const schoneRuweRijen =
  `<row r="1">${t('A1', 'Code')}${t('B1', 'Volume')}${t('C1', 'NZa zorg')}${t('D1', 'Tariefpercentage')}${t('E1', 'Tarief')}${t('F1', 'Bedrag')}</row>` +
  `<row r="2">${t('A2', 'Z331')}${n('B2', 2)}${n('C2', 5)}${n('D2', 1)}${n('E2', 5)}${n('F2', 10)}</row>`;

beforeAll(async () => {
  mkdirSync(pad('map'));
  await schrijfWerkmap(pad('map', 'a-schoon.xlsx'), [tabelBlad('Productieafspraak', tabelRijen(schoneRegels(), { formules: true }))]);
  // 1,7 KB: one cell at row 99.999.999 (Excel stops at 1.048.576).
  writeFileSync(
    pad('map', 'b-ver-weg.xlsx'),
    ruweWerkmap([{ naam: 'Blad1', rijen: `${KOP}<row r="99999999"><c r="A99999999"><v>1</v></c></row>` }]),
  );
  writeFileSync(pad('map', 'c-kolom.xlsx'), ruweWerkmap([{ naam: 'Blad1', rijen: `${KOP}<row r="2"><c r="XFE2"><v>1</v></c></row>` }]));
  // A zip bomb at small scale: the sheet says it unpacks to 3 GB.
  writeFileSync(
    pad('map', 'd-bom.xlsx'),
    zip([
      ...zipDelen(ruweWerkmap([{ naam: 'Blad1', rijen: KOP }])),
      { naam: 'xl/worksheets/sheet1.xml', inhoud: Buffer.alloc(1000), grootte: 3 * 1024 ** 3 },
    ]),
  );
  // A bomb that lies the other way: declared 2 KB, inflates to 20 MB of zeros.
  writeFileSync(
    pad('map', 'e-liegt.xlsx'),
    zip([
      ...zipDelen(ruweWerkmap([{ naam: 'Blad1', rijen: KOP }])),
      { naam: 'xl/worksheets/sheet1.xml', inhoud: Buffer.alloc(20 * 1024 * 1024), grootte: 2048 },
    ]),
  );
  writeFileSync(
    pad('map', 'f-docx.xlsx'),
    zip([
      { naam: '[Content_Types].xml', inhoud: '<Types/>' },
      { naam: 'word/document.xml', inhoud: '<w:document/>' },
    ]),
  );
  writeFileSync(
    pad('map', 'g-ods.xlsx'),
    zip([
      { naam: 'mimetype', inhoud: 'application/vnd.oasis.opendocument.spreadsheet', opgeslagen: true },
      { naam: 'content.xml', inhoud: '<office:document-content/>' },
    ]),
  );
  writeFileSync(
    pad('map', 'h-xlsb.xlsx'),
    zip([
      { naam: '[Content_Types].xml', inhoud: '<Types/>' },
      { naam: 'xl/workbook.bin', inhoud: Buffer.alloc(100) },
    ]),
  );
  writeFileSync(pad('map', 'i-zip.xlsx'), zip([{ naam: 'leesmij.txt', inhoud: 'hallo' }]));
  execFileSync('mkfifo', [pad('map', 'j-pijp.xlsx')]);
  symlinkSync(pad('map', 'a-schoon.xlsx'), pad('map', 'k-link.xlsx'));
  symlinkSync(pad('bestaat-niet.xlsx'), pad('map', 'l-kapotte-link.xlsx'));
  // A theme part declaring 1 GB beside a clean workbook: never inflated, the workbook is checked.
  writeFileSync(
    pad('map', 'm-thema.xlsx'),
    zip([
      ...zipDelen(ruweWerkmap([{ naam: 'Blad1', rijen: schoneRuweRijen }]), ''),
      { naam: 'xl/theme/theme1.xml', inhoud: Buffer.alloc(1000), grootte: 1024 ** 3 },
    ]),
  );
  // A malformed sheet (an unclosed attribute) is "beschadigd", in one Dutch line.
  writeFileSync(pad('map', 'n-kapot.xlsx'), ruweWerkmap([{ naam: 'Blad1', rijen: '<row r="1"><c r="A1 t="s"><v>0</v></c></row>' }]));
  mkdirSync(pad('map', 'o-submap.xlsx'));
});

/** The parts of a zip built by ruweWerkmap, to rebuild it with one part swapped. */
function zipDelen(bytes: Buffer, zonder = 'xl/worksheets/sheet1.xml'): { naam: string; inhoud: Buffer }[] {
  const uit: { naam: string; inhoud: Buffer }[] = [];
  for (let p = 0; bytes.readUInt32LE(p) === 0x04034b50;) {
    const gecomprimeerd = bytes.readUInt32LE(p + 18);
    const naamLengte = bytes.readUInt16LE(p + 26);
    const naam = bytes.subarray(p + 30, p + 30 + naamLengte).toString();
    const data = bytes.subarray(p + 30 + naamLengte, p + 30 + naamLengte + gecomprimeerd);
    if (naam !== zonder) uit.push({ naam, inhoud: inflateRawSync(data) });
    p += 30 + naamLengte + gecomprimeerd;
  }
  return uit;
}

type Rapport = { bestanden: ({ pad: string; fout: string } | { pad: string; bevindingen: { cel?: string }[] })[] };

describe('wlz controleer on hostile files', () => {
  let uitkomst: { code: number; rapport: Rapport; tekst: string };
  const reden = (naam: string) => {
    const b = uitkomst.rapport.bestanden.find((x) => x.pad === pad('map', naam));
    return b && 'fout' in b ? b.fout : b;
  };

  beforeAll(async () => {
    const voor = vingerafdruk(pad('map'));
    const r = await wlz(['controleer', pad('map'), '--json']);
    const tekst = await wlz(['controleer', pad('map')]);
    expect(vingerafdruk(pad('map'))).toEqual(voor);
    uitkomst = { code: r.code, rapport: JSON.parse(r.uit), tekst: tekst.uit };
  });

  it('exit 2, every file listed in order, subfolders left out', () => {
    expect(uitkomst.code).toBe(2);
    expect(uitkomst.rapport.bestanden.map((b) => b.pad.slice(pad('map').length + 1))).toEqual([
      'a-schoon.xlsx',
      'b-ver-weg.xlsx',
      'c-kolom.xlsx',
      'd-bom.xlsx',
      'e-liegt.xlsx',
      'f-docx.xlsx',
      'g-ods.xlsx',
      'h-xlsb.xlsx',
      'i-zip.xlsx',
      'j-pijp.xlsx',
      'k-link.xlsx',
      'l-kapotte-link.xlsx',
      'm-thema.xlsx',
      'n-kapot.xlsx',
    ]);
  });

  it('the clean workbook, the symlink to it and the one with a 1 GB theme part are checked: zero findings', () => {
    for (const naam of ['a-schoon.xlsx', 'k-link.xlsx', 'm-thema.xlsx']) expect(reden(naam)).toMatchObject({ bevindingen: [] });
  });

  it.each([
    ['b-ver-weg.xlsx', /^blad "Blad1" heeft een cel op rij 99\.999\.999, buiten wat Excel kent/],
    ['c-kolom.xlsx', /^blad "Blad1" heeft een cel op kolom XFE, buiten wat Excel kent/],
    ['d-bom.xlsx', /^de werkmap is uitgepakt 3\.07\d MB volgens de eigen inhoudsopgave, meer dan de grens van 256 MB; .*zip-bom/],
    [
      'e-liegt.xlsx',
      /^de Excel-werkmap is beschadigd en kan niet gelezen worden \(xl\/worksheets\/sheet1\.xml: uitpakken mislukt of het onderdeel is groter dan de inhoudsopgave zegt\)$/,
    ],
    ['f-docx.xlsx', /^dit is een Word-document \(\.docx\), geen Excel-werkmap$/],
    ['g-ods.xlsx', /^dit is een OpenDocument-bestand \(zoals \.ods\)/],
    ['h-xlsb.xlsx', /^dit is een binaire Excel-werkmap \(\.xlsb\)/],
    ['i-zip.xlsx', /^dit is een zip-bestand zonder Excel-werkmap erin/],
    ['j-pijp.xlsx', /^dit is een pijp \(FIFO\), geen bestand/],
    ['l-kapotte-link.xlsx', /^bestand niet gevonden$/],
    ['n-kapot.xlsx', /^de Excel-werkmap is beschadigd en kan niet gelezen worden \(xl\/worksheets\/sheet1\.xml: /],
  ])('%s: refused with a Dutch reason', (naam, bericht) => {
    expect(reden(naam)).toMatch(bericht);
    expect(uitkomst.tekst).toContain(`${pad('map', naam)}\n  NIET TE LEZEN: `);
  });

  it('a device or a folder given as a file: exit 2 with the reason', async () => {
    const nul = await wlz(['controleer', '/dev/zero', '--json']);
    expect(nul.code).toBe(2);
    expect(JSON.parse(nul.uit).bestanden).toEqual([{ pad: '/dev/zero', fout: 'dit is een apparaat (zoals /dev/zero), geen bestand' }]);
  });

  it('a 2 MB file of zeros named .csv is read as text, not a hang or a crash', async () => {
    writeFileSync(pad('nullen.csv'), Buffer.alloc(2 * 1024 * 1024));
    const r = await wlz(['controleer', pad('nullen.csv'), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.uit).bestanden[0].bevindingen).toEqual([
      expect.objectContaining({ ernst: 'waarschuwing', bericht: expect.stringMatching(/^geen productieafspraaktabel herkend/) }),
    ]);
  });

  it('raw deflate that is not deflate is "beschadigd", never an English zlib message', async () => {
    const kapot = zip(zipDelen(ruweWerkmap([{ naam: 'Blad1', rijen: KOP }]), ''));
    // Overwrite the deflated workbook part with bytes that are no deflate stream.
    const i = kapot.indexOf('xl/workbook.xml') + 'xl/workbook.xml'.length;
    kapot.fill(0xff, i, i + 20);
    writeFileSync(pad('kapotte-deflate.xlsx'), kapot);
    const r = await wlz(['controleer', pad('kapotte-deflate.xlsx'), '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.uit).bestanden[0].fout).toMatch(/^de Excel-werkmap is beschadigd en kan niet gelezen worden \(xl\/workbook\.xml: /);
  });
});
