import { WlzFout } from '../../core/fout';
import { type D, alsBedrag } from '../../core/geld';
import {
  type Bedragbereik,
  type Procentbereik,
  alsProcent,
  leesBedragInvoer,
  leesProcentInvoer,
  leesProcentpuntInvoer,
  procentpunt,
} from '../../core/veldinvoer';
import { byId, el, melding, vervang } from './dom';
import { foutTekst } from './opmaak';

/**
 * The pane's number fields (native <input>s, so a message beside the field can be linked to it for
 * screen readers). Reading is the core's (core/veldinvoer); here the value understood is shown beside
 * the field ("gelezen als 95,8%"), or the error is put on the field (aria-invalid, aria-describedby),
 * and the tab then shows no result at all.
 */

/** A field could not be read; its message is already on the field. */
export class Veldfout extends Error {
  constructor(readonly veld: string) {
    super(`veld ${veld}`);
  }
}

export type Veldsoort =
  | { soort: 'procent'; bereik: Procentbereik }
  | { soort: 'procentpunt'; bereik: Procentbereik }
  | { soort: 'bedrag'; bereik?: Bedragbereik };

function leesMet(tekst: string, naam: string, soort: Veldsoort): D | undefined {
  if (soort.soort === 'procent') return leesProcentInvoer(tekst, naam, soort.bereik);
  if (soort.soort === 'procentpunt') return leesProcentpuntInvoer(tekst, naam, soort.bereik);
  return leesBedragInvoer(tekst, naam, soort.bereik);
}

function toon(waarde: D, soort: Veldsoort): string {
  if (soort.soort === 'procent') return alsProcent(waarde);
  if (soort.soort === 'procentpunt') return procentpunt(waarde);
  return alsBedrag(waarde);
}

/** The line under a field: created on first use, right after the input. */
function regelBij(invoer: HTMLElement): HTMLElement {
  const id = `${invoer.id}-gelezen`;
  const bestaand = document.getElementById(id);
  if (bestaand) return bestaand;
  const regel = el('p', { id, class: 'gelezen', 'aria-live': 'polite' });
  invoer.insertAdjacentElement('afterend', regel);
  invoer.setAttribute('aria-describedby', id);
  return regel;
}

/**
 * Reads field `id` as `soort` (its label's words name it in messages): the value, or undefined when
 * empty. Throws Veldfout when the text is not a value of the field.
 */
export function leesVeld(id: string, naam: string, soort: Veldsoort): D | undefined {
  const invoer = byId<HTMLInputElement>(id);
  const regel = regelBij(invoer);
  try {
    const waarde = leesMet(invoer.value, naam, soort);
    invoer.removeAttribute('aria-invalid');
    regel.className = 'gelezen';
    // "€ 191,60" stays on one line.
    regel.textContent = waarde === undefined ? '' : `gelezen als ${toon(waarde, soort).replace('€ ', '€\u00a0')}`;
    return waarde;
  } catch (fout) {
    if (!(fout instanceof WlzFout)) throw fout;
    invoer.setAttribute('aria-invalid', 'true');
    regel.className = 'gelezen gelezen-fout';
    regel.textContent = foutTekst(fout).bericht;
    throw new Veldfout(id);
  }
}

/**
 * A failed calculation in `uitkomst`: for a field error only a pointer to the field (its message is
 * there), never a result; any other error as a Dutch message.
 */
export function toonFout(uitkomst: HTMLElement, fout: unknown): void {
  if (fout instanceof Veldfout) {
    const label = document.querySelector(`label[for="${fout.veld}"]`)?.textContent ?? fout.veld;
    vervang(uitkomst, el('p', { class: 'hulp' }, `Nog geen uitkomst: verbeter eerst het veld “${label}”.`));
    return;
  }
  const { code, bericht } = foutTekst(fout);
  vervang(uitkomst, melding('fout', code ?? 'Fout', bericht));
}
