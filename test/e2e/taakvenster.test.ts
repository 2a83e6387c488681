import { mkdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { alleFuncties } from '../../core/functies';
import { OFFICE_JS, type Venster, controleerVenster, openVenster } from './browser';
import { DIST, serveerDist } from './server';

/**
 * The task pane in real headless Chromium (Debian's chromium, driven by playwright-core), served from
 * dist/ on 127.0.0.1: as a plain page with office.js failing to load (offline), and inside a stubbed
 * Excel (office-stub.js, an in-memory workbook). Each test also requires that no request left the
 * machine and that the page had no script error, console error or CSP violation. Screenshots of every
 * tab at 320, 350 and 1024 px go to test-artefacten/ (not in git).
 */

jest.setTimeout(120_000);

const ARTEFACTEN = join(__dirname, '..', '..', 'test-artefacten');
const TABS = [
  ['tarief', 'Tarief', 'Tariefpercentage'],
  ['flankerend', 'Flankerend beleid', 'Gewogen gemiddelde en voorstel'],
  ['controle', 'Controle', 'Productieafspraak controleren'],
  ['betaalschema', 'Betaalschema', 'Betaalschema'],
  ['vergelijken', 'Vergelijken', 'Zorgkantoren vergelijken'],
  ['termijnen', 'Termijnen', 'Termijnen van de inkoopprocedure'],
  ['functies', 'Functies', 'Alle WLZ-functies'],
] as const;

const server = serveerDist();

/** A Dutch CSV export (BOM, ";", decimal comma) with three seeded faults: J3 Bedrag mistyped, D4 negative volume, H4 95,8 as a number. */
const CSV_MET_FOUTEN = [
  '\ufeffPrestatiecode;Omschrijving;Soort;Volume;NZa zorg;NZa NHC;NZa NIC;Tariefpercentage;Tarief;Bedrag',
  'Z331;GGZ wonen, begeleiding;ZZP;120;150,00;12,34;3,21;95,8%;159,25;19.110,00',
  'Z332;"GGZ wonen; verzorging";ZZP;365;191,60;10,00;5,00;95,8%;198,55;72.407,75',
  'M201;Modulair pakket thuis;MPT;-10;62,35;0;0;95,8;59,73;-597,30',
  '',
].join('\r\n');
/** The same table without faults: 0,958 × 62,35 = 59,7313 → 59,73; 1.000,5 × 59,73 = 59.759,87 (rounded). */
const CSV_SCHOON = [
  'Prestatiecode;Omschrijving;Soort;Volume;NZa zorg;NZa NHC;NZa NIC;Tariefpercentage;Tarief;Bedrag',
  'Z331;GGZ wonen, begeleiding;ZZP;120;150,00;12,34;3,21;95,8%;159,25;19.110,00',
  'M201;Modulair pakket thuis;MPT;1.000,5;62,35;0;0;95,8%;59,73;59.759,87',
].join('\n');

beforeAll(() => mkdirSync(ARTEFACTEN, { recursive: true }));

/** Opens the pane, runs `test`, then checks requests and errors — also when `test` failed first. */
async function metVenster(
  office: 'geen' | 'excel',
  test: (v: Venster) => Promise<void>,
  opties: { breedte?: number; adres?: string; url?: string } = {},
): Promise<void> {
  const venster = await openVenster({ office, breedte: opties.breedte });
  try {
    await venster.page.goto(opties.url ?? `${server.adres}/taskpane.html${opties.adres ?? ''}`);
    await wachtOpTekst(venster.page, '#omgeving', office === 'excel' ? 'Verbonden met Excel' : 'Geopend buiten Excel');
    await test(venster);
    controleerVenster(venster);
  } finally {
    await venster.sluit();
  }
}

async function wachtOpTekst(page: Page, selector: string, tekst: string): Promise<void> {
  await page.waitForFunction(([s, t]) => (document.querySelector(s)?.textContent ?? '').includes(t), [selector, tekst] as const, {
    timeout: 10_000,
  });
}

async function tekstVan(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).first().innerText({ timeout: 5000 })).replace(/\s+/g, ' ').trim();
}

async function openTab(page: Page, naam: string): Promise<void> {
  await page.click(`#tab-${naam}`);
  await page.waitForSelector(`#paneel-${naam}:not([hidden])`);
}

/** Picks an option of a fluent-select the way a user does: open it, click the option. */
async function kies(page: Page, select: string, waarde: string): Promise<void> {
  await page.click(select);
  await page.click(`${select} fluent-option[value="${waarde}"]`);
  await page.waitForFunction(([s, w]) => (document.querySelector(s) as unknown as { value: string }).value === w, [
    select,
    waarde,
  ] as const);
}

async function typ(page: Page, veld: string, tekst: string): Promise<void> {
  const element = page.locator(veld);
  // Number fields are native inputs; a Fluent field's own <input> or <textarea> sits in its shadow root (CSS locators pierce it).
  const eigen = await element.evaluate((e) => e.tagName === 'INPUT');
  await (eigen ? element : element.locator('input, textarea')).fill(tekst, { timeout: 5000 });
}

/** Chooses an option of a kenmerken radio group ("-" is the group's default option, e.g. bestaand). */
async function kiesKenmerk(page: Page, paneel: string, groep: string, waarde: string): Promise<void> {
  await page.click(`${paneel} [data-groep="${groep}"] fluent-radio[value="${waarde}"]`);
}

/** A screenshot: the whole page, or only what the pane shows (the function reference is very long). */
async function foto(page: Page, naam: string, heel = !naam.includes('functies')): Promise<void> {
  await page.screenshot({ path: join(ARTEFACTEN, `${naam}.png`), fullPage: heel });
}

describe('the task pane as a plain web page (office.js does not load)', () => {
  it('loads without waiting on Office, renders every tab in Dutch, and switches off only the Excel buttons', () =>
    metVenster('geen', async ({ page }) => {
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      for (const [id, tab, kop] of TABS) {
        await openTab(page, id);
        expect(await tekstVan(page, `#tab-${id}`)).toBe(tab);
        expect(await tekstVan(page, `#paneel-${id} h2`)).toBe(kop);
        await foto(page, `buiten-excel-${id}`);
      }
      for (const knop of await page.locator('[data-excel]').all()) expect(await knop.getAttribute('disabled')).not.toBeNull();
      await openTab(page, 'tarief');
      expect(await page.locator('#paneel-tarief .alleen-excel').isVisible()).toBe(true);
      expect(await tekstVan(page, '#paneel-tarief .alleen-excel')).toMatch(/^Werkt alleen in Excel/);
    }));

  it('Tarief: Zilveren Kruis 2023 GGZ geïntegreerd is 96,8% with its source; NZa components give the tariff and the formula', () =>
    metVenster('geen', async ({ page }) => {
      await kies(page, '#tarief-zorgkantoor', 'Zilveren Kruis');
      await kies(page, '#tarief-jaar', '2023');
      await kies(page, '#tarief-sector', 'GGZ');
      // The kenmerken change the answer: nothing is chosen for the user, and no percentage is shown until both are chosen.
      expect(await page.locator('#tarief-kenmerken fluent-radio[aria-checked="true"]').count()).toBe(0);
      expect(await tekstVan(page, '#tarief-uitkomst')).toBe('Kies aanbieder en type GGZ-aanbieder: dat bepaalt het percentage.');
      await kiesKenmerk(page, '#tarief-kenmerken', 'type GGZ-aanbieder', 'geïntegreerd');
      expect(await page.locator('#tarief-percentage').count()).toBe(0);
      await kiesKenmerk(page, '#tarief-kenmerken', 'aanbieder', '-');
      await wachtOpTekst(page, '#tarief-percentage', '96,8%');
      expect(await tekstVan(page, '#tarief-uitkomst .bron')).toBe('Bron: ZK Aanvulling 2023, hoofdstuk 2');
      expect(await tekstVan(page, '#tarief-uitkomst .uitkomst-uitleg')).toBe(
        '96,8% = richttarief 95,8% + 1,0 procentpunt geïntegreerde zorgaanbieder (ZK Aanvulling 2023, hoofdstuk 2)',
      );

      // 0,968 × 191,60 = 185,4688; + 10 + 5 = 200,4688 → € 200,47.
      await typ(page, '#tarief-zorg', '191,60');
      await typ(page, '#tarief-nhc', '10');
      await typ(page, '#tarief-nic', '5');
      await wachtOpTekst(page, '#tarief-bedrag', '€ 200,47');
      expect(await tekstVan(page, '#tarief-formule')).toBe(
        '=WLZ.TARIEF(191,6;10;5;WLZ.TARIEFPERCENTAGE("Zilveren Kruis";2023;"GGZ";"geïntegreerd"))',
      );

      // "nieuw" moves with the type kept: 94,8 % (ZK Aanvulling 2023, hoofdstuk 2).
      await kiesKenmerk(page, '#tarief-kenmerken', 'aanbieder', 'nieuw');
      await wachtOpTekst(page, '#tarief-percentage', '94,8%');
      await foto(page, 'buiten-excel-tarief-ingevuld');
    }));

  it('Tarief: an unpublished percentage is a clear message, and the agreed percentage takes over', () =>
    metVenster('geen', async ({ page }) => {
      await kies(page, '#tarief-zorgkantoor', 'Zilveren Kruis');
      await kies(page, '#tarief-jaar', '2024');
      await kiesKenmerk(page, '#tarief-kenmerken', 'aanbieder', 'nieuw');
      await wachtOpTekst(page, '#tarief-uitkomst .melding-titel', 'Geen percentage in de bron (#N/B)');
      expect(await tekstVan(page, '#tarief-uitkomst')).toMatch(/vul het afgesproken percentage zelf in/);
      // 0,935 × 100 = 93,50.
      await typ(page, '#tarief-zorg', '100');
      await typ(page, '#tarief-eigen', '93,5');
      await wachtOpTekst(page, '#tarief-bedrag', '€ 93,50');
      expect(await tekstVan(page, '#tarief-formule')).toBe('=WLZ.TARIEF(100;0;0;0,935)');
    }));

  it('Tarief: changing the zorgkantoor moves jaar and sector to a combination that exists', () =>
    metVenster('geen', async ({ page }) => {
      await kies(page, '#tarief-zorgkantoor', 'DSW');
      expect(
        await page.evaluate(() => [
          (document.querySelector('#tarief-jaar') as unknown as { value: string }).value,
          (document.querySelector('#tarief-sector') as unknown as { value: string }).value,
        ]),
      ).toEqual(['2024', 'V&V']);
      // DSW starts from the provider's own 2023 percentage and the monitor's step: the field appears once both are chosen.
      await kiesKenmerk(page, '#tarief-kenmerken', 'monitor', 'monitor hoger');
      for (const groep of await page.locator('#tarief-kenmerken fluent-radio-group:not(:has(fluent-radio[aria-checked="true"]))').all())
        await groep.locator('fluent-radio[value="-"]').click();
      await page.waitForSelector('#tarief-vorig-blok:not([hidden])');
      await typ(page, '#tarief-vorig', '96');
      await wachtOpTekst(page, '#tarief-percentage', '97,0%');
      // 0,96 is the same 96 % (the field says what it read).
      await typ(page, '#tarief-vorig', '0,96');
      await wachtOpTekst(page, '#tarief-vorig-gelezen', 'gelezen als 96%');
      await wachtOpTekst(page, '#tarief-percentage', '97,0%');
    }));

  it('Tarief: 95,8, 95,8% and 0,958 are the same percentage, shown back; out of range is a message on the field and no tariff', () =>
    metVenster('geen', async ({ page }) => {
      await typ(page, '#tarief-zorg', '191,60');
      await typ(page, '#tarief-nhc', '10');
      await typ(page, '#tarief-nic', '5');
      // 0,958 × 191,60 + 10 + 5 = 198,5528 → € 198,55 (the README's example).
      for (const getypt of ['0,958', '95,8', '95,8%', '95.8', '0.958']) {
        await typ(page, '#tarief-eigen', getypt);
        await wachtOpTekst(page, '#tarief-bedrag', '€ 198,55');
        expect(await tekstVan(page, '#tarief-eigen-gelezen')).toBe('gelezen als 95,8%');
        expect(await tekstVan(page, '#tarief-formule')).toBe('=WLZ.TARIEF(191,6;10;5;0,958)');
      }
      expect(await page.locator('#tarief-eigen').getAttribute('aria-describedby')).toBe('tarief-eigen-gelezen');
      expect(await page.locator('#tarief-eigen').getAttribute('aria-invalid')).toBeNull();

      await typ(page, '#tarief-eigen', '195,8');
      await wachtOpTekst(page, '#tarief-eigen-gelezen', 'Eigen percentage moet boven 0% en hoogstens 100% liggen; gelezen: 195,8%');
      expect(await page.locator('#tarief-eigen').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#tarief-bedrag').count()).toBe(0);
      expect(await tekstVan(page, '#tarief-tarief')).toBe('Nog geen uitkomst: verbeter eerst het veld “Eigen percentage (%)”.');
      expect(await tekstVan(page, '#tarief-formule')).toBe('—');
      await foto(page, 'buiten-excel-tarief-fout-veld');

      // Money: Dutch and plain number text.
      await typ(page, '#tarief-eigen', '100%');
      for (const [getypt, bedrag] of [
        ['1.234,56', '€ 1.249,56'],
        ['1234,56', '€ 1.249,56'],
        ['1234.56', '€ 1.249,56'],
        ['€ 1.234,56', '€ 1.249,56'],
      ]) {
        await typ(page, '#tarief-zorg', getypt);
        await wachtOpTekst(page, '#tarief-bedrag', bedrag);
        expect(await tekstVan(page, '#tarief-zorg-gelezen')).toBe('gelezen als € 1.234,56');
      }
      await typ(page, '#tarief-zorg', '-5');
      await wachtOpTekst(page, '#tarief-zorg-gelezen', 'Zorg mag niet negatief zijn, niet -€ 5,00');
      expect(await page.locator('#tarief-zorg').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#tarief-bedrag').count()).toBe(0);
    }));

  it('Flankerend beleid from pasted rows: the source example 96,6% → 96,1%, with the share per percentage as a chart', () =>
    metVenster('geen', async ({ page }) => {
      await openTab(page, 'flankerend');
      await page.click('#flank-voorbeeld');
      await wachtOpTekst(page, '#flank-gewogen', '96,6%');
      expect(await tekstVan(page, '#flank-voorstel')).toBe('96,1%');
      // 60.000 and 40.000 of € 100.000; the NHC line does not count.
      expect(await page.locator('#flank-uitkomst .grafiek[role="img"] .staaf').count()).toBe(2);
      expect(await page.locator('#flank-uitkomst .grafiek > figcaption').textContent()).toBe(
        'Aandeel van het gedeclareerde bedrag per tariefpercentage',
      );
      expect(await page.locator('#flank-uitkomst table tbody tr').allTextContents()).toEqual([
        '97,0%60.000,0060,0%',
        '96,0%40.000,0040,0%',
      ]);
      await foto(page, 'buiten-excel-flankerend-ingevuld');

      // Typed rows, without a header, Dutch numbers; W = (0,99 × 500 + 0,95 × 1.500) / 2.000 = 96,0% ≤ doel 96 % → 96,0%.
      await typ(page, '#flank-plak', '99%\t500\n95%\t1.500,00');
      await typ(page, '#flank-doel', '96');
      await page.click('#flank-bereken');
      await wachtOpTekst(page, '#flank-gewogen', '96,0%');
      expect(await tekstVan(page, '#flank-voorstel')).toBe('96,0%');

      // The doel typed as a fraction is the same percentage (W = 96,6 % → max(95,8 %, 96,1 %) = 96,1 %), shown back.
      await page.click('#flank-voorbeeld');
      for (const getypt of ['0,958', '95,8%', '95,8']) {
        await typ(page, '#flank-doel', getypt);
        await wachtOpTekst(page, '#flank-doel-gelezen', 'gelezen als 95,8%');
        await wachtOpTekst(page, '#flank-voorstel', '96,1%');
      }
      // A negative daling is a message on the field, in Dutch notation, and no proposal.
      await typ(page, '#flank-daling', '-5');
      await wachtOpTekst(
        page,
        '#flank-daling-gelezen',
        'Max. daling moet tussen 0 procentpunt en 100 procentpunt liggen; gelezen: -5 procentpunt',
      );
      expect(await page.locator('#flank-voorstel').count()).toBe(0);
      expect(await page.locator('#flank-daling').getAttribute('aria-invalid')).toBe('true');
      await typ(page, '#flank-daling', '0,5');

      await typ(page, '#flank-plak', '96,6\t1000');
      await page.click('#flank-bereken');
      await wachtOpTekst(page, '#flank-uitkomst .melding-fout', 'typ 96,6% of 0,966');
    }));

  it('Betaalschema preview: 12 months, the payment waits until it exceeds the drempel', () =>
    metVenster('geen', async ({ page }) => {
      await openTab(page, 'betaalschema');
      // WLZ.BETAALSCHEMA(30000)'s example: months 1 and 2 stay under € 5.000; month 3 pays 7.500,00.
      await typ(page, '#schema-jaarbasis', '30.000');
      // 12 or 15 months changes the schedule: nothing is chosen for the user.
      await wachtOpTekst(page, '#schema-uitkomst', 'Kies 12 of 15 maanden voor het schema.');
      await page.click('#schema-maanden fluent-radio[value="12"]');
      await page.waitForSelector('#schema-tabel');
      const rijen = await page.locator('#schema-tabel tbody tr').allTextContents();
      expect(rijen).toHaveLength(12);
      expect(rijen.slice(0, 3)).toEqual(['jan2.500,000,000,00', 'feb5.000,000,000,00', 'mrt7.500,007.500,007.500,00']);
      await page.click('#schema-maanden fluent-radio[value="15"]');
      await page.waitForFunction(() => document.querySelectorAll('#schema-tabel tbody tr').length === 15);
      await foto(page, 'buiten-excel-betaalschema-ingevuld');
    }));

  it('Vergelijken: the seven zorgkantoren of 2024 V&V, each with source and confidence, as a table and a chart', () =>
    metVenster('geen', async ({ page }) => {
      await openTab(page, 'vergelijken');
      await wachtOpTekst(page, '#vergelijk-uitkomst', 'Kies bestaande of nieuwe zorgaanbieder');
      expect(await page.locator('#vergelijk-tabel').count()).toBe(0);
      await kiesKenmerk(page, '#vergelijk-kenmerken', 'aanbieder', '-');
      await page.waitForSelector('#vergelijk-tabel');
      const namen = await page.locator('#vergelijk-tabel tbody.zorgkantoor th').allTextContents();
      expect(namen).toEqual(['Zilveren Kruis', 'VGZ', 'Menzis', 'CZ', 'Salland', 'DSW', 'Zorg en Zekerheid']);
      expect(await page.locator('#vergelijk-uitkomst .grafiek .staaf').count()).toBe(7);
      // The axis: from 90 % (below every shown value) to 100 %, labelled.
      expect(await page.locator('#vergelijk-grafiek .as').innerText()).toMatch(/^90,0%\s+100,0%$/);
      expect(await tekstVan(page, '#vergelijk-grafiek .as-uitleg')).toBe('De as loopt van 90,0% tot 100%.');
      for (const toelichting of await page.locator('#vergelijk-tabel tr.toelichting').allTextContents())
        expect(toelichting).toMatch(/Bron: Thema's 2024–2026, rij Bekostiging en tarieven · zekerheid (hoog|middel)/);

      // "nieuw" is the same radio group as on the Tarief tab.
      await kiesKenmerk(page, '#vergelijk-kenmerken', 'aanbieder', 'nieuw');
      await wachtOpTekst(page, '#vergelijk-tabel', '91,0%');
      const percentages = await page.locator('#vergelijk-tabel tbody.zorgkantoor td.getal').allTextContents();
      expect(percentages).toEqual(['—', '—', '93,5%', '93,5%', '—', '91,0%', '—']);
      await foto(page, 'buiten-excel-vergelijken-nieuw');
    }));

  it('Functies: every function, searchable; the help link #functies/TARIEF opens its card, and hashchange too', () =>
    metVenster(
      'geen',
      async ({ page }) => {
        await page.waitForSelector('#functie-TARIEF.gekozen');
        expect(await page.locator('#tab-functies').getAttribute('aria-selected')).toBe('true');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('functie-TARIEF');
        expect(await tekstVan(page, '#functie-TARIEF .voorbeeld')).toBe('Voorbeeld =WLZ.TARIEF(191,60; 10; 5; 95,8%) → 198,55');
        expect(await tekstVan(page, '#functie-TARIEF .parameters')).toMatch(/percentage_nhc_nic optioneel/);
        expect(await page.locator('.functie').count()).toBe(alleFuncties.length);
        await foto(page, 'buiten-excel-functies-tarief');

        await page.evaluate(() => (location.hash = '#functies/BETAALSCHEMA'));
        await page.waitForSelector('#functie-BETAALSCHEMA.gekozen');
        const zichtbaar = await page.evaluate(() => {
          const r = document.querySelector('#functie-BETAALSCHEMA')!.getBoundingClientRect();
          return r.top >= 0 && r.top < window.innerHeight;
        });
        expect(zichtbaar).toBe(true);

        await typ(page, '#functies-zoek', 'betaal');
        await wachtOpTekst(page, '#functies-aantal', `van ${alleFuncties.length} functies`);
        // Name, description and parameters are searched: NIEUWEAANBIEDER and NACALCULATIE have "betaald" among their parameters.
        expect(await page.locator('.functie:not([hidden]) h3').allTextContents()).toEqual([
          'WLZ.BETAALMUTATIE',
          'WLZ.BETAALSCHEMA',
          'WLZ.NIEUWEAANBIEDER',
          'WLZ.BETAALMAAND',
          'WLZ.NACALCULATIE',
        ]);
        expect(await tekstVan(page, '#functies-aantal')).toBe(`5 van ${alleFuncties.length} functies`);
      },
      { adres: '#functies/TARIEF' },
    ));

  it('is usable with the keyboard: arrow keys move between tabs, Tab enters the panel', () =>
    metVenster('geen', async ({ page }) => {
      await page.focus('#tab-tarief');
      await page.keyboard.press('ArrowRight');
      expect(await page.locator('#tab-flankerend').getAttribute('aria-selected')).toBe('true');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-flankerend');
      await page.keyboard.press('End');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-functies');
      expect(await page.evaluate(() => location.hash)).toBe('#functies');
      await page.keyboard.press('Home');
      await page.keyboard.press('Tab');
      // Into the Tarief panel: the first control is the zorgkantoor picker.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('tarief-zorgkantoor');
    }));

  it('survives a malformed address (#%ff), on opening and on a later hashchange', () =>
    metVenster(
      'geen',
      async ({ page }) => {
        // decodeURIComponent throws on #%ff; the pane opens its first tab and works on.
        expect(await page.locator('#tab-tarief').getAttribute('aria-selected')).toBe('true');
        await page.evaluate(() => (location.hash = '#functies/%E0%A4%A'));
        await page.evaluate(() => (location.hash = '#functies'));
        await page.waitForSelector('#paneel-functies:not([hidden])');
        await openTab(page, 'tarief');
        await kies(page, '#tarief-zorgkantoor', 'Zilveren Kruis');
        await kies(page, '#tarief-jaar', '2023');
        await kies(page, '#tarief-sector', 'GGZ');
        await kiesKenmerk(page, '#tarief-kenmerken', 'type GGZ-aanbieder', 'geïntegreerd');
        await kiesKenmerk(page, '#tarief-kenmerken', 'aanbieder', '-');
        await wachtOpTekst(page, '#tarief-percentage', '96,8%');
      },
      { adres: '#%ff' },
    ));

  it('works opened straight from disk (dist/taskpane.html as a file), as a new user may open it', () =>
    metVenster(
      'geen',
      async ({ page }) => {
        await kiesKenmerk(page, '#vergelijk-kenmerken', 'aanbieder', '-');
        await page.waitForSelector('#vergelijk-tabel');
        expect(await page.locator('#vergelijk-tabel tbody.zorgkantoor').count()).toBe(7);
        await openTab(page, 'tarief');
        await kiesKenmerk(page, '#tarief-kenmerken', 'aanbieder', '-');
        await kiesKenmerk(page, '#tarief-kenmerken', 'type GGZ-aanbieder', 'geïntegreerd');
        await wachtOpTekst(page, '#tarief-percentage', '96,8%');
      },
      { url: `${pathToFileURL(join(DIST, 'taskpane.html')).href}#vergelijken` },
    ));

  it('builds a tab only when it is first shown', () =>
    metVenster('geen', async ({ page }) => {
      expect(await page.locator('#paneel-tarief section').count()).toBe(2);
      for (const [id] of TABS.slice(1))
        expect({ id, inhoud: await page.locator(`#paneel-${id}`).evaluate((e) => e.childElementCount) }).toEqual({ id, inhoud: 0 });
      await openTab(page, 'functies');
      expect(await page.locator('.functie').count()).toBe(alleFuncties.length);
      // Built once: back and forth keeps what the user did.
      await openTab(page, 'betaalschema');
      await typ(page, '#schema-jaarbasis', '12.000');
      await openTab(page, 'tarief');
      await openTab(page, 'betaalschema');
      expect(await page.locator('#schema-jaarbasis').inputValue()).toBe('12.000');
    }));

  it('Controle outside Excel: a chosen CSV with seeded faults is checked in the browser, findings with sheet and cell', () =>
    metVenster('geen', async ({ page, verzoeken }) => {
      await openTab(page, 'controle');
      expect(await page.locator('#controle-bestand-kiezen').isEnabled()).toBe(true);
      await page.setInputFiles('#controle-bestand-invoer', {
        name: 'productie.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(CSV_MET_FOUTEN, 'utf8'),
      });
      await page.waitForSelector('#controle-bevindingen .bevinding');
      expect(await tekstVan(page, '#controle-uitkomst .melding-titel')).toMatch(/^\d+ fouten$/);
      const cellen = await page
        .locator('#controle-bevindingen .bevinding')
        .evaluateAll((b) => b.map((x) => (x as HTMLElement).dataset.cel));
      // The seeded faults, each on its cell: the mistyped amount, the negative volume, 95,8 typed as a number.
      expect(cellen).toEqual(expect.arrayContaining(['productie!J3', 'productie!D4', 'productie!H4']));
      expect(await tekstVan(page, '#controle-bevindingen .bevinding[data-cel="productie!J3"]')).toMatch(
        /verwacht € 72\.470,75 · gevonden € 72\.407,75/,
      );
      expect(await tekstVan(page, '#controle-bevindingen .bevinding[data-cel="productie!H4"]')).toMatch(
        /95,8 lijkt een percentage als getal/,
      );
      expect(await page.locator('#controle-download').isVisible()).toBe(true);
      await foto(page, 'buiten-excel-controle-csv');
      // Only the page's own files were fetched: the check runs here.
      expect(verzoeken.filter((url) => !url.startsWith(server.adres) && url !== OFFICE_JS)).toEqual([]);

      // Dropped instead of chosen: a clean file gives no findings.
      await page.evaluate((csv) => {
        const overdracht = new DataTransfer();
        overdracht.items.add(new File([csv], 'schoon.csv', { type: 'text/csv' }));
        document
          .querySelector('#controle-bestand')!
          .dispatchEvent(new DragEvent('drop', { dataTransfer: overdracht, bubbles: true, cancelable: true }));
      }, CSV_SCHOON);
      await wachtOpTekst(page, '#controle-uitkomst', 'Geen bevindingen');
      expect(await page.locator('#controle-bevindingen .bevinding').count()).toBe(0);
    }));

  it('Controle outside Excel: samples/controle/fouten.xlsx gives in the browser exactly the findings of wlz controleer', () =>
    metVenster('geen', async ({ page, verzoeken }) => {
      const pad = join(__dirname, '..', '..', 'samples', 'controle', 'fouten.xlsx');
      const uitvoer = spawnSync(process.execPath, [join(__dirname, '..', '..', 'bin', 'wlz.js'), 'controleer', pad, '--json'], {
        encoding: 'utf8',
      });
      const cli = (
        JSON.parse(uitvoer.stdout) as {
          bestanden: Array<{ bevindingen: Array<{ blad: string | null; cel?: string; ernst: string; bericht: string }> }>;
        }
      ).bestanden[0].bevindingen;
      expect(cli.length).toBeGreaterThan(3);
      await openTab(page, 'controle');
      await page.setInputFiles('#controle-bestand-invoer', pad);
      await page.waitForSelector('#controle-bevindingen .bevinding');
      const pane = await page
        .locator('#controle-bevindingen .bevinding')
        .evaluateAll((b) =>
          b.map((x) => [
            (x as HTMLElement).dataset.cel ?? '',
            x.querySelector('.ernst')!.textContent,
            x.querySelector('.bevinding-bericht')!.textContent,
          ]),
        );
      // The CLI quotes a sheet name with a space in a reference ('Zonder bedrag'!B3); the pane shows it plain.
      const verwacht = cli.map((b) => [
        b.cel ? b.cel.replace(/^'(.*)'!/, '$1!').replace(/''/g, "'") : '',
        b.ernst,
        b.bericht.charAt(0).toUpperCase() + b.bericht.slice(1),
      ]);
      expect(pane).toEqual(verwacht);
      await foto(page, 'buiten-excel-controle-xlsx');

      // "Rapport downloaden": the findings workbook, made here (a blob), with the same findings.
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#controle-download')]);
      expect(download.suggestedFilename()).toBe('fouten-wlz-controle.xlsx');
      const rapport = new ExcelJS.Workbook();
      await rapport.xlsx.load(readFileSync((await download.path())!) as never);
      const regels = rapport.getWorksheet('Bevindingen')!.getSheetValues().slice(2) as unknown[][];
      expect(regels.map((r) => [r[4], r[5]])).toEqual(cli.map((b) => [b.ernst, b.bericht]));
      expect(rapport.getWorksheet('Bevindingen')!.getCell('C2').value).toEqual({
        formula: `HYPERLINK("[fouten.xlsx]${cli[0].cel}","${cli[0].cel}")`,
        result: cli[0].cel,
      });
      expect(verzoeken.filter((url) => !url.startsWith(server.adres) && url !== OFFICE_JS && !url.startsWith('blob:'))).toEqual([]);
    }));

  it.each([320, 350, 1024])("at %i px: no sideways scrolling, chart text at the pane's font size, a screenshot of every tab", (breedte) =>
    metVenster(
      'geen',
      async ({ page }) => {
        await kiesKenmerk(page, '#tarief-kenmerken', 'aanbieder', '-');
        await kiesKenmerk(page, '#tarief-kenmerken', 'type GGZ-aanbieder', 'geïntegreerd');
        await typ(page, '#tarief-zorg', '191,60');
        await typ(page, '#tarief-eigen', '0,958');
        await openTab(page, 'flankerend');
        await page.click('#flank-voorbeeld');
        await openTab(page, 'controle');
        await page.setInputFiles('#controle-bestand-invoer', {
          name: 'productie.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(CSV_MET_FOUTEN, 'utf8'),
        });
        await page.waitForSelector('#controle-bevindingen .bevinding');
        await openTab(page, 'betaalschema');
        await typ(page, '#schema-jaarbasis', '1.234.567,89');
        await page.click('#schema-maanden fluent-radio[value="15"]');
        await openTab(page, 'vergelijken');
        await kiesKenmerk(page, '#vergelijk-kenmerken', 'aanbieder', 'nieuw');
        await page.waitForSelector('#vergelijk-tabel');
        const grootte = (selector: string) =>
          page
            .locator(selector)
            .first()
            .evaluate((e) => getComputedStyle(e).fontSize);
        expect([await grootte('#vergelijk-grafiek .staaf-label'), await grootte('#vergelijk-grafiek .as-tekst')]).toEqual([
          await grootte('body'),
          await grootte('body'),
        ]);
        for (const [id] of TABS) {
          await openTab(page, id);
          const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
          expect({ id, scroll }).toEqual({ id, scroll: breedte });
          await foto(page, `breed-${breedte}-${id}`);
        }
        await openTab(page, 'flankerend');
        expect(await grootte('#flank-grafiek .staaf-label')).toBe(await grootte('body'));
      },
      { breedte },
    ),
  );
});

describe('the task pane inside Excel (stubbed office.js with an in-memory workbook)', () => {
  it('registers the functions and switches the Excel buttons on', () =>
    metVenster('excel', async ({ page }) => {
      expect(await page.evaluate(() => Object.keys((window as unknown as { __geregistreerd: object }).__geregistreerd).length)).toBe(
        alleFuncties.length,
      );
      expect(await page.locator('#paneel-tarief .alleen-excel').isVisible()).toBe(false);
      for (const [id] of TABS) {
        await openTab(page, id);
        await foto(page, `in-excel-${id}`);
      }
      // Tabs built after Excel answered switch their buttons on too.
      // (The others wait for a result to write: a formula once the kenmerken are chosen, a schedule, a check.)
      expect(await page.locator('[data-excel]:not([disabled])').evaluateAll((k) => k.map((x) => x.id))).toEqual([
        'flank-selectie',
        'controle-start',
      ]);
    }));

  it('Controle finds the mistyped amount in the table around the selection; clicking it selects the cell; the cells stay as they were', () =>
    metVenster('excel', async ({ page }) => {
      const voor = await page.evaluate(() =>
        JSON.stringify((window as unknown as { __cellen: (b: string) => object }).__cellen('Productie')),
      );
      await openTab(page, 'controle');
      await page.evaluate(() => (window as unknown as { __selecteer: (b: string, c: string) => void }).__selecteer('Productie', 'D5'));
      await page.click('#controle-start');
      await page.waitForSelector('#controle-bevindingen .bevinding');
      expect(await tekstVan(page, '#controle-uitkomst')).toMatch(/^1 fout Tabel Productie!B3:K8\./);
      const bevinding = page.locator('#controle-bevindingen .bevinding[data-cel="K5"]');
      expect(await bevinding.textContent()).toMatch(/fout.*K5.*Bedrag/);
      expect(await bevinding.textContent()).toMatch(/verwacht € 72\.470,75.*gevonden € 72\.407,75/);
      await foto(page, 'in-excel-controle-bevindingen');
      await bevinding.click();
      await page.waitForFunction(() =>
        (window as unknown as { __werkmap: { geselecteerd: string[] } }).__werkmap.geselecteerd.includes('Productie!K5'),
      );

      // The report: on its own sheet, replaced the second time, never on the user's sheet.
      await page.click('#controle-rapport');
      await wachtOpTekst(page, '#controle-uitkomst', 'Rapport op nieuw blad “WLZ-controle”');
      await page.click('#controle-rapport');
      await wachtOpTekst(page, '#controle-uitkomst', 'Rapport bijgewerkt op blad “WLZ-controle”');
      const rapport = await page.evaluate(() =>
        (window as unknown as { __cellen: (b: string) => Record<string, unknown> }).__cellen('WLZ-controle'),
      );
      expect(rapport.A1).toBe('WLZ-controle: rapport van het WLZ-taakvenster');
      expect(rapport.A8).toBe(`=HYPERLINK("#'Productie'!K5","K5")`);
      const bladen = await page.evaluate(() =>
        (window as unknown as { __werkmap: { bladen: Array<{ naam: string }> } }).__werkmap.bladen.map((b) => b.naam),
      );
      expect(bladen).toEqual(['Productie', 'WLZ-controle']);
      const na = await page.evaluate(() =>
        JSON.stringify((window as unknown as { __cellen: (b: string) => object }).__cellen('Productie')),
      );
      expect(na).toBe(voor);
    }));

  it('Controle never clears a user sheet called WLZ-controle', () =>
    metVenster('excel', async ({ page }) => {
      await page.evaluate(() =>
        (window as unknown as { __vul: (b: string, c: string, r: unknown[][]) => void }).__vul('WLZ-controle', 'A1', [
          ['Mijn aantekeningen'],
        ]),
      );
      await openTab(page, 'controle');
      await page.evaluate(() => (window as unknown as { __selecteer: (b: string, c: string) => void }).__selecteer('Productie', 'B3'));
      await page.click('#controle-start');
      await page.waitForSelector('#controle-bevindingen .bevinding');
      await page.click('#controle-rapport');
      await wachtOpTekst(page, '#controle-uitkomst', 'Rapport op nieuw blad “WLZ-controle (2)”');
      expect(await page.evaluate(() => (window as unknown as { __cellen: (b: string) => unknown }).__cellen('WLZ-controle'))).toEqual({
        A1: 'Mijn aantekeningen',
      });
    }));

  it('Tarief writes the live formula into the active cell, in the invariant form, and asks before overwriting', () =>
    metVenster('excel', async ({ page }) => {
      await page.evaluate(() => {
        const w = window as unknown as {
          __vul: (b: string, c: string, r: unknown[][]) => void;
          __selecteer: (b: string, c: string) => void;
        };
        w.__vul('Invoer', 'A1', [['bezet']]);
        w.__selecteer('Invoer', 'B2');
      });
      await kies(page, '#tarief-zorgkantoor', 'CZ');
      await kies(page, '#tarief-jaar', '2023');
      await kiesKenmerk(page, '#tarief-kenmerken', 'aanbieder', 'nieuw');
      await kiesKenmerk(page, '#tarief-kenmerken', 'prestatie', '-');
      await typ(page, '#tarief-zorg', '191,6');
      await typ(page, '#tarief-nhc', '10');
      await typ(page, '#tarief-nic', '5');
      await wachtOpTekst(page, '#tarief-formule', '=WLZ.TARIEF(191,6;10;5;WLZ.TARIEFPERCENTAGE("CZ";2023;"GGZ";"nieuw"))');
      await page.click('#tarief-invoegen');
      await wachtOpTekst(page, '#tarief-invoegen-uitkomst', 'Formule ingevoegd');
      const cellen = () =>
        page.evaluate(() => (window as unknown as { __cellen: (b: string) => Record<string, unknown> }).__cellen('Invoer'));
      expect((await cellen()).B2).toBe('=WLZ.TARIEF(191.6,10,5,WLZ.TARIEFPERCENTAGE("CZ",2023,"GGZ","nieuw"))');

      await page.evaluate(() => (window as unknown as { __selecteer: (b: string, c: string) => void }).__selecteer('Invoer', 'A1'));
      await page.click('#tarief-invoegen');
      await wachtOpTekst(page, '#tarief-invoegen-uitkomst', 'Cel A1 is niet leeg');
      await page.click('#tarief-invoegen-uitkomst fluent-button:has-text("Annuleren")');
      expect((await cellen()).A1).toBe('bezet');
    }));

  it('Flankerend beleid from the selection: a new sheet with live formulas on the user’s range, which stays unchanged', () =>
    metVenster('excel', async ({ page }) => {
      const declaraties = [
        ['Tariefpercentage', 'Bedrag', 'Onderdeel'],
        [0.97, 60000, 'zorg'],
        [0.96, 40000, 'zorg'],
        [1, 12500, 'NHC'],
      ];
      await page.evaluate((d) => {
        const w = window as unknown as {
          __vul: (b: string, c: string, r: unknown[][]) => void;
          __selecteer: (b: string, c: string) => void;
        };
        w.__vul('Declaraties 2022', 'A1', d);
        w.__selecteer('Declaraties 2022', 'A1:C4');
      }, declaraties);
      const cellen = (blad: string) =>
        page.evaluate((b) => (window as unknown as { __cellen: (b: string) => Record<string, unknown> }).__cellen(b), blad);
      const voor = await cellen('Declaraties 2022');
      await openTab(page, 'flankerend');
      await page.click('#flank-selectie');
      await wachtOpTekst(page, '#flank-gewogen', '96,6%');
      expect(await tekstVan(page, '#flank-voorstel')).toBe('96,1%');
      await page.click('#flank-naar-blad');
      await wachtOpTekst(page, '#flank-blad-uitkomst', 'Blad “Flankerend beleid” gemaakt');
      const blad = await cellen('Flankerend beleid');
      expect(blad.B5).toBe(
        "=WLZ.GEWOGENGEMIDDELDE('Declaraties 2022'!$A$2:$A$4,'Declaraties 2022'!$B$2:$B$4,'Declaraties 2022'!$C$2:$C$4)",
      );
      expect(blad.B8).toBe('=WLZ.FLANKEREND(B5,B6,B7)');
      expect([blad.B6, blad.B7]).toEqual([0.958, 0.005]);
      expect(await cellen('Declaraties 2022')).toEqual(voor);
      await foto(page, 'in-excel-flankerend-selectie');

      // Pasted rows have no range to refer to: they are copied onto the new sheet (as numbers) first.
      await page.click('#flank-voorbeeld');
      await wachtOpTekst(page, '#flank-voorstel', '96,1%');
      await page.click('#flank-naar-blad');
      await wachtOpTekst(page, '#flank-blad-uitkomst', 'Blad “Flankerend beleid (2)” gemaakt');
      const tweede = await cellen('Flankerend beleid (2)');
      expect(tweede.B5).toBe('=WLZ.GEWOGENGEMIDDELDE($F$5:$F$7,$G$5:$G$7,$H$5:$H$7)');
      expect([tweede.F5, tweede.G5, tweede.H5, tweede.F7, tweede.G7, tweede.H7]).toEqual([0.97, 60000, 'zorg', 1, 12500, 'NHC']);
    }));

  it('Betaalschema to a new sheet: the spilling =WLZ.BETAALSCHEMA formula and a column chart', () =>
    metVenster('excel', async ({ page }) => {
      await openTab(page, 'betaalschema');
      await typ(page, '#schema-jaarbasis', '1.200.000');
      await page.click('#schema-maanden fluent-radio[value="12"]');
      await page.waitForSelector('#schema-tabel');
      await page.click('#schema-naar-blad');
      await wachtOpTekst(page, '#schema-blad-uitkomst', 'Blad “Betaalschema” gemaakt');
      const blad = await page.evaluate(() =>
        (window as unknown as { __cellen: (b: string) => Record<string, unknown> }).__cellen('Betaalschema'),
      );
      expect(blad.A9).toBe('=WLZ.BETAALSCHEMA($B$4,$B$5,$B$6)');
      expect([blad.B4, blad.B5, blad.B6]).toEqual([1200000, 0, 5000]);
      const grafieken = await page.evaluate(
        () =>
          (window as unknown as { __werkmap: { bladen: Array<{ naam: string; grafieken: unknown[] }> } }).__werkmap.bladen.find(
            (b) => b.naam === 'Betaalschema',
          )!.grafieken,
      );
      expect(grafieken).toEqual([
        {
          type: 'ColumnClustered',
          bron: 'Betaalschema!C9:C21',
          reeksen: 'Columns',
          titel: 'Betaling per maand (mutatie)',
          x: 'Betaalschema!A10:A21',
          plaats: ['F3', 'M20'],
        },
      ]);
    }));
});
