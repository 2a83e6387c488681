import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { type Inflate, Leesfout, MAX_BESTAND, type Werkmap, leesWerkmap as leesBytes } from '../core/werkmap';

/**
 * The Node side of the workbook reader (core/werkmap): which paths are files at all, reading their
 * bytes within the size cap, and zlib as the bounded inflate. Opened read-only and never written:
 * checking leaves the user's file as it was.
 */

export type { Werkblad, Werkmap } from '../core/werkmap';

/** A file that could not be read, with the reason in Dutch. */
export class Onleesbaar extends Error {}

/** zlib's raw inflate that stops at `maxBytes` of output instead of growing without bound. */
export const inflate: Inflate = (gecomprimeerd, maxBytes) =>
  // One output chunk of the declared size: no copying of chunks at the end.
  inflateRawSync(gecomprimeerd, { maxOutputLength: Math.max(1, maxBytes), chunkSize: Math.min(Math.max(64, maxBytes), 256 * 1024 * 1024) });

/** UTF-8 through Node's Buffer, several times faster than TextDecoder on a sheet of 50 MB. */
const decodeer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');

/**
 * The workbook (or CSV export) at `pad`. Only a regular file is read — a symlink is followed to
 * one; a folder, FIFO, device or socket is refused before reading a byte (a FIFO is opened
 * non-blocking, so it cannot hang). Throws `Onleesbaar` with the reason.
 */
export async function leesWerkmap(pad: string, voortgang?: (blad: string, rij: number) => void): Promise<Werkmap> {
  const bytes = leesBestand(pad);
  try {
    return await leesBytes(bytes, { naam: pad, inflate, decodeer, voortgang });
  } catch (fout) {
    if (fout instanceof Leesfout) throw new Onleesbaar(fout.message);
    throw new Onleesbaar(
      `interne leesfout: ${fout instanceof Error ? `${fout.name}: ${fout.message}` : String(fout)}`.replace(/\s+/g, ' '),
    );
  }
}

/**
 * The file's bytes. Synchronous on purpose: a folder of small workbooks is read file after file
 * (or in worker threads), and five thread-pool round trips per file cost more than the reading.
 */
function leesBestand(pad: string): Uint8Array {
  let fd: number;
  try {
    fd = openSync(pad, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (fout) {
    throw new Onleesbaar(bestandsfout(fout));
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new Onleesbaar('dit is een map, geen bestand');
    if (info.isFIFO()) throw new Onleesbaar('dit is een pijp (FIFO), geen bestand; sla de werkmap eerst op als bestand');
    if (info.isCharacterDevice() || info.isBlockDevice()) throw new Onleesbaar('dit is een apparaat (zoals /dev/zero), geen bestand');
    if (!info.isFile()) throw new Onleesbaar('dit is geen gewoon bestand');
    if (info.size > MAX_BESTAND)
      throw new Onleesbaar(
        `het bestand is ${Math.round(info.size / 1024 / 1024)} MB, groter dan de grens van ${MAX_BESTAND / 1024 / 1024} MB`,
      );
    // Read what the size says, and one byte more to notice a file still being written.
    const bytes = new Uint8Array(info.size + 1);
    let gelezen = 0;
    for (;;) {
      const n = readSync(fd, bytes, gelezen, bytes.length - gelezen, gelezen);
      if (n === 0) break;
      gelezen += n;
      if (gelezen > info.size)
        throw new Onleesbaar('het bestand verandert terwijl het gelezen wordt; probeer het opnieuw als het is opgeslagen');
    }
    return bytes.subarray(0, gelezen);
  } catch (fout) {
    if (fout instanceof Onleesbaar) throw fout;
    throw new Onleesbaar(bestandsfout(fout));
  } finally {
    closeSync(fd);
  }
}

function bestandsfout(fout: unknown): string {
  const code = (fout as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'bestand niet gevonden';
  if (code === 'EACCES' || code === 'EPERM') return 'geen leesrechten op dit bestand';
  if (code === 'EISDIR') return 'dit is een map, geen bestand';
  if (code === 'ELOOP') return 'de snelkoppeling (symbolische link) verwijst in een kring naar zichzelf';
  return `kan het bestand niet lezen (${code ?? (fout instanceof Error ? fout.message : String(fout))})`;
}
