import { D, alsNederlandsGetal, alsPercentage } from '../geld';
import type { Prestatiesoort } from '../prestatiesoort';
import { getallenCzGgz2023 } from './cz-ggz-2023';
import type { Beleidsgetal, Bron, Getalnaam } from './soort';
import { bronnenTekst, toonProcentpunt } from './tekst';
import { getallenZkAanvulling2023 } from './zk-aanvulling-2023';
import { getallenZkVv2017 } from './zk-vv-2017';
import { getallenZzInkoopkader2022 } from './zz-inkoopkader-2022';

/**
 * Every number of every source besides the tariff rules (docs/contract.md §2), one list per source document. A
 * new year or document is a new list here; the calculation code asks by name, zorgkantoor and year.
 */
export const beleidsgetallen: readonly Beleidsgetal[] = [
  ...getallenZkVv2017,
  ...getallenZzInkoopkader2022,
  ...getallenZkAanvulling2023,
  ...getallenCzGgz2023,
];

export interface Getalvraag {
  zorgkantoor: Beleidsgetal['zorgkantoor'];
  jaar: number;
  soort?: Prestatiesoort;
}

/** The numbers of one name, zorgkantoor and year (every soort, unless one is asked). */
export function zoekGetallen(naam: Getalnaam, vraag: Getalvraag): Beleidsgetal[] {
  return beleidsgetallen.filter(
    (g) =>
      g.naam === naam &&
      g.zorgkantoor === vraag.zorgkantoor &&
      g.jaar === vraag.jaar &&
      (vraag.soort === undefined || g.soort === vraag.soort),
  );
}

/**
 * One number the code relies on (a function's default): a missing or doubled entry is a bug in the
 * data, caught when the module loads — never a guess at run time.
 */
export function beleidsgetal(naam: Getalnaam, vraag: Getalvraag): Beleidsgetal & { waarde: string } {
  const gevonden = zoekGetallen(naam, vraag);
  const getal = gevonden[0];
  if (gevonden.length !== 1 || getal.eenheid === 'soorten') {
    throw new Error(
      `beleidsgegeven "${naam}" van ${vraag.zorgkantoor} ${vraag.jaar}${vraag.soort ? ` ${vraag.soort}` : ''}: ${gevonden.length} gevonden, 1 getal verwacht`,
    );
  }
  return getal;
}

/** A list of soorten the code relies on (the stimulus budget's exclusions). */
export function beleidssoorten(naam: Getalnaam, vraag: Getalvraag): { soorten: readonly Prestatiesoort[]; bron: Bron } {
  const [getal, ...meer] = zoekGetallen(naam, vraag);
  if (!getal || meer.length || getal.eenheid !== 'soorten')
    throw new Error(`beleidsgegeven "${naam}" van ${vraag.zorgkantoor} ${vraag.jaar}: geen lijst van soorten`);
  return { soorten: getal.soorten, bron: getal.bron };
}

/** The number as the core computes with it: procent and procentpunt as fractions (95 → 0,95). */
export function waardeVan(getal: Beleidsgetal & { waarde: string }): D {
  const waarde = new D(getal.waarde);
  return getal.eenheid === 'procent' || getal.eenheid === 'procentpunt' ? waarde.div(100) : waarde;
}

/** The number in Dutch: "€ 5.000", "95%", "0,5 procentpunt", "365 dagen", "17e werkdag". */
export function toonGetal(getal: Beleidsgetal): string {
  switch (getal.eenheid) {
    case 'soorten':
      return getal.soorten.join(', ');
    case 'procent':
      return alsPercentage(waardeVan(getal)).replace(/,0%$/, '%');
    case 'procentpunt':
      return `${toonProcentpunt(waardeVan(getal)).replace(/,0$/, '')} procentpunt`;
    case 'euro':
      return `€ ${alsNederlandsGetal(waardeVan(getal))}`;
    case 'dagen':
      return `${getal.waarde} dagen`;
    case 'maanden':
      return `${getal.waarde} ${getal.waarde === '1' ? 'maand' : 'maanden'}`;
    case 'werkdag':
      return `${getal.waarde}e werkdag`;
  }
}

/** "CZ GGZ 2023, Bijlage 1" (with "afgeleid" where the number is our reading). */
export function getalBron(getal: Beleidsgetal): string {
  return bronnenTekst([getal.bron]);
}

/**
 * A function's default from the policy data, with its help text generated from the same entry:
 * "standaard € 5.000 (CZ GGZ 2023, Bijlage 1)", so the help can never restate a stale number.
 */
export interface Standaard {
  waarde: D;
  /** "CZ GGZ 2023, Bijlage 1"; empty for a convention that is no source's number. */
  bron: string;
  /** Dutch: "€ 5.000 (CZ GGZ 2023, Bijlage 1)". */
  tekst: string;
  /** English: "€ 5,000 (CZ GGZ 2023, Bijlage 1)". */
  text: string;
}

export function standaardUit(naam: Getalnaam, vraag: Getalvraag): Standaard {
  const getal = beleidsgetal(naam, vraag);
  const bron = getalBron(getal);
  return { waarde: waardeVan(getal), bron, tekst: `${toonGetal(getal)} (${bron})`, text: `${engels(getal)} (${bron})` };
}

/** The same number in English notation for the en-US/en-GB help. */
function engels(getal: Beleidsgetal & { waarde: string }): string {
  const getoond = toonGetal(getal);
  // Swap the Dutch separators in one pass: "1.234,5" → "1,234.5".
  const punt = (t: string) => t.replace(/[.,]/g, (teken) => (teken === '.' ? ',' : '.'));
  switch (getal.eenheid) {
    case 'procentpunt':
      return `${punt(getoond.replace(' procentpunt', ''))} percentage points`;
    case 'dagen':
      return `${getal.waarde} days`;
    case 'maanden':
      return `${getal.waarde} months`;
    case 'werkdag':
      return `working day ${getal.waarde}`;
    default:
      return punt(getoond);
  }
}

/** A default that is not a source's number but a convention (100 % = no cut), in the same shape. */
export function vasteStandaard(waarde: D, tekst: string, text: string): Standaard {
  return { waarde, bron: '', tekst, text };
}
