import { startBetaalschema } from './betaalschema';
import { startControle } from './controle';
import { byId } from './dom';
import { startFlankerend } from './flankerend';
import { registreerFluent } from './fluent';
import { startFuncties, toonFunctie } from './functies';
import { zetInExcel } from './omgeving';
import { startTarief } from './tarief';
import { bouwTermijnen } from './termijnen';
import { startVergelijken } from './vergelijken';
import { laadWerkmapbeleid } from './beleidstabel';
import { verbindMetExcel } from './werkmap';

/**
 * The task pane: six tabs that work at once as a plain web page, and switch on their workbook
 * buttons when Office reports Excel. Addresses: #tarief, #flankerend, #controle, #betaalschema,
 * #vergelijken, #functies and #functies/NAAM (the help links of the WLZ functions).
 */

const TABS = ['tarief', 'flankerend', 'controle', 'betaalschema', 'vergelijken', 'termijnen', 'functies'];

/** How long the page waits for office.js to say where it runs before it carries on without Excel. */
const WACHTTIJD_OFFICE = 5000;

interface Tabbladen extends HTMLElement {
  activeid: string;
  activeindicator: boolean;
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

function volgAdres(): void {
  const [tab, functie] = leesAdres().split('/');
  if (!TABS.includes(tab)) return;
  byId<Tabbladen>('tabbladen').activeid = `tab-${tab}`;
  // After the tab panel is shown, so the card can be scrolled to.
  if (tab === 'functies' && functie) requestAnimationFrame(() => toonFunctie(functie));
}

function start(): void {
  registreerFluent();
  zetInExcel(false);
  const tabbladen = byId<Tabbladen>('tabbladen');
  // Six tabs wrap onto two lines in a narrow pane; the selected tab is underlined by the page's CSS
  // instead of Fluent's sliding indicator, which assumes one line.
  tabbladen.activeindicator = false;
  startTarief();
  startFlankerend();
  startControle();
  startBetaalschema();
  startVergelijken();
  bouwTermijnen(byId('paneel-termijnen'));
  startFuncties();

  volgAdres();
  window.addEventListener('hashchange', volgAdres);
  tabbladen.addEventListener('change', (event) => {
    // Changes inside the panels (selects, ticks) bubble up here too.
    if (event.target !== tabbladen) return;
    const tab = tabbladen.activeid.replace(/^tab-/, '');
    // The address follows the tab (without a hashchange), so a reload or a shared link opens it again.
    if (location.hash.replace(/^#/, '').split('/')[0] !== tab) history.replaceState(null, '', `#${tab}`);
  });

  const omgeving = byId('omgeving');
  const inExcel = () => {
    zetInExcel(true);
    omgeving.textContent = 'Verbonden met Excel.';
    // A WLZ_beleid table in the workbook: its contexts in Tarief and Vergelijken (SPEC §3 decision 15).
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
