import { el } from './dom';

/**
 * A horizontal bar chart in HTML (no chart library, no SVG scaling): one bar per row, its label and
 * value on the line above it. Text is ordinary page text, so it has the pane's font size at every
 * width (an SVG viewBox would scale it with the pane). The chart is an image with a title and a
 * description for screen readers; the same numbers are always in a table next to it.
 */

export interface Staaf {
  label: string;
  /** Empty: no number (the row says why elsewhere); the bar is left out and `tekst` says so. */
  waarde?: number;
  /** The value as shown beside the bar: "96,8%", "€ 1.000,00 (50%)". */
  tekst: string;
  /** Highlight this bar (the chosen zorgkantoor, …). */
  nadruk?: boolean;
}

export interface Grafiekopties {
  /** Unique on the page: the chart's id and prefix for the ids of title and description. */
  id: string;
  titel: string;
  beschrijving: string;
  staven: readonly Staaf[];
  /** The axis: bars run from `van` to `tot`, both labelled under the chart. */
  van: number;
  tot: number;
  asTekst: (waarde: number) => string;
  /** What the axis shows, in words, under the chart ("De as loopt van 90% tot 100%."). */
  asUitleg?: string;
}

export function staafgrafiek(opties: Grafiekopties): HTMLElement {
  const breedte = (w: number) => Math.max(0, Math.min(1, (w - opties.van) / (opties.tot - opties.van || 1))) * 100;
  const staven = opties.staven.map((staaf) => {
    const vlak = el('div', { class: 'staaf-vlak' });
    // CSSOM, not a style attribute: the page's CSP allows no inline style text.
    if (staaf.waarde !== undefined) vlak.style.width = `max(2px, ${breedte(staaf.waarde).toFixed(1)}%)`;
    return el(
      'div',
      { class: staaf.nadruk ? 'staaf nadruk' : 'staaf' },
      el(
        'div',
        { class: 'staaf-kop' },
        el('span', { class: 'staaf-label' }, staaf.label),
        staaf.waarde !== undefined ? el('span', { class: 'staaf-waarde' }, staaf.tekst) : null,
      ),
      staaf.waarde !== undefined ? el('div', { class: 'staaf-spoor' }, vlak) : el('p', { class: 'staaf-leeg' }, staaf.tekst),
    );
  });
  return el(
    'figure',
    { class: 'grafiek', id: opties.id, role: 'img', 'aria-labelledby': `${opties.id}-titel ${opties.id}-beschrijving` },
    el('figcaption', { id: `${opties.id}-titel`, class: 'verborgen' }, opties.titel),
    el('p', { id: `${opties.id}-beschrijving`, class: 'verborgen' }, opties.beschrijving),
    ...staven,
    el(
      'div',
      { class: 'as', 'aria-hidden': 'true' },
      el('span', { class: 'as-tekst' }, opties.asTekst(opties.van)),
      el('span', { class: 'as-tekst' }, opties.asTekst(opties.tot)),
    ),
    opties.asUitleg ? el('p', { class: 'as-uitleg' }, opties.asUitleg) : null,
  );
}
