import { ongeldig } from './fout';
import { D, rondAfOpCenten } from './geld';
import { betaalmutatie } from './betaalmutatie';

/** One month of the schedule; a month without basis is skipped (no target, no payment). */
export type Schemaregel =
  { maand: number; overgeslagen: false; doel: D; mutatie: D; betaaldNaMutatie: D } | { maand: number; overgeslagen: true };

/**
 * A schedule covers a boekjaar (12 months) or CZ Tabel 2's months 1–15: January up to March of the next
 * year, in which advances on the boekjaar continue until nacalculatie (CZ GGZ 2023, Bijlage 1, tabel 2).
 */
export const SCHEMALENGTES: readonly number[] = [12, 15];

const MAANDEN_PER_JAAR = 12;

/** Checks the number of months before any cell is read, so a huge wrong range fails at once. */
export function controleerSchemalengte(aantal: number, naam: string): void {
  if (!SCHEMALENGTES.includes(aantal)) {
    throw ongeldig(
      `${naam} heeft ${aantal} cellen; geef één bedrag of een rij of kolom van 12 cellen (januari–december) ` +
        'of 15 cellen (januari t/m maart van het volgende jaar, CZ GGZ 2023, Bijlage 1, tabel 2): één basis per maand',
    );
  }
}

/**
 * Cumulative advance target for month m: basis × m / 12, rounded to cents (docs/contract.md §3 decision 5).
 *
 * Months 13–15 (January–March of the next year, CZ GGZ 2023, Bijlage 1, tabel 2) count as 12: the
 * advance is on a yearly basis and "de productieafspraak 2023 [vormt] het plafond voor de uitbetaling"
 * (same Bijlage), so after December the target is the full year's basis, never 13/12 of it. What those
 * months add is the catch-up of a changed basis and of mutations below the drempel.
 */
export function cumulatiefDoel(basis: D, maand: number): D {
  return rondAfOpCenten(basis.times(Math.min(maand, MAANDEN_PER_JAAR)).div(MAANDEN_PER_JAAR));
}

/**
 * The monthly advance schedule: per month the cumulative target, the mutation by the betaalmutatie
 * rule (executed only above the drempel) and what has been paid after it. A mutation not executed is
 * not lost: it is still in next month's difference (docs/contract.md §3 decision 5).
 *
 * `basisPerMaand` holds one jaarbasis per month (12 or 15); a month without basis (undefined) is
 * skipped: no target, no payment, what was paid carries over to the next month.
 * `betaald` is what was paid before month 1. The executed mutations add up to the last
 * "betaald na mutatie" minus `betaald`, exactly.
 */
export function betaalschema(basisPerMaand: ReadonlyArray<D | undefined>, betaald: D, drempel: D): Schemaregel[] {
  controleerSchemalengte(basisPerMaand.length, 'jaarbasis');
  let totNu = betaald;
  return basisPerMaand.map((basis, i): Schemaregel => {
    const maand = i + 1;
    if (basis === undefined) return { maand, overgeslagen: true };
    const doel = cumulatiefDoel(basis, maand);
    const mutatie = betaalmutatie(doel, totNu, drempel);
    totNu = totNu.plus(mutatie);
    return { maand, overgeslagen: false, doel, mutatie, betaaldNaMutatie: totNu };
  });
}
