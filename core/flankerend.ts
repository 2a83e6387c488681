import { standaardUit, vasteStandaard } from './beleid/getallen';
import { richttarieven } from './beleid/richttarief';
import { bronnenTekst, uitProcent } from './beleid/tekst';
import { D, alsPercentage } from './geld';
import { controleerKleinPercentage } from './kleinpercentage';

/** The landelijk richttarief 2022 the Z&Z transition moves towards (Z&Z Inkoopkader 2022, §2.3). */
const RICHTTARIEF_2022 = richttarieven.find((r) => r.jaar === 2022)!;

/**
 * Flankerend beleid (Z&Z Inkoopkader 2022, §2.3.1): a provider above the landelijk richttarief moves
 * towards it by at most 0,5 procentpunt a year. The defaults are data of their sources
 * (core/beleid/richttarief.ts, core/beleid/zz-inkoopkader-2022.ts).
 */
export const FLANKEREND_BELEID = {
  doel: {
    ...vasteStandaard(uitProcent(RICHTTARIEF_2022.procent), '', ''),
    bron: bronnenTekst([RICHTTARIEF_2022.bron]),
    tekst: `${alsPercentage(uitProcent(RICHTTARIEF_2022.procent))}, het landelijk richttarief 2022 (${bronnenTekst([RICHTTARIEF_2022.bron])})`,
    text: `${alsPercentage(uitProcent(RICHTTARIEF_2022.procent)).replace(',', '.')}, the national guide percentage 2022 (${bronnenTekst([RICHTTARIEF_2022.bron])})`,
  },
  maximaleDaling: standaardUit('maximale daling flankerend beleid', { zorgkantoor: 'Zorg en Zekerheid', jaar: 2022 }),
} as const;

/**
 * The largest step we accept as maximale daling: 10 procentpunt. The source's step is 0,5 procentpunt;
 * a value like 0,5 (50 procentpunt) is almost certainly "0,5" typed without the % sign.
 */
const GROOTSTE_DALING = new D('0.1');

/**
 * Proposed tariff percentage under flankerend beleid (docs/contract.md §3 decision 2): W when W ≤ doel, otherwise
 * max(doel, W − maximale daling). Not rounded: the source's own example lands on 0,1 % because its
 * input does (96,6 % → 96,1 %).
 */
export function flankerend(gewogen: D, doel: D, maximaleDaling: D): D {
  controleerKleinPercentage(maximaleDaling, 'max_daling', GROOTSTE_DALING, 'procentpunt');
  if (gewogen.lessThanOrEqualTo(doel)) return gewogen;
  return D.max(doel, gewogen.minus(maximaleDaling));
}
