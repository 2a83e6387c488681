import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Uitslag } from './meet';

/** The functions bundle as Excel downloads it: gzip (what a web server sends) of dist/functions.js. */
export async function functiesBundel(): Promise<Uitslag> {
  const pad = join(__dirname, '..', '..', '..', 'dist', 'functions.js');
  const js = readFileSync(pad);
  const kb = gzipSync(js, { level: 9 }).length / 1024;
  return {
    naam: 'functions_bundel_gzip',
    basis: `dist/functions.js (${(statSync(pad).size / 1024).toFixed(1)} kB ongecomprimeerd) met gzip -9, na npm run build`,
    kb: Number(kb.toFixed(1)),
    doel: 'kb ≤ 60',
    gehaald: kb <= 60,
  };
}
