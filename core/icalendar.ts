import { plusDagen, type Datum } from './datum';
import type { Termijn } from './termijn';

/**
 * The calendar as an iCalendar file (RFC 5545): one all-day event (DTSTART/DTEND with VALUE=DATE, DTEND
 * the day after the last day) per step that has a date, a stable UID per step, CRLF line ends, lines
 * folded at 75 octets without splitting a UTF-8 character, and TEXT values escaped (§3.3.11). Pure:
 * `wlz kalender --ics` writes it to a file, the pane offers it as a download.
 */

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** §3.3.11: backslash, semicolon and comma escaped, a line break as \n. */
export function escapeTekst(tekst: string): string {
  return tekst
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** §3.1: lines longer than 75 octets are split; each continuation starts with one space. */
export function vouw(regel: string): string {
  const delen: string[] = [];
  let huidig = '';
  let octets = 0;
  for (const teken of regel) {
    const lengte = encoder.encode(teken).length;
    // A continuation line starts with a space, which counts towards its 75 octets.
    if (octets + lengte > MAX_OCTETS) {
      delen.push(huidig);
      huidig = ' ';
      octets = 1;
    }
    huidig += teken;
    octets += lengte;
  }
  delen.push(huidig);
  return delen.join(CRLF);
}

const twee = (n: number) => String(n).padStart(2, '0');
const alsDatumWaarde = (d: Datum) => `${String(d.jaar).padStart(4, '0')}${twee(d.maand)}${twee(d.dag)}`;
const alsUtc = (t: Date) =>
  `${t.getUTCFullYear()}${twee(t.getUTCMonth() + 1)}${twee(t.getUTCDate())}T${twee(t.getUTCHours())}${twee(t.getUTCMinutes())}${twee(t.getUTCSeconds())}Z`;

/** Our domain for UIDs (RFC 5545 §3.8.4.7 recommends one); not a host anything is fetched from. */
export const UID_DOMEIN = 'wlz-rekenkern';

export function uidVan(t: Termijn): string {
  return `${t.id}@${UID_DOMEIN}`;
}

function omschrijvingVan(t: Termijn): string {
  return [
    t.omschrijving,
    t.wie ? `Wie: ${t.wie}` : '',
    `Wanneer (volgens de bron): ${t.wanneer}${t.tijd ? ` (tijd ${t.tijd})` : ''}`,
    `Bron: ${t.bron}`,
    t.opmerking ?? '',
  ]
    .filter(Boolean)
    .join('\n');
}

function gebeurtenis(t: Termijn & { datum: Datum }, dtstamp: string): string[] {
  const laatste = t.tot ?? t.datum;
  const kort = t.zorgkantoor === 'Zorg en Zekerheid' ? 'Z&Z' : t.zorgkantoor;
  return [
    'BEGIN:VEVENT',
    `UID:${uidVan(t)}`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${alsDatumWaarde(t.datum)}`,
    `DTEND;VALUE=DATE:${alsDatumWaarde(plusDagen(laatste, 1))}`,
    `SUMMARY:${escapeTekst(`${kort} ${t.jaar} stap ${t.stap}${t.tijd ? ` (${t.tijd})` : ''}: ${t.omschrijving}`)}`,
    `DESCRIPTION:${escapeTekst(omschrijvingVan(t))}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

export interface IcsUitkomst {
  tekst: string;
  /** Steps left out because the source names no day (no all-day event is possible). */
  zonderDatum: Termijn[];
}

/** `nu` is the DTSTAMP (the moment the file is made), passed in so the core stays pure. */
export function alsICalendar(lijst: readonly Termijn[], nu: Date): IcsUitkomst {
  const dtstamp = alsUtc(nu);
  const metDatum = lijst.filter((t): t is Termijn & { datum: Datum } => t.datum !== null);
  const regels = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//WLZ rekenkern//wlz kalender//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...metDatum.flatMap((t) => gebeurtenis(t, dtstamp)),
    'END:VCALENDAR',
  ];
  return { tekst: regels.map(vouw).join(CRLF) + CRLF, zonderDatum: lijst.filter((t) => t.datum === null) };
}
