import { ongeldig } from '../fout';
import { type Oorsprong, ZONDER_ADRES } from './adres';
import type { Beleid } from './beleidscontrole';
import type { Bevinding } from './bevinding';
import { controleer } from './controles';
import { type Raster, herkenTabel } from './tabel';

/**
 * Checking a productieafspraak table (docs/contract.md §5): the table model (./tabel, ./kolommen), the checks
 * (./controles) and the policy comparison (./beleid). Used by WLZ.CONTROLEER, `wlz controleer` and
 * the task pane.
 */
export { type Oorsprong, ZONDER_ADRES, kolomLetter, leesAdres } from './adres';
export { type Beleid, type Controlecontext, leesControlecontext, maakBeleid } from './beleidscontrole';
export type { Bevinding, Ernst } from './bevinding';
export { controleer } from './controles';
export {
  type FormuleZonderUitkomst,
  type Raster,
  type Rastercel,
  type Tabel,
  type Tabelopties,
  type Totaalrij,
  herkenTabel,
  herkenTabellen,
} from './tabel';

/** Why a range or sheet is not a productieafspraak table, for the user. */
export const GEEN_TABEL =
  'geen productieafspraaktabel herkend: geen kopregel met ten minste drie bekende kolommen, waaronder Volume, Tarief of Bedrag (bijvoorbeeld Prestatiecode, Omschrijving, Volume, Tarief, Bedrag)';

/**
 * Finds the table in `raster` and checks it: the findings, sorted by row. A range without a
 * recognisable header row is `#VALUE!` — there is nothing to check.
 */
export function controleerRaster(raster: Raster, oorsprong: Oorsprong = ZONDER_ADRES, beleid?: Beleid): Bevinding[] {
  const tabel = herkenTabel(raster, oorsprong);
  if (!tabel) throw ongeldig(GEEN_TABEL);
  return controleer(tabel, beleid);
}
