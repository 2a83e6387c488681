import { mkdtempSync, readFile, rmSync } from 'node:fs';
import { type AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { type Uitslag, afgerond, mediaan } from './meet';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/e2e/browser';

/**
 * First render of the task pane as a ratio: dist/taskpane.html opened standalone (outside Office) vs a
 * script-free page with the same CSS and six plain tabs (the baseline: what the browser needs for the
 * page itself), both served by the same static server on 127.0.0.1 and measured alternately in the
 * same run, every run in a fresh browser profile (cold cache). The clock is the page's own:
 * performance.now() (ms since navigation start) in the first animation frame in which at least 6
 * elements with role=tab are visible and the shown tab panel has its heading: all tabs usable.
 * office.js is the one request the page makes beyond this machine; it cannot resolve here (the pane
 * must work without it), anything else is reported.
 */

const DIST = join(__dirname, '..', '..', '..', 'dist');
// docs/contract.md §9: the Debian chromium, headless without sandbox; nothing that phones home. Every host but
// 127.0.0.1 fails to resolve, inside the browser: office.js fails at once, as offline, and no request is
// held up by the harness (intercepting requests from node would add a round trip to each of them, more
// for the page with more files, and measure the harness instead of the page).
const ARGS = [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
const TABBLADEN = 6;
const RUNS = 5;
const DOEL_RATIO = 2;
const BASIS = '/basis-zes-tabbladen.html';

/** The baseline: the pane's CSS, its header and six tabs as plain elements, one panel with a heading; no script. */
const BASISPAGINA = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>WLZ rekenkern</title><link rel="stylesheet" href="taskpane.css"></head><body><header class="kop"><h1>WLZ rekenkern</h1><p class="omgeving">Geopend buiten Excel.</p></header><div role="tablist">${['Tarief', 'Flankerend beleid', 'Controle', 'Betaalschema', 'Vergelijken', 'Functies'].map((t, i) => `<button role="tab" aria-selected="${i === 0}">${t}</button>`).join('')}</div><section role="tabpanel"><h2>Tariefpercentage</h2><p class="hulp">Zorgkantoor, jaar en sector.</p></section></body></html>`;
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
    if (verzoek.url === BASIS) {
      antwoord.writeHead(200, { 'content-type': INHOUDSTYPEN['.html'] }).end(BASISPAGINA);
      return;
    }
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
 * first frame with at least `n` visible tabs and the heading of the shown panel visible (and how many
 * tabs there were, for the report).
 */
function wachtOpTabbladen(n: number): void {
  const venster = window as unknown as { __wlzKlaar?: number; __wlzTabs?: number };
  const zichtbaar = (e: Element) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
  const kijk = () => {
    const tabs = Array.from(document.querySelectorAll('[role=tab]'));
    venster.__wlzTabs = tabs.length;
    const kop = document.querySelector('[role=tabpanel]:not([hidden]) h2');
    if (tabs.length >= n && tabs.every(zichtbaar) && kop && zichtbaar(kop)) venster.__wlzKlaar = performance.now();
    else requestAnimationFrame(kijk);
  };
  requestAnimationFrame(kijk);
}

interface Run {
  ms?: number;
  tabs: number;
  geladenMs: number;
}

/** One cold open of `pad`: a fresh profile, the time until all tabs are usable. */
async function open(oorsprong: string, pad: string, naarBuiten: Set<string>): Promise<Run> {
  const profiel = mkdtempSync(join(tmpdir(), 'wlz-chromium-'));
  const context = await chromium.launchPersistentContext(profiel, { executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    // Observed, not intercepted: what the page asks beyond this machine is reported (and could not resolve).
    context.on('request', (verzoek) => {
      const url = new URL(verzoek.url());
      if (url.origin !== oorsprong && url.hostname !== 'appsforoffice.microsoft.com' && url.protocol !== 'data:') naarBuiten.add(url.href);
    });
    await context.addInitScript(wachtOpTabbladen, TABBLADEN);
    const pagina = context.pages()[0] ?? (await context.newPage());
    await pagina.goto(`${oorsprong}${pad}`, { waitUntil: 'load' });
    const ms = await pagina
      .waitForFunction(() => (window as unknown as { __wlzKlaar?: number }).__wlzKlaar, undefined, { timeout: WACHTTIJD_MS })
      .then((h) => h.jsonValue() as Promise<number>)
      .catch(() => undefined);
    const { tabs, geladenMs } = await pagina.evaluate(() => ({
      tabs: (window as unknown as { __wlzTabs?: number }).__wlzTabs ?? 0,
      geladenMs: performance.getEntriesByType('navigation')[0]?.duration ?? 0,
    }));
    return { ms, tabs, geladenMs };
  } finally {
    await context.close();
    rmSync(profiel, { recursive: true, force: true });
  }
}

export async function taakvensterEersteRender(): Promise<Uitslag> {
  const server = await dienDist();
  const naarBuiten = new Set<string>();
  const paneel: Run[] = [];
  const basis: Run[] = [];
  try {
    // One warm-up of each (disk cache, server, Chromium's own start), not counted; then alternately.
    await open(server.oorsprong, '/taskpane.html', naarBuiten);
    await open(server.oorsprong, BASIS, naarBuiten);
    for (let i = 0; i < RUNS; i++) {
      const volgorde: Array<[string, Run[]]> =
        i % 2
          ? [
              [BASIS, basis],
              ['/taskpane.html', paneel],
            ]
          : [
              ['/taskpane.html', paneel],
              [BASIS, basis],
            ];
      for (const [pad, runs] of volgorde) runs.push(await open(server.oorsprong, pad, naarBuiten));
      if ([...paneel, ...basis].some((r) => r.ms === undefined)) break;
    }
  } finally {
    await server.sluit();
  }
  const buiten = [...naarBuiten];
  const naam = 'taakvenster_eerste_render';
  const beschrijving = `dist/taskpane.html los geopend vs een pagina zonder script met dezelfde CSS en zes gewone tabbladen, beide in headless Chromium (${CHROMIUM}), vers profiel per run, alleen 127.0.0.1 bereikbaar (office.js faalt); tijd van navigatiestart tot ${TABBLADEN} tabbladen en de kop van het getoonde paneel zichtbaar`;
  const doel = `ratio ≤ ${DOEL_RATIO}`;
  const mislukt = [...paneel, ...basis].find((r) => r.ms === undefined);
  if (mislukt) {
    return {
      naam,
      basis: beschrijving,
      doel,
      gehaald: false,
      toelichting:
        `binnen ${WACHTTIJD_MS / 1000} s geen ${TABBLADEN} zichtbare tabbladen (role=tab) met paneelkop ` +
        `gevonden: ${mislukt.tabs}; de pagina laadde in ${afgerond(mislukt.geladenMs)} ms (load-event)` +
        (buiten.length ? `; verzoeken naar buiten: ${buiten.join(', ')}` : ''),
    };
  }
  const ms = afgerond(mediaan(paneel.map((r) => r.ms!)));
  const basis_ms = afgerond(mediaan(basis.map((r) => r.ms!)));
  const ratio = afgerond(ms / basis_ms);
  return {
    naam,
    basis: beschrijving,
    ms,
    basis_ms,
    ratio,
    doel,
    gehaald: ratio <= DOEL_RATIO && buiten.length === 0,
    toelichting:
      `medianen van ${RUNS} runs per pagina na één opwarmrun van elk, afwisselend; load-event na ${afgerond(mediaan(paneel.map((r) => r.geladenMs)))} ms (paneel) en ${afgerond(mediaan(basis.map((r) => r.geladenMs)))} ms (basis)` +
      (buiten.length
        ? `; VERZOEKEN NAAR BUITEN: ${buiten.join(', ')}`
        : '; geen verzoeken buiten 127.0.0.1 (behalve office.js, dat hier niet bereikbaar is)'),
  };
}
