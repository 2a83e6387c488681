import type { D } from './geld';
import { type WlzFout, ongeldig } from './fout';
import { type Argument, type Bereik, type Cel, celNaam, controleerZelfdeVorm, isBereik, isLeeg, leesBereik } from './invoer';

/**
 * Reading ranges line by line (regel = one line of a productieafspraak or declaration list): a leading
 * range (bedragen, volumes) and up to two ranges beside it of the same shape (percentages, tarieven,
 * soorten, labels). docs/contract.md §1 "ranges": paired ranges must have the same shape, and a line whose
 * amount/volume cell is empty is skipped.
 *
 * The loop walks the rows in place instead of flattening them (no extra million-cell arrays) and
 * checks each row's shape as it reaches it, so a range is read in one pass. GEWOGENGEMIDDELDE, the
 * hot path, runs its own loop over `rijVan` rather than a call per line (see gewogengemiddelde.ts).
 */

/** A range parameter and the name its messages use. */
export interface Invoerkolom {
  readonly naam: string;
  readonly bereik: Bereik;
}

/**
 * A required range parameter (a single value counts as a 1×1 range); wholly empty → "<naam> ontbreekt".
 * Only the first row is checked here: `rijVan` checks every other row as the loop reaches it, so
 * a million-row range is read in one pass.
 */
export function leesKolom(waarde: Argument, naam: string): Invoerkolom {
  if (isLeeg(waarde)) throw ongeldig(`${naam} ontbreekt`);
  const eersteRijGoed = isBereik(waarde) && Array.isArray(waarde[0]) && waarde[0].length > 0;
  return { naam, bereik: eersteRijGoed ? waarde : leesBereik(waarde, naam) };
}

/** An optional range parameter: undefined when wholly empty. */
export function leesOptioneleKolom(waarde: Argument, naam: string): Invoerkolom | undefined {
  return isLeeg(waarde) ? undefined : leesKolom(waarde, naam);
}

/** Receives each line whose leading cell is filled; `i` is the cell's index (row by row, from 0) for `celNaam`. */
export interface Regelverwerker {
  regel(i: number, hoofd: Cel, naast: Cel, derde: Cel): void;
}

/**
 * An empty line cell: null, "", spaces, or 0 — the way Excel desktop hands over an empty cell inside
 * a range. A line with amount 0 adds nothing to any sum, so skipping it never changes a result, and a
 * desktop-empty row does not trip over its empty neighbours.
 */
export function isLegeRegelcel(cel: Cel): boolean {
  return cel === null || cel === undefined || cel === 0 || (typeof cel === 'string' && cel.trim() === '');
}

/** The error for a line with an amount but nothing in the cell beside it; names both cells. */
export function leegNaast(naast: Invoerkolom, hoofd: Invoerkolom, i: number): WlzFout {
  return ongeldig(`${celNaam(naast.naam, i)} is leeg of 0, maar ${celNaam(hoofd.naam, i)} is gevuld`);
}

/** Paired ranges must have the same shape as the leading one (docs/contract.md §1 "ranges"); the message names both sizes. */
export function controleerVormen(hoofd: Invoerkolom, naast?: Invoerkolom, derde?: Invoerkolom): void {
  if (naast) controleerZelfdeVorm(hoofd.bereik, hoofd.naam, naast.bereik, naast.naam);
  if (derde) controleerZelfdeVorm(hoofd.bereik, hoofd.naam, derde.bereik, derde.naam);
}

// Read once: a global lookup per row is slow in sandboxed hosts (a vm context such as jest's).
const { isArray } = Array;

/**
 * Row r of a range, checked as the loop reaches it (leesKolom checked only the first row): a row of
 * another width gets leesBereik's own message.
 */
export function rijVan(kolom: Invoerkolom, r: number, breedte: number): Cel[] {
  const rij: unknown = kolom.bereik[r];
  if (isArray(rij) && rij.length === breedte) return rij;
  leesBereik(kolom.bereik, kolom.naam);
  throw ongeldig(`${kolom.naam}: rij ${r + 1} is geen geldige rij`);
}

/**
 * Hands every line whose `hoofd` cell is not empty (see `isLegeRegelcel`) to `verwerker`, with the
 * cells at the same position in `naast` and `derde` (undefined when those are not given).
 */
export function verwerkRegels(verwerker: Regelverwerker, hoofd: Invoerkolom, naast?: Invoerkolom, derde?: Invoerkolom): void {
  controleerVormen(hoofd, naast, derde);
  const breedte = hoofd.bereik[0].length;
  for (let r = 0; r < hoofd.bereik.length; r++) {
    const rij = rijVan(hoofd, r, breedte);
    const naastRij = naast && rijVan(naast, r, breedte);
    const derdeRij = derde && rijVan(derde, r, breedte);
    for (let k = 0; k < breedte; k++) {
      const cel = rij[k];
      if (isLegeRegelcel(cel)) continue;
      verwerker.regel(r * breedte + k, cel, naastRij?.[k], derdeRij?.[k]);
    }
  }
}

/**
 * The filled cells of one range as numbers, each read by `lees` with its own cell name (so an error
 * says "correcties (cel 3)"). Empty cells and desktop's 0 are left out (see `isLegeRegelcel`).
 */
export function getallenVan(kolom: Invoerkolom, lees: (cel: Cel, naam: string) => D): D[] {
  const lijst = new Getallen(kolom, lees);
  verwerkRegels(lijst, kolom);
  return lijst.getallen;
}

class Getallen implements Regelverwerker {
  readonly getallen: D[] = [];

  constructor(
    private readonly kolom: Invoerkolom,
    private readonly lees: (cel: Cel, naam: string) => D,
  ) {}

  regel(i: number, cel: Cel): void {
    this.getallen.push(this.lees(cel, celNaam(this.kolom.naam, i)));
  }
}
