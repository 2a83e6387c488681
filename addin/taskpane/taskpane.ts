import { bouwBetaalschema } from './betaalschema';
import { bouwControle } from './controle';
import { byId, el } from './dom';
import { bouwFlankerend } from './flankerend';
import { registreerFluent } from './fluent';
import { bouwFuncties, toonFunctie } from './functies';
import { zetInExcel } from './omgeving';
import { type Tabblad, bouwEenmaal } from './tabblad';
import { bouwTarief } from './tarief';
import { bouwVergelijken } from './vergelijken';
import { verbindMetExcel } from './werkmap';

/**
 * The task pane: tabs that work at once as a plain web page, and switch on their workbook buttons
 * when Office reports Excel. Addresses: #<tab id> and #functies/NAAM (the help links of the WLZ
 * functions). Each tab is built when it is first shown (tabblad.ts).
 */

/** The tab registry, in the order of the tab headers. */
const TABBLADEN: readonly Tabblad[] = [
  { id: 'tarief', titel: 'Tarief', bouw: bouwTarief },
  { id: 'flankerend', titel: 'Flankerend beleid', bouw: bouwFlankerend },
  { id: 'controle', titel: 'Controle', bouw: bouwControle },
  { id: 'betaalschema', titel: 'Betaalschema', bouw: bouwBetaalschema },
  { id: 'vergelijken', titel: 'Vergelijken', bouw: bouwVergelijken },
  { id: 'functies', titel: 'Functies', bouw: bouwFuncties },
];

/** How long the page waits for office.js to say where it runs before it carries on without Excel. */
const WACHTTIJD_OFFICE = 5000;

interface Tabbladen extends HTMLElement {
  activeid: string;
  activeindicator: boolean;
}

const tabVan = (id: string) => TABBLADEN.find((t) => t.id === id);

/** Shows a tab, building it first when it is shown for the first time. */
async function toon(tab: Tabblad): Promise<void> {
  await bouwEenmaal(tab);
  const tabbladen = byId<Tabbladen>('tabbladen');
  if (tabbladen.activeid !== `tab-${tab.id}`) tabbladen.activeid = `tab-${tab.id}`;
}

async function volgAdres(): Promise<void> {
  const [id, functie] = decodeURIComponent(location.hash.replace(/^#/, '')).split('/');
  const tab = tabVan(id);
  if (!tab) return;
  await toon(tab);
  // After the tab panel is shown, so the card can be scrolled to.
  if (id === 'functies' && functie) requestAnimationFrame(() => toonFunctie(functie));
}

function start(): void {
  const tabbladen = byId<Tabbladen>('tabbladen');
  const eerste = tabVan(location.hash.replace(/^#/, '').split('/')[0]) ?? TABBLADEN[0];
  tabbladen.setAttribute('activeid', `tab-${eerste.id}`);
  tabbladen.append(
    ...TABBLADEN.map((t) => el('fluent-tab', { id: `tab-${t.id}` }, t.titel)),
    ...TABBLADEN.map((t) => el('fluent-tab-panel', { id: `paneel-${t.id}` })),
  );
  registreerFluent();
  zetInExcel(false);
  // Six tabs wrap onto two lines in a narrow pane; the selected tab is underlined by the page's CSS
  // instead of Fluent's sliding indicator, which assumes one line.
  tabbladen.activeindicator = false;

  void volgAdres().then(() => bouwEenmaal(eerste));
  window.addEventListener('hashchange', () => void volgAdres());
  tabbladen.addEventListener('change', (event) => {
    // Changes inside the panels (selects, ticks) bubble up here too.
    if (event.target !== tabbladen) return;
    const id = tabbladen.activeid.replace(/^tab-/, '');
    const tab = tabVan(id);
    if (tab) void bouwEenmaal(tab);
    // The address follows the tab (without a hashchange), so a reload or a shared link opens it again.
    if (location.hash.replace(/^#/, '').split('/')[0] !== id) history.replaceState(null, '', `#${id}`);
  });

  const omgeving = byId('omgeving');
  const inExcel = () => {
    zetInExcel(true);
    omgeving.textContent = 'Verbonden met Excel.';
  };
  verbindMetExcel(WACHTTIJD_OFFICE, inExcel).then((excel) => {
    if (excel) inExcel();
    else omgeving.textContent = 'Geopend buiten Excel: knoppen voor de werkmap staan uit. De rest werkt gewoon.';
  });
}

start();
