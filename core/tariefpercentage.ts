import { type D, alsPercentage } from './geld';
import { WlzFout, nietBeschikbaar, ongeldig } from './fout';
import { toon } from './invoer';
import { beleidsregels, richttarieven, zoekBeleidsregel, type Beleidsregel, type Bron, type KenmerkId, type Variant } from './beleid';
import type { EigenBeleid } from './beleid/eigen-beleid';
import { type EigenWoorden, type Kenmerk, VASTE_IDS, herkenKenmerken, kenmerkwoord, zonderTegenspraak } from './beleid/kenmerken';
import { bronnenTekst, toonProcentpunt, toonStap, uitProcent } from './beleid/tekst';
import { leesSector, type Sector } from './sector';
import { leesZorgkantoor, type Zorgkantoor } from './zorgkantoor';

// The task pane imports the catalogue and the national richttarief from here.
export { beleidscontexten, type Beleidscontext, type Combinatie, type KenmerkKeuze } from './beleidscontexten';

/**
 * The policy tariff percentage for a zorgkantoor, year, sector and provider kenmerken, looked up in
 * the embedded policy data (core/beleid, docs/contract.md §2) or the user's own policy table (decision 15), and
 * explained in one Dutch sentence with its source. Adjustments are percentage points (decision 1);
 * what a source does not publish is `#N/A` telling the user to enter the agreed percentage
 * (decision 9). The kenmerk words are read in core/beleid/kenmerken.ts.
 */

export interface Beleidsvraag {
  zorgkantoor: string;
  jaar: number;
  sector: string;
  /** Words such as "nieuw", "geïntegreerd"; an element may hold several, separated by , or ;. */
  kenmerken: string[];
  /** The provider's own percentage of the previous year (DSW 2024). */
  vorigPercentage?: D;
  /** The user's policy table, replacing the embedded policy for the combinations it has. */
  eigen?: EigenBeleid;
}

export interface Beleidsantwoord {
  percentage: D;
  percentageNhcNic?: D;
  /** One sentence: "96,8% = richttarief 95,8% + 1,0 procentpunt geïntegreerde zorgaanbieder (ZK Aanvulling 2023, hoofdstuk 2)". */
  uitleg: string;
  bron: string;
  /**
   * 'middel' when part of the answer rests on a source cell whose attribution is not certain
   * (Thema's 2024–2026: the flattened table, docs/contract.md §2); absent when every source is certain.
   */
  zekerheid?: 'middel';
  /** Canonical name. */
  zorgkantoor: string;
  /** Canonical sector. */
  sector: string;
}

/** The kenmerken a rule knows, in vocabulary order then the table's own words; "bestaand" wherever "nieuw" is known. */
export function kenmerkenVan(beleidsregel: Beleidsregel): KenmerkId[] {
  const genoemd = new Set<KenmerkId>([
    ...beleidsregel.varianten.flatMap((v) => v.kenmerken),
    ...(beleidsregel.opslagen ?? []).map((o) => o.kenmerk),
    ...(beleidsregel.nietGepubliceerd ?? []).map((n) => n.kenmerk),
  ]);
  const vast = VASTE_IDS.filter((id) => {
    const { standaardVan } = kenmerkwoord(id);
    return genoemd.has(id) || (standaardVan !== undefined && genoemd.has(standaardVan));
  });
  return [...vast, ...[...genoemd].filter((id) => !VASTE_IDS.includes(id as (typeof VASTE_IDS)[number]))];
}

export function woordenLijst(ids: readonly KenmerkId[], eigen?: EigenWoorden): string {
  if (ids.length === 0) return 'geen';
  return ids
    .map((id) => {
      const { woord, metGetal } = kenmerkwoord(id, eigen);
      return metGetal ? `${woord} met de stap in procentpunt (bijvoorbeeld "${woord} +0,5")` : woord;
    })
    .join(', ');
}

/**
 * `#VALUE!` for words not valid in a context, listing the valid ones. The user's words are named once
 * each and at most five, so a range full of typos still gives a readable message.
 */
export function onbekendeKenmerken(vreemd: readonly string[], context: string, geldig: string): WlzFout {
  const uniek = [...new Set(vreemd)];
  const getoond =
    uniek
      .slice(0, 5)
      .map((t) => toon(t))
      .join(', ') + (uniek.length > 5 ? ` en nog ${uniek.length - 5}` : '');
  return ongeldig(`${uniek.length === 1 ? 'onbekend kenmerk' : 'onbekende kenmerken'} ${getoond} voor ${context}; geldig zijn: ${geldig}`);
}

/**
 * docs/contract.md §3 decision 11: a prestatiesoort the rule has no row of its own for is neutral, so
 * `=WLZ.TARIEFPERCENTAGE("CZ";2023;"GGZ";[@Soort])` can be filled down a table.
 */
export function zonderNeutraleSoorten(kenmerken: readonly Kenmerk[], geldig: readonly KenmerkId[], eigen?: EigenWoorden): Kenmerk[] {
  // Contradictions first: "ZZP; VPT" is a typo even where ZZP alone would be neutral.
  zonderTegenspraak(kenmerken, eigen);
  return kenmerken.filter((k) => geldig.includes(k.id) || !kenmerkwoord(k.id).prestatiesoort);
}

function combinatieTekst(ids: readonly KenmerkId[], beleidsregel: Beleidsregel): string {
  return ids.length ? ids.map((id) => kenmerkwoord(id, beleidsregel.eigenWoorden).woord).join(' + ') : '(geen kenmerken)';
}

// ---------------------------------------------------------------------------------------------
// Lookup

function contextNaam(beleidsregel: Beleidsregel, sector: Sector): string {
  return `${beleidsregel.zorgkantoor} ${beleidsregel.jaar} ${sector}`;
}

export function controleerJaar(jaar: number): void {
  if (!Number.isInteger(jaar)) throw ongeldig(`jaar moet een geheel getal zijn, niet ${String(jaar).replace('.', ',')}`);
}

const VUL_ZELF_IN = 'vul het afgesproken percentage zelf in';
const EIGEN_TABEL = 'of geef een eigen beleidstabel mee (parameter beleid)';

function geenBeleid(zorgkantoor: Zorgkantoor, jaar: number, sector: Sector, eigen: readonly Beleidsregel[]): string {
  const wel = [...eigen, ...beleidsregels]
    .filter((r) => r.zorgkantoor === zorgkantoor)
    .flatMap((r) => r.sectoren.map((s) => `${r.jaar} ${s}`));
  const landelijk = richttarieven.find((r) => r.jaar === jaar && r.sectoren.includes(sector));
  return (
    `geen tariefbeleid van ${zorgkantoor} voor ${jaar} ${sector} in de ingebouwde bronnen${eigen.length ? ' of uw beleidstabel' : ''}` +
    (wel.length ? ` (wel voor ${[...new Set(wel)].join(', ')})` : '') +
    (landelijk ? `; het landelijk richttarief ${jaar} is ${alsPercentage(uitProcent(landelijk.procent))} (WLZ.RICHTTARIEF)` : '') +
    `; ${VUL_ZELF_IN} ${EIGEN_TABEL}`
  );
}

/** The rule for the user's zorgkantoor, year and sector; unknown names `#VALUE!`, no policy `#N/A`. */
function vindBeleidsregel(
  zorgkantoorTekst: string,
  jaar: number,
  sectorTekst: string,
  eigen: readonly Beleidsregel[],
): { beleidsregel: Beleidsregel; sector: Sector } {
  const zorgkantoor = leesZorgkantoor(zorgkantoorTekst);
  const sector = leesSector(sectorTekst);
  controleerJaar(jaar);
  const beleidsregel = zoekBeleidsregel(zorgkantoor, jaar, sector, eigen);
  if (!beleidsregel) throw nietBeschikbaar(geenBeleid(zorgkantoor, jaar, sector, eigen));
  return { beleidsregel, sector };
}

/** One percentage-point step of the explanation. */
interface Stap {
  procentpunt: D;
  omschrijving: string;
  maximaal?: boolean;
  bron: Bron;
}

function kiesVariant(beleidsregel: Beleidsregel, sector: Sector, keuze: readonly Kenmerk[]): Variant {
  const ids = new Set(keuze.map((k) => k.id));
  const variant = beleidsregel.varianten.find((v) => v.kenmerken.length === ids.size && v.kenmerken.every((id) => ids.has(id)));
  if (variant) return variant;
  const waar = beleidsregel.eigenWoorden ? 'staat niet in uw beleidstabel' : 'staat niet in de bron';
  throw ongeldig(
    `${contextNaam(beleidsregel, sector)}: de combinatie ${combinatieTekst([...ids], beleidsregel)} ${waar}; mogelijk zijn: ${beleidsregel.varianten.map((v) => combinatieTekst(v.kenmerken, beleidsregel)).join('; ')}`,
  );
}

function stappenVan(beleidsregel: Beleidsregel, sector: Sector, variant: Variant, opslagKenmerken: readonly Kenmerk[]): Stap[] {
  const stappen: Stap[] = (variant.aanpassingen ?? []).map((a) => ({
    procentpunt: uitProcent(a.procentpunt),
    omschrijving: a.omschrijving,
    maximaal: a.maximaal,
    bron: variant.bron,
  }));
  for (const opslag of beleidsregel.opslagen ?? []) {
    const kenmerk = opslagKenmerken.find((k) => k.id === opslag.kenmerk);
    if (!kenmerk) continue;
    if (opslag.procentpunt !== undefined) {
      stappen.push({ procentpunt: uitProcent(opslag.procentpunt), omschrijving: opslag.omschrijving, bron: opslag.bron });
      continue;
    }
    if (!opslag.bandbreedte) continue;
    const van = uitProcent(opslag.bandbreedte.vanProcentpunt);
    const tot = uitProcent(opslag.bandbreedte.totProcentpunt);
    const bereik = `van ${toonStap(van)} tot ${toonStap(tot)} procentpunt`;
    if (kenmerk.procentpunt === undefined) {
      throw nietBeschikbaar(
        `${contextNaam(beleidsregel, sector)}: de ${opslag.omschrijving} wordt per aanbieder afgesproken, ${bereik} (${bronnenTekst([opslag.bron])}); geef de afgesproken stap mee, bijvoorbeeld "${kenmerkwoord(opslag.kenmerk).woord} +0,5", of ${VUL_ZELF_IN}`,
      );
    }
    if (kenmerk.procentpunt.lessThan(van) || kenmerk.procentpunt.greaterThan(tot)) {
      throw ongeldig(
        `${toon(kenmerk.tekst)}: de stap ligt bij ${contextNaam(beleidsregel, sector)} ${bereik}, niet ${toonStap(kenmerk.procentpunt)}`,
      );
    }
    stappen.push({ procentpunt: kenmerk.procentpunt, omschrijving: opslag.omschrijving, bron: opslag.bron });
  }
  return stappen;
}

/**
 * The percentage of one rule for already recognised kenmerken (which must all belong to the rule).
 * Shared by TARIEFPERCENTAGE and VERGELIJK.
 */
export function bepaalVoorBeleidsregel(
  beleidsregel: Beleidsregel,
  sector: Sector,
  kenmerken: readonly Kenmerk[],
  vorigPercentage?: D,
): Beleidsantwoord {
  const naam = contextNaam(beleidsregel, sector);
  // "bestaand" only states the default.
  const actief = zonderTegenspraak(kenmerken, beleidsregel.eigenWoorden).filter(
    (k) => kenmerkwoord(k.id, beleidsregel.eigenWoorden).standaardVan === undefined,
  );

  for (const niet of beleidsregel.nietGepubliceerd ?? []) {
    const kenmerk = actief.find((k) => k.id === niet.kenmerk);
    if (kenmerk)
      throw nietBeschikbaar(`${naam}, ${kenmerkwoord(kenmerk.id).woord}: ${niet.reden} (${bronnenTekst([niet.bron])}); ${VUL_ZELF_IN}`);
  }

  const opslagIds = new Set((beleidsregel.opslagen ?? []).map((o) => o.kenmerk));
  const keuze = actief.filter((k) => !opslagIds.has(k.id));
  const variant = kiesVariant(beleidsregel, sector, keuze);
  const metKenmerken = keuze.length ? `${naam} (${combinatieTekst(variant.kenmerken, beleidsregel)})` : naam;
  const basis = variant.basis;
  if ('nietGepubliceerd' in basis)
    throw nietBeschikbaar(`${metKenmerken}: ${basis.nietGepubliceerd} (${bronnenTekst([variant.bron])}); ${VUL_ZELF_IN}`);

  let start: D;
  let startOmschrijving: string;
  if ('vorigPercentage' in basis) {
    if (vorigPercentage === undefined)
      throw ongeldig(`vorig_percentage ontbreekt: ${metKenmerken} rekent vanaf het ${basis.vorigPercentage}`);
    if (!vorigPercentage.greaterThan(0) || vorigPercentage.greaterThan(1)) {
      throw ongeldig(`vorig_percentage moet groter dan 0% en hoogstens 100% zijn, niet ${alsPercentage(vorigPercentage)}`);
    }
    start = vorigPercentage;
    startOmschrijving = basis.vorigPercentage;
  } else {
    if (vorigPercentage !== undefined) throw ongeldig(`vorig_percentage wordt bij ${metKenmerken} niet gebruikt; laat het leeg`);
    start = uitProcent(basis.procent);
    startOmschrijving = basis.omschrijving;
  }

  const stappen = stappenVan(
    beleidsregel,
    sector,
    variant,
    actief.filter((k) => opslagIds.has(k.id)),
  );
  const opgeteld = stappen.reduce((som, s) => som.plus(s.procentpunt), start);
  const plafond = beleidsregel.plafond ? uitProcent(beleidsregel.plafond.procent) : undefined;
  const begrensd = plafond !== undefined && opgeteld.greaterThan(plafond);
  const percentage = begrensd ? plafond : opgeteld;
  if (!percentage.greaterThan(0)) throw ongeldig(`${naam}: de uitkomst ${alsPercentage(percentage)} is geen geldig tariefpercentage`);

  const bronnen = [variant.bron, ...stappen.map((s) => s.bron), ...(begrensd && beleidsregel.plafond ? [beleidsregel.plafond.bron] : [])];
  const bron = bronnenTekst(bronnen);
  const som = stappen.length
    ? `${alsPercentage(percentage)} = ${startOmschrijving} ${alsPercentage(start)}${stappen
        .map((s) => ` ${s.procentpunt.isNegative() ? '-' : '+'} ${toonProcentpunt(s.procentpunt)} procentpunt ${s.omschrijving}`)
        .join('')}`
    : `${alsPercentage(percentage)}: ${startOmschrijving}`;
  const grens = begrensd ? `, begrensd op het maximum van ${alsPercentage(percentage)}` : '';
  // docs/contract.md §3 decision 8: "maximaal 1%" in the source — the step is an upper bound, so say so.
  const maximaal = stappen.some((s) => s.maximaal && !s.procentpunt.isZero())
    ? `; de bron noemt de stap "maximaal", het afgesproken percentage kan dus dichter bij ${alsPercentage(start)} liggen`
    : '';
  return {
    percentage,
    percentageNhcNic: variant.nhcNicProcent !== undefined ? uitProcent(variant.nhcNicProcent) : undefined,
    uitleg: `${som}${grens} (${bron})${maximaal}`,
    bron,
    zekerheid: bronnen.some((b) => b.zekerheid === 'middel') ? 'middel' : undefined,
    zorgkantoor: beleidsregel.zorgkantoor,
    sector,
  };
}

/** The kenmerken of a question recognised for one rule: unknown words `#VALUE!` listing the valid ones. */
export function kenmerkenVoorBeleidsregel(beleidsregel: Beleidsregel, sector: Sector, kenmerken: readonly string[]): Kenmerk[] {
  const geldig = kenmerkenVan(beleidsregel);
  const { herkend, onbekend } = herkenKenmerken(kenmerken, beleidsregel.eigenWoorden);
  const bruikbaar = zonderNeutraleSoorten(herkend, geldig, beleidsregel.eigenWoorden);
  const vreemd = [...onbekend, ...bruikbaar.filter((k) => !geldig.includes(k.id)).map((k) => k.tekst)];
  if (vreemd.length) throw onbekendeKenmerken(vreemd, contextNaam(beleidsregel, sector), woordenLijst(geldig, beleidsregel.eigenWoorden));
  return bruikbaar;
}

function zoek(vraag: Beleidsvraag): Beleidsantwoord {
  const { beleidsregel, sector } = vindBeleidsregel(vraag.zorgkantoor, vraag.jaar, vraag.sector, vraag.eigen?.regels ?? []);
  return bepaalVoorBeleidsregel(
    beleidsregel,
    sector,
    kenmerkenVoorBeleidsregel(beleidsregel, sector, vraag.kenmerken),
    vraag.vorigPercentage,
  );
}

// A filled-down column asks the same few questions thousands of times: the answer (or the error) per
// distinct question is kept. The lookup is pure, so a cached answer is the answer; the policy table
// is keyed by identity (core/functies reads one table once per distinct content).
const ANTWOORDEN = new Map<string, Beleidsantwoord | WlzFout>();
const GROOTSTE_CACHE = 10_000;
const TABELNUMMER = new WeakMap<EigenBeleid, number>();
let volgendeTabel = 1;

function sleutelVan(vraag: Beleidsvraag): string {
  let tabel = 0;
  if (vraag.eigen) {
    tabel = TABELNUMMER.get(vraag.eigen) ?? volgendeTabel++;
    TABELNUMMER.set(vraag.eigen, tabel);
  }
  return [vraag.zorgkantoor, vraag.jaar, vraag.sector, vraag.vorigPercentage?.toString() ?? '', tabel, ...vraag.kenmerken].join('\u0001');
}

/**
 * TARIEFPERCENTAGE and BRON: the policy percentage and its explanation. Unknown zorgkantoor, sector or
 * kenmerk, contradictory kenmerken, a combination the source does not have: `#VALUE!` (listing the
 * valid words for that zorgkantoor/jaar/sector). No policy known, or not published: `#N/A`.
 */
export function tariefpercentage(vraag: Beleidsvraag): Beleidsantwoord {
  const sleutel = sleutelVan(vraag);
  let uitkomst = ANTWOORDEN.get(sleutel);
  if (uitkomst === undefined) {
    try {
      uitkomst = zoek(vraag);
    } catch (fout) {
      if (!(fout instanceof WlzFout)) throw fout;
      uitkomst = fout;
    }
    if (ANTWOORDEN.size >= GROOTSTE_CACHE) ANTWOORDEN.clear();
    ANTWOORDEN.set(sleutel, uitkomst);
  }
  if (uitkomst instanceof WlzFout) throw uitkomst;
  return uitkomst;
}

/** The kenmerk words valid for a zorgkantoor/jaar/sector (shown form); none when there is no policy. */
export function geldigeKenmerken(zorgkantoor: string, jaar: number, sector: string, eigen?: EigenBeleid): string[] {
  const zk = leesZorgkantoor(zorgkantoor);
  const s = leesSector(sector);
  controleerJaar(jaar);
  const beleidsregel = zoekBeleidsregel(zk, jaar, s, eigen?.regels ?? []);
  return beleidsregel ? kenmerkenVan(beleidsregel).map((id) => kenmerkwoord(id, beleidsregel.eigenWoorden).woord) : [];
}
