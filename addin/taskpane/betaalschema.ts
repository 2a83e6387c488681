import { roep, zoekFunctie } from '../../core/functies';
import { MINIMALE_BETALINGSOMVANG } from '../../core/betaalmutatie';
import { D, alsNederlandsGetal } from '../../core/geld';
import { byId, el, melding, vervang, waarde, zetWaarde } from './dom';
import { bereik, wlz } from './formule';
import { bijKlik, klaar } from './omgeving';
import { bedragZonderTeken } from './opmaak';
import { vulUitSjabloon } from './tabblad';
import { leesVeld, toonFout } from './velden';
import { type Blok, schrijfNieuwBlad } from './werkmap';

const NUL = new D(0);

/**
 * The Betaalschema tab: jaarbasis, al betaald, drempel and 12 or 15 months → the monthly schedule
 * (WLZ.BETAALSCHEMA, docs/contract.md §3 decision 5) as a preview, and "Naar nieuw blad": a new sheet with the
 * inputs, the live spilling =WLZ.BETAALSCHEMA(…) formula and an Excel column chart of the mutations.
 */

const BETAALSCHEMA = zoekFunctie('BETAALSCHEMA')!;
const MAANDEN = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** "jan" … "dec", then "jan*" … "mrt*" for January–March of the next year (CZ GGZ 2023, Bijlage 1, tabel 2). */
function maandnaam(maand: number): string {
  return maand <= 12 ? MAANDEN[maand - 1] : `${MAANDEN[maand - 13]}*`;
}

interface Invoer {
  jaarbasis: D;
  betaald: D;
  drempel: D;
  maanden: 12 | 15;
}

let laatste: Invoer | undefined;

export function bouwBetaalschema(paneel: HTMLElement): void {
  vulUitSjabloon(paneel, 'betaalschema');
  // The default drempel comes from the policy data (CZ GGZ 2023, Bijlage 1), not from the page.
  zetWaarde('schema-drempel', alsNederlandsGetal(MINIMALE_BETALINGSOMVANG.bedrag));
  for (const id of ['schema-jaarbasis', 'schema-betaald', 'schema-drempel']) byId(id).addEventListener('input', bereken);
  byId('schema-maanden').addEventListener('change', bereken);
  bijKlik(byId('schema-naar-blad'), byId('schema-blad-uitkomst'), naarBlad);
  bereken();
}

/** The fields as read (the message of a field that cannot be read is on the field); undefined until all is given. */
function invoer(): Invoer | string {
  const jaarbasis = leesVeld('schema-jaarbasis', 'jaarbasis', { soort: 'bedrag' });
  const betaald = leesVeld('schema-betaald', 'al betaald', { soort: 'bedrag' }) ?? NUL;
  const drempel = leesVeld('schema-drempel', 'drempel', { soort: 'bedrag' }) ?? MINIMALE_BETALINGSOMVANG.bedrag;
  const maanden = waarde('schema-maanden');
  if (jaarbasis === undefined) return 'Vul de jaarbasis in voor het schema.';
  // 12 or 15 months changes the schedule: the pane does not choose for the user.
  if (maanden !== '12' && maanden !== '15') return 'Kies 12 of 15 maanden voor het schema.';
  return { jaarbasis, betaald, drempel, maanden: maanden === '15' ? 15 : 12 };
}

/** The schedule as WLZ.BETAALSCHEMA returns it for these inputs (the same reading of the text fields). */
function schema(i: Invoer): Array<Array<number | string | boolean>> {
  const basis = i.jaarbasis.toNumber();
  const jaarbasis = i.maanden === 12 ? basis : Array.from({ length: 15 }, () => [basis]);
  return roep(BETAALSCHEMA, [jaarbasis, i.betaald.toNumber(), i.drempel.toNumber()]) as Array<Array<number | string | boolean>>;
}

function bereken(): void {
  const uitkomst = byId('schema-uitkomst');
  laatste = undefined;
  klaar(byId('schema-naar-blad'), false);
  try {
    const i = invoer();
    if (typeof i === 'string') {
      vervang(uitkomst, el('p', { class: 'hulp' }, i));
      return;
    }
    const [, ...maanden] = schema(i);
    const bedragCel = (w: number | string | boolean) =>
      el('td', { class: 'getal' }, typeof w === 'number' ? bedragZonderTeken(new D(String(w))) : '');
    vervang(
      uitkomst,
      el(
        'table',
        { class: 'tabel schema', id: 'schema-tabel' },
        el('caption', {}, `Betaalschema, ${i.maanden} maanden (bedragen in €)`),
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', { scope: 'col' }, 'Maand'),
            el('th', { scope: 'col', class: 'getal' }, 'Doel'),
            el('th', { scope: 'col', class: 'getal' }, 'Mutatie'),
            el('th', { scope: 'col', class: 'getal' }, 'Betaald'),
          ),
        ),
        el(
          'tbody',
          {},
          ...maanden.map(([maand, doel, mutatie, betaald]) =>
            el(
              'tr',
              { class: mutatie !== 0 ? 'met-mutatie' : undefined },
              el('th', { scope: 'row' }, maandnaam(Number(maand))),
              bedragCel(doel),
              bedragCel(mutatie),
              bedragCel(betaald),
            ),
          ),
        ),
      ),
      i.maanden === 15 ? el('p', { class: 'hulp' }, '* januari t/m maart van het volgende jaar (CZ GGZ 2023, Bijlage 1, tabel 2).') : null,
      el(
        'p',
        { class: 'hulp' },
        'Een mutatie van niet méér dan de drempel wordt niet uitgevoerd en schuift door naar de volgende maand (CZ GGZ 2023, Bijlage 1).',
      ),
    );
    laatste = i;
    klaar(byId('schema-naar-blad'), true);
  } catch (fout) {
    toonFout(uitkomst, fout);
  }
}

async function naarBlad(): Promise<void> {
  const i = laatste;
  if (!i) return;
  const n = i.maanden;
  const blokken: Blok[] = [
    { cel: 'A1', rijen: [['Betaalschema']], vet: true },
    { cel: 'A2', rijen: [['Gemaakt met het WLZ-taakvenster. Het schema rekent live met WLZ.BETAALSCHEMA: pas de invoer in kolom B aan.']] },
    { cel: 'A4', rijen: [['Jaarbasis'], ['Al betaald vóór maand 1'], ['Drempel']], notaties: ['@'] },
    { cel: 'B4', rijen: [[i.jaarbasis.toNumber()], [i.betaald.toNumber()], [i.drempel.toNumber()]], notaties: ['#,##0.00'] },
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
  blokken.push({
    cel: 'A10',
    rijen: Array.from({ length: n }, () => ['', '', '', '']),
    notaties: ['0', '#,##0.00', '#,##0.00', '#,##0.00'],
    alleenOpmaak: true,
  });
  blokken.push({ cel: 'A9', rijen: [[`=${wlz('BETAALSCHEMA', jaarbasis, '$B$5', '$B$6')}`]] });
  const naam = await schrijfNieuwBlad({
    naam: 'Betaalschema',
    blokken,
    breedtes: [150, 110, 110, 110],
    grafiek: {
      titel: 'Betaling per maand (mutatie)',
      waarden: `C9:C${9 + n}`,
      categorieen: `A10:A${9 + n}`,
      plaats: n === 12 ? 'F3:M20' : 'J3:Q20',
    },
  });
  vervang(
    byId('schema-blad-uitkomst'),
    melding('gelukt', `Blad “${naam}” gemaakt`, 'Met de live formule =WLZ.BETAALSCHEMA en een kolomgrafiek van de mutaties.'),
  );
}
