import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../cli/wlz';

/** Helpers for the CLI tests: a temporary folder per test file, the CLI in-process, file fingerprints. */

export function tijdelijkeMap(): { map: string; opruimen: () => void } {
  const map = mkdtempSync(join(tmpdir(), 'wlz-controle-'));
  return { map, opruimen: () => rmSync(map, { recursive: true, force: true }) };
}

/**
 * The `wlz` command in-process, with `stdin` as its input (one text, or the chunks of a byte stream);
 * what it wrote to stdout and stderr.
 */
export async function wlz(args: string[], stdin: string | Buffer[] = ''): Promise<{ code: number; uit: string; fout: string }> {
  let uit = '';
  let fout = '';
  const code = await main(args, Readable.from(typeof stdin === 'string' ? [stdin] : stdin), {
    schrijf: (t) => (uit += t),
    fout: (t) => (fout += t),
  });
  return { code, uit, fout };
}

/** Content hash and modification time of every file in a folder: checking must leave them unchanged. */
export function vingerafdruk(map: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(map, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const pad = join(e.parentPath, e.name);
        return [pad, `${createHash('sha256').update(readFileSync(pad)).digest('hex')} ${statSync(pad).mtimeMs}`];
      }),
  );
}
