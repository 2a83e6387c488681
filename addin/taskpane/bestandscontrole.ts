import { type Beleid, type Bevinding, GEEN_TABEL, controleer, herkenTabel, type Raster } from '../../core/controle';
import { leesCsv } from '../../core/csvblad';
import { ongeldig } from '../../core/fout';

/**
 * A workbook file checked in the browser, without Excel and without sending it anywhere: the file's
 * bytes are read here (File API), turned into sheets by the core's readers and checked by the same
 * core checks as `wlz controleer`. Loaded by the Controle tab only when a file is chosen or dropped.
 */

export interface Bestandsbevinding extends Omit<Bevinding, 'cel' | 'rij'> {
  /** The sheet; null for a finding about the whole file. */
  blad: string | null;
  rij?: number;
  cel?: string;
}

export interface Bestandsuitslag {
  tabellen: Array<{ blad: string; bereik: string; regels: number }>;
  bevindingen: Bestandsbevinding[];
}

interface Blad {
  naam: string;
  raster: Raster;
}

/** A file far larger than any productieafspraak is refused before it is read. */
const MAX_BESTAND = 50 * 1024 * 1024;

async function leesBladen(bestand: File): Promise<Blad[]> {
  if (bestand.size > MAX_BESTAND) throw ongeldig(`het bestand is ${Math.round(bestand.size / 1024 / 1024)} MB; de controle leest bestanden tot ${MAX_BESTAND / 1024 / 1024} MB`);
  if (/\.csv$/i.test(bestand.name)) return [{ naam: bestand.name.replace(/\.csv$/i, ''), raster: leesCsv(await bestand.text()) }];
  if (/\.xlsx$/i.test(bestand.name)) throw ongeldig('een .xlsx-werkmap lezen kan deze versie nog niet buiten Excel; sla het blad op als CSV (puntkomma-gescheiden) en kies dat bestand');
  throw ongeldig(`${bestand.name} is geen .xlsx- of .csv-bestand`);
}

/** Every sheet's table checked, as `wlz controleer` does: cells named with their sheet. */
export async function controleerBestandInBrowser(bestand: File, beleid?: Beleid): Promise<Bestandsuitslag> {
  const bladen = await leesBladen(bestand);
  const uitslag: Bestandsuitslag = { tabellen: [], bevindingen: [] };
  for (const blad of bladen) {
    const tabel = herkenTabel(blad.raster, { blad: blad.naam, rij: 1, kolom: 1 });
    if (!tabel) continue;
    uitslag.tabellen.push({ blad: blad.naam, bereik: tabel.bereik, regels: tabel.regels.length });
    for (const b of controleer(tabel, beleid)) uitslag.bevindingen.push({ ...b, blad: blad.naam });
  }
  if (uitslag.tabellen.length === 0) uitslag.bevindingen.push({ blad: null, kolom: '', ernst: 'waarschuwing', bericht: `${GEEN_TABEL}; bladen: ${bladen.map((b) => b.naam).join(', ')}` });
  return uitslag;
}

/** The findings as a workbook, as `wlz controleer --rapport` writes it. */
export async function rapportwerkmap(_bestand: string, _uitslag: Bestandsuitslag, _beleid?: string): Promise<Uint8Array> {
  throw ongeldig('het rapport als werkmap downloaden kan deze versie nog niet');
}
