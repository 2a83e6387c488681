import { OFFICE_CDN, OFFICE_JS, isToegestaan, openVenster } from './browser';
import { serveerDist } from './server';

/**
 * The task pane with Microsoft's real office.js: the files of the npm package @microsoft/office-js,
 * answered locally for their CDN URLs (nothing is fetched), under the pane's own CSP. Four modes:
 * no Office host, and the host scripts of Excel on the web, Windows and Mac, which office.js picks
 * from the `_host_Info` query parameter Office appends to the pane's URL (host$platform$version$locale;
 * office.debug.js, `_retrieveHostInfo`). Outside a real Office the host's handshake is missing, so the
 * pane carries on without Excel; every other script error or CSP violation fails the test.
 * The pane's own behaviour with a workbook is tested against the stub in taakvenster.test.ts.
 */

jest.setTimeout(120_000);

const server = serveerDist();

interface Modus {
  naam: string;
  hostInfo?: string;
  /** The files of Office's CDN folder this mode must load. */
  scripts: string[];
  /** The errors this mode must show, each with why; any other error fails. */
  verwacht: RegExp[];
}

/**
 * Outside Office, office.js frames its telemetry page (telemetryservice.firstpartyapps.oaspapps.com) and
 * sets an inline style on that frame; the CSP blocks both, as intended: no telemetry (see taskpane.html).
 */
const TELEMETRIE = [
  /^console: Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy directive/,
  /^console: CSP-schending: frame-src https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com(\s|$)/,
  /^console: Applying inline style violates the following Content Security Policy directive .* \(bron: https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/o15apptofilemappingtable\.js\)$/,
  /^console: CSP-schending: style-src-attr inline in https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/o15apptofilemappingtable\.js(\s|$)/,
];

const MODI: Modus[] = [
  { naam: 'no Office host', scripts: ['office.js', 'o15apptofilemappingtable.js'], verwacht: TELEMETRIE },
  {
    naam: 'Excel on the web',
    hostInfo: 'Excel$Web$16.00$nl-NL$$$$0',
    scripts: ['office.js', 'excel-web-16.00.js', 'nl-nl/office_strings.js'],
    // The missing handshake: in Excel on the web the hosting frame hands over a conversation id
    // (_xdm_Info in the URL or window.name); without it office.js throws this while initialising.
    verwacht: [/^pageerror: Sys\.ArgumentNullException: Value cannot be null\.\s+Parameter name: conversationId$/],
  },
  // On Windows and Mac the handshake is window.external; without it office.js only logs a warning.
  {
    naam: 'Excel on Windows',
    hostInfo: 'Excel$Win32$16.01$nl-NL$$$$0',
    scripts: ['office.js', 'excel-win32-16.01.js', 'nl-nl/office_strings.js'],
    verwacht: [],
  },
  {
    naam: 'Excel on Mac',
    hostInfo: 'Excel$Mac$16.00$nl-NL$$$$0',
    scripts: ['office.js', 'excel-mac-16.00.js', 'nl-nl/office_strings.js'],
    verwacht: [],
  },
];

async function wachtOp(klaar: () => boolean, ms: number): Promise<void> {
  const eind = Date.now() + ms;
  while (!klaar() && Date.now() < eind) await new Promise((r) => setTimeout(r, 100));
}

describe.each(MODI)("Microsoft's office.js from @microsoft/office-js: $naam", (modus) => {
  it('loads office.js and its host script under the CSP, with no other error; the pane carries on without Excel', async () => {
    const venster = await openVenster({ office: 'echt' });
    try {
      const { page } = venster;
      const zoek = modus.hostInfo ? `?_host_Info=${encodeURIComponent(modus.hostInfo)}` : '';
      await page.goto(`${server.adres}/taskpane.html${zoek}#functies/TARIEF`);
      // After the pane's wait for Office (5 s) it says it runs outside Excel.
      await page.waitForFunction(
        () => (document.querySelector('#omgeving')?.textContent ?? '').includes('Geopend buiten Excel'),
        undefined,
        { timeout: 15_000 },
      );
      // The page works: the help link opened the Functies tab on its card, the function table is there.
      await page.waitForSelector('#paneel-functies:not([hidden])');
      expect(await page.locator('#tab-functies').getAttribute('aria-selected')).toBe('true');
      expect(await page.locator('[role=tab]').count()).toBe(7);
      for (const knop of await page.locator('[data-excel]').all()) expect(await knop.getAttribute('disabled')).not.toBeNull();
      // office.js frames its telemetry page 3 s after it loads (ULSEndpointProxy, setTimeout 3000): wait
      // for the expected errors, so a mode passes only once they happened and were the only ones.
      await wachtOp(() => modus.verwacht.every((r) => venster.fouten.some((f) => r.test(f))), 15_000);
      await page.waitForLoadState('networkidle');

      const vanOffice = venster.verzoeken.filter((url) => url.startsWith(OFFICE_CDN)).map((url) => url.slice(OFFICE_CDN.length));
      expect(vanOffice.sort()).toEqual([...modus.scripts].sort());
      expect(venster.verzoeken).toContain(OFFICE_JS);
      expect(venster.verzoeken.filter((url) => !isToegestaan(url))).toEqual([]);
      const onverwacht = venster.fouten.filter((f) => !modus.verwacht.some((r) => r.test(f)));
      expect(onverwacht).toEqual([]);
      for (const r of modus.verwacht) expect(venster.fouten.filter((f) => r.test(f))).toHaveLength(1);
    } finally {
      await venster.sluit();
    }
  });
});
