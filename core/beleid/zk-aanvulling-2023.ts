import type { Beleidsgetal, Beleidsregel, Bron } from './soort';

/**
 * Zilveren Kruis Zorgkantoor, "Aanvulling 2023 inkoopbeleid Wlz" (ZK Aanvulling 2023), hoofdstuk 2:
 * tariefpercentages zorg and NHC/NIC 2023 for existing providers per sector and for providers new to
 * Zilveren Kruis (tables "Tariefpercentages voor bestaande … in 2023" and "Tariefsystematiek voor
 * alle sectoren voor zorgaanbieders die nog geen overeenkomst hebben met Zilveren Kruis").
 */
const HOOFDSTUK_2: Bron = { titel: 'ZK Aanvulling 2023', sectie: 'hoofdstuk 2' };

// "Voor 2023 spreken we met een groep zorgaanbieders een lager tariefpercentage af, dit geldt voor alle
// sectoren": agreed individually, no number.
const lagerTariefpercentage = {
  kenmerk: 'lager tariefpercentage',
  reden: 'met een groep zorgaanbieders spreekt Zilveren Kruis individueel een lager tariefpercentage af; de bron noemt geen getal',
  bron: HOOFDSTUK_2,
} as const;

export const zkAanvulling2023: readonly Beleidsregel[] = [
  {
    zorgkantoor: 'Zilveren Kruis',
    jaar: 2023,
    sectoren: ['V&V', 'GZ'],
    varianten: [
      // Bestaande V&V- en GZ-aanbieders: richttarief 95,8 %, Zilveren Kruis 95,8 %, NHC/NIC 100 %.
      {
        kenmerken: [],
        basis: { procent: '95.8', omschrijving: 'richttarief voor bestaande zorgaanbieders' },
        nhcNicProcent: '100',
        bron: HOOFDSTUK_2,
      },
      // V&V en GZ zorgaanbieders die nieuw zijn voor Zilveren Kruis: 93,8 % / 100 %.
      {
        kenmerken: ['nieuw'],
        basis: { procent: '93.8', omschrijving: 'tariefpercentage voor zorgaanbieders die nieuw zijn voor Zilveren Kruis' },
        nhcNicProcent: '100',
        bron: HOOFDSTUK_2,
      },
    ],
    nietGepubliceerd: [lagerTariefpercentage],
  },
  {
    zorgkantoor: 'Zilveren Kruis',
    jaar: 2023,
    sectoren: ['GGZ'],
    varianten: [
      // Geïntegreerde zorgaanbieders: richttarief 95,8 % + aanpassing type zorgaanbieder 1,0 % = 96,8 %.
      {
        kenmerken: ['geintegreerd'],
        basis: { procent: '95.8', omschrijving: 'richttarief' },
        aanpassingen: [{ procentpunt: '1.0', omschrijving: 'geïntegreerde zorgaanbieder' }],
        nhcNicProcent: '100',
        bron: HOOFDSTUK_2,
      },
      // Beschermd wonen zorgaanbieder: 95,8 %, no adjustment.
      {
        kenmerken: ['beschermd wonen'],
        basis: { procent: '95.8', omschrijving: 'richttarief voor beschermd wonen zorgaanbieders' },
        nhcNicProcent: '100',
        bron: HOOFDSTUK_2,
      },
      // New to Zilveren Kruis: geïntegreerd 94,8 %, beschermd wonen 93,8 %, both NHC/NIC 100 %.
      {
        kenmerken: ['nieuw', 'geintegreerd'],
        basis: {
          procent: '94.8',
          omschrijving: 'tariefpercentage voor geïntegreerde GGZ-zorgaanbieders die nieuw zijn voor Zilveren Kruis',
        },
        nhcNicProcent: '100',
        bron: HOOFDSTUK_2,
      },
      {
        kenmerken: ['nieuw', 'beschermd wonen'],
        basis: { procent: '93.8', omschrijving: 'tariefpercentage voor beschermd wonen zorgaanbieders die nieuw zijn voor Zilveren Kruis' },
        nhcNicProcent: '100',
        bron: HOOFDSTUK_2,
      },
    ],
    nietGepubliceerd: [lagerTariefpercentage],
    samenvatting:
      'geïntegreerde zorgaanbieder 96,8% (nieuw 94,8%), beschermd wonen 95,8% (nieuw 93,8%); geef "geïntegreerd" of "beschermd wonen" als kenmerk',
  },
];

const ZK_2023 = { zorgkantoor: 'Zilveren Kruis', jaar: 2023 } as const;

export const getallenZkAanvulling2023: readonly Beleidsgetal[] = [
  // "Zilveren Kruis reserveert voor 2023 een klein deel van de contracteerruimte (0,2%) voor onvoorziene
  // omstandigheden. Voor regionale ontwikkeling reserveren we ook 0,2% van de contracteerruimte."
  {
    ...ZK_2023,
    sectoren: ['V&V', 'GZ', 'GGZ'],
    naam: 'reservering onvoorziene omstandigheden',
    waarde: '0.2',
    eenheid: 'procent',
    omschrijving: 'reservering uit de contracteerruimte voor onvoorziene omstandigheden',
    bron: HOOFDSTUK_2,
  },
  {
    ...ZK_2023,
    sectoren: ['V&V', 'GZ', 'GGZ'],
    naam: 'reservering regionale ontwikkeling',
    waarde: '0.2',
    eenheid: 'procent',
    omschrijving: 'reservering uit de contracteerruimte voor regionale ontwikkeling',
    bron: HOOFDSTUK_2,
  },
  // §5.13.2: "Als de crisisplek naar verwachting voor minder dan 70% bezet is gedurende het jaar, maken
  // we in principe in de herschikking een lagere afspraak."
  {
    ...ZK_2023,
    sectoren: ['V&V', 'GZ'],
    naam: 'crisisbezetting herschikking',
    waarde: '70',
    eenheid: 'procent',
    omschrijving: 'verwachte jaarbezetting van een crisisplek waaronder de herschikking lager afspreekt',
    bron: { titel: 'ZK Aanvulling 2023', sectie: '§5.13.2' },
  },
];
