import { toonKlassen } from '../herschikking';
import { termijnen, toonTermijnDatum, type Termijnfilter } from '../termijn';
import type { Zorgkantoor } from '../zorgkantoor';
import { herschikkingsvolgorden } from './herschikkingsvolgorde';
import { bezwaartermijnen } from './termijnen';
import { bronnenTekst } from './tekst';

/**
 * The timetables, the bezwaar term and the herschikking priority orders as printable rows, for the
 * listing of all embedded policy (`wlz beleid`): one row per step, per order and for the term.
 */
export interface Termijnbeleidsrij {
  jaar: number;
  zorgkantoor: Zorgkantoor;
  onderwerp: string;
  waarde: string;
  bron: string;
}

export function termijnBeleidsrijen(filter: Termijnfilter = {}): Termijnbeleidsrij[] {
  const stappen: Termijnbeleidsrij[] = termijnen(filter).map((t) => ({
    jaar: t.jaar,
    zorgkantoor: t.zorgkantoor,
    onderwerp: `tijdpad stap ${t.stap}: ${t.omschrijving}`,
    waarde:
      [t.datum ? toonTermijnDatum(t) : 'geen dag', t.tijd, `"${t.wanneer}"`].filter(Boolean).join(' ') +
      (t.opmerking ? ` — ${t.opmerking}` : ''),
    bron: t.bron,
  }));
  const volgorden: Termijnbeleidsrij[] = herschikkingsvolgorden
    .filter(
      (v) =>
        (filter.zorgkantoor === undefined || v.zorgkantoor === filter.zorgkantoor) && (filter.jaar === undefined || v.jaar === filter.jaar),
    )
    .map((v) => ({
      jaar: v.jaar,
      zorgkantoor: v.zorgkantoor,
      onderwerp: `voorrang bij de herschikking (${v.sector})`,
      waarde: toonKlassen(v.klassen),
      bron: bronnenTekst([v.bron]),
    }));
  const bezwaar: Termijnbeleidsrij[] = bezwaartermijnen
    .filter(
      (b) =>
        (filter.zorgkantoor === undefined || b.zorgkantoor === filter.zorgkantoor) && (filter.jaar === undefined || b.jaar === filter.jaar),
    )
    .map((b) => ({
      jaar: b.jaar,
      zorgkantoor: b.zorgkantoor,
      onderwerp: 'bezwaar- en kortgedingtermijn',
      waarde: `${b.dagen} kalenderdagen: "${b.tekst}"`,
      bron: bronnenTekst([b.bron]),
    }));
  return [...stappen, ...volgorden, ...bezwaar];
}
