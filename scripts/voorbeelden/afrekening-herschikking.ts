import { Voorbeeld, bereik, cel } from './bouwer';

/**
 * samples/afrekening-herschikking.xlsx: the nacalculatie (docs/contract.md §3 decision 13), a herschikking of
 * growth requests by Zorg en Zekerheid's priority (decision 14) and the timetable of ZK Aanvulling 2023
 * with the 20-day bezwaar term (decision 16). Beside every WLZ column a grey twin with built-in Excel
 * functions; the herschikking twin recomputes the largest-remainder cents in helper columns.
 */
export function afrekeningHerschikking(): Voorbeeld {
  const v = new Voorbeeld('afrekening-herschikking.xlsx', 'Nacalculatie, herschikking en termijnen', [
    'Drie taken van het einde en het begin van een contractjaar: de afrekening van de voorschotten bij de nacalculatie, het verdelen van een beperkte groeiruimte bij de herschikking, en de termijnen van de inkoopprocedure.',
    { kop: 'Rekenregels en bronnen' },
    'Nacalculatie: afrekening = min(realisatie; laatste productieafspraak) − betaalde voorschotten, afgerond op centen; positief is een nabetaling, negatief een terugvordering. Geen drempel van € 5.000: die geldt alleen voor de maandelijkse betalingen (CZ GGZ 2023, Bijlage 1: "het restant wordt uiteindelijk rechtgetrokken op basis van de beschikking waarin de nacalculatie is verwerkt"; Z&Z Inkoopkader 2022, §3.1).',
    'Herschikking: de klassen krijgen op volgorde van voorrang; Zorg en Zekerheid: MPT heeft voorrang op VPT, en VPT op ZZP (Z&Z Inkoopkader 2022, §2.3.2.1, afwegingskader punt 3). Soorten die de volgorde niet noemt (hier DTV) vormen de laatste klasse. Past een klasse niet in wat er over is, dan krijgt elke aanvraag naar rato, in hele centen naar beneden; de centen die overblijven gaan één voor één naar de grootste rest (bij gelijke rest de eerdere regel). Het totaal is precies min(ruimte; Σ aanvragen).',
    'Termijnen: het tijdpad van ZK Aanvulling 2023, §6.1 (16 stappen). Bezwaar en kort geding: binnen 20 kalenderdagen na de publicatie (CZ GGZ 2023, §7.1, voetnoot bij Tabel 1; Z&Z Inkoopkader 2022, §4.5). CZ GGZ 2023 geeft voor de indiening van de budgetafspraak bij de NZa twee data (Tabel 1: vóór 5 november 2022; §8.2: vóór 15 november 2022): WLZ.TERMIJN kiest niet en geeft #N/B.',
    { kop: 'Bladen' },
    'Nacalculatie: afrekening per zorgaanbieder. Herschikking: de verdeling met WLZ.HERSCHIKKING en ernaast dezelfde verdeling met gewone Excel-functies in hulpkolommen (klasse, centen, rest, plaats); wie de volgorde in C4 wijzigt, past ook de klassentabel in P:Q aan. Termijnen: het tijdpad en de bezwaartermijn. Controle: de vergelijking.',
  ]);

  const n = v.blad('Nacalculatie');
  n.titel('Nacalculatie: afrekening van de voorschotten', 'voorbeeldbedragen');
  n.rij('A4', [
    'Zorgaanbieder',
    'Realisatie',
    'Laatste productieafspraak',
    'Betaalde voorschotten',
    'Afrekening (WLZ)',
    'Afrekening (controle)',
    'Toelichting',
  ]);
  const gevallen: Array<[string, number, number, number, string]> = [
    ['Zorggroep Duinrand', 1234567.89, 1200000, 1250000, 'realisatie boven de afspraak telt tot de afspraak: terugvordering'],
    ['Stichting Veenhof', 1150000, 1200000, 1100000, 'realisatie onder de afspraak: nabetaling'],
    ['Thuiszorg Lindelaan', 987654.321, 1000000, 987000, 'afgerond op centen'],
    ['Woonzorg De Hoeve', 512000, 540000, 515000.75, 'te veel bevoorschot: terugvordering'],
    ['GGZ Kustlicht', 2750000, 2750000, 2750000, 'precies afgerekend'],
    ['Zorgcentrum Esdoorn', 640300.4, 700000, 638300.4, 'een verschil van € 2.000 wordt ook afgerekend: geen drempel bij de nacalculatie'],
  ];
  gevallen.forEach(([naam, realisatie, afspraak, betaald, uitleg], i) => {
    const r = 5 + i;
    n.zet(`A${r}`, naam).zet(`B${r}`, realisatie, 'bedrag').zet(`C${r}`, afspraak, 'bedrag').zet(`D${r}`, betaald, 'bedrag');
    n.wlz(`E${r}`, 'NACALCULATIE', [cel(`B${r}`), cel(`C${r}`), cel(`D${r}`)], 'bedrag');
    n.formule(`F${r}`, `ROUND(MIN(B${r},C${r})-D${r},2)`, 'bedrag').zet(`G${r}`, uitleg, undefined, 'uitleg');
  });
  const eindN = 4 + gevallen.length;
  n.breedte('A', 24).breedte('B,C,D,E,F', 18).breedte('G', 60);
  v.paar(n, `E5:E${eindN}`, `F5:F${eindN}`);

  const h = v.blad('Herschikking');
  h.titel('Herschikking: groeiruimte verdelen op voorrang', 'voorbeeldbedragen');
  h.zet('A3', 'Ruimte', undefined, 'kop').zet('C3', 250000, 'bedrag');
  h.zet('A4', 'Volgorde', undefined, 'kop').zet('C4', 'Z&Z');
  const aanvragen: Array<[string, string, number]> = [
    ['Zorggroep Duinrand', 'MPT', 60000],
    ['Stichting Veenhof', 'VPT', 80000],
    ['Thuiszorg Lindelaan', 'ZZP', 90000],
    ['Woonzorg De Hoeve', 'VPT', 33333.33],
    ['GGZ Kustlicht', 'MPT', 45000.01],
    ['Zorgcentrum Esdoorn', 'ZZP', 12345.67],
    ['Dagbesteding Het Erf', 'DTV', 5000],
    ['Zorgcentrum De Brink', 'VPT', 20000],
  ];
  h.rij('A5', [
    'Zorgaanbieder',
    'Soort',
    'Aanvraag',
    'Toegekend (WLZ)',
    'Toegekend (controle)',
    'Klasse',
    'Aanvraag (cent)',
    'Vraag klasse (cent)',
    'Ruimte vóór klasse (cent)',
    'Voor klasse (cent)',
    'Rest',
    'Naar rato omlaag (cent)',
    'Over in klasse (cent)',
    'Plaats op rest',
  ]);
  const eerste = 6;
  const laatste = eerste + aanvragen.length - 1;
  const kol = (k: string) => `${k}$${eerste}:${k}$${laatste}`;
  aanvragen.forEach(([naam, soort, bedrag], i) => {
    const r = eerste + i;
    h.zet(`A${r}`, naam).zet(`B${r}`, soort).zet(`C${r}`, bedrag, 'bedrag');
    h.formule(`E${r}`, `(L${r}+IF(N${r}<M${r},1,0))/100`, 'bedrag');
    h.formule(`F${r}`, `IFERROR(VLOOKUP(B${r},$P$6:$Q$8,2,0),4)`, 'geheel');
    h.formule(`G${r}`, `ROUND(C${r}*100,0)`, 'geheel');
    h.formule(`H${r}`, `SUMIF(${kol('F')},F${r},${kol('G')})`, 'geheel');
    h.formule(`I${r}`, `MAX(0,ROUND($C$3*100,0)-SUMIF(${kol('F')},"<"&F${r},${kol('G')}))`, 'geheel');
    h.formule(`J${r}`, `MIN(H${r},I${r})`, 'geheel');
    h.formule(`K${r}`, `MOD(G${r}*J${r},H${r})`, 'geheel');
    h.formule(`L${r}`, `(G${r}*J${r}-K${r})/H${r}`, 'geheel');
    h.formule(`M${r}`, `J${r}-SUMIF(${kol('F')},F${r},${kol('L')})`, 'geheel');
    h.formule(
      `N${r}`,
      `COUNTIFS(${kol('F')},F${r},${kol('K')},">"&K${r})+COUNTIFS(F$${eerste}:F${r},F${r},K$${eerste}:K${r},K${r})-1`,
      'geheel',
    );
  });
  h.wlz(`D${eerste}`, 'HERSCHIKKING', [bereik(`C${eerste}:C${laatste}`), bereik(`B${eerste}:B${laatste}`), cel('C3'), cel('C4')], 'bedrag');
  h.zet(`A${laatste + 1}`, 'Totaal', undefined, 'kop');
  h.formule(`C${laatste + 1}`, `SUM(C${eerste}:C${laatste})`, 'bedrag').formule(`E${laatste + 1}`, `SUM(E${eerste}:E${laatste})`, 'bedrag');
  h.zet(`A${laatste + 2}`, 'min(ruimte; Σ aanvragen)', undefined, 'kop').formule(`E${laatste + 2}`, `MIN(C3,C${laatste + 1})`, 'bedrag');
  h.rij('P5', ['Soort', 'Klasse']);
  h.rij('P6', ['MPT', 1], 'invoer').rij('P7', ['VPT', 2], 'invoer').rij('P8', ['ZZP', 3], 'invoer');
  h.zet('P9', 'Niet genoemd: klasse 4 (Z&Z Inkoopkader 2022, §2.3.2.1, punt 3)', undefined, 'uitleg');
  h.breedte('A', 24).breedte('B', 8).breedte('C,D,E', 16).breedte('F,G,H,I,J,K,L,M,N', 13).breedte('P', 10).breedte('Q', 8);
  v.paar(h, `D${eerste}:D${laatste}`, `E${eerste}:E${laatste}`);

  const t = v.blad('Termijnen');
  t.titel('Tijdpad Zilveren Kruis 2023 en de bezwaartermijn');
  t.zet('A2', 'Zorgkantoor', undefined, 'kop').zet('B2', 'Zilveren Kruis').zet('C2', 'Jaar', undefined, 'kop').zet('D2', 2023, 'geheel');
  t.rij('A4', ['Stap', 'Datum (WLZ)', 'Datum (controle)', 'Bron van de controle']);
  // ZK Aanvulling 2023, §6.1, column "Uiterste datum", typed from the source.
  const data: Array<[number, number, number]> = [
    [2022, 6, 1],
    [2022, 6, 16],
    [2022, 6, 16],
    [2022, 6, 30],
    [2022, 7, 1],
    [2022, 7, 20],
    [2022, 7, 29],
    [2022, 9, 1],
    [2022, 9, 21],
    [2022, 10, 5],
    [2022, 10, 21],
    [2022, 10, 31],
    [2022, 11, 4],
    [2022, 11, 11],
    [2022, 11, 15],
    [2023, 6, 1],
  ];
  data.forEach(([jaar, maand, dag], i) => {
    const r = 5 + i;
    t.zet(`A${r}`, i + 1, 'geheel');
    t.wlz(`B${r}`, 'TERMIJN', [cel('$B$2'), cel('$D$2'), cel(`A${r}`)], 'datum');
    t.formule(`C${r}`, `DATE(${jaar},${maand},${dag})`, 'datum').zet(
      `D${r}`,
      `ZK Aanvulling 2023, §6.1, stap ${i + 1}: ${dag}-${maand}-${jaar}`,
      undefined,
      'uitleg',
    );
  });
  const eindT = 4 + data.length;
  const cz = eindT + 2;
  t.rij(`A${cz}`, ['CZ 2023 stap 11', 'Datum (WLZ)', 'Controle', 'Waarom #N/B']);
  t.zet(`A${cz + 1}`, 11, 'geheel');
  // No date format on an error cell: exceljs reads an error with a date format back as empty.
  t.wlz(`B${cz + 1}`, 'TERMIJN', ['CZ', 2023, cel(`A${cz + 1}`)]);
  t.formule(`C${cz + 1}`, 'NA()').zet(
    `D${cz + 1}`,
    'CZ GGZ 2023 noemt vóór 5 november 2022 (§7.1, Tabel 1) en vóór 15 november 2022 (§8.2): de functie kiest niet',
    undefined,
    'uitleg',
  );
  const bz = cz + 3;
  t.rij(`A${bz}`, ['Publicatie of beslissing', 'Dagen', 'Laatste dag (WLZ)', 'Laatste dag (controle)', 'Toelichting']);
  const bezwaren: Array<[number, number, number, number | null, string]> = [
    [2022, 6, 30, null, 'Nota van Inlichtingen ZK (stap 4) → kort geding uiterlijk 20-7-2022 (stap 6)'],
    [2022, 9, 1, null, 'terugkoppeling ZK (stap 8) → kort geding uiterlijk 21-9-2022 (stap 9)'],
    [2022, 12, 20, null, 'over de jaargrens'],
    [2022, 10, 21, 14, 'een andere termijn: 14 kalenderdagen (ZK stap 11 → stap 13, 4-11-2022)'],
  ];
  bezwaren.forEach(([jaar, maand, dag, dagen, uitleg], i) => {
    const r = bz + 1 + i;
    t.formule(`A${r}`, `DATE(${jaar},${maand},${dag})`, 'datum', 'invoer');
    if (dagen !== null) t.zet(`B${r}`, dagen, 'geheel');
    t.wlz(`C${r}`, 'BEZWAARTERMIJN', dagen === null ? [cel(`A${r}`)] : [cel(`A${r}`), cel(`B${r}`)], 'datum');
    t.formule(`D${r}`, `A${r}+IF(ISBLANK(B${r}),20,B${r})`, 'datum').zet(`E${r}`, uitleg, undefined, 'uitleg');
  });
  const eindB = bz + bezwaren.length;
  t.breedte('A', 24).breedte('B,C,D', 18).breedte('E', 70);
  v.paar(t, `B5:B${eindT}`, `C5:C${eindT}`);
  v.paar(t, `B${cz + 1}`, `C${cz + 1}`, { beideNb: true });
  v.paar(t, `C${bz + 1}:C${eindB}`, `D${bz + 1}:D${eindB}`);
  return v;
}
