import { kolomLetter } from '../core/controle/adres';

/**
 * Strict A1 addresses for the sample generator and the engine test: "B5", "$B$5", "B5:D9",
 * "Blad!B5", "'Mijn blad'!B5". Unlike core/controle/adres (lenient: a check must never stop on an
 * odd address), a wrong address here is a bug in a sample and throws.
 */
export interface Celpositie {
  rij: number;
  kolom: number;
}

/** "B5" → {rij: 5, kolom: 2} (1-based). */
export function ontleedAdres(adres: string): Celpositie {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(adres);
  if (!m) throw new Error(`geen celadres: ${adres}`);
  return { rij: Number(m[2]), kolom: [...m[1]].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) };
}

export function adresVan(rij: number, kolom: number): string {
  return `${kolomLetter(kolom)}${rij}`;
}

/** "'Mijn blad'!B5" → the sheet name and the address; without "!" only the address. */
export function splitsBlad(adres: string): { blad?: string; adres: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(adres);
  return m ? { blad: (m[1] ?? m[2]).replace(/''/g, "'"), adres: m[3] } : { adres };
}

/** The corners of "B5:D9" (or of one cell). */
export function bereikGrenzen(bereik: string): { boven: number; links: number; onder: number; rechts: number } {
  const [van, tot = van] = bereik.replace(/\$/g, '').split(':');
  const a = ontleedAdres(van);
  const b = ontleedAdres(tot);
  return { boven: a.rij, links: a.kolom, onder: b.rij, rechts: b.kolom };
}

/** Every address of a range, row by row. */
export function adressenVan(bereik: string): string[] {
  const g = bereikGrenzen(bereik);
  const adressen: string[] = [];
  for (let r = g.boven; r <= g.onder; r += 1) for (let k = g.links; k <= g.rechts; k += 1) adressen.push(adresVan(r, k));
  return adressen;
}
