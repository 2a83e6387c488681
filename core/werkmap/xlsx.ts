import type { Datumcel, Werkblad, Werkmapcel } from './cel';
import { isDatumnotatie, isoVan, serieVan } from './datum';
import { Leesfout, beschadigd } from './fout';
import { MAX_KOLOMMEN, MAX_RIJEN, MAX_UITGEPAKT, alsMb } from './grenzen';
import { type Inflate, type Zipdeel, leesZipmap, pakUit } from './zip';
import { XmlFout, XmlLezer, ontsnapXstring } from './xml';

/**
 * An .xlsx (or .xlsm) read for checking, not for editing (issue 9): only the workbook, its
 * relationships, the shared strings, the styles (to know which numbers are dates) and the worksheets
 * are inflated — never drawings, images, themes, charts or unknown parts — and only after the sum of
 * their declared sizes passed the cap. Sheets are read one element at a time into sparse rows.
 */

export interface Leesopties {
  inflate: Inflate;
  /** Called now and then while a large sheet is read, for progress on the command line. */
  voortgang?: (blad: string, rij: number) => void;
  /** UTF-8 bytes to text, where the platform has something faster than TextDecoder. */
  decodeer?: (bytes: Uint8Array) => string;
}

const REL_DOCUMENT = /\/officeDocument$/;
const REL = { werkblad: /\/worksheet$/, strings: /\/sharedStrings$/, stijlen: /\/styles$/ };

function tekstVan(bytes: Uint8Array, decodeer?: (bytes: Uint8Array) => string): string {
  // Excel writes UTF-8; a part with a UTF-16 byte order mark is read as such.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return decodeer ? decodeer(bytes) : new TextDecoder('utf-8').decode(bytes);
}

/** Why a zip holding no workbook part is not one, naming what it is when that is recognisable. */
function geenWerkmap(delen: Map<string, Zipdeel>): Leesfout {
  const heeft = (naam: string) => delen.has(naam);
  if (heeft('xl/workbook.bin')) return new Leesfout('dit is een binaire Excel-werkmap (.xlsb); sla het bestand in Excel op als .xlsx');
  if (heeft('word/document.xml')) return new Leesfout('dit is een Word-document (.docx), geen Excel-werkmap');
  if (heeft('ppt/presentation.xml')) return new Leesfout('dit is een PowerPoint-presentatie (.pptx), geen Excel-werkmap');
  if (heeft('content.xml') || heeft('mimetype'))
    return new Leesfout('dit is een OpenDocument-bestand (zoals .ods), geen Excel-werkmap; sla het in LibreOffice of Excel op als .xlsx');
  return new Leesfout('dit is een zip-bestand zonder Excel-werkmap erin (geen xl/workbook.xml)');
}

/** "xl/" + "worksheets/sheet1.xml"; "/xl/x.xml" absolute; ".." resolved. */
function pad(basis: string, doel: string): string {
  const delen = doel.startsWith('/') ? [] : basis.split('/').slice(0, -1);
  for (const stuk of doel.replace(/^\//, '').split('/')) {
    if (stuk === '..') delen.pop();
    else if (stuk !== '.' && stuk !== '') delen.push(stuk);
  }
  return delen.join('/');
}

function relsPad(deel: string): string {
  const i = deel.lastIndexOf('/');
  return `${deel.slice(0, i + 1)}_rels/${deel.slice(i + 1)}.rels`;
}

interface Relatie {
  type: string;
  doel: string;
}

function leesRelaties(xml: string, deel: string, bron: string): Map<string, Relatie> {
  const relaties = new Map<string, Relatie>();
  const x = new XmlLezer(xml, deel);
  while (x.volgende()) {
    if (x.soort !== 'open' || x.naam !== 'Relationship' || x.attr('TargetMode') === 'External') continue;
    const id = x.attr('Id');
    const doel = x.attr('Target');
    if (id && doel) relaties.set(id, { type: x.attr('Type') ?? '', doel: pad(bron, doel) });
  }
  return relaties;
}

interface Bladverwijzing {
  naam: string;
  deel: string;
  verborgen: boolean;
}

export async function leesXlsx(bytes: Uint8Array, opties: Leesopties): Promise<Werkblad[]> {
  const delen = leesZipmap(bytes);
  let uitgepakt = 0;
  const deelVan = (naam: string) => delen.get(naam);
  // Bound before inflating: the declared sizes of what was and will be read, summed.
  const begrens = (totaal: number) => {
    if (totaal > MAX_UITGEPAKT) {
      throw new Leesfout(
        `de werkmap is uitgepakt ${alsMb(totaal)} volgens de eigen inhoudsopgave, meer dan de grens van ${alsMb(MAX_UITGEPAKT)}; zo groot is geen productieafspraak (mogelijk een zip-bom)`,
      );
    }
  };
  const alsTekst = async (naam: string): Promise<string | undefined> => {
    const deel = deelVan(naam);
    if (!deel) return undefined;
    begrens((uitgepakt += deel.grootte));
    return tekstVan(await pakUit(bytes, deel, opties.inflate), opties.decodeer);
  };

  try {
    // The package relationships name the workbook part; xl/workbook.xml is where Excel puts it.
    const pakket = await alsTekst('_rels/.rels');
    const document = pakket ? [...leesRelaties(pakket, '_rels/.rels', '').values()].find((r) => REL_DOCUMENT.test(r.type)) : undefined;
    const werkmapDeel = document && delen.has(document.doel) && /\.xml$/i.test(document.doel) ? document.doel : 'xl/workbook.xml';
    if (!delen.has(werkmapDeel)) throw geenWerkmap(delen);

    const werkmapXml = (await alsTekst(werkmapDeel)) as string;
    const relaties = leesRelaties((await alsTekst(relsPad(werkmapDeel))) ?? '', relsPad(werkmapDeel), werkmapDeel);
    const { bladen, datum1904 } = leesWerkmapdeel(werkmapXml, werkmapDeel, relaties);
    const stringsDeel =
      [...relaties.values()].find((r) => REL.strings.test(r.type))?.doel ??
      (delen.has('xl/sharedStrings.xml') ? 'xl/sharedStrings.xml' : undefined);
    const stijlenDeel = [...relaties.values()].find((r) => REL.stijlen.test(r.type))?.doel;

    const nodig = new Set(
      [stringsDeel, stijlenDeel, ...bladen.map((b) => b.deel)].filter((d): d is string => d !== undefined && delen.has(d)),
    );
    begrens(uitgepakt + [...nodig].reduce((som, d) => som + (deelVan(d) as Zipdeel).grootte, 0));

    const strings = stringsDeel ? leesStrings((await alsTekst(stringsDeel)) ?? '', stringsDeel) : [];
    const datumstijlen = stijlenDeel ? leesDatumstijlen((await alsTekst(stijlenDeel)) ?? '', stijlenDeel) : new Set<number>();
    const uit: Werkblad[] = [];
    for (const blad of bladen) {
      const xml = await alsTekst(blad.deel);
      // A sheet the workbook names but the zip lacks: Excel repairs it to an empty sheet.
      const inhoud =
        xml === undefined
          ? { raster: [], verborgenKolommen: new Set<number>() }
          : leesBlad(xml, blad, { strings, datumstijlen, datum1904, voortgang: opties.voortgang });
      uit.push({ naam: blad.naam, verborgen: blad.verborgen, ...inhoud });
    }
    return uit;
  } catch (fout) {
    if (fout instanceof XmlFout) throw beschadigd(fout.deel, fout.detail);
    throw fout;
  }
}

function leesWerkmapdeel(xml: string, deel: string, relaties: Map<string, Relatie>): { bladen: Bladverwijzing[]; datum1904: boolean } {
  const bladen: Bladverwijzing[] = [];
  let datum1904 = false;
  const x = new XmlLezer(xml, deel);
  while (x.volgende()) {
    if (x.soort !== 'open') continue;
    if (x.naam === 'workbookPr') datum1904 = waar(x.attr('date1904'));
    else if (x.naam === 'sheet') {
      const relatie = relaties.get(x.attr('id') ?? '');
      // Chart sheets, dialog and macro sheets hold no table.
      if (!relatie || !REL.werkblad.test(relatie.type)) continue;
      const staat = x.attr('state');
      bladen.push({
        naam: x.attr('name') ?? `Blad${bladen.length + 1}`,
        deel: relatie.doel,
        verborgen: staat === 'hidden' || staat === 'veryHidden',
      });
    }
  }
  return { bladen, datum1904 };
}

function waar(waarde: string | undefined): boolean {
  return waarde === '1' || waarde === 'true';
}

/** The shared strings: plain or rich text (runs joined), without phonetic hints. */
function leesStrings(xml: string, deel: string): string[] {
  const strings: string[] = [];
  const x = new XmlLezer(xml, deel);
  while (x.volgende()) if (x.soort === 'open' && x.naam === 'si') strings.push(leesTekstelement(x));
  return strings;
}

/** The text of an `<si>` or `<is>` element: its `<t>` elements, skipping `<rPh>` (phonetic runs). */
function leesTekstelement(x: XmlLezer): string {
  if (x.leeg) return '';
  let tekst = '';
  let diepte = 1;
  while (diepte > 0 && x.volgende()) {
    if (x.soort === 'open') {
      if (x.naam === 't') tekst += x.tekstTot();
      else if (x.naam === 'rPh') x.slaOver();
      else if (!x.leeg) diepte += 1;
    } else if (x.soort === 'sluit') diepte -= 1;
  }
  return ontsnapXstring(tekst);
}

/** The indexes of the cell styles (cellXfs) whose number format shows a date or time. */
function leesDatumstijlen(xml: string, deel: string): Set<number> {
  const codes = new Map<number, string>();
  const stijlen = new Set<number>();
  const x = new XmlLezer(xml, deel);
  let inCellXfs = false;
  let index = 0;
  while (x.volgende()) {
    if (x.soort === 'open' && x.naam === 'numFmt') codes.set(Number(x.attr('numFmtId')), x.attr('formatCode') ?? '');
    else if (x.soort === 'open' && x.naam === 'cellXfs') inCellXfs = !x.leeg;
    else if (x.soort === 'sluit' && x.naam === 'cellXfs') inCellXfs = false;
    else if (inCellXfs && x.soort === 'open' && x.naam === 'xf') {
      const id = Number(x.attr('numFmtId') ?? 0);
      if (isDatumnotatie(id, codes.get(id))) stijlen.add(index);
      index += 1;
      x.slaOver();
    }
  }
  return stijlen;
}

interface Bladcontext {
  strings: string[];
  datumstijlen: Set<number>;
  datum1904: boolean;
  voortgang?: (blad: string, rij: number) => void;
}

/** "B5" → [4, 1] (0-based row, column); undefined for an unreadable reference. */
function leesCelverwijzing(ref: string): [number, number] | undefined {
  let kolom = 0;
  let p = 0;
  for (; p < ref.length; p += 1) {
    const c = ref.charCodeAt(p) | 0x20;
    if (c < 97 || c > 122) break;
    kolom = kolom * 26 + (c - 96);
  }
  if (p === 0 || p === ref.length) return undefined;
  const rij = Number(ref.slice(p));
  if (!Number.isInteger(rij)) return undefined;
  return [rij - 1, kolom - 1];
}

function kolomLetters(kolom: number): string {
  let letters = '';
  for (let n = kolom + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function buitenBlad(blad: string, rij: number, kolom: number): Leesfout {
  const waar = rij >= MAX_RIJEN ? `rij ${(rij + 1).toLocaleString('nl-NL')}` : `kolom ${kolomLetters(kolom)}`;
  return new Leesfout(
    `blad "${blad}" heeft een cel op ${waar}, buiten wat Excel kent (hoogstens 1.048.576 rijen en 16.384 kolommen, tot XFD); het bestand is niet door Excel gemaakt of beschadigd`,
  );
}

/**
 * A shared formula's text for a cell other than its first: its relative references moved by the
 * offset (ECMA-376 Part 1, §18.3.1.40), for the message about a formula without a stored result.
 */
function verschuif(formule: string, rijen: number, kolommen: number): string {
  return formule
    .split('"')
    .map((stuk, i) =>
      i % 2
        ? stuk
        : stuk.replace(
            /(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g,
            (_, vk: string, k: string, vr: string, r: string) => {
              const kolom = vk ? k : kolomLetters((leesCelverwijzing(`${k}1`) as [number, number])[1] + kolommen);
              return `${vk}${kolom}${vr}${vr ? r : Number(r) + rijen}`;
            },
          ),
    )
    .join('"');
}

function leesBlad(xml: string, blad: Bladverwijzing, ctx: Bladcontext): Pick<Werkblad, 'raster' | 'verborgenKolommen'> {
  const raster: Werkmapcel[][] = [];
  const verborgenKolommen = new Set<number>();
  const gedeeld = new Map<string, { formule: string; rij: number; kolom: number }>();
  const x = new XmlLezer(xml, blad.deel);
  let rij = -1;
  let kolom = -1;
  let rijen: Werkmapcel[] | undefined;
  while (x.volgende()) {
    if (x.soort !== 'open') continue;
    const naam = x.naam;
    if (naam === 'c') {
      const ref = x.attr('r');
      const plek = ref === undefined ? undefined : leesCelverwijzing(ref);
      if (plek) {
        if (plek[0] !== rij) {
          rij = plek[0];
          rijen = undefined;
        }
        kolom = plek[1];
      } else kolom += 1;
      if (rij < 0) rij = 0;
      if (rij >= MAX_RIJEN || kolom >= MAX_KOLOMMEN) throw buitenBlad(blad.naam, rij, kolom);
      const waarde = leesCel(x, ctx, rij, kolom, gedeeld);
      if (waarde !== null) {
        if (!rijen) rijen = raster[rij] ??= [];
        rijen[kolom] = waarde;
      }
    } else if (naam === 'row') {
      const r = x.attr('r');
      rij = r === undefined ? rij + 1 : Number(r) - 1;
      if (!Number.isInteger(rij) || rij < 0) throw beschadigd(blad.deel, `ongeldig rijnummer "${r}"`);
      if (rij >= MAX_RIJEN) throw buitenBlad(blad.naam, rij, 0);
      rijen = undefined;
      kolom = -1;
      if (ctx.voortgang && rij % 10_000 === 0) ctx.voortgang(blad.naam, rij + 1);
    } else if (naam === 'col') {
      if (!waar(x.attr('hidden'))) continue;
      const van = Number(x.attr('min'));
      const tot = Math.min(Number(x.attr('max')), MAX_KOLOMMEN);
      // A range of hidden columns up to XFD is common ("hide the rest"): only store what is near data.
      for (let k = van; k <= tot && k - van < 1024; k += 1) verborgenKolommen.add(k - 1);
    }
  }
  return { raster, verborgenKolommen };
}

/** One `<c>` element (the lezer is on its open tag) as a plain value; null for an empty cell. */
function leesCel(
  x: XmlLezer,
  ctx: Bladcontext,
  rij: number,
  kolom: number,
  gedeeld: Map<string, { formule: string; rij: number; kolom: number }>,
): Werkmapcel {
  const type = x.attr('t') ?? 'n';
  const stijl = Number(x.attr('s') ?? 0);
  if (x.leeg) return null;
  let v: string | undefined;
  let formule: string | undefined;
  let inline: string | undefined;
  let diepte = 1;
  while (diepte > 0 && x.volgende()) {
    if (x.soort === 'open') {
      if (x.naam === 'v') v = x.tekstTot();
      else if (x.naam === 'f') {
        const si = x.attr('si');
        const soort = x.attr('t');
        const tekst = x.tekstTot();
        if (soort === 'shared' && si !== undefined) {
          const meester = gedeeld.get(si);
          if (tekst !== '' || !meester) gedeeld.set(si, { formule: tekst, rij, kolom });
          formule = tekst !== '' || !meester ? tekst : verschuif(meester.formule, rij - meester.rij, kolom - meester.kolom);
        } else formule = tekst;
      } else if (x.naam === 'is') inline = leesTekstelement(x);
      else if (!x.leeg) diepte += 1;
    } else if (x.soort === 'sluit') diepte -= 1;
  }
  if (type === 'inlineStr') return inline ?? (v !== undefined ? ontsnapXstring(v) : null);
  if (v === undefined) return formule !== undefined ? { formule } : null;
  switch (type) {
    case 's': {
      const tekst = ctx.strings[Number(v)];
      if (tekst === undefined)
        throw beschadigd('sharedStrings', `cel ${kolomLetters(kolom)}${rij + 1} verwijst naar tekst ${v}, die niet bestaat`);
      return tekst;
    }
    case 'str':
      return ontsnapXstring(v);
    case 'b':
      return v === '1' || v === 'true';
    case 'e':
      return v.trim();
    case 'd': {
      // ISO 8601 date cells (t="d"), as Excel writes them in strict mode and some tools always.
      const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(v) || !v.includes('T') ? v : `${v}Z`);
      if (Number.isNaN(ms)) throw beschadigd(x.deel, `cel ${kolomLetters(kolom)}${rij + 1} heeft een ongeldige datum "${v}"`);
      const datum = serieVan(ms, ctx.datum1904);
      return { datum, iso: isoVan(datum, ctx.datum1904) } satisfies Datumcel;
    }
    default: {
      if (v.trim() === '') return null;
      const getal = Number(v);
      if (!Number.isFinite(getal)) throw beschadigd(x.deel, `cel ${kolomLetters(kolom)}${rij + 1} heeft een ongeldig getal "${v}"`);
      return ctx.datumstijlen.has(stijl) ? ({ datum: getal, iso: isoVan(getal, ctx.datum1904) } satisfies Datumcel) : getal;
    }
  }
}
