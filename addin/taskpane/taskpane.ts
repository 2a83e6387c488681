import { bouwBetaalschema } from './betaalschema';
import { bouwControle } from './controle';
import { byId, el } from './dom';
import { bouwFlankerend } from './flankerend';
import { bouwFuncties, toonFunctie } from './functies';
import { zetInExcel } from './omgeving';
import { laadWerkmapbeleid } from './beleidstabel';
import { type Tabblad, bouwEenmaal } from './tabblad';
import { bouwTarief } from './tarief';
import { bouwTermijnen } from './termijnen';
import { bouwVergelijken } from './vergelijken';
import { verbindMetExcel } from './werkmap';

/**
 * The task pane: tabs that work at once as a plain web page, and switch on their workbook buttons
 * when Office reports Excel. Addresses: #<tab id> and #functies/NAAM (the help links of the WLZ
 * functions). Each tab is built when it is first shown (tabblad.ts). The tab strip is plain HTML
 * (WAI-ARIA tabs pattern); Fluent UI, whose start-up (design tokens) is the page's largest cost, is
 * its own chunk, loaded and registered right after the first paint, so the tabs are usable without
 * waiting for it.
 */

/** The tab registry, in the order of the tab buttons. */
const TABBLADEN: readonly Tabblad[] = [
  { id: 'tarief', titel: 'Tarief', bouw: bouwTarief },
  { id: 'flankerend', titel: 'Flankerend beleid', bouw: bouwFlankerend },
  { id: 'controle', titel: 'Controle', bouw: bouwControle },
  { id: 'betaalschema', titel: 'Betaalschema', bouw: bouwBetaalschema },
  { id: 'vergelijken', titel: 'Vergelijken', bouw: bouwVergelijken },
  { id: 'termijnen', titel: 'Termijnen', bouw: bouwTermijnen },
  { id: 'functies', titel: 'Functies', bouw: bouwFuncties },
];

/** How long the page waits for office.js to say where it runs before it carries on without Excel. */
const WACHTTIJD_OFFICE = 5000;

const tabVan = (id: string) => TABBLADEN.find((t) => t.id === id);

/** Shows a tab (building it the first time); the address follows, so a reload or a shared link opens it again. */
async function toon(tab: Tabblad, { focus = false } = {}): Promise<void> {
  await bouwEenmaal(tab);
  for (const t of TABBLADEN) {
    const knop = byId(`tab-${t.id}`);
    const gekozen = t === tab;
    knop.setAttribute('aria-selected', String(gekozen));
    knop.tabIndex = gekozen ? 0 : -1;
    byId(`paneel-${t.id}`).hidden = !gekozen;
  }
  if (focus) byId(`tab-${tab.id}`).focus();
  if (location.hash.replace(/^#/, '').split('/')[0] !== tab.id) history.replaceState(null, '', `#${tab.id}`);
}

/** The hash decoded; a malformed one (`#%ff`) as typed, so it opens no tab rather than stopping the page. */
function leesAdres(): string {
  const hash = location.hash.replace(/^#/, '');
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}

async function volgAdres(): Promise<void> {
  const [id, functie] = leesAdres().split('/');
  const tab = tabVan(id);
  if (!tab) return;
  await toon(tab);
  // After the tab panel is shown, so the card can be scrolled to.
  if (id === 'functies' && functie) requestAnimationFrame(() => toonFunctie(functie));
}

/** Arrow keys, Home and End move between the tabs and select them (WAI-ARIA tabs, automatic activation). */
function bijToets(event: KeyboardEvent): void {
  const nu = TABBLADEN.findIndex((t) => `tab-${t.id}` === (event.target as HTMLElement).id);
  if (nu < 0) return;
  const n = TABBLADEN.length;
  const naar = { ArrowRight: (nu + 1) % n, ArrowLeft: (nu - 1 + n) % n, Home: 0, End: n - 1 }[event.key];
  if (naar === undefined) return;
  event.preventDefault();
  void toon(TABBLADEN[naar], { focus: true });
}

function start(): void {
  const tabbladen = byId('tabbladen');
  tabbladen.append(
    ...TABBLADEN.map((t) => {
      const knop = el(
        'button',
        { type: 'button', role: 'tab', id: `tab-${t.id}`, 'aria-controls': `paneel-${t.id}`, 'aria-selected': 'false', tabindex: -1 },
        t.titel,
      );
      knop.addEventListener('click', () => void toon(t));
      return knop;
    }),
  );
  tabbladen.addEventListener('keydown', bijToets);
  byId('panelen').append(
    ...TABBLADEN.map((t) => el('div', { role: 'tabpanel', id: `paneel-${t.id}`, 'aria-labelledby': `tab-${t.id}`, hidden: true })),
  );
  zetInExcel(false);
  const eerste = tabVan(leesAdres().split('/')[0]) ?? TABBLADEN[0];
  void toon(eerste).then(volgAdres);
  window.addEventListener('hashchange', () => void volgAdres());
  // Loaded and registered after the first paint: the tabs show first, the components upgrade in place a moment later.
  requestAnimationFrame(() => setTimeout(() => void import(/* webpackChunkName: "fluent" */ './fluent').then((f) => f.registreerFluent())));

  const omgeving = byId('omgeving');
  const inExcel = () => {
    zetInExcel(true);
    omgeving.textContent = 'Verbonden met Excel.';
    // A WLZ_beleid table in the workbook: its contexts in Tarief and Vergelijken (docs/contract.md §3 decision 15).
    void laadWerkmapbeleid().then((melding) => {
      if (melding) omgeving.textContent = `Verbonden met Excel. Tabel WLZ_beleid niet gebruikt: ${melding}`;
    });
  };
  verbindMetExcel(WACHTTIJD_OFFICE, inExcel).then((excel) => {
    if (excel) inExcel();
    else omgeving.textContent = 'Geopend buiten Excel: knoppen voor de werkmap staan uit. De rest werkt gewoon.';
  });
}

start();
