import ExcelJS from 'exceljs';
import { HyperFormula, type CellValue } from 'hyperformula';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { WlzFout } from '../../core/fout';
import { roep, zoekFunctie, type WlzFunctie } from '../../core/functies';
import type { Argument, Cel, Uitkomst } from '../../core/invoer';
import { adresVan, bereikGrenzen, ontleedAdres as ontleed, splitsBlad } from '../celadres';
// Saves every workbook with the current calcId, so Excel opens it with the stored results.
import './calcid';

/**
 * The builder of the sample workbooks in samples/ (`npm run voorbeelden`, scripts/maak-voorbeelden.ts);
 * each sample is its own file beside this one (scripts/voorbeelden/<sample>.ts) and describes its
 * sheets with `Voorbeeld`, `Blad`, `cel`, `bereik` and `LEEG`. Each workbook has a Dutch explanation
 * sheet "Toelichting", sheets with WLZ formulas and beside every WLZ column a column computing the
 * same with built-in Excel functions, and a sheet "Controle" that compares the two.
 *
 * How the WLZ formulas are stored. Excel saves a call to an add-in's custom function (Office.js)
 * in the sheet XML as `_xldudf_` + namespace + `_` + name, the dot becoming an underscore:
 * `=CONTOSO.ADD(1,2)` is saved as `<f>_xldudf_CONTOSO_ADD(1,2)</f>` with the computed value in
 * `<v>`, and shown as `=CONTOSO.ADD(1,2)` again once the add-in's metadata is loaded (github.com/
 * OfficeDev/office-js issue 6611, which shows both forms of the XML; issue 3872 shows
 * `ABC.GET_PB_OPT_ORDER_ANALYSIS()` saved as `…_xldudf_ABC_GET_PB_OPT_ORDER_ANALYSIS()`; Microsoft
 * in OfficeDev/Excel-Custom-Functions issue 108: "For Javascript Custom Functions, we by default save
 * out with a different prefix _xldudf"). A formula saved as plain `CONTOSO.ADD(…)` is not
 * re-resolved when the add-in loads and stays #NAME? (issue 6611). So WLZ.TARIEF is written as
 * `_xldudf_WLZ_TARIEF(…)`. Excel itself also marks such formulas as dynamic arrays (cm="1" with
 * xl/metadata.xml); exceljs cannot write that, so a scalar WLZ formula is an ordinary formula and a
 * table (VERGELIJK, BETAALSCHEMA) an array formula over exactly its result range.
 *
 * Cached values: every WLZ cell carries the value our own core computes (through the function
 * table, with the arguments read from the sheet), so Excel without the add-in, viewers and other
 * readers show a value; the built-in formulas carry the value HyperFormula computes for them.
 * test/voorbeelden.test.ts recalculates every workbook and compares.
 */

export const VOORBEELDMAP = join(__dirname, '..', '..', '..', 'samples');

/** HyperFormula as the generator and the engine test use it: exact output, array arithmetic like Excel 365. */
export const HF_INSTELLINGEN = { licenseKey: 'gpl-v3', useArrayArithmetic: true, smartRounding: false } as const;

export const LABEL_VOORBEELDBEDRAGEN = 'Voorbeeldbedragen, geen officiële NZa-tarieven.';

export type Opmaak = 'procent' | 'bedrag' | 'aantal' | 'geheel' | 'datum' | 'tekst' | 'waarheid';
export type Rol = 'invoer' | 'wlz' | 'controle' | 'kop' | 'titel' | 'uitleg' | 'label';

const NUMFMT: Record<Opmaak, string | undefined> = {
  procent: '0.0%',
  bedrag: '#,##0.00',
  aantal: '#,##0.00',
  geheel: '0',
  datum: 'dd-mm-yyyy',
  tekst: undefined,
  waarheid: undefined,
};

const VULLING: Partial<Record<Rol, string>> = {
  invoer: 'FFFFF2CC',
  wlz: 'FFDDEBF7',
  controle: 'FFEDEDED',
  kop: 'FFD9D9D9',
};

/** An argument of a WLZ formula: a cell, a range, a literal, or an omitted optional argument. */
export type Arg = { cel: string } | { bereik: string } | { leeg: true } | number | string | boolean;

export const cel = (adres: string): Arg => ({ cel: adres });
export const bereik = (adres: string): Arg => ({ bereik: adres });
export const LEEG: Arg = { leeg: true };
const isWeggelaten = (arg: Arg | undefined): boolean => typeof arg === 'object' && 'leeg' in arg;

interface Inhoud {
  waarde?: Cel;
  /** A formula in file syntax without "=", WLZ functions written WLZ.NAAM. */
  formule?: string;
  /**
   * Saved as an array formula over its own cell: array operations inside IFERROR only evaluate
   * element by element in every Excel version when the formula is an array formula.
   */
  matrix?: boolean;
  wlz?: { naam: string; args: Arg[] };
  opmaak?: Opmaak;
  /** Number format per column of a table result. */
  kolomOpmaak?: Opmaak[];
  rol?: Rol;
}

/** A literal in file formula syntax (dot decimals, doubled quotes). */
function alsLiteraal(waarde: number | string | boolean): string {
  if (typeof waarde === 'string') return `"${waarde.replace(/"/g, '""')}"`;
  if (typeof waarde === 'boolean') return waarde ? 'TRUE' : 'FALSE';
  return String(waarde);
}

function argTekst(arg: Arg): string {
  if (typeof arg !== 'object') return alsLiteraal(arg);
  if ('cel' in arg) return arg.cel;
  if ('bereik' in arg) return arg.bereik;
  return '';
}

/** The formula as Excel saves an add-in function: WLZ.TARIEF( → _xldudf_WLZ_TARIEF( (see the header). */
export function alsBestandsformule(formule: string): string {
  return formule.replace(/\bWLZ\.([A-Z0-9]+)\(/g, '_xldudf_WLZ_$1(');
}

/** Excel date serial (1900 system) of a calendar date. */
export function serie(jaar: number, maand: number, dag: number): number {
  return (Date.UTC(jaar, maand - 1, dag) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export class Blad {
  readonly cellen = new Map<string, Inhoud>();
  readonly breedtes = new Map<number, number>();
  /** WLZ cells in the order they were written: a WLZ formula may use earlier ones. */
  readonly wlzVolgorde: string[] = [];
  /** Ranges that a table formula fills, by the formula's cell. */
  readonly tabellen = new Map<string, string>();

  constructor(readonly naam: string) {}

  zet(adres: string, waarde: Cel, opmaak?: Opmaak, rol: Rol = 'invoer'): this {
    this.cellen.set(adres, { waarde, opmaak, rol });
    return this;
  }

  /** The sheet's title in A1; with `voorbeeldbedragen`, A2 says the amounts are examples, not NZa tariffs. */
  titel(tekst: string, voorbeeldbedragen: 'voorbeeldbedragen' | undefined = undefined): this {
    this.zet('A1', tekst, undefined, 'titel');
    return voorbeeldbedragen ? this.zet('A2', LABEL_VOORBEELDBEDRAGEN, undefined, 'label') : this;
  }

  /** Values from `adres` to the right (a header row, or one line of input); "" leaves a cell empty. */
  rij(adres: string, waarden: Cel[], rol: Rol = 'kop', opmaak?: Opmaak): this {
    const { rij, kolom } = ontleed(adres);
    waarden.forEach((w, i) => {
      if (w !== null && w !== undefined && w !== '') this.zet(adresVan(rij, kolom + i), w, opmaak, rol);
    });
    return this;
  }

  formule(adres: string, formule: string, opmaak?: Opmaak, rol: Rol = 'controle', matrix = false): this {
    this.cellen.set(adres, { formule, opmaak, rol, matrix });
    return this;
  }

  /** A WLZ formula; a table result gets `opmaak` per column when it is a list. */
  wlz(adres: string, naam: string, args: Arg[], opmaak?: Opmaak | Opmaak[]): this {
    if (!zoekFunctie(naam)) throw new Error(`WLZ.${naam} bestaat (nog) niet in de functietabel`);
    const gebruikt = [...args];
    while (isWeggelaten(gebruikt[gebruikt.length - 1])) gebruikt.pop();
    const formule = `WLZ.${naam}(${gebruikt.map(argTekst).join(',')})`;
    const kolomOpmaak = Array.isArray(opmaak) ? opmaak : undefined;
    this.cellen.set(adres, {
      formule,
      wlz: { naam, args: gebruikt },
      opmaak: Array.isArray(opmaak) ? undefined : opmaak,
      kolomOpmaak,
      rol: 'wlz',
    });
    this.wlzVolgorde.push(adres);
    return this;
  }

  breedte(kolommen: string, breedte: number): this {
    for (const k of kolommen.split(',')) this.breedtes.set(ontleed(`${k.trim()}1`).kolom, breedte);
    return this;
  }
}

interface Paar {
  blad: string;
  wlz: string;
  controle?: string;
  /** Both sides are the error #N/A (a value the sources do not publish). */
  beideNb?: boolean;
  reden?: string;
}

export class Voorbeeld {
  readonly bladen: Blad[] = [];
  readonly paren: Paar[] = [];

  constructor(
    readonly bestand: string,
    readonly titel: string,
    readonly toelichting: Array<string | { kop: string }>,
  ) {}

  blad(naam: string): Blad {
    const blad = new Blad(naam);
    this.bladen.push(blad);
    return blad;
  }

  /** WLZ cells and the built-in cells that compute the same (same shape). */
  paar(blad: Blad, wlz: string, controle: string, opties: { beideNb?: boolean } = {}): void {
    this.paren.push({ blad: blad.naam, wlz, controle, ...opties });
  }

  /** WLZ cells without a built-in twin (prose), with the reason. */
  zonderControle(blad: Blad, wlz: string, reden: string): void {
    this.paren.push({ blad: blad.naam, wlz, reden });
  }
}

// ---------------------------------------------------------------------------------------------
// Evaluation: built-in formulas by HyperFormula, WLZ formulas by our core (in writing order).

type Waarde = number | string | boolean | { error: string } | null;

function alsWaarde(v: CellValue): Waarde {
  if (v === null || v === undefined) return null;
  if (typeof v === 'object') return { error: (v as { value: string }).value };
  return v as number | string | boolean;
}

function alsCel(v: CellValue, waar: string): Cel {
  const w = alsWaarde(v);
  if (w !== null && typeof w === 'object')
    throw new Error(`${waar} is een foutwaarde (${w.error}); een voorbeeld geeft WLZ geen fout als invoer`);
  return w;
}

/** Every cell's value, per sheet and address (each cell of a table its own). */
function berekenVoorbeeld(voorbeeld: Voorbeeld): Map<string, Map<string, Waarde>> {
  const bladen: Record<string, Array<Array<string | number | boolean | null>>> = {};
  for (const blad of voorbeeld.bladen) {
    const raster: Array<Array<string | number | boolean | null>> = [];
    for (const [adres, inhoud] of blad.cellen) {
      const { rij, kolom } = ontleed(adres);
      while (raster.length < rij) raster.push([]);
      const regel = raster[rij - 1];
      while (regel.length < kolom) regel.push(null);
      // WLZ cells start empty and are filled in writing order below.
      regel[kolom - 1] = inhoud.wlz ? null : inhoud.formule !== undefined ? `=${inhoud.formule}` : (inhoud.waarde ?? null);
    }
    bladen[blad.naam] = raster;
  }
  const hf = HyperFormula.buildFromSheets(bladen, HF_INSTELLINGEN);
  try {
    for (const blad of voorbeeld.bladen) {
      const sheet = hf.getSheetId(blad.naam) as number;
      const lees = (volledig: string): Cel => {
        const { blad: ander, adres } = splitsBlad(volledig);
        const { rij, kolom } = ontleed(adres);
        const id = ander === undefined ? sheet : hf.getSheetId(ander);
        if (id === undefined) throw new Error(`onbekend blad in ${volledig}`);
        return alsCel(hf.getCellValue({ sheet: id, row: rij - 1, col: kolom - 1 }), `${ander ?? blad.naam}!${adres}`);
      };
      for (const adres of blad.wlzVolgorde) {
        const { naam, args } = (blad.cellen.get(adres) as Required<Pick<Inhoud, 'wlz'>>).wlz;
        const waarden: Argument[] = args.map((arg) => {
          if (typeof arg !== 'object') return arg;
          if ('cel' in arg) return lees(arg.cel);
          if ('leeg' in arg) return null;
          const { blad: ander, adres: bereikAdres } = splitsBlad(arg.bereik);
          const voor = ander === undefined ? '' : `'${ander}'!`;
          const g = bereikGrenzen(bereikAdres);
          const rijen: Cel[][] = [];
          for (let r = g.boven; r <= g.onder; r += 1) {
            const cellen: Cel[] = [];
            for (let k = g.links; k <= g.rechts; k += 1) cellen.push(lees(voor + adresVan(r, k)));
            rijen.push(cellen);
          }
          return rijen;
        });
        let uitkomst: Uitkomst | WlzFout;
        try {
          uitkomst = roep(zoekFunctie(naam) as WlzFunctie, waarden);
        } catch (fout) {
          if (!(fout instanceof WlzFout)) throw fout;
          uitkomst = fout;
        }
        const { rij, kolom } = ontleed(adres);
        const plek = { sheet, row: rij - 1, col: kolom - 1 };
        if (uitkomst instanceof WlzFout) {
          if (uitkomst.code !== '#N/A') throw new Error(`${blad.naam}!${adres}: ${uitkomst.message}`);
          hf.setCellContents(plek, '=NA()');
        } else if (Array.isArray(uitkomst)) {
          hf.setCellContents(plek, uitkomst);
          blad.tabellen.set(adres, `${adres}:${adresVan(rij + uitkomst.length - 1, kolom + uitkomst[0].length - 1)}`);
        } else {
          hf.setCellContents(plek, uitkomst);
        }
      }
    }
    const waarden = new Map<string, Map<string, Waarde>>();
    for (const blad of voorbeeld.bladen) {
      const sheet = hf.getSheetId(blad.naam) as number;
      const perAdres = new Map<string, Waarde>();
      const dim = hf.getSheetDimensions(sheet);
      for (let r = 0; r < dim.height; r += 1) {
        for (let k = 0; k < dim.width; k += 1) perAdres.set(adresVan(r + 1, k + 1), alsWaarde(hf.getCellValue({ sheet, row: r, col: k })));
      }
      waarden.set(blad.naam, perAdres);
    }
    return waarden;
  } finally {
    hf.destroy();
  }
}

// ---------------------------------------------------------------------------------------------
// Writing with exceljs.

function stijl(xlsCel: ExcelJS.Cell, inhoud: Inhoud | undefined): void {
  if (!inhoud) return;
  const fmt = inhoud.opmaak ? NUMFMT[inhoud.opmaak] : undefined;
  if (fmt) xlsCel.numFmt = fmt;
  const kleur = inhoud.rol ? VULLING[inhoud.rol] : undefined;
  if (kleur) xlsCel.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: kleur } };
  if (inhoud.rol === 'kop') xlsCel.font = { bold: true };
  if (inhoud.rol === 'titel') xlsCel.font = { bold: true, size: 14 };
  if (inhoud.rol === 'label') xlsCel.font = { italic: true, color: { argb: 'FFC00000' } };
  if (inhoud.rol === 'uitleg' || inhoud.rol === 'kop') xlsCel.alignment = { wrapText: true, vertical: 'top' };
}

function alsResultaat(w: Waarde): ExcelJS.CellValue {
  if (w !== null && typeof w === 'object') return { error: w.error } as ExcelJS.CellErrorValue;
  return w;
}

function schrijfToelichting(wb: ExcelJS.Workbook, voorbeeld: Voorbeeld): void {
  const ws = wb.addWorksheet('Toelichting');
  ws.getColumn(1).width = 110;
  ws.getCell('A1').value = voorbeeld.titel;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = LABEL_VOORBEELDBEDRAGEN;
  ws.getCell('A2').font = { italic: true, color: { argb: 'FFC00000' } };
  const vast: Array<string | { kop: string }> = [
    { kop: 'Zo werkt dit voorbeeld' },
    'Blauwe cellen rekenen met de WLZ-functies van de invoegtoepassing WLZ rekenkern (=WLZ.…). Zonder de invoegtoepassing toont Excel de opgeslagen uitkomst, of #NAAM? zodra Excel opnieuw rekent: laad dan de invoegtoepassing (zie de README, "De invoegtoepassing in Excel laden").',
    'Grijze cellen ernaast rekenen hetzelfde uit met gewone Excel-functies (AFRONDEN, SOMPRODUCT, ALS, …), zodat elk rekenprogramma de uitkomst kan nakijken. Gele cellen zijn invoer: pas ze gerust aan.',
    'Het blad Controle vergelijkt elke blauwe kolom met de grijze ernaast: WAAR betekent gelijk (getallen op een relatief verschil van hoogstens 0,000000000001 na: de WLZ-functies rekenen exact, Excel rekent binair en komt soms een fractie naast het exacte bedrag uit).',
  ];
  let rij = 4;
  for (const regel of [...voorbeeld.toelichting, ...vast]) {
    // A blank line before each heading.
    if (typeof regel !== 'string') rij += 1;
    const c = ws.getCell(`A${rij}`);
    if (typeof regel === 'string') {
      c.value = regel;
      c.alignment = { wrapText: true, vertical: 'top' };
    } else {
      c.value = regel.kop;
      c.font = { bold: true };
    }
    rij += 1;
  }
}

/**
 * TRUE when every cell of `wlz` equals the cell of `controle`: numbers up to a relative difference
 * of 10^-12 (the WLZ core computes exactly, the Excel formulas in binary floating point, e.g.
 * 105000,01 − 100000 = 5000,009999999995), text and booleans exactly (a number minus a text is an
 * error, so IFERROR falls back to "=").
 */
function gelijkFormule(wlz: string, controle: string, aantal: number): string {
  return `SUMPRODUCT(--IFERROR(ABS(${wlz}-${controle})<=0.000000000001*ABS(${controle}),${wlz}=${controle}))=${aantal}`;
}

function controleBlad(voorbeeld: Voorbeeld): Blad {
  const blad = new Blad('Controle');
  blad.titel('Controle: elke WLZ-uitkomst naast dezelfde berekening met gewone Excel-functies');
  blad.rij('A3', ['Blad', 'WLZ-cellen', 'Excel-controle', 'Gelijk', 'Toelichting']);
  voorbeeld.paren.forEach((paar, i) => {
    const r = 4 + i;
    blad.rij(`A${r}`, [paar.blad, paar.wlz, paar.controle ?? '—'], 'uitleg');
    const ref = (a: string) => `'${paar.blad}'!${a}`;
    if (paar.controle) {
      const g = bereikGrenzen(paar.wlz);
      const aantal = (g.onder - g.boven + 1) * (g.rechts - g.links + 1);
      blad.formule(
        `D${r}`,
        paar.beideNb ? `AND(ISNA(${ref(paar.wlz)}),ISNA(${ref(paar.controle)}))` : gelijkFormule(ref(paar.wlz), ref(paar.controle), aantal),
        'waarheid',
        'controle',
        true,
      );
    } else {
      blad.zet(`E${r}`, paar.reden ?? '', undefined, 'uitleg');
    }
  });
  return blad.breedte('A', 24).breedte('B,C', 18).breedte('D', 10).breedte('E', 70);
}

/** One workbook: evaluates it and writes samples/<bestand>. */
export async function schrijfVoorbeeld(voorbeeld: Voorbeeld, map = VOORBEELDMAP): Promise<string> {
  voorbeeld.bladen.push(controleBlad(voorbeeld));
  const waarden = berekenVoorbeeld(voorbeeld);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'WLZ rekenkern (scripts/maak-voorbeelden.ts)';
  // Excel shows the stored results instead of recalculating on open (see calcid.ts).
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: false };
  // Fixed dates keep regenerated files byte-comparable apart from real changes.
  wb.created = new Date(Date.UTC(2024, 0, 1));
  wb.modified = wb.created;
  schrijfToelichting(wb, voorbeeld);
  for (const blad of voorbeeld.bladen) {
    const ws = wb.addWorksheet(blad.naam);
    const perAdres = waarden.get(blad.naam) as Map<string, Waarde>;
    for (const [kolom, breedte] of blad.breedtes) ws.getColumn(kolom).width = breedte;
    for (const [adres, bereikTekst] of blad.tabellen) {
      const g = bereikGrenzen(bereikTekst);
      const inhoud = blad.cellen.get(adres) as Inhoud;
      const resultaten: ExcelJS.CellValue[][] = [];
      for (let r = g.boven; r <= g.onder; r += 1) {
        const rijWaarden: ExcelJS.CellValue[] = [];
        for (let k = g.links; k <= g.rechts; k += 1) {
          const a = adresVan(r, k);
          if (a !== adres && blad.cellen.has(a)) throw new Error(`${blad.naam}!${a} ligt in de uitkomst van ${adres}`);
          rijWaarden.push(alsResultaat(perAdres.get(a) ?? null));
        }
        resultaten.push(rijWaarden);
      }
      // exceljs types the results as text or numbers; at run time it writes any cell value (booleans, errors).
      const resultaat = (r: number, k: number) => resultaten[r - g.boven][k - g.links] as string | number;
      // exceljs's typings omit the share type that its fillFormula takes as fourth argument.
      const vulFormule = ws.fillFormula.bind(ws) as (bereik: string, formule: string, resultaten: typeof resultaat, soort: 'array') => void;
      vulFormule(bereikTekst, alsBestandsformule(inhoud.formule as string), resultaat, 'array');
      for (let r = g.boven; r <= g.onder; r += 1) {
        for (let k = g.links; k <= g.rechts; k += 1) {
          // The first row of a table is its header: bold, no number format.
          const opmaak = r === g.boven ? undefined : (inhoud.kolomOpmaak?.[k - g.links] ?? inhoud.opmaak);
          stijl(ws.getCell(adresVan(r, k)), { rol: 'wlz', opmaak });
          if (r === g.boven) ws.getCell(adresVan(r, k)).font = { bold: true };
        }
      }
    }
    for (const [adres, inhoud] of blad.cellen) {
      if (blad.tabellen.has(adres)) continue;
      const xlsCel = ws.getCell(adres);
      if (inhoud.formule !== undefined) {
        const formule = { formula: alsBestandsformule(inhoud.formule), result: alsResultaat(perAdres.get(adres) ?? null) };
        xlsCel.value = (inhoud.matrix ? { ...formule, shareType: 'array', ref: adres } : formule) as ExcelJS.CellFormulaValue;
      } else {
        xlsCel.value = inhoud.waarde ?? null;
      }
      stijl(xlsCel, inhoud);
    }
  }
  mkdirSync(map, { recursive: true });
  const pad = join(map, voorbeeld.bestand);
  await wb.xlsx.writeFile(pad);
  return pad;
}
