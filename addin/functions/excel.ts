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

/**
 * A cell holding a data type reaches a custom function as its JSON value (Excel JavaScript API
 * `Excel.CellValue`; "Use data types with custom functions in Excel", learn.microsoft.com): a
 * formatted number `{ type: "FormattedNumber" | "Double", basicValue: 0.958, numberFormat }`, an
 * entity `{ type: "Entity", text, properties, basicValue?: "#VALUE!" }`, and so on. Each is read
 * through its basicValue, as Excel's own formulas do; an entity has no basic value but #VALUE!, so its
 * parameter gets a Dutch message instead of "[object Object]".
 */
type Datatype = { type?: unknown; basicType?: unknown; basicValue?: unknown; text?: unknown };

function isDatatype(waarde: unknown): waarde is Datatype {
  return typeof waarde === 'object' && waarde !== null && !Array.isArray(waarde);
}

function basiswaarde(waarde: Datatype, parameter: string): Argument {
  const basis = waarde.basicValue;
  const fout = waarde.basicType === 'Error' || /entity/i.test(String(waarde.type));
  if (!fout && (typeof basis === 'number' || typeof basis === 'boolean' || typeof basis === 'string')) return basis;
  const soort = typeof waarde.type === 'string' ? waarde.type : 'gegevenstype';
  const tekst = typeof waarde.text === 'string' && waarde.text ? ` "${waarde.text.slice(0, 40)}"` : '';
  throw new WlzFout(
    '#VALUE!',
    `${parameter}: de cel bevat een ${soort}${tekst} zonder getal of tekst; verwijs naar een veld ervan, bijvoorbeeld =A1.Prijs`,
  );
}

/** The argument with every data type replaced by its basic value; unchanged (not copied) when there is none. */
function metBasiswaarden(waarde: unknown, parameter: string): Argument {
  if (isDatatype(waarde)) return basiswaarde(waarde, parameter);
  if (!Array.isArray(waarde)) return waarde as Argument;
  let kopie: unknown[][] | undefined;
  for (let r = 0; r < waarde.length; r += 1) {
    const rij = waarde[r] as unknown[];
    for (let k = 0; k < rij.length; k += 1) {
      if (!isDatatype(rij[k])) continue;
      kopie ??= waarde.map((x) => [...(x as unknown[])]);
      kopie[r][k] = basiswaarde(rij[k] as Datatype, parameter);
    }
  }
  return (kopie ?? waarde) as Argument;
}

/** Runs WLZ.<naam> on Excel values; throws only a CustomFunctions.Error. */
export function roepVanuitExcel(naam: string, args: unknown[], invocation?: { parameterAddresses?: string[] }): Uitkomst {
  const functie = zoekFunctie(naam);
  if (!functie) throw alsExcelFout(new WlzFout('#N/A', `onbekende functie WLZ.${naam}`));
  // Excel passes omitted trailing optional arguments as null or undefined; drop them so the
  // argument count check sees what the user typed.
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n -= 1;
  try {
    const waarden = args.slice(0, n).map((a, i) => metBasiswaarden(a, functie.parameters[i]?.naam ?? `argument ${i + 1}`));
    return roep(functie, waarden, { adressen: invocation?.parameterAddresses });
  } catch (fout) {
    throw fout instanceof WlzFout ? alsExcelFout(fout) : fout;
  }
}
