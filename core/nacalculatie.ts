import { D, rondAfOpCenten } from './geld';

/**
 * The year-end settlement (docs/contract.md §3 decision 13): what was realised, at most the last
 * productieafspraak, minus the advances paid — "het restant wordt rechtgetrokken … nacalculatie"
 * (CZ GGZ 2023, Bijlage 1); the advances are "gelijk te stellen aan de afspraken in de nacalculatie"
 * (Z&Z Inkoopkader 2022, §3.1). Positive = nabetaling, negative = terugvordering, rounded to cents
 * half away from zero. No € 5.000 threshold: that rule is for the monthly payments only.
 */
export function nacalculatie(realisatie: D, afspraak: D, betaald: D): D {
  return rondAfOpCenten(D.min(realisatie, afspraak).minus(betaald));
}
