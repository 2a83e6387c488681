import { D } from '../../core/geld';
import { vergelijk } from '../../core/vergelijk';
import { aangevinkt, byId, el, melding, opties, vervang, waarde } from './dom';
import { getal, inNederlandseNotatie, tekst, wlz } from './formule';
import { staafgrafiek } from './grafiek';
import { beleidsargument, beleidscontextenNu, bijNieuwBeleid, werkmapbeleid } from './beleidstabel';
import { bijKlik, klaar } from './omgeving';
import { foutTekst, percentage } from './opmaak';
import { leesActieveCel, schrijfFormule } from './werkmap';

/**
 * The Vergelijken tab: the policy percentage of every zorgkantoor for a year and sector (by default
 * the 2024 V&V comparison of the seven, Thema's 2024–2026) for the kenmerken ticked, as a table and a
 * bar chart, each row with its source and confidence (core `vergelijk`).
 */

// The workbook's WLZ_beleid table adds its years once Excel is connected (./beleidstabel).
const contexten = () => beleidscontextenNu();
/** Year and sector pairs with policy of at least two zorgkantoren (or from the user's table): there is something to compare. */
const paren = () =>
  [...new Set(contexten().map((c) => `${c.jaar}|${c.sector}`))]
    .map((p) => ({ jaar: Number(p.split('|')[0]), sector: p.split('|')[1] }))
    .filter((p) => {
      const hier = contexten().filter((c) => c.jaar === p.jaar && c.sector === p.sector);
      return hier.length >= 2 || hier.some((c) => c.eigen);
    });

let jaar = 2024;
let sector = 'V&V';
let formule: string | undefined;

export function startVergelijken(): void {
  kies(jaar, sector);
  bijNieuwBeleid(() => kies(jaar, sector));
  byId('vergelijk-jaar').addEventListener('change', () => kies(Number(waarde('vergelijk-jaar')), sector));
  byId('vergelijk-sector').addEventListener('change', () => kies(jaar, waarde('vergelijk-sector')));
  bijKlik(byId('vergelijk-invoegen'), byId('vergelijk-invoegen-uitkomst'), voegIn);
}

function kies(j: number, s: string): void {
  const jaren = [...new Set(paren().map((p) => p.jaar))].sort((a, b) => b - a);
  jaar = jaren.includes(j) ? j : jaren[0];
  const sectoren = paren().filter((p) => p.jaar === jaar).map((p) => p.sector);
  sector = sectoren.includes(s) ? s : sectoren[0];
  vervang(byId('vergelijk-jaar'), ...opties(jaren.map((x) => ({ waarde: String(x), label: String(x) })), String(jaar)));
  vervang(byId('vergelijk-sector'), ...opties(sectoren.map((x) => ({ waarde: x, label: x })), sector));

  // Every word some zorgkantoor of this year and sector knows; "bestaand" only states the default.
  const woorden = new Map<string, { bandbreedte: boolean }>();
  for (const c of contexten().filter((x) => x.jaar === jaar && x.sector === sector)) {
    for (const k of c.kenmerken) if (k.werking !== 'standaard') woorden.set(k.woord, { bandbreedte: woorden.get(k.woord)?.bandbreedte || k.bandbreedte !== undefined });
  }
  const blokken: HTMLElement[] = [el('p', { class: 'veld-label' }, 'Kenmerken van de zorgaanbieder')];
  const stappen: HTMLElement[] = [];
  for (const [woord, { bandbreedte }] of woorden) {
    const vinkje = el('fluent-checkbox', { 'data-woord': woord }, woord);
    vinkje.addEventListener('change', bereken);
    blokken.push(vinkje);
    if (bandbreedte) {
      const stap = el('fluent-text-field', { id: 'vergelijk-stap', placeholder: '+0,5' }, `Stap ${woord} (procentpunt)`);
      stap.addEventListener('input', bereken);
      stappen.push(stap);
    }
  }
  blokken.push(...stappen);
  vervang(byId('vergelijk-kenmerken'), ...blokken);
  bereken();
}

function kenmerken(): string[] {
  const gekozen: string[] = [];
  byId('vergelijk-kenmerken')
    .querySelectorAll<HTMLElement>('fluent-checkbox')
    .forEach((vinkje) => {
      if (!aangevinkt(vinkje)) return;
      const woord = vinkje.dataset.woord!;
      const stap = document.getElementById('vergelijk-stap') ? waarde('vergelijk-stap').trim() : '';
      gekozen.push(woord === 'differentiatie' && stap ? `${woord} ${/^[+-]/.test(stap) ? stap : `+${stap}`}` : woord);
    });
  return gekozen;
}

function bereken(): void {
  const uitkomst = byId('vergelijk-uitkomst');
  formule = undefined;
  try {
    const woorden = kenmerken();
    const rijen = vergelijk(jaar, sector, woorden, werkmapbeleid());
    const beleid = beleidsargument(contexten().some((c) => c.eigen && c.jaar === jaar && c.sector === sector));
    formule = `=${wlz('VERGELIJK', getal(jaar), tekst(sector), woorden.length ? tekst(woorden.join(', ')) : undefined, beleid)}`;
    const metGetal = rijen.filter((r) => r.percentage !== undefined).map((r) => r.percentage!.toNumber());
    const laagste = metGetal.reduce((min, p) => Math.min(min, p), 1);
    // The axis starts a little below the lowest percentage: differences of tenths stay visible. It says so.
    const van = Math.max(0, Math.floor(laagste * 100 - 1) / 100);
    vervang(
      uitkomst,
      el('p', { class: 'hulp' }, `Tariefpercentage van de zorgcomponent per zorgkantoor, ${jaar} ${sector}${woorden.length ? `, kenmerken: ${woorden.join(', ')}` : ', bestaande aanbieder'}.`),
      staafgrafiek({
        id: 'vergelijk-grafiek',
        titel: `Tariefpercentage per zorgkantoor, ${jaar} ${sector}`,
        beschrijving: `${rijen.map((r) => `${r.zorgkantoor}: ${r.percentage ? percentage(r.percentage) : 'geen getal'}`).join('; ')}. De as loopt van ${percentage(new D(van))} tot 100%.`,
        staven: rijen.map((r) => ({ label: r.zorgkantoor, waarde: r.percentage?.toNumber(), tekst: r.percentage ? percentage(r.percentage) : 'geen getal (zie toelichting)' })),
        van,
        tot: 1,
        asTekst: (w) => percentage(new D(String(w)), 1),
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
            el('tr', {}, el('th', { scope: 'row' }, r.zorgkantoor), el('td', { class: 'getal' }, r.percentage ? percentage(r.percentage) : '—')),
            el(
              'tr',
              { class: 'toelichting' },
              el(
                'td',
                { colspan: 2 },
                el('span', { class: 'uitleg' }, r.toelichting),
                el('span', { class: 'bron' }, el('span', { class: 'bron-label' }, 'Bron: '), r.bron, ' · ', el('span', { class: r.zekerheid ? 'zekerheid-middel' : undefined }, `zekerheid ${r.zekerheid ?? 'hoog'}`)),
              ),
            ),
          ),
        ),
      ),
      el('p', { class: 'formule-regel' }, el('span', { class: 'formule-label' }, 'Formule'), ' ', el('code', {}, inNederlandseNotatie(formule))),
    );
  } catch (fout) {
    const { code, bericht } = foutTekst(fout);
    vervang(uitkomst, melding('fout', code ?? 'Fout', bericht));
  }
  klaar(byId('vergelijk-invoegen'), formule !== undefined);
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
