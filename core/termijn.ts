import { tijdpaden, type Tijdpad, type Tijdpadstap } from './beleid/termijnen';
import { bronnenTekst } from './beleid/tekst';
import { toonDatum, type Datum } from './datum';
import { nietBeschikbaar, ongeldig } from './fout';
import { normaliseer, toon } from './invoer';
import type { Sector } from './sector';
import { ZORGKANTOREN, type Zorgkantoor } from './zorgkantoor';

/**
 * The contracting calendar (docs/contract.md §3 decision 16): the timetables of core/beleid/termijnen.ts with every
 * date resolved for its overeenkomstjaar, the contradictions of a source named, and the lookup of one
 * step for WLZ.TERMIJN. Used by `wlz kalender`, the pane's Termijnen tab and the iCalendar export.
 */
export interface Termijn {
  zorgkantoor: Zorgkantoor;
  /** The overeenkomstjaar of the timetable. */
  jaar: number;
  /** The sectors the source document is for. */
  sectoren: Sector[];
  stap: number;
  /** null: the source names no day. */
  datum: Datum | null;
  /** Last day of a step spanning days; null for one day. */
  tot: Datum | null;
  tijd: string | null;
  wie: string | null;
  omschrijving: string;
  /** The source's own words for the date. */
  wanneer: string;
  bron: string;
  /** Why the user should look twice: the source contradicts itself, or names no day. */
  opmerking: string | null;
  /** Stable identity of the entry (the iCalendar UID). */
  id: string;
}

export interface Termijnfilter {
  zorgkantoor?: Zorgkantoor;
  jaar?: number;
}

function isoDatum(tekst: string): Datum {
  const [jaar, maand, dag] = tekst.split('-').map(Number);
  return { jaar, maand, dag };
}

/** The date of a step for its timetable's year: as printed, or by the year-relative rule. */
function datumVan(stap: Tijdpadstap, jaar: number): Datum | null {
  if (stap.datum === null) return null;
  if (typeof stap.datum === 'string') return isoDatum(stap.datum);
  return { jaar: jaar + stap.datum.jaar, maand: stap.datum.maand, dag: stap.datum.dag };
}

const sleutelVan = (zorgkantoor: string) => normaliseer(zorgkantoor).replace(/[^a-z0-9]+/g, '-');

export function toonTermijnDatum(t: Pick<Termijn, 'datum' | 'tot'>): string {
  if (!t.datum) return '';
  return t.tot ? `${toonDatum(t.datum)} t/m ${toonDatum(t.tot)}` : toonDatum(t.datum);
}

function termijnenVan(pad: Tijdpad): Termijn[] {
  const stappen: readonly Tijdpadstap[] = pad.stappen;
  return stappen.map((s) => {
    const datum = datumVan(s, pad.jaar);
    const zelfde = stappen.filter((t) => t.stap === s.stap);
    const volgnummer = zelfde.indexOf(s) + 1;
    const anderen = zelfde.filter((t) => t !== s);
    let opmerking: string | null = null;
    if (anderen.length > 0) {
      const elders = anderen.map((t) => `"${t.wanneer}" (${bronnenTekst([t.bron])})`).join(' en ');
      opmerking = `De bron spreekt zichzelf tegen: stap ${s.stap} staat elders op ${elders}. Vraag ${pad.zorgkantoor} welke datum geldt.`;
    } else if (datum === null) {
      opmerking = `De bron noemt geen dag: "${s.wanneer}".`;
    }
    return {
      zorgkantoor: pad.zorgkantoor,
      jaar: pad.jaar,
      sectoren: [...pad.sectoren],
      stap: s.stap,
      datum,
      tot: 'tot' in s && s.tot ? isoDatum(s.tot) : null,
      tijd: 'tijd' in s && s.tijd ? s.tijd : null,
      wie: s.wie,
      omschrijving: s.omschrijving,
      wanneer: s.wanneer,
      bron: bronnenTekst([s.bron]),
      opmerking,
      id: `${sleutelVan(pad.zorgkantoor)}-${pad.jaar}-stap-${s.stap}${volgnummer > 1 ? `-${volgnummer}` : ''}`,
    };
  });
}

const volgorde = (pad: Tijdpad) => pad.jaar * 100 + ZORGKANTOREN.indexOf(pad.zorgkantoor);
const allePaden: readonly Tijdpad[] = [...tijdpaden].sort((a, b) => volgorde(a) - volgorde(b));

/** The timetables there are, as (zorgkantoor, jaar), by year and then in the order of ZORGKANTOREN. */
export function beschikbareTijdpaden(): Array<{ zorgkantoor: Zorgkantoor; jaar: number; sectoren: Sector[] }> {
  return allePaden.map((p) => ({ zorgkantoor: p.zorgkantoor, jaar: p.jaar, sectoren: [...p.sectoren] }));
}

/** Every step of the timetables that pass the filter, in the source's order per timetable. */
export function termijnen(filter: Termijnfilter = {}): Termijn[] {
  return allePaden
    .filter(
      (p) =>
        (filter.zorgkantoor === undefined || p.zorgkantoor === filter.zorgkantoor) && (filter.jaar === undefined || p.jaar === filter.jaar),
    )
    .flatMap(termijnenVan);
}

const kort = (t: Termijn) => `stap ${t.stap} (${t.omschrijving.length > 60 ? `${t.omschrijving.slice(0, 60)}…` : t.omschrijving})`;

/** "Zilveren Kruis 2017, Zilveren Kruis 2023, …" for messages. */
function bekendeTijdpaden(): string {
  return beschikbareTijdpaden()
    .map((p) => `${p.zorgkantoor} ${p.jaar}`)
    .join(', ');
}

/**
 * The steps of one timetable for a step number or for words of its description ("budgetformulier");
 * several entries only when the source gives one step two dates.
 */
function zoekStappen(lijst: Termijn[], stap: number | string, zorgkantoor: Zorgkantoor, jaar: number): Termijn[] {
  const nummers = [...new Set(lijst.map((t) => t.stap))];
  const alsNummer = typeof stap === 'number' ? stap : /^\s*\d+\s*$/.test(stap) ? Number(stap) : undefined;
  if (alsNummer !== undefined) {
    const gevonden = lijst.filter((t) => t.stap === alsNummer);
    if (gevonden.length === 0) {
      throw ongeldig(
        `het tijdpad van ${zorgkantoor} ${jaar} heeft de stappen ${Math.min(...nummers)} tot en met ${Math.max(...nummers)}, geen stap ${String(stap).trim().replace('.', ',')}`,
      );
    }
    return gevonden;
  }
  const woorden = normaliseer(String(stap)).split(' ').filter(Boolean);
  if (woorden.length === 0) throw ongeldig('stap ontbreekt');
  const gevonden = lijst.filter((t) => {
    const tekst = normaliseer(t.omschrijving);
    return woorden.every((w) => tekst.includes(w));
  });
  const stappen = [...new Set(gevonden.map((t) => t.stap))];
  if (stappen.length === 0) {
    throw ongeldig(
      `geen stap van het tijdpad van ${zorgkantoor} ${jaar} noemt ${toon(stap)}; de stappen zijn: ${lijst.map(kort).join('; ')}`,
    );
  }
  if (stappen.length > 1) {
    const eerste = stappen.map((n) => gevonden.find((t) => t.stap === n) as Termijn);
    throw ongeldig(
      `${toon(stap)} past bij meer dan één stap van het tijdpad van ${zorgkantoor} ${jaar}: ${eerste.map(kort).join('; ')}; geef het stapnummer`,
    );
  }
  return gevonden;
}

/**
 * WLZ.TERMIJN: the date of one step. No timetable for the zorgkantoor and year, a step without a day,
 * or a step the source gives two dates is `#N/A` with the reason — never a chosen date.
 */
export function termijn(zorgkantoor: Zorgkantoor, jaar: number, stap: number | string): Termijn & { datum: Datum } {
  const lijst = termijnen({ zorgkantoor, jaar });
  if (lijst.length === 0)
    throw nietBeschikbaar(`de bronnen hebben geen tijdpad voor ${zorgkantoor} ${jaar}; wel voor ${bekendeTijdpaden()}`);
  const gevonden = zoekStappen(lijst, stap, zorgkantoor, jaar);
  if (gevonden.length > 1) {
    const data = gevonden.map((t) => `"${t.wanneer}" (${t.bron})`).join(' en ');
    throw nietBeschikbaar(
      `de bron spreekt zichzelf tegen over stap ${gevonden[0].stap} (${gevonden[0].omschrijving}): ${data}; vraag ${zorgkantoor} welke datum geldt`,
    );
  }
  const [t] = gevonden;
  if (t.datum === null)
    throw nietBeschikbaar(`de bron noemt voor stap ${t.stap} (${t.omschrijving}) geen dag, alleen "${t.wanneer}" (${t.bron})`);
  return { ...t, datum: t.datum };
}
