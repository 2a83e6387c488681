import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import type { Raster, Rastercel } from '../core/controle';

/**
 * Reading a workbook for `wlz controleer`: every sheet as plain cell values, the way Excel hands a
 * range to a custom function, so the CLI and WLZ.CONTROLEER check the same thing. The file is read
 * into memory and parsed there: nothing is ever written back to the user's file.
 */

export interface Werkblad {
  naam: string;
  /** Row 1, column A of the sheet is raster[0][0]. */
  raster: Raster;
}

/** A file that could not be read, with the reason in Dutch. */
export class Onleesbaar extends Error {}

/**
 * The sheets of the workbook at `pad`, in workbook order. Throws `Onleesbaar` with a reason the user
 * can act on when the file is missing, not a workbook, damaged or password-protected.
 */
export async function leesWerkmap(pad: string): Promise<Werkblad[]> {
  let inhoud: Buffer;
  try {
    inhoud = await readFile(pad);
  } catch (fout) {
    throw new Onleesbaar(bestandsfout(fout));
  }
  const werkmap = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; a Node Buffer is what it reads.
    await werkmap.xlsx.load(inhoud as unknown as ExcelJS.Buffer);
  } catch (fout) {
    throw new Onleesbaar(geenWerkmap(pad, inhoud, fout));
  }
  // Dates become Excel serial numbers again, from the workbook's own date system.
  const nulpunt = werkmap.properties?.date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return werkmap.worksheets.map((blad) => ({ naam: blad.name, raster: rasterVan(blad, nulpunt) }));
}

function bestandsfout(fout: unknown): string {
  const code = (fout as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'bestand niet gevonden';
  if (code === 'EACCES' || code === 'EPERM') return 'geen leesrechten op dit bestand';
  if (code === 'EISDIR') return 'dit is een map, geen bestand';
  return `kan het bestand niet lezen (${fout instanceof Error ? fout.message : String(fout)})`;
}

function geenWerkmap(pad: string, inhoud: Buffer, fout: unknown): string {
  const reden = fout instanceof Error ? fout.message : String(fout);
  if (inhoud.length === 0) return 'het bestand is leeg';
  // An OLE2 compound file: Excel 97–2003 (.xls) or an .xlsx encrypted with a password.
  if (inhoud.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    return extname(pad).toLowerCase() === '.xls'
      ? 'een Excel 97-2003-bestand (.xls) kan niet gelezen worden; sla het in Excel op als .xlsx'
      : 'het bestand is met een wachtwoord beveiligd of is een oud Excel-bestand (.xls); sla het in Excel zonder wachtwoord op als .xlsx';
  }
  if (!inhoud.subarray(0, 2).equals(Buffer.from('PK'))) return 'dit is geen Excel-werkmap (.xlsx): het bestand heeft een ander formaat';
  return `de Excel-werkmap is beschadigd en kan niet gelezen worden (${reden})`;
}

function rasterVan(blad: ExcelJS.Worksheet, nulpunt: number): Raster {
  const raster: Rastercel[][] = [];
  blad.eachRow({ includeEmpty: false }, (rij, rijnummer) => {
    const cellen: Rastercel[] = [];
    rij.eachCell({ includeEmpty: false }, (cel, kolomnummer) => {
      cellen[kolomnummer - 1] = celwaarde(cel, nulpunt);
    });
    for (let k = 0; k < cellen.length; k += 1) if (cellen[k] === undefined) cellen[k] = null;
    raster[rijnummer - 1] = cellen;
  });
  for (let r = 0; r < raster.length; r += 1) if (raster[r] === undefined) raster[r] = [];
  return raster;
}

/**
 * One cell as a plain value. A merged range keeps its value in its first cell only, as in Excel; a
 * formula gives its stored result (never recomputed here), or `{ formule }` when the file has none.
 */
function celwaarde(cel: ExcelJS.Cell, nulpunt: number): Rastercel {
  if (cel.type === ExcelJS.ValueType.Merge) return null;
  if (cel.type === ExcelJS.ValueType.Formula) {
    const uitkomst = cel.result;
    return uitkomst === undefined || uitkomst === null ? { formule: cel.formula ?? '' } : alsWaarde(uitkomst, nulpunt);
  }
  return alsWaarde(cel.value, nulpunt);
}

function alsWaarde(waarde: unknown, nulpunt: number): Rastercel {
  if (waarde === null || waarde === undefined) return null;
  if (typeof waarde === 'number' || typeof waarde === 'string' || typeof waarde === 'boolean') return waarde;
  if (waarde instanceof Date) return (waarde.getTime() - nulpunt) / 86_400_000;
  if (typeof waarde === 'object') {
    const w = waarde as { richText?: { text: string }[]; text?: unknown; error?: string };
    if (Array.isArray(w.richText)) return w.richText.map((deel) => deel.text).join('');
    if (w.error !== undefined) return w.error;
    // A hyperlink: its shown text, which may itself be rich text.
    if (w.text !== undefined) return alsWaarde(w.text, nulpunt);
  }
  return null;
}
