import { zoekBeleidsregel } from '../beleid';
import type { EigenBeleid } from '../beleid/eigen-beleid';
import { kenmerkenUit, splitsKenmerken } from '../beleid/kenmerken';
import { WlzFout, ongeldig } from '../fout';
import type { D } from '../geld';
import { type Argument, isLeeg, leesGeheel, leesPercentage, leesTekst, normaliseer } from '../invoer';
import { zoekPrestatiesoort } from '../prestatiesoort';
import { leesSector } from '../sector';
import { type Beleidsantwoord, geldigeKenmerken, kenmerkenVoorBeleidsregel, tariefpercentage } from '../tariefpercentage';
import { leesZorgkantoor } from '../zorgkantoor';

/**
 * The policy percentage a line of a productieafspraak should carry, for the context the user gives
 * (zorgkantoor, jaar, sector, kenmerken, vorig_percentage, the user's policy table). Some prestaties
 * have their own percentage — CZ GGZ 2023, §6.2: VPT, DTV and logeren at 100 % for existing providers
 * — so a line's Soort is added as a kenmerk wherever the policy knows that word. The lookup itself is
 * core/tariefpercentage.
 *
 * docs/contract.md §3 decision 12: checks never stop at the policy. A context that is incomplete (one of
 * zorgkantoor, jaar and sector missing; a combination that needs more kenmerken or vorig_percentage)
 * or not published is one waarschuwing, and every other check still runs. Only what is plainly
 * mistyped — an unknown zorgkantoor, sector or kenmerk, a bad year or percentage — is `#VALUE!`.
 */
export type Controlecontext =
  | { zorgkantoor: string; jaar: number; sector: string; kenmerken: string[]; vorigPercentage?: D; eigen?: EigenBeleid }
  | { onvolledig: string };

/** What CONTROLEER and `wlz controleer` take beside the four context values. */
export interface Contextopties {
  /** Prefix for option names in messages: "--" in the CLI. */
  voorvoegsel?: string;
  vorig?: Argument;
  eigen?: EigenBeleid;
}

/**
 * The context of CONTROLEER and `wlz controleer`, as Excel values (the CLI passes its option texts,
 * with `voorvoegsel` "--" so messages name its options). All empty: no policy comparison.
 */
export function leesControlecontext(
  zorgkantoor: Argument,
  jaar: Argument,
  sector: Argument,
  kenmerken: Argument,
  opties: Contextopties = {},
): Controlecontext | undefined {
  const voorvoegsel = opties.voorvoegsel ?? '';
  const delen = { zorgkantoor, jaar, sector };
  const ontbreekt = (Object.keys(delen) as (keyof typeof delen)[]).filter((naam) => isLeeg(delen[naam])).map((naam) => voorvoegsel + naam);
  const vorigPercentage = isLeeg(opties.vorig)
    ? undefined
    : leesPercentage(opties.vorig, `${voorvoegsel}${voorvoegsel ? 'vorig' : 'vorig_percentage'}`);
  const gelezenKenmerken = kenmerkenUit(kenmerken, voorvoegsel + 'kenmerken');
  if (ontbreekt.length === 3 && gelezenKenmerken.length === 0 && vorigPercentage === undefined) return undefined;
  if (ontbreekt.length > 0) {
    const [z, j, s] = ['zorgkantoor', 'jaar', 'sector'].map((naam) => voorvoegsel + naam);
    return {
      onvolledig: `voor de vergelijking met het beleid zijn ${z}, ${j} en ${s} alle drie nodig; ${opsomming(ontbreekt)} ${ontbreekt.length === 1 ? 'ontbreekt' : 'ontbreken'}`,
    };
  }
  return {
    zorgkantoor: leesTekst(zorgkantoor, voorvoegsel + 'zorgkantoor'),
    jaar: leesGeheel(jaar, voorvoegsel + 'jaar', 2000, 2100),
    sector: leesTekst(sector, voorvoegsel + 'sector'),
    kenmerken: gelezenKenmerken,
    vorigPercentage,
    eigen: opties.eigen,
  };
}

/** "a", "a en b", "a, b en c". */
function opsomming(woorden: string[]): string {
  return woorden.length > 1 ? `${woorden.slice(0, -1).join(', ')} en ${woorden[woorden.length - 1]}` : woorden.join('');
}

/**
 * The policy answer for a line — with `soort` when the line's Soort was added as a kenmerk — or why
 * there is none (the source publishes no number, the context is incomplete).
 */
export type Beleidsuitkomst = { antwoord: Beleidsantwoord; soort?: string } | { fout: WlzFout };

export interface Beleid {
  /** "CZ 2023 GGZ" (with the kenmerken), for messages and reports. */
  omschrijving: string;
  /** Why there is no policy percentage for the context itself, if so: reported once, as a waarschuwing. */
  nietGepubliceerd?: string;
  voorSoort(soort: string | undefined): Beleidsuitkomst;
}

/**
 * The policy of one context. The names are read here, so a mistyped zorgkantoor, sector or kenmerk is
 * `#VALUE!` before any line is checked; a policy that is not published or a context that is not
 * complete is no error here: the check reports it once and compares nothing.
 */
export function maakBeleid(context: Controlecontext): Beleid {
  if ('onvolledig' in context) {
    const fout = ongeldig(context.onvolledig);
    return { omschrijving: 'de opgegeven context', nietGepubliceerd: context.onvolledig, voorSoort: () => ({ fout }) };
  }
  controleerNamen(context);
  const basis = vraag(context, []);
  const naam =
    'antwoord' in basis
      ? `${basis.antwoord.zorgkantoor} ${context.jaar} ${basis.antwoord.sector}`
      : `${context.zorgkantoor} ${context.jaar} ${context.sector}`;
  const omschrijving = context.kenmerken.length > 0 ? `${naam} (${context.kenmerken.join(', ')})` : naam;

  const geldig = new Map(
    geldigeKenmerken(context.zorgkantoor, context.jaar, context.sector, context.eigen).map((k) => [normaliseer(k), k]),
  );
  const alGegeven = new Set(context.kenmerken.flatMap(splitsKenmerken).map(normaliseer));
  const perSoort = new Map<string, Beleidsuitkomst>();
  return {
    omschrijving,
    ...('fout' in basis ? { nietGepubliceerd: basis.fout.bericht } : {}),
    voorSoort(soort) {
      // Only a kind of prestatie (VPT, DTV, logeren …) says something about the line's percentage.
      const prestatiesoort = soort === undefined ? undefined : zoekPrestatiesoort(soort);
      const kenmerk = prestatiesoort === undefined ? undefined : geldig.get(normaliseer(prestatiesoort));
      if (kenmerk === undefined || alGegeven.has(normaliseer(kenmerk))) return basis;
      let uitkomst = perSoort.get(kenmerk);
      if (!uitkomst) {
        const gevraagd = vraag(context, [kenmerk]);
        uitkomst = 'antwoord' in gevraagd ? { ...gevraagd, soort: kenmerk } : gevraagd;
        perSoort.set(kenmerk, uitkomst);
      }
      return uitkomst;
    },
  };
}

/** Unknown zorgkantoor, sector or kenmerk: `#VALUE!` (bad input, not an incomplete context). */
function controleerNamen(context: Extract<Controlecontext, { zorgkantoor: string }>): void {
  const zorgkantoor = leesZorgkantoor(context.zorgkantoor);
  const sector = leesSector(context.sector);
  const beleidsregel = zoekBeleidsregel(zorgkantoor, context.jaar, sector, context.eigen?.regels);
  if (beleidsregel) kenmerkenVoorBeleidsregel(beleidsregel, sector, context.kenmerken);
}

function vraag(context: Extract<Controlecontext, { zorgkantoor: string }>, extra: string[]): Beleidsuitkomst {
  try {
    const { zorgkantoor, jaar, sector, kenmerken, vorigPercentage, eigen } = context;
    return { antwoord: tariefpercentage({ zorgkantoor, jaar, sector, kenmerken: [...kenmerken, ...extra], vorigPercentage, eigen }) };
  } catch (fout) {
    if (fout instanceof WlzFout) return { fout };
    throw fout;
  }
}
