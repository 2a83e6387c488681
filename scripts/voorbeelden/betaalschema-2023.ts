import { Voorbeeld, bereik, cel, serie } from './bouwer';

/** Dutch public holidays the declaration deadline skips (docs/contract.md §4 DECLARATIEDEADLINE), 2023 and January 2024. */
const FEESTDAGEN: Array<[string, number, number, number]> = [
  ['Nieuwjaarsdag', 2023, 1, 1],
  ['Tweede Paasdag', 2023, 4, 10],
  ['Koningsdag', 2023, 4, 27],
  ['Hemelvaartsdag', 2023, 5, 18],
  ['Tweede Pinksterdag', 2023, 5, 29],
  ['Eerste Kerstdag', 2023, 12, 25],
  ['Tweede Kerstdag', 2023, 12, 26],
  ['Nieuwjaarsdag', 2024, 1, 1],
];

/** Payments 2023: advance schedule, CZ Tabel 2 phases, declarations (CZ GGZ 2023 Bijlage 1; Z&Z Inkoopkader 2022, §3.1). */
export function betaalschema2023(): Voorbeeld {
  const v = new Voorbeeld('betaalschema-2023.xlsx', 'Betaalschema 2023: voorschotten, fasen en declaraties', [
    'Voorschotten op de productieafspraak: het cumulatieve doel in maand m is jaarbasis × m / 12, afgerond op centen; de mutatie is doel − al betaald, en wordt alleen uitgevoerd als die meer dan € 5.000 is (CZ GGZ 2023, Bijlage 1). Een mutatie die niet wordt uitgevoerd gaat niet verloren: die zit in het verschil van de volgende maand.',
    'CZ Tabel 2 (CZ GGZ 2023, Bijlage 1, tabel 2): maanden 1–4 de initiële afspraak vóór volumekorting, 5–10 de herschikte afspraak min verwachte onderproductie, 11–15 (november t/m maart van het volgende jaar) de definitieve afspraak min verwachte onderproductie. Na december is het doel de volle jaarbasis.',
    'Declaraties (Z&Z Inkoopkader 2022, §3.1): zorg van maand m wordt uiterlijk op de 17e werkdag van maand m+1 gedeclareerd en in maand m+2 betaald. Werkdagen: maandag t/m vrijdag zonder nationale feestdagen. Een declaratie die meer dan 3 maanden na de prestatiemaand komt, telt niet mee in een herverdeling.',
    'AW319-voorschot: regulier × bevoorschottingspercentage + crisis (het percentage geldt nooit voor crisisplekken), afgerond op centen. Nieuwe aanbieder (CZ GGZ 2023): betaling achteraf op realisatie, hoogstens tot de productieafspraak.',
    { kop: 'Bladen' },
    'Schema: een kleine aanbieder met vaste jaarbasis (maandbedragen onder de drempel). Fasen: de voorschotbasis per maand volgens CZ Tabel 2 en het schema over 15 maanden. Declaraties: uiterste declaratiedatum, betaalmaand en te laat. Mutaties: losse mutaties, AW319-voorschot en nieuwe aanbieder. Feestdagen: de lijst voor de Excel-controle.',
  ]);
  const s = v.blad('Schema');
  s.titel('Voorschotschema 2023, vaste jaarbasis', 'voorbeeldbedragen');
  s.zet('A4', 'Jaarbasis', undefined, 'kop').zet('B4', 48000, 'bedrag');
  s.zet('A5', 'Drempel', undefined, 'kop').zet('B5', 5000, 'bedrag');
  s.zet('A7', 'WLZ.BETAALSCHEMA', undefined, 'kop').zet('F7', 'Controle met Excel-functies', undefined, 'kop');
  s.wlz('A8', 'BETAALSCHEMA', [cel('B4'), 0, cel('B5')], ['geheel', 'bedrag', 'bedrag', 'bedrag']);
  s.rij('F8', ['Maand', 'Cumulatief doel', 'Mutatie', 'Betaald na mutatie'], 'controle');
  for (let m = 1; m <= 12; m += 1) {
    const r = 8 + m;
    const vorig = m === 1 ? '0' : `I${r - 1}`;
    s.formule(`F${r}`, String(m), 'geheel');
    s.formule(`G${r}`, `ROUND($B$4*F${r}/12,2)`, 'bedrag');
    s.formule(`H${r}`, `IF(ABS(G${r}-${vorig})>$B$5,G${r}-${vorig},0)`, 'bedrag');
    s.formule(`I${r}`, `${vorig}+H${r}`, 'bedrag');
  }
  s.breedte('A,F', 10).breedte('B,C,D,G,H,I', 18);
  v.paar(s, 'A8:D20', 'F8:I20');

  const f = v.blad('Fasen');
  f.titel('Voorschotbasis per maand volgens CZ Tabel 2 en het schema over 15 maanden', 'voorbeeldbedragen');
  f.rij('A4', ['Initieel (bruto)', 'Herschikt', 'Definitief', 'Verwachte onderproductie']);
  f.zet('A5', 1200000, 'bedrag').zet('B5', 1150000, 'bedrag').zet('C5', 1120000, 'bedrag').zet('D5', 30000, 'bedrag');
  f.rij('A7', ['Maand', 'Voorschotbasis (WLZ)', 'Voorschotbasis (controle)']);
  for (let m = 1; m <= 15; m += 1) {
    const r = 7 + m;
    f.zet(`A${r}`, m, 'geheel');
    f.wlz(`B${r}`, 'VOORSCHOTBASIS', [cel(`A${r}`), cel('$A$5'), cel('$B$5'), cel('$C$5'), cel('$D$5')], 'bedrag');
    f.formule(`C${r}`, `IF(A${r}<=4,$A$5,IF(A${r}<=10,$B$5-$D$5,$C$5-$D$5))`, 'bedrag');
  }
  f.zet('E7', 'WLZ.BETAALSCHEMA over 15 maanden', undefined, 'kop').zet('J7', 'Controle met Excel-functies', undefined, 'kop');
  f.wlz('E8', 'BETAALSCHEMA', [bereik('B8:B22')], ['geheel', 'bedrag', 'bedrag', 'bedrag']);
  f.rij('J8', ['Maand', 'Cumulatief doel', 'Mutatie', 'Betaald na mutatie'], 'controle');
  for (let m = 1; m <= 15; m += 1) {
    const r = 8 + m;
    const vorig = m === 1 ? '0' : `M${r - 1}`;
    f.formule(`J${r}`, String(m), 'geheel');
    f.formule(`K${r}`, `ROUND(C${r - 1}*MIN(J${r},12)/12,2)`, 'bedrag');
    f.formule(`L${r}`, `IF(ABS(K${r}-${vorig})>5000,K${r}-${vorig},0)`, 'bedrag');
    f.formule(`M${r}`, `${vorig}+L${r}`, 'bedrag');
  }
  f.breedte('A,E,J', 10).breedte('B,C,D,F,G,H,K,L,M', 18);
  v.paar(f, 'B8:B22', 'C8:C22');
  v.paar(f, 'E8:H23', 'J8:M23');

  const h = v.blad('Feestdagen');
  h.titel('Nationale feestdagen (werkdagen voor de declaratietermijn)');
  h.rij('A3', ['Datum', 'Feestdag']);
  FEESTDAGEN.forEach(([naam, j, m, dag], i) => {
    h.zet(`A${4 + i}`, serie(j, m, dag), 'datum').zet(`B${4 + i}`, naam);
  });
  h.breedte('A', 14).breedte('B', 22);
  const feestdagen = `Feestdagen!$A$4:$A$${3 + FEESTDAGEN.length}`;

  const d = v.blad('Declaraties');
  d.titel('Declaratietermijnen 2023');
  d.rij('A3', [
    'Prestatiemaand',
    'Uiterlijk declareren (WLZ)',
    'Uiterlijk declareren (controle)',
    'Betaalmaand (WLZ)',
    'Betaalmaand (controle)',
    'Ingediend op',
    'Te laat (WLZ)',
    'Te laat (controle)',
  ]);
  const indiening: number[] = [
    serie(2023, 2, 10),
    serie(2023, 3, 20),
    serie(2023, 7, 31),
    serie(2023, 8, 1),
    serie(2023, 6, 15),
    serie(2023, 10, 2),
    serie(2023, 8, 25),
    serie(2023, 12, 1),
    serie(2023, 12, 31),
    serie(2024, 2, 1),
    serie(2024, 3, 1),
    serie(2024, 4, 1),
  ];
  for (let m = 1; m <= 12; m += 1) {
    const r = 3 + m;
    d.zet(`A${r}`, serie(2023, m + 1, 1) - 1, 'datum');
    d.wlz(`B${r}`, 'DECLARATIEDEADLINE', [cel(`A${r}`)], 'datum');
    d.formule(`C${r}`, `WORKDAY(EOMONTH(A${r},0),17,${feestdagen})`, 'datum');
    d.wlz(`D${r}`, 'BETAALMAAND', [cel(`A${r}`)], 'datum');
    d.formule(`E${r}`, `EOMONTH(A${r},1)+1`, 'datum');
    d.zet(`F${r}`, indiening[m - 1], 'datum');
    d.wlz(`G${r}`, 'TELAAT', [cel(`A${r}`), cel(`F${r}`)], 'waarheid');
    d.formule(`H${r}`, `F${r}>EOMONTH(A${r},3)`, 'waarheid');
  }
  d.breedte('A,F', 16).breedte('B,C,D,E,G,H', 20);
  v.paar(d, 'B4:B15', 'C4:C15');
  v.paar(d, 'D4:D15', 'E4:E15');
  v.paar(d, 'G4:G15', 'H4:H15');

  const m = v.blad('Mutaties');
  m.titel('Mutaties, AW319-voorschot en nieuwe aanbieder', 'voorbeeldbedragen');
  m.rij('A4', ['Cumulatief doel', 'Al betaald', 'Mutatie (WLZ)', 'Mutatie (controle)']);
  const mutaties: Array<[number, number]> = [
    [105000.01, 100000],
    [104999.99, 100000],
    [95000, 100000.5],
    [250000, 262750],
  ];
  mutaties.forEach(([doel, betaald], i) => {
    const r = 5 + i;
    m.zet(`A${r}`, doel, 'bedrag').zet(`B${r}`, betaald, 'bedrag');
    m.wlz(`C${r}`, 'BETAALMUTATIE', [cel(`A${r}`), cel(`B${r}`)], 'bedrag');
    m.formule(`D${r}`, `IF(ABS(A${r}-B${r})>5000,A${r}-B${r},0)`, 'bedrag');
  });
  m.rij('A11', ['AW319 regulier', 'AW319 crisis', 'Bevoorschottingspercentage', 'Voorschot (WLZ)', 'Voorschot (controle)']);
  const aw319: Array<[number, number, number]> = [
    [250000, 12000, 0.95],
    [418732.4, 0, 0.9],
    [96310.6, 23100, 1],
  ];
  aw319.forEach(([regulier, crisis, pct], i) => {
    const r = 12 + i;
    m.zet(`A${r}`, regulier, 'bedrag').zet(`B${r}`, crisis, 'bedrag').zet(`C${r}`, pct, 'procent');
    m.wlz(`D${r}`, 'AW319VOORSCHOT', [cel(`A${r}`), cel(`B${r}`), cel(`C${r}`)], 'bedrag');
    m.formule(`E${r}`, `ROUND(A${r}*C${r}+B${r},2)`, 'bedrag');
  });
  m.rij('A17', ['Realisatie', 'Productieafspraak', 'Al betaald', 'Betaling (WLZ)', 'Betaling (controle)']);
  const nieuw: Array<[number, number, number]> = [
    [45678.9, 600000, 580000],
    [15000, 600000, 560000],
    [30000, 600000, 610000],
  ];
  nieuw.forEach(([realisatie, afspraak, betaald], i) => {
    const r = 18 + i;
    m.zet(`A${r}`, realisatie, 'bedrag').zet(`B${r}`, afspraak, 'bedrag').zet(`C${r}`, betaald, 'bedrag');
    m.wlz(`D${r}`, 'NIEUWEAANBIEDER', [cel(`A${r}`), cel(`B${r}`), cel(`C${r}`)], 'bedrag');
    m.formule(`E${r}`, `MIN(A${r},MAX(0,B${r}-C${r}))`, 'bedrag');
  });
  m.breedte('A,B,C,D,E', 22);
  v.paar(m, 'C5:C8', 'D5:D8');
  v.paar(m, 'D12:D14', 'E12:E14');
  v.paar(m, 'D18:D20', 'E18:E20');
  // Feestdagen is a list for the controls; keep it after the sheets that use it.
  v.bladen.push(v.bladen.splice(v.bladen.indexOf(h), 1)[0]);
  return v;
}
