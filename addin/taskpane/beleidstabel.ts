import { type EigenBeleid, leesEigenBeleid } from '../../core/beleid/eigen-beleid';
import { type Beleidscontext, beleidscontexten } from '../../core/beleidscontexten';
import { WlzFout } from '../../core/fout';
import { leesTabelOpNaam } from './werkmap';

/**
 * The user's policy table in the workbook (docs/contract.md §3 decision 15): an Excel table named WLZ_beleid.
 * When it is there, the Tarief and Vergelijken tabs offer its zorgkantoren and years and insert
 * formulas that reference it; the validation is the core's (core/beleid/eigen-beleid.ts). The tabs
 * ask `beleidscontextenNu()` and `beleidsargument()`, and re-render through `bijNieuwBeleid`.
 */
export const BELEIDSTABEL = 'WLZ_beleid';
/** How a formula references the whole table, header row included. */
const VERWIJZING = `${BELEIDSTABEL}[#Alles]`;

let eigen: EigenBeleid | undefined;
let contexten: Beleidscontext[] = beleidscontexten();
const luisteraars: Array<() => void> = [];

export function beleidscontextenNu(): Beleidscontext[] {
  return contexten;
}

export function werkmapbeleid(): EigenBeleid | undefined {
  return eigen;
}

/** The formula argument for the user's table, where the chosen context comes from it. */
export function beleidsargument(vanTabel: boolean): string | undefined {
  return eigen && vanTabel ? VERWIJZING : undefined;
}

/** Called after the workbook's table was (re)read, so a tab can offer its contexts. */
export function bijNieuwBeleid(luisteraar: () => void): void {
  luisteraars.push(luisteraar);
}

/**
 * Reads WLZ_beleid from the workbook. No such table: the embedded policy alone, no message. A table
 * with a fault: the embedded policy alone, and the Dutch message naming the row and column.
 */
export async function laadWerkmapbeleid(): Promise<string | undefined> {
  let melding: string | undefined;
  try {
    const waarden = await leesTabelOpNaam(BELEIDSTABEL);
    eigen = waarden ? leesEigenBeleid(waarden, BELEIDSTABEL) : undefined;
  } catch (fout) {
    eigen = undefined;
    melding = fout instanceof WlzFout ? fout.bericht : `${BELEIDSTABEL} is niet te lezen`;
  }
  contexten = beleidscontexten(eigen);
  for (const luisteraar of luisteraars) luisteraar();
  return melding;
}
