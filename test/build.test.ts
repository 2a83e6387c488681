import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { alleFuncties } from '../core/functies';
import { leesAdres } from '../scripts/adres';
import { helpUrl, legeCelHint } from '../scripts/functies-bron';

/**
 * The webpack build in dist/ (`npm test` builds first; on its own run `npm run build`): metadata for
 * every function in Dutch and English with real descriptions and help URLs, the task pane page
 * loading the functions (shared runtime), and bundles without eval and without Node-only libraries.
 */
const DIST = join(__dirname, '..', 'dist');

interface MetadataParameter {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
  type?: string;
}
interface MetadataFunctie {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: MetadataParameter[];
  result?: unknown;
}

function lees(naam: string): string {
  const pad = join(DIST, naam);
  if (!existsSync(pad)) throw new Error(`dist/${naam} ontbreekt: bouw eerst met "npm run build" (npm test doet dat zelf)`);
  return readFileSync(pad, 'utf8');
}

const nl = JSON.parse(lees('functions.json')) as { functions: MetadataFunctie[] };
const en = JSON.parse(lees('functions.en.json')) as { functions: MetadataFunctie[] };

describe('the add-in build (dist/)', () => {
  it('functions.json has every function of the table, with Dutch help and a help URL into the reference', () => {
    expect(nl.functions.map((f) => f.id)).toEqual(alleFuncties.map((f) => f.naam));
    for (const functie of alleFuncties) {
      const m = nl.functions.find((f) => f.id === functie.naam) as MetadataFunctie;
      expect(m.name).toBe(functie.naam);
      expect(m.description).toBe(functie.beschrijving);
      expect(m.helpUrl).toBe(helpUrl(leesAdres(process.env.WLZ_ADRES), functie.naam));
      expect(m.parameters.map((p) => p.name)).toEqual(functie.parameters.map((p) => p.naam));
      functie.parameters.forEach((p, i) => {
        const mp = m.parameters[i];
        expect(mp.description).toBe([p.beschrijving, legeCelHint(p)?.nl].filter(Boolean).join(' '));
        expect(Boolean(mp.optional)).toBe(Boolean(p.optioneel));
        // A range parameter must be a matrix, or Excel hands over only one cell.
        expect(mp.dimensionality === 'matrix').toBe(Boolean(p.bereik));
      });
    }
  });

  it('functions.en.json has the same ids, names and parameters with the English descriptions', () => {
    expect(en.functions.map((f) => [f.id, f.name, f.helpUrl, f.result])).toEqual(
      nl.functions.map((f) => [f.id, f.name, f.helpUrl, f.result]),
    );
    for (const functie of alleFuncties) {
      const m = en.functions.find((f) => f.id === functie.naam) as MetadataFunctie;
      const dutch = nl.functions.find((f) => f.id === functie.naam) as MetadataFunctie;
      expect(m.description).toBe(functie.description);
      expect(m.parameters.map(({ description: _d, ...rest }) => rest)).toEqual(
        dutch.parameters.map(({ description: _d, ...rest }) => rest),
      );
      expect(m.parameters.map((p) => p.description)).toEqual(
        functie.parameters.map((p) => [p.description, legeCelHint(p)?.en].filter(Boolean).join(' ')),
      );
    }
  });

  it('every description in both languages is real text', () => {
    for (const m of [...nl.functions, ...en.functions]) {
      expect((m.description ?? '').length).toBeGreaterThan(20);
      for (const p of m.parameters) expect((p.description ?? '').length).toBeGreaterThan(5);
    }
  });

  it('taskpane.html loads office.js, then the functions and the pane (shared runtime)', () => {
    const html = lees('taskpane.html');
    const scripts = [...html.matchAll(/<script[^>]*src=["']?([^"' >]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js', 'functions.js', 'taskpane.js']);
    expect(html).toContain('lang=nl');
  });

  it('registers every function with Excel', () => {
    const js = lees('functions.js');
    const ontbreekt = alleFuncties.filter((f) => !js.includes(`CustomFunctions.associate("${f.naam}",`)).map((f) => f.naam);
    expect(ontbreekt).toEqual([]);
  });

  it('bundles contain no eval and no new Function', () => {
    for (const bestand of readdirSync(DIST).filter((b) => b.endsWith('.js'))) {
      const js = lees(bestand);
      expect({ bestand, eval: /\beval\s*\(/.test(js), newFunction: /new\s+Function\s*\(/.test(js) }).toEqual({
        bestand,
        eval: false,
        newFunction: false,
      });
    }
  });

  it('the functions bundle holds only the core, the Excel layer and decimal.js', () => {
    const bronnen = (JSON.parse(lees('functions.js.map')) as { sources: string[] }).sources;
    const vreemd = bronnen.filter(
      (b) => !/^webpack:\/\/wlz-rekenkern\/(\.\/(core|addin\/functions)\/|\.\/node_modules\/decimal\.js\/|webpack\/)/.test(b),
    );
    expect(vreemd).toEqual([]);
    expect(bronnen.some((b) => b.includes('node_modules/decimal.js/'))).toBe(true);
  });

  it('no bundle carries exceljs, HyperFormula or Node built-ins (they are for the CLI and the tests)', () => {
    for (const kaart of readdirSync(DIST).filter((b) => b.endsWith('.js.map'))) {
      const bronnen = (JSON.parse(lees(kaart)) as { sources: string[] }).sources;
      const verboden = bronnen.filter((b) => /node_modules\/(exceljs|hyperformula|jszip)\/|\/node:|\/(fs|path|crypto|zlib)\b/.test(b));
      expect({ kaart, verboden }).toEqual({ kaart, verboden: [] });
    }
  });
});
