import { WlzFout, ongeldig } from '../fout';
import { type Argument, isLeeg, leesGeheel, leesTekst, normaliseer } from '../invoer';
import { zoekPrestatiesoort } from '../prestatiesoort';
import { type Beleidsantwoord, geldigeKenmerken, kenmerkenUit, splitsKenmerken, tariefpercentage } from '../tariefpercentage';

/**
 * The policy percentage a line of a productieafspraak should carry, for the context the user gives
 * (zorgkantoor, jaar, sector, kenmerken). Some prestaties have their own percentage — CZ GGZ 2023,
 * §6.2: VPT, DTV and logeren at 100 % for existing providers — so a line's Soort is added as a kenmerk
 * wherever the policy knows that word. The lookup itself is core/tariefpercentage.
 */
export interface Controlecontext {
  zorgkantoor: string;
  jaar: number;
  sector: string;
  kenmerken: string[];
}

/**
 * The context of CONTROLEER and `wlz controleer`, as Excel values (the CLI passes its option texts,
 * with `voorvoegsel` "--" so messages name its options). All empty: no policy comparison. Zorgkantoor,
 * jaar and sector are needed together; kenmerken alone mean nothing.
 */
export function leesControlecontext(zorgkantoor: Argument, jaar: Argument, sector: Argument, kenmerken: Argument, voorvoegsel = ''): Controlecontext | undefined {
  const delen = { zorgkantoor, jaar, sector };
  const ontbreekt = (Object.keys(delen) as (keyof typeof delen)[]).filter((naam) => isLeeg(delen[naam])).map((naam) => voorvoegsel + naam);
  if (ontbreekt.length === 3 && isLeeg(kenmerken)) return undefined;
  if (ontbreekt.length > 0) {
    const [z, j, s] = ['zorgkantoor', 'jaar', 'sector'].map((naam) => voorvoegsel + naam);
    throw ongeldig(`voor de vergelijking met het beleid zijn ${z}, ${j} en ${s} alle drie nodig; ${opsomming(ontbreekt)} ${ontbreekt.length === 1 ? 'ontbreekt' : 'ontbreken'}`);
  }
  return {
    zorgkantoor: leesTekst(zorgkantoor, voorvoegsel + 'zorgkantoor'),
    jaar: leesGeheel(jaar, voorvoegsel + 'jaar', 2000, 2100),
    sector: leesTekst(sector, voorvoegsel + 'sector'),
    kenmerken: kenmerkenUit(kenmerken, voorvoegsel + 'kenmerken'),
  };
}

/** "a", "a en b", "a, b en c". */
function opsomming(woorden: string[]): string {
  return woorden.length > 1 ? `${woorden.slice(0, -1).join(', ')} en ${woorden[woorden.length - 1]}` : woorden.join('');
}

/**
 * The policy answer for a line — with `soort` when the line's Soort was added as a kenmerk — or why
 * there is none (`#N/A`: the source publishes no number).
 */
export type Beleidsuitkomst = { antwoord: Beleidsantwoord; soort?: string } | { fout: WlzFout };

export interface Beleid {
  /** "CZ 2023 GGZ" (with the kenmerken), for messages and reports. */
  omschrijving: string;
  /** Why there is no policy percentage for the context itself (`#N/A`), if so. */
  nietGepubliceerd?: string;
  voorSoort(soort: string | undefined): Beleidsuitkomst;
}

/**
 * The policy of one context. The context itself is looked up once here, so an unknown zorgkantoor,
 * sector or kenmerk is `#VALUE!` before any line is checked; a policy that is not published (`#N/A`)
 * is no error here: the check reports it once and compares nothing.
 */
export function maakBeleid(context: Controlecontext): Beleid {
  const basis = vraag(context, []);
  if ('fout' in basis && basis.fout.code !== '#N/A') throw basis.fout;
  const naam = 'antwoord' in basis ? `${basis.antwoord.zorgkantoor} ${context.jaar} ${basis.antwoord.sector}` : `${context.zorgkantoor} ${context.jaar} ${context.sector}`;
  const omschrijving = context.kenmerken.length > 0 ? `${naam} (${context.kenmerken.join(', ')})` : naam;

  const geldig = new Map(soortKenmerken(context).map((k) => [normaliseer(k), k]));
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

/** The words the policy knows for this context; none where it has no policy at all. */
function soortKenmerken(context: Controlecontext): string[] {
  try {
    return geldigeKenmerken(context.zorgkantoor, context.jaar, context.sector);
  } catch (fout) {
    if (fout instanceof WlzFout) return [];
    throw fout;
  }
}

function vraag(context: Controlecontext, extra: string[]): Beleidsuitkomst {
  try {
    return { antwoord: tariefpercentage({ zorgkantoor: context.zorgkantoor, jaar: context.jaar, sector: context.sector, kenmerken: [...context.kenmerken, ...extra] }) };
  } catch (fout) {
    if (fout instanceof WlzFout) return { fout };
    throw fout;
  }
}
