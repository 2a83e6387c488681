import type { KenmerkId } from './kenmerken';
import type { Beleidsregel, Bron, Variant } from './soort';

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
      { kenmerken: [], basis: { procent: '95.8', omschrijving: 'richttarief voor bestaande zorgaanbieders' }, nhcNicProcent: '100', bron: PARAGRAAF_6_2 },
      // "Met alle nieuwe zorgaanbieders … spreken we een tariefpercentage af van 93,8%."
      { kenmerken: ['nieuw'], basis: { procent: '93.8', omschrijving: 'tariefpercentage voor nieuwe zorgaanbieders' }, nhcNicProcent: '100', bron: PARAGRAAF_6_2 },
      ...PRESTATIES_TEGEN_100.flatMap(({ kenmerk, naam }): Variant[] => [
        // "VPT, DTV en logeren, kopen we in met een tariefpercentage van 100%".
        { kenmerken: [kenmerk], basis: { procent: '100', omschrijving: `${naam} bij bestaande zorgaanbieders` }, nhcNicProcent: '100', bron: PARAGRAAF_6_2 },
        // "Dit geldt niet voor nieuwe zorgaanbieders": they get 93,8 % here too (SPEC §3 decision 7).
        {
          kenmerken: ['nieuw', kenmerk],
          basis: { procent: '93.8', omschrijving: `tariefpercentage voor nieuwe zorgaanbieders, ook voor ${naam} (100% geldt alleen voor bestaande zorgaanbieders)` },
          nhcNicProcent: '100',
          bron: PARAGRAAF_6_2,
        },
      ]),
    ],
    nietGepubliceerd: [
      // "Wanneer wij met u in 2022 een lager tariefpercentage hebben afgesproken … gecontinueerd".
      { kenmerk: 'lager tariefpercentage', reden: 'een in 2022 afgesproken lager tariefpercentage wordt in principe voortgezet; de bron noemt geen getal', bron: PARAGRAAF_6_2 },
      // Exceptions for new providers (complex target groups, providers new to CZ) and the hardheidsclausule.
      { kenmerk: 'maatwerk', reden: 'uitzonderingen voor nieuwe zorgaanbieders worden individueel afgesproken, hoogstens tot het richttarief van 95,8%', bron: PARAGRAAF_6_2 },
    ],
  },
];
