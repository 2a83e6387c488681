import { type EigenBeleid, leesEigenBeleid } from '../core/beleid/eigen-beleid';
import { WlzFout } from '../core/fout';
import type { Cel } from '../core/invoer';
import { type Werkmapcel, isDatumcel } from '../core/werkmap';
import { GebruiksFout } from './functie';
import { Onleesbaar, type Werkmap, leesWerkmap } from './werkmap';

/**
 * `--beleid PAD` (docs/contract.md §7, decision 15): the user's policy table from a .xlsx (the sheet named
 * WLZ_beleid, else the first sheet) or a Dutch .csv, read by the same bounded reader as `wlz controleer`
 * and handed to the core's validation as a 2-D array. A file that cannot be read or a table with a fault
 * is a usage error (exit 2) naming the file, the row and the column.
 */
export async function leesBeleidsbestand(pad: string, optie = '--beleid'): Promise<EigenBeleid> {
  let werkmap: Werkmap;
  try {
    werkmap = await leesWerkmap(pad);
  } catch (fout) {
    if (fout instanceof Onleesbaar) throw new GebruiksFout(`${optie}: ${pad} is niet te lezen: ${fout.message}`);
    throw fout;
  }
  const blad = werkmap.bladen.find((b) => b.naam.toLowerCase() === 'wlz_beleid') ?? werkmap.bladen[0];
  if (!blad) throw new GebruiksFout(`${optie}: ${pad} heeft geen bladen`);
  try {
    return leesEigenBeleid(
      Array.from(blad.raster, (rij) => Array.from(rij ?? [], celwaarde)),
      pad,
    );
  } catch (fout) {
    if (fout instanceof WlzFout) throw new GebruiksFout(`${optie}: ${fout.bericht}`);
    throw fout;
  }
}

/** A cell as a formula would receive it; a date or a formula saved without its result is no policy value. */
function celwaarde(cel: Werkmapcel): Cel {
  if (cel === undefined || isDatumcel(cel)) return null;
  return typeof cel === 'object' && cel !== null ? null : cel;
}
