import type { KenmerkId } from './kenmerken';
import type { Beleidsgetal, Beleidsregel, Bron, Variant } from './soort';

/**
 * CZ zorgkantoor, regionaal Zorginkoopdocument GGZ 2023 (CZ GGZ 2023), §6.2 "Bepaling van het tarief
 * 2023": richttarief 95,8 % (exclusief NHC/NIC), new providers 93,8 %, VPT/DTV/logeren 100 % except
 * for new providers, NHC/NIC 100 %.
 */
const PARAGRAAF_6_2: Bron = { titel: 'CZ GGZ 2023', sectie: '§6.2' };

const PRESTATIES_TEGEN_100: readonly { kenmerk: KenmerkId; naam: string }[] = [
  { kenmerk: 'vpt', naam: 'VPT' },
  { kenmerk: 'dtv', naam: 'DTV' },
  { kenmerk: 'logeren', naam: 'logeren' },
];

export const czGgz2023: readonly Beleidsregel[] = [
  {
    zorgkantoor: 'CZ',
    jaar: 2023,
    sectoren: ['GGZ'],
    varianten: [
      // "CZ zorgkantoor hanteert voor de zorginkoop 2023 het landelijk vastgesteld richttariefpercentage
      // 95,8% … (exclusief NHC/NIC component)"; "Het tarief voor de NHC en NIC is vastgesteld op 100%."
      {
        kenmerken: [],
        basis: { procent: '95.8', omschrijving: 'richttarief voor bestaande zorgaanbieders' },
        nhcNicProcent: '100',
        bron: PARAGRAAF_6_2,
      },
      // "Met alle nieuwe zorgaanbieders … spreken we een tariefpercentage af van 93,8%."
      {
        kenmerken: ['nieuw'],
        basis: { procent: '93.8', omschrijving: 'tariefpercentage voor nieuwe zorgaanbieders' },
        nhcNicProcent: '100',
        bron: PARAGRAAF_6_2,
      },
      ...PRESTATIES_TEGEN_100.flatMap(({ kenmerk, naam }): Variant[] => [
        // "VPT, DTV en logeren, kopen we in met een tariefpercentage van 100%".
        {
          kenmerken: [kenmerk],
          basis: { procent: '100', omschrijving: `${naam} bij bestaande zorgaanbieders` },
          nhcNicProcent: '100',
          bron: PARAGRAAF_6_2,
        },
        // "Dit geldt niet voor nieuwe zorgaanbieders": they get 93,8 % here too (docs/contract.md §3 decision 7).
        {
          kenmerken: ['nieuw', kenmerk],
          basis: {
            procent: '93.8',
            omschrijving: `tariefpercentage voor nieuwe zorgaanbieders, ook voor ${naam} (100% geldt alleen voor bestaande zorgaanbieders)`,
          },
          nhcNicProcent: '100',
          bron: PARAGRAAF_6_2,
        },
      ]),
    ],
    nietGepubliceerd: [
      // "Wanneer wij met u in 2022 een lager tariefpercentage hebben afgesproken … gecontinueerd".
      {
        kenmerk: 'lager tariefpercentage',
        reden: 'een in 2022 afgesproken lager tariefpercentage wordt in principe voortgezet; de bron noemt geen getal',
        bron: PARAGRAAF_6_2,
      },
      // Exceptions for new providers (complex target groups, providers new to CZ) and the hardheidsclausule.
      {
        kenmerk: 'maatwerk',
        reden: 'uitzonderingen voor nieuwe zorgaanbieders worden individueel afgesproken, hoogstens tot het richttarief van 95,8%',
        bron: PARAGRAAF_6_2,
      },
    ],
  },
];

const PARAGRAAF_6_3: Bron = { titel: 'CZ GGZ 2023', sectie: '§6.3' };
const BIJLAGE_1: Bron = { titel: 'CZ GGZ 2023', sectie: 'Bijlage 1, minimale betalingsomvang' };
const CZ_2023 = { zorgkantoor: 'CZ', jaar: 2023, sectoren: ['GGZ'] } as const;

export const getallenCzGgz2023: readonly Beleidsgetal[] = [
  // "Het tarief voor de NHC en NIC is vastgesteld op 100%."
  {
    ...CZ_2023,
    naam: 'percentage NHC/NIC',
    waarde: '100',
    eenheid: 'procent',
    omschrijving: 'tariefpercentage voor NHC en NIC',
    bron: PARAGRAAF_6_2,
  },
  // "Wij hanteren hierbij 95% van het volume ZZP, VPT, DTV en 90% van het volume MPT."
  ...(['ZZP', 'VPT', 'DTV'] as const).map((soort): Beleidsgetal => ({
    ...CZ_2023,
    naam: 'volumefactor',
    soort,
    waarde: '95',
    eenheid: 'procent',
    omschrijving: `initieel volumebod ${soort}`,
    bron: PARAGRAAF_6_3,
  })),
  {
    ...CZ_2023,
    naam: 'volumefactor',
    soort: 'MPT',
    waarde: '90',
    eenheid: 'procent',
    omschrijving: 'initieel volumebod MPT',
    bron: PARAGRAAF_6_3,
  },
  // "een bedrag gereserveerd dat gebaseerd is op 0,2% van de tarieven maal de volumes van initiële
  // productieafspraken"; "VPT, DTV en logeren … worden niet meegenomen".
  {
    ...CZ_2023,
    naam: 'stimuleringsbudget',
    waarde: '0.2',
    eenheid: 'procent',
    omschrijving: 'regionaal stimuleringsbudget',
    bron: PARAGRAAF_6_2,
  },
  {
    ...CZ_2023,
    naam: 'stimuleringsbudget uitgezonderd',
    soorten: ['VPT', 'DTV', 'logeren'],
    eenheid: 'soorten',
    omschrijving: 'tellen niet mee in het stimuleringsbudget',
    bron: PARAGRAAF_6_2,
  },
  // "Minimale betalingsomvang (randvoorwaarde)": a payment or withholding only when it is more than € 5.000.
  {
    ...CZ_2023,
    naam: 'minimale betalingsomvang',
    waarde: '5000',
    eenheid: 'euro',
    omschrijving: 'een betaling of inhouding alleen als die méér bedraagt (drempel)',
    bron: BIJLAGE_1,
  },
];
