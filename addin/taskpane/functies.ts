import { type WlzFunctie, alleFuncties } from '../../core/functies';
import { normaliseer } from '../../core/invoer';
import { byId, el, vervang, zetWaarde } from './dom';
import { vulUitSjabloon } from './tabblad';

/**
 * The Functies tab: every WLZ function from the function table (the same table Excel's metadata is
 * generated from), with its Dutch description, parameters and a worked example. The metadata's help
 * links point here: taskpane.html#functies/NAAM opens this tab on that function.
 */

const RESULTAAT: Record<WlzFunctie['resultaat'], string> = {
  getal: 'een getal',
  tekst: 'een tekst',
  waarheid: 'WAAR of ONWAAR',
  datum: 'een datum',
  tabel: 'een tabel die overloopt naar de cellen eronder en rechts ervan',
};

function kaart(f: WlzFunctie): HTMLElement {
  return el(
    'article',
    { class: 'functie', id: `functie-${f.naam}`, tabindex: -1, 'aria-labelledby': `functie-${f.naam}-kop` },
    el('h3', { id: `functie-${f.naam}-kop` }, `WLZ.${f.naam}`),
    el('p', {}, f.beschrijving),
    el(
      'dl',
      { class: 'parameters' },
      ...f.parameters.flatMap((p) => [
        el(
          'dt',
          {},
          el('code', {}, p.naam),
          p.optioneel ? ' ' : null,
          p.optioneel ? el('span', { class: 'label-optioneel' }, 'optioneel') : null,
          p.bereik ? ' ' : null,
          p.bereik ? el('span', { class: 'label-bereik' }, 'bereik') : null,
        ),
        el('dd', {}, p.beschrijving),
      ]),
    ),
    el('p', { class: 'resultaat' }, `Geeft ${RESULTAAT[f.resultaat]}.`),
    el(
      'p',
      { class: 'voorbeeld' },
      el('span', { class: 'formule-label' }, 'Voorbeeld'),
      ' ',
      el('code', {}, f.voorbeeld.formule),
      el('span', { class: 'pijl', 'aria-label': 'geeft' }, ' → '),
      el('span', { class: 'uitkomst-voorbeeld' }, f.voorbeeld.uitkomst),
    ),
  );
}

/** Search text per function: name, description and parameters, without case or accents. */
let zoektekst: Map<string, string>;

export function bouwFuncties(paneel: HTMLElement): void {
  vulUitSjabloon(paneel, 'functies');
  zoektekst = new Map(
    alleFuncties.map((f) => [
      f.naam,
      normaliseer([f.naam, f.beschrijving, ...f.parameters.flatMap((p) => [p.naam, p.beschrijving])].join(' ')),
    ]),
  );
  vervang(byId('functies-lijst'), ...alleFuncties.map(kaart));
  byId('functies-zoek').addEventListener('input', filter);
  filter();
}

function filter(): void {
  const woorden = normaliseer(String((byId('functies-zoek') as unknown as { value?: string }).value ?? ''))
    .replace(/^wlz\./, '')
    .split(' ')
    .filter(Boolean);
  let zichtbaar = 0;
  for (const f of alleFuncties) {
    const past = woorden.every((w) => zoektekst.get(f.naam)!.includes(w));
    byId(`functie-${f.naam}`).hidden = !past;
    if (past) zichtbaar += 1;
  }
  byId('functies-aantal').textContent = woorden.length
    ? `${zichtbaar} van ${alleFuncties.length} functies`
    : `${alleFuncties.length} functies`;
}

/** Opens one function: the search is cleared, the card scrolled into view, marked and focused. */
export function toonFunctie(naam: string): boolean {
  const kaartje = document.getElementById(`functie-${naam.toUpperCase().replace(/^WLZ\./, '')}`);
  if (!kaartje) return false;
  zetWaarde('functies-zoek', '');
  filter();
  document.querySelectorAll('.functie.gekozen').forEach((k) => k.classList.remove('gekozen'));
  kaartje.classList.add('gekozen');
  kaartje.scrollIntoView({ block: 'start' });
  kaartje.focus({ preventScroll: true });
  return true;
}
