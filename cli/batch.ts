import { beantwoordRegel, type Antwoord } from './functie';
import type { Uitvoer } from './wlz';

/**
 * `wlz functie --batch` (docs/contract.md §7): one answer line per input line, in order. The input is read as
 * bytes and split on "\n" here, not by readline, so that a line longer than the limit is counted and
 * thrown away while it streams in (an endless line never fills the memory), a blank line still gets
 * its answer, and a UTF-8 byte order mark or a Windows "\r\n" does not make a line unreadable.
 * Answers are collected and written per input chunk (or every 64 KiB), and the next chunk is read
 * only when the output has room again.
 */

/** Longest line read: far beyond any real call, small enough to keep in memory. */
export const REGELLIMIET = 1024 * 1024;

/** Write the collected answers once they reach this many characters, even within one input chunk. */
const SCHRIJF_VANAF = 64 * 1024;

const LF = 0x0a;
const CR = 0x0d;
const BOM = 0xfeff;

function grootte(bytes: number): string {
  const getal = `${String(bytes).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} bytes`;
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB (${getal})` : getal;
}

/** Answers every line of `invoer`; resolves to the exit code (0: every line has its own answer). */
export async function batch(invoer: AsyncIterable<Buffer | string>, uit: Uitvoer, limiet = REGELLIMIET): Promise<number> {
  let nummer = 0;
  /** The start of the current line, from earlier chunks: `lengte` bytes, in a buffer that grows by doubling. */
  let begin = Buffer.alloc(0);
  let lengte = 0;
  /** The current line passed the limit: its bytes are being skipped up to its "\n". */
  let teLang = false;
  let antwoorden = '';

  const antwoord = (a: Antwoord) => {
    antwoorden += `${JSON.stringify(a)}\n`;
  };
  const schrijf = async () => {
    uit.schrijf(antwoorden);
    antwoorden = '';
    await uit.ruimte?.();
  };
  /** The current line ends with bytes start…eind of `buf` (the "\n" or the end of the input). */
  const regelKlaar = (buf: Buffer, start: number, eind: number) => {
    nummer += 1;
    const totaal = lengte + (eind - start);
    const laatste = eind > start ? buf[eind - 1] : lengte > 0 ? begin[lengte - 1] : undefined;
    if (teLang || totaal - (laatste === CR ? 1 : 0) > limiet) {
      antwoord({ fout: 'gebruik', bericht: `regel ${nummer} is langer dan ${grootte(limiet)} en is niet gelezen` });
    } else {
      let tekst =
        lengte > 0
          ? Buffer.concat([begin.subarray(0, lengte), buf.subarray(start, eind)]).toString('utf8')
          : buf.toString('utf8', start, eind);
      if (laatste === CR) tekst = tekst.slice(0, -1);
      // A byte order mark, as Windows editors write at the start of a file (also of each concatenated one).
      if (tekst.charCodeAt(0) === BOM) tekst = tekst.slice(1);
      antwoord(beantwoordRegel(tekst, nummer));
    }
    lengte = 0;
    teLang = false;
    // After one long line, do not keep its megabyte.
    if (begin.length > SCHRIJF_VANAF) begin = Buffer.alloc(0);
  };
  /** Keeps bytes start…eind of `buf` as (more of) the start of the current line. */
  const bewaar = (buf: Buffer, start: number, eind: number) => {
    const nodig = lengte + (eind - start);
    if (nodig > begin.length) {
      const groter = Buffer.allocUnsafe(Math.min(Math.max(begin.length * 2, nodig, 256), limiet + 1));
      begin.copy(groter, 0, 0, lengte);
      begin = groter;
    }
    buf.copy(begin, lengte, start, eind);
    lengte = nodig;
  };

  for await (const stuk of invoer) {
    const buf = typeof stuk === 'string' ? Buffer.from(stuk, 'utf8') : stuk;
    let positie = 0;
    while (positie < buf.length) {
      const nl = buf.indexOf(LF, positie);
      const eind = nl === -1 ? buf.length : nl;
      // One byte over the limit is kept, for the "\r" of a "\r\n" line of exactly the limit.
      if (!teLang && lengte + (eind - positie) > limiet + 1) {
        teLang = true;
        lengte = 0;
      }
      if (nl === -1) {
        if (!teLang) bewaar(buf, positie, buf.length);
        break;
      }
      regelKlaar(buf, positie, nl);
      positie = nl + 1;
      if (antwoorden.length >= SCHRIJF_VANAF) await schrijf();
    }
    // Written per chunk, so a program that sends one line and waits for its answer gets it.
    if (antwoorden) await schrijf();
  }
  // The last line without a final "\n".
  if (lengte > 0 || teLang) regelKlaar(Buffer.alloc(0), 0, 0);
  if (antwoorden) await schrijf();
  return 0;
}
