/**
 * The bounds of the reader: a file or a workbook beyond them is refused with a reason before anything
 * is inflated (issue 9: a 3 MB zip bomb must not become 3 GB in memory). Excel's own limits for rows
 * and columns; the sizes leave room for the largest productieafspraak a zorgkantoor receives (tens of
 * thousands of lines) while keeping the reader within a few hundred MB.
 */

/** Excel's sheet size: 1.048.576 rows, 16.384 columns (A to XFD). */
export const MAX_RIJEN = 1_048_576;
export const MAX_KOLOMMEN = 16_384;

/** The largest file read at all (bytes on disk or dropped on the pane). */
export const MAX_BESTAND = 100 * 1024 * 1024;

/** The sum of the declared uncompressed sizes of the parts the check reads (workbook, sheets, strings, styles). */
export const MAX_UITGEPAKT = 256 * 1024 * 1024;

/** MB for messages: 268435456 → "256 MB". */
export function alsMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString('nl-NL', { maximumFractionDigits: bytes < 10 * 1024 * 1024 ? 1 : 0 })} MB`;
}
