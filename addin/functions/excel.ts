import { WlzFout } from '../../core/fout';
import { roep, zoekFunctie } from '../../core/functies';
import type { Argument, Uitkomst } from '../../core/invoer';

/**
 * The Excel boundary: Excel values go into the core's function table, WlzFout comes back out as a
 * CustomFunctions.Error with its Dutch message. Where Excel is absent (Node, tests, a plain browser)
 * a stand-in with the same shape is used, so the same code runs everywhere.
 */
type ExcelFoutCode = WlzFout['code'];

/** Stand-in for office.js's CustomFunctions.Error where Excel is absent. */
export class ExcelFout extends Error {
  constructor(
    readonly code: ExcelFoutCode,
    message?: string,
  ) {
    super(message);
    this.name = 'CustomFunctions.Error';
  }
}

function alsExcelFout(fout: WlzFout): unknown {
  // Excel shows a message only with #VALUE! and #N/A; #DIV/0! takes none.
  const bericht = fout.code === '#DIV/0!' ? undefined : fout.bericht;
  if (typeof CustomFunctions === 'undefined' || !CustomFunctions.Error) return new ExcelFout(fout.code, bericht);
  const codes = {
    '#VALUE!': CustomFunctions.ErrorCode.invalidValue,
    '#N/A': CustomFunctions.ErrorCode.notAvailable,
    '#DIV/0!': CustomFunctions.ErrorCode.divisionByZero,
  };
  return new CustomFunctions.Error(codes[fout.code], bericht);
}

/** Runs WLZ.<naam> on Excel values; throws only a CustomFunctions.Error. */
export function roepVanuitExcel(naam: string, args: Argument[], invocation?: { parameterAddresses?: string[] }): Uitkomst {
  const functie = zoekFunctie(naam);
  if (!functie) throw alsExcelFout(new WlzFout('#N/A', `onbekende functie WLZ.${naam}`));
  // Excel passes omitted trailing optional arguments as null or undefined; drop them so the
  // argument count check sees what the user typed.
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n -= 1;
  try {
    return roep(functie, args.slice(0, n), { adressen: invocation?.parameterAddresses });
  } catch (fout) {
    throw fout instanceof WlzFout ? alsExcelFout(fout) : fout;
  }
}
