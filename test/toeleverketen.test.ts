import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';

/**
 * The supply chain, checked offline (docs/contract.md §9: `npm audit` gets 405 here, so these checks hold the line
 * in CI; on a machine with the advisory endpoint run `npm audit --omit=dev --audit-level=high` too):
 *
 * - production dependencies are exactly what the shipped code imports, pinned to exact versions;
 * - the lockfile pins every package with an integrity hash;
 * - every production package (the whole transitive closure) has a licence on the allow-list, or is a
 *   reviewed exception below with its reason;
 * - no production package runs an install script;
 * - the built bundles (dist/*.js, built by `npm test` before jest) evaluate no code from strings.
 */

const ROOT = join(__dirname, '..');

interface Lockpakket {
  version?: string;
  resolved?: string;
  integrity?: string;
  license?: string;
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
  link?: boolean;
  hasInstallScript?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const pakket = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, Lockpakket>;
};
const lockpakketten = Object.entries(lock.packages).filter(([pad]) => pad !== '');

/** What `npm ci --omit=dev` installs: every lockfile entry that is not dev-only. */
const productie = lockpakketten.filter(([, p]) => !p.dev && !p.devOptional);

/** The package name of a lockfile path: "node_modules/a/node_modules/@s/b" → "@s/b". */
const naamVan = (pad: string) => pad.slice(pad.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** Node's resolution in lockfile paths: `naam` as required from the package at `van` ('' = the project). */
function los(van: string, naam: string): string | undefined {
  let map = van;
  for (;;) {
    const kandidaat = `${map ? `${map}/` : ''}node_modules/${naam}`;
    if (lock.packages[kandidaat]) return kandidaat;
    if (!map) return undefined;
    const i = map.lastIndexOf('/node_modules/');
    map = i === -1 ? '' : map.slice(0, i);
  }
}

/** The production closure computed from the dependency declarations themselves, as a cross-check of the lockfile's dev flags. */
function afsluiting(): Set<string> {
  const gezien = new Set<string>();
  const werk = Object.keys(pakket.dependencies).map((naam) => los('', naam));
  while (werk.length) {
    const pad = werk.pop();
    if (!pad || gezien.has(pad)) continue;
    gezien.add(pad);
    const p = lock.packages[pad];
    for (const naam of [...Object.keys(p.dependencies ?? {}), ...Object.keys(p.optionalDependencies ?? {})]) werk.push(los(pad, naam));
  }
  return gezien;
}

// Bare imports in the code that runs from lib/ at run time (bin/wlz.js → lib/cli → lib/core).
const GEDEELDE_CODE = ['core', 'cli'];

function bronbestanden(map: string): string[] {
  return readdirSync(join(ROOT, map), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
    .map((e) => join(e.parentPath, e.name));
}

function pakketImports(bestand: string): string[] {
  const bron = readFileSync(bestand, 'utf8');
  return [
    ...bron.matchAll(
      /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]\s*\)|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((s) => !s.startsWith('.'))
    .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]));
}

describe('production dependencies', () => {
  it('are exactly what the shipped code imports: decimal.js (core) and exceljs (the wlz command reads workbooks)', () => {
    const gebruikt = new Map<string, string[]>();
    for (const map of GEDEELDE_CODE) {
      for (const bestand of bronbestanden(map)) {
        for (const naam of pakketImports(bestand)) {
          if (naam.startsWith('node:') || builtinModules.includes(naam)) continue;
          gebruikt.set(naam, [...(gebruikt.get(naam) ?? []), relative(ROOT, bestand)]);
        }
      }
    }
    expect([...gebruikt.keys()].sort()).toEqual(Object.keys(pakket.dependencies).sort());
    expect(Object.keys(pakket.dependencies).sort()).toEqual(['decimal.js', 'exceljs']);
    // exceljs is needed at run time by the CLI, so it must be a production dependency.
    expect(gebruikt.get('exceljs')?.some((b) => b.startsWith('cli/'))).toBe(true);
  });

  it('and every dev dependency are pinned to one exact version in package.json', () => {
    const nietExact = Object.entries({ ...pakket.dependencies, ...pakket.devDependencies }).filter(
      ([, versie]) => !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(versie),
    );
    expect(nietExact).toEqual([]);
  });

  it('match the lockfile, which pins every package with an integrity hash', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    for (const [naam, versie] of Object.entries({ ...pakket.dependencies, ...pakket.devDependencies })) {
      expect({ naam, versie: lock.packages[`node_modules/${naam}`]?.version }).toEqual({ naam, versie });
    }
    const zonderHash = lockpakketten
      .filter(([, p]) => !p.link && !/^sha(256|384|512)-[A-Za-z0-9+/=]+$/.test(p.integrity ?? ''))
      .map(([pad]) => pad);
    expect(zonderHash).toEqual([]);
    // This lockfile leaves `resolved` out (npm fetches name@version from the registry and checks the
    // hash); a git, file or tarball source would carry it, and is not allowed.
    const vreemdeBron = lockpakketten
      .filter(([, p]) => p.resolved !== undefined && !p.resolved.startsWith('https://registry.npmjs.org/'))
      .map(([pad]) => pad);
    expect(vreemdeBron).toEqual([]);
  });

  it("are the lockfile's non-dev closure of decimal.js and exceljs", () => {
    expect([...afsluiting()].sort()).toEqual(productie.map(([pad]) => pad).sort());
  });

  it('run no install scripts (lockfile hasInstallScript, and the installed package.json)', () => {
    const metScript = productie.filter(([pad, p]) => {
      if (p.hasInstallScript) return true;
      const scripts =
        (JSON.parse(readFileSync(join(ROOT, pad, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
      return ['preinstall', 'install', 'postinstall', 'prepare'].some((s) => s in scripts);
    });
    expect(metScript.map(([pad]) => pad)).toEqual([]);
  });
});

describe('licences of the production closure', () => {
  /** Permissive licences (SPDX ids) that allow shipping and using the code in a closed product. */
  const TOEGESTAAN = new Set([
    'MIT',
    'MIT-0',
    'ISC',
    'BSD-2-Clause',
    'BSD-3-Clause',
    'Apache-2.0',
    '0BSD',
    'BlueOak-1.0.0',
    'Unlicense',
    'CC0-1.0',
    'Python-2.0',
    'Zlib',
  ]);

  /**
   * Reviewed packages whose licence field is not a valid SPDX expression, pinned to the version that
   * was reviewed: a new version must be looked at again.
   */
  const UITZONDERINGEN: Record<string, { licentie: string; reden: string }> = {
    'chainsaw@0.1.0': { licentie: 'MIT', reden: '"MIT/X11" is the old name of the MIT licence (via exceljs → unzipper → binary)' },
    'buffers@0.1.1': {
      licentie: 'geen',
      reden:
        "declares no licence at all (no field, no LICENSE file, README silent); via exceljs → unzipper → binary, used only when the wlz command reads a workbook, never in the add-in bundles. Accepted for this version only (lead decision, noted on issue 6): replacing exceljs's reader is larger than the risk; a change of version must be reviewed again",
    },
  };

  /** Whether an SPDX expression allows use: OR needs one allowed side, AND needs both. */
  function toegestaan(expressie: string): boolean {
    const t = expressie.trim();
    const buiten = (i: number) => t.slice(0, i).split('(').length === t.slice(0, i).split(')').length;
    for (const [woord, beide] of [
      [' OR ', false],
      [' AND ', true],
    ] as const) {
      const i = [...t.matchAll(new RegExp(woord, 'g'))].map((m) => m.index).find((j) => buiten(j));
      if (i !== undefined) {
        const [a, b] = [t.slice(0, i), t.slice(i + woord.length)];
        return beide ? toegestaan(a) && toegestaan(b) : toegestaan(a) || toegestaan(b);
      }
    }
    if (t.startsWith('(') && t.endsWith(')')) return toegestaan(t.slice(1, -1));
    return TOEGESTAAN.has(t);
  }

  function licentieVan(pad: string): string | undefined {
    const p = JSON.parse(readFileSync(join(ROOT, pad, 'package.json'), 'utf8')) as {
      license?: string | { type: string };
      licenses?: Array<{ type: string }>;
    };
    if (typeof p.license === 'string') return p.license;
    if (p.license) return p.license.type;
    return p.licenses?.map((l) => l.type).join(' OR ');
  }

  const gevonden = productie.map(([pad, p]) => ({
    pad,
    sleutel: `${naamVan(pad)}@${p.version}`,
    licentie: licentieVan(pad),
    lock: p.license,
  }));

  it('match between the installed package.json and the lockfile', () => {
    expect(gevonden.filter((g) => g.licentie !== g.lock)).toEqual([]);
  });

  it('are all on the allow-list, or a reviewed exception of that exact version', () => {
    const afgewezen = gevonden.filter((g) => !(g.sleutel in UITZONDERINGEN) && !(g.licentie && toegestaan(g.licentie)));
    expect(afgewezen).toEqual([]);
    // An exception that no longer occurs is removed, so the list stays the list of what ships.
    expect(Object.keys(UITZONDERINGEN).filter((s) => !gevonden.some((g) => g.sleutel === s))).toEqual([]);
  });

  it('are, for the record (README "Snelheid en robuustheid"): MIT mostly, then ISC, BSD, Apache-2.0 and a few others', () => {
    const telling: Record<string, number> = {};
    for (const g of gevonden) telling[g.licentie ?? '(geen)'] = (telling[g.licentie ?? '(geen)'] ?? 0) + 1;
    expect(Object.keys(telling).sort()).toEqual(
      [
        '(MIT AND Zlib)',
        '(MIT OR GPL-3.0-or-later)',
        '(geen)',
        'Apache-2.0',
        'BSD-3-Clause',
        'BlueOak-1.0.0',
        'ISC',
        'MIT',
        'MIT/X11',
        'Unlicense',
      ].sort(),
    );
  });

  it('are judged by a parser that reads OR, AND and parentheses', () => {
    expect(toegestaan('(MIT OR GPL-3.0-or-later)')).toBe(true);
    expect(toegestaan('(MIT AND Zlib)')).toBe(true);
    expect(toegestaan('GPL-3.0-only')).toBe(false);
    expect(toegestaan('(MIT AND GPL-3.0-only)')).toBe(false);
    expect(toegestaan('MIT/X11')).toBe(false);
  });
});

describe('the shipped bundles (dist/*.js)', () => {
  /**
   * Code evaluated from strings: eval in any form, the Function constructor (with or without new),
   * and the `.constructor("…")` route to it. Precise enough not to flag `.evaluate(`, `retrieval(`,
   * `Function.prototype` or the text "Function" in a list of global names.
   */
  const DYNAMISCHE_CODE: ReadonlyArray<[string, RegExp]> = [
    ['eval', /(?<![\w$])eval(?![\w$])/],
    ['new Function', /\bnew\s+Function\b/],
    ['Function(…)', /(?<![\w$.'"`])Function\s*\(/],
    ['.constructor("…")', /\.constructor\s*\(\s*['"`]/],
  ];
  const treffers = (js: string) => DYNAMISCHE_CODE.filter(([, patroon]) => patroon.test(js)).map(([naam]) => naam);

  it('the detector flags every form and nothing else', () => {
    for (const slecht of [
      'eval("1")',
      '(0,eval)("1")',
      'window.eval(x)',
      'g["eval"](x)',
      'new Function("return this")',
      'Function("a","return a")',
      'x=Function ("1")',
      '({}).constructor.constructor("return this")',
    ]) {
      expect({ slecht, treffers: treffers(slecht).length > 0 }).toEqual({ slecht, treffers: true });
    }
    for (const goed of [
      'page.evaluate(f)',
      'retrieval(x)',
      'medieval (1)',
      'Function.prototype.call',
      '["Function","Int8Array"]',
      'typeof n=="function"',
      'evaluator(x)',
      'a.Function(x)',
    ]) {
      expect({ goed, treffers: treffers(goed) }).toEqual({ goed, treffers: [] });
    }
  });

  it('contain no eval, no Function constructor', () => {
    const dist = join(ROOT, 'dist');
    if (!existsSync(join(dist, 'functions.js')))
      throw new Error('dist/functions.js ontbreekt: bouw eerst met "npm run build" (npm test doet dat zelf)');
    const bundels = readdirSync(dist).filter((b) => b.endsWith('.js'));
    expect(bundels).toEqual(expect.arrayContaining(['functions.js', 'taskpane.js']));
    for (const bundel of bundels) {
      expect({ bundel, treffers: treffers(readFileSync(join(dist, bundel), 'utf8')) }).toEqual({ bundel, treffers: [] });
    }
  });

  /**
   * Nothing in the shipped files points elsewhere but office.js. This complements the browser test
   * (test/e2e), which fails on every request and CSP violation: a `<link rel=preconnect>` or
   * `dns-prefetch` opens a connection without a request and outside the CSP, so only a look at the
   * files catches it. Allowed: office.js (and its host in the CSP) and the XML namespaces of w3.org,
   * which are names, never fetched (as are the OOXML namespaces of the pane's workbook reader and report writer).
   */
  it('refer to no host but office.js (no preconnect or prefetch, no absolute URL elsewhere)', () => {
    const dist = join(ROOT, 'dist');
    const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
    expect(html.match(/<link\b[^>]*\brel=["']?(preconnect|dns-prefetch|prefetch|prerender|preload|modulepreload)\b[^>]*>/gi) ?? []).toEqual(
      [],
    );
    const TOEGESTAAN =
      /^(https:\/\/appsforoffice\.microsoft\.com(\/lib\/1\/hosted\/office\.js)?|http:\/\/www\.w3\.org\/(1999\/xhtml|2000\/svg|1999\/xlink|XML\/1998\/namespace|2000\/xmlns\/?)|http:\/\/schemas\.openxmlformats\.org\/[\w/.-]+)$/;
    for (const bestand of [...readdirSync(dist).filter((b) => b.endsWith('.js')), 'taskpane.html']) {
      const adressen = readFileSync(join(dist, bestand), 'utf8').match(/\b(https?|wss?):\/\/[^\s"'`<>()%;,\\]+/g) ?? [];
      expect({ bestand, vreemd: adressen.filter((a) => !TOEGESTAAN.test(a)) }).toEqual({ bestand, vreemd: [] });
    }
  });
});
