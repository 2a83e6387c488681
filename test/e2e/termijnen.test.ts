import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { controleerVenster, openVenster } from './browser';
import { serveerDist } from './server';

/**
 * The Termijnen tab in headless Chromium, as a plain page: the timetable of the chosen zorgkantoor and
 * year, the next deadline marked against a fixed "today", and the .ics download made in the browser.
 */
jest.setTimeout(120_000);

const server = serveerDist();
async function metTermijnen(vandaag: Date | undefined, test: (page: Page) => Promise<void>): Promise<void> {
  const venster = await openVenster({ office: 'geen' });
  try {
    if (vandaag) await venster.page.clock.setFixedTime(vandaag);
    await venster.page.goto(`${server.adres}/taskpane.html#termijnen`);
    await venster.page.waitForSelector('#paneel-termijnen:not([hidden]) #termijnen-tabel');
    await test(venster.page);
    controleerVenster(venster);
  } finally {
    await venster.sluit();
  }
}

async function kies(page: Page, select: string, waarde: string): Promise<void> {
  await page.click(select);
  await page.click(`${select} fluent-option[value="${waarde}"]`);
  await page.waitForFunction(([s, w]) => (document.querySelector(s) as unknown as { value: string }).value === w, [
    select,
    waarde,
  ] as const);
}

const stappen = (page: Page) =>
  page.locator('#termijnen-tabel tbody tr[data-stap]').evaluateAll((rijen) => rijen.map((r) => [r.getAttribute('data-stap'), r.className]));

describe('the Termijnen tab', () => {
  it('shows a timetable, marks the next deadline from today and says the source contradicts itself', () =>
    metTermijnen(new Date(2022, 9, 1, 12), async (page) => {
      expect(await page.locator('#paneel-termijnen h2').innerText()).toBe('Termijnen van de inkoopprocedure');
      // CZ 2023 first: on 1-10-2022 the next deadline is step 8 (7-10-2022).
      const cz = await stappen(page);
      expect(cz).toHaveLength(12);
      expect(cz.filter(([, klasse]) => klasse === 'volgende')).toEqual([['8', 'volgende']]);
      expect(cz.slice(0, 7).every(([, klasse]) => klasse === 'voorbij')).toBe(true);
      expect(await page.locator('#termijnen-uitkomst .melding').first().innerText()).toContain('Eerstvolgende termijn: 7-10-2022');
      expect(await page.locator('#termijnen-tabel tr.opmerking').count()).toBe(2);
      await kies(page, '#termijnen-zorgkantoor', 'Zilveren Kruis');
      await kies(page, '#termijnen-jaar', '2023');
      const zk = await stappen(page);
      expect(zk.map(([stap]) => stap)).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
      expect(zk.find(([, klasse]) => klasse === 'volgende')).toEqual(['10', 'volgende']);
    }));

  it('after the last step says there is none left, and downloads the steps as iCalendar', () =>
    metTermijnen(undefined, async (page) => {
      await kies(page, '#termijnen-zorgkantoor', 'Zilveren Kruis');
      await kies(page, '#termijnen-jaar', '2017');
      expect(await page.locator('#termijnen-uitkomst .melding').first().innerText()).toContain('Geen termijn meer na vandaag');
      const [bestand] = await Promise.all([page.waitForEvent('download'), page.click('#termijnen-ics')]);
      expect(bestand.suggestedFilename()).toBe('termijnen-zilveren-kruis-2017.ics');
      const ics = readFileSync((await bestand.path())!, 'utf8');
      expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
      expect(ics.match(/\r\nBEGIN:VEVENT\r\n/g)).toHaveLength(6);
      expect(ics).toContain('\r\nUID:zilveren-kruis-2017-stap-8@wlz-rekenkern\r\n');
      expect(await page.locator('#termijnen-ics-uitkomst').innerText()).toContain(
        'Niet in het bestand (de bron noemt geen dag): stap 1, stap 6.',
      );
    }));
});
