import { maakZip } from '../scripts/zip';

/**
 * Zip files built byte by byte for the reader's tests: workbooks "written by another tool" and
 * hostile ones (a declared size that lies, a part at row 99.999.999). Only what the tests need:
 * stored or deflated entries, and a declared uncompressed size that can be set to anything.
 */

export interface Zipinhoud {
  naam: string;
  inhoud: string | Buffer;
  /** Store instead of deflate. */
  opgeslagen?: boolean;
  /** The uncompressed size written in the headers, when it should lie. */
  grootte?: number;
}

export function zip(delen: Zipinhoud[]): Buffer {
  return maakZip(
    delen.map((deel) => ({
      naam: deel.naam,
      inhoud: Buffer.isBuffer(deel.inhoud) ? deel.inhoud : Buffer.from(deel.inhoud, 'utf8'),
      methode: deel.opgeslagen ? 'opgeslagen' : 'deflate',
      grootte: deel.grootte,
    })),
  );
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface Ruwblad {
  naam: string;
  /** The inside of <sheetData>: rows as XML, as another tool writes them. */
  rijen: string;
  /** Anything before <sheetData> (<cols>) or after it (<mergeCells>). */
  voor?: string;
  na?: string;
}

/**
 * An .xlsx from XML strings, the minimum Excel opens: content types, package and workbook
 * relationships, workbook, sheets; optional shared strings, styles and any extra parts.
 */
export function ruweWerkmap(
  bladen: Ruwblad[],
  opties: { strings?: string[]; stijlen?: string; extra?: Zipinhoud[]; voorvoegsel?: string } = {},
): Buffer {
  const p = opties.voorvoegsel ?? '';
  const el = (naam: string) => (p ? `${p}:${naam}` : naam);
  const xmlns = p ? `xmlns:${p}="${NS}"` : `xmlns="${NS}"`;
  const rels = bladen.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  if (opties.strings) rels.push(`<Relationship Id="rIdS" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (opties.stijlen) rels.push(`<Relationship Id="rIdT" Type="${R}/styles" Target="styles.xml"/>`);
  const delen: Zipinhoud[] = [
    {
      naam: '[Content_Types].xml',
      inhoud: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    },
    {
      naam: '_rels/.rels',
      inhoud: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      naam: 'xl/workbook.xml',
      inhoud: `<?xml version="1.0"?><${el('workbook')} ${xmlns} xmlns:r="${R}"><${el('sheets')}>${bladen.map((b, i) => `<${el('sheet')} name="${b.naam.replace(/&/g, '&amp;')}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</${el('sheets')}></${el('workbook')}>`,
    },
    {
      naam: 'xl/_rels/workbook.xml.rels',
      inhoud: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
    },
    ...bladen.map((b, i) => ({
      naam: `xl/worksheets/sheet${i + 1}.xml`,
      inhoud: `<?xml version="1.0"?><${el('worksheet')} ${xmlns} xmlns:r="${R}">${b.voor ?? ''}<${el('sheetData')}>${b.rijen}</${el('sheetData')}>${b.na ?? ''}</${el('worksheet')}>`,
    })),
  ];
  if (opties.strings)
    delen.push({
      naam: 'xl/sharedStrings.xml',
      inhoud: `<?xml version="1.0"?><sst xmlns="${NS}">${opties.strings.map((s) => (s.startsWith('<') ? `<si>${s}</si>` : `<si><t xml:space="preserve">${s}</t></si>`)).join('')}</sst>`,
    });
  if (opties.stijlen)
    delen.push({ naam: 'xl/styles.xml', inhoud: `<?xml version="1.0"?><styleSheet xmlns="${NS}">${opties.stijlen}</styleSheet>` });
  return zip([...delen, ...(opties.extra ?? [])]);
}
