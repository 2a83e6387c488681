import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PERCENTAGES, toeval } from './gegevens';
import { type Uitslag, vergelijk } from './meet';

/**
 * The `wlz` command as a user starts it (issue 14): node, bin/wlz.js and lib/ loaded from disk, every
 * run a new process. Both cases are compared with a baseline run alternately in the same bench run.
 */

const ROOT = join(__dirname, '..', '..', '..');
const WLZ = join(ROOT, 'bin', 'wlz.js');

/** Runs node with `args`, stdin and stdout from/to files when given; a failed run stops the bench. */
function node(args: string[], invoer?: string, uitvoer?: string): void {
  const fdIn = invoer ? openSync(invoer, 'r') : 'ignore';
  const fdUit = uitvoer ? openSync(uitvoer, 'w') : 'ignore';
  try {
    const r = spawnSync(process.execPath, args, { stdio: [fdIn, fdUit, 'pipe'] });
    if (r.status !== 0) throw new Error(`node ${args.join(' ')}: afsluitcode ${r.status}\n${r.stderr}`);
  } finally {
    if (typeof fdIn === 'number') closeSync(fdIn);
    if (typeof fdUit === 'number') closeSync(fdUit);
  }
}

export async function cliStart(): Promise<Uitslag> {
  const args = [WLZ, 'functie', 'TARIEF', '191,60', '10', '5', '95,8%'];
  const meting = await vergelijk(
    () => node(args),
    () => node(['-e', '0']),
    { runs: 21, opwarmen: 3 },
  );
  return {
    naam: 'cli_start',
    basis: '`node bin/wlz.js functie TARIEF 191,60 10 5 95,8%` tegen `node -e 0`, elk als nieuw proces',
    ...meting,
    doel: 'ratio ≤ 3',
    gehaald: meting.ratio <= 3,
    toelichting: 'mediaan van 21 afwisselende starts; wlz laadt alleen lib/cli en lib/core met decimal.js, exceljs pas bij controleer',
  };
}

const REGELS = 100_000;

/** A price list as a script sends it: TARIEF per line on varied NZa components, in cents, and percentages. */
function prijslijst(): string {
  const r = toeval(14);
  const regels: string[] = [];
  for (let i = 0; i < REGELS; i++) {
    const zorg = (6_000 + Math.floor(r() * 34_000)) / 100;
    const nhc = (1_000 + Math.floor(r() * 1_500)) / 100;
    const nic = (200 + Math.floor(r() * 600)) / 100;
    regels.push(JSON.stringify(['TARIEF', zorg, nhc, nic, PERCENTAGES[Math.floor(r() * PERCENTAGES.length)].waarde]));
  }
  return `${regels.join('\n')}\n`;
}

/**
 * The baseline: a plain Node loop over the same lines that parses each as JSON and prints it again —
 * readline, JSON.parse, JSON.stringify, and the output written at once (not one write per line).
 */
const BASISLUS = `const rl = require('readline').createInterface({ input: process.stdin, crlfDelay: Infinity });
const uit = [];
rl.on('line', (l) => uit.push(JSON.stringify(JSON.parse(l))));
rl.on('close', () => process.stdout.write(uit.join('\\n') + '\\n'));`;

export async function cliBatch100k(): Promise<Uitslag> {
  const map = mkdtempSync(join(tmpdir(), 'wlz-bench-batch-'));
  try {
    const invoer = join(map, 'prijslijst.jsonl');
    const antwoorden = join(map, 'antwoorden.jsonl');
    const basis = join(map, 'basis.js');
    writeFileSync(invoer, prijslijst());
    writeFileSync(basis, BASISLUS);
    const meting = await vergelijk(
      {
        stap: () => node([WLZ, 'functie', '--batch'], invoer, antwoorden),
        na: () => {
          const regels = readFileSync(antwoorden, 'utf8').split('\n');
          if (regels.length !== REGELS + 1 || !regels.slice(0, -1).every((l) => l.startsWith('{"waarde":'))) {
            throw new Error(
              `wlz functie --batch: ${regels.length - 1} antwoorden op ${REGELS} regels, of een fout: ${regels.find((l) => !l.startsWith('{"waarde":'))}`,
            );
          }
        },
      },
      () => node([basis], invoer, join(map, 'basis.jsonl')),
      { runs: 7, opwarmen: 1 },
    );
    return {
      naam: 'cli_batch_100k',
      basis: `\`wlz functie --batch\` op ${REGELS.toLocaleString('nl-NL')} regels TARIEF (een prijslijst) tegen een gewone Node-lus die dezelfde JSON-regels leest, parseert en weer schrijft; beide als nieuw proces`,
      ...meting,
      doel: 'ratio ≤ 2',
      gehaald: meting.ratio <= 2,
      toelichting: 'mediaan van 7 afwisselende runs, inclusief het starten van node; stdin en stdout zijn bestanden',
    };
  } finally {
    rmSync(map, { recursive: true, force: true });
  }
}
