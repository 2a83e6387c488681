import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import { type EigenBeleid, leesEigenBeleid } from '../core/beleid/eigen-beleid';
import { WlzFout } from '../core/fout';
import type { Cel } from '../core/invoer';
import { GebruiksFout } from './functie';

/**
 * `--beleid PAD` (docs/contract.md §7, decision 15): the user's policy table from a .xlsx (the sheet named
 * WLZ_beleid, else the first sheet) or a Dutch .csv (";" separated, UTF-8 with or without BOM), handed
 * to the core's validation as a 2-D array. A file that cannot be read or a table with a fault is a usage
 * error (exit 2) naming the file, the row and the column.
 */
export async function leesBeleidsbestand(pad: string, optie = '--beleid'): Promise<EigenBeleid> {
  let inhoud: Buffer;
  try {
    inhoud = await readFile(pad);
  } catch (fout) {
    throw new GebruiksFout(`${optie}: ${pad} is niet te lezen (${(fout as NodeJS.ErrnoException).code ?? String(fout)})`);
  }
  const raster = extname(pad).toLowerCase() === '.csv' ? csvRaster(inhoud.toString('utf8')) : await xlsxRaster(inhoud, pad, optie);
  try {
    return leesEigenBeleid(raster, pad);
  } catch (fout) {
    if (fout instanceof WlzFout) throw new GebruiksFout(`${optie}: ${fout.bericht}`);
    throw fout;
  }
}

/** Rows of ";"-separated cells; quotes as Excel writes them ("a;b", "" for a quote). Text stays text: the core reads Dutch numbers. */
function csvRaster(tekst: string): Cel[][] {
  const zonderBom = tekst.replace(/^\uFEFF/, '');
  const scheiding = zonderBom.split(/\r?\n/, 1)[0].includes(';') ? ';' : ',';
  return zonderBom
    .split(/\r?\n/)
    .filter((regel, i, alle) => regel !== '' || i < alle.length - 1)
    .map((regel) => {
      const cellen: string[] = [];
      let cel = '';
      let tussenAanhalingstekens = false;
      for (let i = 0; i < regel.length; i += 1) {
        const teken = regel[i];
        if (tussenAanhalingstekens) {
          if (teken === '"' && regel[i + 1] === '"') {
            cel += '"';
            i += 1;
          } else if (teken === '"') tussenAanhalingstekens = false;
          else cel += teken;
        } else if (teken === '"') tussenAanhalingstekens = true;
        else if (teken === scheiding) {
          cellen.push(cel);
          cel = '';
        } else cel += teken;
      }
      cellen.push(cel);
      return cellen;
    });
}

async function xlsxRaster(inhoud: Buffer, pad: string, optie: string): Promise<Cel[][]> {
  const werkmap = new ExcelJS.Workbook();
  try {
    await werkmap.xlsx.load(inhoud as unknown as ExcelJS.Buffer);
  } catch {
    throw new GebruiksFout(`${optie}: ${pad} is geen leesbare werkmap (.xlsx) of CSV-bestand`);
  }
  const blad = werkmap.worksheets.find((b) => b.name.toLowerCase() === 'wlz_beleid') ?? werkmap.worksheets[0];
  if (!blad) throw new GebruiksFout(`${optie}: ${pad} heeft geen bladen`);
  const raster: Cel[][] = [];
  const breedte = blad.columnCount;
  blad.eachRow({ includeEmpty: true }, (rij, nummer) => {
    const cellen: Cel[] = [];
    for (let k = 1; k <= breedte; k += 1) cellen.push(celwaarde(rij.getCell(k).value));
    raster[nummer - 1] = cellen;
  });
  return Array.from(raster, (rij) => rij ?? []);
}

/** A cell's value as a formula would receive it: the stored result of a formula, the text of rich text. */
function celwaarde(waarde: ExcelJS.CellValue): Cel {
  if (waarde === null || waarde === undefined) return null;
  if (typeof waarde === 'number' || typeof waarde === 'string' || typeof waarde === 'boolean') return waarde;
  if (waarde instanceof Date) return null;
  if ('result' in waarde) return celwaarde(waarde.result as ExcelJS.CellValue);
  if ('richText' in waarde) return waarde.richText.map((d) => d.text).join('');
  if ('text' in waarde) return String(waarde.text);
  return null;
}
