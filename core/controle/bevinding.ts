/**
 * One finding of the productieafspraak check (docs/contract.md §5): where (row and column as the sheet shows
 * them), how bad, and what — with the expected and found value where there are two to compare.
 */
export type Ernst = 'fout' | 'waarschuwing';

export interface Bevinding {
  /** Row number on the sheet (without a sheet address: row 1 is the first row of the range). */
  rij: number;
  /** The column's header as the user wrote it; for a missing column the name it should have. */
  kolom: string;
  /** The cell, e.g. "H7", in the same numbering as `rij`. */
  cel: string;
  ernst: Ernst;
  /** Dutch, self-contained: it names the values it compares. */
  bericht: string;
  verwacht?: string;
  gevonden?: string;
}
