import { type Oorsprong, leesAdres } from '../../core/controle';
import { ongeldig } from '../../core/fout';
import type { Cel } from '../../core/invoer';

/**
 * All of the pane's access to Office and the workbook, in one module. Every operation is one
 * `Excel.run` with its reads batched into as few `context.sync()` calls as the API allows (a load is
 * only known after a sync) — never a round trip per cell. The pane never changes a user's cells: it
 * reads them, selects them, writes a formula into the active cell only on request, and writes its
 * results to sheets it creates (or to its own report sheet).
 */

/** A value the pane writes: "=…" is a formula (invariant form, see formule.ts), anything else a constant. */
export type Schrijfwaarde = string | number | boolean;

/** A block of cells read from a sheet, with where it sits. */
export interface GelezenSelectie {
  blad: string;
  /** "Blad1!B3:K20", as Excel gives it. */
  adres: string;
  oorsprong: Oorsprong;
  waarden: Cel[][];
}

/** At most this many cells are read in one go (Excel on the web limits a response to about 5 MB). */
export const MAX_CELLEN = 200_000;

/**
 * Whether the page runs in Excel. office.js comes from Microsoft's CDN: outside Office, or offline, it
 * may be missing (`Office` undefined), report no host, or never answer. The answer comes within
 * `wachttijd` ms in every case, so the page never waits on it; Excel found later is reported through
 * `later` (a slow start inside Excel).
 */
export async function verbindMetExcel(wachttijd: number, later?: () => void): Promise<boolean> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return false;
  let klaar: Promise<boolean>;
  try {
    klaar = Office.onReady().then((info) => String(info?.host) === 'Excel');
  } catch {
    return false;
  }
  let opTijd = true;
  const verlopen = new Promise<boolean>((resolve) =>
    setTimeout(() => {
      opTijd = false;
      resolve(false);
    }, wachttijd),
  );
  klaar.then(
    (excel) => excel && !opTijd && later?.(),
    () => undefined,
  );
  return Promise.race([klaar.catch(() => false), verlopen]);
}

/** The selected cells, limited to the part of the sheet that holds data (a whole column selected is fine). */
export function leesSelectie(): Promise<GelezenSelectie> {
  return leesRondSelectie(false);
}

/**
 * The table around the selection: one selected cell → its surrounding region (the block bounded by
 * empty rows and columns, Excel's current region); several cells → exactly those, within the data.
 */
export function leesTabelRondSelectie(): Promise<GelezenSelectie> {
  return leesRondSelectie(true);
}

async function leesRondSelectie(omgeving: boolean): Promise<GelezenSelectie> {
  return Excel.run(async (context) => {
    const selectie = context.workbook.getSelectedRange();
    selectie.load('address,cellCount');
    const gebruikt = selectie.worksheet.getUsedRangeOrNullObject(true);
    gebruikt.load('address');
    await context.sync();
    if (gebruikt.isNullObject) throw ongeldig('het blad met de selectie is leeg');

    const bron = omgeving && selectie.cellCount === 1 ? selectie.getSurroundingRegion() : selectie;
    const deel = bron.getIntersectionOrNullObject(gebruikt);
    deel.load('address,cellCount');
    await context.sync();
    if (deel.isNullObject) throw ongeldig(`de selectie ${selectie.address} bevat geen gegevens`);
    if (deel.cellCount > MAX_CELLEN) {
      throw ongeldig(
        `${deel.address} heeft ${deel.cellCount.toLocaleString('nl-NL')} cellen; selecteer hoogstens ${MAX_CELLEN.toLocaleString('nl-NL')} cellen`,
      );
    }

    deel.load('values');
    await context.sync();
    const oorsprong = leesAdres(deel.address);
    return { blad: oorsprong.blad ?? '', adres: deel.address, oorsprong, waarden: deel.values as Cel[][] };
  });
}

/**
 * The values of an Excel table by name, header row included (the policy table WLZ_beleid); undefined
 * when the workbook has no such table or the host has no table API.
 */
export async function leesTabelOpNaam(naam: string): Promise<Cel[][] | undefined> {
  try {
    return await Excel.run(async (context) => {
      const tabel = context.workbook.tables.getItemOrNullObject(naam);
      await context.sync();
      if (tabel.isNullObject) return undefined;
      const bereik = tabel.getRange();
      bereik.load('values');
      await context.sync();
      return bereik.values as Cel[][];
    });
  } catch {
    return undefined;
  }
}

/** Activates the sheet and selects one cell (a finding's cell). */
export async function selecteerCel(blad: string, cel: string): Promise<void> {
  await Excel.run(async (context) => {
    const werkblad = context.workbook.worksheets.getItem(blad);
    werkblad.activate();
    werkblad.getRange(cel).select();
    await context.sync();
  });
}

/** The active cell and whether it holds anything, so the pane can ask before writing over it. */
export interface ActieveCel {
  blad: string;
  /** "B5" on `blad`. */
  cel: string;
  /** The formula or value now in the cell; "" when empty. */
  inhoud: string;
}

export async function leesActieveCel(): Promise<ActieveCel> {
  return Excel.run(async (context) => {
    const cel = context.workbook.getActiveCell();
    cel.load('address,formulas');
    await context.sync();
    const uitroep = cel.address.lastIndexOf('!');
    const oorsprong = leesAdres(cel.address);
    return { blad: oorsprong.blad ?? '', cel: cel.address.slice(uitroep + 1).replace(/\$/g, ''), inhoud: String(cel.formulas[0][0] ?? '') };
  });
}

/** Writes one formula (invariant form) into a cell the user chose; returns the cell's address. */
export async function schrijfFormule(blad: string, cel: string, formule: string): Promise<string> {
  return Excel.run(async (context) => {
    const bereik = context.workbook.worksheets.getItem(blad).getRange(cel);
    bereik.formulas = [[formule]];
    bereik.load('address');
    await context.sync();
    return bereik.address;
  });
}

/** A rectangle of cells the pane writes, with its formatting. */
export interface Blok {
  /** Top-left cell, e.g. "A4". */
  cel: string;
  rijen: Schrijfwaarde[][];
  /** Excel number format per column (invariant codes: "0.0%", "#,##0.00"); "@" keeps text as text. */
  notaties?: Array<string | undefined>;
  vet?: boolean;
  /** Bold white on blue, like a table header. */
  kop?: boolean;
  /** Only the formats: the cells stay empty (where a formula will spill). */
  alleenOpmaak?: boolean;
}

export interface Grafiekontwerp {
  titel: string;
  /** The values with their header cell, e.g. "C8:C20". */
  waarden: string;
  /** The category labels beside them, e.g. "A9:A20". */
  categorieen: string;
  /** Where the chart goes, e.g. "F2:M20". */
  plaats: string;
}

export interface Bladontwerp {
  /** The wished name; a free variant is used when it is taken ("Betaalschema (2)"). */
  naam: string;
  blokken: Blok[];
  /** Column widths in points, from column A. */
  breedtes?: number[];
  grafiek?: Grafiekontwerp;
}

/** Creates a new sheet from the design and activates it; returns the name it got. Never touches other sheets. */
export async function schrijfNieuwBlad(ontwerp: Bladontwerp): Promise<string> {
  return Excel.run(async (context) => {
    const bladen = context.workbook.worksheets;
    bladen.load('items/name');
    await context.sync();
    const naam = vrijeBladnaam(
      ontwerp.naam,
      bladen.items.map((b) => b.name),
    );
    const blad = bladen.add(naam);
    vulBlad(blad, ontwerp);
    blad.activate();
    await context.sync();
    return naam;
  });
}

/**
 * Writes the pane's report sheet. The sheet `ontwerp.naam` is replaced only when its A1 holds
 * `kenmerk` (the pane made it); a user's own sheet of that name is left alone and the report gets a
 * free name beside it.
 */
export async function schrijfRapportBlad(ontwerp: Bladontwerp, kenmerk: string): Promise<{ naam: string; vervangen: boolean }> {
  return Excel.run(async (context) => {
    const bladen = context.workbook.worksheets;
    bladen.load('items/name');
    await context.sync();
    const namen = bladen.items.map((b) => b.name);
    const bestaand = namen.find((n) => n.toLowerCase() === ontwerp.naam.toLowerCase());
    if (bestaand !== undefined) {
      const oud = bladen.getItem(bestaand);
      const a1 = oud.getRange('A1');
      a1.load('values');
      await context.sync();
      if (a1.values[0][0] === kenmerk) {
        oud.getRange().clear();
        vulBlad(oud, ontwerp);
        oud.activate();
        await context.sync();
        return { naam: bestaand, vervangen: true };
      }
    }
    const naam = vrijeBladnaam(ontwerp.naam, namen);
    const blad = bladen.add(naam);
    vulBlad(blad, ontwerp);
    blad.activate();
    await context.sync();
    return { naam, vervangen: false };
  });
}

/** Queues the writes of a design on a sheet (no sync here). */
function vulBlad(blad: Excel.Worksheet, ontwerp: Bladontwerp): void {
  for (const blok of ontwerp.blokken) {
    const hoogte = blok.rijen.length;
    const breedte = blok.rijen[0]?.length ?? 0;
    if (hoogte === 0 || breedte === 0) continue;
    const bereik = blad.getRange(blok.cel).getResizedRange(hoogte - 1, breedte - 1);
    // The format first: "@" must be in place before a text is written, or Excel reads "1-2" as a date.
    if (blok.notaties) bereik.numberFormat = blok.rijen.map(() => blok.rijen[0].map((_, k) => blok.notaties?.[k] ?? 'General'));
    if (!blok.alleenOpmaak) bereik.formulas = blok.rijen;
    if (blok.vet || blok.kop) bereik.format.font.bold = true;
    if (blok.kop) {
      bereik.format.fill.color = '#0F6CBD';
      bereik.format.font.color = '#FFFFFF';
    }
  }
  ontwerp.breedtes?.forEach((breedte, k) => {
    blad.getRangeByIndexes(0, k, 1, 1).format.columnWidth = breedte;
  });
  if (ontwerp.grafiek) {
    const g = ontwerp.grafiek;
    const grafiek = blad.charts.add('ColumnClustered', blad.getRange(g.waarden), 'Columns');
    grafiek.title.text = g.titel;
    grafiek.legend.visible = false;
    grafiek.series.getItemAt(0).setXAxisValues(blad.getRange(g.categorieen));
    const [van, tot] = g.plaats.split(':');
    grafiek.setPosition(van, tot);
  }
}

/** Characters Excel does not allow in a sheet name. */
const VERBODEN = /[\\/?*[\]:]/g;

/**
 * A sheet name that is not taken (Excel compares names without case): the wish itself, else
 * "naam (2)", "naam (3)"… — at most 31 characters, without the characters Excel forbids.
 */
export function vrijeBladnaam(wens: string, bestaande: readonly string[]): string {
  const basis =
    wens
      .replace(VERBODEN, ' ')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31) || 'WLZ';
  const bezet = new Set(bestaande.map((n) => n.toLowerCase()));
  if (!bezet.has(basis.toLowerCase())) return basis;
  for (let n = 2; ; n++) {
    const achter = ` (${n})`;
    const naam = basis.slice(0, 31 - achter.length) + achter;
    if (!bezet.has(naam.toLowerCase())) return naam;
  }
}
