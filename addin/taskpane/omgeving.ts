import { melding, vervang } from './dom';
import { foutTekst } from './opmaak';

/**
 * Where the pane runs: in Excel, or as a plain web page. Excel-only buttons carry `data-excel`; they
 * are disabled outside Excel, with the note "Werkt alleen in Excel" beside them (CSS shows the note
 * while the body lacks the class `in-excel`). A button that also needs a result first says so with
 * `klaar(knop, false)`.
 */
let inExcel = false;

export function zetInExcel(waarde: boolean): void {
  inExcel = waarde;
  document.body.classList.toggle('in-excel', waarde);
  document.body.classList.toggle('buiten-excel', !waarde);
  werkKnoppenBij(document);
}

/** The Excel buttons under `ouder` (a tab panel built later) enabled or not for where the pane runs. */
export function werkKnoppenBij(ouder: ParentNode): void {
  ouder.querySelectorAll<HTMLElement>('[data-excel]').forEach(werkBij);
}

/** Marks whether an Excel button has what it needs (a result to write); it is enabled only in Excel. */
export function klaar(knop: HTMLElement, gereed: boolean): void {
  knop.dataset.gereed = gereed ? 'ja' : 'nee';
  werkBij(knop);
}

function werkBij(knop: HTMLElement): void {
  const aan = (!knop.hasAttribute('data-excel') || inExcel) && knop.dataset.gereed !== 'nee';
  if (aan) knop.removeAttribute('disabled');
  else knop.setAttribute('disabled', '');
}

/**
 * Runs a button's action: the button is busy meanwhile (a second click does nothing), and an error
 * becomes a Dutch message in `uitvoer` instead of an exception.
 */
export function bijKlik(knop: HTMLElement, uitvoer: HTMLElement, actie: () => Promise<void> | void): void {
  knop.addEventListener('click', async () => {
    if (knop.hasAttribute('disabled') || knop.getAttribute('aria-busy') === 'true') return;
    knop.setAttribute('aria-busy', 'true');
    try {
      await actie();
    } catch (fout) {
      const { code, bericht } = foutTekst(fout);
      vervang(uitvoer, melding('fout', code ? `${code}` : 'Dat lukte niet', bericht));
    } finally {
      knop.removeAttribute('aria-busy');
    }
  });
}
