import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, sep } from 'node:path';
import { type BrowserContext, type Page, chromium } from 'playwright-core';

/**
 * Real headless Chromium (Debian's `chromium`, never a downloaded build) for the task pane tests,
 * with a fresh profile, no network services of its own, and a record of every request, script error,
 * console error and Content-Security-Policy violation of the page.
 */

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** Office's CDN folder: office.js and the host scripts it loads next to itself. */
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
export const OFFICE_JS = `${OFFICE_CDN}office.js`;
/** The same files as published on npm (@microsoft/office-js, a dev dependency): served for the CDN URLs. */
const OFFICE_PAKKET = join(dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');

/** Headless Debian Chromium without sandbox and without its own network services (also the bench's). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Venster {
  context: BrowserContext;
  page: Page;
  verzoeken: string[];
  fouten: string[];
  sluit(): Promise<void>;
}

export interface Vensteropties {
  /**
   * 'geen': office.js fails to load (offline); 'excel': a local stub with an in-memory workbook;
   * 'echt': Microsoft's office.js and host scripts from the npm package, answered locally for the CDN URLs.
   */
  office: 'geen' | 'excel' | 'echt';
  breedte?: number;
  hoogte?: number;
}

/** Hosts a request may go to: this machine only, and Office's CDN folder (answered locally). */
export function isToegestaan(url: string): boolean {
  if (url.startsWith(OFFICE_CDN)) return true;
  if (url.startsWith('data:') || url.startsWith('about:') || url.startsWith('file:')) return true;
  const { hostname } = new URL(url);
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

/** How every pane test ends: nothing left the machine, office.js was asked for, no script error or CSP violation. */
export function controleerVenster(venster: Venster): void {
  expect(venster.verzoeken.filter((url) => !isToegestaan(url))).toEqual([]);
  expect(venster.verzoeken).toContain(OFFICE_JS);
  expect(venster.fouten).toEqual([]);
}

/** A file of Office's CDN folder from the npm package; 404 (answered here, never fetched) when it is not in it. */
function uitPakket(url: string): { status: number; contentType: string; body: string | Buffer } {
  const pad = decodeURIComponent(new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length));
  const bestand = normalize(join(OFFICE_PAKKET, pad));
  if (!bestand.startsWith(OFFICE_PAKKET + sep) || !existsSync(bestand) || !statSync(bestand).isFile())
    return { status: 404, contentType: 'text/plain', body: `niet in @microsoft/office-js: ${pad}` };
  const soort = bestand.endsWith('.js')
    ? 'text/javascript'
    : bestand.endsWith('.html')
      ? 'text/html'
      : bestand.endsWith('.css')
        ? 'text/css'
        : 'application/octet-stream';
  return { status: 200, contentType: soort, body: readFileSync(bestand) };
}

export async function openVenster(opties: Vensteropties): Promise<Venster> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium ontbreekt (${CHROMIUM}): installeer het Debian-pakket met "apt-get install -y chromium" (.ci/run doet dat), of zet CHROMIUM op het pad.`,
    );
  }
  const profiel = mkdtempSync(join(tmpdir(), 'wlz-chromium-'));
  const context = await chromium.launchPersistentContext(profiel, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: opties.breedte ?? 350, height: opties.hoogte ?? 900 },
    locale: 'nl-NL',
    serviceWorkers: 'block',
  });
  const verzoeken: string[] = [];
  const fouten: string[] = [];
  // Nothing may leave the machine: office.js is answered here (the stub) or refused (offline).
  // Recorded here rather than per page, so requests of workers and frames count too.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    verzoeken.push(url);
    if (opties.office === 'echt' && url.startsWith(OFFICE_CDN)) return route.fulfill(uitPakket(url));
    if (url === OFFICE_JS) {
      return opties.office === 'excel'
        ? route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(__dirname, 'office-stub.js'), 'utf8') })
        : route.abort('internetdisconnected');
    }
    if (url.startsWith(OFFICE_CDN)) return route.abort('blockedbyclient');
    return isToegestaan(url) ? route.continue() : route.abort('blockedbyclient');
  });
  // WebSockets pass route() by: record and close them too, so the guard does not lean on the CSP alone.
  await context.routeWebSocket(/.*/, (ws) => {
    verzoeken.push(ws.url());
    void ws.close();
  });
  // CSP violations as the page sees them, in addition to Chromium's console message.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP-schending: ${e.violatedDirective} ${e.blockedURI}${e.sourceFile ? ` in ${e.sourceFile}` : ''}`);
    });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => fouten.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const tekst = m.text();
    // The refused office.js of the offline case is the one expected failure: the page must carry on.
    if (opties.office === 'geen' && /net::ERR_INTERNET_DISCONNECTED/.test(tekst)) return;
    const bron = m.location().url;
    fouten.push(`console: ${tekst}${bron ? ` (bron: ${bron})` : ''}`);
  });
  return {
    context,
    page,
    verzoeken,
    fouten,
    sluit: async () => {
      await context.close();
      rmSync(profiel, { recursive: true, force: true });
    },
  };
}
