import type { Werkmap } from './cel';
import { leesCsv } from './csv';
import { Leesfout } from './fout';
import { MAX_BESTAND, alsMb } from './grenzen';
import { XmlFout } from './xml';
import { type Leesopties, leesXlsx } from './xlsx';
import { isZip } from './zip';

/**
 * Reading a workbook for the check (issue 9), from its bytes: an .xlsx/.xlsm or a CSV export. Pure —
 * no file system, no Node — so `wlz controleer` and the task pane (a file dropped outside Excel) read
 * by the same rules; each side injects its own bounded inflate (zlib's inflateRaw with
 * maxOutputLength; a browser's DecompressionStream). Every refusal is a `Leesfout` with a Dutch reason.
 *
 *   const werkmap = await leesWerkmap(bytes, { naam: 'afspraak.xlsx', inflate });
 *   for (const blad of werkmap.bladen) herkenTabellen(blad.raster, …);
 */
export {
  type Datumcel,
  type FormuleZonderUitkomst,
  type Werkblad,
  type Werkmap,
  type Werkmapcel,
  datumAlsTekst,
  isDatumcel,
  isFormuleZonderUitkomst,
} from './cel';
export { Leesfout } from './fout';
export { MAX_BESTAND, MAX_KOLOMMEN, MAX_RIJEN, MAX_UITGEPAKT } from './grenzen';
export type { Inflate } from './zip';

/** File names read as CSV exports. */
export const CSV = /\.csv$/i;
/** File names read as workbooks; .xls is listed so the user hears why it cannot be read. */
export const WERKMAP = /\.(xlsx|xlsm|xls)$/i;

export interface Werkmapopties extends Leesopties {
  /** The file name: .csv is read as CSV, the rest must be a workbook. */
  naam: string;
}

export async function leesWerkmap(bytes: Uint8Array, opties: Werkmapopties): Promise<Werkmap> {
  if (bytes.length === 0) throw new Leesfout('het bestand is leeg');
  if (bytes.length > MAX_BESTAND)
    throw new Leesfout(`het bestand is ${alsMb(bytes.length)}, groter dan de grens van ${alsMb(MAX_BESTAND)}`);
  // An OLE2 compound file: Excel 97–2003 (.xls) or an .xlsx encrypted with a password.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new Leesfout(
      /\.xls$/i.test(opties.naam)
        ? 'een Excel 97-2003-bestand (.xls) kan niet gelezen worden; sla het in Excel op als .xlsx'
        : 'het bestand is met een wachtwoord beveiligd of is een oud Excel-bestand (.xls); sla het in Excel zonder wachtwoord op als .xlsx',
    );
  }
  if (isZip(bytes)) {
    try {
      return { soort: 'xlsx', bladen: await leesXlsx(bytes, opties) };
    } catch (fout) {
      if (fout instanceof Leesfout) throw fout;
      // Anything else is a defect the reader did not foresee: one Dutch line with the detail.
      const detail = fout instanceof XmlFout ? fout.message : fout instanceof Error ? `${fout.name}: ${fout.message}` : String(fout);
      throw new Leesfout(`interne leesfout: ${detail.replace(/\s+/g, ' ')}`);
    }
  }
  if (CSV.test(opties.naam)) {
    const naam = opties.naam.replace(/^.*[\\/]/, '').replace(CSV, '');
    // Excel names the sheet of an opened CSV after the file, up to 31 characters.
    return { soort: 'csv', bladen: [leesCsv(bytes, naam.slice(0, 31) || 'Blad1')] };
  }
  throw new Leesfout('dit is geen Excel-werkmap (.xlsx): het bestand heeft een ander formaat');
}
