/**
 * A horizontal bar chart as inline SVG (no chart library): one bar per row, with its label on the left
 * and its value on the right of the line above the bar, readable at the pane's 320 px. The chart is an image with a title and a
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
  /** Unique on the page: prefix for the ids of title and description. */
  id: string;
  titel: string;
  beschrijving: string;
  staven: readonly Staaf[];
  /** The axis: bars start at `van` (said in the axis labels when it is not 0). */
  van: number;
  tot: number;
  asTekst: (waarde: number) => string;
}

const SVG = 'http://www.w3.org/2000/svg';
const BREEDTE = 300;
const RIJ = 38;
const STAAF = 14;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributen: Record<string, string | number>, tekst?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [naam, waarde] of Object.entries(attributen)) element.setAttribute(naam, String(waarde));
  if (tekst !== undefined) element.textContent = tekst;
  return element;
}

export function staafgrafiek(opties: Grafiekopties): SVGSVGElement {
  const hoogte = opties.staven.length * RIJ + 22;
  const beeld = svg('svg', {
    viewBox: `0 0 ${BREEDTE} ${hoogte}`,
    width: '100%',
    role: 'img',
    'aria-labelledby': `${opties.id}-titel ${opties.id}-beschrijving`,
    class: 'grafiek',
  });
  beeld.append(svg('title', { id: `${opties.id}-titel` }, opties.titel), svg('desc', { id: `${opties.id}-beschrijving` }, opties.beschrijving));
  const lengte = BREEDTE;
  const schaal = (w: number) => Math.max(0, Math.min(1, (w - opties.van) / (opties.tot - opties.van || 1))) * lengte;

  opties.staven.forEach((staaf, i) => {
    const y = i * RIJ;
    const groep = svg('g', { class: staaf.nadruk ? 'staaf nadruk' : 'staaf' });
    groep.append(svg('title', {}, `${staaf.label}: ${staaf.tekst}`));
    groep.append(svg('text', { x: 0, y: y + 12, class: 'staaf-label' }, staaf.label));
    if (staaf.waarde !== undefined) {
      groep.append(svg('text', { x: BREEDTE, y: y + 12, class: 'staaf-waarde', 'text-anchor': 'end' }, staaf.tekst));
      groep.append(svg('rect', { x: 0, y: y + 17, width: lengte, height: STAAF, rx: 2, class: 'staaf-spoor' }));
      groep.append(svg('rect', { x: 0, y: y + 17, width: Math.max(2, schaal(staaf.waarde)).toFixed(1), height: STAAF, rx: 2, class: 'staaf-vlak' }));
    } else {
      groep.append(svg('text', { x: 0, y: y + 28, class: 'staaf-leeg' }, staaf.tekst));
    }
    beeld.append(groep);
  });

  const as = opties.staven.length * RIJ + 4;
  beeld.append(svg('line', { x1: 0, y1: as, x2: lengte, y2: as, class: 'as' }));
  beeld.append(svg('text', { x: 0, y: as + 14, class: 'as-tekst' }, opties.asTekst(opties.van)));
  beeld.append(svg('text', { x: lengte, y: as + 14, class: 'as-tekst', 'text-anchor': 'end' }, opties.asTekst(opties.tot)));
  return beeld;
}
