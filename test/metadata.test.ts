import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alleFuncties } from '../core/functies';
import { MAX_BESCHRIJVING, type Metadata, controleerMetadata, engelseMetadata } from '../scripts/engelse-metadata';
import { legeCelHint } from '../scripts/functies-bron';

/**
 * The help Excel shows, in the built metadata (dist/functions.json and functions.en.json; `npm test`
 * builds first): every function and parameter description on one line (Excel for Windows' Function
 * Arguments dialog drops what follows a line break) and at most 255 characters; the example lives on
 * the help page (helpUrl, the Functies tab), not in the description.
 */
const DIST = join(__dirname, '..', 'dist');

function lees(naam: string): Metadata {
  const pad = join(DIST, naam);
  if (!existsSync(pad)) throw new Error(`dist/${naam} ontbreekt: bouw eerst met "npm run build" (npm test doet dat zelf)`);
  return JSON.parse(readFileSync(pad, 'utf8')) as Metadata;
}

describe.each(['functions.json', 'functions.en.json'])('dist/%s', (bestand) => {
  const metadata = lees(bestand);
  const teksten = metadata.functions.flatMap((f) => [
    [f.id, f.description ?? ''],
    ...f.parameters.map((p) => [`${f.id}.${p.name}`, p.description ?? '']),
  ]);

  it('has every description on one line and at most 255 characters', () => {
    expect(teksten.length).toBeGreaterThan(alleFuncties.length * 2);
    expect(teksten.filter(([, t]) => /[\r\n]/.test(t))).toEqual([]);
    expect(teksten.filter(([, t]) => t.length > MAX_BESCHRIJVING).map(([w, t]) => `${w}: ${t.length}`)).toEqual([]);
    expect(controleerMetadata(metadata, alleFuncties)).toEqual([]);
  });

  it('leaves the example to the help page, which every function links to', () => {
    for (const f of metadata.functions) {
      expect(f.description).not.toMatch(/Voorbeeld|Example|=WLZ\./);
      expect(f.helpUrl).toMatch(new RegExp(`^https://[^#]+/taskpane\\.html#functies/${f.id}$`));
    }
  });

  it('warns about empty cells passed as 0 exactly where an optional parameter defaults to something else', () => {
    const taal = bestand === 'functions.json' ? 'nl' : 'en';
    for (const functie of alleFuncties) {
      const m = metadata.functions.find((f) => f.id === functie.naam);
      for (const p of functie.parameters) {
        const hint = legeCelHint(p);
        const tekst = m?.parameters.find((q) => q.name === p.naam)?.description ?? '';
        expect({ p: `${functie.naam}.${p.naam}`, hint: hint !== undefined && tekst.endsWith(hint[taal]) }).toEqual({
          p: `${functie.naam}.${p.naam}`,
          hint: hint !== undefined,
        });
      }
    }
  });
});

describe('legeCelHint', () => {
  it('marks a non-zero default and leaves a zero default, a required parameter and no default alone', () => {
    const p = (beschrijving: string, optioneel = true) => ({ naam: 'x', beschrijving, description: 'x', optioneel });
    expect(legeCelHint(p('Drempel; standaard € 5.000 (CZ GGZ 2023, Bijlage 1).'))).toBeDefined();
    expect(legeCelHint(p('Optioneel; standaard 0,2% (CZ GGZ 2023, §6.2).'))).toBeDefined();
    expect(legeCelHint(p('Al betaald vóór maand 1 (euro); standaard 0.'))).toBeUndefined();
    expect(legeCelHint(p('Drempel; standaard € 5.000.', false))).toBeUndefined();
    expect(legeCelHint(p('Leeg: bestaande aanbieder zonder opslagen.'))).toBeUndefined();
  });
});

describe('controleerMetadata', () => {
  it('reports a line break and a description over 255 characters, in either place', () => {
    const goed = lees('functions.json');
    const [eerste, ...rest] = goed.functions;
    const fout: Metadata = {
      ...goed,
      functions: [
        {
          ...eerste,
          description: 'Regel een.\nVoorbeeld: =WLZ.TARIEF(1; 2; 3; 95%)',
          parameters: eerste.parameters.map((p, i) => (i === 0 ? { ...p, description: 'x'.repeat(256) } : p)),
        },
        ...rest,
      ],
    };
    expect(controleerMetadata(fout, alleFuncties)).toEqual([
      `${eerste.id}: de beschrijving bevat een regeleinde`,
      `${eerste.id}: parameter ${eerste.parameters[0].name}: de beschrijving is 256 tekens (hoogstens 255)`,
    ]);
    // The English metadata is generated from the Dutch one: the same check holds it.
    expect(controleerMetadata(engelseMetadata(goed, alleFuncties), alleFuncties)).toEqual([]);
  });
});
