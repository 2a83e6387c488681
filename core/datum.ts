import { ongeldig } from './fout';
import { enkeleCel, isLeeg, toon, type Argument } from './invoer';

/**
 * Calendar dates and Excel date serial numbers (docs/contract.md §1 "dates": 1900 system; text "31-1-2023" and
 * ISO "2023-01-31"). A date here is a plain year/month/day: no time, no time zone. Day arithmetic goes
 * through UTC only, so the machine's local time zone and daylight saving can never shift a day.
 */

/** A calendar day. */
export interface Datum {
  readonly jaar: number;
  readonly maand: number;
  readonly dag: number;
}

/** A calendar month, e.g. a prestatiemaand. */
export interface Maand {
  readonly jaar: number;
  readonly maand: number;
}

const MS_PER_DAG = 86_400_000;

/** Excel's range of dates: serial 1 = 1-1-1900 up to serial 2958465 = 31-12-9999. */
const EERSTE_JAAR = 1900;
const LAATSTE_JAAR = 9999;

const MAANDNAMEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** Gregorian leap year (so 1900 is none, whatever Excel says; 2000 is one). */
export function isSchrikkeljaar(jaar: number): boolean {
  return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0;
}

/** Number of days in a month (maand 1–12). */
export function dagenInMaand(jaar: number, maand: number): number {
  return [31, isSchrikkeljaar(jaar) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][maand - 1];
}

/** Days since 1-1-1970 (negative before): the one number all day arithmetic runs on. */
export function dagnummer(d: Datum): number {
  // setUTCFullYear rather than Date.UTC, which reads the years 0–99 as 1900–1999.
  return new Date(0).setUTCFullYear(d.jaar, d.maand - 1, d.dag) / MS_PER_DAG;
}

/** The date of a day number (inverse of dagnummer). */
export function uitDagnummer(n: number): Datum {
  const t = new Date(n * MS_PER_DAG);
  return { jaar: t.getUTCFullYear(), maand: t.getUTCMonth() + 1, dag: t.getUTCDate() };
}

/** ISO weekday: 1 = maandag … 7 = zondag. */
export function weekdag(d: Datum): number {
  // 1-1-1970 (dagnummer 0) was a Thursday.
  return ((((dagnummer(d) + 3) % 7) + 7) % 7) + 1;
}

/** The date `dagen` days later (earlier when negative). */
export function plusDagen(d: Datum, dagen: number): Datum {
  return uitDagnummer(dagnummer(d) + dagen);
}

/** The month `maanden` months later, across year ends (m + 2 for the betaalmaand). */
export function plusMaanden(m: Maand, maanden: number): Maand {
  const index = m.jaar * 12 + (m.maand - 1) + maanden;
  return { jaar: Math.floor(index / 12), maand: (index % 12) + 1 };
}

/** The month a date falls in. */
export function maandVan(d: Datum): Maand {
  return { jaar: d.jaar, maand: d.maand };
}

/** First day of a month. */
export function eersteDag(m: Maand): Datum {
  return { jaar: m.jaar, maand: m.maand, dag: 1 };
}

/** Last day of a month (28 February, 29 in a leap year). */
export function laatsteDag(m: Maand): Datum {
  return { jaar: m.jaar, maand: m.maand, dag: dagenInMaand(m.jaar, m.maand) };
}

/** Dutch date notation as Excel shows it: "23-2-2023". */
export function toonDatum(d: Datum): string {
  return `${d.dag}-${d.maand}-${d.jaar}`;
}

/** "januari 2023". */
export function toonMaand(m: Maand): string {
  return `${MAANDNAMEN[m.maand - 1]} ${m.jaar}`;
}

/*
 * Excel's 1900 date system: serial 1 is 1-1-1900. Excel (after Lotus 1-2-3) treats 1900 as a leap
 * year, so serial 60 is the fictitious 29-2-1900 and every serial from 61 (= 1-3-1900) on is one day
 * more than a true day count from 31-12-1899. We count from 30-12-1899 for serials ≥ 61 and from
 * 31-12-1899 for serials 1–59; serial 60 names no real day and is refused.
 */
const SERIE_NEP_SCHRIKKELDAG = 60;
/** Dagnummer of serial 0 for serials ≥ 61 (30-12-1899), and for serials 1–59 (31-12-1899). */
const BASIS_VANAF_MAART_1900 = -25_569;
const BASIS_TOT_MAART_1900 = -25_568;
const LAATSTE_SERIE = 2_958_465;

/** The Excel serial number of a date (1900 system). */
export function naarSerienummer(d: Datum): number {
  if (d.jaar < EERSTE_JAAR || d.jaar > LAATSTE_JAAR) {
    throw ongeldig(`de datum ${toonDatum(d)} valt buiten de datums die Excel kent (1-1-1900 tot en met 31-12-9999)`);
  }
  const n = dagnummer(d);
  const serie = n - BASIS_VANAF_MAART_1900;
  return serie > SERIE_NEP_SCHRIKKELDAG ? serie : n - BASIS_TOT_MAART_1900;
}

/**
 * The date of an Excel serial number; a time of day in the fraction is dropped (the day counts).
 * `naam` names the parameter in the error.
 */
export function uitSerienummer(serie: number, naam: string): Datum {
  if (!Number.isFinite(serie) || serie < 1 || serie >= LAATSTE_SERIE + 1) {
    throw ongeldig(
      `${naam}: ${String(serie).replace('.', ',')} is geen datum (Excel-datums lopen van 1 = 1-1-1900 tot en met ${LAATSTE_SERIE} = 31-12-9999)`,
    );
  }
  const dag = Math.floor(serie);
  if (dag === SERIE_NEP_SCHRIKKELDAG) {
    throw ongeldig(`${naam}: 60 is 29-2-1900, een dag die alleen in Excel bestaat (Excel rekent 1900 ten onrechte als schrikkeljaar)`);
  }
  return uitDagnummer(dag + (dag > SERIE_NEP_SCHRIKKELDAG ? BASIS_VANAF_MAART_1900 : BASIS_TOT_MAART_1900));
}

const DAG_MAAND_JAAR = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const MAAND_JAAR = /^(\d{1,2})-(\d{4})$/;
const ISO_MAAND = /^(\d{4})-(\d{1,2})$/;

function geldigeDatum(jaar: number, maand: number, dag: number, tekst: string, naam: string): Datum {
  if (maand < 1 || maand > 12) throw ongeldig(`${naam}: ${toon(tekst)} is geen datum (maand ${maand} bestaat niet)`);
  if (dag < 1 || dag > dagenInMaand(jaar, maand)) {
    throw ongeldig(`${naam}: ${toon(tekst)} bestaat niet (${toonMaand({ jaar, maand })} heeft ${dagenInMaand(jaar, maand)} dagen)`);
  }
  if (jaar < EERSTE_JAAR) throw ongeldig(`${naam}: ${toon(tekst)} valt vóór 1-1-1900, de eerste datum die Excel kent`);
  return { jaar, maand, dag };
}

function datumTekst(tekst: string, naam: string): Datum | undefined {
  const t = tekst.trim();
  const dmj = DAG_MAAND_JAAR.exec(t);
  if (dmj) return geldigeDatum(Number(dmj[3]), Number(dmj[2]), Number(dmj[1]), tekst, naam);
  const iso = ISO.exec(t);
  if (iso) return geldigeDatum(Number(iso[1]), Number(iso[2]), Number(iso[3]), tekst, naam);
  return undefined;
}

function cel(waarde: Argument, naam: string) {
  const c = enkeleCel(waarde, naam);
  if (isLeeg(c)) throw ongeldig(`${naam} ontbreekt`);
  if (typeof c === 'boolean') throw ongeldig(`${naam} moet een datum zijn, geen ${c ? 'WAAR' : 'ONWAAR'}`);
  return c;
}

/**
 * A date parameter: an Excel serial number (a time of day in the fraction is dropped: the day counts)
 * or date text "31-1-2023", "31-01-2023" or "2023-01-31". Impossible dates ("31-2-2023"), negative
 * numbers, booleans and other text are `#VALUE!` naming the parameter. Text "1/31/2023" is refused
 * on purpose: with slashes the order of day and month is a guess.
 */
export function leesDatum(waarde: Argument, naam: string): Datum {
  const c = cel(waarde, naam);
  if (typeof c === 'number') return uitSerienummer(c, naam);
  if (typeof c === 'string') {
    const datum = datumTekst(c, naam);
    if (datum) return datum;
  }
  throw ongeldig(`${naam}: ${toon(c)} is geen datum; typ een datum als 31-1-2023 of 2023-01-31`);
}

/**
 * A month parameter: any date within the month (as for leesDatum), or the month alone as text
 * "1-2023", "01-2023" or "2023-01" — the way a prestatiemaand is often written in a text column.
 */
export function leesMaand(waarde: Argument, naam: string): Maand {
  const c = cel(waarde, naam);
  if (typeof c === 'string') {
    const t = c.trim();
    const mj = MAAND_JAAR.exec(t);
    if (mj) return maandVan(geldigeDatum(Number(mj[2]), Number(mj[1]), 1, c, naam));
    const iso = ISO_MAAND.exec(t);
    if (iso) return maandVan(geldigeDatum(Number(iso[1]), Number(iso[2]), 1, c, naam));
    const datum = datumTekst(c, naam);
    if (datum) return maandVan(datum);
    throw ongeldig(`${naam}: ${toon(c)} is geen maand; typ een datum in de maand (31-1-2023) of de maand (1-2023 of 2023-01)`);
  }
  return maandVan(leesDatum(c, naam));
}
