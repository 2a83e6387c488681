import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../cli/wlz';

/** The README's `wlz` section is true: every example with its printed answer gives that answer. */
const README = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
const sectie = README.slice(README.indexOf('## De opdracht `wlz`'), README.indexOf('## Afspraken die voor elke functie gelden'));

/** Shell words: single-quoted parts kept whole, without their quotes. */
const woorden = (regel: string) => [...regel.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]);

async function wlz(args: string[], stdin = ''): Promise<string> {
  let uit = '';
  await main(args, Readable.from([stdin]), { schrijf: (t) => (uit += t), fout: () => undefined });
  return uit;
}

/** "$ opdracht" lines with the lines printed after them, up to the next blank line. */
const voorbeelden = [...sectie.matchAll(/^\$ (.+)\n((?:[^$\n`].*\n)*)/gm)].map((m) => ({
  opdracht: m[1].replace(/\s+# .*$/, ''),
  uitvoer: m[2],
}));

describe('README, De opdracht wlz', () => {
  it('has examples with bare arguments, not shell-quoted JSON', () => {
    expect(voorbeelden.length).toBeGreaterThanOrEqual(5);
    expect(sectie).not.toMatch(/wlz functie [^\n]*'"/);
    expect(README).not.toMatch(/npx wlz functie [^\n|]*'"/);
  });

  it.each(voorbeelden.filter((v) => v.uitvoer !== '').map((v) => [v.opdracht, v.uitvoer]))('$ %s', async (opdracht, uitvoer) => {
    const printf = /^printf '%s\\n' (.+) \| npx wlz (.+)$/.exec(opdracht);
    if (printf) {
      const regels = woorden(printf[1]);
      expect(await wlz(woorden(printf[2]), `${regels.join('\n')}\n`)).toBe(uitvoer);
    } else {
      expect(opdracht).toMatch(/^npx wlz /);
      expect(await wlz(woorden(opdracht.slice('npx wlz '.length)))).toBe(uitvoer);
    }
  });

  it('--help for the function it names', async () => {
    expect(await wlz(['functie', 'TARIEF', '--help'])).toContain('Parameters:');
  });
});
