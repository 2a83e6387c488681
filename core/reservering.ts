import { D, alsPercentage, rondAfOpCenten, som } from './geld';
import { ongeldig } from './fout';
import { controleerKleinPercentage } from './kleinpercentage';

/**
 * ZK Aanvulling 2023, hoofdstuk 2: "Zilveren Kruis reserveert voor 2023 een klein deel van de
 * contracteerruimte (0,2%) voor onvoorziene omstandigheden. Voor regionale ontwikkeling reserveren
 * we ook 0,2% van de contracteerruimte." Both are shares of the whole contracteerruimte, not of
 * what is left after the other.
 */
export const RESERVERINGEN_ZK_2023: ReadonlyArray<{ doel: string; percentage: D; bron: string }> = [
  { doel: 'onvoorziene omstandigheden', percentage: new D('0.002'), bron: 'ZK Aanvulling 2023, hoofdstuk 2' },
  { doel: 'regionale ontwikkeling', percentage: new D('0.002'), bron: 'ZK Aanvulling 2023, hoofdstuk 2' },
];

/** Ceiling per percentage: the source reserves 0,2 %; "0,2" typed without % (20 %) is refused. */
const GROOTSTE_RESERVERING = new D('0.1');

/**
 * Amount reserved from the contracteerruimte: Σ round(contracteerruimte × percentageᵢ). Each
 * percentage is its own reservation (its own line), so each is rounded to cents and the total is the
 * sum of the rounded lines (SPEC §1 "money").
 */
export function reservering(contracteerruimte: D, percentages: readonly D[]): D {
  for (const p of percentages) controleerKleinPercentage(p, 'percentages', GROOTSTE_RESERVERING, 'procent');
  const samen = som(percentages);
  if (samen.greaterThan(1)) throw ongeldig(`de percentages zijn samen ${alsPercentage(samen)}, meer dan 100% van de contracteerruimte`);
  return som(percentages.map((p) => rondAfOpCenten(contracteerruimte.times(p))));
}
