import { D, alsPercentage, rondAfOpCenten } from './geld';
import { EXACT_TOT, geschaald } from './exactesom';
import { ongeldig } from './fout';

/** NZa maximum tariff per unit, split into its components. */
export interface NzaComponenten {
  /** Zorgcomponent: the part the tariff percentage applies to. */
  zorg: D;
  /** Normatieve huisvestingscomponent. */
  nhc: D;
  /** Normatieve inventariscomponent. */
  nic: D;
}

const HONDERD_PROCENT = new D(1);

/**
 * Tariff per unit: percentage × zorg + percentage_nhc_nic × (nhc + nic), rounded to cents.
 * Source: CZ GGZ 2023, §6.2 (tarief = tariefpercentage × zorgcomponent + 100% × NHC + 100% × NIC);
 * the same split in ZK Aanvulling 2023, hoofdstuk 2 (tariefpercentage zorg / NHC-NIC).
 * Rounding of the per-unit total: docs/contract.md §3 decision 3.
 */
export function tarief(nza: NzaComponenten, percentage: D, percentageNhcNic: D = HONDERD_PROCENT): D {
  return rondAfOpCenten(percentage.times(nza.zorg).plus(percentageNhcNic.times(nza.nhc.plus(nza.nic))));
}

// The fast lane's units: amounts in whole cents, percentages in whole millionths (95,8 % = 958000),
// so a product is a whole number of 10⁻⁸ euro. Each product stays below 2⁵² and their sum below
// 2⁵³: exact in a double.
const CENTEN = 100;
const MILJOENSTEN = 1_000_000;
const MAX_CENTEN = Math.floor(EXACT_TOT / MILJOENSTEN);
const HALVE_CENT = MILJOENSTEN / 2;

/**
 * `tarief` for the everyday call, without a Decimal: every argument a plain number, the NZa components
 * in whole cents (at most € 45 miljoen) and the percentages in whole millionths within (0, 1]; an
 * empty percentage_nhc_nic is 100 %. Integer arithmetic in doubles is exact there, and so is rounding
 * half away from zero to cents, so the result is the number `alsGetal(tarief(…))` gives — exactly.
 * Any other argument (text, a range, more decimals, out of bounds, an error to report) returns
 * undefined: the caller takes the Decimal lane, which reads and reports everything else.
 * Why: a sheet holds thousands of TARIEF cells and Excel recalculates them on every edit; parsing
 * five Decimals per cell made them 1,5× slower than =A*B+C+D (bench: tarief_10k_vs_ingebouwd).
 */
export function snelTarief(zorg: unknown, nhc: unknown, nic: unknown, percentage: unknown, percentageNhcNic: unknown): number | undefined {
  // An empty NHC or NIC is 0 (docs/contract.md §3 decision 10).
  const nhcGetal = nhc === null || nhc === undefined ? 0 : nhc;
  const nicGetal = nic === null || nic === undefined ? 0 : nic;
  if (typeof zorg !== 'number' || typeof nhcGetal !== 'number' || typeof nicGetal !== 'number' || typeof percentage !== 'number')
    return undefined;
  const pNhcNic = percentageNhcNic === undefined || percentageNhcNic === null ? 1 : percentageNhcNic;
  if (typeof pNhcNic !== 'number') return undefined;
  // geschaald gives NaN off the grid, and NaN fails every comparison below.
  const zorgCenten = geschaald(zorg, CENTEN);
  const nhcCenten = geschaald(nhcGetal, CENTEN);
  const nicCenten = geschaald(nicGetal, CENTEN);
  const nhcNicCenten = nhcCenten + nicCenten;
  const p = geschaald(percentage, MILJOENSTEN);
  const pNhcNicM = geschaald(pNhcNic, MILJOENSTEN);
  if (!(zorgCenten >= 0 && nhcCenten >= 0 && nicCenten >= 0 && zorgCenten <= MAX_CENTEN && nhcNicCenten <= MAX_CENTEN)) return undefined;
  if (!(p > 0 && p <= MILJOENSTEN && pNhcNicM > 0 && pNhcNicM <= MILJOENSTEN)) return undefined;
  const totaal = zorgCenten * p + nhcNicCenten * pNhcNicM;
  const rest = totaal % MILJOENSTEN;
  const centen = (totaal - rest) / MILJOENSTEN + (rest >= HALVE_CENT ? 1 : 0);
  // Division is correctly rounded: the double nearest to the exact cents / 100, as Decimal.toNumber gives.
  return centen / CENTEN;
}

/** The highest tariff percentage the NZa allows: 100 % of the maximum tariff. */
export const NZA_MAXIMUM = HONDERD_PROCENT;

/**
 * Basistariefpercentage plus a tariefsopslag in percentage points, never above the NZa maximum.
 * Source: ZK V&V 2017, §2.2.5 (opslag at most 3 %, total at most the NZa maximum tariff).
 */
export function opslagtarief(basis: D, opslag: D, maxOpslag: D): D {
  if (opslag.greaterThan(maxOpslag)) {
    throw ongeldig(`opslag ${alsPercentage(opslag)} is hoger dan de maximale opslag van ${alsPercentage(maxOpslag)} (ZK V&V 2017, §2.2.5)`);
  }
  const totaal = basis.plus(opslag);
  if (totaal.greaterThan(NZA_MAXIMUM)) {
    throw ongeldig(`basis + opslag is ${alsPercentage(totaal)}, hoger dan het NZa-maximumtarief (100%) (ZK V&V 2017, §2.2.5)`);
  }
  return totaal;
}
