import { standaardUit } from './beleid/getallen';
import { type D, rondAfOpCenten } from './geld';
import { ongeldig } from './fout';

/**
 * ZK V&V 2017, deel 1 §4.7 (Wlz Behandeling), adopted in deel 2 §3.3.2: "Het verschil in financiële
 * waarde tussen een VPT inclusief en exclusief behandeling (op jaarbasis) geldt hierbij als financieel
 * kader voor de te declareren behandeling MPT naast een ZZP/VPT exclusief behandeling."
 * VPT tariffs are per day, so "op jaarbasis" is × 365 days (afgeleid; 366 in a leap year is up to the user).
 * The number is data of its source (core/beleid/zk-vv-2017.ts).
 */
export const BEHANDELING_MPT_KADER = standaardUit('behandeling MPT dagen', { zorgkantoor: 'Zilveren Kruis', jaar: 2017 });

/** Yearly cap per client for behandeling MPT: (VPT inclusief − VPT exclusief behandeling) × dagen, rounded to cents. */
export function behandelingplafond(vptInclusief: D, vptExclusief: D, dagen: number): D {
  if (vptInclusief.lessThan(vptExclusief)) {
    throw ongeldig('vpt_inclusief is lager dan vpt_exclusief: het tarief inclusief behandeling hoort het hoogste te zijn');
  }
  return rondAfOpCenten(vptInclusief.minus(vptExclusief).times(dagen));
}
