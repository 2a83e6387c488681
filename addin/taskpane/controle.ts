import { type Bevinding, controleerRaster, leesControlecontext, maakBeleid } from '../../core/controle';
import { beleidscontexten } from '../../core/tariefpercentage';
import { byId, el, melding, opties, vervang, waarde } from './dom';
import { bladNaam, tekst } from './formule';
import { bijKlik, klaar } from './omgeving';
import { eersteHoofdletter, foutTekst } from './opmaak';
import { vulUitSjabloon } from './tabblad';
import { type GelezenSelectie, leesTabelRondSelectie, schrijfRapportBlad, selecteerCel } from './werkmap';

/**
 * The Controle tab: the productieafspraak table around the selection, checked by the core
 * (controleerRaster, docs/contract.md §5), optionally against the policy of a zorgkantoor/jaar/sector. Clicking a
 * finding selects its cell; the report goes to the pane's own sheet "WLZ-controle". The user's cells
 * are only read. Outside Excel (or beside it), a chosen or dropped workbook file is checked in the
 * browser by the same core checks (bestandscontrole.ts, loaded only when a file comes).
 */

/** A1 of the report sheet: how the pane recognises its own report (and never clears a user's sheet). */
const RAPPORT_KENMERK = 'WLZ-controle: rapport van het WLZ-taakvenster';

interface Controle {
  gelezen: GelezenSelectie;
  bevindingen: Bevinding[];
  beleid?: string;
  tijd: string;
}

let laatste: Controle | undefined;

export function bouwControle(paneel: HTMLElement): void {
  vulUitSjabloon(paneel, 'controle');
  const contexten = beleidscontexten();
  vervang(
    byId('controle-context'),
    ...opties(
      [
        { waarde: '', label: 'Geen beleidsvergelijking' },
        ...contexten.map((c) => ({ waarde: `${c.zorgkantoor}|${c.jaar}|${c.sector}`, label: `${c.zorgkantoor} ${c.jaar} ${c.sector}` })),
      ],
      '',
    ),
  );
  bijKlik(byId('controle-start'), byId('controle-uitkomst'), controleer);
  bijKlik(byId('controle-rapport'), byId('controle-uitkomst'), rapport);
  klaar(byId('controle-rapport'), false);
  bouwBestandskeuze();
}

/** The policy to compare with, as chosen (optional). */
function gekozenBeleid(): ReturnType<typeof maakBeleid> | undefined {
  const [zorgkantoor, jaar, sector] = waarde('controle-context').split('|');
  const context = leesControlecontext(
    zorgkantoor || null,
    jaar ? Number(jaar) : null,
    sector || null,
    zorgkantoor ? waarde('controle-kenmerken') : null,
  );
  return context ? maakBeleid(context) : undefined;
}

/** "Werkmap kiezen" and dropping a file on the box: the file is read and checked here, in the browser. */
function bouwBestandskeuze(): void {
  const vak = byId('controle-bestand');
  const invoer = byId<HTMLInputElement>('controle-bestand-invoer');
  byId('controle-bestand-kiezen').addEventListener('click', () => invoer.click());
  invoer.addEventListener('change', () => {
    const bestand = invoer.files?.[0];
    // The same file may be chosen again after a fix: clear the input, so it reports a change.
    if (bestand) void controleerBestand(bestand).finally(() => (invoer.value = ''));
  });
  vak.addEventListener('dragover', (event) => {
    event.preventDefault();
    vak.classList.add('erboven');
  });
  vak.addEventListener('dragleave', () => vak.classList.remove('erboven'));
  vak.addEventListener('drop', (event) => {
    event.preventDefault();
    vak.classList.remove('erboven');
    const bestand = event.dataTransfer?.files?.[0];
    if (bestand) void controleerBestand(bestand);
  });
}

async function controleerBestand(bestand: File): Promise<void> {
  const uitkomst = byId('controle-uitkomst');
  const download = byId('controle-download');
  download.hidden = true;
  vervang(byId('controle-bevindingen'));
  vervang(uitkomst, melding('info', `${bestand.name} wordt gecontroleerd…`));
  try {
    const beleid = gekozenBeleid();
    // Loaded only now: the reader is not part of the pane's first load.
    const { controleerBestandInBrowser, rapportwerkmap } = await import(/* webpackChunkName: "bestandscontrole" */ './bestandscontrole');
    const jaar = Number(waarde('controle-context').split('|')[1]) || undefined;
    const uitslag = await controleerBestandInBrowser(bestand, beleid, jaar);
    const verborgen = uitslag.verborgenBladen.length ? ` Verborgen, niet gecontroleerd: ${uitslag.verborgenBladen.join(', ')}.` : '';
    const over = `${bestand.name}: ${uitslag.tabellen.length ? uitslag.tabellen.map((t) => `${t.blad}!${t.bereik} (${t.regels} ${t.regels === 1 ? 'regel' : 'regels'})`).join(', ') : 'geen tabel gevonden'}${beleid ? `, vergeleken met ${beleid.omschrijving}` : ''}.${verborgen}`;
    const { bevindingen } = uitslag;
    vervang(
      uitkomst,
      bevindingen.length === 0
        ? melding('gelukt', 'Geen bevindingen', over)
        : melding(bevindingen.some((b) => b.ernst === 'fout') ? 'fout' : 'let-op', eersteHoofdletter(telling(bevindingen)), over),
    );
    vervang(
      byId('controle-bevindingen'),
      ...bevindingen.map((b) => el('li', {}, bevindingElement('div', b, b.blad ? `${b.blad}!${b.cel}` : b.cel))),
    );
    download.hidden = false;
    download.onclick = () => {
      const bytes = rapportwerkmap(bestand.name, uitslag);
      const url = URL.createObjectURL(
        new Blob([new Uint8Array(bytes)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
      );
      const link = el('a', { href: url, download: `${bestand.name.replace(/\.[^.]+$/, '')}-wlz-controle.xlsx` });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    };
  } catch (fout) {
    const { code, bericht } = foutTekst(fout);
    vervang(uitkomst, melding('fout', code ? `${bestand.name} niet gecontroleerd (${code})` : `${bestand.name} is niet te lezen`, bericht));
  }
}

async function controleer(): Promise<void> {
  vervang(byId('controle-bevindingen'));
  byId('controle-download').hidden = true;
  laatste = undefined;
  klaar(byId('controle-rapport'), false);
  const beleid = gekozenBeleid();
  const gelezen = await leesTabelRondSelectie();
  const bevindingen = controleerRaster(gelezen.waarden, gelezen.oorsprong, beleid);
  laatste = { gelezen, bevindingen, beleid: beleid?.omschrijving, tijd: new Date().toLocaleString('nl-NL') };
  toon(laatste);
  klaar(byId('controle-rapport'), true);
}

function telling(bevindingen: ReadonlyArray<Pick<Bevinding, 'ernst'>>): string {
  const fouten = bevindingen.filter((b) => b.ernst === 'fout').length;
  const waarschuwingen = bevindingen.length - fouten;
  const delen = [
    fouten ? `${fouten} ${fouten === 1 ? 'fout' : 'fouten'}` : '',
    waarschuwingen ? `${waarschuwingen} ${waarschuwingen === 1 ? 'waarschuwing' : 'waarschuwingen'}` : '',
  ];
  return delen.filter(Boolean).join(' en ');
}

function toon({ gelezen, bevindingen, beleid }: Controle): void {
  const over = `Tabel ${gelezen.adres}${beleid ? `, vergeleken met ${beleid}` : ''}.`;
  vervang(
    byId('controle-uitkomst'),
    bevindingen.length === 0
      ? melding('gelukt', 'Geen bevindingen', over)
      : melding(
          bevindingen.some((b) => b.ernst === 'fout') ? 'fout' : 'let-op',
          eersteHoofdletter(telling(bevindingen)),
          over,
          'Klik op een bevinding om naar de cel te gaan.',
        ),
  );
  vervang(
    byId('controle-bevindingen'),
    ...bevindingen.map((b) => {
      const knop = bevindingElement('button', b, b.cel);
      knop.addEventListener('click', () => {
        selecteerCel(gelezen.blad, b.cel).catch((fout) =>
          vervang(byId('controle-uitkomst'), melding('fout', 'Cel selecteren lukte niet', String(fout?.message ?? fout))),
        );
      });
      return el('li', {}, knop);
    }),
  );
}

/** One finding: a button that selects its cell in Excel, or a plain entry for a file's finding. */
function bevindingElement(tag: 'button' | 'div', b: Omit<Bevinding, 'cel' | 'rij'>, plaats: string | undefined): HTMLElement {
  return el(
    tag,
    {
      type: tag === 'button' ? 'button' : undefined,
      class: `bevinding bevinding-${b.ernst}`,
      'data-cel': plaats,
      'aria-label': tag === 'button' ? `${b.ernst} in cel ${plaats}: ${b.bericht}` : undefined,
    },
    el(
      'span',
      { class: 'bevinding-kop' },
      el('span', { class: `ernst ernst-${b.ernst}` }, b.ernst),
      plaats ? el('span', { class: 'bevinding-cel' }, plaats) : null,
      b.kolom ? el('span', { class: 'bevinding-kolom' }, b.kolom) : null,
    ),
    el('span', { class: 'bevinding-bericht' }, eersteHoofdletter(b.bericht)),
    b.verwacht !== undefined || b.gevonden !== undefined
      ? el(
          'span',
          { class: 'bevinding-waarden' },
          b.verwacht !== undefined ? `verwacht ${b.verwacht}` : '',
          b.verwacht !== undefined && b.gevonden !== undefined ? ' · ' : '',
          b.gevonden !== undefined ? `gevonden ${b.gevonden}` : '',
        )
      : null,
  );
}

/** The findings on the report sheet, each cell a link back to the table. */
async function rapport(): Promise<void> {
  const c = laatste;
  if (!c) return;
  const blad = bladNaam(c.gelezen.blad);
  const regels = c.bevindingen.map((b) => [
    `=HYPERLINK(${tekst(`#${blad}!${b.cel}`)},${tekst(b.cel)})`,
    b.ernst,
    b.kolom,
    eersteHoofdletter(b.bericht),
    b.verwacht ?? '',
    b.gevonden ?? '',
  ]);
  const { naam, vervangen } = await schrijfRapportBlad(
    {
      naam: 'WLZ-controle',
      blokken: [
        { cel: 'A1', rijen: [[RAPPORT_KENMERK]], vet: true },
        {
          cel: 'A2',
          rijen: [
            ['Tabel', `${blad}!${c.gelezen.adres.slice(c.gelezen.adres.lastIndexOf('!') + 1)}`],
            ['Gecontroleerd', c.tijd],
            ['Beleid', c.beleid ?? 'geen vergelijking'],
            ['Uitkomst', c.bevindingen.length ? telling(c.bevindingen) : 'geen bevindingen'],
          ],
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
    melding(
      'gelukt',
      vervangen ? `Rapport bijgewerkt op blad “${naam}”` : `Rapport op nieuw blad “${naam}”`,
      naam === 'WLZ-controle' ? '' : 'Er was al een eigen blad “WLZ-controle”; dat is niet veranderd.',
    ),
  );
}
