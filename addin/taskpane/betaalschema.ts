import { roep, zoekFunctie } from '../../core/functies';
import { MINIMALE_BETALINGSOMVANG } from '../../core/betaalmutatie';
import { D, alsGetal } from '../../core/geld';
import { byId, el, melding, vervang, waarde, zetWaarde } from './dom';
import { bereik, wlz } from './formule';
import { bijKlik, klaar } from './omgeving';
import { bedragZonderTeken, foutTekst, leesGetalveld } from './opmaak';
import { type Blok, schrijfNieuwBlad } from './werkmap';

const NUL = new D(0);

/**
 * The Betaalschema tab: jaarbasis, al betaald, drempel and 12 or 15 months → the monthly schedule
 * (WLZ.BETAALSCHEMA, SPEC §3 decision 5) as a preview, and "Naar nieuw blad": a new sheet with the
 * inputs, the live spilling =WLZ.BETAALSCHEMA(…) formula and an Excel column chart of the mutations.
 */

const BETAALSCHEMA = zoekFunctie('BETAALSCHEMA')!;
const MAANDEN = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** "jan" … "dec", then "jan*" … "mrt*" for January–March of the next year (CZ GGZ 2023, Bijlage 1, tabel 2). */
function maandnaam(maand: number): string {
  return maand <= 12 ? MAANDEN[maand - 1] : `${MAANDEN[maand - 13]}*`;
}

interface Invoer {
  jaarbasis: string;
  betaald: string;
  drempel: string;
  maanden: 12 | 15;
}

let laatste: Invoer | undefined;

export function startBetaalschema(): void {
  // The default drempel comes from the policy data (CZ GGZ 2023, Bijlage 1), not from the page.
  zetWaarde('schema-drempel', alsGetal(MINIMALE_BETALINGSOMVANG.bedrag));
  for (const id of ['schema-jaarbasis', 'schema-betaald', 'schema-drempel']) byId(id).addEventListener('input', bereken);
  byId('schema-maanden').addEventListener('change', bereken);
  bijKlik(byId('schema-naar-blad'), byId('schema-blad-uitkomst'), naarBlad);
  bereken();
}

function invoer(): Invoer {
  return { jaarbasis: waarde('schema-jaarbasis'), betaald: waarde('schema-betaald'), drempel: waarde('schema-drempel'), maanden: waarde('schema-maanden') === '15' ? 15 : 12 };
}

/** The schedule as WLZ.BETAALSCHEMA returns it for these inputs (the same reading of the text fields). */
function schema(i: Invoer): Array<Array<number | string | boolean>> {
  const jaarbasis = i.maanden === 12 ? i.jaarbasis : Array.from({ length: 15 }, () => [i.jaarbasis]);
  return roep(BETAALSCHEMA, [jaarbasis, i.betaald, i.drempel]) as Array<Array<number | string | boolean>>;
}

function bereken(): void {
  const uitkomst = byId('schema-uitkomst');
  laatste = undefined;
  klaar(byId('schema-naar-blad'), false);
  const i = invoer();
  if (i.jaarbasis.trim() === '') {
    vervang(uitkomst, el('p', { class: 'hulp' }, 'Vul de jaarbasis in voor het schema.'));
    return;
  }
  try {
    const [, ...maanden] = schema(i);
    const bedragCel = (w: number | string | boolean) => el('td', { class: 'getal' }, typeof w === 'number' ? bedragZonderTeken(new D(String(w))) : '');
    vervang(
      uitkomst,
      el(
        'table',
        { class: 'tabel schema', id: 'schema-tabel' },
        el('caption', {}, `Betaalschema, ${i.maanden} maanden (bedragen in €)`),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Maand'), el('th', { scope: 'col', class: 'getal' }, 'Doel'), el('th', { scope: 'col', class: 'getal' }, 'Mutatie'), el('th', { scope: 'col', class: 'getal' }, 'Betaald'))),
        el(
          'tbody',
          {},
          ...maanden.map(([maand, doel, mutatie, betaald]) =>
            el('tr', { class: mutatie !== 0 ? 'met-mutatie' : undefined }, el('th', { scope: 'row' }, maandnaam(Number(maand))), bedragCel(doel), bedragCel(mutatie), bedragCel(betaald)),
          ),
        ),
      ),
      i.maanden === 15 ? el('p', { class: 'hulp' }, '* januari t/m maart van het volgende jaar (CZ GGZ 2023, Bijlage 1, tabel 2).') : null,
      el('p', { class: 'hulp' }, 'Een mutatie van niet méér dan de drempel wordt niet uitgevoerd en schuift door naar de volgende maand (CZ GGZ 2023, Bijlage 1).'),
    );
    laatste = i;
    klaar(byId('schema-naar-blad'), true);
  } catch (fout) {
    const { code, bericht } = foutTekst(fout);
    vervang(uitkomst, melding('fout', code ?? 'Fout', bericht));
  }
}

/** A number field as Excel should hold it, read as the preview read it. */
function getalVan(tekst: string, naam: string, standaard: D): number {
  return leesGetalveld(tekst, naam, standaard).toNumber();
}

async function naarBlad(): Promise<void> {
  const i = laatste;
  if (!i) return;
  const n = i.maanden;
  const blokken: Blok[] = [
    { cel: 'A1', rijen: [['Betaalschema']], vet: true },
    { cel: 'A2', rijen: [['Gemaakt met het WLZ-taakvenster. Het schema rekent live met WLZ.BETAALSCHEMA: pas de invoer in kolom B aan.']] },
    { cel: 'A4', rijen: [['Jaarbasis'], ['Al betaald vóór maand 1'], ['Drempel']], notaties: ['@'] },
    { cel: 'B4', rijen: [[getalVan(i.jaarbasis, 'jaarbasis', NUL)], [getalVan(i.betaald, 'betaald', NUL)], [getalVan(i.drempel, 'drempel', MINIMALE_BETALINGSOMVANG.bedrag)]], notaties: ['#,##0.00'] },
    { cel: 'A7', rijen: [['Maanden'], ['Bron']], notaties: ['@'] },
    { cel: 'B7', rijen: [[String(n)], [`CZ GGZ 2023, Bijlage 1 (tabel 2); drempel: ${MINIMALE_BETALINGSOMVANG.bron}`]], notaties: ['@'] },
  ];
  // 15 months need the basis per month as a 15-cell range (WLZ.BETAALSCHEMA's jaarbasis): column H.
  const jaarbasis = n === 12 ? '$B$4' : bereik(undefined, 10, 8, 24, 8);
  if (n === 15) {
    blokken.push({ cel: 'H9', rijen: [['Jaarbasis per maand']], kop: true });
    blokken.push({ cel: 'H10', rijen: Array.from({ length: 15 }, () => ['=$B$4']), notaties: ['#,##0.00'] });
  }
  // The formula spills from A9: a header row and one row per month (A9:D21 or A9:D24).
  blokken.push({ cel: 'A10', rijen: Array.from({ length: n }, () => ['', '', '', '']), notaties: ['0', '#,##0.00', '#,##0.00', '#,##0.00'], alleenOpmaak: true });
  blokken.push({ cel: 'A9', rijen: [[`=${wlz('BETAALSCHEMA', jaarbasis, '$B$5', '$B$6')}`]] });
  const naam = await schrijfNieuwBlad({
    naam: 'Betaalschema',
    blokken,
    breedtes: [150, 110, 110, 110],
    grafiek: { titel: 'Betaling per maand (mutatie)', waarden: `C9:C${9 + n}`, categorieen: `A10:A${9 + n}`, plaats: n === 12 ? 'F3:M20' : 'J3:Q20' },
  });
  vervang(byId('schema-blad-uitkomst'), melding('gelukt', `Blad “${naam}” gemaakt`, 'Met de live formule =WLZ.BETAALSCHEMA en een kolomgrafiek van de mutaties.'));
}
