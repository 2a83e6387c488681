import { D, rondAfOpCenten } from './geld';

/**
 * The monthly advance on an AW319 declaration: regulier × bevoorschottingspercentage + crisis, rounded
 * to cents. Z&Z Inkoopkader 2022, §3.1 "Bevoorschotting op basis van de contracteerruimte": when the
 * contracteerruimte looks too small a lower bevoorschottingspercentage is published and applied to the
 * monthly advances, but "deze korting wordt niet doorgevoerd op afspraken rondom crisisplekken" — so
 * crisis places are always advanced at 100 %.
 */
export function aw319Voorschot(regulier: D, crisis: D, bevoorschottingspercentage: D): D {
  return rondAfOpCenten(regulier.times(bevoorschottingspercentage).plus(crisis));
}
