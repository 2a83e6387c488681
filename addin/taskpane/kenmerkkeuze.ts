import { KENMERKEN } from '../../core/beleid/kenmerken';
import type { Beleidscontext, Combinatie, KenmerkKeuze } from '../../core/tariefpercentage';

/**
 * The Tarief tab's kenmerken pickers, built from one policy context (core `beleidscontexten()`):
 * only the combinations the source has can be chosen. Words that select a row of the source table
 * ("keuze") form groups of mutually exclusive options — "bestaand"/"nieuw", "geïntegreerd"/
 * "beschermd wonen" — and choosing an option moves the other groups to the nearest combination that
 * has it. Opslagen and unpublished cases are separate ticks (they combine with any row).
 */

export interface Optie {
  /** The kenmerk word, or null for "none of this group". */
  woord: string | null;
  label: string;
}

export interface Keuzegroep {
  sleutel: string;
  titel: string;
  opties: Optie[];
  /** A single word that is on or off ("essentiële voorzieningen"): a tick rather than options. */
  vinkje: boolean;
}

/** Per group the chosen word (null: none). */
export type Keuzestand = Record<string, string | null>;

const groepVan = (k: KenmerkKeuze) => k.groep ?? k.woord;

function keuzewoorden(context: Beleidscontext): KenmerkKeuze[] {
  return context.kenmerken.filter((k) => k.werking === 'keuze');
}

/** The group assignment of one combination of the source. */
function standVan(context: Beleidscontext, combinatie: Combinatie): Keuzestand {
  const stand: Keuzestand = {};
  for (const k of keuzewoorden(context)) stand[groepVan(k)] ??= null;
  for (const woord of combinatie.kenmerken) {
    const k = context.kenmerken.find((x) => x.woord === woord);
    if (k) stand[groepVan(k)] = woord;
  }
  return stand;
}

/** The groups with more than one possible option, each option used by at least one combination. */
export function keuzegroepen(context: Beleidscontext): Keuzegroep[] {
  const standen = context.combinaties.map((c) => standVan(context, c));
  const sleutels = [...new Set(keuzewoorden(context).map(groepVan))];
  return sleutels
    .map((sleutel): Keuzegroep => {
      // The group's default word ("bestaand" for "nieuw") also where this context does not list it, so the
      // same choice is the same pair of options in every context and tab.
      const standaard =
        context.kenmerken.find((k) => k.werking === 'standaard' && k.groep === sleutel)?.woord ??
        Object.values(KENMERKEN).find((k) => k.standaardVan && k.groep === sleutel)?.woord;
      const woorden = keuzewoorden(context)
        .filter((k) => groepVan(k) === sleutel)
        .map((k) => k.woord);
      const gebruikt = new Set(standen.map((s) => s[sleutel]));
      const opties: Optie[] = [
        ...(gebruikt.has(null) ? [{ woord: null, label: standaard ?? 'geen' }] : []),
        ...woorden.filter((w) => gebruikt.has(w)).map((w) => ({ woord: w, label: w })),
      ];
      const enkelWoord = woorden.length === 1 && !standaard;
      return { sleutel, titel: enkelWoord ? woorden[0] : eersteHoofdletter(sleutel), opties, vinkje: enkelWoord && opties.length === 2 };
    })
    .filter((g) => g.opties.length > 1);
}

/** The first combination of the source: the starting state. */
export function beginstand(context: Beleidscontext): Keuzestand {
  return standVan(context, context.combinaties[0]);
}

/**
 * The state after choosing `woord` in group `sleutel`: the combination with that choice that keeps
 * most of the other groups as they were (the source's order breaks ties).
 */
export function kies(context: Beleidscontext, stand: Keuzestand, sleutel: string, woord: string | null): Keuzestand {
  let beste: Keuzestand | undefined;
  let besteScore = -1;
  for (const combinatie of context.combinaties) {
    const kandidaat = standVan(context, combinatie);
    if (kandidaat[sleutel] !== woord) continue;
    const score = Object.keys(kandidaat).filter((g) => kandidaat[g] === stand[g]).length;
    if (score > besteScore) {
      beste = kandidaat;
      besteScore = score;
    }
  }
  return beste ?? stand;
}

/** The source's combination the state stands for. */
export function combinatieVan(context: Beleidscontext, stand: Keuzestand): Combinatie | undefined {
  return context.combinaties.find((c) => {
    const s = standVan(context, c);
    return Object.keys(s).every((g) => s[g] === (stand[g] ?? null));
  });
}

/** Opslagen and unpublished cases: ticks beside the groups. */
export function losseKenmerken(context: Beleidscontext): KenmerkKeuze[] {
  return context.kenmerken.filter((k) => k.werking === 'opslag' || k.werking === 'niet gepubliceerd');
}

function eersteHoofdletter(tekst: string): string {
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}
