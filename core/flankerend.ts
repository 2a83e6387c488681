import { D } from './geld';
import { controleerKleinPercentage } from './kleinpercentage';

/**
 * Flankerend beleid (Z&Z Inkoopkader 2022, §2.3.1): a provider above the landelijk richttarief moves
 * towards it by at most 0,5 procentpunt a year. The defaults, with their sources.
 */
export const FLANKEREND_BELEID = {
  /** Landelijk richttariefpercentage 2022 (Z&Z Inkoopkader 2022, §2.3). */
  doel: { waarde: new D('0.958'), bron: 'Z&Z Inkoopkader 2022, §2.3' },
  /** "waardoor het tariefpercentage met maximaal -0,5 procentpunt zakt" (Z&Z Inkoopkader 2022, §2.3.1). */
  maximaleDaling: { waarde: new D('0.005'), bron: 'Z&Z Inkoopkader 2022, §2.3.1' },
} as const;

/**
 * The largest step we accept as maximale daling: 10 procentpunt. The source's step is 0,5 procentpunt;
 * a value like 0,5 (50 procentpunt) is almost certainly "0,5" typed without the % sign.
 */
const GROOTSTE_DALING = new D('0.1');

/**
 * Proposed tariff percentage under flankerend beleid (SPEC §3 decision 2): W when W ≤ doel, otherwise
 * max(doel, W − maximale daling). Not rounded: the source's own example lands on 0,1 % because its
 * input does (96,6 % → 96,1 %).
 */
export function flankerend(gewogen: D, doel: D, maximaleDaling: D): D {
  controleerKleinPercentage(maximaleDaling, 'max_daling', GROOTSTE_DALING, 'procentpunt');
  if (gewogen.lessThanOrEqualTo(doel)) return gewogen;
  return D.max(doel, gewogen.minus(maximaleDaling));
}
