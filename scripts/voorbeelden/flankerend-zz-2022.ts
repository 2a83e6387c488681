import { Voorbeeld, bereik, cel } from './bouwer';

/** Flankerend beleid Zorg en Zekerheid 2022 (Z&Z Inkoopkader 2022, §2.3.1) and crisis places (§3.3.1). */
export function flankerendZz2022(): Voorbeeld {
  const v = new Voorbeeld('flankerend-beleid-zz-2022.xlsx', 'Flankerend beleid Zorg en Zekerheid 2022', [
    'Zorg en Zekerheid past in 2022 flankerend beleid toe (Z&Z Inkoopkader 2022, §2.3.1): het tariefpercentage van een zorgaanbieder is het gewogen gemiddelde tariefpercentage van zijn declaraties, min hoogstens 0,5 procentpunt, en niet lager dan het richttarief van 95,8%. NHC en NIC (100%) tellen niet mee in het gemiddelde.',
    { kop: 'Rekenregels' },
    'Gewogen gemiddelde W = Σ(percentage × gedeclareerd bedrag) / Σ gedeclareerd bedrag per prestatiecode, over het loon-, materieel- en kwaliteitsdeel (de zorgregels); over NHC en NIC ontvangt de aanbieder 100%, die regels tellen niet mee (Z&Z Inkoopkader 2022, §2.3.1).',
    'Voorstel = W als W ≤ 95,8%; anders het hoogste van 95,8% en W − 0,5 procentpunt. Het voorbeeld uit het Inkoopkader zelf: 96,6% wordt 96,1%.',
    'Crisisplekken (Z&Z Inkoopkader 2022, §3.3.1): het volume in de comfortbrief is 90% van het crisisvolume in de herschikking van het vorige jaar; bij een bezetting onder 40% of boven 60% gedurende 3 aaneengesloten maanden treedt het zorgkantoor in overleg.',
    { kop: 'Bladen' },
    'Declaraties: één zorgaanbieder, gewogen gemiddelde en voorstel. Voorbeelden: het voorstel bij verschillende gemiddelden, met het voorbeeld uit het Inkoopkader. Crisisplekken: comfortvolume, bezetting per maand en het signaal. Controle: de vergelijking.',
  ]);
  const d = v.blad('Declaraties');
  d.titel('Declaraties 2020 van één zorgaanbieder', 'voorbeeldbedragen');
  d.rij('A4', ['Prestatie', 'Component', 'Tariefpercentage 2020', 'Gedeclareerd 2020']);
  const declaraties: Array<[string, string, number, number]> = [
    ['ZZP VV 4', 'zorg', 0.96, 1250000],
    ['ZZP VV 4', 'NHC', 1, 180000],
    ['ZZP VV 4', 'NIC', 1, 40000],
    ['ZZP VV 6', 'zorg', 0.975, 2100000],
    ['VPT VV 5', 'zorg', 0.965, 640000],
    ['MPT persoonlijke verzorging', 'zorg', 0.95, 310000],
    ['VPT VV 5', 'NHC', 1, 55000],
  ];
  declaraties.forEach(([prestatie, component, pct, bedrag], i) => {
    const r = 5 + i;
    d.rij(`A${r}`, [prestatie, component], 'invoer').zet(`C${r}`, pct, 'procent').zet(`D${r}`, bedrag, 'bedrag');
  });
  const eind = 4 + declaraties.length;
  d.rij('F4', ['', 'WLZ', 'controle']);
  d.zet('F5', 'Gewogen gemiddelde', undefined, 'kop');
  d.wlz('G5', 'GEWOGENGEMIDDELDE', [bereik(`C5:C${eind}`), bereik(`D5:D${eind}`), bereik(`B5:B${eind}`)], 'procent');
  d.formule('H5', `SUMPRODUCT(C5:C${eind},D5:D${eind},--(B5:B${eind}="zorg"))/SUMIF(B5:B${eind},"zorg",D5:D${eind})`, 'procent');
  d.zet('F6', 'Voorstel 2022', undefined, 'kop');
  d.wlz('G6', 'FLANKEREND', [cel('G5')], 'procent');
  d.formule('H6', 'IF(H5<=0.958,H5,MAX(0.958,H5-0.005))', 'procent');
  d.breedte('A', 28).breedte('B', 12).breedte('C,D', 20).breedte('F', 22).breedte('G,H', 12);
  v.paar(d, 'G5:G6', 'H5:H6');

  const s = v.blad('Voorbeelden');
  s.titel('Voorstel bij verschillende gewogen gemiddelden');
  s.rij('A3', ['Gewogen gemiddelde', 'Voorstel (WLZ)', 'Voorstel (controle)', 'Toelichting']);
  const scenario: Array<[number, string]> = [
    [0.955, 'onder het richttarief: blijft gelijk'],
    [0.958, 'gelijk aan het richttarief: blijft gelijk'],
    [0.96, 'daling begrensd door het richttarief van 95,8%'],
    [0.966, 'het voorbeeld uit Z&Z Inkoopkader 2022, §2.3.1: 96,6% wordt 96,1%'],
    [0.975, '0,5 procentpunt lager'],
  ];
  scenario.forEach(([w, uitleg], i) => {
    const r = 4 + i;
    s.zet(`A${r}`, w, 'procent').wlz(`B${r}`, 'FLANKEREND', [cel(`A${r}`)], 'procent');
    s.formule(`C${r}`, `IF(A${r}<=0.958,A${r},MAX(0.958,A${r}-0.005))`, 'procent').zet(`D${r}`, uitleg, undefined, 'uitleg');
  });
  s.breedte('A,B,C', 20).breedte('D', 60);
  v.paar(s, 'B4:B8', 'C4:C8');

  const c = v.blad('Crisisplekken');
  c.titel('Crisisplekken (Z&Z Inkoopkader 2022, §3.3.1)', 'voorbeeldbedragen');
  c.rij('A4', ['Crisisvolume herschikking 2021 (dagen)', 'Comfortvolume 2022 (WLZ)', 'Comfortvolume (controle)']);
  c.zet('A5', 1460, 'aantal')
    .wlz('B5', 'COMFORTVOLUME', [cel('A5')], 'aantal')
    .formule('C5', 'A5*0.9', 'aantal');
  c.rij('A7', ['Maand 2022', 'Bezette dagen', 'Plekken', 'Dagen in maand', 'Bezetting (WLZ)', 'Bezetting (controle)']);
  const maanden: Array<[string, number, number]> = [
    ['januari', 62, 31],
    ['februari', 50, 28],
    ['maart', 45, 31],
    ['april', 41, 30],
    ['mei', 36, 31],
  ];
  maanden.forEach(([maand, dagen, inMaand], i) => {
    const r = 8 + i;
    c.zet(`A${r}`, maand).zet(`B${r}`, dagen, 'geheel').zet(`C${r}`, 4, 'geheel').zet(`D${r}`, inMaand, 'geheel');
    c.wlz(`E${r}`, 'BEZETTING', [cel(`B${r}`), cel(`C${r}`), cel(`D${r}`)], 'procent');
    c.formule(`F${r}`, `B${r}/(C${r}*D${r})`, 'procent');
  });
  c.rij('A14', ['Signaal over de laatste 3 maanden', '', '', '', 'Signaal (WLZ)', 'Signaal (controle)']);
  c.wlz('E15', 'CRISISSIGNAAL', [bereik('E8:E12')]);
  c.formule('F15', 'IF(COUNTIF(F10:F12,"<0.4")=3,"onder",IF(COUNTIF(F10:F12,">0.6")=3,"boven",""))');
  c.breedte('A', 34).breedte('B,C,D', 14).breedte('E,F', 20);
  v.paar(c, 'B5', 'C5');
  v.paar(c, 'E8:E12', 'F8:F12');
  v.paar(c, 'E15', 'F15');
  return v;
}
