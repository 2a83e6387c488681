import { mkdtempSync, readFile, rmSync } from 'node:fs';
import { type AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { type Uitslag, afgerond, mediaan } from './meet';

/**
 * First render of the task pane: dist/taskpane.html opened standalone (outside Office) in headless
 * Chromium from a static server on 127.0.0.1, every run in a fresh browser profile (cold cache). The
 * clock is the page's own: performance.now() (ms since navigation start) in the first animation frame
 * in which at least 6 elements with role=tab are all visible. office.js is the one request that may
 * leave the machine; it is aborted here (the pane must work without it), anything else fails the case.
 */

const DIST = join(__dirname, '..', '..', '..', 'dist');
const CHROMIUM = '/usr/bin/chromium';
// SPEC §9: the Debian chromium, headless without sandbox; nothing that phones home.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TABBLADEN = 6;
const RUNS = 5;
const WACHTTIJD_MS = 15_000;

const INHOUDSTYPEN: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

/** dist/ over plain HTTP on 127.0.0.1 (a free port). */
async function dienDist(): Promise<{ oorsprong: string; sluit: () => Promise<void> }> {
  const server = createServer((verzoek, antwoord) => {
    const pad = normalize(join(DIST, decodeURIComponent(new URL(verzoek.url ?? '/', 'http://x').pathname)));
    if (!pad.startsWith(DIST + sep)) {
      antwoord.writeHead(403).end();
      return;
    }
    readFile(pad, (fout, inhoud) => {
      if (fout) antwoord.writeHead(404).end();
      else antwoord.writeHead(200, { 'content-type': INHOUDSTYPEN[extname(pad)] ?? 'application/octet-stream' }).end(inhoud);
    });
  });
  await new Promise<void>((klaar) => server.listen(0, '127.0.0.1', klaar));
  const { port } = server.address() as AddressInfo;
  return { oorsprong: `http://127.0.0.1:${port}`, sluit: () => new Promise((klaar) => server.close(() => klaar())) };
}

/**
 * Runs in the page before its own scripts: checks every animation frame and keeps the time of the
 * first frame with at least `n` visible tabs (and how many tabs there were, for the report).
 */
function wachtOpTabbladen(n: number): void {
  const venster = window as unknown as { __wlzKlaar?: number; __wlzTabs?: number };
  const zichtbaar = (e: Element) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
  const kijk = () => {
    const tabs = Array.from(document.querySelectorAll('[role=tab]'));
    venster.__wlzTabs = tabs.length;
    if (tabs.length >= n && tabs.every(zichtbaar)) venster.__wlzKlaar = performance.now();
    else requestAnimationFrame(kijk);
  };
  requestAnimationFrame(kijk);
}

interface Run {
  ms?: number;
  tabs: number;
  geladenMs: number;
}

export async function taakvensterEersteRender(): Promise<Uitslag> {
  const server = await dienDist();
  const naarBuiten = new Set<string>();
  const runs: Run[] = [];
  try {
    for (let i = 0; i < 1 + RUNS; i++) {
      const profiel = mkdtempSync(join(tmpdir(), 'wlz-chromium-'));
      const context = await chromium.launchPersistentContext(profiel, { executablePath: CHROMIUM, headless: true, args: ARGS });
      try {
        await context.route('**/*', (route) => {
          const url = new URL(route.request().url());
          if (url.origin === server.oorsprong) return route.continue();
          if (url.hostname !== 'appsforoffice.microsoft.com') naarBuiten.add(url.href);
          return route.abort();
        });
        await context.addInitScript(wachtOpTabbladen, TABBLADEN);
        const pagina = context.pages()[0] ?? (await context.newPage());
        await pagina.goto(`${server.oorsprong}/taskpane.html`, { waitUntil: 'load' });
        const klaar = await pagina
          .waitForFunction(() => (window as unknown as { __wlzKlaar?: number }).__wlzKlaar, undefined, { timeout: WACHTTIJD_MS })
          .then((h) => h.jsonValue() as Promise<number>)
          .catch(() => undefined);
        const { tabs, geladenMs } = await pagina.evaluate(() => ({
          tabs: (window as unknown as { __wlzTabs?: number }).__wlzTabs ?? 0,
          geladenMs: performance.getEntriesByType('navigation')[0]?.duration ?? 0,
        }));
        // The first run warms the disk cache and the server; it is not counted, unless the tabs never came.
        if (i > 0 || klaar === undefined) runs.push({ ms: klaar, tabs, geladenMs });
        if (klaar === undefined) break;
      } finally {
        await context.close();
        rmSync(profiel, { recursive: true, force: true });
      }
    }
  } finally {
    await server.sluit();
  }
  const buiten = [...naarBuiten];
  const gemeten = runs.filter((r): r is Run & { ms: number } => r.ms !== undefined);
  const geladen = afgerond(mediaan(runs.map((r) => r.geladenMs)));
  if (gemeten.length < runs.length) {
    return {
      naam: 'taakvenster_eerste_render',
      basis: `dist/taskpane.html los geopend in headless Chromium (${CHROMIUM}), vers profiel per run, office.js afgebroken`,
      doel: `ms ≤ 800 tot ${TABBLADEN} tabbladen zichtbaar zijn`,
      gehaald: false,
      toelichting:
        `binnen ${WACHTTIJD_MS / 1000} s geen ${TABBLADEN} zichtbare tabbladen (role=tab) ` +
        `gevonden: ${Math.max(...runs.map((r) => r.tabs))}; de pagina laadde in ${geladen} ms (mediaan, load-event)` +
        (buiten.length ? `; verzoeken naar buiten: ${buiten.join(', ')}` : ''),
    };
  }
  const ms = afgerond(mediaan(gemeten.map((r) => r.ms)));
  return {
    naam: 'taakvenster_eerste_render',
    basis: `dist/taskpane.html los geopend in headless Chromium (${CHROMIUM}), vers profiel per run, office.js afgebroken; tijd van navigatiestart tot ${TABBLADEN} tabbladen zichtbaar`,
    ms,
    doel: 'ms ≤ 800',
    gehaald: ms <= 800 && buiten.length === 0,
    toelichting: `mediaan van ${RUNS} runs na één opwarmrun; load-event na ${geladen} ms` + (buiten.length ? `; VERZOEKEN NAAR BUITEN: ${buiten.join(', ')}` : '; geen verzoeken buiten 127.0.0.1 (behalve het afgebroken office.js)'),
  };
}
