import { el } from './dom';
import type { Keuzegroep } from './kenmerkkeuze';

/**
 * One kenmerken group as the pane shows it in every tab: a radio group, the same control for the same
 * choice ("bestaand"/"nieuw" on Tarief and Vergelijken). Nothing is selected until the user picks:
 * the choice changes the answer, so the pane never makes it for them.
 */
export function keuzegroepElement(id: string, groep: Keuzegroep, opKeuze: (woord: string | null) => void): HTMLElement {
  const radiogroep = el(
    'fluent-radio-group',
    { 'aria-labelledby': id, 'data-groep': groep.sleutel, orientation: 'horizontal' },
    el('label', { id, slot: 'label' }, groep.titel),
    ...groep.opties.map((o) => el('fluent-radio', { value: o.woord ?? '-' }, o.label)),
  );
  radiogroep.addEventListener('change', (event) => {
    if (event.target !== radiogroep && (event.target as HTMLElement).tagName !== 'FLUENT-RADIO') return;
    const gekozen = String((radiogroep as unknown as { value: string }).value ?? '');
    if (gekozen !== '') opKeuze(gekozen === '-' ? null : gekozen);
  });
  return radiogroep;
}

/** Shows `woord` as chosen in a group built by keuzegroepElement. */
export function zetKeuze(radiogroep: HTMLElement, woord: string | null): void {
  (radiogroep as unknown as { value: string }).value = woord ?? '-';
}
