/**
 * Excel serial dates (docs/contract.md §1 "dates": the 1900 system; a workbook may use 1904). Serial 1 is
 * 1-1-1900 and Excel counts a 29-2-1900 that never was, so from 1-3-1900 on the serial is days since
 * 30-12-1899.
 */
const DAG = 86_400_000;

export function nulpunt(datum1904: boolean): number {
  return datum1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
}

export function serieVan(ms: number, datum1904: boolean): number {
  return (ms - nulpunt(datum1904)) / DAG;
}

export function isoVan(serie: number, datum1904: boolean): string {
  return new Date(nulpunt(datum1904) + Math.round(serie * DAG)).toISOString().slice(0, 10);
}

/** The number formats Excel builds in for dates and times (ECMA-376 Part 1, §18.8.30). */
const INGEBOUWD_DATUM = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** A number format that shows a date or time: built-in, or a code with d/m/j/y/h/s outside quotes. */
export function isDatumnotatie(id: number, code: string | undefined): boolean {
  if (code === undefined) return INGEBOUWD_DATUM.has(id);
  const kaal = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
  // A number format with a section for text or colours only is not a date; "General" neither.
  if (/general|standaard/i.test(kaal)) return false;
  return /[dmyjhs]/i.test(kaal.split(';')[0]);
}
