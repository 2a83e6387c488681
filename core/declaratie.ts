import { standaardUit } from './beleid/getallen';
import { ongeldig } from './fout';
import { dagnummer, eersteDag, laatsteDag, plusMaanden, toonDatum, toonMaand, type Datum, type Maand } from './datum';
import { werkdag } from './werkdagen';

/**
 * Declaration timing for Wlz care (AW319 declarations), Z&Z Inkoopkader 2022, §3.1 and §3.1.2.
 * A prestatiemaand is the month in which the care was delivered.
 */

/**
 * The terms are data of their source (core/beleid/zz-inkoopkader-2022.ts): the 17th working day and
 * the 2 months' delay of §3.1, the three months of §3.1.2.
 */
const ZZ_2022 = { zorgkantoor: 'Zorg en Zekerheid', jaar: 2022 } as const;
export const DECLARATIETERMIJNEN = {
  werkdag: standaardUit('declaratiewerkdag', ZZ_2022),
  betaalvertraging: standaardUit('betaalvertraging', ZZ_2022),
  indientermijn: standaardUit('indientermijn', ZZ_2022),
} as const;
const DECLARATIEWERKDAG = DECLARATIETERMIJNEN.werkdag.waarde.toNumber();
const BETAALVERTRAGING_MAANDEN = DECLARATIETERMIJNEN.betaalvertraging.waarde.toNumber();
export const INDIENTERMIJN_MAANDEN = DECLARATIETERMIJNEN.indientermijn.waarde.toNumber();

/** The Wlz came into force on 1-1-2015: there is no Wlz prestatiemaand before it. */
const EERSTE_PRESTATIEMAAND: Maand = { jaar: 2015, maand: 1 };

function controleerWlzMaand(prestatiemaand: Maand): void {
  if (prestatiemaand.jaar * 12 + prestatiemaand.maand < EERSTE_PRESTATIEMAAND.jaar * 12 + EERSTE_PRESTATIEMAAND.maand) {
    throw ongeldig(
      `prestatiemaand ${toonMaand(prestatiemaand)} ligt vóór de Wlz (sinds 1-1-2015); geef een datum in de prestatiemaand, bijvoorbeeld 1-1-2023`,
    );
  }
}

/**
 * The last day to declare the care of a prestatiemaand: the 17th working day of the next month
 * (Z&Z Inkoopkader 2022, §3.1: care of January is declared "uiterlijk de 17de werkdag" of February).
 */
export function declaratiedeadline(prestatiemaand: Maand): Datum {
  controleerWlzMaand(prestatiemaand);
  return werkdag(plusMaanden(prestatiemaand, 1), DECLARATIEWERKDAG);
}

/**
 * The month in which the advance for a prestatiemaand is paid, as its first day: month m + 2
 * (Z&Z Inkoopkader 2022, §3.1: "De geleverde zorg van januari wordt uitbetaald in maart").
 */
export function betaalmaand(prestatiemaand: Maand): Datum {
  controleerWlzMaand(prestatiemaand);
  return eersteDag(plusMaanden(prestatiemaand, BETAALVERTRAGING_MAANDEN));
}

/**
 * Whether a declaration was submitted too late to count in the redistribution: after the last day of
 * the month `maanden` months after the prestatiemaand (Z&Z Inkoopkader 2022, §3.1.2, "later dan drie
 * maanden na de prestatiemaand"). We read "drie maanden na de prestatiemaand" as the three whole
 * months that follow it: for January the last day in time is 30 April.
 *
 * A submission date before the prestatiemaand itself cannot be a declaration of that month; it is
 * refused, as it almost always means the two dates were swapped.
 */
export function teLaat(prestatiemaand: Maand, indiendatum: Datum, maanden = INDIENTERMIJN_MAANDEN): boolean {
  controleerWlzMaand(prestatiemaand);
  if (dagnummer(indiendatum) < dagnummer(eersteDag(prestatiemaand))) {
    throw ongeldig(
      `indiendatum ${toonDatum(indiendatum)} ligt vóór de prestatiemaand ${toonMaand(prestatiemaand)}; zijn prestatiemaand en indiendatum omgewisseld?`,
    );
  }
  return dagnummer(indiendatum) > dagnummer(laatsteDag(plusMaanden(prestatiemaand, maanden)));
}
