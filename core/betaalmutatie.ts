import { standaardUit } from './beleid/getallen';
import { D, rondAfOpCenten } from './geld';

/**
 * The smallest payment CZ offers to the CAK: a single payment or withholding is only executed when it
 * is more than € 5.000 (CZ GGZ 2023, Bijlage 1, "Minimale betalingsomvang (randvoorwaarde)"). It is
 * the default drempel of BETAALMUTATIE and BETAALSCHEMA; another zorgkantoor's amount is typed in.
 * The number is data of its source (core/beleid/cz-ggz-2023.ts).
 */
export const DREMPEL = standaardUit('minimale betalingsomvang', { zorgkantoor: 'CZ', jaar: 2023 });
export const MINIMALE_BETALINGSOMVANG = { bedrag: DREMPEL.waarde, bron: DREMPEL.bron } as const;

const NUL = new D(0);

/**
 * The payment (positive) or withholding (negative) that brings what has been paid up to the target:
 * doel − betaald, executed only when its absolute value is strictly more than the drempel
 * ("meer dan € 5.000", CZ GGZ 2023, Bijlage 1); otherwise 0. A mutation not executed is not lost:
 * it stays in the difference and returns next month, the rest is settled at nacalculatie
 * (docs/contract.md §3 decision 5).
 *
 * The difference is computed exactly and rounded to cents (half away from zero) before it is compared,
 * because the amount compared must be the amount that would be paid: 5.000,004 would be paid as
 * 5.000,00, which is not more than € 5.000.
 */
export function betaalmutatie(doel: D, betaald: D, drempel: D = MINIMALE_BETALINGSOMVANG.bedrag): D {
  const verschil = rondAfOpCenten(doel.minus(betaald));
  return verschil.abs().greaterThan(drempel) ? verschil : NUL;
}
