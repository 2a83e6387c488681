import { type Bevinding, controleerRaster, leesControlecontext, maakBeleid } from '../../core/controle';
import { beleidscontexten } from '../../core/tariefpercentage';
import { byId, el, melding, opties, vervang, waarde } from './dom';
import { bladNaam, tekst } from './formule';
import { bijKlik, klaar } from './omgeving';
import { eersteHoofdletter } from './opmaak';
import { type Gelezen, leesTabelRondSelectie, schrijfRapportBlad, selecteerCel } from './werkmap';

/**
 * The Controle tab: the productieafspraak table around the selection, checked by the core
 * (controleerRaster, SPEC §5), optionally against the policy of a zorgkantoor/jaar/sector. Clicking a
 * finding selects its cell; the report goes to the pane's own sheet "WLZ-controle". The user's cells
 * are only read.
 */

/** A1 of the report sheet: how the pane recognises its own report (and never clears a user's sheet). */
const RAPPORT_KENMERK = 'WLZ-controle: rapport van het WLZ-taakvenster';

interface Controle {
  gelezen: Gelezen;
  bevindingen: Bevinding[];
  beleid?: string;
  tijd: string;
}

let laatste: Controle | undefined;

export function startControle(): void {
  const contexten = beleidscontexten();
  vervang(
    byId('controle-context'),
    ...opties([{ waarde: '', label: 'Geen beleidsvergelijking' }, ...contexten.map((c) => ({ waarde: `${c.zorgkantoor}|${c.jaar}|${c.sector}`, label: `${c.zorgkantoor} ${c.jaar} ${c.sector}` }))], ''),
  );
  bijKlik(byId('controle-start'), byId('controle-uitkomst'), controleer);
  bijKlik(byId('controle-rapport'), byId('controle-uitkomst'), rapport);
  klaar(byId('controle-rapport'), false);
}

async function controleer(): Promise<void> {
  vervang(byId('controle-bevindingen'));
  laatste = undefined;
  klaar(byId('controle-rapport'), false);
  const [zorgkantoor, jaar, sector] = waarde('controle-context').split('|');
  const context = leesControlecontext(zorgkantoor || null, jaar ? Number(jaar) : null, sector || null, zorgkantoor ? waarde('controle-kenmerken') : null);
  const beleid = context && maakBeleid(context);
  const gelezen = await leesTabelRondSelectie();
  const bevindingen = controleerRaster(gelezen.waarden, gelezen.oorsprong, beleid);
  laatste = { gelezen, bevindingen, beleid: beleid?.omschrijving, tijd: new Date().toLocaleString('nl-NL') };
  toon(laatste);
  klaar(byId('controle-rapport'), true);
}

function telling(bevindingen: readonly Bevinding[]): string {
  const fouten = bevindingen.filter((b) => b.ernst === 'fout').length;
  const waarschuwingen = bevindingen.length - fouten;
  const delen = [fouten ? `${fouten} ${fouten === 1 ? 'fout' : 'fouten'}` : '', waarschuwingen ? `${waarschuwingen} ${waarschuwingen === 1 ? 'waarschuwing' : 'waarschuwingen'}` : ''];
  return delen.filter(Boolean).join(' en ');
}

function toon({ gelezen, bevindingen, beleid }: Controle): void {
  const over = `Tabel ${gelezen.adres}${beleid ? `, vergeleken met ${beleid}` : ''}.`;
  vervang(
    byId('controle-uitkomst'),
    bevindingen.length === 0 ? melding('gelukt', 'Geen bevindingen', over) : melding(bevindingen.some((b) => b.ernst === 'fout') ? 'fout' : 'let-op', eersteHoofdletter(telling(bevindingen)), over, 'Klik op een bevinding om naar de cel te gaan.'),
  );
  vervang(
    byId('controle-bevindingen'),
    ...bevindingen.map((b) => {
      const knop = el(
        'button',
        { type: 'button', class: `bevinding bevinding-${b.ernst}`, 'data-cel': b.cel, 'aria-label': `${b.ernst} in cel ${b.cel}: ${b.bericht}` },
        el('span', { class: 'bevinding-kop' }, el('span', { class: `ernst ernst-${b.ernst}` }, b.ernst), el('span', { class: 'bevinding-cel' }, b.cel), el('span', { class: 'bevinding-kolom' }, b.kolom)),
        el('span', { class: 'bevinding-bericht' }, eersteHoofdletter(b.bericht)),
        b.verwacht !== undefined || b.gevonden !== undefined
          ? el('span', { class: 'bevinding-waarden' }, b.verwacht !== undefined ? `verwacht ${b.verwacht}` : '', b.verwacht !== undefined && b.gevonden !== undefined ? ' · ' : '', b.gevonden !== undefined ? `gevonden ${b.gevonden}` : '')
          : null,
      );
      knop.addEventListener('click', () => {
        selecteerCel(gelezen.blad, b.cel).catch((fout) => vervang(byId('controle-uitkomst'), melding('fout', 'Cel selecteren lukte niet', String(fout?.message ?? fout))));
      });
      return el('li', {}, knop);
    }),
  );
}

/** The findings on the report sheet, each cell a link back to the table. */
async function rapport(): Promise<void> {
  const c = laatste;
  if (!c) return;
  const blad = bladNaam(c.gelezen.blad);
  const regels = c.bevindingen.map((b) => [`=HYPERLINK(${tekst(`#${blad}!${b.cel}`)},${tekst(b.cel)})`, b.ernst, b.kolom, eersteHoofdletter(b.bericht), b.verwacht ?? '', b.gevonden ?? '']);
  const { naam, vervangen } = await schrijfRapportBlad(
    {
      naam: 'WLZ-controle',
      blokken: [
        { cel: 'A1', rijen: [[RAPPORT_KENMERK]], vet: true },
        {
          cel: 'A2',
          rijen: [['Tabel', `${blad}!${c.gelezen.adres.slice(c.gelezen.adres.lastIndexOf('!') + 1)}`], ['Gecontroleerd', c.tijd], ['Beleid', c.beleid ?? 'geen vergelijking'], ['Uitkomst', c.bevindingen.length ? telling(c.bevindingen) : 'geen bevindingen']],
          notaties: ['@', '@'],
        },
        { cel: 'A7', rijen: [['Cel', 'Ernst', 'Kolom', 'Bericht', 'Verwacht', 'Gevonden']], kop: true },
        ...(regels.length ? [{ cel: 'A8', rijen: regels, notaties: [undefined, '@', '@', '@', '@', '@'] }] : []),
      ],
      breedtes: [60, 90, 110, 420, 110, 110],
    },
    RAPPORT_KENMERK,
  );
  vervang(
    byId('controle-uitkomst'),
    melding('gelukt', vervangen ? `Rapport bijgewerkt op blad “${naam}”` : `Rapport op nieuw blad “${naam}”`, naam === 'WLZ-controle' ? '' : 'Er was al een eigen blad “WLZ-controle”; dat is niet veranderd.'),
  );
}
