import type { Beleidsgetal, Beleidsregel, Bron } from './soort';

/**
 * Zilveren Kruis Zorgkantoor, inkoopkader V&V 2017, Deel 1 = landelijk inkoopkader (ZK V&V 2017),
 * §2.2.5 "Stap 5 - Afspraken vaststellen", "Bepaling van de prijs": basistariefpercentage per
 * prestatie plus a tariefsopslag of at most 3 %. "Het basistarief verschilt per zorgkantoor en staat
 * beschreven in het regionale beleid": the extract ends at page 63 of 124, so the basis percentages
 * are not in it and the user supplies them (WLZ.OPSLAGTARIEF adds the opslag).
 */
const PARAGRAAF_2_2_5: Bron = { titel: 'ZK V&V 2017', sectie: '§2.2.5' };

export const zkVv2017: readonly Beleidsregel[] = [
  {
    zorgkantoor: 'Zilveren Kruis',
    jaar: 2017,
    sectoren: ['V&V'],
    varianten: [
      {
        kenmerken: [],
        basis: {
          nietGepubliceerd:
            'het basistariefpercentage 2017 staat in het regionale beleid van Zilveren Kruis en niet in deze bron; tel een tariefsopslag (hoogstens 3 procentpunt) erbij op met WLZ.OPSLAGTARIEF(basispercentage; opslag)',
        },
        bron: PARAGRAAF_2_2_5,
      },
    ],
    nietGepubliceerd: [
      {
        kenmerk: 'tariefsopslag',
        reden:
          'de tariefsopslag (hoogstens 3 procentpunt) volgt uit het ontwikkelplan en het basistariefpercentage staat niet in deze bron; reken met WLZ.OPSLAGTARIEF(basispercentage; opslag)',
        bron: PARAGRAAF_2_2_5,
      },
    ],
  },
];

export const getallenZkVv2017: readonly Beleidsgetal[] = [
  // "De tariefsopslag is landelijk vastgesteld op maximaal 3%."
  {
    naam: 'maximale tariefsopslag',
    zorgkantoor: 'landelijk',
    jaar: 2017,
    sectoren: ['V&V'],
    waarde: '3',
    eenheid: 'procentpunt',
    omschrijving: 'maximale tariefsopslag op het basistariefpercentage',
    bron: PARAGRAAF_2_2_5,
  },
  // §4.7: the difference between VPT inclusief and exclusief behandeling "(op jaarbasis)" caps
  // behandeling MPT; VPT tariffs are per day, so a year is 365 days (our reading: afgeleid).
  {
    naam: 'behandeling MPT dagen',
    zorgkantoor: 'Zilveren Kruis',
    jaar: 2017,
    sectoren: ['V&V'],
    waarde: '365',
    eenheid: 'dagen',
    omschrijving: 'dagen per jaar van het financieel kader behandeling MPT',
    bron: { titel: 'ZK V&V 2017', sectie: '§4.7', afgeleid: true },
  },
];
