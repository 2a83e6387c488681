import { D } from '../geld';
import { ongeldig } from '../fout';
import { celNaam, isBereik, isLeeg, leesBereik, normaliseer, toon, type Argument } from '../invoer';

/**
 * The words (kenmerken) a user gives to describe a provider in TARIEFPERCENTAGE, BRON and VERGELIJK.
 * One vocabulary for all policy documents, so the same word means the same thing everywhere; which
 * words a given zorgkantoor/jaar/sector knows is decided by its policy rule (./soort).
 * Matching is case- and accent-insensitive (docs/contract.md §1 "names and words").
 */
export type VasteKenmerkId =
  | 'nieuw'
  | 'bestaand'
  | 'geintegreerd'
  | 'beschermd wonen'
  | 'zzp'
  | 'vpt'
  | 'mpt'
  | 'dtv'
  | 'logeren'
  | 'toeslag'
  | 'meerzorg'
  | 'lager tariefpercentage'
  | 'maatwerk'
  | 'tariefsopslag'
  | 'essentiele voorzieningen'
  | 'technologie'
  | 'bewegingen en doelen'
  | 'free proposal'
  | 'werkgeversopslag'
  | 'monitor hoger'
  | 'monitor gelijk'
  | 'monitor lager'
  | 'opslag regionale tafels'
  | 'opslag mpt'
  | 'differentiatie';

/**
 * A word of the vocabulary, or a word a user's policy table introduces for its own combination
 * (docs/contract.md §3 decision 15): "eigen:" + its key.
 */
export type KenmerkId = VasteKenmerkId | `eigen:${string}`;

export interface Kenmerkwoord {
  /** The word as shown to the user (in lists of valid words and in the task pane). */
  woord: string;
  /** Other ways users write it; the shown word always matches too. */
  synoniemen: readonly string[];
  /** Words of one group exclude each other: "nieuw" and "bestaand" together are contradictory. */
  groep?: string;
  /**
   * The word only states the default of its group ("bestaand" = not "nieuw"): valid wherever the
   * other word is, and it changes nothing.
   */
  standaardVan?: KenmerkId;
  /** The word carries a number in procentpunten: "differentiatie +0,5". */
  metGetal?: boolean;
  /**
   * A kind of prestatie (docs/contract.md §3 decision 11): accepted by every lookup, neutral where the rule has no
   * row of its own for it, so a Soort column can be filled down into the kenmerken.
   */
  prestatiesoort?: boolean;
}

export const KENMERKEN: Readonly<Record<VasteKenmerkId, Kenmerkwoord>> = {
  nieuw: {
    woord: 'nieuw',
    synoniemen: [
      'nieuwe aanbieder',
      'nieuwe zorgaanbieder',
      'nieuw voor zorgkantoor',
      'nieuw voor het zorgkantoor',
      'nieuwe toetreder',
      'nieuwkomer',
    ],
    groep: 'aanbieder',
  },
  bestaand: {
    woord: 'bestaand',
    synoniemen: ['bestaande aanbieder', 'bestaande zorgaanbieder', 'gecontracteerd'],
    groep: 'aanbieder',
    standaardVan: 'nieuw',
  },
  geintegreerd: {
    woord: 'geïntegreerd',
    synoniemen: ['geïntegreerde zorgaanbieder', 'geïntegreerde aanbieder', 'geïntegreerde instelling', 'geïntegreerde zorg'],
    groep: 'type GGZ-aanbieder',
  },
  'beschermd wonen': {
    woord: 'beschermd wonen',
    synoniemen: ['beschermd wonen zorgaanbieder', 'beschermd wonen aanbieder', 'beschermd-wonenaanbieder', 'bw'],
    groep: 'type GGZ-aanbieder',
  },
  zzp: { woord: 'ZZP', synoniemen: ['zorgzwaartepakket', 'verblijf'], groep: 'prestatie', prestatiesoort: true },
  vpt: { woord: 'VPT', synoniemen: ['volledig pakket thuis'], groep: 'prestatie', prestatiesoort: true },
  mpt: { woord: 'MPT', synoniemen: ['modulair pakket thuis'], groep: 'prestatie', prestatiesoort: true },
  dtv: { woord: 'DTV', synoniemen: ['deeltijdverblijf'], groep: 'prestatie', prestatiesoort: true },
  logeren: { woord: 'logeren', synoniemen: ['logeeropvang', 'logeerzorg'], groep: 'prestatie', prestatiesoort: true },
  toeslag: { woord: 'toeslag', synoniemen: ['toeslagen'], groep: 'prestatie', prestatiesoort: true },
  meerzorg: { woord: 'meerzorg', synoniemen: [], groep: 'prestatie', prestatiesoort: true },
  'lager tariefpercentage': { woord: 'lager tariefpercentage', synoniemen: ['lager percentage', 'lager tarief', 'doelmatigheidsafspraak'] },
  maatwerk: { woord: 'maatwerk', synoniemen: ['maatwerkafspraak', 'maatwerkafspraken'] },
  tariefsopslag: { woord: 'tariefsopslag', synoniemen: ['opslag', 'ontwikkelplan'] },
  'essentiele voorzieningen': {
    woord: 'essentiële voorzieningen',
    synoniemen: ['essentiële voorziening', 'rol essentiële voorzieningen'],
  },
  technologie: { woord: 'technologie', synoniemen: ['arbeidsbesparende technologie', 'opslag technologie'] },
  'bewegingen en doelen': { woord: 'bewegingen en doelen', synoniemen: ['opslag bewegingen en doelen'] },
  'free proposal': { woord: 'free proposal', synoniemen: ['vrij voorstel'] },
  werkgeversopslag: { woord: 'werkgeversopslag', synoniemen: ['werkgevers opslag', 'meerjarige werkgeversopslag'] },
  'monitor hoger': { woord: 'monitor hoger', synoniemen: ['monitor verhoging', 'monitor: hoger'], groep: 'monitor' },
  'monitor gelijk': { woord: 'monitor gelijk', synoniemen: ['monitor gelijkblijvend', 'monitor: gelijk'], groep: 'monitor' },
  'monitor lager': { woord: 'monitor lager', synoniemen: ['monitor verlaging', 'monitor: lager'], groep: 'monitor' },
  'opslag regionale tafels': {
    woord: 'opslag regionale tafels',
    synoniemen: ['regionale tafels', 'regionale V&V-tafels', 'commitment regionale tafels'],
  },
  'opslag mpt': { woord: 'opslag MPT', synoniemen: ['MPT-opslag', 'groei MPT'] },
  differentiatie: { woord: 'differentiatie', synoniemen: ['tariefdifferentiatie'], groep: 'differentiatie', metGetal: true },
};

// ---------------------------------------------------------------------------------------------
// Reading the user's words

/** A kenmerk as the user wrote it, recognised in the vocabulary. */
export interface Kenmerk {
  id: KenmerkId;
  /** The user's own text, for messages. */
  tekst: string;
  /** The number given with the word ("differentiatie +0,5" → 0,005). */
  procentpunt?: D;
}

/** Words a user's policy table adds, by key (see `woordsleutel`); empty for the embedded sources. */
export type EigenWoorden = ReadonlyMap<string, Kenmerkwoord>;

export const GEEN_EIGEN_WOORDEN: EigenWoorden = new Map();

export function isVast(id: KenmerkId): id is VasteKenmerkId {
  return !id.startsWith('eigen:');
}

/** The word of an id, from the vocabulary or the user's own words. */
export function kenmerkwoord(id: KenmerkId, eigen: EigenWoorden = GEEN_EIGEN_WOORDEN): Kenmerkwoord {
  if (isVast(id)) return KENMERKEN[id];
  return eigen.get(id.slice('eigen:'.length)) ?? { woord: id.slice('eigen:'.length), synoniemen: [] };
}

export const VASTE_IDS = Object.keys(KENMERKEN) as VasteKenmerkId[];

/** Case, accents and punctuation between words do not matter: "Monitor: Hoger" = "monitor hoger". */
export function woordsleutel(tekst: string): string {
  return normaliseer(tekst)
    .replace(/[_:/]|-(?=[a-z])/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const OP_WOORD = new Map<string, VasteKenmerkId>(
  VASTE_IDS.flatMap((id) => [KENMERKEN[id].woord, ...KENMERKEN[id].synoniemen].map((w) => [woordsleutel(w), id] as const)),
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

function herkenWoord(tekst: string, eigen: EigenWoorden): Kenmerk | undefined {
  const sleutel = woordsleutel(tekst);
  const id = OP_WOORD.get(sleutel);
  // A number-carrying word without its number is recognised too: its rule says what to do.
  if (id) return { id, tekst };
  if (eigen.has(sleutel)) return { id: `eigen:${sleutel}`, tekst };
  // Words are short; the length check keeps the backtracking regex away from a 32.767-character cell.
  const delen = sleutel.length <= 80 ? MET_GETAL.exec(sleutel) : null;
  const metGetal = delen ? OP_WOORD.get(delen[1].trim()) : undefined;
  if (!delen || !metGetal || !KENMERKEN[metGetal].metGetal) return undefined;
  const teken = delen[2] === '-' || delen[2] === '\u2212' ? '-' : '';
  return { id: metGetal, tekst, procentpunt: new D(`${teken}${delen[3].replace(',', '.')}`).div(100) };
}

/**
 * The user's words, split and recognised (in the vocabulary, then in the policy table's own words);
 * words recognised nowhere are returned as `onbekend`.
 */
export function herkenKenmerken(
  kenmerken: readonly string[],
  eigen: EigenWoorden = GEEN_EIGEN_WOORDEN,
): { herkend: Kenmerk[]; onbekend: string[] } {
  const herkend: Kenmerk[] = [];
  const onbekend: string[] = [];
  for (const tekst of kenmerken.flatMap(splitsKenmerken)) {
    const kenmerk = herkenWoord(tekst, eigen);
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
      if (typeof cel !== 'string')
        throw ongeldig(`${bereik ? celNaam(naam, index) : naam} moet tekst zijn zoals "nieuw" of "geïntegreerd", niet ${toon(cel)}`);
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
export function zonderTegenspraak(kenmerken: readonly Kenmerk[], eigen: EigenWoorden = GEEN_EIGEN_WOORDEN): Kenmerk[] {
  const perId = new Map<KenmerkId, Kenmerk>();
  const perGroep = new Map<string, Kenmerk>();
  for (const k of kenmerken) {
    const eerder = perId.get(k.id);
    if (eerder) {
      if (zelfde(eerder, k)) continue;
      throw ongeldig(`tegenstrijdige kenmerken ${toon(eerder.tekst)} en ${toon(k.tekst)}: geef er één`);
    }
    const groep = kenmerkwoord(k.id, eigen).groep;
    const ander = groep ? perGroep.get(groep) : undefined;
    if (ander) throw ongeldig(`tegenstrijdige kenmerken ${toon(ander.tekst)} en ${toon(k.tekst)} (${groep}): geef er één`);
    perId.set(k.id, k);
    if (groep) perGroep.set(groep, k);
  }
  return [...perId.values()];
}
