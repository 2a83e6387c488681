import { ongeldig } from '../../core/fout';
import { type Cel, leesGetalTekst, normaliseer } from '../../core/invoer';

/**
 * Declarations the user pastes (copied from Excel) or selects in Excel, split into the columns of
 * WLZ.GEWOGENGEMIDDELDE: percentages, bedragen and optionally the onderdeel per line (meetellen).
 */

/**
 * Text copied from Excel: rows on line breaks, cells on tabs (or ; when there is no tab at all,
 * as in a Dutch CSV). A cell Excel put in quotes (it held a tab, a quote or a line break) is
 * unquoted. Rows are padded to one width; empty lines at the end are dropped.
 */
export function leesGeplakteTekst(tekst: string): string[][] {
  const scheiding = tekst.includes('\t') ? '\t' : ';';
  const rijen: string[][] = [];
  let rij: string[] = [];
  let cel = '';
  let i = 0;
  const t = tekst.replace(/\r\n?/g, '\n');
  while (i < t.length) {
    const teken = t[i];
    if (teken === '"' && cel === '') {
      // A quoted cell: up to the closing quote; "" is one quote.
      i += 1;
      while (i < t.length) {
        if (t[i] === '"' && t[i + 1] === '"') {
          cel += '"';
          i += 2;
        } else if (t[i] === '"') {
          i += 1;
          break;
        } else {
          cel += t[i++];
        }
      }
      continue;
    }
    if (teken === scheiding) {
      rij.push(cel);
      cel = '';
    } else if (teken === '\n') {
      rij.push(cel);
      rijen.push(rij);
      rij = [];
      cel = '';
    } else {
      cel += teken;
    }
    i += 1;
  }
  if (cel !== '' || rij.length > 0) rijen.push([...rij, cel]);
  while (rijen.length > 0 && rijen[rijen.length - 1].every((c) => c.trim() === '')) rijen.pop();
  const breedte = rijen.reduce((max, r) => Math.max(max, r.length), 0);
  return rijen.map((r) => [...r, ...Array<string>(breedte - r.length).fill('')]);
}

export interface Declaratiekolommen {
  percentages: Cel[][];
  bedragen: Cel[][];
  meetellen?: Cel[][];
  /** The header row, when the first row is one (it is not passed on). */
  kop?: string[];
  /** Index of each column in the input. */
  kolom: { percentage: number; bedrag: number; onderdeel?: number };
  /** Rows before the data: 1 with a header row, else 0. */
  eersteRij: number;
}

const KOPWOORDEN: Array<[keyof Declaratiekolommen['kolom'], RegExp]> = [
  ['percentage', /percent|%|tariefperc/],
  ['bedrag', /bedrag|gedeclareerd|declaratie|omzet|euro|€/],
  ['onderdeel', /onderdeel|component|soort|meetellen|label/],
];

const isGetal = (cel: Cel) => typeof cel === 'number' || (typeof cel === 'string' && leesGetalTekst(cel) !== undefined);
const isTekst = (cel: Cel) => typeof cel === 'string' && cel.trim() !== '' && !isGetal(cel);

/**
 * The three columns from a block of cells. With a header row (only text, and rows below it) the
 * columns are found by their names ("Tariefpercentage", "Gedeclareerd bedrag", "Onderdeel");
 * without one, or for a name not recognised, by position: percentage, bedrag, onderdeel.
 */
export function declaratiekolommen(raster: Cel[][]): Declaratiekolommen {
  if (raster.length === 0) throw ongeldig('geen gegevens: plak of selecteer de kolommen percentage en bedrag (en eventueel onderdeel)');
  const breedte = raster[0].length;
  const eerste = raster[0];
  const heeftKop =
    raster.length > 1 && eerste.some(isTekst) && eerste.every((c) => c === null || c === undefined || c === '' || isTekst(c));
  const kolom: Partial<Declaratiekolommen['kolom']> = {};
  if (heeftKop) {
    for (const [rol, patroon] of KOPWOORDEN) {
      const index = eerste.findIndex((c, i) => typeof c === 'string' && patroon.test(normaliseer(c)) && !Object.values(kolom).includes(i));
      if (index >= 0) kolom[rol] = index;
    }
  }
  const vrij = [...Array(breedte).keys()].filter((i) => !Object.values(kolom).includes(i));
  kolom.percentage ??= vrij.shift();
  kolom.bedrag ??= vrij.shift();
  if (kolom.onderdeel === undefined && vrij.length > 0 && !heeftKop) kolom.onderdeel = vrij.shift();
  if (kolom.percentage === undefined || kolom.bedrag === undefined) {
    throw ongeldig(`twee kolommen nodig (percentage en bedrag), er ${breedte === 1 ? 'is er één' : `zijn er ${breedte}`}`);
  }
  if (!heeftKop && breedte > 3) {
    throw ongeldig(`${breedte} kolommen zonder kopregel: geef drie kolommen (percentage, bedrag, onderdeel) of een kopregel met die namen`);
  }
  const regels = raster.slice(heeftKop ? 1 : 0);
  const kolomVan = (i: number) => regels.map((r) => [r[i] ?? null]);
  return {
    percentages: kolomVan(kolom.percentage),
    bedragen: kolomVan(kolom.bedrag),
    meetellen: kolom.onderdeel === undefined ? undefined : kolomVan(kolom.onderdeel),
    kop: heeftKop ? eerste.map((c) => (typeof c === 'string' ? c.trim() : '')) : undefined,
    kolom: { percentage: kolom.percentage, bedrag: kolom.bedrag, onderdeel: kolom.onderdeel },
    eersteRij: heeftKop ? 1 : 0,
  };
}
