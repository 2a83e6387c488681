import { D, alsNederlandsGetal } from '../../core/geld';
import type { Beleidscontext } from '../../core/tariefpercentage';
import { beleidsargument, beleidscontextenNu, bijNieuwBeleid, werkmapbeleid } from './beleidstabel';
import { vergelijk } from '../../core/vergelijk';
import { aangevinkt, byId, el, melding, opties, vervang, waarde } from './dom';
import { getal, inNederlandseNotatie, tekst, wlz } from './formule';
import { type Keuzegroep, keuzegroepen } from './kenmerkkeuze';
import { keuzegroepElement } from './keuzeknoppen';
import { bijKlik, klaar } from './omgeving';
import { percentage } from './opmaak';
import { vulUitSjabloon } from './tabblad';
import { leesVeld, toonFout } from './velden';
import { staafgrafiek } from './grafiek';
import { leesActieveCel, schrijfFormule } from './werkmap';

/**
 * The Vergelijken tab: the policy percentage of every zorgkantoor for a year and sector (by default
 * the 2024 V&V comparison of the seven, Thema's 2024–2026) for the kenmerken chosen, as a table and a
 * bar chart, each row with its source and confidence (core `vergelijk`). "Bestaand"/"nieuw" is the same
 * radio group as on the Tarief tab, and nothing is compared until it is chosen.
 */

/** The comparison axis starts at the lowest percentage shown, or lower at 90 %, and ends at 100 %. */
const AS_VAN = 0.9;

let contexten: Beleidscontext[];
/** Year and sector pairs with policy of at least two zorgkantoren: there is something to compare. */
let paren: Array<{ jaar: number; sector: string }>;
let jaar = 2024;
let sector = 'V&V';
let formule: string | undefined;
/** Per radio group the word chosen (null: its default option); a group not in the map is not chosen yet. */
let gekozen = new Map<string, string | null>();
let groepen: Keuzegroep[] = [];
let stapBereik: { van: D; tot: D } | undefined;

/** Year and sector pairs with policy of at least two zorgkantoren (or from the user's table): there is something to compare. */
function leesContexten(): void {
  contexten = beleidscontextenNu();
  paren = [...new Set(contexten.map((c) => `${c.jaar}|${c.sector}`))]
    .map((p) => ({ jaar: Number(p.split('|')[0]), sector: p.split('|')[1] }))
    .filter((p) => {
      const hier = contexten.filter((c) => c.jaar === p.jaar && c.sector === p.sector);
      return hier.length >= 2 || hier.some((c) => c.eigen);
    });
}

export function bouwVergelijken(paneel: HTMLElement): void {
  vulUitSjabloon(paneel, 'vergelijken');
  leesContexten();
  kies(jaar, sector);
  // The workbook's WLZ_beleid table adds its years once Excel is connected (./beleidstabel).
  bijNieuwBeleid(() => {
    leesContexten();
    kies(jaar, sector);
  });
  byId('vergelijk-jaar').addEventListener('change', () => kies(Number(waarde('vergelijk-jaar')), sector));
  byId('vergelijk-sector').addEventListener('change', () => kies(jaar, waarde('vergelijk-sector')));
  bijKlik(byId('vergelijk-invoegen'), byId('vergelijk-invoegen-uitkomst'), voegIn);
}

/** The option groups of all zorgkantoren of the year and sector, merged per group (options in first-seen order). */
function samengevoegd(lijst: readonly Beleidscontext[]): Keuzegroep[] {
  const perSleutel = new Map<string, Keuzegroep>();
  for (const groep of lijst.flatMap((c) => keuzegroepen(c)).filter((g) => !g.vinkje)) {
    const bestaand = perSleutel.get(groep.sleutel);
    if (!bestaand) perSleutel.set(groep.sleutel, { ...groep, opties: [...groep.opties] });
    else for (const o of groep.opties) if (!bestaand.opties.some((x) => x.woord === o.woord)) bestaand.opties.push(o);
  }
  return [...perSleutel.values()].map((g) => ({
    ...g,
    opties: [...g.opties.filter((o) => o.woord === null), ...g.opties.filter((o) => o.woord !== null)],
  }));
}

function kies(j: number, s: string): void {
  const jaren = [...new Set(paren.map((p) => p.jaar))].sort((a, b) => b - a);
  jaar = jaren.includes(j) ? j : jaren[0];
  const sectoren = paren.filter((p) => p.jaar === jaar).map((p) => p.sector);
  sector = sectoren.includes(s) ? s : sectoren[0];
  vervang(
    byId('vergelijk-jaar'),
    ...opties(
      jaren.map((x) => ({ waarde: String(x), label: String(x) })),
      String(jaar),
    ),
  );
  vervang(
    byId('vergelijk-sector'),
    ...opties(
      sectoren.map((x) => ({ waarde: x, label: x })),
      sector,
    ),
  );

  const hier = contexten.filter((x) => x.jaar === jaar && x.sector === sector);
  groepen = samengevoegd(hier);
  gekozen = new Map();
  const inGroep = new Set(groepen.flatMap((g) => g.opties.map((o) => o.woord)));
  // Every other word some zorgkantoor of this year and sector knows (opslagen, …): a tick, as on the Tarief tab.
  const woorden = new Map<string, { van: D; tot: D } | undefined>();
  for (const c of hier) {
    for (const k of c.kenmerken) {
      if (k.werking === 'standaard' || inGroep.has(k.woord)) continue;
      const oud = woorden.get(k.woord);
      const b = k.bandbreedte;
      woorden.set(k.woord, oud && b ? { van: D.min(oud.van, b.van), tot: D.max(oud.tot, b.tot) } : (oud ?? b));
    }
  }
  const blokken: HTMLElement[] = groepen.map((g, i) =>
    keuzegroepElement(`vergelijk-groep-${i}`, g, (woord) => {
      gekozen.set(g.sleutel, woord);
      bereken();
    }),
  );
  if (woorden.size) blokken.push(el('p', { class: 'veld-label' }, 'Opslagen en andere kenmerken'));
  stapBereik = undefined;
  const stappen: HTMLElement[] = [];
  for (const [woord, bandbreedte] of woorden) {
    const vinkje = el('fluent-checkbox', { 'data-woord': woord }, woord);
    vinkje.addEventListener('change', bereken);
    blokken.push(vinkje);
    if (bandbreedte) {
      stapBereik = bandbreedte;
      const invoer = el('input', {
        id: 'vergelijk-stap',
        class: 'invoer',
        inputmode: 'decimal',
        autocomplete: 'off',
        placeholder: '+0,5',
        'data-woord': woord,
      });
      invoer.addEventListener('input', bereken);
      stappen.push(el('div', { class: 'veld' }, el('label', { for: 'vergelijk-stap' }, `Stap ${woord} (procentpunt)`), invoer));
    }
  }
  blokken.push(...stappen);
  vervang(byId('vergelijk-kenmerken'), ...blokken);
  bereken();
}

function kenmerken(): string[] {
  const woorden = [...gekozen.values()].filter((w): w is string => w !== null);
  byId('vergelijk-kenmerken')
    .querySelectorAll<HTMLElement>('fluent-checkbox')
    .forEach((vinkje) => {
      if (!aangevinkt(vinkje)) return;
      const woord = vinkje.dataset.woord!;
      const stap =
        stapBereik && document.getElementById('vergelijk-stap')?.dataset.woord === woord
          ? leesVeld('vergelijk-stap', 'stap', { soort: 'procentpunt', bereik: stapBereik })
          : undefined;
      woorden.push(stap ? `${woord} ${stap.isNegative() ? '' : '+'}${alsNederlandsGetal(stap.times(100))}` : woord);
    });
  return woorden;
}

function bereken(): void {
  const uitkomst = byId('vergelijk-uitkomst');
  formule = undefined;
  try {
    const open = groepen.filter((g) => !gekozen.has(g.sleutel) && g.sleutel === 'aanbieder');
    if (open.length) {
      vervang(
        uitkomst,
        el('p', { class: 'hulp', id: 'vergelijk-nog-kiezen' }, 'Kies bestaande of nieuwe zorgaanbieder: dat bepaalt de percentages.'),
      );
    } else {
      toon(uitkomst, kenmerken());
    }
  } catch (fout) {
    toonFout(uitkomst, fout);
  }
  klaar(byId('vergelijk-invoegen'), formule !== undefined);
}

function toon(uitkomst: HTMLElement, woorden: string[]): void {
  const rijen = vergelijk(jaar, sector, woorden, werkmapbeleid());
  const beleid = beleidsargument(contexten.some((c) => c.eigen && c.jaar === jaar && c.sector === sector));
  formule = `=${wlz('VERGELIJK', getal(jaar), tekst(sector), woorden.length ? tekst(woorden.join(', ')) : undefined, beleid)}`;
  const metGetal = rijen.filter((r) => r.percentage !== undefined).map((r) => r.percentage!.toNumber());
  const van = Math.min(AS_VAN, ...metGetal);
  const asUitleg = `De as loopt van ${percentage(new D(String(van)))} tot 100%.`;
  vervang(
    uitkomst,
    el(
      'p',
      { class: 'hulp' },
      `Tariefpercentage van de zorgcomponent per zorgkantoor, ${jaar} ${sector}${woorden.length ? `, kenmerken: ${woorden.join(', ')}` : ', bestaande aanbieder'}.`,
    ),
    staafgrafiek({
      id: 'vergelijk-grafiek',
      titel: `Tariefpercentage per zorgkantoor, ${jaar} ${sector}`,
      beschrijving: `${rijen.map((r) => `${r.zorgkantoor}: ${r.percentage ? percentage(r.percentage) : 'geen getal'}`).join('; ')}. ${asUitleg}`,
      staven: rijen.map((r) => ({
        label: r.zorgkantoor,
        waarde: r.percentage?.toNumber(),
        tekst: r.percentage ? percentage(r.percentage) : 'geen getal (zie toelichting)',
      })),
      van,
      tot: 1,
      asTekst: (w) => percentage(new D(String(w)), 1),
      asUitleg,
    }),
    el(
      'table',
      { class: 'tabel vergelijking', id: 'vergelijk-tabel' },
      el('caption', { class: 'verborgen' }, `Vergelijking ${jaar} ${sector}`),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Zorgkantoor'), el('th', { scope: 'col', class: 'getal' }, 'Percentage'))),
      ...rijen.map((r) =>
        el(
          'tbody',
          { class: 'zorgkantoor' },
          el(
            'tr',
            {},
            el('th', { scope: 'row' }, r.zorgkantoor),
            el('td', { class: 'getal' }, r.percentage ? percentage(r.percentage) : '—'),
          ),
          el(
            'tr',
            { class: 'toelichting' },
            el(
              'td',
              { colspan: 2 },
              el('span', { class: 'uitleg' }, r.toelichting),
              el(
                'span',
                { class: 'bron' },
                el('span', { class: 'bron-label' }, 'Bron: '),
                r.bron,
                ' · ',
                el('span', { class: r.zekerheid ? 'zekerheid-middel' : undefined }, `zekerheid ${r.zekerheid ?? 'hoog'}`),
              ),
            ),
          ),
        ),
      ),
    ),
    el(
      'p',
      { class: 'formule-regel' },
      el('span', { class: 'formule-label' }, 'Formule'),
      ' ',
      el('code', {}, inNederlandseNotatie(formule)),
    ),
  );
}

/** VERGELIJK spills a table from the active cell; Excel shows #OVERLOOP! rather than overwrite cells in its way. */
async function voegIn(): Promise<void> {
  const teSchrijven = formule;
  if (!teSchrijven) return;
  const actief = await leesActieveCel();
  const uitvoer = byId('vergelijk-invoegen-uitkomst');
  if (actief.inhoud !== '') {
    vervang(uitvoer, melding('let-op', `Cel ${actief.cel} is niet leeg`, 'Kies een lege cel met ruimte eronder en rechts ervan.'));
    return;
  }
  const adres = await schrijfFormule(actief.blad, actief.cel, teSchrijven);
  vervang(uitvoer, melding('gelukt', 'Formule ingevoegd', `In ${adres}: ${inNederlandseNotatie(teSchrijven)}`));
}
