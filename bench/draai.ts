import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { functiesBundel } from './bundel';
import { controleer100, controleer100kRegels, controleerMap1000 } from './controleer';
import type { Uitslag } from './meet';
import { cliBatch100k, cliStart } from './opdracht';
import { gewogenGemiddelde100kHyperFormula, gewogenGemiddelde1m, tarief10kHyperFormula } from './rekenen';
import { taakvensterEersteRender } from './taakvenster';
import { tariefpercentage10kVsTarief } from './tariefpercentage';

/**
 * `npm run bench` (README, "Snelheid en robuustheid"): builds, then runs every case, writes
 * bench/resultaten.json and prints a table. `npm run bench -- NAAM …` runs only the named cases
 * (the file then holds only those). Exit code 1 when a case misses its goal.
 */
const GEVALLEN: Record<string, () => Promise<Uitslag>> = {
  gewogengemiddelde_1m_vs_floatlus: gewogenGemiddelde1m,
  gewogengemiddelde_100k_vs_sumproduct: gewogenGemiddelde100kHyperFormula,
  tarief_10k_vs_ingebouwd: tarief10kHyperFormula,
  tariefpercentage_10k_vs_tarief: tariefpercentage10kVsTarief,
  controleer_100_werkmappen: controleer100,
  controleer_100k_regels: controleer100kRegels,
  controleer_map_1000: controleerMap1000,
  functions_bundel_gzip: functiesBundel,
  taakvenster_eerste_render: taakvensterEersteRender,
  cli_start: cliStart,
  cli_batch_100k: cliBatch100k,
};

const UITVOER = join(__dirname, '..', '..', '..', 'bench', 'resultaten.json');

function tabel(uitslagen: Uitslag[]): string {
  const kolommen: Array<[string, (u: Uitslag) => string]> = [
    ['geval', (u) => u.naam],
    ['ms', (u) => (u.ms !== undefined ? String(u.ms) : '')],
    ['basis_ms', (u) => (u.basis_ms !== undefined ? String(u.basis_ms) : '')],
    ['ratio', (u) => (u.ratio !== undefined ? String(u.ratio) : '')],
    ['kb', (u) => (u.kb !== undefined ? String(u.kb) : '')],
    ['mb', (u) => (u.mb !== undefined ? String(u.mb) : '')],
    ['per_s', (u) => (u.per_s !== undefined ? String(u.per_s) : '')],
    ['doel', (u) => u.doel],
    ['', (u) => (u.gehaald ? 'gehaald' : 'NIET GEHAALD')],
  ];
  const rijen = [kolommen.map(([kop]) => kop), ...uitslagen.map((u) => kolommen.map(([, waarde]) => waarde(u)))];
  const breedtes = kolommen.map((_, k) => Math.max(...rijen.map((r) => r[k].length)));
  return rijen
    .map((r) =>
      r
        .map((c, k) => c.padEnd(breedtes[k]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

async function main(): Promise<void> {
  const gekozen = process.argv.slice(2);
  const onbekend = gekozen.filter((n) => !(n in GEVALLEN));
  if (onbekend.length) throw new Error(`onbekend geval: ${onbekend.join(', ')}; kies uit ${Object.keys(GEVALLEN).join(', ')}`);
  const uitslagen: Uitslag[] = [];
  for (const [naam, geval] of Object.entries(GEVALLEN)) {
    if (gekozen.length && !gekozen.includes(naam)) continue;
    process.stderr.write(`${naam} …\n`);
    uitslagen.push(await geval());
  }
  writeFileSync(UITVOER, `${JSON.stringify({ node: process.version, datum: new Date().toISOString(), gevallen: uitslagen }, null, 2)}\n`);
  process.stdout.write(`${tabel(uitslagen)}\n\n`);
  for (const u of uitslagen) if (u.toelichting) process.stdout.write(`${u.naam}: ${u.toelichting}\n`);
  process.stdout.write(`\ngeschreven: bench/resultaten.json\n`);
  if (uitslagen.some((u) => !u.gehaald)) process.exitCode = 1;
}

main().catch((fout) => {
  process.stderr.write(`${fout instanceof Error ? fout.stack : String(fout)}\n`);
  process.exitCode = 1;
});
