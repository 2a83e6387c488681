import type { Beleidsgetal, Beleidsregel, Bron, NietGepubliceerd } from './soort';

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
  {
    kenmerk: 'maatwerk',
    reden: 'maatwerkafspraken (knelpunten, innovatie, verbeterplan) worden per aanbieder gemaakt',
    bron: { titel: 'Z&Z Inkoopkader 2022', sectie: '§2.3.2.1' },
  },
  // §2.3.2.2: providers serving a lighter target group keep their lower agreed percentage in 2022 and 2023.
  {
    kenmerk: 'lager tariefpercentage',
    reden: 'eerder afgesproken lagere tariefpercentages lopen in 2022 en 2023 door; de bron noemt geen getal',
    bron: { titel: 'Z&Z Inkoopkader 2022', sectie: '§2.3.2.2' },
  },
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
        basis: {
          procent: '95.8',
          omschrijving: 'landelijk richttarief aan het einde van de overgang in twee jaar (flankerend beleid 2022–2023)',
        },
        nhcNicProcent: '100',
        bron: { ...PARAGRAAF_2_3, afgeleid: true },
      },
      {
        kenmerken: ['nieuw'],
        basis: { nietGepubliceerd: 'voor nieuwe toetreders maakt Zorg en Zekerheid maatwerkafspraken; de bron noemt geen getal' },
        bron: { titel: 'Z&Z Inkoopkader 2022', sectie: '§2.3.2' },
      },
    ],
    nietGepubliceerd: maatwerk,
  },
];

const ZZ_2022 = { zorgkantoor: 'Zorg en Zekerheid', jaar: 2022, sectoren: ['V&V', 'GZ', 'GGZ'] } as const;
const PARAGRAAF_3_1: Bron = { titel: 'Z&Z Inkoopkader 2022', sectie: '§3.1' };
const PARAGRAAF_3_3_1: Bron = { titel: 'Z&Z Inkoopkader 2022', sectie: '§3.3.1' };

export const getallenZzInkoopkader2022: readonly Beleidsgetal[] = [
  // "waardoor het tariefpercentage met maximaal -0,5 procentpunt zakt".
  {
    ...ZZ_2022,
    naam: 'maximale daling flankerend beleid',
    waarde: '0.5',
    eenheid: 'procentpunt',
    omschrijving: 'maximale daling per jaar van het tariefpercentage met flankerend beleid',
    bron: PARAGRAAF_2_3_1,
  },
  // "Daarin is het volume gebaseerd op 90% van het volume in de herschikking van het voorgaande jaar."
  {
    ...ZZ_2022,
    naam: 'comfortbrief',
    waarde: '90',
    eenheid: 'procent',
    omschrijving: 'crisisvolume in de comfortbrief, van het herschikte volume van vorig jaar',
    bron: PARAGRAAF_3_3_1,
  },
  // "Indien crisisaanbieders over een periode van 3 aaneengesloten maanden minder dan 40% of meer dan
  // 60% bezetting hebben, treedt het zorgkantoor in overleg."
  {
    ...ZZ_2022,
    naam: 'crisis ondergrens',
    waarde: '40',
    eenheid: 'procent',
    omschrijving: 'bezetting van crisisplekken waaronder overleg volgt',
    bron: PARAGRAAF_3_3_1,
  },
  {
    ...ZZ_2022,
    naam: 'crisis bovengrens',
    waarde: '60',
    eenheid: 'procent',
    omschrijving: 'bezetting van crisisplekken waarboven overleg volgt',
    bron: PARAGRAAF_3_3_1,
  },
  {
    ...ZZ_2022,
    naam: 'crisis aaneengesloten maanden',
    waarde: '3',
    eenheid: 'maanden',
    omschrijving: 'aaneengesloten maanden buiten de grenzen voor overleg',
    bron: PARAGRAAF_3_3_1,
  },
  // "De aanbieder dient uiterlijk de 17de werkdag van de maand de declaratie in"; "De bevoorschotting
  // van de AW319 heeft een vertraging van 2 maanden."
  {
    ...ZZ_2022,
    naam: 'declaratiewerkdag',
    waarde: '17',
    eenheid: 'werkdag',
    omschrijving: 'uiterste indiendag van de AW319-declaratie in de maand na de prestatiemaand',
    bron: PARAGRAAF_3_1,
  },
  {
    ...ZZ_2022,
    naam: 'betaalvertraging',
    waarde: '2',
    eenheid: 'maanden',
    omschrijving: 'vertraging van de bevoorschotting op de AW319',
    bron: PARAGRAAF_3_1,
  },
  // "declaraties die later dan drie maanden na de prestatiemaand zijn ingediend [worden] niet meegenomen".
  {
    ...ZZ_2022,
    naam: 'indientermijn',
    waarde: '3',
    eenheid: 'maanden',
    omschrijving: 'later ingediende declaraties tellen niet mee in de verdeling',
    bron: { titel: 'Z&Z Inkoopkader 2022', sectie: '§3.1.2' },
  },
];
