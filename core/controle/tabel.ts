import { normaliseer } from '../invoer';
import { isLegeRegelcel } from '../regels';
import type { Werkmapcel } from '../werkmap/cel';
import { type Oorsprong, kolomLetter } from './adres';
import { GETALKOLOMMEN, type Kolomsoort, herkenKop } from './kolommen';

/**
 * The table model of a productieafspraak (docs/contract.md §5 "Real workbooks"): where each table's header row is,
 * which column is which (per-year and hidden columns chosen), which rows are lines, which are
 * subtotals of a section and which is the grand total, and which rows were skipped and why. Works
 * on plain cell values, so a range from Excel and a sheet read from a file are the same thing to the
 * checks.
 */

export type { FormuleZonderUitkomst } from '../werkmap/cel';
/** A cell as Excel hands it over, or as the workbook reader reads it from a file (formulas, dates). */
export type Rastercel = Werkmapcel;
/** Rows of cells; rows may be of different lengths or missing (a missing cell is empty). */
export type Raster = ReadonlyArray<ReadonlyArray<Rastercel> | undefined>;

export interface Kolom {
  soort: Kolomsoort;
  /** Index into each row of the raster. */
  index: number;
  /** The header as the user wrote it (both header rows joined when there are two). */
  naam: string;
  /** Column letter(s) on the sheet. */
  letter: string;
  /** The year in the header ("Volume 2023"), if any. */
  jaar?: number;
  verborgen?: boolean;
}

export interface Tabelrij {
  /** Row number on the sheet. */
  rij: number;
  cellen: ReadonlyArray<Rastercel>;
}

/** A subtotal of a section or the grand total, with the rows it should add up. */
export interface Totaalrij extends Tabelrij {
  soort: 'subtotaal' | 'totaal';
  label: string;
  /** The lines of its section, or — for a total over subtotals — those subtotal rows. */
  over: Tabelrij[];
  overSubtotalen: boolean;
  /** For the grand total: the subtotals and lines outside any subtotal, the sum a total formula over the subtotals makes. */
  topniveau?: Tabelrij[];
}

export interface Tabel {
  oorsprong: Oorsprong;
  /** Sheet row of the (first) header row: table-level findings are reported here. */
  kopRij: number;
  kolommen: Partial<Record<Kolomsoort, Kolom>>;
  /** A second visible column with the same meaning and no year to tell them apart: not checked. */
  dubbel: Kolom[];
  /** Columns with a meaning that were not read, and why ("ander jaar", "verborgen"). */
  nietGelezen: { kolom: Kolom; reden: string }[];
  /** First and last header column: where table-level findings point. */
  eersteKolom: { index: number; letter: string };
  regels: Tabelrij[];
  /** Subtotals and the grand total, in sheet order. */
  totalen: Totaalrij[];
  /** The grand total, if the table has one (also in `totalen`). */
  totaal?: Totaalrij;
  /** Non-empty rows that are neither line nor total, with the reason, for the report. */
  overgeslagen: { rij: number; reden: string }[];
  /** "B3:K14": header to the last line or total, for reports. */
  bereik: string;
}

export interface Tabelopties {
  /** The year asked (`--jaar`): of per-year columns, that year's is read; else the latest. */
  jaar?: number;
  /** 0-based raster indexes of hidden columns. */
  verborgenKolommen?: ReadonlySet<number>;
}

export { isDatumcel, isFormuleZonderUitkomst } from '../werkmap/cel';

/**
 * Empty the way a line cell is empty: null, "", spaces, or the 0 Excel desktop hands over for an
 * empty cell in a range (docs/contract.md §1 "empty"); a formula without a result or a date is not empty.
 */
export function isLegeCel(cel: Rastercel): boolean {
  return typeof cel !== 'object' || cel === null ? isLegeRegelcel(cel) : false;
}

const JAAR = /\b(19[9]\d|20\d\d)\b/;

/**
 * The header labels of one row: text cells, and whole numbers that are years (a sub-header "2023"
 * under a merged "Volume"); any other number is never a header.
 */
function labels(rij: ReadonlyArray<Rastercel> | undefined): (string | undefined)[] {
  return Array.from(rij ?? [], (cel) =>
    typeof cel === 'string' && cel.trim() !== ''
      ? cel.trim().replace(/\s+/g, ' ')
      : typeof cel === 'number' && Number.isInteger(cel) && JAAR.test(String(cel))
        ? String(cel)
        : undefined,
  );
}

/** One header cell: the full text (group and sub-header joined) and the sub-header alone. */
interface Kopcel {
  naam: string;
  sub?: string;
}

/**
 * Two header rows as one: a group header merged over several columns ("NZa-maximumtarief" over
 * "Zorg", "NHC", "NIC") holds its text in the first column only, as Excel hands over a merged range,
 * so an empty top cell with a sub-header below takes the group header from the left.
 */
function combineer(boven: (string | undefined)[], onder: (string | undefined)[]): (Kopcel | undefined)[] {
  const breedte = Math.max(boven.length, onder.length);
  const uit: (Kopcel | undefined)[] = [];
  let groep: string | undefined;
  for (let c = 0; c < breedte; c += 1) {
    const b = onder[c];
    // Only a header with a sub-header below it starts a group; a vertically merged one ("Volume" over
    // both rows) leaves an empty cell below and is a column of its own.
    if (boven[c] !== undefined) groep = b === undefined ? undefined : boven[c];
    else if (b === undefined) groep = undefined;
    const t = boven[c] ?? groep;
    uit.push(
      t !== undefined && b !== undefined && t !== b
        ? { naam: `${t} ${b}`, sub: b }
        : t !== undefined || b !== undefined
          ? { naam: (t ?? b) as string }
          : undefined,
    );
  }
  return uit;
}

interface Herkenning {
  kolommen: Partial<Record<Kolomsoort, Kolom>>;
  dubbel: Kolom[];
  nietGelezen: { kolom: Kolom; reden: string }[];
  aantal: number;
  koppen: (Kopcel | undefined)[];
}

/** A header's meaning: the full text, else the sub-header alone ("NZa-maximumtarief NHC" → NHC). */
function betekenis(kop: Kopcel): Kolomsoort | undefined {
  return herkenKop(kop.naam) ?? (kop.sub !== undefined ? herkenKop(kop.sub) : undefined);
}

/**
 * Which column is which. Of several columns with one meaning: a visible one before a hidden one;
 * then the asked year's, else the latest year's (docs/contract.md §5 "columns per year"); without years the first,
 * the others listed as `dubbel`.
 */
function herken(koppen: (Kopcel | undefined)[], oorsprong: Oorsprong, opties: Tabelopties): Herkenning {
  const kandidaten = new Map<Kolomsoort, Kolom[]>();
  koppen.forEach((kop, index) => {
    const soort = kop === undefined ? undefined : betekenis(kop);
    if (!soort || kop === undefined) return;
    const jaar = JAAR.exec(kop.naam);
    const kolom: Kolom = { soort, index, naam: kop.naam, letter: kolomLetter(oorsprong.kolom + index) };
    if (jaar) kolom.jaar = Number(jaar[1]);
    if (opties.verborgenKolommen?.has(index + oorsprong.kolom - 1)) kolom.verborgen = true;
    kandidaten.set(soort, [...(kandidaten.get(soort) ?? []), kolom]);
  });
  const kolommen: Partial<Record<Kolomsoort, Kolom>> = {};
  const dubbel: Kolom[] = [];
  const nietGelezen: { kolom: Kolom; reden: string }[] = [];
  for (const [soort, lijst] of kandidaten) {
    const zichtbaar = lijst.filter((k) => !k.verborgen);
    const keuze = zichtbaar.length > 0 ? zichtbaar : lijst;
    const metJaar = keuze.filter((k) => k.jaar !== undefined);
    const gevraagd = opties.jaar === undefined ? undefined : metJaar.find((k) => k.jaar === opties.jaar);
    const laatste = metJaar.reduce<Kolom | undefined>(
      (beste, k) => (!beste || (k.jaar as number) > (beste.jaar as number) ? k : beste),
      undefined,
    );
    // "Bedrag" beside "Bedrag 2022": the one without a year is this year's agreement.
    const gekozen = gevraagd ?? (metJaar.length === keuze.length ? laatste : keuze.find((k) => k.jaar === undefined)) ?? keuze[0];
    kolommen[soort] = gekozen;
    for (const k of lijst) {
      if (k === gekozen) continue;
      if (k.verborgen && !gekozen.verborgen) nietGelezen.push({ kolom: k, reden: 'verborgen kolom' });
      else if (k.jaar !== undefined && gekozen.jaar !== undefined && k.jaar !== gekozen.jaar)
        nietGelezen.push({ kolom: k, reden: `jaar ${k.jaar}; gelezen is ${gekozen.jaar}` });
      else dubbel.push(k);
    }
  }
  return { kolommen, dubbel, nietGelezen, aantal: kandidaten.size, koppen };
}

/** A header row names at least three known columns, one of them Volume, Tarief or Bedrag. */
function isKop(h: Herkenning): boolean {
  return h.aantal >= 3 && Boolean(h.kolommen.volume || h.kolommen.tarief || h.kolommen.bedrag);
}

const TOTAAL = /^(eind|generaal )?(totaal|totalen|total)\b/;
const SUBTOTAAL = /^subtota/;
// "Totaal", "Totaal generaal", "Totaal productieafspraak 2023": the grand total. "Totaal V&V",
// "Totaal GZ", "Totaal verblijf": a section's total.
const ALGEMEEN =
  /^(eind|generaal )?(totaal|totalen|total)( (generaal|algemeen|alles|alle prestaties|productieafspraak|afspraak|budget|(19|20)\d\d|incl\.?.*|excl\.?.*))*$/;

type Labelsoort = 'subtotaal' | 'totaal' | 'totaal van';

/** The label of a total or subtotal row, in a text cell outside the number columns. */
function totaalLabel(cellen: ReadonlyArray<Rastercel>, getalIndex: ReadonlySet<number>): { soort: Labelsoort; label: string } | undefined {
  for (let c = 0; c < cellen.length; c += 1) {
    const cel = cellen[c];
    if (getalIndex.has(c) || typeof cel !== 'string') continue;
    const tekst = normaliseer(cel).replace(/[:.]+$/, '');
    if (SUBTOTAAL.test(tekst)) return { soort: 'subtotaal', label: cel.trim() };
    if (TOTAAL.test(tekst)) return { soort: ALGEMEEN.test(tekst) ? 'totaal' : 'totaal van', label: cel.trim() };
  }
  return undefined;
}

/** A row of labels only (text, or years): a header row, never a line. */
function isLabelrij(cellen: ReadonlyArray<Rastercel>, l: (string | undefined)[]): boolean {
  return l.some((x) => x !== undefined) && Array.from(cellen).every((c, i) => isLegeCel(c) || l[i] !== undefined);
}

function isKopregel(cellen: ReadonlyArray<Rastercel>, oorsprong: Oorsprong, opties: Tabelopties): boolean {
  const l = labels(cellen);
  return (
    isLabelrij(cellen, l) &&
    isKop(
      herken(
        l.map((x) => (x === undefined ? undefined : { naam: x })),
        oorsprong,
        opties,
      ),
    )
  );
}

/**
 * Every table in a raster, top to bottom: a row that reads as a header (a title or logo block above
 * it is fine), optionally with a second header row under it; then its lines, sections and subtotals,
 * up to the grand total or the next table's header row.
 */
export function herkenTabellen(raster: Raster, oorsprong: Oorsprong, opties: Tabelopties = {}): Tabel[] {
  const tabellen: Tabel[] = [];
  for (let r = 0; r < raster.length; r += 1) {
    const rij = raster[r];
    if (rij === undefined) continue;
    const boven = labels(rij);
    if (boven.every((l) => l === undefined)) continue;
    const enkel = herken(
      boven.map((l) => (l === undefined ? undefined : { naam: l })),
      oorsprong,
      opties,
    );
    if (!isKop(enkel)) continue;
    const onderRij = raster[r + 1] ?? [];
    const onder = labels(onderRij);
    const dubbelKop = isLabelrij(onderRij, onder) ? herken(combineer(boven, onder), oorsprong, opties) : undefined;
    const tweeRijen = dubbelKop !== undefined && dubbelKop.aantal > enkel.aantal;
    const { tabel, volgende } = bouwTabel(raster, oorsprong, r, tweeRijen ? r + 2 : r + 1, tweeRijen ? dubbelKop : enkel, opties);
    tabellen.push(tabel);
    r = volgende - 1;
  }
  return tabellen;
}

/** The first table in a raster (WLZ.CONTROLEER checks the range it is given), or undefined. */
export function herkenTabel(raster: Raster, oorsprong: Oorsprong, opties: Tabelopties = {}): Tabel | undefined {
  return herkenTabellen(raster, oorsprong, opties)[0];
}

function bouwTabel(
  raster: Raster,
  oorsprong: Oorsprong,
  kop: number,
  eersteRegel: number,
  h: Herkenning,
  opties: Tabelopties,
): { tabel: Tabel; volgende: number } {
  const { kolommen } = h;
  const getalIndex = new Set(GETALKOLOMMEN.flatMap((s) => (kolommen[s] ? [kolommen[s].index] : [])));
  const cel = (rij: ReadonlyArray<Rastercel>, soort: Kolomsoort): Rastercel => (kolommen[soort] ? rij[kolommen[soort].index] : undefined);
  const heeftVolumeOfBedrag = Boolean(kolommen.volume || kolommen.bedrag);

  const regels: Tabelrij[] = [];
  const totalen: Totaalrij[] = [];
  const overgeslagen: { rij: number; reden: string }[] = [];
  // What a subtotal adds up: the lines since the last section header or subtotal; right after a
  // subtotal, the subtotals of the sections before it ("Totaal V&V" over "Subtotaal verblijf" and "… thuis").
  const open: ({ soort: 'regel' | 'subtotaal'; rij: Tabelrij } | { soort: 'sectie'; tekst: string })[] = [];
  const subtotalen: Totaalrij[] = [];
  let totaal: Totaalrij | undefined;
  let laatste = kop;
  let r = eersteRegel;
  for (; r < raster.length && !totaal; r += 1) {
    const cellen = raster[r];
    if (cellen === undefined || cellen.every(isLegeCel)) continue;
    // A second table below this one (its own header row) ends this one.
    if (isKopregel(cellen, oorsprong, opties)) break;
    const rij = { rij: oorsprong.rij + r, cellen };
    const code = cel(cellen, 'prestatiecode');
    const label = totaalLabel(cellen, getalIndex);
    // A line whose description starts with "Totaal" still has its own prestatiecode.
    if (label && (isLegeCel(code) || totaalLabel([code], new Set())?.soort === label.soort)) {
      const bovenaan = open.flatMap((o) => ('rij' in o ? [o.rij] : []));
      let eindeOpen = open.length;
      while (eindeOpen > 0 && open[eindeOpen - 1].soort === 'regel') eindeOpen -= 1;
      const regelsBoven = open.slice(eindeOpen).flatMap((o) => ('rij' in o ? [o.rij] : []));
      const totaalrij: Totaalrij = { ...rij, soort: 'subtotaal', label: label.label, over: regelsBoven, overSubtotalen: false };
      if (regelsBoven.length === 0) {
        // Back to the section header the label names ("GZ" for "Totaal GZ"), else to the last line.
        const naam = normaliseer(label.label);
        let begin = open.length;
        while (begin > 0) {
          const o = open[begin - 1];
          if (o.soort === 'regel') break;
          begin -= 1;
          if (o.soort === 'sectie' && o.tekst !== '' && naam.includes(o.tekst)) break;
        }
        totaalrij.over = open.slice(begin).flatMap((o) => (o.soort === 'subtotaal' ? [o.rij] : []));
        totaalrij.overSubtotalen = true;
        open.length = begin;
      } else open.length = eindeOpen;
      open.push({ soort: 'subtotaal', rij });
      totalen.push(totaalrij);
      if (label.soort === 'totaal') {
        totaalrij.soort = 'totaal';
        totaalrij.over = regels;
        totaalrij.overSubtotalen = false;
        totaalrij.topniveau = bovenaan;
        totaal = totaalrij;
      } else subtotalen.push(totaalrij);
      laatste = r;
      continue;
    }
    // docs/contract.md §1 "ranges": a line whose amount/volume cell is empty is skipped. A 0 counts as filled only
    // on a line with a prestatiecode, since Excel desktop hands an empty cell over as 0.
    const gevuld = (soort: Kolomsoort) => !isLegeCel(cel(cellen, soort)) || (!isLegeCel(code) && cel(cellen, soort) === 0);
    const isRegel = heeftVolumeOfBedrag ? gevuld('volume') || gevuld('bedrag') : [...getalIndex].some((i) => !isLegeCel(cellen[i]));
    if (isRegel) {
      regels.push(rij);
      open.push({ soort: 'regel', rij });
      laatste = r;
    } else {
      const alleenTekst = Array.from(cellen).every((c) => isLegeCel(c) || typeof c === 'string');
      if (alleenTekst)
        open.push({
          soort: 'sectie',
          tekst: normaliseer(
            Array.from(cellen)
              .filter((c) => typeof c === 'string')
              .join(' '),
          ),
        });
      overgeslagen.push({
        rij: rij.rij,
        reden: alleenTekst
          ? 'tussenkop of toelichting (alleen tekst)'
          : `geen ${heeftVolumeOfBedrag ? 'volume of bedrag' : 'getal in de getalkolommen'}`,
      });
    }
  }
  // A "Totaal X" that is the last total and follows no subtotal is the table's grand total.
  const laatsteTotaal = subtotalen[subtotalen.length - 1];
  if (
    !totaal &&
    laatsteTotaal &&
    subtotalen.length === 1 &&
    normaliseer(laatsteTotaal.label).startsWith('tota') &&
    laatsteTotaal.over.length === regels.length
  ) {
    laatsteTotaal.soort = 'totaal';
    totaal = laatsteTotaal;
  }
  // Notes after the last line or total are not part of the table.
  const binnen = overgeslagen.filter((o) => o.rij <= oorsprong.rij + laatste);

  const gebruikt = h.koppen.flatMap((k, i) => (k === undefined ? [] : [i]));
  const eerste = gebruikt[0] ?? 0;
  const laatsteKolom = gebruikt[gebruikt.length - 1] ?? 0;
  const eersteLetter = kolomLetter(oorsprong.kolom + eerste);
  return {
    tabel: {
      oorsprong,
      kopRij: oorsprong.rij + kop,
      kolommen,
      dubbel: h.dubbel,
      nietGelezen: h.nietGelezen,
      eersteKolom: { index: eerste, letter: eersteLetter },
      regels,
      totalen,
      ...(totaal ? { totaal } : {}),
      overgeslagen: binnen,
      bereik: `${eersteLetter}${oorsprong.rij + kop}:${kolomLetter(oorsprong.kolom + laatsteKolom)}${oorsprong.rij + laatste}`,
    },
    volgende: r,
  };
}
