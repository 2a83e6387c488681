import ExcelJS from 'exceljs';
import { HyperFormula, type CellValue } from 'hyperformula';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { WlzFout } from '../core/fout';
import { roep, zoekFunctie, type WlzFunctie } from '../core/functies';
import type { Argument, Cel, Uitkomst } from '../core/invoer';
import { adresVan, bereikGrenzen, ontleedAdres as ontleed, splitsBlad } from './celadres';

/**
 * Writes the sample workbooks in samples/ (`npm run voorbeelden`). Each has a Dutch explanation
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

export const VOORBEELDMAP = join(__dirname, '..', '..', 'samples');

/** HyperFormula as the generator and the engine test use it: exact output, array arithmetic like Excel 365. */
export const HF_INSTELLINGEN = { licenseKey: 'gpl-v3', useArrayArithmetic: true, smartRounding: false } as const;

export const LABEL_VOORBEELDBEDRAGEN = 'Voorbeeldbedragen, geen officiële NZa-tarieven.';

type Opmaak = 'procent' | 'bedrag' | 'aantal' | 'geheel' | 'datum' | 'tekst' | 'waarheid';
type Rol = 'invoer' | 'wlz' | 'controle' | 'kop' | 'titel' | 'uitleg' | 'label';

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
type Arg = { cel: string } | { bereik: string } | { leeg: true } | number | string | boolean;

export const cel = (adres: string): Arg => ({ cel: adres });
export const bereik = (adres: string): Arg => ({ bereik: adres });
const LEEG: Arg = { leeg: true };
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

class Blad {
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
    this.cellen.set(adres, { formule, wlz: { naam, args: gebruikt }, opmaak: Array.isArray(opmaak) ? undefined : opmaak, kolomOpmaak, rol: 'wlz' });
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
  if (w !== null && typeof w === 'object') throw new Error(`${waar} is een foutwaarde (${w.error}); een voorbeeld geeft WLZ geen fout als invoer`);
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
  blad.zet('A1', 'Controle: elke WLZ-uitkomst naast dezelfde berekening met gewone Excel-functies', undefined, 'titel');
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

// ---------------------------------------------------------------------------------------------
// The samples. Amounts are illustrative; percentages and rules come from the sources named.

/** Tariff list 2023: Zilveren Kruis (ZK Aanvulling 2023, ch. 2) and CZ GGZ (CZ GGZ 2023, §6.2). */
function tarieven2023(): Voorbeeld {
  const v = new Voorbeeld('tarieven-2023.xlsx', 'Tarievenlijst 2023: Zilveren Kruis en CZ GGZ', [
    'Een tarievenlijst zoals een zorgkantoor of zorgaanbieder die maakt: per prestatie het NZa-maximumtarief in drie componenten (zorg, NHC, NIC), het tariefpercentage van het zorgkantoor en het tarief per eenheid.',
    { kop: 'Rekenregels en bronnen' },
    'Tarief = tariefpercentage × zorgcomponent + 100% × (NHC + NIC), afgerond op centen per eenheid (CZ GGZ 2023, §6.2).',
    'Zilveren Kruis 2023 (ZK Aanvulling 2023, hoofdstuk 2): bestaande aanbieders 95,8%, nieuwe aanbieders 93,8%; GGZ geïntegreerde zorgaanbieder 95,8% + 1,0 procentpunt = 96,8% (nieuw 94,8%). Reserveringen uit de contracteerruimte: 0,2% onvoorziene omstandigheden en 0,2% regionale ontwikkeling.',
    'CZ GGZ 2023 (CZ GGZ 2023, §6.2): bestaand 95,8%, nieuw 93,8%; VPT, DTV en logeren 100% voor bestaande aanbieders (nieuwe aanbieders ook daar 93,8%).',
    'Zilveren Kruis V&V 2017 (ZK V&V 2017, §2.2.5 en §4.7): tarief = basispercentage + tariefsopslag (hoogstens 3 procentpunt, totaal hoogstens 100%); plafond behandeling MPT = (VPT inclusief − VPT exclusief behandeling) × 365 dagen.',
    { kop: 'Bladen' },
    'Tarieven: de tarievenlijst 2023. ZK 2017: opslagtarief en behandelingplafond. Controle: de vergelijking van elke WLZ-kolom met de Excel-berekening.',
  ]);
  const b = v.blad('Tarieven');
  b.zet('A1', 'Tarievenlijst 2023', undefined, 'titel').zet('A2', LABEL_VOORBEELDBEDRAGEN, undefined, 'label');
  b.zet('A3', 'Jaar', undefined, 'kop').zet('B3', 2023, 'geheel');
  b.zet('D3', 'Landelijk richttarief (WLZ)', undefined, 'kop').wlz('F3', 'RICHTTARIEF', [cel('B3'), 'V&V'], 'procent');
  b.zet('G3', 'controle', undefined, 'kop').formule('H3', '0.958', 'procent');
  b.rij('A5', [
    'Zorgkantoor', 'Sector', 'Kenmerken', 'Prestatie', 'NZa zorg', 'NZa NHC', 'NZa NIC',
    'Tariefpercentage (WLZ)', 'Tariefpercentage (controle)', 'Bron van de controle', 'Tarief (WLZ)', 'Tarief (controle)', 'Uitleg (WLZ.BRON)',
  ]);
  const regels: Array<[string, string, string, string, number, number, number, string, string]> = [
    ['Zilveren Kruis', 'V&V', '', 'ZZP VV 5 (dag)', 241.37, 24.85, 4.12, '0.958', 'ZK Aanvulling 2023, hoofdstuk 2: bestaand 95,8%'],
    ['Zilveren Kruis', 'V&V', 'nieuw', 'ZZP VV 5 (dag)', 241.37, 24.85, 4.12, '0.958-0.02', 'ZK Aanvulling 2023, hoofdstuk 2: nieuw 93,8%'],
    ['Zilveren Kruis', 'GZ', '', 'ZZP VG 6 (dag)', 262.18, 27.4, 4.6, '0.958', 'ZK Aanvulling 2023, hoofdstuk 2: bestaand 95,8%'],
    ['Zilveren Kruis', 'GGZ', 'geïntegreerd', 'ZZP GGZ-B 4 (dag)', 214.56, 26.13, 4.38, '0.958+0.01', 'ZK Aanvulling 2023, hoofdstuk 2: 95,8% + 1,0 procentpunt'],
    ['Zilveren Kruis', 'GGZ', 'geïntegreerd, nieuw', 'ZZP GGZ-B 4 (dag)', 214.56, 26.13, 4.38, '0.958+0.01-0.02', 'ZK Aanvulling 2023, hoofdstuk 2: nieuw 94,8%'],
    ['Zilveren Kruis', 'GGZ', 'beschermd wonen', 'ZZP GGZ-B 3 (dag)', 167.92, 26.13, 4.38, '0.958', 'ZK Aanvulling 2023, hoofdstuk 2: beschermd wonen 95,8%'],
    ['CZ', 'GGZ', '', 'ZZP GGZ-B 3 (dag)', 167.92, 26.13, 4.38, '0.958', 'CZ GGZ 2023, §6.2: bestaand 95,8%'],
    ['CZ', 'GGZ', 'nieuw', 'ZZP GGZ-B 3 (dag)', 167.92, 26.13, 4.38, '0.958-0.02', 'CZ GGZ 2023, §6.2: nieuw 93,8%'],
    ['CZ', 'GGZ', 'VPT', 'VPT GGZ-B 4 (dag)', 198.63, 0, 0, '1', 'CZ GGZ 2023, §6.2: VPT 100% (bestaand)'],
    ['CZ', 'GGZ', 'nieuw, VPT', 'VPT GGZ-B 4 (dag)', 198.63, 0, 0, '0.958-0.02', 'CZ GGZ 2023, §6.2: nieuw ook bij VPT 93,8%'],
    ['CZ', 'GGZ', 'DTV', 'DTV GGZ (dagdeel)', 52.77, 0, 0, '1', 'CZ GGZ 2023, §6.2: DTV 100% (bestaand)'],
    ['CZ', 'GGZ', 'logeren', 'Logeren GGZ (etmaal)', 163.41, 0, 0, '1', 'CZ GGZ 2023, §6.2: logeren 100% (bestaand)'],
  ];
  regels.forEach(([zk, sector, kenmerken, prestatie, zorg, nhc, nic, controle, bron], i) => {
    const r = 6 + i;
    b.rij(`A${r}`, [zk, sector, kenmerken, prestatie], 'invoer');
    b.zet(`E${r}`, zorg, 'bedrag').zet(`F${r}`, nhc, 'bedrag').zet(`G${r}`, nic, 'bedrag');
    b.wlz(`H${r}`, 'TARIEFPERCENTAGE', [cel(`A${r}`), cel('$B$3'), cel(`B${r}`), cel(`C${r}`)], 'procent');
    b.formule(`I${r}`, controle, 'procent').zet(`J${r}`, bron, undefined, 'uitleg');
    b.wlz(`K${r}`, 'TARIEF', [cel(`E${r}`), cel(`F${r}`), cel(`G${r}`), cel(`H${r}`)], 'bedrag');
    b.formule(`L${r}`, `ROUND(I${r}*E${r}+1*(F${r}+G${r}),2)`, 'bedrag');
    b.wlz(`M${r}`, 'BRON', [cel(`A${r}`), cel('$B$3'), cel(`B${r}`), cel(`C${r}`)]);
  });
  const laatste = 5 + regels.length;
  const r = laatste + 3;
  b.zet(`A${r - 1}`, 'Reserveringen Zilveren Kruis 2023 (ZK Aanvulling 2023, hoofdstuk 2)', undefined, 'kop');
  b.rij(`A${r}`, ['Contracteerruimte', 'Onvoorzien', 'Regionaal', 'Reservering (WLZ)', 'Reservering (controle)']);
  b.zet(`A${r + 1}`, 187654321.09, 'bedrag').zet(`B${r + 1}`, 0.002, 'procent').zet(`C${r + 1}`, 0.002, 'procent');
  b.wlz(`D${r + 1}`, 'RESERVERING', [cel(`A${r + 1}`), bereik(`B${r + 1}:C${r + 1}`)], 'bedrag');
  b.formule(`E${r + 1}`, `ROUND(A${r + 1}*B${r + 1},2)+ROUND(A${r + 1}*C${r + 1},2)`, 'bedrag');
  b.breedte('A', 16).breedte('B', 8).breedte('C', 20).breedte('D', 22).breedte('E,F,G', 11).breedte('H,I', 14).breedte('J', 46).breedte('K,L', 12).breedte('M', 90);
  v.paar(b, 'F3', 'H3');
  v.paar(b, `H6:H${laatste}`, `I6:I${laatste}`);
  v.paar(b, `K6:K${laatste}`, `L6:L${laatste}`);
  v.zonderControle(b, `M6:M${laatste}`, 'Uitleg in woorden met de bron: geen Excel-formule kan die namaken; alleen de opgeslagen uitkomst wordt vergeleken.');
  v.paar(b, `D${r + 1}`, `E${r + 1}`);

  const z = v.blad('ZK 2017');
  z.zet('A1', 'Zilveren Kruis V&V 2017: opslagtarief en behandelingplafond', undefined, 'titel').zet('A2', LABEL_VOORBEELDBEDRAGEN, undefined, 'label');
  z.rij('A4', ['Basispercentage', 'Tariefsopslag', 'Tariefpercentage (WLZ)', 'Tariefpercentage (controle)']);
  const opslagen: Array<[number, number]> = [
    [0.95, 0.02],
    [0.94, 0.03],
    [0.97, 0.025],
  ];
  opslagen.forEach(([basis, opslag], i) => {
    const rr = 5 + i;
    z.zet(`A${rr}`, basis, 'procent').zet(`B${rr}`, opslag, 'procent');
    z.wlz(`C${rr}`, 'OPSLAGTARIEF', [cel(`A${rr}`), cel(`B${rr}`)], 'procent');
    z.formule(`D${rr}`, `A${rr}+B${rr}`, 'procent');
  });
  z.rij('A10', ['VPT inclusief behandeling (dag)', 'VPT exclusief behandeling (dag)', 'Plafond per cliënt per jaar (WLZ)', 'Plafond (controle)']);
  z.zet('A11', 253.48, 'bedrag').zet('B11', 191.27, 'bedrag');
  z.wlz('C11', 'BEHANDELINGPLAFOND', [cel('A11'), cel('B11')], 'bedrag');
  z.formule('D11', 'ROUND((A11-B11)*365,2)', 'bedrag');
  z.breedte('A,B,C,D', 24);
  v.paar(z, 'C5:C7', 'D5:D7');
  v.paar(z, 'C11', 'D11');
  return v;
}

/** Flankerend beleid Zorg en Zekerheid 2022 (Z&Z Inkoopkader 2022, §2.3.1) and crisis places (§3.3.1). */
function flankerendZz2022(): Voorbeeld {
  const v = new Voorbeeld('flankerend-beleid-zz-2022.xlsx', 'Flankerend beleid Zorg en Zekerheid 2022', [
    'Zorg en Zekerheid past in 2022 flankerend beleid toe (Z&Z Inkoopkader 2022, §2.3.1): het tariefpercentage van een zorgaanbieder is het gewogen gemiddelde tariefpercentage van zijn declaraties, min hoogstens 0,5 procentpunt, en niet lager dan het richttarief van 95,8%. NHC en NIC (100%) tellen niet mee in het gemiddelde.',
    { kop: 'Rekenregels' },
    'Gewogen gemiddelde W = Σ(percentage × gedeclareerd bedrag) / Σ gedeclareerd bedrag per prestatiecode, over het loon-, materieel- en kwaliteitsdeel (de zorgregels); over NHC en NIC ontvangt de aanbieder 100%, die regels tellen niet mee (Z&Z Inkoopkader 2022, §2.3.1).',
    'Voorstel = W als W ≤ 95,8%; anders het hoogste van 95,8% en W − 0,5 procentpunt. Het voorbeeld uit het Inkoopkader zelf: 96,6% wordt 96,1%.',
    'Crisisplekken (Z&Z Inkoopkader 2022, §3.3.1): het volume in de comfortbrief is 90% van het crisisvolume in de herschikking van het vorige jaar; bij een bezetting onder 40% of boven 60% gedurende 3 aaneengesloten maanden treedt het zorgkantoor in overleg.',
    { kop: 'Bladen' },
    'Declaraties: één zorgaanbieder, gewogen gemiddelde en voorstel. Voorbeelden: het voorstel bij verschillende gemiddelden, met het voorbeeld uit het Inkoopkader. Crisisplekken: comfortvolume, bezetting per maand en het signaal. Controle: de vergelijking.',
  ]);
  const d = v.blad('Declaraties');
  d.zet('A1', 'Declaraties 2020 van één zorgaanbieder', undefined, 'titel').zet('A2', LABEL_VOORBEELDBEDRAGEN, undefined, 'label');
  d.rij('A4', ['Prestatie', 'Component', 'Tariefpercentage 2020', 'Gedeclareerd 2020']);
  const declaraties: Array<[string, string, number, number]> = [
    ['ZZP VV 4', 'zorg', 0.96, 1250000],
    ['ZZP VV 4', 'NHC', 1, 180000],
    ['ZZP VV 4', 'NIC', 1, 40000],
    ['ZZP VV 6', 'zorg', 0.975, 2100000],
    ['VPT VV 5', 'zorg', 0.965, 640000],
    ['MPT persoonlijke verzorging', 'zorg', 0.95, 310000],
    ['VPT VV 5', 'NHC', 1, 55000],
  ];
  declaraties.forEach(([prestatie, component, pct, bedrag], i) => {
    const r = 5 + i;
    d.rij(`A${r}`, [prestatie, component], 'invoer').zet(`C${r}`, pct, 'procent').zet(`D${r}`, bedrag, 'bedrag');
  });
  const eind = 4 + declaraties.length;
  d.rij('F4', ['', 'WLZ', 'controle']);
  d.zet('F5', 'Gewogen gemiddelde', undefined, 'kop');
  d.wlz('G5', 'GEWOGENGEMIDDELDE', [bereik(`C5:C${eind}`), bereik(`D5:D${eind}`), bereik(`B5:B${eind}`)], 'procent');
  d.formule('H5', `SUMPRODUCT(C5:C${eind},D5:D${eind},--(B5:B${eind}="zorg"))/SUMIF(B5:B${eind},"zorg",D5:D${eind})`, 'procent');
  d.zet('F6', 'Voorstel 2022', undefined, 'kop');
  d.wlz('G6', 'FLANKEREND', [cel('G5')], 'procent');
  d.formule('H6', 'IF(H5<=0.958,H5,MAX(0.958,H5-0.005))', 'procent');
  d.breedte('A', 28).breedte('B', 12).breedte('C,D', 20).breedte('F', 22).breedte('G,H', 12);
  v.paar(d, 'G5:G6', 'H5:H6');

  const s = v.blad('Voorbeelden');
  s.zet('A1', 'Voorstel bij verschillende gewogen gemiddelden', undefined, 'titel');
  s.rij('A3', ['Gewogen gemiddelde', 'Voorstel (WLZ)', 'Voorstel (controle)', 'Toelichting']);
  const scenario: Array<[number, string]> = [
    [0.955, 'onder het richttarief: blijft gelijk'],
    [0.958, 'gelijk aan het richttarief: blijft gelijk'],
    [0.96, 'daling begrensd door het richttarief van 95,8%'],
    [0.966, 'het voorbeeld uit Z&Z Inkoopkader 2022, §2.3.1: 96,6% wordt 96,1%'],
    [0.975, '0,5 procentpunt lager'],
  ];
  scenario.forEach(([w, uitleg], i) => {
    const r = 4 + i;
    s.zet(`A${r}`, w, 'procent').wlz(`B${r}`, 'FLANKEREND', [cel(`A${r}`)], 'procent');
    s.formule(`C${r}`, `IF(A${r}<=0.958,A${r},MAX(0.958,A${r}-0.005))`, 'procent').zet(`D${r}`, uitleg, undefined, 'uitleg');
  });
  s.breedte('A,B,C', 20).breedte('D', 60);
  v.paar(s, 'B4:B8', 'C4:C8');

  const c = v.blad('Crisisplekken');
  c.zet('A1', 'Crisisplekken (Z&Z Inkoopkader 2022, §3.3.1)', undefined, 'titel').zet('A2', LABEL_VOORBEELDBEDRAGEN, undefined, 'label');
  c.rij('A4', ['Crisisvolume herschikking 2021 (dagen)', 'Comfortvolume 2022 (WLZ)', 'Comfortvolume (controle)']);
  c.zet('A5', 1460, 'aantal').wlz('B5', 'COMFORTVOLUME', [cel('A5')], 'aantal').formule('C5', 'A5*0.9', 'aantal');
  c.rij('A7', ['Maand 2022', 'Bezette dagen', 'Plekken', 'Dagen in maand', 'Bezetting (WLZ)', 'Bezetting (controle)']);
  const maanden: Array<[string, number, number]> = [
    ['januari', 62, 31],
    ['februari', 50, 28],
    ['maart', 45, 31],
    ['april', 41, 30],
    ['mei', 36, 31],
  ];
  maanden.forEach(([maand, dagen, inMaand], i) => {
    const r = 8 + i;
    c.zet(`A${r}`, maand).zet(`B${r}`, dagen, 'geheel').zet(`C${r}`, 4, 'geheel').zet(`D${r}`, inMaand, 'geheel');
    c.wlz(`E${r}`, 'BEZETTING', [cel(`B${r}`), cel(`C${r}`), cel(`D${r}`)], 'procent');
    c.formule(`F${r}`, `B${r}/(C${r}*D${r})`, 'procent');
  });
  c.rij('A14', ['Signaal over de laatste 3 maanden', '', '', '', 'Signaal (WLZ)', 'Signaal (controle)']);
  c.wlz('E15', 'CRISISSIGNAAL', [bereik('E8:E12')]);
  c.formule('F15', 'IF(COUNTIF(F10:F12,"<0.4")=3,"onder",IF(COUNTIF(F10:F12,">0.6")=3,"boven",""))');
  c.breedte('A', 34).breedte('B,C,D', 14).breedte('E,F', 20);
  v.paar(c, 'B5', 'C5');
  v.paar(c, 'E8:E12', 'F8:F12');
  v.paar(c, 'E15', 'F15');
  return v;
}

/** CZ GGZ 2023: initial volume offer, omzet and stimulus budget (CZ GGZ 2023, §6.2–6.3). */
function volumebodCzGgz2023(): Voorbeeld {
  const v = new Voorbeeld('volumebod-cz-ggz-2023.xlsx', 'CZ GGZ 2023: initieel volumebod en omzet', [
    'CZ biedt voor 2023 een initieel volume aan op basis van de herschikte productieafspraak 2022 na getekende correcties (CZ GGZ 2023, §6.3): 95% van het volume voor ZZP, VPT en DTV, 90% voor MPT. Volumes worden niet afgerond.',
    'Omzet = Σ afgerond(volume × tarief), elke regel afgerond op centen. Het regionale stimuleringsbudget is 0,2% van Σ(tarief × initieel volume vóór de uitname van 5% en 10%), zonder VPT, DTV en logeren (CZ GGZ 2023, §6.2).',
    'CZ trekt de realisatie van januari t/m juli door naar een heel jaar (CZ GGZ 2023, §6.3): realisatie × 12 / 7.',
    { kop: 'Bladen' },
    'Volumebod: per prestatie het volumebod, de omzet en het stimuleringsbudget. Extrapolatie: realisatie doorgetrokken. Controle: de vergelijking.',
  ]);
  const b = v.blad('Volumebod');
  b.zet('A1', 'Initieel volumebod CZ GGZ 2023', undefined, 'titel').zet('A2', LABEL_VOORBEELDBEDRAGEN, undefined, 'label');
  b.rij('A4', [
    'Prestatie', 'Soort', 'Herschikt 2022', 'Correcties (getekend)', 'Volumebod (WLZ)', 'Volumebod (controle)', 'Tarief 2023',
    'Bedrag (controle)', 'Initieel vóór uitname', 'Grondslag stimulering (controle)',
  ]);
  const regels: Array<[string, string, number, number, number]> = [
    ['ZZP GGZ-B 3 (dag)', 'ZZP', 12000, -150, 169.25],
    ['ZZP GGZ-B 5 (dag)', 'ZZP', 8030, 0, 241.9],
    ['VPT GGZ-B 4 (dag)', 'VPT', 2190, -30, 198.63],
    ['MPT GGZ (uur)', 'MPT', 5400, 120, 71.36],
    ['DTV GGZ (dagdeel)', 'DTV', 3120, 0, 52.77],
  ];
  regels.forEach(([prestatie, soort, herschikt, correctie, tarief], i) => {
    const r = 5 + i;
    b.rij(`A${r}`, [prestatie, soort], 'invoer').zet(`C${r}`, herschikt, 'aantal').zet(`D${r}`, correctie, 'aantal');
    b.wlz(`E${r}`, 'VOLUMEBOD', [cel(`C${r}`), cel(`B${r}`), bereik(`D${r}:D${r}`)], 'aantal');
    b.formule(`F${r}`, `(C${r}+D${r})*IF(B${r}="MPT",0.9,0.95)`, 'aantal');
    b.zet(`G${r}`, tarief, 'bedrag').formule(`H${r}`, `ROUND(F${r}*G${r},2)`, 'bedrag');
    b.formule(`I${r}`, `C${r}+D${r}`, 'aantal');
    b.formule(`J${r}`, `IF(OR(B${r}="VPT",B${r}="DTV",B${r}="logeren"),0,ROUND(I${r}*G${r},2))`, 'bedrag');
  });
  const eind = 4 + regels.length;
  b.rij(`D${eind + 2}`, ['', 'WLZ', 'controle']);
  b.zet(`D${eind + 3}`, 'Omzet 2023', undefined, 'kop');
  b.wlz(`E${eind + 3}`, 'OMZET', [bereik(`E5:E${eind}`), bereik(`G5:G${eind}`)], 'bedrag');
  b.formule(`F${eind + 3}`, `SUM(H5:H${eind})`, 'bedrag');
  b.zet(`D${eind + 4}`, 'Stimuleringsbudget', undefined, 'kop');
  b.wlz(`E${eind + 4}`, 'STIMULERINGSBUDGET', [bereik(`I5:I${eind}`), bereik(`G5:G${eind}`), bereik(`B5:B${eind}`)], 'bedrag');
  b.formule(`F${eind + 4}`, `ROUND(0.002*SUM(J5:J${eind}),2)`, 'bedrag');
  b.breedte('A', 22).breedte('B', 8).breedte('C,D,E,F,G,H,I,J', 16);
  v.paar(b, `E5:E${eind}`, `F5:F${eind}`);
  v.paar(b, `E${eind + 3}:E${eind + 4}`, `F${eind + 3}:F${eind + 4}`);

  const x = v.blad('Extrapolatie');
  x.zet('A1', 'Realisatie januari t/m juli 2023 doorgetrokken naar het jaar', undefined, 'titel');
  x.rij('A3', ['Prestatie', 'Realisatie jan–jul', 'Maanden', 'Jaar (WLZ)', 'Jaar (controle)']);
  const realisaties: Array<[string, number]> = [
    ['ZZP GGZ-B 3 (dag)', 6720],
    ['MPT GGZ (uur)', 3010],
  ];
  realisaties.forEach(([prestatie, realisatie], i) => {
    const r = 4 + i;
    x.zet(`A${r}`, prestatie).zet(`B${r}`, realisatie, 'aantal').zet(`C${r}`, 7, 'geheel');
    x.wlz(`D${r}`, 'EXTRAPOLEER', [cel(`B${r}`), cel(`C${r}`)], 'aantal');
    x.formule(`E${r}`, `B${r}*12/C${r}`, 'aantal');
  });
  x.breedte('A', 22).breedte('B,C,D,E', 16);
  v.paar(x, 'D4:D5', 'E4:E5');
  return v;
}

/** Dutch public holidays the declaration deadline skips (SPEC §4 DECLARATIEDEADLINE), 2023 and January 2024. */
const FEESTDAGEN: Array<[string, number, number, number]> = [
  ['Nieuwjaarsdag', 2023, 1, 1],
  ['Tweede Paasdag', 2023, 4, 10],
  ['Koningsdag', 2023, 4, 27],
  ['Hemelvaartsdag', 2023, 5, 18],
  ['Tweede Pinksterdag', 2023, 5, 29],
  ['Eerste Kerstdag', 2023, 12, 25],
  ['Tweede Kerstdag', 2023, 12, 26],
  ['Nieuwjaarsdag', 2024, 1, 1],
];

/** Payments 2023: advance schedule, CZ Tabel 2 phases, declarations (CZ GGZ 2023 Bijlage 1; Z&Z Inkoopkader 2022, §3.1). */
function betaalschema2023(): Voorbeeld {
  const v = new Voorbeeld('betaalschema-2023.xlsx', 'Betaalschema 2023: voorschotten, fasen en declaraties', [
    'Voorschotten op de productieafspraak: het cumulatieve doel in maand m is jaarbasis × m / 12, afgerond op centen; de mutatie is doel − al betaald, en wordt alleen uitgevoerd als die meer dan € 5.000 is (CZ GGZ 2023, Bijlage 1). Een mutatie die niet wordt uitgevoerd gaat niet verloren: die zit in het verschil van de volgende maand.',
    'CZ Tabel 2 (CZ GGZ 2023, Bijlage 1, tabel 2): maanden 1–4 de initiële afspraak vóór volumekorting, 5–10 de herschikte afspraak min verwachte onderproductie, 11–15 (november t/m maart van het volgende jaar) de definitieve afspraak min verwachte onderproductie. Na december is het doel de volle jaarbasis.',
    'Declaraties (Z&Z Inkoopkader 2022, §3.1): zorg van maand m wordt uiterlijk op de 17e werkdag van maand m+1 gedeclareerd en in maand m+2 betaald. Werkdagen: maandag t/m vrijdag zonder nationale feestdagen. Een declaratie die meer dan 3 maanden na de prestatiemaand komt, telt niet mee in een herverdeling.',
    'AW319-voorschot: regulier × bevoorschottingspercentage + crisis (het percentage geldt nooit voor crisisplekken), afgerond op centen. Nieuwe aanbieder (CZ GGZ 2023): betaling achteraf op realisatie, hoogstens tot de productieafspraak.',
    { kop: 'Bladen' },
    'Schema: een kleine aanbieder met vaste jaarbasis (maandbedragen onder de drempel). Fasen: de voorschotbasis per maand volgens CZ Tabel 2 en het schema over 15 maanden. Declaraties: uiterste declaratiedatum, betaalmaand en te laat. Mutaties: losse mutaties, AW319-voorschot en nieuwe aanbieder. Feestdagen: de lijst voor de Excel-controle.',
  ]);
  const s = v.blad('Schema');
  s.zet('A1', 'Voorschotschema 2023, vaste jaarbasis', undefined, 'titel').zet('A2', LABEL_VOORBEELDBEDRAGEN, undefined, 'label');
  s.zet('A4', 'Jaarbasis', undefined, 'kop').zet('B4', 48000, 'bedrag');
  s.zet('A5', 'Drempel', undefined, 'kop').zet('B5', 5000, 'bedrag');
  s.zet('A7', 'WLZ.BETAALSCHEMA', undefined, 'kop').zet('F7', 'Controle met Excel-functies', undefined, 'kop');
  s.wlz('A8', 'BETAALSCHEMA', [cel('B4'), 0, cel('B5')], ['geheel', 'bedrag', 'bedrag', 'bedrag']);
  s.rij('F8', ['Maand', 'Cumulatief doel', 'Mutatie', 'Betaald na mutatie'], 'controle');
  for (let m = 1; m <= 12; m += 1) {
    const r = 8 + m;
    const vorig = m === 1 ? '0' : `I${r - 1}`;
    s.formule(`F${r}`, String(m), 'geheel');
    s.formule(`G${r}`, `ROUND($B$4*F${r}/12,2)`, 'bedrag');
    s.formule(`H${r}`, `IF(ABS(G${r}-${vorig})>$B$5,G${r}-${vorig},0)`, 'bedrag');
    s.formule(`I${r}`, `${vorig}+H${r}`, 'bedrag');
  }
  s.breedte('A,F', 10).breedte('B,C,D,G,H,I', 18);
  v.paar(s, 'A8:D20', 'F8:I20');

  const f = v.blad('Fasen');
  f.zet('A1', 'Voorschotbasis per maand volgens CZ Tabel 2 en het schema over 15 maanden', undefined, 'titel').zet('A2', LABEL_VOORBEELDBEDRAGEN, undefined, 'label');
  f.rij('A4', ['Initieel (bruto)', 'Herschikt', 'Definitief', 'Verwachte onderproductie']);
  f.zet('A5', 1200000, 'bedrag').zet('B5', 1150000, 'bedrag').zet('C5', 1120000, 'bedrag').zet('D5', 30000, 'bedrag');
  f.rij('A7', ['Maand', 'Voorschotbasis (WLZ)', 'Voorschotbasis (controle)']);
  for (let m = 1; m <= 15; m += 1) {
    const r = 7 + m;
    f.zet(`A${r}`, m, 'geheel');
    f.wlz(`B${r}`, 'VOORSCHOTBASIS', [cel(`A${r}`), cel('$A$5'), cel('$B$5'), cel('$C$5'), cel('$D$5')], 'bedrag');
    f.formule(`C${r}`, `IF(A${r}<=4,$A$5,IF(A${r}<=10,$B$5-$D$5,$C$5-$D$5))`, 'bedrag');
  }
  f.zet('E7', 'WLZ.BETAALSCHEMA over 15 maanden', undefined, 'kop').zet('J7', 'Controle met Excel-functies', undefined, 'kop');
  f.wlz('E8', 'BETAALSCHEMA', [bereik('B8:B22')], ['geheel', 'bedrag', 'bedrag', 'bedrag']);
  f.rij('J8', ['Maand', 'Cumulatief doel', 'Mutatie', 'Betaald na mutatie'], 'controle');
  for (let m = 1; m <= 15; m += 1) {
    const r = 8 + m;
    const vorig = m === 1 ? '0' : `M${r - 1}`;
    f.formule(`J${r}`, String(m), 'geheel');
    f.formule(`K${r}`, `ROUND(C${r - 1}*MIN(J${r},12)/12,2)`, 'bedrag');
    f.formule(`L${r}`, `IF(ABS(K${r}-${vorig})>5000,K${r}-${vorig},0)`, 'bedrag');
    f.formule(`M${r}`, `${vorig}+L${r}`, 'bedrag');
  }
  f.breedte('A,E,J', 10).breedte('B,C,D,F,G,H,K,L,M', 18);
  v.paar(f, 'B8:B22', 'C8:C22');
  v.paar(f, 'E8:H23', 'J8:M23');

  const h = v.blad('Feestdagen');
  h.zet('A1', 'Nationale feestdagen (werkdagen voor de declaratietermijn)', undefined, 'titel');
  h.rij('A3', ['Datum', 'Feestdag']);
  FEESTDAGEN.forEach(([naam, j, m, dag], i) => {
    h.zet(`A${4 + i}`, serie(j, m, dag), 'datum').zet(`B${4 + i}`, naam);
  });
  h.breedte('A', 14).breedte('B', 22);
  const feestdagen = `Feestdagen!$A$4:$A$${3 + FEESTDAGEN.length}`;

  const d = v.blad('Declaraties');
  d.zet('A1', 'Declaratietermijnen 2023', undefined, 'titel');
  d.rij('A3', [
    'Prestatiemaand', 'Uiterlijk declareren (WLZ)', 'Uiterlijk declareren (controle)', 'Betaalmaand (WLZ)', 'Betaalmaand (controle)',
    'Ingediend op', 'Te laat (WLZ)', 'Te laat (controle)',
  ]);
  const indiening: number[] = [
    serie(2023, 2, 10), serie(2023, 3, 20), serie(2023, 7, 31), serie(2023, 8, 1), serie(2023, 6, 15), serie(2023, 10, 2),
    serie(2023, 8, 25), serie(2023, 12, 1), serie(2023, 12, 31), serie(2024, 2, 1), serie(2024, 3, 1), serie(2024, 4, 1),
  ];
  for (let m = 1; m <= 12; m += 1) {
    const r = 3 + m;
    d.zet(`A${r}`, serie(2023, m + 1, 1) - 1, 'datum');
    d.wlz(`B${r}`, 'DECLARATIEDEADLINE', [cel(`A${r}`)], 'datum');
    d.formule(`C${r}`, `WORKDAY(EOMONTH(A${r},0),17,${feestdagen})`, 'datum');
    d.wlz(`D${r}`, 'BETAALMAAND', [cel(`A${r}`)], 'datum');
    d.formule(`E${r}`, `EOMONTH(A${r},1)+1`, 'datum');
    d.zet(`F${r}`, indiening[m - 1], 'datum');
    d.wlz(`G${r}`, 'TELAAT', [cel(`A${r}`), cel(`F${r}`)], 'waarheid');
    d.formule(`H${r}`, `F${r}>EOMONTH(A${r},3)`, 'waarheid');
  }
  d.breedte('A,F', 16).breedte('B,C,D,E,G,H', 20);
  v.paar(d, 'B4:B15', 'C4:C15');
  v.paar(d, 'D4:D15', 'E4:E15');
  v.paar(d, 'G4:G15', 'H4:H15');

  const m = v.blad('Mutaties');
  m.zet('A1', 'Mutaties, AW319-voorschot en nieuwe aanbieder', undefined, 'titel').zet('A2', LABEL_VOORBEELDBEDRAGEN, undefined, 'label');
  m.rij('A4', ['Cumulatief doel', 'Al betaald', 'Mutatie (WLZ)', 'Mutatie (controle)']);
  const mutaties: Array<[number, number]> = [
    [105000.01, 100000],
    [104999.99, 100000],
    [95000, 100000.5],
    [250000, 262750],
  ];
  mutaties.forEach(([doel, betaald], i) => {
    const r = 5 + i;
    m.zet(`A${r}`, doel, 'bedrag').zet(`B${r}`, betaald, 'bedrag');
    m.wlz(`C${r}`, 'BETAALMUTATIE', [cel(`A${r}`), cel(`B${r}`)], 'bedrag');
    m.formule(`D${r}`, `IF(ABS(A${r}-B${r})>5000,A${r}-B${r},0)`, 'bedrag');
  });
  m.rij('A11', ['AW319 regulier', 'AW319 crisis', 'Bevoorschottingspercentage', 'Voorschot (WLZ)', 'Voorschot (controle)']);
  const aw319: Array<[number, number, number]> = [
    [250000, 12000, 0.95],
    [418732.4, 0, 0.9],
    [96310.6, 23100, 1],
  ];
  aw319.forEach(([regulier, crisis, pct], i) => {
    const r = 12 + i;
    m.zet(`A${r}`, regulier, 'bedrag').zet(`B${r}`, crisis, 'bedrag').zet(`C${r}`, pct, 'procent');
    m.wlz(`D${r}`, 'AW319VOORSCHOT', [cel(`A${r}`), cel(`B${r}`), cel(`C${r}`)], 'bedrag');
    m.formule(`E${r}`, `ROUND(A${r}*C${r}+B${r},2)`, 'bedrag');
  });
  m.rij('A17', ['Realisatie', 'Productieafspraak', 'Al betaald', 'Betaling (WLZ)', 'Betaling (controle)']);
  const nieuw: Array<[number, number, number]> = [
    [45678.9, 600000, 580000],
    [15000, 600000, 560000],
    [30000, 600000, 610000],
  ];
  nieuw.forEach(([realisatie, afspraak, betaald], i) => {
    const r = 18 + i;
    m.zet(`A${r}`, realisatie, 'bedrag').zet(`B${r}`, afspraak, 'bedrag').zet(`C${r}`, betaald, 'bedrag');
    m.wlz(`D${r}`, 'NIEUWEAANBIEDER', [cel(`A${r}`), cel(`B${r}`), cel(`C${r}`)], 'bedrag');
    m.formule(`E${r}`, `MIN(A${r},MAX(0,B${r}-C${r}))`, 'bedrag');
  });
  m.breedte('A,B,C,D,E', 22);
  v.paar(m, 'C5:C8', 'D5:D8');
  v.paar(m, 'D12:D14', 'E12:E14');
  v.paar(m, 'D18:D20', 'E18:E20');
  // Feestdagen is a list for the controls; keep it after the sheets that use it.
  v.bladen.push(v.bladen.splice(v.bladen.indexOf(h), 1)[0]);
  return v;
}

/** 2024 V&V across the seven zorgkantoren (Thema's 2024–2026, row "Bekostiging en tarieven"). */
function vergelijkingVv2024(): Voorbeeld {
  const v = new Voorbeeld('vergelijking-vv-2024.xlsx', 'Tariefpercentages V&V 2024: zeven zorgkantoren vergeleken', [
    "De tariefpercentages voor verpleging en verzorging (V&V) in 2024 volgens Thema's 2024–2026 (rij Bekostiging en tarieven): het landelijke richttarief is 95,5%; per zorgkantoor gelden afwijkingen voor nieuwe aanbieders en opslagen.",
    'Een leeg percentage betekent: de bron noemt geen getal. Vul dan het afgesproken percentage zelf in; WLZ.TARIEFPERCENTAGE geeft daar #N/B met uitleg. Het richttarief 2024 voor GZ staat niet in de bronnen: WLZ.RICHTTARIEF geeft #N/B.',
    'DSW: eigen tariefpercentage 2023 plus de uitkomst van de monitor (hoger: tot +1 procentpunt, gelijk: 0, lager: tot −1 procentpunt), hoogstens 97,5%; nieuwe aanbieders 91,0%. De bron zegt "tot": het voorbeeld rekent met de volle stap.',
    { kop: 'Bladen' },
    'Vergelijking: WLZ.VERGELIJK voor bestaande en nieuwe aanbieders. Per zorgkantoor: WLZ.TARIEFPERCENTAGE met kenmerken. Controle: de vergelijking (de toelichtingen in woorden hebben geen Excel-controle).',
  ]);
  const g = v.blad('Vergelijking');
  g.zet('A1', 'V&V 2024: tariefpercentage per zorgkantoor', undefined, 'titel');
  g.zet('A3', 'Jaar', undefined, 'kop').zet('B3', 2024, 'geheel');
  g.zet('A4', 'Sector', undefined, 'kop').zet('B4', 'V&V');
  g.zet('A5', 'Kenmerken', undefined, 'kop').zet('B5', 'nieuw');
  const zorgkantoren = ['Zilveren Kruis', 'VGZ', 'Menzis', 'CZ', 'Salland', 'DSW', 'Zorg en Zekerheid'];
  const blok = (rij: number, titel: string, kenmerken: Arg[], percentages: string[]) => {
    g.zet(`A${rij - 1}`, titel, undefined, 'kop');
    g.wlz(`A${rij}`, 'VERGELIJK', [cel('$B$3'), cel('$B$4'), ...kenmerken], ['tekst', 'procent', 'tekst']);
    g.rij(`E${rij}`, ['Zorgkantoor', 'Percentage'], 'controle');
    zorgkantoren.forEach((zk, i) => {
      g.zet(`E${rij + 1 + i}`, zk, undefined, 'controle');
      g.formule(`F${rij + 1 + i}`, percentages[i], 'procent');
    });
    const eind = rij + zorgkantoren.length;
    v.paar(g, `A${rij}:B${eind}`, `E${rij}:F${eind}`);
    v.zonderControle(g, `C${rij}:C${eind}`, 'Toelichting in woorden met de bron: geen Excel-formule kan die namaken; alleen de opgeslagen uitkomst wordt vergeleken.');
  };
  blok(8, 'Bestaande aanbieders', [], ['0.955', '0.955', '0.955', '0.955', '0.955', '""', '0.955']);
  blok(19, 'Nieuwe aanbieders', [cel('$B$5')], ['""', '""', '0.955-0.02', '0.955-0.02', '""', '0.91', '""']);
  g.breedte('A', 20).breedte('B', 12).breedte('C', 90).breedte('E', 20).breedte('F', 12);

  const p = v.blad('Per zorgkantoor');
  p.zet('A1', 'Tariefpercentage 2024 V&V met kenmerken', undefined, 'titel');
  p.rij('A3', ['Zorgkantoor', 'Kenmerken', 'Eigen percentage 2023', 'Tariefpercentage (WLZ)', 'Tariefpercentage (controle)', 'Bron van de controle']);
  const gevallen: Array<[string, string, number | null, string, string]> = [
    ['Zilveren Kruis', 'essentiële voorzieningen', null, '0.96', "Thema's 2024–2026: essentiële voorzieningen 96,0%"],
    ['VGZ', '', null, '0.955', "Thema's 2024–2026: richttarief 95,5%"],
    ['Menzis', 'nieuw', null, '0.955-0.02', "Thema's 2024–2026: nieuw −2 procentpunt"],
    ['CZ', 'technologie; bewegingen en doelen', null, 'MIN(0.955+0.001+0.003,1)', "Thema's 2024–2026: +0,1 en +0,3 procentpunt, plafond 100%"],
    ['Salland', 'differentiatie +1', null, 'MIN(0.955+0.01,0.965)', "Thema's 2024–2026: differentiatie, plafond 96,5%"],
    ['DSW', 'monitor hoger', 0.962, 'MIN(C9+0.01,0.975)', "Thema's 2024–2026: eigen 2023 + 1 procentpunt, plafond 97,5%"],
    ['DSW', 'monitor hoger', 0.97, 'MIN(C10+0.01,0.975)', "Thema's 2024–2026: plafond 97,5%"],
    ['DSW', 'nieuw', null, '0.91', "Thema's 2024–2026: nieuwe aanbieders 91,0%"],
    ['Zorg en Zekerheid', 'werkgeversopslag', null, '0.955+0.003', "Thema's 2024–2026: werkgeversopslag +0,3 procentpunt"],
  ];
  gevallen.forEach(([zk, kenmerken, vorig, controle, bron], i) => {
    const r = 4 + i;
    p.rij(`A${r}`, [zk, kenmerken], 'invoer');
    if (vorig !== null) p.zet(`C${r}`, vorig, 'procent');
    p.wlz(`D${r}`, 'TARIEFPERCENTAGE', [cel(`A${r}`), cel('Vergelijking!$B$3'), cel('Vergelijking!$B$4'), cel(`B${r}`), vorig !== null ? cel(`C${r}`) : LEEG], 'procent');
    p.formule(`E${r}`, controle, 'procent').zet(`F${r}`, bron, undefined, 'uitleg');
  });
  const eind = 3 + gevallen.length;
  p.rij(`A${eind + 2}`, ['Richttarief', 'Sector', '', 'Richttarief (WLZ)', 'Richttarief (controle)', 'Bron van de controle']);
  p.zet(`A${eind + 3}`, 2024, 'geheel').zet(`B${eind + 3}`, 'V&V');
  p.wlz(`D${eind + 3}`, 'RICHTTARIEF', [cel(`A${eind + 3}`), cel(`B${eind + 3}`)], 'procent');
  p.formule(`E${eind + 3}`, '0.955', 'procent').zet(`F${eind + 3}`, "Thema's 2024–2026, inleiding: 95,5%", undefined, 'uitleg');
  p.zet(`A${eind + 4}`, 2024, 'geheel').zet(`B${eind + 4}`, 'GZ');
  p.wlz(`D${eind + 4}`, 'RICHTTARIEF', [cel(`A${eind + 4}`), cel(`B${eind + 4}`)], 'procent');
  p.formule(`E${eind + 4}`, 'NA()', 'procent').zet(`F${eind + 4}`, 'niet in de bronnen: #N/B, vul het geldende percentage zelf in', undefined, 'uitleg');
  p.breedte('A', 20).breedte('B', 32).breedte('C,D,E', 16).breedte('F', 56);
  v.paar(p, `D4:D${eind}`, `E4:E${eind}`);
  v.paar(p, `D${eind + 3}`, `E${eind + 3}`);
  v.paar(p, `D${eind + 4}`, `E${eind + 4}`, { beideNb: true });
  return v;
}

/** Every sample, in the order of issue 3. */
export const VOORBEELDEN: ReadonlyArray<() => Voorbeeld> = [tarieven2023, flankerendZz2022, volumebodCzGgz2023, betaalschema2023, vergelijkingVv2024];

export async function maakVoorbeelden(map = VOORBEELDMAP): Promise<string[]> {
  const paden: string[] = [];
  for (const maak of VOORBEELDEN) paden.push(await schrijfVoorbeeld(maak(), map));
  return paden;
}

if (require.main === module) {
  maakVoorbeelden().then(
    (paden) => process.stdout.write(`${paden.map((p) => `${p} geschreven`).join('\n')}\n`),
    (fout: unknown) => {
      process.stderr.write(`${fout instanceof Error ? fout.stack : String(fout)}\n`);
      process.exit(1);
    },
  );
}
