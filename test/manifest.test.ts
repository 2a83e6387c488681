import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { leesAdres } from '../scripts/adres';

/**
 * The manifest the build ships, dist/manifest.xml (from the template manifest.xml; `npm test` builds
 * first), checked offline (the online validator is `npm run validate`): it parses, every resid
 * resolves to a resource of the right kind, every URL is https on the build's address (WLZ_ADRES,
 * default https://localhost:3000) and names a file the build emits in dist/, <Version> follows
 * package.json, and the shared runtime, WLZ namespace, permissions and localised metadata are wired
 * as the add-in needs.
 */
const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const BASIS = `${leesAdres(process.env.WLZ_ADRES)}/`;

function parse(tekst: string): Document {
  return new DOMParser({
    onError: (niveau, bericht) => {
      throw new Error(`manifest.xml (${niveau}): ${bericht}`);
    },
  }).parseFromString(tekst, 'text/xml');
}

if (!existsSync(join(DIST, 'manifest.xml')))
  throw new Error('dist/manifest.xml ontbreekt: bouw eerst met "npm run build" (npm test doet dat zelf)');
const doc = parse(readFileSync(join(DIST, 'manifest.xml'), 'utf8'));

function alle(naam: string, ns?: string): Element[] {
  const lijst = ns ? doc.getElementsByTagNameNS(ns, naam) : doc.getElementsByTagName(naam);
  return Array.from({ length: lijst.length }, (_, i) => lijst.item(i) as Element);
}

function enig(naam: string): Element {
  const gevonden = alle(naam);
  expect(gevonden).toHaveLength(1);
  return gevonden[0];
}

function elementenMet(attribuut: string): Element[] {
  return alle('*').filter((e) => e.hasAttribute(attribuut));
}

/** Resource ids per kind: bt:Image, bt:Url, bt:String (short and long). */
function resources(soort: 'Image' | 'Url' | 'String'): Map<string, Element> {
  // bt:Image also appears as a reference inside <Icon>; only elements with an id define a resource.
  return new Map(
    alle(soort, BT)
      .filter((e) => e.hasAttribute('id'))
      .map((e) => [e.getAttribute('id') as string, e]),
  );
}

function waardeVan(resid: string): string {
  const e = resources('String').get(resid) ?? resources('Url').get(resid);
  if (!e) throw new Error(`resid ${resid} is niet gedefinieerd`);
  return e.getAttribute('DefaultValue') as string;
}

describe('manifest.xml', () => {
  it('is an add-in manifest with Dutch defaults and the right permission', () => {
    expect(doc.documentElement?.localName).toBe('OfficeApp');
    expect(doc.documentElement?.getAttribute('xsi:type')).toBe('TaskPaneApp');
    expect(enig('DefaultLocale').textContent).toBe('nl-NL');
    expect(enig('Permissions').textContent).toBe('ReadWriteDocument');
    expect(enig('DisplayName').getAttribute('DefaultValue')).toBe('WLZ rekenkern');
    expect(enig('Version').textContent).toBe(
      `${(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version}.0`,
    );
    expect(enig('Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('defines every resource id once, and every resid resolves to a resource of the right kind', () => {
    const ids = [...alle('Image', BT), ...alle('Url', BT), ...alle('String', BT)]
      .filter((e) => e.hasAttribute('id'))
      .map((e) => e.getAttribute('id'));
    expect(new Set(ids).size).toBe(ids.length);
    const soortVan: Record<string, 'Image' | 'Url' | 'String'> = {
      Image: 'Image',
      SourceLocation: 'Url',
      Runtime: 'Url',
      FunctionFile: 'Url',
      LearnMoreUrl: 'Url',
      Namespace: 'String',
      Title: 'String',
      Description: 'String',
      Label: 'String',
    };
    const verwijzingen = elementenMet('resid');
    expect(verwijzingen.length).toBeGreaterThan(10);
    for (const e of verwijzingen) {
      const resid = e.getAttribute('resid') as string;
      const soort = soortVan[e.localName ?? ''];
      expect({ element: e.localName, soort }).toEqual({ element: e.localName, soort: expect.any(String) });
      expect({ resid, gevonden: resources(soort).has(resid) }).toEqual({ resid, gevonden: true });
      // Office refuses resids longer than 32 characters.
      expect(resid.length).toBeLessThanOrEqual(32);
    }
  });

  it('keeps strings within the manifest limits (short 125, long 250 characters)', () => {
    const kort = alle('ShortStrings', BT)[0];
    const lang = alle('LongStrings', BT)[0];
    for (const [lijst, max] of [
      [kort, 125],
      [lang, 250],
    ] as const) {
      const strings = lijst.getElementsByTagNameNS(BT, 'String');
      for (let i = 0; i < strings.length; i += 1) {
        expect((strings.item(i)?.getAttribute('DefaultValue') ?? '').length).toBeLessThanOrEqual(max);
      }
    }
  });

  it('uses only https URLs, each naming a file the build emits in dist/', () => {
    expect(existsSync(join(DIST, 'taskpane.html'))).toBe(true); // else: npm run build
    const urls = [
      ...alle('*')
        .flatMap((e) => ['DefaultValue', 'Value'].map((a) => e.getAttribute(a) ?? ''))
        .filter((w) => /^[a-z]+:\/\//i.test(w)),
    ];
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      expect(url).toMatch(/^https:\/\//);
      expect(url.startsWith(BASIS)).toBe(true);
      const bestand = new URL(url).pathname.slice(new URL(BASIS).pathname.length);
      expect({ url, inDist: existsSync(join(DIST, bestand)) }).toEqual({ url, inDist: true });
    }
  });

  it('declares the custom functions with namespace WLZ in a shared runtime', () => {
    const punt = alle('ExtensionPoint').find((e) => e.getAttribute('xsi:type') === 'CustomFunctions') as Element;
    expect(punt).toBeDefined();
    const resid = (naam: string) =>
      punt.getElementsByTagName(naam).item(0)?.getElementsByTagName('SourceLocation').item(0)?.getAttribute('resid') as string;
    expect(waardeVan(punt.getElementsByTagName('Namespace').item(0)?.getAttribute('resid') as string)).toBe('WLZ');
    expect(waardeVan(resid('Script'))).toBe(`${BASIS}functions.js`);
    expect(waardeVan(resid('Metadata'))).toBe(`${BASIS}functions.json`);
    // Shared runtime: the functions' page is the task pane page, which the runtime keeps alive.
    const runtime = enig('Runtime');
    expect(runtime.getAttribute('lifetime')).toBe('long');
    expect(resid('Page')).toBe(runtime.getAttribute('resid'));
    expect(waardeVan(resid('Page'))).toBe(`${BASIS}taskpane.html`);
    expect(enig('FunctionFile').getAttribute('resid')).toBe(runtime.getAttribute('resid'));
    expect(alle('Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')])).toContainEqual(['SharedRuntime', '1.1']);
  });

  it('localises the function metadata to English for en-US and en-GB', () => {
    const metadata = resources('Url').get('Functions.Metadata.Url') as Element;
    const overrides = Array.from(
      { length: metadata.getElementsByTagNameNS(BT, 'Override').length },
      (_, i) => metadata.getElementsByTagNameNS(BT, 'Override').item(i) as Element,
    ).map((o) => [o.getAttribute('Locale'), o.getAttribute('Value')]);
    expect(overrides).toEqual([
      ['en-US', `${BASIS}functions.en.json`],
      ['en-GB', `${BASIS}functions.en.json`],
    ]);
  });

  it('puts a task pane button on the Home tab', () => {
    const tab = enig('OfficeTab');
    expect(tab.getAttribute('id')).toBe('TabHome');
    const actie = tab.getElementsByTagName('Action').item(0) as Element;
    expect(actie.getAttribute('xsi:type')).toBe('ShowTaskpane');
    expect(waardeVan(actie.getElementsByTagName('SourceLocation').item(0)?.getAttribute('resid') as string)).toBe(`${BASIS}taskpane.html`);
  });
});
