import type { Sector } from '../sector';
import type { Zorgkantoor } from '../zorgkantoor';
import { czGgz2023 } from './cz-ggz-2023';
import { richttarieven } from './richttarief';
import type { Beleidsregel, Kanttekening } from './soort';
import { kanttekeningen2024, themas2024 } from './themas-2024';
import { zkAanvulling2023 } from './zk-aanvulling-2023';
import { zkVv2017 } from './zk-vv-2017';
import { zzInkoopkader2022 } from './zz-inkoopkader-2022';

export { richttarieven };
export { KENMERKEN, type KenmerkId, type Kenmerkwoord, type VasteKenmerkId } from './kenmerken';
export * from './soort';

/**
 * All embedded policy, one list per source document. A new year or document is a new module listed
 * here; the lookup code does not change. Each zorgkantoor/jaar/sector is in at most one rule (a test
 * checks it).
 */
export const beleidsregels: readonly Beleidsregel[] = [...zkVv2017, ...zzInkoopkader2022, ...zkAanvulling2023, ...czGgz2023, ...themas2024];

export const kanttekeningen: readonly Kanttekening[] = [...kanttekeningen2024];

/**
 * The rule for one zorgkantoor, year and sector: the user's policy table's rule where it has one for
 * exactly that combination (docs/contract.md §3 decision 15), else the embedded sources', if any.
 */
export function zoekBeleidsregel(
  zorgkantoor: Zorgkantoor,
  jaar: number,
  sector: Sector,
  eigen: readonly Beleidsregel[] = [],
): Beleidsregel | undefined {
  const past = (r: Beleidsregel) => r.zorgkantoor === zorgkantoor && r.jaar === jaar && r.sectoren.includes(sector);
  return eigen.find(past) ?? beleidsregels.find(past);
}
