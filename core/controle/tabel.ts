import { normaliseer } from '../invoer';
import type { Werkmapcel } from '../werkmap/cel';
import { isLegeRegelcel } from '../regels';
import { type Oorsprong, kolomLetter } from './adres';
import { GETALKOLOMMEN, type Kolomsoort, herkenKop } from './kolommen';

/**
 * The table model of a productieafspraak (SPEC §5): where the header row is, which column is which,
 * which rows are lines and which row is the total. Works on plain cell values, so a range from Excel
 * and a sheet read from a file by the CLI are the same thing to the checks.
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
}

export interface Tabelrij {
  /** Row number on the sheet. */
  rij: number;
  cellen: ReadonlyArray<Rastercel>;
}

export interface Tabel {
  oorsprong: Oorsprong;
  /** Sheet row of the (first) header row: table-level findings are reported here. */
  kopRij: number;
  kolommen: Partial<Record<Kolomsoort, Kolom>>;
  /** A second column with the same meaning ("Volume 2022" beside "Volume 2023"): not checked. */
  dubbel: Kolom[];
  /** First and last header column: where table-level findings point. */
  eersteKolom: { index: number; letter: string };
  regels: Tabelrij[];
  totaal?: Tabelrij;
  /** "B3:K14": header to the last line or total, for reports. */
  bereik: string;
}

export { isDatumcel, isFormuleZonderUitkomst } from '../werkmap/cel';

/**
 * Empty the way a line cell is empty: null, "", spaces, or the 0 Excel desktop hands over for an
 * empty cell in a range (SPEC §1 "empty"); a formula without a result is not empty.
 */
export function isLegeCel(cel: Rastercel): boolean {
  return typeof cel !== 'object' || cel === null ? isLegeRegelcel(cel) : false;
}

/** The header labels of one row: text cells only (a number is never a header). */
function labels(rij: ReadonlyArray<Rastercel> | undefined): (string | undefined)[] {
  return (rij ?? []).map((cel) => (typeof cel === 'string' && cel.trim() !== '' ? cel.trim().replace(/\s+/g, ' ') : undefined));
}

/**
 * Two header rows as one: a group header merged over several columns ("NZa-tarief" over "Zorg",
 * "NHC", "NIC") holds its text in the first column only, as Excel hands over a merged range, so an
 * empty top cell with a sub-header below takes the group header from the left.
 */
function combineer(boven: (string | undefined)[], onder: (string | undefined)[]): (string | undefined)[] {
  const breedte = Math.max(boven.length, onder.length);
  const uit: (string | undefined)[] = [];
  let groep: string | undefined;
  for (let c = 0; c < breedte; c += 1) {
    const b = onder[c];
    // Only a header with a sub-header below it starts a group; a vertically merged one ("Volume" over
    // both rows) leaves an empty cell below and is a column of its own.
    if (boven[c] !== undefined) groep = b === undefined ? undefined : boven[c];
    else if (b === undefined) groep = undefined;
    const t = boven[c] ?? groep;
    uit.push(t !== undefined && b !== undefined && t !== b ? `${t} ${b}` : (t ?? b));
  }
  return uit;
}

interface Herkenning {
  kolommen: Partial<Record<Kolomsoort, Kolom>>;
  dubbel: Kolom[];
  aantal: number;
}

function herken(koppen: (string | undefined)[], oorsprong: Oorsprong): Herkenning {
  const kolommen: Partial<Record<Kolomsoort, Kolom>> = {};
  const dubbel: Kolom[] = [];
  let aantal = 0;
  koppen.forEach((naam, index) => {
    const soort = naam === undefined ? undefined : herkenKop(naam);
    if (!soort || naam === undefined) return;
    const kolom = { soort, index, naam, letter: kolomLetter(oorsprong.kolom + index) };
    if (kolommen[soort]) dubbel.push(kolom);
    else {
      kolommen[soort] = kolom;
      aantal += 1;
    }
  });
  return { kolommen, dubbel, aantal };
}

/** A header row names at least three known columns, one of them Volume, Tarief or Bedrag. */
function isKop(h: Herkenning): boolean {
  return h.aantal >= 3 && Boolean(h.kolommen.volume || h.kolommen.tarief || h.kolommen.bedrag);
}

const TOTAAL = /^(eind|generaal )?(totaal|totalen|total)\b/;
const SUBTOTAAL = /^subtota/;

/** The label of a total or subtotal row, in a text cell outside the number columns. */
function totaalLabel(cellen: ReadonlyArray<Rastercel>, getalIndex: ReadonlySet<number>): 'totaal' | 'subtotaal' | undefined {
  for (let c = 0; c < cellen.length; c += 1) {
    const cel = cellen[c];
    if (getalIndex.has(c) || typeof cel !== 'string') continue;
    const tekst = normaliseer(cel);
    if (SUBTOTAAL.test(tekst)) return 'subtotaal';
    if (TOTAAL.test(tekst)) return 'totaal';
  }
  return undefined;
}

/**
 * Finds the table in a raster: the first row that reads as a header (a title or blank rows above it
 * are fine), optionally with a second header row under it; then the lines up to the total row.
 * Undefined when no row reads as a header. Rows after the total row (notes, signatures) or from a
 * second table's header row on are not part of the table. Empty rows, section headers (text only) and
 * subtotal rows are not lines.
 */
export function herkenTabel(raster: Raster, oorsprong: Oorsprong): Tabel | undefined {
  for (let r = 0; r < raster.length; r += 1) {
    const boven = labels(raster[r]);
    if (boven.every((l) => l === undefined)) continue;
    const enkel = herken(boven, oorsprong);
    if (!isKop(enkel)) continue;
    const onderRij = raster[r + 1] ?? [];
    const onderIsKop = onderRij.some((c) => typeof c === 'string' && c.trim() !== '') && onderRij.every((c) => isLegeCel(c) || typeof c === 'string');
    const dubbelKop = onderIsKop ? herken(combineer(boven, labels(onderRij)), oorsprong) : undefined;
    const tweeRijen = dubbelKop !== undefined && dubbelKop.aantal > enkel.aantal;
    return bouwTabel(raster, oorsprong, r, tweeRijen ? r + 2 : r + 1, tweeRijen ? dubbelKop : enkel, tweeRijen ? combineer(boven, labels(onderRij)) : boven);
  }
  return undefined;
}

function bouwTabel(raster: Raster, oorsprong: Oorsprong, kop: number, eersteRegel: number, h: Herkenning, koppen: (string | undefined)[]): Tabel {
  const { kolommen } = h;
  const getalIndex = new Set(GETALKOLOMMEN.flatMap((s) => (kolommen[s] ? [kolommen[s].index] : [])));
  const cel = (rij: ReadonlyArray<Rastercel>, soort: Kolomsoort): Rastercel => (kolommen[soort] ? rij[kolommen[soort].index] : undefined);
  const heeftVolumeOfBedrag = Boolean(kolommen.volume || kolommen.bedrag);

  const regels: Tabelrij[] = [];
  let totaal: Tabelrij | undefined;
  let laatste = kop;
  for (let r = eersteRegel; r < raster.length && !totaal; r += 1) {
    const cellen = raster[r] ?? [];
    if (cellen.every(isLegeCel)) continue;
    // A second table below this one (its own header row) ends this one: only the first is checked.
    if (cellen.every((c) => isLegeCel(c) || typeof c === 'string') && isKop(herken(labels(cellen), oorsprong))) break;
    const rij = { rij: oorsprong.rij + r, cellen };
    const code = cel(cellen, 'prestatiecode');
    const label = totaalLabel(cellen, getalIndex);
    // A line whose description starts with "Totaal" still has its own prestatiecode.
    if (label && (isLegeCel(code) || totaalLabel([code], new Set()) === label)) {
      if (label === 'totaal') totaal = rij;
      laatste = r;
      continue;
    }
    // SPEC §1 "ranges": a line whose amount/volume cell is empty is skipped. A 0 counts as filled only
    // on a line with a prestatiecode, since Excel desktop hands an empty cell over as 0.
    const gevuld = (soort: Kolomsoort) => !isLegeCel(cel(cellen, soort)) || (!isLegeCel(code) && cel(cellen, soort) === 0);
    const isRegel = heeftVolumeOfBedrag ? gevuld('volume') || gevuld('bedrag') : [...getalIndex].some((i) => !isLegeCel(cellen[i]));
    if (isRegel) {
      regels.push(rij);
      laatste = r;
    }
  }

  const gebruikt = koppen.flatMap((k, i) => (k === undefined ? [] : [i]));
  const eerste = gebruikt[0] ?? 0;
  const laatsteKolom = gebruikt[gebruikt.length - 1] ?? 0;
  const eersteLetter = kolomLetter(oorsprong.kolom + eerste);
  return {
    oorsprong,
    kopRij: oorsprong.rij + kop,
    kolommen,
    dubbel: h.dubbel,
    eersteKolom: { index: eerste, letter: eersteLetter },
    regels,
    totaal,
    bereik: `${eersteLetter}${oorsprong.rij + kop}:${kolomLetter(oorsprong.kolom + laatsteKolom)}${oorsprong.rij + laatste}`,
  };
}
