/**
 * One cell as the reader hands it to the checks: the plain values Excel hands a custom function,
 * plus the two things a file says that a range does not — a formula saved without its result, and
 * a date (a number shown as a date, which in a number column is a mistake on its cell).
 */

/** A formula cell whose file holds no calculated result. */
export interface FormuleZonderUitkomst {
  formule: string;
}

/** A cell formatted or typed as a date: its Excel serial number and the date as ISO text. */
export interface Datumcel {
  datum: number;
  iso: string;
}

export type Werkmapcel = number | string | boolean | null | undefined | FormuleZonderUitkomst | Datumcel;

export function isFormuleZonderUitkomst(cel: unknown): cel is FormuleZonderUitkomst {
  return typeof cel === 'object' && cel !== null && typeof (cel as Partial<FormuleZonderUitkomst>).formule === 'string';
}

export function isDatumcel(cel: unknown): cel is Datumcel {
  return typeof cel === 'object' && cel !== null && typeof (cel as Partial<Datumcel>).datum === 'number';
}

/** "2023-01-31" → "31-1-2023", the way a Dutch Excel shows it. */
export function datumAlsTekst(cel: Datumcel): string {
  const [jaar, maand, dag] = cel.iso.slice(0, 10).split('-').map(Number);
  return `${dag}-${maand}-${jaar}`;
}

/** One sheet: sparse rows (only rows and cells with content exist), hidden columns, 0-based indexes. */
export interface Werkblad {
  naam: string;
  /** Row 1, column A of the sheet is raster[0][0]; missing rows and cells are holes. */
  raster: Werkmapcel[][];
  /** 0-based indexes of hidden columns: a hidden column never beats a visible one (docs/contract.md §5). */
  verborgenKolommen: ReadonlySet<number>;
  /** A sheet the user hid (state="hidden" or "veryHidden"). */
  verborgen: boolean;
}

export interface Werkmap {
  /** 'xlsx' for a workbook (also .xlsm), 'csv' for a text export read as one sheet. */
  soort: 'xlsx' | 'csv';
  bladen: Werkblad[];
}
