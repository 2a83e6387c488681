import { WlzFout } from '../../core/fout';
import { roep, zoekFunctie } from '../../core/functies';
import { D, alsNederlandsGetal } from '../../core/geld';
import { type Beleidsantwoord, type Beleidscontext, tariefpercentage } from '../../core/tariefpercentage';
import { beleidsargument, beleidscontextenNu, bijNieuwBeleid, werkmapbeleid } from './beleidstabel';
import { ZORGKANTOREN } from '../../core/zorgkantoor';
import { aangevinkt, byId, el, melding, opties, vervang, waarde } from './dom';
import { getal, inNederlandseNotatie, tekst, wlz } from './formule';
import { type Keuzestand, beginstand, combinatieVan, keuzegroepen, kies, losseKenmerken } from './kenmerkkeuze';
import { keuzegroepElement, zetKeuze } from './keuzeknoppen';
import { bijKlik, klaar } from './omgeving';
import { bedrag, foutTekst, percentage } from './opmaak';
import { vulUitSjabloon } from './tabblad';
import { type Veldsoort, leesVeld, toonFout } from './velden';
import { leesActieveCel, schrijfFormule } from './werkmap';

/**
 * The Tarief tab: zorgkantoor, jaar, sector and kenmerken → the policy percentage with its explanation
 * and source (core tariefpercentage); NZa components → the tariff per unit (WLZ.TARIEF); and the live
 * formula for the active cell. The pickers offer only what the embedded policy has; a kenmerken group
 * starts unchosen, and no percentage is shown until every group is chosen.
 */

const TARIEF = zoekFunctie('TARIEF')!;
/** A tariff percentage is in (0, 1] (docs/contract.md §1). */
const PERCENTAGE: Veldsoort = { soort: 'procent', bereik: { van: new D(0), tot: new D(1), vanToegestaan: false } };
const BEDRAG: Veldsoort = { soort: 'bedrag' };

interface Stand {
  context: Beleidscontext;
  keuze: Keuzestand;
  /** The groups the user has chosen in (the others show no selection). */
  gekozen: Set<string>;
  /** Ticked opslagen and unpublished cases. */
  extra: Set<string>;
  antwoord?: Beleidsantwoord;
}

let contexten: Beleidscontext[];
let zorgkantoren: string[];
let stand: Stand;

const jarenVan = (zk: string) => [...new Set(contexten.filter((c) => c.zorgkantoor === zk).map((c) => c.jaar))].sort((a, b) => b - a);
const sectorenVan = (zk: string, jaar: number) => contexten.filter((c) => c.zorgkantoor === zk && c.jaar === jaar).map((c) => c.sector);

function leesContexten(): void {
  contexten = beleidscontextenNu();
  zorgkantoren = ZORGKANTOREN.filter((zk) => contexten.some((c) => c.zorgkantoor === zk));
}

export function bouwTarief(paneel: HTMLElement): void {
  vulUitSjabloon(paneel, 'tarief');
  leesContexten();
  const begin = contexten.find((c) => c.zorgkantoor === 'Zilveren Kruis' && c.jaar === 2023 && c.sector === 'GGZ') ?? contexten[0];
  kiesContext(begin.zorgkantoor, begin.jaar, begin.sector);
  // The workbook's WLZ_beleid table adds and replaces contexts once Excel is connected (./beleidstabel).
  bijNieuwBeleid(() => {
    leesContexten();
    kiesContext(stand.context.zorgkantoor, stand.context.jaar, stand.context.sector);
  });

  byId('tarief-zorgkantoor').addEventListener('change', () =>
    kiesContext(waarde('tarief-zorgkantoor'), stand.context.jaar, stand.context.sector),
  );
  byId('tarief-jaar').addEventListener('change', () =>
    kiesContext(stand.context.zorgkantoor, Number(waarde('tarief-jaar')), stand.context.sector),
  );
  byId('tarief-sector').addEventListener('change', () =>
    kiesContext(stand.context.zorgkantoor, stand.context.jaar, waarde('tarief-sector')),
  );
  for (const id of ['tarief-vorig', 'tarief-stap']) byId(id).addEventListener('input', zoekPercentage);
  for (const id of ['tarief-zorg', 'tarief-nhc', 'tarief-nic', 'tarief-eigen']) byId(id).addEventListener('input', berekenTarief);
  bijKlik(byId('tarief-invoegen'), byId('tarief-invoegen-uitkomst'), voegFormuleIn);
}

/** A zorgkantoor, jaar or sector changed: the other pickers follow to a combination that exists. */
function kiesContext(zorgkantoor: string, jaar: number, sector: string): void {
  const zk = zorgkantoren.includes(zorgkantoor) ? zorgkantoor : zorgkantoren[0];
  const jaren = jarenVan(zk);
  const j = jaren.includes(jaar) ? jaar : jaren[0];
  const sectoren = sectorenVan(zk, j);
  const s = sectoren.includes(sector as never) ? sector : sectoren[0];
  const context = contexten.find((c) => c.zorgkantoor === zk && c.jaar === j && c.sector === s)!;

  vervang(
    byId('tarief-zorgkantoor'),
    ...opties(
      zorgkantoren.map((z) => ({ waarde: z, label: z })),
      zk,
    ),
  );
  vervang(
    byId('tarief-jaar'),
    ...opties(
      jaren.map((x) => ({ waarde: String(x), label: String(x) })),
      String(j),
    ),
  );
  vervang(
    byId('tarief-sector'),
    ...opties(
      sectoren.map((x) => ({ waarde: x, label: x })),
      s,
    ),
  );
  stand = { context, keuze: beginstand(context), gekozen: new Set(), extra: new Set() };
  bouwKenmerken();
  zoekPercentage();
}

/** The kenmerken pickers of the context: option groups, ticks, and the fields some of them need. */
function bouwKenmerken(): void {
  const { context } = stand;
  const blokken: HTMLElement[] = [];
  for (const groep of keuzegroepen(context)) {
    if (groep.vinkje) {
      // A single word that is on or off ("essentiële voorzieningen"): unticked is "without it".
      const woord = groep.opties.find((o) => o.woord !== null)!.woord!;
      stand.gekozen.add(groep.sleutel);
      stand.keuze = kies(context, stand.keuze, groep.sleutel, null);
      const vinkje = el('fluent-checkbox', { 'data-groep': groep.sleutel }, woord);
      vinkje.addEventListener('change', () => kiesKenmerk(groep.sleutel, aangevinkt(vinkje) ? woord : null));
      blokken.push(vinkje);
      continue;
    }
    blokken.push(keuzegroepElement(`tarief-groep-${blokken.length}`, groep, (woord) => kiesKenmerk(groep.sleutel, woord)));
  }
  for (const k of losseKenmerken(context)) {
    const uitleg = k.werking === 'niet gepubliceerd' ? ' (geen getal in de bron)' : k.bandbreedte ? ' (stap per aanbieder)' : ' (opslag)';
    const vinkje = el('fluent-checkbox', { 'data-woord': k.woord }, k.woord, el('span', { class: 'klein' }, uitleg));
    vinkje.addEventListener('change', () => {
      if (aangevinkt(vinkje)) stand.extra.add(k.woord);
      else stand.extra.delete(k.woord);
      byId('tarief-stap-blok').hidden = !losseKenmerken(context).some((x) => x.bandbreedte && stand.extra.has(x.woord));
      zoekPercentage();
    });
    blokken.push(vinkje);
  }
  const stap = stapBereik();
  byId('tarief-stap-hulp').textContent = stap
    ? `Afgesproken stap in procentpunt, van ${alsNederlandsGetal(stap.van.times(100))} tot +${alsNederlandsGetal(stap.tot.times(100))}, bijvoorbeeld +0,5.`
    : '';
  byId('tarief-stap-blok').hidden = true;
  vervang(
    byId('tarief-kenmerken'),
    ...(blokken.length ? blokken : [el('p', { class: 'hulp' }, 'Dit beleid kent geen kenmerken om uit te kiezen.')]),
  );
}

function stapBereik(): { van: D; tot: D } | undefined {
  return losseKenmerken(stand.context).find((k) => k.bandbreedte)?.bandbreedte;
}

function kiesKenmerk(groep: string, woord: string | null): void {
  stand.gekozen.add(groep);
  stand.keuze = kies(stand.context, stand.keuze, groep, woord);
  // Other chosen groups may have moved with it: show the combination that is now chosen.
  byId('tarief-kenmerken')
    .querySelectorAll<HTMLElement>('[data-groep]')
    .forEach((element) => {
      const sleutel = element.dataset.groep!;
      if (!stand.gekozen.has(sleutel)) return;
      const gekozen = stand.keuze[sleutel] ?? null;
      if (element.tagName === 'FLUENT-CHECKBOX') (element as unknown as { checked: boolean }).checked = gekozen !== null;
      else zetKeuze(element, gekozen);
    });
  zoekPercentage();
}

/** The titles of the groups still to choose. */
function nogTeKiezen(): string[] {
  return keuzegroepen(stand.context)
    .filter((g) => !stand.gekozen.has(g.sleutel))
    .map((g) => g.titel.charAt(0).toLowerCase() + g.titel.slice(1));
}

/** The kenmerken as TARIEFPERCENTAGE takes them: chosen words, ticks, the step with its word. */
function kenmerken(): string[] {
  const woorden = Object.values(stand.keuze).filter((w): w is string => w !== null);
  for (const k of losseKenmerken(stand.context)) {
    if (!stand.extra.has(k.woord)) continue;
    const stap = k.bandbreedte && leesVeld('tarief-stap', 'stap', { soort: 'procentpunt', bereik: k.bandbreedte });
    woorden.push(stap ? `${k.woord} ${stap.isNegative() ? '' : '+'}${alsNederlandsGetal(stap.times(100))}` : k.woord);
  }
  return woorden;
}

function vorigNodig(): boolean {
  return nogTeKiezen().length === 0 && (combinatieVan(stand.context, stand.keuze)?.vorigPercentage ?? false);
}

function vorigPercentage(): D | undefined {
  return vorigNodig() ? leesVeld('tarief-vorig', 'vorig percentage', PERCENTAGE) : undefined;
}

/** Looks the percentage up in the core and shows it with its explanation and source, or why not. */
function zoekPercentage(): void {
  const uitkomst = byId('tarief-uitkomst');
  byId('tarief-vorig-blok').hidden = !vorigNodig();
  stand.antwoord = undefined;
  const open = nogTeKiezen();
  if (open.length) {
    vervang(uitkomst, el('p', { class: 'hulp', id: 'tarief-nog-kiezen' }, `Kies ${open.join(' en ')}: dat bepaalt het percentage.`));
    berekenTarief();
    return;
  }
  try {
    const { context } = stand;
    const vorig = vorigPercentage();
    if (vorigNodig() && vorig === undefined) {
      vervang(
        uitkomst,
        melding(
          'info',
          'Eigen percentage vorig jaar nodig',
          'Dit beleid rekent vanaf het eigen tariefpercentage van het vorige jaar: vul dat hierboven in.',
        ),
      );
    } else {
      stand.antwoord = tariefpercentage({
        zorgkantoor: context.zorgkantoor,
        jaar: context.jaar,
        sector: context.sector,
        kenmerken: kenmerken(),
        vorigPercentage: vorig,
        eigen: werkmapbeleid(),
      });
      const a = stand.antwoord;
      vervang(
        uitkomst,
        el(
          'div',
          { class: 'uitkomst' },
          el('p', { class: 'uitkomst-getal', id: 'tarief-percentage' }, percentage(a.percentage, 4)),
          el('p', { class: 'uitkomst-uitleg' }, a.uitleg),
          el('p', { class: 'bron' }, el('span', { class: 'bron-label' }, 'Bron: '), a.bron),
          a.zekerheid === 'middel'
            ? el('p', { class: 'bron' }, 'Zekerheid: middel — de bron laat niet met zekerheid zien bij welk zorgkantoor dit staat.')
            : null,
        ),
      );
    }
  } catch (fout) {
    if (fout instanceof WlzFout && fout.code === '#N/A') {
      const { code, bericht } = foutTekst(fout);
      vervang(
        uitkomst,
        melding(
          'let-op',
          `Geen percentage in de bron (${code})`,
          bericht,
          'Vul bij “Eigen percentage” hieronder het afgesproken percentage in.',
        ),
      );
    } else {
      toonFout(uitkomst, fout);
    }
  }
  berekenTarief();
}

/** The percentage for the tariff and the formula: the user's own, else the policy's. */
function gekozenPercentage(): { fractie?: D; formule?: string; eigen: boolean } {
  const eigen = leesVeld('tarief-eigen', 'eigen percentage', PERCENTAGE);
  if (eigen !== undefined) return { fractie: eigen, formule: getal(eigen), eigen: true };
  if (!stand.antwoord) return { eigen: false };
  const { context } = stand;
  const woorden = kenmerken();
  const vorig = vorigPercentage();
  return {
    fractie: stand.antwoord.percentage,
    formule: wlz(
      'TARIEFPERCENTAGE',
      tekst(context.zorgkantoor),
      getal(context.jaar),
      tekst(context.sector),
      woorden.length || vorig ? tekst(woorden.join(', ')) : undefined,
      vorig && getal(vorig),
      beleidsargument(context.eigen),
    ),
    eigen: false,
  };
}

let formule: string | undefined;

/** NZa components → tariff per unit, and the formula that computes the same live in Excel. */
function berekenTarief(): void {
  const uitkomst = byId('tarief-tarief');
  const knop = byId('tarief-invoegen');
  formule = undefined;
  try {
    const componenten = (['zorg', 'nhc', 'nic'] as const).map((naam) => leesVeld(`tarief-${naam}`, naam, BEDRAG));
    const { fractie, formule: percentageFormule, eigen } = gekozenPercentage();
    const nhcNic = stand.antwoord?.percentageNhcNic;
    const metNhcNic = !eigen && nhcNic !== undefined && !nhcNic.equals(1);
    if (componenten.every((c) => c === undefined)) {
      vervang(uitkomst, el('p', { class: 'hulp' }, 'Vul de NZa-componenten in voor het tarief per eenheid.'));
      formule = percentageFormule && `=${percentageFormule}`;
    } else if (!fractie || !percentageFormule) {
      vervang(uitkomst, el('p', { class: 'hulp' }, 'Nog geen percentage: kies de kenmerken hierboven of vul een eigen percentage in.'));
    } else {
      // NHC and NIC left empty are 0 (docs/contract.md §3 decision 10); the zorgcomponent is required (TARIEF says so).
      const [zorg, nhc = new D(0), nic = new D(0)] = componenten;
      const args = [
        zorg?.toNumber() ?? null,
        nhc.toNumber(),
        nic.toNumber(),
        fractie.toNumber(),
        ...(metNhcNic ? [nhcNic!.toNumber()] : []),
      ];
      const tarief = new D(String(roep(TARIEF, args)));
      vervang(
        uitkomst,
        el(
          'div',
          { class: 'uitkomst' },
          el('p', { class: 'uitkomst-getal', id: 'tarief-bedrag' }, bedrag(tarief)),
          el(
            'p',
            { class: 'uitkomst-uitleg' },
            `per eenheid, bij ${percentage(fractie, 4)} van de zorgcomponent${metNhcNic ? ` en ${percentage(nhcNic!)} van NHC en NIC` : ' en 100% van NHC en NIC'}`,
          ),
        ),
      );
      formule = `=${wlz('TARIEF', getal(zorg!), getal(nhc), getal(nic), percentageFormule, metNhcNic ? getal(nhcNic!) : undefined)}`;
    }
  } catch (fout) {
    toonFout(uitkomst, fout);
  }
  byId('tarief-formule').textContent = formule ? inNederlandseNotatie(formule) : '—';
  klaar(knop, formule !== undefined);
}

/** Writes the formula into the active cell; a cell that holds something is only overwritten after asking. */
async function voegFormuleIn(): Promise<void> {
  const uitvoer = byId('tarief-invoegen-uitkomst');
  const teSchrijven = formule;
  if (!teSchrijven) return;
  const actief = await leesActieveCel();
  const schrijf = async () => {
    const adres = await schrijfFormule(actief.blad, actief.cel, teSchrijven);
    vervang(uitvoer, melding('gelukt', 'Formule ingevoegd', `In ${adres}: ${inNederlandseNotatie(teSchrijven)}`));
  };
  if (actief.inhoud === '') return schrijf();
  const ja = el('fluent-button', { appearance: 'accent' }, 'Overschrijven');
  const nee = el('fluent-button', {}, 'Annuleren');
  ja.addEventListener('click', () =>
    schrijf().catch((fout) => vervang(uitvoer, melding('fout', 'Dat lukte niet', foutTekst(fout).bericht))),
  );
  nee.addEventListener('click', () => vervang(uitvoer));
  vervang(
    uitvoer,
    melding('let-op', `Cel ${actief.cel} is niet leeg`, `Er staat: ${actief.inhoud}`, el('div', { class: 'knoppen' }, ja, nee)),
  );
  ja.focus();
}
