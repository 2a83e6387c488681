import { D, rondAfOpCenten } from './geld';

const NUL = new D(0);

/**
 * Payment in arrears for a new provider: no advance, but each month the realised care, up to the
 * productieafspraak (CZ GGZ 2023, Bijlage 1, "Betaling van de zorg bij nieuwe zorgaanbieders":
 * "betaling achteraf per maand … op basis van de realisatie en tot maximaal de productieafspraak").
 * min(realisatie, max(0, afspraak − betaald)), rounded to cents; nothing once the agreement is used up.
 */
export function nieuweAanbiederBetaling(realisatie: D, afspraak: D, betaald: D): D {
  return rondAfOpCenten(D.min(realisatie, D.max(NUL, afspraak.minus(betaald))));
}
