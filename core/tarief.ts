import { D, alsPercentage, rondAfOpCenten } from './geld';
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
 * Rounding of the per-unit total: SPEC §3 decision 3.
 */
export function tarief(nza: NzaComponenten, percentage: D, percentageNhcNic: D = HONDERD_PROCENT): D {
  return rondAfOpCenten(percentage.times(nza.zorg).plus(percentageNhcNic.times(nza.nhc.plus(nza.nic))));
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
