import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type Page, chromium } from 'playwright-core';

/**
 * Real headless Chromium (Debian's `chromium`, never a downloaded build) for the task pane tests,
 * with a fresh profile, no network services of its own, and a record of every request, script error,
 * console error and Content-Security-Policy violation of the page.
 */

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Venster {
  context: BrowserContext;
  page: Page;
  verzoeken: string[];
  fouten: string[];
  sluit(): Promise<void>;
}

export interface Vensteropties {
  /** 'geen': office.js fails to load (offline); 'excel': a local stub with an in-memory workbook. */
  office: 'geen' | 'excel';
  breedte?: number;
  hoogte?: number;
}

/** Hosts a request may go to: this machine only, and the office.js address (answered locally). */
export function isToegestaan(url: string): boolean {
  if (url === OFFICE_JS) return true;
  if (url.startsWith('data:') || url.startsWith('about:') || url.startsWith('file:')) return true;
  const { hostname } = new URL(url);
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

export async function openVenster(opties: Vensteropties): Promise<Venster> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium ontbreekt (${CHROMIUM}): installeer het Debian-pakket met "apt-get install -y chromium" (.ci/run doet dat), of zet CHROMIUM op het pad.`);
  }
  const profiel = mkdtempSync(join(tmpdir(), 'wlz-chromium-'));
  const context = await chromium.launchPersistentContext(profiel, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
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
    if (url === OFFICE_JS) {
      return opties.office === 'excel'
        ? route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(__dirname, 'office-stub.js'), 'utf8') })
        : route.abort('internetdisconnected');
    }
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
      console.error(`CSP-schending: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => fouten.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const tekst = m.text();
    // The refused office.js of the offline case is the one expected failure: the page must carry on.
    if (opties.office === 'geen' && /net::ERR_INTERNET_DISCONNECTED/.test(tekst)) return;
    fouten.push(`console: ${tekst}`);
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
