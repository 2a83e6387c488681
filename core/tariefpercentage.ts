import { D } from './geld';
import { nietBeschikbaar, ongeldig, type WlzFout } from './fout';
import { celNaam, isBereik, isLeeg, leesBereik, normaliseer, toon, type Argument } from './invoer';
import {
  KENMERKEN,
  beleidsregels,
  richttarieven,
  zoekBeleidsregel,
  type Beleidsregel,
  type Bron,
  type KenmerkId,
  type Variant,
} from './beleid';
import { bronnenTekst, toonPercentage, toonProcentpunt, toonStap, uitProcent } from './beleid/tekst';
import { SECTOREN, leesSector, type Sector } from './sector';
import { ZORGKANTOREN, leesZorgkantoor, type Zorgkantoor } from './zorgkantoor';

export { beleidstabel, kanttekeningenVoor, type Beleidsrij, type Beleidsfilter } from './beleid/tabel';

/**
 * The policy tariff percentage for a zorgkantoor, year, sector and provider kenmerken, looked up in
 * the embedded policy data (core/beleid, SPEC §2) and explained in one Dutch sentence with its source.
 * Adjustments are percentage points (SPEC §3 decision 1); what a source does not publish is `#N/A`
 * telling the user to enter the agreed percentage (decision 9).
 */

export interface Beleidsvraag {
  zorgkantoor: string;
  jaar: number;
  sector: string;
  /** Words such as "nieuw", "geïntegreerd"; an element may hold several, separated by , or ;. */
  kenmerken: string[];
  /** The provider's own percentage of the previous year (DSW 2024). */
  vorigPercentage?: D;
}

export interface Beleidsantwoord {
  percentage: D;
  percentageNhcNic?: D;
  /** One sentence: "96,8% = richttarief 95,8% + 1,0 procentpunt geïntegreerde zorgaanbieder (ZK Aanvulling 2023, hoofdstuk 2)". */
  uitleg: string;
  bron: string;
  /**
   * 'middel' when part of the answer rests on a source cell whose attribution is not certain
   * (Thema's 2024–2026: the flattened table, SPEC §2); absent when every source is certain.
   */
  zekerheid?: 'middel';
  /** Canonical name. */
  zorgkantoor: string;
  /** Canonical sector. */
  sector: string;
}

/** A kenmerk as the user wrote it, recognised in the vocabulary. */
export interface Kenmerk {
  id: KenmerkId;
  /** The user's own text, for messages. */
  tekst: string;
  /** The number given with the word ("differentiatie +0,5" → 0,005). */
  procentpunt?: D;
}

// ---------------------------------------------------------------------------------------------
// Words

/** Case, accents and punctuation between words do not matter: "Monitor: Hoger" = "monitor hoger". */
function woordsleutel(tekst: string): string {
  return normaliseer(tekst)
    .replace(/[_:/]|-(?=[a-z])/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const OP_WOORD = new Map<string, KenmerkId>(
  (Object.keys(KENMERKEN) as KenmerkId[]).flatMap((id) =>
    [KENMERKEN[id].woord, ...KENMERKEN[id].synoniemen].map((w) => [woordsleutel(w), id] as const),
  ),
);

/** A word with a number in procentpunten: "differentiatie +0,5", "differentiatie -1%", "… 0,5 procentpunt". */
const MET_GETAL = /^(.*?)\s*([+\-\u2212]?)\s*(\d+(?:,\d+)?)\s*(%|pp|procentpunten|procentpunt)?$/;

/**
 * Splits a kenmerken text on ";", line breaks and commas — except a comma between two digits, which
 * is a decimal comma ("differentiatie +0,5, technologie").
 */
export function splitsKenmerken(tekst: string): string[] {
  return tekst
    .split(/[;\n]|,(?!\d)|(?<!\d),/)
    .map((deel) => deel.trim())
    .filter((deel) => deel !== '');
}

function herkenWoord(tekst: string): Kenmerk | undefined {
  const sleutel = woordsleutel(tekst);
  const id = OP_WOORD.get(sleutel);
  // A number-carrying word without its number is recognised too: its rule says what to do.
  if (id) return { id, tekst };
  // Words are short; the length check keeps the backtracking regex away from a 32.767-character cell.
  const delen = sleutel.length <= 80 ? MET_GETAL.exec(sleutel) : null;
  const metGetal = delen ? OP_WOORD.get(delen[1].trim()) : undefined;
  if (!delen || !metGetal || !KENMERKEN[metGetal].metGetal) return undefined;
  const teken = delen[2] === '-' || delen[2] === '\u2212' ? '-' : '';
  return { id: metGetal, tekst, procentpunt: new D(`${teken}${delen[3].replace(',', '.')}`).div(100) };
}

/** The user's words, split and recognised; words not in the vocabulary are returned as `onbekend`. */
export function herkenKenmerken(kenmerken: readonly string[]): { herkend: Kenmerk[]; onbekend: string[] } {
  const herkend: Kenmerk[] = [];
  const onbekend: string[] = [];
  for (const tekst of kenmerken.flatMap(splitsKenmerken)) {
    const kenmerk = herkenWoord(tekst);
    if (kenmerk) herkend.push(kenmerk);
    else onbekend.push(tekst);
  }
  return { herkend, onbekend };
}

/**
 * The kenmerken argument as Excel hands it over: one text ("nieuw; geïntegreerd") or a range of texts.
 * Empty cells (and the 0 that desktop Excel puts in an empty cell of a range) are skipped; a number
 * or TRUE/FALSE is `#VALUE!` naming the cell. Linear in the size of the range.
 */
export function kenmerkenUit(waarde: Argument, naam: string): string[] {
  if (isLeeg(waarde)) return [];
  const teksten: string[] = [];
  const bereik = isBereik(waarde);
  let index = -1;
  for (const rij of leesBereik(waarde, naam)) {
    for (const cel of rij) {
      index += 1;
      if (isLeeg(cel) || (bereik && cel === 0)) continue;
      if (typeof cel !== 'string') throw ongeldig(`${bereik ? celNaam(naam, index) : naam} moet tekst zijn zoals "nieuw" of "geïntegreerd", niet ${toon(cel)}`);
      teksten.push(cel);
    }
  }
  return teksten;
}

function zelfde(a: Kenmerk, b: Kenmerk): boolean {
  return a.procentpunt === undefined ? b.procentpunt === undefined : b.procentpunt !== undefined && a.procentpunt.equals(b.procentpunt);
}

/**
 * Each kenmerk once; two words of one group ("geïntegreerd" and "beschermd wonen", "nieuw" and
 * "bestaand") or one word with two different numbers contradict each other: `#VALUE!`.
 */
export function zonderTegenspraak(kenmerken: readonly Kenmerk[]): Kenmerk[] {
  const perId = new Map<KenmerkId, Kenmerk>();
  const perGroep = new Map<string, Kenmerk>();
  for (const k of kenmerken) {
    const eerder = perId.get(k.id);
    if (eerder) {
      if (zelfde(eerder, k)) continue;
      throw ongeldig(`tegenstrijdige kenmerken ${toon(eerder.tekst)} en ${toon(k.tekst)}: geef er één`);
    }
    const groep = KENMERKEN[k.id].groep;
    const ander = groep ? perGroep.get(groep) : undefined;
    if (ander) throw ongeldig(`tegenstrijdige kenmerken ${toon(ander.tekst)} en ${toon(k.tekst)} (${groep}): geef er één`);
    perId.set(k.id, k);
    if (groep) perGroep.set(groep, k);
  }
  return [...perId.values()];
}

/** The kenmerken a rule knows, in vocabulary order; "bestaand" wherever "nieuw" is known. */
export function kenmerkenVan(regel: Beleidsregel): KenmerkId[] {
  const genoemd = new Set<KenmerkId>([
    ...regel.varianten.flatMap((v) => v.kenmerken),
    ...(regel.opslagen ?? []).map((o) => o.kenmerk),
    ...(regel.nietGepubliceerd ?? []).map((n) => n.kenmerk),
  ]);
  return (Object.keys(KENMERKEN) as KenmerkId[]).filter((id) => {
    const standaardVan = KENMERKEN[id].standaardVan;
    return genoemd.has(id) || (standaardVan !== undefined && genoemd.has(standaardVan));
  });
}

export function woordenLijst(ids: readonly KenmerkId[]): string {
  if (ids.length === 0) return 'geen';
  return ids.map((id) => (KENMERKEN[id].metGetal ? `${KENMERKEN[id].woord} met de stap in procentpunt (bijvoorbeeld "${KENMERKEN[id].woord} +0,5")` : KENMERKEN[id].woord)).join(', ');
}

/**
 * `#VALUE!` for words not valid in a context, listing the valid ones. The user's words are named once
 * each and at most five, so a range full of typos still gives a readable message.
 */
export function onbekendeKenmerken(vreemd: readonly string[], context: string, geldig: string): WlzFout {
  const uniek = [...new Set(vreemd)];
  const getoond = uniek.slice(0, 5).map((t) => toon(t)).join(', ') + (uniek.length > 5 ? ` en nog ${uniek.length - 5}` : '');
  return ongeldig(`${uniek.length === 1 ? 'onbekend kenmerk' : 'onbekende kenmerken'} ${getoond} voor ${context}; geldig zijn: ${geldig}`);
}

function combinatieTekst(ids: readonly KenmerkId[]): string {
  return ids.length ? ids.map((id) => KENMERKEN[id].woord).join(' + ') : '(geen kenmerken)';
}

// ---------------------------------------------------------------------------------------------
// Lookup

function contextNaam(regel: Beleidsregel, sector: Sector): string {
  return `${regel.zorgkantoor} ${regel.jaar} ${sector}`;
}

function controleerJaar(jaar: number): void {
  if (!Number.isInteger(jaar)) throw ongeldig(`jaar moet een geheel getal zijn, niet ${String(jaar).replace('.', ',')}`);
}

const VUL_ZELF_IN = 'vul het afgesproken percentage zelf in';

function geenBeleid(zorgkantoor: Zorgkantoor, jaar: number, sector: Sector): string {
  const wel = beleidsregels.filter((r) => r.zorgkantoor === zorgkantoor).flatMap((r) => r.sectoren.map((s) => `${r.jaar} ${s}`));
  const landelijk = richttarieven.find((r) => r.jaar === jaar && r.sectoren.includes(sector));
  return (
    `geen tariefbeleid van ${zorgkantoor} voor ${jaar} ${sector} in de ingebouwde bronnen` +
    (wel.length ? ` (wel voor ${wel.join(', ')})` : '') +
    (landelijk ? `; het landelijk richttarief ${jaar} is ${toonPercentage(uitProcent(landelijk.procent))} (WLZ.RICHTTARIEF)` : '') +
    `; ${VUL_ZELF_IN}`
  );
}

/** The rule for the user's zorgkantoor, year and sector; unknown names `#VALUE!`, no policy `#N/A`. */
function vindRegel(zorgkantoorTekst: string, jaar: number, sectorTekst: string): { regel: Beleidsregel; sector: Sector } {
  const zorgkantoor = leesZorgkantoor(zorgkantoorTekst);
  const sector = leesSector(sectorTekst);
  controleerJaar(jaar);
  const regel = zoekBeleidsregel(zorgkantoor, jaar, sector);
  if (!regel) throw nietBeschikbaar(geenBeleid(zorgkantoor, jaar, sector));
  return { regel, sector };
}

/** One percentage-point step of the explanation. */
interface Stap {
  procentpunt: D;
  omschrijving: string;
  maximaal?: boolean;
  bron: Bron;
}

function kiesVariant(regel: Beleidsregel, sector: Sector, keuze: readonly Kenmerk[]): Variant {
  const ids = new Set(keuze.map((k) => k.id));
  const variant = regel.varianten.find((v) => v.kenmerken.length === ids.size && v.kenmerken.every((id) => ids.has(id)));
  if (variant) return variant;
  throw ongeldig(
    `${contextNaam(regel, sector)}: de combinatie ${combinatieTekst([...ids])} staat niet in de bron; mogelijk zijn: ${regel.varianten.map((v) => combinatieTekst(v.kenmerken)).join('; ')}`,
  );
}

function stappenVan(regel: Beleidsregel, sector: Sector, variant: Variant, opslagKenmerken: readonly Kenmerk[]): Stap[] {
  const stappen: Stap[] = (variant.aanpassingen ?? []).map((a) => ({
    procentpunt: uitProcent(a.procentpunt),
    omschrijving: a.omschrijving,
    maximaal: a.maximaal,
    bron: variant.bron,
  }));
  for (const opslag of regel.opslagen ?? []) {
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
        `${contextNaam(regel, sector)}: de ${opslag.omschrijving} wordt per aanbieder afgesproken, ${bereik} (${bronnenTekst([opslag.bron])}); geef de afgesproken stap mee, bijvoorbeeld "${KENMERKEN[opslag.kenmerk].woord} +0,5", of ${VUL_ZELF_IN}`,
      );
    }
    if (kenmerk.procentpunt.lessThan(van) || kenmerk.procentpunt.greaterThan(tot)) {
      throw ongeldig(`${toon(kenmerk.tekst)}: de stap ligt bij ${contextNaam(regel, sector)} ${bereik}, niet ${toonStap(kenmerk.procentpunt)}`);
    }
    stappen.push({ procentpunt: kenmerk.procentpunt, omschrijving: opslag.omschrijving, bron: opslag.bron });
  }
  return stappen;
}

/**
 * The percentage of one rule for already recognised kenmerken (which must all belong to the rule).
 * Shared by TARIEFPERCENTAGE and VERGELIJK.
 */
export function bepaalVoorRegel(regel: Beleidsregel, sector: Sector, kenmerken: readonly Kenmerk[], vorigPercentage?: D): Beleidsantwoord {
  const naam = contextNaam(regel, sector);
  // "bestaand" only states the default.
  const actief = zonderTegenspraak(kenmerken).filter((k) => KENMERKEN[k.id].standaardVan === undefined);

  for (const niet of regel.nietGepubliceerd ?? []) {
    const kenmerk = actief.find((k) => k.id === niet.kenmerk);
    if (kenmerk) throw nietBeschikbaar(`${naam}, ${KENMERKEN[kenmerk.id].woord}: ${niet.reden} (${bronnenTekst([niet.bron])}); ${VUL_ZELF_IN}`);
  }

  const opslagIds = new Set((regel.opslagen ?? []).map((o) => o.kenmerk));
  const keuze = actief.filter((k) => !opslagIds.has(k.id));
  const variant = kiesVariant(regel, sector, keuze);
  const metKenmerken = keuze.length ? `${naam} (${combinatieTekst(variant.kenmerken)})` : naam;
  const basis = variant.basis;
  if ('nietGepubliceerd' in basis) throw nietBeschikbaar(`${metKenmerken}: ${basis.nietGepubliceerd} (${bronnenTekst([variant.bron])}); ${VUL_ZELF_IN}`);

  let start: D;
  let startOmschrijving: string;
  if ('vorigPercentage' in basis) {
    if (vorigPercentage === undefined) throw ongeldig(`vorig_percentage ontbreekt: ${metKenmerken} rekent vanaf het ${basis.vorigPercentage}`);
    if (!vorigPercentage.greaterThan(0) || vorigPercentage.greaterThan(1)) {
      throw ongeldig(`vorig_percentage moet groter dan 0% en hoogstens 100% zijn, niet ${toonPercentage(vorigPercentage)}`);
    }
    start = vorigPercentage;
    startOmschrijving = basis.vorigPercentage;
  } else {
    if (vorigPercentage !== undefined) throw ongeldig(`vorig_percentage wordt bij ${metKenmerken} niet gebruikt; laat het leeg`);
    start = uitProcent(basis.procent);
    startOmschrijving = basis.omschrijving;
  }

  const stappen = stappenVan(regel, sector, variant, actief.filter((k) => opslagIds.has(k.id)));
  const opgeteld = stappen.reduce((som, s) => som.plus(s.procentpunt), start);
  const plafond = regel.plafond ? uitProcent(regel.plafond.procent) : undefined;
  const begrensd = plafond !== undefined && opgeteld.greaterThan(plafond);
  const percentage = begrensd ? plafond : opgeteld;
  if (!percentage.greaterThan(0)) throw ongeldig(`${naam}: de uitkomst ${toonPercentage(percentage)} is geen geldig tariefpercentage`);

  const bronnen = [variant.bron, ...stappen.map((s) => s.bron), ...(begrensd && regel.plafond ? [regel.plafond.bron] : [])];
  const bron = bronnenTekst(bronnen);
  const som = stappen.length
    ? `${toonPercentage(percentage)} = ${startOmschrijving} ${toonPercentage(start)}${stappen
        .map((s) => ` ${s.procentpunt.isNegative() ? '-' : '+'} ${toonProcentpunt(s.procentpunt)} procentpunt ${s.omschrijving}`)
        .join('')}`
    : `${toonPercentage(percentage)}: ${startOmschrijving}`;
  const grens = begrensd ? `, begrensd op het maximum van ${toonPercentage(percentage)}` : '';
  // SPEC §3 decision 8: "maximaal 1%" in the source — the step is an upper bound, so say so.
  const maximaal = stappen.some((s) => s.maximaal && !s.procentpunt.isZero())
    ? `; de bron noemt de stap "maximaal", het afgesproken percentage kan dus dichter bij ${toonPercentage(start)} liggen`
    : '';
  return {
    percentage,
    percentageNhcNic: variant.nhcNicProcent !== undefined ? uitProcent(variant.nhcNicProcent) : undefined,
    uitleg: `${som}${grens} (${bron})${maximaal}`,
    bron,
    zekerheid: bronnen.some((b) => b.zekerheid === 'middel') ? 'middel' : undefined,
    zorgkantoor: regel.zorgkantoor,
    sector,
  };
}

/**
 * TARIEFPERCENTAGE and BRON: the policy percentage and its explanation. Unknown zorgkantoor, sector or
 * kenmerk, contradictory kenmerken, a combination the source does not have: `#VALUE!` (listing the
 * valid words for that zorgkantoor/jaar/sector). No policy known, or not published: `#N/A`.
 */
export function tariefpercentage(vraag: Beleidsvraag): Beleidsantwoord {
  const { regel, sector } = vindRegel(vraag.zorgkantoor, vraag.jaar, vraag.sector);
  const geldig = kenmerkenVan(regel);
  const { herkend, onbekend } = herkenKenmerken(vraag.kenmerken);
  const vreemd = [...onbekend, ...herkend.filter((k) => !geldig.includes(k.id)).map((k) => k.tekst)];
  if (vreemd.length) throw onbekendeKenmerken(vreemd, contextNaam(regel, sector), woordenLijst(geldig));
  return bepaalVoorRegel(regel, sector, herkend, vraag.vorigPercentage);
}

/** The kenmerk words valid for a zorgkantoor/jaar/sector (shown form); none when there is no policy. */
export function geldigeKenmerken(zorgkantoor: string, jaar: number, sector: string): string[] {
  const zk = leesZorgkantoor(zorgkantoor);
  const s = leesSector(sector);
  controleerJaar(jaar);
  const regel = zoekBeleidsregel(zk, jaar, s);
  return regel ? kenmerkenVan(regel).map((id) => KENMERKEN[id].woord) : [];
}

// ---------------------------------------------------------------------------------------------
// National richttarief

export interface Richttariefantwoord {
  percentage: D;
  uitleg: string;
  bron: string;
}

/**
 * RICHTTARIEF: the national richttariefpercentage (zorg component, excluding NHC/NIC). Without a
 * sector the year's value is given only when it is the same for all three sectors; otherwise the
 * sector is needed (`#VALUE!` "sector ontbreekt", naming what is known). Unknown: `#N/A`.
 */
export function richttarief(jaar: number, sectorTekst?: string): Richttariefantwoord {
  controleerJaar(jaar);
  const sector = sectorTekst === undefined ? undefined : leesSector(sectorTekst);
  const vanJaar = richttarieven.filter((r) => r.jaar === jaar);
  const bekend = vanJaar.map((r) => `${r.sectoren.join(', ')}: ${toonPercentage(uitProcent(r.procent))}`).join('; ');
  if (vanJaar.length === 0) {
    const jaren = [...new Set(richttarieven.map((r) => r.jaar))].join(', ');
    throw nietBeschikbaar(`geen landelijk richttarief voor ${jaar} in de ingebouwde bronnen (bekend: ${jaren}); vul het geldende percentage zelf in`);
  }
  const passend = sector === undefined ? vanJaar : vanJaar.filter((r) => r.sectoren.includes(sector));
  if (sector !== undefined && passend.length === 0) {
    throw nietBeschikbaar(`het landelijk richttarief ${jaar} voor ${sector} staat niet in de ingebouwde bronnen (wel ${bekend}); vul het geldende percentage zelf in`);
  }
  const alleSectoren = SECTOREN.every((s) => passend.some((r) => r.sectoren.includes(s)));
  if (sector === undefined && (!alleSectoren || new Set(passend.map((r) => r.procent)).size > 1)) {
    throw ongeldig(`sector ontbreekt: het richttarief ${jaar} is niet voor alle sectoren hetzelfde bekend (${bekend}); geef de sector op`);
  }
  const regel = passend[0];
  const percentage = uitProcent(regel.procent);
  const bron = bronnenTekst([regel.bron]);
  const voor = sector ?? 'alle sectoren';
  return { percentage, bron, uitleg: `${toonPercentage(percentage)}: landelijk richttarief ${jaar} voor ${voor}, zorgcomponent exclusief NHC/NIC (${bron})` };
}

// ---------------------------------------------------------------------------------------------
// What the task pane offers

export interface KenmerkKeuze {
  woord: string;
  /** Words of one group exclude each other. */
  groep?: string;
  /** keuze: selects a row of the source table; opslag: adds procentpunten; standaard: states the default; niet gepubliceerd: gives #N/A. */
  werking: 'keuze' | 'opslag' | 'standaard' | 'niet gepubliceerd';
  /** For a word that carries its own step ("differentiatie +0,5"): the allowed range. */
  bandbreedte?: { van: D; tot: D };
}

export interface Combinatie {
  kenmerken: string[];
  /** This row starts from vorig_percentage. */
  vorigPercentage: boolean;
  /** False when the source names the case without a number (`#N/A`). */
  gepubliceerd: boolean;
}

export interface Beleidscontext {
  zorgkantoor: Zorgkantoor;
  jaar: number;
  sector: Sector;
  kenmerken: KenmerkKeuze[];
  combinaties: Combinatie[];
  samenvatting?: string;
}

function werkingVan(regel: Beleidsregel, id: KenmerkId): KenmerkKeuze['werking'] {
  if (KENMERKEN[id].standaardVan) return 'standaard';
  if ((regel.nietGepubliceerd ?? []).some((n) => n.kenmerk === id)) return 'niet gepubliceerd';
  if ((regel.opslagen ?? []).some((o) => o.kenmerk === id)) return 'opslag';
  return 'keuze';
}

/**
 * Every zorgkantoor/jaar/sector with policy, with the kenmerken and combinations it knows, so the task
 * pane offers only valid choices. Ordered by year, then zorgkantoor (Thema's 2024–2026 order), then sector.
 */
export function beleidscontexten(): Beleidscontext[] {
  const contexten = beleidsregels.flatMap((regel) =>
    regel.sectoren.map(
      (sector): Beleidscontext => ({
        zorgkantoor: regel.zorgkantoor,
        jaar: regel.jaar,
        sector,
        kenmerken: kenmerkenVan(regel).map((id) => {
          const bandbreedte = regel.opslagen?.find((o) => o.kenmerk === id)?.bandbreedte;
          return {
            woord: KENMERKEN[id].woord,
            groep: KENMERKEN[id].groep,
            werking: werkingVan(regel, id),
            bandbreedte: bandbreedte && { van: uitProcent(bandbreedte.vanProcentpunt), tot: uitProcent(bandbreedte.totProcentpunt) },
          };
        }),
        combinaties: regel.varianten.map((v) => ({
          kenmerken: v.kenmerken.map((id) => KENMERKEN[id].woord),
          vorigPercentage: 'vorigPercentage' in v.basis,
          gepubliceerd: !('nietGepubliceerd' in v.basis),
        })),
        samenvatting: regel.samenvatting,
      }),
    ),
  );
  return contexten.sort(
    (a, b) => a.jaar - b.jaar || ZORGKANTOREN.indexOf(a.zorgkantoor) - ZORGKANTOREN.indexOf(b.zorgkantoor) || SECTOREN.indexOf(a.sector) - SECTOREN.indexOf(b.sector),
  );
}
