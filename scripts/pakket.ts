import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type Zipbestand, maakZip } from './zip';

/**
 * `npm run pakket`: dist/ (as `npm run build` made it, with its WLZ_ADRES) as one zip for any static
 * host, in pakket/wlz-rekenkern-<versie>.zip. Unpack it in the folder the address points at; see the
 * README, "Zelf hosten". A new file each version; an existing zip of the same version is replaced
 * only because it is this script's own output (pakket/ is not in git).
 */
const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');

export function bestandenVan(map: string): Zipbestand[] {
  const uit: Zipbestand[] = [];
  const loop = (m: string) => {
    for (const naam of readdirSync(m).sort()) {
      const pad = join(m, naam);
      if (statSync(pad).isDirectory()) loop(pad);
      else uit.push({ naam: relative(map, pad).split(sep).join('/'), inhoud: readFileSync(pad) });
    }
  };
  loop(map);
  return uit;
}

function main(): void {
  if (!existsSync(join(DIST, 'manifest.xml')))
    throw new Error('dist/ ontbreekt of is onvolledig: draai eerst "npm run build" (npm run pakket doet dat zelf)');
  const versie = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const bestanden = bestandenVan(DIST);
  mkdirSync(join(ROOT, 'pakket'), { recursive: true });
  const doel = join(ROOT, 'pakket', `wlz-rekenkern-${versie}.zip`);
  writeFileSync(doel, maakZip(bestanden));
  const adres = /<SourceLocation DefaultValue="([^"]+)\/taskpane\.html"/.exec(readFileSync(join(DIST, 'manifest.xml'), 'utf8'))?.[1] ?? '?';
  process.stdout.write(`${relative(ROOT, doel)}: ${bestanden.length} bestanden voor ${adres}\n`);
}

if (require.main === module) main();
