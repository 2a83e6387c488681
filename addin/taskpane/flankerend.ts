import { type Aandeel, aandeelPerPercentage } from '../../core/aandeelperpercentage';
import { FLANKEREND_BELEID, flankerend } from '../../core/flankerend';
import { D, alsNederlandsGetal } from '../../core/geld';
import { gewogenGemiddelde } from '../../core/gewogengemiddelde';
import { type Cel, leesGetalTekst } from '../../core/invoer';
import { leesKolom, leesOptioneleKolom } from '../../core/regels';
import { byId, el, melding, vervang, waarde, zetWaarde } from './dom';
import { bereik, bladNaam, wlz } from './formule';
import { staafgrafiek } from './grafiek';
import { bijKlik, klaar } from './omgeving';
import { bedrag, bedragZonderTeken, percentage } from './opmaak';
import { type Declaratiekolommen, declaratiekolommen, leesGeplakteTekst } from './plakken';
import { vulUitSjabloon } from './tabblad';
import { Veldfout, leesVeld, toonFout } from './velden';
import { type Blok, type GelezenSelectie, leesSelectie, schrijfNieuwBlad } from './werkmap';

/**
 * The Flankerend beleid tab: declarations (the Excel selection, or rows pasted outside Excel) → the
 * gewogen gemiddelde W, the proposal under flankerend beleid (Z&Z Inkoopkader 2022, §2.3.1; docs/contract.md §3
 * decision 2), and the share of the declared amount per percentage as a chart. All arithmetic is the
 * core's (gewogenGemiddelde, flankerend, aandeelPerPercentage); the pane reads and shows.
 */

/**
 * The source's worked example (Z&Z Inkoopkader 2022, §2.3.1: 96,6 % → 96,1 %) as declarations:
 * 97,0 % × 60.000 + 96,0 % × 40.000 = 96,6 % over € 100.000; the NHC line does not count.
 */
const VOORBEELD = [
  'Tariefpercentage\tBedrag\tOnderdeel',
  '97,0%\t60.000,00\tzorg',
  '96,0%\t40.000,00\tzorg',
  '100,0%\t12.500,00\tNHC',
].join('\n');

interface Resultaat {
  kolommen: Declaratiekolommen;
  /** The Excel selection the data came from; absent for pasted rows. */
  selectie?: GelezenSelectie;
  gewogen: D;
  doel: D;
  daling: D;
  voorstel: D;
  aandelen: Aandeel[];
}

let selectie: GelezenSelectie | undefined;
let resultaat: Resultaat | undefined;
/** Whether the user has asked for a calculation yet. */
let geprobeerd = false;

export function bouwFlankerend(paneel: HTMLElement): void {
  vulUitSjabloon(paneel, 'flankerend');
  const uitkomst = byId('flank-uitkomst');
  // The defaults are policy data (docs/contract.md §3 decision 2), shown in the fields so the user sees what counts.
  zetWaarde('flank-doel', alsNederlandsGetal(FLANKEREND_BELEID.doel.waarde.times(100)));
  zetWaarde('flank-daling', alsNederlandsGetal(FLANKEREND_BELEID.maximaleDaling.waarde.times(100)));
  bijKlik(byId('flank-selectie'), uitkomst, async () => {
    selectie = await leesSelectie();
    zetWaarde('flank-plak', '');
    bereken();
  });
  byId('flank-plak').addEventListener('input', () => {
    selectie = undefined;
  });
  byId('flank-voorbeeld').addEventListener('click', () => {
    selectie = undefined;
    zetWaarde('flank-plak', VOORBEELD);
    bereken();
  });
  bijKlik(byId('flank-bereken'), uitkomst, () => {
    selectie = undefined;
    bereken();
  });
  // Once there is something to compute, a changed doel or daling recomputes; before that the fields only show what they read.
  const opnieuw = () => {
    if (geprobeerd) return bereken();
    try {
      leesInstellingen();
    } catch (fout) {
      if (!(fout instanceof Veldfout)) throw fout;
    }
  };
  for (const id of ['flank-doel', 'flank-daling']) byId(id).addEventListener('input', opnieuw);
  opnieuw();
  bijKlik(byId('flank-naar-blad'), byId('flank-blad-uitkomst'), naarBlad);
  klaar(byId('flank-naar-blad'), false);
}

function bereken(): void {
  geprobeerd = true;
  const uitkomst = byId('flank-uitkomst');
  resultaat = undefined;
  klaar(byId('flank-naar-blad'), false);
  vervang(byId('flank-blad-uitkomst'));
  try {
    const raster: Cel[][] = selectie ? selectie.waarden : leesGeplakteTekst(waarde('flank-plak'));
    const kolommen = declaratiekolommen(raster);
    const percentages = leesKolom(kolommen.percentages, 'percentages');
    const bedragen = leesKolom(kolommen.bedragen, 'bedragen');
    const meetellen = kolommen.meetellen && leesOptioneleKolom(kolommen.meetellen, 'onderdeel');
    const gewogen = gewogenGemiddelde(percentages, bedragen, meetellen);
    const { doel, daling } = leesInstellingen();
    const voorstel = flankerend(gewogen, doel, daling);
    resultaat = { kolommen, selectie, gewogen, doel, daling, voorstel, aandelen: aandeelPerPercentage(percentages, bedragen, meetellen) };
    toon(resultaat);
    klaar(byId('flank-naar-blad'), true);
  } catch (fout) {
    toonFout(uitkomst, fout);
  }
}

/** Doel and maximale daling as typed; empty: the policy's defaults. */
function leesInstellingen(): { doel: D; daling: D } {
  const doel =
    leesVeld('flank-doel', 'doel', { soort: 'procent', bereik: { van: new D(0), tot: new D(1), vanToegestaan: false } }) ??
    FLANKEREND_BELEID.doel.waarde;
  const daling =
    leesVeld('flank-daling', 'max. daling', { soort: 'procentpunt', bereik: { van: new D(0), tot: new D(1) } }) ??
    FLANKEREND_BELEID.maximaleDaling.waarde;
  return { doel, daling };
}

/** Why the proposal is what it is, read off the three numbers (the rule itself is the core's). */
function waarom(r: Resultaat): string {
  if (r.voorstel.equals(r.gewogen))
    return `Het gewogen gemiddelde ligt niet boven het doel van ${percentage(r.doel)}: het voorstel is het gewogen gemiddelde zelf.`;
  if (r.voorstel.equals(r.doel))
    return `Het gewogen gemiddelde min ${percentage(r.daling).replace('%', '')} procentpunt zou onder het doel komen: het voorstel is het doel, ${percentage(r.doel)}.`;
  return `Het gewogen gemiddelde ligt boven het doel van ${percentage(r.doel)}: het voorstel is ${percentage(r.daling).replace('%', '')} procentpunt lager.`;
}

function toon(r: Resultaat): void {
  const regels = r.kolommen.bedragen.length;
  const herkomst = r.selectie ? `Selectie ${r.selectie.adres}` : 'Geplakte regels';
  // The axis runs to the next 10 % above the largest share, so a few shares still get long bars.
  const grootste = r.aandelen.reduce((max, a) => Math.max(max, a.aandeel.toNumber()), 0);
  const tot = Math.min(1, Math.max(0.1, Math.ceil(grootste * 10) / 10));
  vervang(
    byId('flank-uitkomst'),
    el(
      'div',
      { class: 'uitkomst' },
      el(
        'p',
        { class: 'uitkomst-klein' },
        `${herkomst}: ${regels} ${regels === 1 ? 'regel' : 'regels'}${r.kolommen.kop ? ' onder de kopregel' : ''}.`,
      ),
      el(
        'dl',
        { class: 'getallen' },
        el('dt', {}, 'Gewogen gemiddelde'),
        el('dd', { id: 'flank-gewogen' }, percentage(r.gewogen)),
        el('dt', {}, 'Voorstel'),
        el('dd', { id: 'flank-voorstel', class: 'nadruk' }, percentage(r.voorstel)),
      ),
      el('p', { class: 'uitkomst-uitleg' }, waarom(r)),
      el(
        'p',
        { class: 'bron' },
        el('span', { class: 'bron-label' }, 'Bron: '),
        `${FLANKEREND_BELEID.maximaleDaling.bron}; doel: ${FLANKEREND_BELEID.doel.bron}.`,
      ),
    ),
    el('h3', {}, 'Aandeel van het bedrag per percentage'),
    staafgrafiek({
      id: 'flank-grafiek',
      titel: 'Aandeel van het gedeclareerde bedrag per tariefpercentage',
      beschrijving: r.aandelen.map((a) => `${percentage(a.percentage)}: ${percentage(a.aandeel, 1)} van het bedrag`).join('; '),
      staven: r.aandelen.map((a) => ({
        label: `tegen ${percentage(a.percentage)}`,
        waarde: a.aandeel.toNumber(),
        tekst: `${percentage(a.aandeel, 1)} · ${bedrag(a.bedrag)}`,
      })),
      van: 0,
      tot,
      asTekst: (w) => `${Math.round(w * 100)}%`,
    }),
    el(
      'table',
      { class: 'tabel' },
      el('caption', { class: 'verborgen' }, 'Aandeel per percentage'),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, 'Percentage'),
          el('th', { scope: 'col', class: 'getal' }, 'Bedrag (€)'),
          el('th', { scope: 'col', class: 'getal' }, 'Aandeel'),
        ),
      ),
      el(
        'tbody',
        {},
        ...r.aandelen.map((a) =>
          el(
            'tr',
            {},
            el('td', {}, percentage(a.percentage)),
            el('td', { class: 'getal' }, bedragZonderTeken(a.bedrag)),
            el('td', { class: 'getal' }, percentage(a.aandeel, 1)),
          ),
        ),
      ),
    ),
  );
}

/** A pasted cell as the number Excel should hold ("96,6%" → 0,966), so the new sheet computes. */
function alsWaarde(cel: Cel): string | number | boolean {
  if (cel === null || cel === undefined) return '';
  if (typeof cel !== 'string') return cel;
  const gelezen = leesGetalTekst(cel);
  return gelezen ? gelezen.getal.toNumber() : cel;
}

/**
 * A new sheet with the inputs, live =WLZ.GEWOGENGEMIDDELDE and =WLZ.FLANKEREND formulas, and the share
 * per percentage as of now. A selection is referenced where it is (the formulas follow the user's
 * data); pasted rows are copied onto the new sheet first. The user's cells are never written.
 */
async function naarBlad(): Promise<void> {
  const r = resultaat;
  if (!r) return;
  const k = r.kolommen;
  const n = k.bedragen.length;
  const blokken: Blok[] = [];
  let kolomVerwijzing: (index: number | undefined) => string | undefined;
  let herkomst: string;
  if (r.selectie) {
    const { blad, oorsprong } = r.selectie;
    const eerste = oorsprong.rij + k.eersteRij;
    kolomVerwijzing = (i) => (i === undefined ? undefined : bereik(blad, eerste, oorsprong.kolom + i, eerste + n - 1, oorsprong.kolom + i));
    herkomst = `${bladNaam(blad)}!${r.selectie.adres.slice(r.selectie.adres.lastIndexOf('!') + 1)}`;
  } else {
    // Pasted rows go to columns F:H from row 5, under their own header.
    const kolomVan = { percentage: 0, bedrag: 1, onderdeel: 2 } as const;
    const rijen = k.percentages.map((_, i) => [
      alsWaarde(k.percentages[i][0]),
      alsWaarde(k.bedragen[i][0]),
      k.meetellen ? String(k.meetellen[i][0] ?? '') : '',
    ]);
    blokken.push({ cel: 'F4', rijen: [['Percentage', 'Bedrag', 'Onderdeel']], kop: true });
    blokken.push({ cel: 'F5', rijen, notaties: ['0.0%', '#,##0.00', '@'] });
    kolomVerwijzing = (i) => {
      if (i === undefined) return undefined;
      const kolom = 6 + (i === k.kolom.percentage ? kolomVan.percentage : i === k.kolom.bedrag ? kolomVan.bedrag : kolomVan.onderdeel);
      return bereik(undefined, 5, kolom, 4 + n, kolom);
    };
    herkomst = `geplakt, zie F4:H${4 + n}`;
  }
  const gewogenFormule = `=${wlz('GEWOGENGEMIDDELDE', kolomVerwijzing(k.kolom.percentage), kolomVerwijzing(k.kolom.bedrag), kolomVerwijzing(k.kolom.onderdeel))}`;
  const voorstelFormule = `=${wlz('FLANKEREND', 'B5', 'B6', 'B7')}`;
  const bron = `${FLANKEREND_BELEID.maximaleDaling.bron}; doel: ${FLANKEREND_BELEID.doel.bron}`;
  blokken.unshift(
    { cel: 'A1', rijen: [['Flankerend beleid']], vet: true },
    {
      cel: 'A2',
      rijen: [
        [
          'Gemaakt met het WLZ-taakvenster. Gewogen gemiddelde en voorstel rekenen live met de WLZ-functies; pas doel en daling aan in kolom B.',
        ],
      ],
    },
    { cel: 'A4', rijen: [['Declaraties'], ['Gewogen gemiddelde'], ['Doel'], ['Maximale daling'], ['Voorstel'], ['Bron']], notaties: ['@'] },
    { cel: 'B4', rijen: [[herkomst]], notaties: ['@'] },
    { cel: 'B5', rijen: [[gewogenFormule], [r.doel.toNumber()], [r.daling.toNumber()], [voorstelFormule]], notaties: ['0.00%'] },
    { cel: 'B9', rijen: [[bron]], notaties: ['@'] },
    { cel: 'A11', rijen: [[`Aandeel per percentage (momentopname ${new Date().toLocaleString('nl-NL')})`]], vet: true },
    { cel: 'A12', rijen: [['Percentage', 'Bedrag', 'Aandeel']], kop: true },
    {
      cel: 'A13',
      rijen: r.aandelen.map((a) => [a.percentage.toNumber(), a.bedrag.toNumber(), a.aandeel.toNumber()]),
      notaties: ['0.0%', '#,##0.00', '0.0%'],
    },
  );
  const naam = await schrijfNieuwBlad({ naam: 'Flankerend beleid', blokken, breedtes: [130, 150, 90, 20, 20, 80, 90, 80] });
  vervang(
    byId('flank-blad-uitkomst'),
    melding('gelukt', `Blad “${naam}” gemaakt`, 'Met live formules: wijzigt u de declaraties, dan rekent het blad mee.'),
  );
}
