import { constants } from 'node:fs';
import { access, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Bestandsrapport } from './controleer';
import { GebruiksFout } from './functie';

/**
 * `wlz controleer … --rapport PAD.xlsx` (docs/contract.md §7): a new workbook with one row per finding (file,
 * sheet, cell, ernst, bericht, verwacht, gevonden), the cell a link that opens the checked workbook
 * there. Loaded only when asked for (exceljs is large); an existing file is never overwritten.
 */

const BESTAAT = (pad: string) => `--rapport: ${pad} bestaat al; wlz controleer overschrijft nooit een bestand. Kies een andere naam`;

/** Before checking anything: the report must be a new file. */
export async function controleerRapportpad(pad: string): Promise<void> {
  const bestaat = await access(pad, constants.F_OK).then(
    () => true,
    () => false,
  );
  if (bestaat) throw new GebruiksFout(BESTAAT(pad));
}

/** A text as a string literal in an Excel formula. */
const literal = (tekst: string) => `"${tekst.replace(/"/g, '""')}"`;

export async function schrijfRapport(pad: string, rapporten: Bestandsrapport[]): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const werkmap = new ExcelJS.Workbook();
  const blad = werkmap.addWorksheet('Bevindingen', { views: [{ state: 'frozen', ySplit: 1 }] });
  blad.columns = [
    { header: 'Bestand', key: 'bestand', width: 40 },
    { header: 'Blad', key: 'blad', width: 20 },
    { header: 'Cel', key: 'cel', width: 22 },
    { header: 'Ernst', key: 'ernst', width: 14 },
    { header: 'Bericht', key: 'bericht', width: 100 },
    { header: 'Verwacht', key: 'verwacht', width: 16 },
    { header: 'Gevonden', key: 'gevonden', width: 16 },
  ];
  blad.getRow(1).font = { bold: true };
  for (const r of rapporten) {
    if ('fout' in r) {
      blad.addRow({ bestand: r.pad, ernst: 'niet te lezen', bericht: r.fout });
      continue;
    }
    for (const b of r.bevindingen) {
      const rij = blad.addRow({
        bestand: r.pad,
        blad: b.blad ?? '',
        ernst: b.ernst,
        bericht: b.bericht,
        verwacht: b.verwacht ?? '',
        gevonden: b.gevonden ?? '',
      });
      // HYPERLINK("[map\bestand.xlsx]Blad!J5") opens the other workbook at that cell (Excel's HYPERLINK help).
      if (b.cel)
        rij.getCell('cel').value = {
          formula: `HYPERLINK(${literal(`[${resolve(r.pad)}]${b.cel}`)},${literal(b.cel)})`,
          result: b.cel,
        } as never;
    }
  }
  blad.autoFilter = { from: 'A1', to: 'G1' };
  const inhoud = Buffer.from(await werkmap.xlsx.writeBuffer());
  try {
    // 'wx': fails when the file appeared meanwhile, so nothing is ever overwritten.
    await writeFile(pad, inhoud, { flag: 'wx' });
  } catch (fout) {
    if ((fout as NodeJS.ErrnoException).code === 'EEXIST') throw new GebruiksFout(BESTAAT(pad));
    throw new GebruiksFout(`--rapport: kan ${pad} niet schrijven (${(fout as NodeJS.ErrnoException).code ?? String(fout)})`);
  }
}
