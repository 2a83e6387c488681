import { DOMParser } from '@xmldom/xmldom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { leesAdres, manifestVersie, manifestVoor } from '../scripts/adres';
import { metAdres, type Metadata } from '../scripts/engelse-metadata';

/**
 * A build for any static host (WLZ_ADRES): the address is read strictly, and the manifest and the
 * function metadata end up with every URL on it. The full build with WLZ_ADRES is checked by
 * test/manifest.test.ts and test/build.test.ts when they run with the same WLZ_ADRES.
 */
const MANIFEST = readFileSync(join(__dirname, '..', 'manifest.xml'), 'utf8');

describe('leesAdres', () => {
  it('defaults to https://localhost:3000 and drops a trailing slash', () => {
    expect(leesAdres(undefined)).toBe('https://localhost:3000');
    expect(leesAdres('  ')).toBe('https://localhost:3000');
    expect(leesAdres('https://wlz.zorgkantoor.nl/rekenkern/')).toBe('https://wlz.zorgkantoor.nl/rekenkern');
    expect(leesAdres('https://WLZ.Zorgkantoor.NL:8443')).toBe('https://wlz.zorgkantoor.nl:8443');
  });

  it('refuses http, non-addresses, queries, fragments and credentials with a Dutch message', () => {
    expect(() => leesAdres('http://wlz.zorgkantoor.nl')).toThrow(/moet met https:\/\/ beginnen/);
    expect(() => leesAdres('wlz.zorgkantoor.nl')).toThrow(/is geen adres/);
    expect(() => leesAdres('https://wlz.nl/pad?x=1')).toThrow(/zonder \?, #/);
    expect(() => leesAdres('https://wlz.nl/#functies')).toThrow(/zonder \?, #/);
    expect(() => leesAdres('https://a:b@wlz.nl/')).toThrow(/gebruikersnaam/);
  });
});

describe('manifestVoor', () => {
  const adres = 'https://wlz.zorgkantoor.nl/reken&kern';
  const xml = manifestVoor(MANIFEST, adres, '2.3.4');
  const doc = new DOMParser({
    onError: (niveau, bericht) => {
      throw new Error(`manifest (${niveau}): ${bericht}`);
    },
  }).parseFromString(xml, 'text/xml');

  it('puts every URL on the address and sets the version, and stays valid XML', () => {
    const alle = doc.getElementsByTagName('*');
    const urls: string[] = [];
    for (let i = 0; i < alle.length; i += 1) {
      for (const a of ['DefaultValue', 'Value']) {
        const w = alle.item(i)?.getAttribute(a) ?? '';
        if (/^[a-z]+:\/\//i.test(w)) urls.push(w);
      }
    }
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url.startsWith(`${adres}/`)).toBe(true);
    expect(doc.getElementsByTagName('Version').item(0)?.textContent).toBe('2.3.4.0');
    expect(xml).not.toMatch(/https:\/\/localhost:3000\//);
  });

  it('refuses a version Office cannot take', () => {
    expect(manifestVersie('0.1.0')).toBe('0.1.0.0');
    expect(() => manifestVersie('1.0.0-beta.1')).toThrow(/past niet in het manifest/);
  });
});

describe('metAdres', () => {
  it('points every help URL at the function card on the address', () => {
    const metadata: Metadata = {
      functions: [{ id: 'TARIEF', name: 'TARIEF', helpUrl: 'https://localhost:3000/taskpane.html#functies/TARIEF', parameters: [] }],
    };
    expect(metAdres(metadata, 'https://wlz.nl/pad').functions[0].helpUrl).toBe('https://wlz.nl/pad/taskpane.html#functies/TARIEF');
  });
});
