import { standaardUit } from './beleid/getallen';
import { D, alsPercentage, rondAfOpCenten, som } from './geld';
import { ongeldig } from './fout';
import { controleerKleinPercentage } from './kleinpercentage';

/**
 * ZK Aanvulling 2023, hoofdstuk 2: "Zilveren Kruis reserveert voor 2023 een klein deel van de
 * contracteerruimte (0,2%) voor onvoorziene omstandigheden. Voor regionale ontwikkeling reserveren
 * we ook 0,2% van de contracteerruimte." Both are shares of the whole contracteerruimte, not of
 * what is left after the other. The percentages are data of their source (core/beleid/zk-aanvulling-2023.ts).
 */
export const RESERVERINGEN_ZK_2023 = (['onvoorziene omstandigheden', 'regionale ontwikkeling'] as const).map((doel) => {
  const standaard = standaardUit(`reservering ${doel}`, { zorgkantoor: 'Zilveren Kruis', jaar: 2023 });
  return { doel, percentage: standaard.waarde, standaard };
});

/** Ceiling per percentage: the source reserves 0,2 %; "0,2" typed without % (20 %) is refused. */
const GROOTSTE_RESERVERING = new D('0.1');

/**
 * Amount reserved from the contracteerruimte: Σ round(contracteerruimte × percentageᵢ). Each
 * percentage is its own reservation (its own line), so each is rounded to cents and the total is the
 * sum of the rounded lines (docs/contract.md §1 "money").
 */
export function reservering(contracteerruimte: D, percentages: readonly D[]): D {
  for (const p of percentages) controleerKleinPercentage(p, 'percentages', GROOTSTE_RESERVERING, 'procent');
  const samen = som(percentages);
  if (samen.greaterThan(1)) throw ongeldig(`de percentages zijn samen ${alsPercentage(samen)}, meer dan 100% van de contracteerruimte`);
  return som(percentages.map((p) => rondAfOpCenten(contracteerruimte.times(p))));
}
