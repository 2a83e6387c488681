import type { Prestatiesoort } from '../prestatiesoort';
import type { Sector } from '../sector';
import type { Zorgkantoor } from '../zorgkantoor';
import type { EigenWoorden, KenmerkId } from './kenmerken';

/**
 * The shape of embedded policy data (docs/contract.md §2). Each source document has its own module in this folder
 * holding only data of these types; core/tariefpercentage.ts does all the arithmetic. Adding a year
 * is adding a module (or rows) and listing it in ./index.ts.
 *
 * Numbers are written as decimal strings in the unit their field name says (`procent: '95.8'`,
 * `procentpunt: '1.0'`), so they are read exactly and look like the source.
 */

/** Where a number comes from, cited to the user as "<short title>, <section>" (bronnen/INDEX.md). */
export interface Bron {
  titel: string;
  sectie: string;
  /** The number is our reading of the text, not printed in the source (e.g. Z&Z 2023). */
  afgeleid?: boolean;
  /** How sure the attribution is where the source's table was flattened (Thema's 2024–2026). */
  zekerheid?: 'middel';
  /** The number comes from the user's own policy table: `titel` is its Bron text, `sectie` the row. */
  eigen?: boolean;
}

/** The starting value of a variant. */
export type Basis =
  /** A percentage printed in the source, with what it is ("richttarief", "nieuwe zorgaanbieder"). */
  | { procent: string; omschrijving: string }
  /** The provider's own percentage of the previous year (vorig_percentage), e.g. DSW 2024. */
  | { vorigPercentage: string }
  /** The source names the case but publishes no number: `#N/A` with this reason (docs/contract.md §3 decision 9). */
  | { nietGepubliceerd: string };

/** A percentage-point step printed in the source (docs/contract.md §3 decision 1: never multiplicative). */
export interface Aanpassing {
  procentpunt: string;
  omschrijving: string;
  /** The source says "maximaal": the step is an upper bound, and the explanation says so. */
  maximaal?: boolean;
}

/**
 * One row of the source's table: the percentage for one combination of kenmerken. The variants of a
 * rule exclude each other; the user's kenmerken must match exactly one of them.
 */
export interface Variant {
  kenmerken: readonly KenmerkId[];
  basis: Basis;
  aanpassingen?: readonly Aanpassing[];
  /** Tariff percentage for NHC and NIC, where the source gives one. */
  nhcNicProcent?: string;
  bron: Bron;
}

/** An adjustment that stacks on top of any variant when its kenmerk is given. */
export interface Opslag {
  kenmerk: KenmerkId;
  omschrijving: string;
  /** A fixed step in procentpunten ("technologie +0,1")… */
  procentpunt?: string;
  /** …or a range the provider's own step must lie in, given with the word ("differentiatie +0,5"). */
  bandbreedte?: { vanProcentpunt: string; totProcentpunt: string };
  bron: Bron;
}

/** A kenmerk the source names without a number: `#N/A` telling the user to enter the agreed value. */
export interface NietGepubliceerd {
  kenmerk: KenmerkId;
  reden: string;
  bron: Bron;
}

/** The policy of one zorgkantoor for one year and one or more sectors. */
export interface Beleidsregel {
  zorgkantoor: Zorgkantoor;
  jaar: number;
  sectoren: readonly Sector[];
  varianten: readonly Variant[];
  opslagen?: readonly Opslag[];
  nietGepubliceerd?: readonly NietGepubliceerd[];
  /** The highest percentage after all steps. */
  plafond?: { procent: string; bron: Bron };
  /** The policy in one phrase, for comparisons where no single number applies (DSW 2024). */
  samenvatting?: string;
  /** Words a user's policy table introduces for this combination (docs/contract.md §3 decision 15). */
  eigenWoorden?: EigenWoorden;
}

/** The national richttariefpercentage for the zorg component (excluding NHC/NIC). */
export interface Richttarief {
  jaar: number;
  sectoren: readonly Sector[];
  procent: string;
  bron: Bron;
}

/** A statement in a source that cannot be attributed to a zorgkantoor with confidence (docs/contract.md §2). */
export interface Kanttekening {
  jaar: number;
  sectoren: readonly Sector[];
  tekst: string;
  bron: Bron;
}

/**
 * The other numbers a source publishes (docs/contract.md §2: volume factors, the € 5.000 drempel, reserves,
 * stimulus percentage, comfortbrief, crisis bounds, declaration terms): each with the zorgkantoor and
 * year it belongs to and its bron. The calculation code asks for them by `naam` (./getallen.ts);
 * the functions' defaults name whose number they are.
 */
export type Getalnaam =
  | 'percentage NHC/NIC'
  | 'maximale tariefsopslag'
  | 'maximale daling flankerend beleid'
  | 'volumefactor'
  | 'stimuleringsbudget'
  | 'stimuleringsbudget uitgezonderd'
  | 'minimale betalingsomvang'
  | 'reservering onvoorziene omstandigheden'
  | 'reservering regionale ontwikkeling'
  | 'crisisbezetting herschikking'
  | 'comfortbrief'
  | 'crisis ondergrens'
  | 'crisis bovengrens'
  | 'crisis aaneengesloten maanden'
  | 'behandeling MPT dagen'
  | 'declaratiewerkdag'
  | 'betaalvertraging'
  | 'indientermijn';

/** The unit `waarde` is written in: procent and procentpunt as in the source ("95" = 95 %). */
export type Eenheid = 'procent' | 'procentpunt' | 'euro' | 'dagen' | 'maanden' | 'werkdag';

interface GetalBasis {
  naam: Getalnaam;
  /** "landelijk" where the source states a national rule. */
  zorgkantoor: Zorgkantoor | 'landelijk';
  jaar: number;
  sectoren: readonly Sector[];
  /** What the number is, in a phrase for `wlz beleid` and the help texts. */
  omschrijving: string;
  /** The number applies to this prestatiesoort only (volume factors). */
  soort?: Prestatiesoort;
  bron: Bron;
}

/** A number, or a list of prestatiesoorten (the stimulus budget's exclusions). */
export type Beleidsgetal = GetalBasis & ({ eenheid: Eenheid; waarde: string } | { eenheid: 'soorten'; soorten: readonly Prestatiesoort[] });
