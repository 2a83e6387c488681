/**
 * The words (kenmerken) a user gives to describe a provider in TARIEFPERCENTAGE, BRON and VERGELIJK.
 * One vocabulary for all policy documents, so the same word means the same thing everywhere; which
 * words a given zorgkantoor/jaar/sector knows is decided by its policy rule (./soort).
 * Matching is case- and accent-insensitive (SPEC §1 "names and words").
 */
export type KenmerkId =
  | 'nieuw'
  | 'bestaand'
  | 'geintegreerd'
  | 'beschermd wonen'
  | 'vpt'
  | 'dtv'
  | 'logeren'
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
}

export const KENMERKEN: Readonly<Record<KenmerkId, Kenmerkwoord>> = {
  nieuw: {
    woord: 'nieuw',
    synoniemen: ['nieuwe aanbieder', 'nieuwe zorgaanbieder', 'nieuw voor zorgkantoor', 'nieuw voor het zorgkantoor', 'nieuwe toetreder', 'nieuwkomer'],
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
  vpt: { woord: 'VPT', synoniemen: ['volledig pakket thuis'], groep: 'prestatie' },
  dtv: { woord: 'DTV', synoniemen: ['deeltijdverblijf'], groep: 'prestatie' },
  logeren: { woord: 'logeren', synoniemen: ['logeeropvang', 'logeerzorg'], groep: 'prestatie' },
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
