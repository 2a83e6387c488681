import type { Beleidsregel, Bron, NietGepubliceerd } from './soort';

/**
 * Zorg en Zekerheid, regionaal inkoopkader Wlz 2021–2023, aanvulling inkoopjaar 2022 (Z&Z Inkoopkader
 * 2022), §2.3 "Het landelijk richttariefpercentage met maatwerkafspraken" and §2.3.1 "Landelijk
 * richttarief percentage met flankerend beleid". Regions Zuid-Holland Noord and Amstelland en de
 * Meerlanden; V&V, GZ and GGZ alike.
 */
const PARAGRAAF_2_3: Bron = { titel: 'Z&Z Inkoopkader 2022', sectie: '§2.3' };
const PARAGRAAF_2_3_1: Bron = { titel: 'Z&Z Inkoopkader 2022', sectie: '§2.3.1' };

const maatwerk: readonly NietGepubliceerd[] = [
  // §2.3.2.1: a higher or lower percentage for a provider's position in the region, per plan.
  { kenmerk: 'maatwerk', reden: 'maatwerkafspraken (knelpunten, innovatie, verbeterplan) worden per aanbieder gemaakt', bron: { titel: 'Z&Z Inkoopkader 2022', sectie: '§2.3.2.1' } },
  // §2.3.2.2: providers serving a lighter target group keep their lower agreed percentage in 2022 and 2023.
  { kenmerk: 'lager tariefpercentage', reden: 'eerder afgesproken lagere tariefpercentages lopen in 2022 en 2023 door; de bron noemt geen getal', bron: { titel: 'Z&Z Inkoopkader 2022', sectie: '§2.3.2.2' } },
];

export const zzInkoopkader2022: readonly Beleidsregel[] = [
  {
    zorgkantoor: 'Zorg en Zekerheid',
    jaar: 2022,
    sectoren: ['V&V', 'GZ', 'GGZ'],
    varianten: [
      // Flankerend beleid: each provider's own 2022 percentage is its weighted average tariff percentage
      // 2020 lowered by at most 0,5 procentpunt — provider-specific, so no number to look up here.
      // "Over de NIC en NHC ontvangt u 100%." "Dit is voor alle prestaties hetzelfde."
      {
        kenmerken: [],
        basis: {
          nietGepubliceerd:
            'Zorg en Zekerheid past in 2022 flankerend beleid toe: uw percentage is uw gewogen gemiddelde tariefpercentage 2020 min hoogstens 0,5 procentpunt, voor alle prestaties hetzelfde; bereken het voorstel met WLZ.FLANKEREND(gewogen gemiddelde)',
        },
        nhcNicProcent: '100',
        bron: PARAGRAAF_2_3_1,
      },
      {
        kenmerken: ['nieuw'],
        basis: {
          nietGepubliceerd:
            'voor een aanbieder die in 2020 nog niet in de regio actief was, rekent Zorg en Zekerheid het gewogen gemiddelde over de tariefpercentages 2021 en de declaraties van de eerste vier maanden van 2021; nieuwe toetreders krijgen maatwerk',
        },
        nhcNicProcent: '100',
        bron: PARAGRAAF_2_3_1,
      },
    ],
    nietGepubliceerd: maatwerk,
    samenvatting: 'flankerend beleid: eigen gewogen gemiddelde tariefpercentage 2020 min hoogstens 0,5 procentpunt (WLZ.FLANKEREND)',
  },
  {
    zorgkantoor: 'Zorg en Zekerheid',
    jaar: 2023,
    sectoren: ['V&V', 'GZ', 'GGZ'],
    varianten: [
      // "in twee jaar naar het landelijk tarief percentage te kunnen bewegen" (2022 and 2023): at the end
      // of the transition every provider is at the national 95,8 %. Our reading, hence "afgeleid".
      {
        kenmerken: [],
        basis: { procent: '95.8', omschrijving: 'landelijk richttarief aan het einde van de overgang in twee jaar (flankerend beleid 2022–2023)' },
        nhcNicProcent: '100',
        bron: { ...PARAGRAAF_2_3, afgeleid: true },
      },
      { kenmerken: ['nieuw'], basis: { nietGepubliceerd: 'voor nieuwe toetreders maakt Zorg en Zekerheid maatwerkafspraken; de bron noemt geen getal' }, bron: { titel: 'Z&Z Inkoopkader 2022', sectie: '§2.3.2' } },
    ],
    nietGepubliceerd: maatwerk,
  },
];
