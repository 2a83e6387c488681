import { nietBeschikbaar } from './fout';
import { dagnummer, plusDagen, weekdag, type Datum } from './datum';

/**
 * Dutch national holidays that are not working days, as listed in docs/contract.md §4 (DECLARATIEDEADLINE):
 * Nieuwjaarsdag, Tweede Paasdag, Koningsdag, Bevrijdingsdag in lustrum years, Hemelvaartsdag,
 * Tweede Pinksterdag, Eerste and Tweede Kerstdag. Goede Vrijdag is not among them. Bevrijdingsdag
 * only every five years (2020, 2025, …) follows the usual practice of collective labour agreements.
 */
export interface Feestdag {
  naam: string;
  datum: Datum;
}

/**
 * Koningsdag (27 April, or 26 April when the 27th is a Sunday) exists since 2014; before that it was
 * Koninginnedag on another day. The Wlz itself starts on 1-1-2015, so earlier years are not built in.
 */
export const EERSTE_FEESTDAGENJAAR = 2014;

/** Easter Sunday in the Gregorian calendar (the anonymous computus of Meeus/Jones/Butcher). */
export function paaszondag(jaar: number): Datum {
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { jaar, maand: Math.floor(n / 31), dag: (n % 31) + 1 };
}

/** The national holidays of a year, in calendar order. */
export function feestdagen(jaar: number): Feestdag[] {
  if (jaar < EERSTE_FEESTDAGENJAAR) {
    throw nietBeschikbaar(
      `de feestdagen van ${jaar} zijn niet ingebouwd (werkdagen worden geteld vanaf ${EERSTE_FEESTDAGENJAAR}, het eerste jaar met Koningsdag)`,
    );
  }
  const pasen = paaszondag(jaar);
  const koningsdag27 = { jaar, maand: 4, dag: 27 };
  const dagen: Feestdag[] = [
    { naam: 'Nieuwjaarsdag', datum: { jaar, maand: 1, dag: 1 } },
    { naam: 'Tweede Paasdag', datum: plusDagen(pasen, 1) },
    { naam: 'Koningsdag', datum: weekdag(koningsdag27) === 7 ? { jaar, maand: 4, dag: 26 } : koningsdag27 },
    ...(jaar % 5 === 0 ? [{ naam: 'Bevrijdingsdag', datum: { jaar, maand: 5, dag: 5 } }] : []),
    { naam: 'Hemelvaartsdag', datum: plusDagen(pasen, 39) },
    { naam: 'Tweede Pinksterdag', datum: plusDagen(pasen, 50) },
    { naam: 'Eerste Kerstdag', datum: { jaar, maand: 12, dag: 25 } },
    { naam: 'Tweede Kerstdag', datum: { jaar, maand: 12, dag: 26 } },
  ];
  // Easter falls 22 March – 25 April, so Hemelvaart (30 April – 3 June) can precede Bevrijdingsdag.
  return dagen.sort((x, y) => dagnummer(x.datum) - dagnummer(y.datum));
}

/** Holidays per year as day numbers; working-day counts look up every day of a month. */
const vrijeDagen = new Map<number, ReadonlySet<number>>();

export function isFeestdag(d: Datum): boolean {
  let vrij = vrijeDagen.get(d.jaar);
  if (!vrij) {
    vrij = new Set(feestdagen(d.jaar).map((f) => dagnummer(f.datum)));
    vrijeDagen.set(d.jaar, vrij);
  }
  return vrij.has(dagnummer(d));
}
