import { type Beleid, type Bevinding, GEEN_TABEL, controleer, herkenTabellen } from '../../core/controle';
import { bevindingenwerkmap } from '../../core/bevindingenwerkmap';
import { isLeeg } from '../../core/invoer';
import { type Werkblad, Leesfout, leesWerkmap } from '../../core/werkmap';

/**
 * A workbook file checked in the browser, without Excel and without sending it anywhere: the file's
 * bytes are read here (File API), turned into sheets by the core's reader (core/werkmap, the reader of
 * `wlz controleer`) and checked by the same core checks. Loaded by the Controle tab only when a file
 * is chosen or dropped.
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
  /** Hidden sheets (lookup lists, last year's copy): named, not checked, as `wlz controleer` does. */
  verborgenBladen: string[];
}

/**
 * The browser's raw inflate (DecompressionStream 'deflate-raw'), stopped as soon as it passes
 * `maxBytes` (the size the zip's directory declares), so a zip bomb is refused without filling memory.
 */
async function inflate(gecomprimeerd: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  const lezer = new Blob([new Uint8Array(gecomprimeerd)]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const delen: Uint8Array[] = [];
  let totaal = 0;
  for (;;) {
    const { done, value } = await lezer.read();
    if (done) break;
    totaal += value.length;
    if (totaal > maxBytes) {
      await lezer.cancel();
      throw new Error('groter dan opgegeven');
    }
    delen.push(value);
  }
  const uit = new Uint8Array(totaal);
  let plek = 0;
  for (const deel of delen) {
    uit.set(deel, plek);
    plek += deel.length;
  }
  return uit;
}

function isLeegBlad(blad: Werkblad): boolean {
  return blad.raster.every((rij) => rij.every((cel) => (typeof cel !== 'object' || cel === null ? isLeeg(cel) : false)));
}

/** Every table on every visible sheet checked, as `wlz controleer` does: cells named with their sheet. */
export async function controleerBestandInBrowser(bestand: File, beleid?: Beleid, jaar?: number): Promise<Bestandsuitslag> {
  let bladen: Werkblad[];
  try {
    bladen = (await leesWerkmap(new Uint8Array(await bestand.arrayBuffer()), { naam: bestand.name, inflate })).bladen;
  } catch (fout) {
    // The reader's Dutch reason, without a stack: the pane shows it as the file's message.
    if (fout instanceof Leesfout) throw new Error(fout.message);
    throw fout;
  }
  const uitslag: Bestandsuitslag = { tabellen: [], bevindingen: [], verborgenBladen: bladen.filter((b) => b.verborgen).map((b) => b.naam) };
  for (const blad of bladen.filter((b) => !b.verborgen)) {
    for (const tabel of herkenTabellen(
      blad.raster,
      { blad: blad.naam, rij: 1, kolom: 1 },
      { jaar, verborgenKolommen: blad.verborgenKolommen },
    )) {
      uitslag.tabellen.push({ blad: blad.naam, bereik: tabel.bereik, regels: tabel.regels.length });
      for (const b of controleer(tabel, beleid)) uitslag.bevindingen.push({ ...b, blad: blad.naam });
    }
  }
  if (uitslag.tabellen.length === 0) {
    const toelichting = bladen.every(isLeegBlad) ? 'alle bladen zijn leeg' : `bladen: ${bladen.map((b) => b.naam).join(', ')}`;
    uitslag.bevindingen.push({ blad: null, kolom: '', ernst: 'waarschuwing', bericht: `${GEEN_TABEL}; ${toelichting}` });
  }
  return uitslag;
}

/** A sheet name as Excel writes it in a reference: quoted when it holds spaces or punctuation. */
function bladVerwijzing(naam: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(naam) ? naam : `'${naam.replace(/'/g, "''")}'`;
}

/** The findings as the workbook `wlz controleer --rapport` writes (core/bevindingenwerkmap), each cell a link into the file. */
export function rapportwerkmap(bestand: string, uitslag: Bestandsuitslag): Uint8Array {
  return bevindingenwerkmap(
    uitslag.bevindingen.map((b) => {
      const cel = b.blad && b.cel ? `${bladVerwijzing(b.blad)}!${b.cel}` : '';
      return {
        bestand,
        blad: b.blad ?? '',
        cel,
        link: cel ? `[${bestand}]${cel}` : undefined,
        ernst: b.ernst,
        bericht: b.bericht,
        verwacht: b.verwacht ?? '',
        gevonden: b.gevonden ?? '',
      };
    }),
  );
}
