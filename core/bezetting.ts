import { standaardUit } from './beleid/getallen';
import { D, alsNederlandsGetal, alsPercentage } from './geld';
import { ongeldig } from './fout';
import { celAlsGetal, celNaam, isLeeg, leesBereik, type Argument } from './invoer';

/**
 * Occupancy of crisis places and the crisis monitor of Z&Z Inkoopkader 2022, §3.3.1: "Indien
 * crisisaanbieders over een periode van 3 aaneengesloten maanden minder dan 40% of meer dan 60%
 * bezetting hebben, treedt het zorgkantoor in overleg."
 */

/** The bounds and months are data of their source (core/beleid/zz-inkoopkader-2022.ts). */
const ZZ_2022 = { zorgkantoor: 'Zorg en Zekerheid', jaar: 2022 } as const;
export const CRISISGRENZEN = {
  ondergrens: standaardUit('crisis ondergrens', ZZ_2022),
  bovengrens: standaardUit('crisis bovengrens', ZZ_2022),
  maanden: standaardUit('crisis aaneengesloten maanden', ZZ_2022),
} as const;
export const ONDERGRENS = CRISISGRENZEN.ondergrens.waarde;
export const BOVENGRENS = CRISISGRENZEN.bovengrens.waarde;
export const SIGNAALMAANDEN = CRISISGRENZEN.maanden.waarde.toNumber();

/**
 * Above this a cell in a bezetting range is taken for a percentage typed as a number (45 for 45%),
 * not for real overbezetting: occupancy above 100% happens (extra clients in a crisis bed), twice
 * the capacity does not.
 */
const HOOGSTE_BEZETTING = new D(2);

/**
 * Occupancy as a fraction: occupied days / (places × days in the period). Not rounded — it is a
 * ratio, not money. Above 1 is kept: overbezetting is real data the zorgkantoor wants to see.
 */
export function bezetting(dagen: D, plekken: D, dagenInPeriode: D): D {
  if (!plekken.greaterThan(0)) throw ongeldig(`plekken moet groter dan 0 zijn, niet ${alsNederlandsGetal(plekken)}`);
  if (!dagenInPeriode.greaterThan(0)) throw ongeldig(`dagen_in_periode moet groter dan 0 zijn, niet ${alsNederlandsGetal(dagenInPeriode)}`);
  return dagen.div(plekken.times(dagenInPeriode));
}

/**
 * A range of monthly occupancies, row by row in time order: a fraction per cell, or null for an
 * empty cell. Reads in one pass (ranges of any size), refusing negative values, text that is no
 * number and values above 200% (a percentage typed as a number, e.g. 45 for 45%). A 0 is a month
 * with 0% occupancy, not an empty cell (as everywhere in core/invoer): leave months without data
 * out of the range or empty ("").
 */
export function leesBezettingen(waarde: Argument, naam: string): Array<D | null> {
  const bereik = leesBereik(waarde, naam);
  const reeks: Array<D | null> = [];
  for (const rij of bereik) {
    for (const cel of rij) {
      if (isLeeg(cel)) {
        reeks.push(null);
        continue;
      }
      const plek = celNaam(naam, reeks.length);
      const b = celAlsGetal(cel, plek);
      if (b.isNegative()) throw ongeldig(`${plek}: een bezetting kan niet negatief zijn (${alsNederlandsGetal(b)})`);
      if (b.greaterThan(HOOGSTE_BEZETTING)) {
        const getoond = alsNederlandsGetal(b);
        throw ongeldig(
          `${plek}: ${getoond} is een bezetting van ${alsPercentage(b, 0)}; bedoelt u ${getoond}%? Typ dan ${getoond}% of ${alsNederlandsGetal(b.div(100))}`,
        );
      }
      reeks.push(b);
    }
  }
  return reeks;
}

export type Crisissignaal = 'onder' | 'boven' | '';

/**
 * "onder" when each of the last `maanden` occupancies is below the ondergrens, "boven" when each is
 * above the bovengrens, else "" (Z&Z Inkoopkader 2022, §3.3.1; strictly below/above, as "minder
 * dan" / "meer dan"). Empty cells at the start (before the place opened) and at the end (months not
 * yet filled in) are left out; fewer months than `maanden` gives "". An empty cell among the last
 * `maanden` months breaks the "aaneengesloten" period and is refused, naming the cell.
 */
export function crisissignaal(
  reeks: ReadonlyArray<D | null>,
  ondergrens: D,
  bovengrens: D,
  maanden: number,
  naam = 'bezettingen',
): Crisissignaal {
  if (ondergrens.greaterThan(bovengrens)) {
    throw ongeldig(`ondergrens (${alsPercentage(ondergrens)}) mag niet hoger zijn dan bovengrens (${alsPercentage(bovengrens)})`);
  }
  let laatste = reeks.length - 1;
  while (laatste >= 0 && reeks[laatste] === null) laatste -= 1;
  let eerste = 0;
  while (eerste <= laatste && reeks[eerste] === null) eerste += 1;
  const begin = laatste - maanden + 1;
  if (begin < eerste) return '';

  let allesOnder = true;
  let allesBoven = true;
  for (let i = begin; i <= laatste; i += 1) {
    const b = reeks[i];
    if (b === null) {
      throw ongeldig(
        `${celNaam(naam, i)} is leeg tussen ingevulde maanden; vul de bezetting van elke maand in (de laatste ${maanden} maanden moeten aaneengesloten zijn)`,
      );
    }
    if (!b.lessThan(ondergrens)) allesOnder = false;
    if (!b.greaterThan(bovengrens)) allesBoven = false;
  }
  if (allesOnder) return 'onder';
  if (allesBoven) return 'boven';
  return '';
}
