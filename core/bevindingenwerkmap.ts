/**
 * The findings workbook of `wlz controleer --rapport` (columns Bestand, Blad, Cel, Ernst, Bericht,
 * Verwacht, Gevonden; the cell a HYPERLINK to the checked workbook), written as .xlsx bytes by pure
 * code, so the task pane can offer the same report as a download outside Excel without a library.
 * The zip is stored (not compressed): a report is small, and no inflate code is needed to write it.
 */

export interface Rapportregel {
  bestand: string;
  blad: string;
  /** "Blad!J5" as shown; empty for a finding about the whole file. */
  cel: string;
  /** The HYPERLINK target ("[afspraak.xlsx]Blad!J5"); without it the cell is plain text. */
  link?: string;
  ernst: string;
  bericht: string;
  verwacht: string;
  gevonden: string;
}

const KOPPEN = ['Bestand', 'Blad', 'Cel', 'Ernst', 'Bericht', 'Verwacht', 'Gevonden'];
const BREEDTES = [40, 20, 22, 14, 100, 16, 16];

const xml = (tekst: string) =>
  tekst
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Control characters are not allowed in XML 1.0; a finding never needs them.
    // eslint-disable-next-line no-control-regex -- matching exactly those characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
const literal = (tekst: string) => `"${tekst.replace(/"/g, '""')}"`;
const kolom = (i: number) => String.fromCharCode(65 + i);

function tekstcel(ref: string, tekst: string, stijl = 0): string {
  return `<c r="${ref}" t="inlineStr"${stijl ? ` s="${stijl}"` : ''}><is><t xml:space="preserve">${xml(tekst)}</t></is></c>`;
}

function blad(regels: readonly Rapportregel[]): string {
  const rijen = [`<row r="1">${KOPPEN.map((k, i) => tekstcel(`${kolom(i)}1`, k, 1)).join('')}</row>`];
  regels.forEach((r, n) => {
    const rij = n + 2;
    const waarden = [r.bestand, r.blad, r.cel, r.ernst, r.bericht, r.verwacht, r.gevonden];
    const cellen = waarden.map((w, i) => {
      const ref = `${kolom(i)}${rij}`;
      if (i === 2 && r.link)
        return `<c r="${ref}" t="str"><f>${xml(`HYPERLINK(${literal(r.link)},${literal(r.cel)})`)}</f><v>${xml(r.cel)}</v></c>`;
      return w === '' ? '' : tekstcel(ref, w);
    });
    rijen.push(`<row r="${rij}">${cellen.join('')}</row>`);
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `<cols>${BREEDTES.map((b, i) => `<col min="${i + 1}" max="${i + 1}" width="${b}" customWidth="1"/>`).join('')}</cols>` +
    `<sheetData>${rijen.join('')}</sheetData>` +
    `<autoFilter ref="A1:G${regels.length + 1}"/>` +
    '</worksheet>'
  );
}

const DELEN = (regels: readonly Rapportregel[]): Array<[string, string]> => [
  [
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
  ],
  [
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  ],
  [
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Bevindingen" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Bevindingen!$A$1:$G$' +
      (regels.length + 1) +
      '</definedName></definedNames></workbook>',
  ],
  [
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  ],
  [
    'xl/styles.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf/><xf fontId="1" applyFont="1"/></cellXfs></styleSheet>',
  ],
  ['xl/worksheets/sheet1.xml', blad(regels)],
];

const CRC_TABEL = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) crc = CRC_TABEL[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip of stored entries (method 0), with its central directory. */
function zip(bestanden: Array<[string, Uint8Array]>): Uint8Array {
  const utf8 = new TextEncoder();
  const lokaal: Uint8Array[] = [];
  const centraal: Uint8Array[] = [];
  let plek = 0;
  for (const [naam, inhoud] of bestanden) {
    const n = utf8.encode(naam);
    const crc = crc32(inhoud);
    const kop = new Uint8Array(30 + n.length);
    const k = new DataView(kop.buffer);
    k.setUint32(0, 0x04034b50, true);
    k.setUint16(4, 20, true);
    k.setUint16(6, 0x0800, true); // UTF-8 names
    k.setUint32(14, crc, true);
    k.setUint32(18, inhoud.length, true);
    k.setUint32(22, inhoud.length, true);
    k.setUint16(26, n.length, true);
    kop.set(n, 30);
    const ingang = new Uint8Array(46 + n.length);
    const c = new DataView(ingang.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(8, 0x0800, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, inhoud.length, true);
    c.setUint32(24, inhoud.length, true);
    c.setUint16(28, n.length, true);
    c.setUint32(42, plek, true);
    ingang.set(n, 46);
    lokaal.push(kop, inhoud);
    centraal.push(ingang);
    plek += kop.length + inhoud.length;
  }
  const grootte = centraal.reduce((s, d) => s + d.length, 0);
  const einde = new Uint8Array(22);
  const e = new DataView(einde.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, bestanden.length, true);
  e.setUint16(10, bestanden.length, true);
  e.setUint32(12, grootte, true);
  e.setUint32(16, plek, true);
  const delen = [...lokaal, ...centraal, einde];
  const uit = new Uint8Array(delen.reduce((s, d) => s + d.length, 0));
  let p = 0;
  for (const d of delen) {
    uit.set(d, p);
    p += d.length;
  }
  return uit;
}

/** The findings workbook as .xlsx bytes: one sheet "Bevindingen", one row per finding. */
export function bevindingenwerkmap(regels: readonly Rapportregel[]): Uint8Array {
  const utf8 = new TextEncoder();
  return zip(DELEN(regels).map(([naam, tekst]) => [naam, utf8.encode(tekst)]));
}
