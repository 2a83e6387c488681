import type { Beleidsregel, Bron, Kanttekening, Variant } from './soort';

/**
 * "Tabel thema's in contractering langdurige zorg 2024 - 2026" (Thema's 2024–2026): the V&V policy of
 * the seven zorgkantoren as published in July 2023, row "Bekostiging en tarieven". The PDF extraction
 * flattened the table column by column; the attribution below is docs/contract.md §2's reading of it. Where a
 * cell's column is not certain the bron says "zekerheid: middel"; cells that cannot be attributed at
 * all are kanttekeningen (explanations only, never a lookup).
 */
const RIJ: Bron = { titel: "Thema's 2024–2026", sectie: 'rij Bekostiging en tarieven' };

/** Every column opens with "Hanteert richttariefpercentage die gezamenlijk is vastgesteld: max. 95,5% van NZa tarief." */
const richttarief: Variant = { kenmerken: [], basis: { procent: '95.5', omschrijving: 'richttarief' }, bron: RIJ };

/** Menzis and CZ: "Nieuwe aanbieders ontvangen -2% richtarief" — 2 procentpunt below 95,5 % (docs/contract.md §3 decision 1). */
const nieuwMinTwee: Variant = {
  kenmerken: ['nieuw'],
  basis: { procent: '95.5', omschrijving: 'richttarief' },
  aanpassingen: [{ procentpunt: '-2.0', omschrijving: 'nieuwe aanbieder' }],
  bron: RIJ,
};

const nieuwNietGepubliceerd = (reden: string): Variant => ({ kenmerken: ['nieuw'], basis: { nietGepubliceerd: reden }, bron: RIJ });

export const themas2024: readonly Beleidsregel[] = [
  {
    zorgkantoor: 'Zilveren Kruis',
    jaar: 2024,
    sectoren: ['V&V'],
    varianten: [
      richttarief,
      // "Beperkte mogelijkheden nieuwe aanbieders: alleen afspraken voor zorg thuis (extramurale
      // leveringsvormen VPT en/of MPT) en met lagere tarieven."
      nieuwNietGepubliceerd(
        'Zilveren Kruis maakt met nieuwe aanbieders alleen afspraken voor zorg thuis (VPT en/of MPT) tegen een lager tarief; de bron noemt geen getal',
      ),
      // "Zorgaanbieders met een rol essentiële voorzieningen ontvangen hoger tariefpercentage van 96,0%."
      {
        kenmerken: ['essentiele voorzieningen'],
        basis: { procent: '96.0', omschrijving: 'tariefpercentage voor zorgaanbieders met een rol in essentiële voorzieningen' },
        bron: RIJ,
      },
    ],
  },
  {
    zorgkantoor: 'VGZ',
    jaar: 2024,
    sectoren: ['V&V'],
    varianten: [richttarief, nieuwNietGepubliceerd('de bron noemt voor VGZ geen apart percentage voor nieuwe aanbieders')],
    // "Opslag tarieven mogelijk wanneer: - Commitment aan regionale V&V tafels - Opslag bij MPT om groei
    // te stimuleren" — no number.
    nietGepubliceerd: [
      {
        kenmerk: 'opslag regionale tafels',
        reden: 'VGZ noemt een opslag bij commitment aan de regionale V&V-tafels, zonder getal',
        bron: RIJ,
      },
      { kenmerk: 'opslag mpt', reden: 'VGZ noemt een opslag bij MPT om groei te stimuleren, zonder getal', bron: RIJ },
    ],
  },
  {
    zorgkantoor: 'Menzis',
    jaar: 2024,
    sectoren: ['V&V'],
    varianten: [richttarief, nieuwMinTwee],
  },
  {
    zorgkantoor: 'CZ',
    jaar: 2024,
    sectoren: ['V&V'],
    varianten: [richttarief, nieuwMinTwee],
    opslagen: [
      // "Opslag voor gebruik van bewezen effectieve arbeidsbesparende technologie: +0,1%"
      { kenmerk: 'technologie', procentpunt: '0.1', omschrijving: 'opslag arbeidsbesparende technologie', bron: RIJ },
      // "Mogelijkheid tot opslag voor bewegingen en doelen +0,3% of free proposal tot 100%."
      { kenmerk: 'bewegingen en doelen', procentpunt: '0.3', omschrijving: 'opslag bewegingen en doelen', bron: RIJ },
    ],
    nietGepubliceerd: [
      { kenmerk: 'free proposal', reden: 'bij een free proposal spreekt CZ een eigen percentage af, hoogstens 100%', bron: RIJ },
    ],
    plafond: { procent: '100', bron: RIJ },
  },
  {
    zorgkantoor: 'Salland',
    jaar: 2024,
    sectoren: ['V&V'],
    varianten: [richttarief, nieuwNietGepubliceerd('de bron noemt voor Salland geen apart percentage voor nieuwe aanbieders')],
    opslagen: [
      // "Differentiëren tarief mogelijk naar de rol/positie in de regio … Maximale differentiatie is van
      // -2% tot +1% van richtarief." The column is read as Salland's with medium confidence.
      {
        kenmerk: 'differentiatie',
        bandbreedte: { vanProcentpunt: '-2.0', totProcentpunt: '1.0' },
        omschrijving: 'differentiatie naar rol en positie in de regio',
        bron: { ...RIJ, zekerheid: 'middel' },
      },
    ],
    // 95,5 % + 1 procentpunt, the top of the differentiation range.
    plafond: { procent: '96.5', bron: { ...RIJ, afgeleid: true, zekerheid: 'middel' } },
    samenvatting:
      'richttarief 95,5%, per aanbieder gedifferentieerd van -2 tot +1 procentpunt (93,5%–96,5%); geef de afgesproken stap als kenmerk, bijvoorbeeld "differentiatie +0,5"',
  },
  {
    zorgkantoor: 'DSW',
    jaar: 2024,
    sectoren: ['V&V'],
    // "De monitor kent drie mogelijke uitkomsten: een verhoging van maximaal 1%, een verlaging van
    // maximaal 1% of een gelijkblijvend tariefpercentage aan 2023, met een maximum van 97,5% van het
    // NZa-tarief." docs/contract.md §3 decision 8: the provider's own 2023 percentage ± the monitor step.
    varianten: [
      {
        kenmerken: ['monitor hoger'],
        basis: { vorigPercentage: 'eigen tariefpercentage 2023' },
        aanpassingen: [{ procentpunt: '1.0', omschrijving: 'monitor hoger', maximaal: true }],
        bron: RIJ,
      },
      {
        kenmerken: ['monitor gelijk'],
        basis: { vorigPercentage: 'eigen tariefpercentage 2023' },
        aanpassingen: [{ procentpunt: '0', omschrijving: 'monitor gelijk' }],
        bron: RIJ,
      },
      {
        kenmerken: ['monitor lager'],
        basis: { vorigPercentage: 'eigen tariefpercentage 2023' },
        aanpassingen: [{ procentpunt: '-1.0', omschrijving: 'monitor lager', maximaal: true }],
        bron: RIJ,
      },
      // "Nieuwe zorgaanbieders: eenjarige overeenkomst, waarbij voor 2024 een tariefpercentage van 91%
      // van het NZa tarief geldt."
      {
        kenmerken: ['nieuw'],
        basis: { procent: '91.0', omschrijving: 'tariefpercentage voor nieuwe zorgaanbieders (eenjarige overeenkomst)' },
        bron: RIJ,
      },
    ],
    plafond: { procent: '97.5', bron: RIJ },
    samenvatting:
      'eigen tariefpercentage 2023 plus de uitkomst van de monitor (hoger: tot +1 procentpunt, gelijk: 0, lager: tot -1 procentpunt), hoogstens 97,5%; nieuwe aanbieders 91,0%. Geef "monitor hoger", "monitor gelijk" of "monitor lager" en vorig_percentage in WLZ.TARIEFPERCENTAGE',
  },
  {
    zorgkantoor: 'Zorg en Zekerheid',
    jaar: 2024,
    sectoren: ['V&V'],
    // "Lager richtarief voor nieuwe aanbieders." — no number.
    varianten: [
      richttarief,
      nieuwNietGepubliceerd('Zorg en Zekerheid hanteert een lager richttarief voor nieuwe aanbieders; de bron noemt geen getal'),
    ],
    // "Mogelijkheid tot meerjarige werkgeversopslag (0,3% van NZa tarief in 2024)."
    opslagen: [{ kenmerk: 'werkgeversopslag', procentpunt: '0.3', omschrijving: 'werkgeversopslag', bron: RIJ }],
  },
];

/** docs/contract.md §2 "Not attributable with confidence": shown as explanation, never used in a lookup. */
export const kanttekeningen2024: readonly Kanttekening[] = [
  {
    jaar: 2024,
    sectoren: ['V&V'],
    tekst:
      'toeslagen op VPT (0,4%) en MPT (3,5%) mogelijk op basis van specifieke plannen; de kolom (zorgkantoor) is in de bron niet met zekerheid te bepalen',
    bron: RIJ,
  },
  {
    jaar: 2024,
    sectoren: ['V&V'],
    tekst: 'nieuwe cliënten met zorgprofiel VV4 in principe thuis; de kolom (zorgkantoor) is in de bron niet met zekerheid te bepalen',
    bron: RIJ,
  },
];
