import type { D } from './geld';
import { ongeldig } from './fout';

/** Default period: a calendar year. */
export const MAANDEN_PER_JAAR = 12;
/**
 * Longest period accepted: two years. The longest period in the sources is 15 months (advances from
 * November up to March of the next year, docs/contract.md §3 decision 6); anything beyond two years is a typo.
 */
export const LANGSTE_PERIODE = 24;

/**
 * Realisation so far scaled to the whole year: realisatie × jaarmaanden / maanden. CZ GGZ 2023, §6.3
 * bases the herschikte productieafspraak on "de geëxtrapoleerde realisatiecijfers januari tot en met
 * juli" (7 of 12 months). Not rounded: the realisatie may be a volume or an amount, and an estimate
 * is usually rounded only where it is used.
 */
export function extrapoleer(realisatie: D, maanden: number, jaarmaanden: number): D {
  if (maanden > jaarmaanden) {
    throw ongeldig(`maanden (${maanden}) kan niet meer zijn dan jaarmaanden (${jaarmaanden})`);
  }
  return realisatie.times(jaarmaanden).div(maanden);
}
