import { GebruiksFout, leesOpties } from '../cli/opties';

/** cli/opties: the one way every `wlz` command reads its options. */
const SOORTEN = { jaar: 'waarde', sector: 'waarde', json: 'vlag', help: 'vlag' } as const;
const lees = (args: string[], argumenten = true) => leesOpties(args, 'wlz proef', SOORTEN, { argumenten });

function fout(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof GebruiksFout) return e.message;
    throw e;
  }
  throw new Error('verwachtte een gebruiksfout');
}

describe('leesOpties', () => {
  it('reads --naam waarde, --naam=waarde and flags, and keeps plain arguments in order', () => {
    expect(lees(['a.xlsx', '--jaar', '2024', 'b.xlsx', '--sector=GGZ', '--json'])).toEqual({
      opties: { jaar: '2024', sector: 'GGZ', json: true },
      argumenten: ['a.xlsx', 'b.xlsx'],
    });
    expect(lees(['--sector=V&V=x'])).toEqual({ opties: { sector: 'V&V=x' }, argumenten: [] });
    expect(lees(['-h'])).toEqual({ opties: { help: true }, argumenten: [] });
  });

  it('-- ends the options; a single dash is no option', () => {
    expect(lees(['--jaar', '2024', '--', '--json', '--onbekend', '-h'])).toEqual({
      opties: { jaar: '2024' },
      argumenten: ['--json', '--onbekend', '-h'],
    });
    expect(lees(['-5', '-0,5', '-'])).toEqual({ opties: {}, argumenten: ['-5', '-0,5', '-'] });
  });

  it.each([
    [['--regio', 'x'], 'wlz proef: onbekende optie --regio; bekend zijn --jaar, --sector, --json en --help'],
    [['--regio=x'], 'wlz proef: onbekende optie --regio; bekend zijn --jaar, --sector, --json en --help'],
    [['--constructor'], 'wlz proef: onbekende optie --constructor; bekend zijn --jaar, --sector, --json en --help'],
    [['--jaar'], 'wlz proef: --jaar heeft een waarde nodig'],
    [['--jaar', '--json'], 'wlz proef: --jaar heeft een waarde nodig'],
    [['--jaar='], 'wlz proef: --jaar heeft een waarde nodig'],
    [['--jaar', ' '], 'wlz proef: --jaar heeft een waarde nodig'],
    [['--jaar', '2024', '--jaar=2023'], 'wlz proef: --jaar staat er twee keer'],
    [['--json', '--json'], 'wlz proef: --json staat er twee keer'],
    [['--json=ja'], 'wlz proef: --json neemt geen waarde'],
  ])('%j: %s', (args, bericht) => {
    expect(fout(() => lees(args))).toBe(bericht);
  });

  it('refuses plain arguments where the command takes none, also after --', () => {
    expect(fout(() => lees(['2024'], false))).toBe('wlz proef: onverwacht argument "2024"');
    expect(fout(() => lees(['--', '--jaar'], false))).toBe('wlz proef: onverwacht argument "--jaar"');
  });
});
