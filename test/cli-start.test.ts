import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';

/*
 * What the command loads and how it ends. exceljs (a writer and reader for editing, slow to load) is
 * loaded only to write a `--rapport` workbook: checking and policy files go through core/werkmap; failures of our own end as one Dutch line with exit 3 (checked on the built
 * command, bin/wlz.js → lib/, which `npm test` builds first).
 */

let exceljsGeladen = false;
jest.mock('exceljs', () => {
  exceljsGeladen = true;
  return jest.requireActual('exceljs');
});

// Imported after the mock, so the flag sees every load.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { main } = require('../cli/wlz') as typeof import('../cli/wlz');

const SCHOON = join(__dirname, '..', 'samples', 'controle', 'schoon.xlsx');
const stil = () => ({ schrijf: () => undefined, fout: () => undefined });

describe('loading', () => {
  it('wlz functie, --batch, --lijst, --help, beleid and controleer run without exceljs; --rapport loads it', async () => {
    for (const args of [
      ['functie', 'TARIEF', '191,60', '10', '5', '95,8%'],
      ['functie', '--lijst'],
      ['functie', 'TARIEF', '--help'],
      ['functie', '--batch'],
      ['help'],
      ['beleid', '--jaar', '2023'],
      ['controleer', SCHOON],
    ]) {
      expect(await main(args, Readable.from(['["TARIEF", 1, 1, 1, 1]\n']), stil())).toBe(0);
    }
    expect(
      await main(['beleid', '--beleid', join(__dirname, '..', 'samples', 'controle', 'export.csv')], Readable.from(['']), stil()),
    ).toBe(2);
    expect(exceljsGeladen).toBe(false);
    const map = mkdtempSync(join(tmpdir(), 'wlz-laden-'));
    try {
      expect(await main(['controleer', SCHOON, '--rapport', join(map, 'rapport.xlsx')], Readable.from(['']), stil())).toBe(0);
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
    expect(exceljsGeladen).toBe(true);
  });
});

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin', 'wlz.js');
const gebouwd = existsSync(join(ROOT, 'lib', 'cli', 'wlz.js'));

const wlz = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 20_000 });
/** A shell pipeline, with "WLZ" for the command. */
const pijp = (opdracht: string, ...extra: string[]) =>
  spawnSync('sh', ['-c', opdracht.replace('WLZ', [process.execPath, ...extra, BIN].map((w) => `"${w}"`).join(' '))], {
    encoding: 'utf8',
    timeout: 60_000,
  });

(gebouwd ? describe : describe.skip)('bin/wlz.js', () => {
  let map: string;
  beforeAll(() => {
    map = mkdtempSync(join(tmpdir(), 'wlz-start-'));
  });
  afterAll(() => rmSync(map, { recursive: true, force: true }));

  it('answers, with the exit code of the command', () => {
    const r = wlz(['functie', 'TARIEFPERCENTAGE', 'CZ', '2023', 'GGZ', 'nieuw']);
    expect(r.stdout).toBe('{"waarde":0.938,"tekst":"93,8%"}\n');
    expect(r.status).toBe(0);
    expect(wlz(['functie', 'ONBEKEND']).status).toBe(2);
  });

  it.each([
    ['an exception nobody catches', "setTimeout(() => { throw new RangeError('kapot\\n    at x (y.js:1:1)'); }, 100);"],
    ['a rejected promise nobody handles', "setTimeout(() => { Promise.reject(new Error('geweigerd\\nregel 2')); }, 100);"],
    ['an error event nobody listens to', "setTimeout(() => { new (require('events'))().emit('error', new Error('gebeurtenis')); }, 100);"],
  ])('%s: one Dutch line, exit 3, no stack trace', (_, fout) => {
    const vooraf = join(map, `${_.replace(/\W/g, '-')}.js`);
    writeFileSync(vooraf, fout);
    // --batch waits on stdin that stays open, so the failure comes while the command runs.
    const r = pijp('sleep 3 | WLZ functie --batch', '-r', vooraf);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/^wlz: interne fout, de opdracht is afgebroken \([^\n]+\)\n$/);
  });

  it('a reader that stops early is no failure', () => {
    const r = pijp(`yes '["TARIEF", 191.6, 10, 5, 0.958]' | head -n 200000 | WLZ functie --batch | head -n 1`);
    expect(r.stdout).toBe('{"waarde":198.55,"tekst":"€ 198,55"}\n');
    expect(r.stderr).toBe('');
  });
});
