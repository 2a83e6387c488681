import ExcelJS from 'exceljs';
import {
  ArraySize,
  CellError,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ConfigParams,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
  type RawCellContent,
  type SimpleCellAddress,
} from 'hyperformula';
import { ExcelFout, roepVanuitExcel } from '../addin/functions/excel';
import type { WlzFunctie } from '../core/functies';
import type { Argument, Cel, Uitkomst } from '../core/invoer';
import { adressenVan, ontleedAdres } from '../scripts/celadres';

/**
 * The WLZ functions as a HyperFormula function plugin, generic over the function table, so sample
 * workbooks can be recalculated by a real formula engine in tests. Dev-only (HyperFormula is GPL,
 * licence key 'gpl-v3'); it is never bundled into the add-in.
 *
 * Each call goes through the same Excel layer as the add-in (roepVanuitExcel): HyperFormula values
 * become Excel values (empty → null, ranges → rows of cells), an ExcelFout becomes a CellError with
 * the Dutch message. Every parameter is ANY, so ranges arrive whole (never vectorised) and scalars
 * as themselves.
 */

/** The size of a spilled result, for table functions: HyperFormula must know it before evaluating. */
export type VormVoor = (adres: SimpleCellAddress) => { breedte: number; hoogte: number } | undefined;

const FOUTSOORT: Record<ExcelFout['code'], ErrorType> = {
  '#VALUE!': ErrorType.VALUE,
  '#N/A': ErrorType.NA,
  '#DIV/0!': ErrorType.DIV_BY_ZERO,
};

/** HyperFormula's id for WLZ.<naam>. */
function hfNaam(functie: WlzFunctie): string {
  return `WLZ.${functie.naam}`;
}

function alsCel(waarde: unknown): Cel | CellError {
  if (waarde === EmptyValue || waarde === undefined || waarde === null) return null;
  if (waarde instanceof CellError) return waarde;
  if (typeof waarde === 'number' || typeof waarde === 'string' || typeof waarde === 'boolean') return waarde;
  // HyperFormula wraps typed numbers (dates, percentages, currency) in an object with `val`.
  if (typeof waarde === 'object' && typeof (waarde as { val?: unknown }).val === 'number') return (waarde as { val: number }).val;
  throw new Error(`onbekende HyperFormula-waarde ${String(waarde)}`);
}

/** A value Excel hands over as it is: a plain number, text or boolean. */
function isGewoneCel(waarde: unknown): boolean {
  const soort = typeof waarde;
  return soort === 'number' || soort === 'string' || soort === 'boolean';
}

/**
 * One argument as the Excel layer receives it; an error cell anywhere propagates, as in Excel. A row
 * of only plain values is handed over as HyperFormula holds it (the core never changes its
 * arguments): copying every cell of a 100.000-row range cost more than the function itself
 * (bench: gewogengemiddelde_100k_vs_sumproduct).
 */
function alsArgument(waarde: unknown): Argument | CellError {
  if (!(waarde instanceof SimpleRangeValue)) return alsCel(waarde);
  const data = waarde.rawData() as unknown[][];
  const rijen: Cel[][] = new Array(data.length);
  for (let r = 0; r < data.length; r++) {
    const rij = data[r];
    let k = 0;
    while (k < rij.length && isGewoneCel(rij[k])) k++;
    if (k === rij.length) {
      rijen[r] = rij as Cel[];
      continue;
    }
    const cellen: Cel[] = new Array(rij.length);
    for (let j = 0; j < rij.length; j++) {
      const cel = alsCel(rij[j]);
      if (cel instanceof CellError) return cel;
      cellen[j] = cel;
    }
    rijen[r] = cellen;
  }
  return rijen;
}

function alsHyperFormula(uitkomst: Uitkomst): number | string | boolean | SimpleRangeValue {
  return Array.isArray(uitkomst) ? SimpleRangeValue.onlyValues(uitkomst) : uitkomst;
}

/** Evaluates WLZ.<naam> on HyperFormula values: a value, a spilled range, or a CellError. */
function bereken(functie: WlzFunctie, waarden: unknown[]): number | string | boolean | SimpleRangeValue | CellError {
  const args: Argument[] = [];
  for (const w of waarden) {
    const a = alsArgument(w);
    if (a instanceof CellError) return a;
    args.push(a);
  }
  try {
    return alsHyperFormula(roepVanuitExcel(functie.naam, args));
  } catch (fout) {
    if (fout instanceof ExcelFout) return new CellError(FOUTSOORT[fout.code], fout.message || undefined);
    throw fout;
  }
}

const GEEN_LETTERLIJKE = Symbol('geen letterlijke waarde');
type LetterlijkeAst = { type: string; value?: unknown; args?: LetterlijkeAst[][] };

/** A literal argument's value (a number, text, empty, or an inline array of those such as {1;2}). */
function letterlijk(a: LetterlijkeAst): unknown {
  if (a.type === 'NUMBER' || a.type === 'STRING') return a.value;
  if (a.type === 'EMPTY') return undefined;
  if (a.type === 'ARRAY' && a.args) {
    const rijen = a.args.map((rij) => rij.map(letterlijk));
    return rijen.every((rij) => rij.every((w) => typeof w === 'number' || typeof w === 'string'))
      ? SimpleRangeValue.onlyValues(rijen as (number | string)[][])
      : GEEN_LETTERLIJKE;
  }
  return GEEN_LETTERLIJKE;
}

/**
 * A HyperFormula plugin class for the given functions. `vormVoor` tells the size of each table
 * formula's result by its cell (from the saved file's array range); without it a table formula
 * whose arguments are all literals is sized by evaluating it once, and anything else as one cell.
 */
export function wlzPlugin(functies: readonly WlzFunctie[], vormVoor: VormVoor = () => undefined): FunctionPluginDefinition {
  const implementedFunctions: ImplementedFunctions = {};
  // Methods by name, as HyperFormula looks them up on the plugin instance.
  const methoden: Record<string, unknown> = {};
  functies.forEach((functie, i) => {
    const methode = `wlz${i}`;
    implementedFunctions[hfNaam(functie)] = {
      method: methode,
      parameters: functie.parameters.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: Boolean(p.optioneel) })),
      ...(functie.resultaat === 'tabel' ? { sizeOfResultArrayMethod: `${methode}Vorm`, vectorizationForbidden: true } : {}),
    };
    methoden[methode] = function (this: FunctionPlugin, ast: { args: unknown[] }, state: unknown) {
      // runFunction is protected API meant for plugins; the cast only reaches it from this generic factory.
      const plugin = this as unknown as {
        runFunction(args: unknown[], state: unknown, metadata: unknown, f: (...w: unknown[]) => unknown): unknown;
        metadata(naam: string): unknown;
      };
      return plugin.runFunction(ast.args, state, plugin.metadata(hfNaam(functie)), (...w: unknown[]) => bereken(functie, w));
    };
    methoden[`${methode}Vorm`] = function (ast: { args: LetterlijkeAst[] }, state: { formulaAddress: SimpleCellAddress }) {
      const vorm = vormVoor(state.formulaAddress);
      if (vorm) return new ArraySize(vorm.breedte, vorm.hoogte);
      const waarden = ast.args.map(letterlijk);
      if (waarden.every((w) => w !== GEEN_LETTERLIJKE)) {
        const uitkomst = bereken(functie, waarden);
        if (uitkomst instanceof SimpleRangeValue) return new ArraySize(uitkomst.width(), uitkomst.height());
      }
      return ArraySize.scalar();
    };
  });
  class WlzPlugin extends FunctionPlugin {
    static override implementedFunctions = implementedFunctions;
  }
  Object.assign(WlzPlugin.prototype, methoden);
  return WlzPlugin;
}

/** Registers the WLZ functions with HyperFormula (names as typed: "WLZ.TARIEF"), replacing earlier ones. */
export function registreerWlz(functies: readonly WlzFunctie[], vormVoor?: VormVoor): void {
  const bekend = new Set(HyperFormula.getRegisteredFunctionNames('enGB'));
  for (const f of functies) if (bekend.has(hfNaam(f))) HyperFormula.unregisterFunction(hfNaam(f));
  const vertaling = Object.fromEntries(functies.map((f) => [hfNaam(f), hfNaam(f)]));
  HyperFormula.registerFunctionPlugin(wlzPlugin(functies, vormVoor), { enGB: vertaling });
}

/**
 * An empty HyperFormula with a Dutch Excel's separators (";" between arguments and between the rows of
 * an array constant, "," as decimal sign), so the help's formulas are evaluated exactly as typed.
 */
export function nederlandseEngine(opties: Partial<ConfigParams> = {}): HyperFormula {
  return HyperFormula.buildEmpty({
    licenseKey: 'gpl-v3',
    functionArgSeparator: ';',
    decimalSeparator: ',',
    thousandSeparator: '.',
    arrayRowSeparator: ';',
    arrayColumnSeparator: ',',
    ...opties,
  });
}

// ---------------------------------------------------------------------------------------------
// Loading a saved workbook (.xlsx) into HyperFormula.

/** A cell value for comparisons: errors by their Excel code. */
export type Waarde = number | string | boolean | null | { fout: string };

export interface WlzCel {
  blad: string;
  adres: string;
  /** The value saved in the file. */
  bewaard: Waarde;
}

export interface GeladenWerkmap {
  hf: HyperFormula;
  bladen: string[];
  /** Every cell a WLZ formula fills (each cell of a table), with its saved value. */
  wlzCellen: WlzCel[];
  /** Every formula as saved in the file, for checks on its form. */
  bestandsformules: string[];
  waarde(blad: string, adres: string): Waarde;
}

/**
 * A formula as saved by Excel → as HyperFormula reads it: the add-in prefix `_xldudf_WLZ_NAAM(`
 * becomes `WLZ.NAAM(` (see scripts/maak-voorbeelden.ts for where that form comes from), and the
 * `_xlfn.` prefix of newer Excel functions is dropped.
 */
export function vanBestandsformule(formule: string): string {
  return formule.replace(/\b_xldudf_WLZ_([A-Z0-9]+)\(/g, 'WLZ.$1(').replace(/\b_xlfn\./g, '');
}

function alsWaarde(v: unknown): Waarde {
  if (v === null || v === undefined) return null;
  if (v instanceof DetailedCellError) return { fout: v.value };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  throw new Error(`onbekende waarde ${String(v)}`);
}

const DAG_MS = 86_400_000;

/** A cell's stored value from exceljs: dates back to Excel serials, rich text to text, errors by code. */
function bewaardeWaarde(v: unknown): Waarde {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return (v.getTime() - Date.UTC(1899, 11, 30)) / DAG_MS;
  if (typeof v === 'object') {
    if ('error' in v) return { fout: String((v as { error: string }).error) };
    if ('richText' in v) return (v as { richText: Array<{ text: string }> }).richText.map((t) => t.text).join('');
  }
  return alsWaarde(v);
}

/** Loads an .xlsx into HyperFormula with the WLZ functions registered; tables sized by their saved array range. */
export async function laadWerkmap(
  pad: string,
  functies: readonly WlzFunctie[],
  instellingen: Partial<ConfigParams>,
): Promise<GeladenWerkmap> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(pad);
  const bladen = wb.worksheets.map((ws) => ws.name);
  const inhoud: Record<string, RawCellContent[][]> = {};
  const vormen = new Map<string, { breedte: number; hoogte: number }>();
  const wlzCellen: WlzCel[] = [];
  const bestandsformules: string[] = [];
  wb.worksheets.forEach((ws, blad) => {
    const raster: RawCellContent[][] = [];
    const zet = (rij: number, kolom: number, w: RawCellContent) => {
      while (raster.length < rij) raster.push([]);
      raster[rij - 1][kolom - 1] = w;
    };
    const bewaarde = new Map<string, Waarde>();
    const wlzGebieden: string[][] = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (c) => {
        // cell.model keeps a saved 0 or FALSE result (cell.value drops falsy results).
        const model = c.model as { formula?: string; shareType?: string; ref?: string; result?: unknown; value?: unknown };
        const { rij, kolom } = ontleedAdres(c.address);
        if (model.formula === undefined) {
          const waarde = bewaardeWaarde(model.value);
          bewaarde.set(c.address, waarde);
          zet(rij, kolom, waarde !== null && typeof waarde === 'object' ? `=${waarde.fout === '#N/A' ? 'NA()' : 'ERROR'}` : waarde);
          return;
        }
        bestandsformules.push(model.formula);
        zet(rij, kolom, `=${vanBestandsformule(model.formula)}`);
        // exceljs drops an empty-text result on reading; our files always carry a result, so none means "".
        bewaarde.set(c.address, model.result === undefined ? '' : bewaardeWaarde(model.result));
        const cellen = model.shareType === 'array' && model.ref ? adressenVan(model.ref) : [c.address];
        if (cellen.length > 1) {
          const eind = ontleedAdres(cellen[cellen.length - 1]);
          vormen.set(`${blad}:${rij - 1}:${kolom - 1}`, { breedte: eind.kolom - kolom + 1, hoogte: eind.rij - rij + 1 });
        }
        if (/\b_xldudf_WLZ_/.test(model.formula)) wlzGebieden.push(cellen);
      });
    });
    for (const cellen of wlzGebieden) {
      cellen.forEach((adres, i) => {
        wlzCellen.push({ blad: ws.name, adres, bewaard: bewaarde.get(adres) ?? null });
        // Beyond the formula's own cell an array range holds saved values only: the engine fills (spills) it.
        if (i > 0) {
          const { rij, kolom } = ontleedAdres(adres);
          zet(rij, kolom, null);
        }
      });
    }
    inhoud[ws.name] = raster;
  });
  registreerWlz(functies, (adres) => vormen.get(`${adres.sheet}:${adres.row}:${adres.col}`));
  const hf = HyperFormula.buildFromSheets(inhoud, instellingen);
  bladen.forEach((naam, i) => {
    if (hf.getSheetId(naam) !== i) throw new Error(`blad ${naam} kreeg een ander nummer in HyperFormula`);
  });
  return {
    hf,
    bladen,
    wlzCellen,
    bestandsformules,
    waarde(blad, adres) {
      const { rij, kolom } = ontleedAdres(adres);
      return alsWaarde(hf.getCellValue({ sheet: hf.getSheetId(blad) as number, row: rij - 1, col: kolom - 1 }));
    },
  };
}
