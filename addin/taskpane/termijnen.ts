import { dagnummer, toonDatum, type Datum } from '../../core/datum';
import { alsICalendar } from '../../core/icalendar';
import { beschikbareTijdpaden, termijnen, toonTermijnDatum, type Termijn } from '../../core/termijn';
import type { Zorgkantoor } from '../../core/zorgkantoor';
import { el, melding, opties, vervang } from './dom';

/**
 * The Termijnen tab: the timetable of a zorgkantoor and overeenkomstjaar from the sources (core
 * `termijnen`), the first deadline from today on marked, and a download of the same steps as an
 * iCalendar file (core `alsICalendar`, built in the browser; nothing is sent anywhere). Self-contained:
 * `bouwTermijnen` builds the whole tab into the element it is given.
 */

const STIJL = `
.termijnen tr.volgende th, .termijnen tr.volgende td { background: #fff4ce; font-weight: 600; }
.termijnen tr.voorbij th, .termijnen tr.voorbij td { color: var(--tekst-zacht, #616161); }
.termijnen .label-volgende { display: inline-block; margin-left: 4px; padding: 0 4px; border-radius: 2px; background: #8a6d00; color: #fff; font-size: 11px; font-weight: 600; }
.termijnen .bron { display: block; font-weight: 400; color: var(--tekst-zacht, #616161); }
.termijnen tr.opmerking td { border-bottom: none; color: var(--let-op, #8a3700); padding-top: 0; }
`;

/** Our rules through a constructable style sheet: the page's CSP allows those without 'unsafe-inline'. */
function zetStijl(): void {
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
  const blad = new CSSStyleSheet();
  blad.replaceSync(STIJL);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, blad];
}

const vandaagVan = (nu: Date): Datum => ({ jaar: nu.getFullYear(), maand: nu.getMonth() + 1, dag: nu.getDate() });

/** The step whose (last) day is the first on or after today; steps without a day do not count. */
export function volgendeTermijn(lijst: readonly Termijn[], vandaag: Datum): Termijn | undefined {
  const vanaf = dagnummer(vandaag);
  return lijst
    .filter((t) => t.datum !== null && dagnummer(t.tot ?? t.datum) >= vanaf)
    .sort((a, b) => dagnummer(a.datum as Datum) - dagnummer(b.datum as Datum))[0];
}

const bestandsnaam = (zorgkantoor: string, jaar: number) =>
  `termijnen-${zorgkantoor.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${jaar}.ics`;

function download(naam: string, tekst: string): void {
  const url = URL.createObjectURL(new Blob([tekst], { type: 'text/calendar;charset=utf-8' }));
  const link = el('a', { href: url, download: naam, hidden: true });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function tabel(lijst: Termijn[], volgende: Termijn | undefined, vandaag: Datum): HTMLElement {
  const rijen = lijst.flatMap((t) => {
    const voorbij = t.datum !== null && dagnummer(t.tot ?? t.datum) < dagnummer(vandaag);
    const rij = el(
      'tr',
      { class: t === volgende ? 'volgende' : voorbij ? 'voorbij' : undefined, 'data-stap': t.stap },
      el('th', { scope: 'row', class: 'getal' }, String(t.stap)),
      el(
        'td',
        { class: 'getal' },
        t.datum ? toonDatum(t.datum) : '—',
        ...(t.tot ? [el('br'), `t/m ${toonDatum(t.tot)}`] : []),
        ...(t.tijd ? [el('br'), t.tijd] : []),
      ),
      el(
        'td',
        {},
        t.omschrijving,
        t === volgende ? el('span', { class: 'label-volgende' }, 'eerstvolgende') : null,
        el('span', { class: 'bron' }, `Wie: ${t.wie ?? 'niet genoemd'}`),
        el('span', { class: 'bron' }, `Bron: ${t.bron}${t.datum ? '' : ` ("${t.wanneer}")`}`),
      ),
    );
    return t.opmerking ? [rij, el('tr', { class: 'opmerking' }, el('td', { colspan: 3 }, `Let op: ${t.opmerking}`))] : [rij];
  });
  return el(
    'table',
    { class: 'tabel termijnen', id: 'termijnen-tabel' },
    el('caption', { class: 'verborgen' }, 'Termijnen'),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col', class: 'getal' }, 'Stap'),
        el('th', { scope: 'col', class: 'getal' }, 'Datum'),
        el('th', { scope: 'col' }, 'Wat'),
      ),
    ),
    el('tbody', {}, ...rijen),
  );
}

/** Builds the tab into `container`; `nu` gives today's date (tests pass a fixed one). */
export function bouwTermijnen(container: HTMLElement, nu: () => Date = () => new Date()): void {
  zetStijl();
  const paden = beschikbareTijdpaden();
  const zorgkantoren = [...new Set(paden.map((p) => p.zorgkantoor))];
  const kiesZorgkantoor = el('fluent-select', { id: 'termijnen-zorgkantoor', 'aria-labelledby': 'label-termijnen-zorgkantoor' });
  const kiesJaar = el('fluent-select', { id: 'termijnen-jaar', 'aria-labelledby': 'label-termijnen-jaar' });
  const uitkomst = el('div', { id: 'termijnen-uitkomst', 'aria-live': 'polite' });
  const knop = el('fluent-button', { id: 'termijnen-ics' }, 'Download .ics');
  const knopUitkomst = el('div', { id: 'termijnen-ics-uitkomst', 'aria-live': 'polite' });
  let zorgkantoor: Zorgkantoor = paden[paden.length - 1].zorgkantoor;
  let jaar = paden[paden.length - 1].jaar;
  let lijst: Termijn[] = [];

  const toon = (): void => {
    const jaren = paden
      .filter((p) => p.zorgkantoor === zorgkantoor)
      .map((p) => p.jaar)
      .sort((a, b) => b - a);
    if (!jaren.includes(jaar)) jaar = jaren[0];
    vervang(
      kiesZorgkantoor,
      ...opties(
        zorgkantoren.map((z) => ({ waarde: z, label: z })),
        zorgkantoor,
      ),
    );
    vervang(
      kiesJaar,
      ...opties(
        jaren.map((j) => ({ waarde: String(j), label: String(j) })),
        String(jaar),
      ),
    );
    lijst = termijnen({ zorgkantoor, jaar });
    const vandaag = vandaagVan(nu());
    const volgende = volgendeTermijn(lijst, vandaag);
    vervang(
      uitkomst,
      el(
        'p',
        { class: 'hulp' },
        `Tijdpad van de inkoopprocedure voor overeenkomstjaar ${jaar} (${lijst[0]?.sectoren.join(', ') ?? ''}): uiterste data zoals de bron ze noemt.`,
      ),
      volgende
        ? melding('info', `Eerstvolgende termijn: ${toonTermijnDatum(volgende)}`, `Stap ${volgende.stap}: ${volgende.omschrijving}`)
        : melding('info', 'Geen termijn meer na vandaag', `Alle termijnen van dit tijdpad liggen vóór vandaag (${toonDatum(vandaag)}).`),
      tabel(lijst, volgende, vandaag),
    );
    vervang(knopUitkomst);
  };

  kiesZorgkantoor.addEventListener('change', (event) => {
    zorgkantoor = String((event.target as unknown as { value: string }).value) as Zorgkantoor;
    toon();
  });
  kiesJaar.addEventListener('change', (event) => {
    jaar = Number((event.target as unknown as { value: string }).value);
    toon();
  });
  knop.addEventListener('click', () => {
    const { tekst, zonderDatum } = alsICalendar(lijst, new Date());
    const naam = bestandsnaam(zorgkantoor, jaar);
    download(naam, tekst);
    vervang(
      knopUitkomst,
      melding(
        'gelukt',
        `${naam} gemaakt`,
        `${lijst.length - zonderDatum.length} termijnen, elk een gebeurtenis van een hele dag.`,
        zonderDatum.length ? `Niet in het bestand (de bron noemt geen dag): ${zonderDatum.map((t) => `stap ${t.stap}`).join(', ')}.` : '',
      ),
    );
  });

  vervang(
    container,
    el(
      'section',
      { 'aria-labelledby': 'kop-termijnen' },
      el('h2', { id: 'kop-termijnen' }, 'Termijnen van de inkoopprocedure'),
      el(
        'div',
        { class: 'naast' },
        el('div', { class: 'veld' }, el('label', { id: 'label-termijnen-zorgkantoor' }, 'Zorgkantoor'), kiesZorgkantoor),
        el('div', { class: 'veld' }, el('label', { id: 'label-termijnen-jaar' }, 'Overeenkomstjaar'), kiesJaar),
      ),
      uitkomst,
      el('div', { class: 'knoppen' }, knop),
      el(
        'p',
        { class: 'hulp' },
        'Het .ics-bestand opent in Outlook en andere agenda’s; het wordt in de browser gemaakt, er gaat niets over het netwerk.',
      ),
      knopUitkomst,
    ),
  );
  toon();
}
