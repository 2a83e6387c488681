/**
 * Small DOM helpers for the pane: elements are built with text nodes (never HTML strings), so no
 * value from a workbook or a paste can inject markup.
 */

type Kind = Node | string | null | undefined | false;
type Attributen = Record<string, string | number | boolean | undefined>;

/** An element with attributes (false/undefined: left out; true: present) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributen?: Attributen, ...kinderen: Kind[]): HTMLElementTagNameMap[K];
export function el(tag: string, attributen?: Attributen, ...kinderen: Kind[]): HTMLElement;
export function el(tag: string, attributen: Attributen = {}, ...kinderen: Kind[]): HTMLElement {
  const element = document.createElement(tag);
  zetAttributen(element, attributen);
  voegToe(element, ...kinderen);
  return element;
}

function zetAttributen(element: Element, attributen: Attributen): void {
  for (const [naam, waarde] of Object.entries(attributen)) {
    if (waarde === undefined || waarde === false) continue;
    element.setAttribute(naam, waarde === true ? '' : String(waarde));
  }
}

function voegToe(ouder: Node, ...kinderen: Kind[]): void {
  for (const kind of kinderen) {
    if (kind === null || kind === undefined || kind === false) continue;
    ouder.appendChild(typeof kind === 'string' ? document.createTextNode(kind) : kind);
  }
}

/** Replaces the children of `ouder`. */
export function vervang(ouder: Node, ...kinderen: Kind[]): void {
  while (ouder.firstChild) ouder.removeChild(ouder.firstChild);
  voegToe(ouder, ...kinderen);
}

/** The element with this id; a missing one is a bug in the page, so it throws. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`element #${id} ontbreekt in taskpane.html`);
  return element as T;
}

export type Meldingsoort = 'fout' | 'let-op' | 'info' | 'gelukt';

/** A message box: a title line and text; errors are announced (role=alert), the rest politely. */
export function melding(soort: Meldingsoort, titel: string, ...tekst: Kind[]): HTMLElement {
  return el(
    'div',
    { class: `melding melding-${soort}`, role: soort === 'fout' ? 'alert' : 'status' },
    el('p', { class: 'melding-titel' }, titel),
    ...tekst.map((t) => (typeof t === 'string' ? t !== '' && el('p', {}, t) : t)),
  );
}

/** The value of a Fluent field (text field, text area, select, search) or a native input. */
export function waarde(id: string): string {
  return String((byId(id) as unknown as { value?: unknown }).value ?? '');
}

export function zetWaarde(id: string, nieuw: string): void {
  (byId(id) as unknown as { value: string }).value = nieuw;
}

/** Whether a Fluent checkbox or radio is checked. */
export function aangevinkt(element: Element): boolean {
  return Boolean((element as unknown as { checked?: boolean }).checked);
}

/** fluent-option elements for a fluent-select; `gekozen` is marked selected so the select starts on it. */
export function opties(waarden: ReadonlyArray<{ waarde: string; label: string }>, gekozen: string | undefined): HTMLElement[] {
  return waarden.map((o) => el('fluent-option', { value: o.waarde, selected: o.waarde === gekozen }, o.label));
}
