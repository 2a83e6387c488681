import { D, rondAfOpCenten } from './geld';
import { ongeldig } from './fout';

/**
 * ZK V&V 2017, deel 1 §4.7 (Wlz Behandeling), adopted in deel 2 §3.3.2: "Het verschil in financiële
 * waarde tussen een VPT inclusief en exclusief behandeling (op jaarbasis) geldt hierbij als financieel
 * kader voor de te declareren behandeling MPT naast een ZZP/VPT exclusief behandeling."
 * VPT tariffs are per day, so "op jaarbasis" is × 365 days (afgeleid; 366 in a leap year is up to the user).
 */
export const BEHANDELING_MPT_KADER = { dagen: 365, bron: 'ZK V&V 2017, §4.7 (op jaarbasis; 365 dagen afgeleid)' } as const;

/** Yearly cap per client for behandeling MPT: (VPT inclusief − VPT exclusief behandeling) × dagen, rounded to cents. */
export function behandelingplafond(vptInclusief: D, vptExclusief: D, dagen: number): D {
  if (vptInclusief.lessThan(vptExclusief)) {
    throw ongeldig('vpt_inclusief is lager dan vpt_exclusief: het tarief inclusief behandeling hoort het hoogste te zijn');
  }
  return rondAfOpCenten(vptInclusief.minus(vptExclusief).times(dagen));
}
