import { Voorbeeld, bereik, cel } from './bouwer';

/** Tariff list 2023: Zilveren Kruis (ZK Aanvulling 2023, ch. 2) and CZ GGZ (CZ GGZ 2023, §6.2). */
export function tarieven2023(): Voorbeeld {
  const v = new Voorbeeld('tarieven-2023.xlsx', 'Tarievenlijst 2023: Zilveren Kruis en CZ GGZ', [
    'Een tarievenlijst zoals een zorgkantoor of zorgaanbieder die maakt: per prestatie het NZa-maximumtarief in drie componenten (zorg, NHC, NIC), het tariefpercentage van het zorgkantoor en het tarief per eenheid.',
    { kop: 'Rekenregels en bronnen' },
    'Tarief = tariefpercentage × zorgcomponent + 100% × (NHC + NIC), afgerond op centen per eenheid (CZ GGZ 2023, §6.2).',
    'Zilveren Kruis 2023 (ZK Aanvulling 2023, hoofdstuk 2): bestaande aanbieders 95,8%, nieuwe aanbieders 93,8%; GGZ geïntegreerde zorgaanbieder 95,8% + 1,0 procentpunt = 96,8% (nieuw 94,8%). Reserveringen uit de contracteerruimte: 0,2% onvoorziene omstandigheden en 0,2% regionale ontwikkeling.',
    'CZ GGZ 2023 (CZ GGZ 2023, §6.2): bestaand 95,8%, nieuw 93,8%; VPT, DTV en logeren 100% voor bestaande aanbieders (nieuwe aanbieders ook daar 93,8%).',
    'Zilveren Kruis V&V 2017 (ZK V&V 2017, §2.2.5 en §4.7): tarief = basispercentage + tariefsopslag (hoogstens 3 procentpunt, totaal hoogstens 100%); plafond behandeling MPT = (VPT inclusief − VPT exclusief behandeling) × 365 dagen.',
    { kop: 'Bladen' },
    'Tarieven: de tarievenlijst 2023. ZK 2017: opslagtarief en behandelingplafond. Controle: de vergelijking van elke WLZ-kolom met de Excel-berekening.',
  ]);
  const b = v.blad('Tarieven');
  b.titel('Tarievenlijst 2023', 'voorbeeldbedragen');
  b.zet('A3', 'Jaar', undefined, 'kop').zet('B3', 2023, 'geheel');
  b.zet('D3', 'Landelijk richttarief (WLZ)', undefined, 'kop').wlz('F3', 'RICHTTARIEF', [cel('B3'), 'V&V'], 'procent');
  b.zet('G3', 'controle', undefined, 'kop').formule('H3', '0.958', 'procent');
  b.rij('A5', [
    'Zorgkantoor',
    'Sector',
    'Kenmerken',
    'Prestatie',
    'NZa zorg',
    'NZa NHC',
    'NZa NIC',
    'Tariefpercentage (WLZ)',
    'Tariefpercentage (controle)',
    'Bron van de controle',
    'Tarief (WLZ)',
    'Tarief (controle)',
    'Uitleg (WLZ.BRON)',
  ]);
  const regels: Array<[string, string, string, string, number, number, number, string, string]> = [
    ['Zilveren Kruis', 'V&V', '', 'ZZP VV 5 (dag)', 241.37, 24.85, 4.12, '0.958', 'ZK Aanvulling 2023, hoofdstuk 2: bestaand 95,8%'],
    ['Zilveren Kruis', 'V&V', 'nieuw', 'ZZP VV 5 (dag)', 241.37, 24.85, 4.12, '0.958-0.02', 'ZK Aanvulling 2023, hoofdstuk 2: nieuw 93,8%'],
    ['Zilveren Kruis', 'GZ', '', 'ZZP VG 6 (dag)', 262.18, 27.4, 4.6, '0.958', 'ZK Aanvulling 2023, hoofdstuk 2: bestaand 95,8%'],
    [
      'Zilveren Kruis',
      'GGZ',
      'geïntegreerd',
      'ZZP GGZ-B 4 (dag)',
      214.56,
      26.13,
      4.38,
      '0.958+0.01',
      'ZK Aanvulling 2023, hoofdstuk 2: 95,8% + 1,0 procentpunt',
    ],
    [
      'Zilveren Kruis',
      'GGZ',
      'geïntegreerd, nieuw',
      'ZZP GGZ-B 4 (dag)',
      214.56,
      26.13,
      4.38,
      '0.958+0.01-0.02',
      'ZK Aanvulling 2023, hoofdstuk 2: nieuw 94,8%',
    ],
    [
      'Zilveren Kruis',
      'GGZ',
      'beschermd wonen',
      'ZZP GGZ-B 3 (dag)',
      167.92,
      26.13,
      4.38,
      '0.958',
      'ZK Aanvulling 2023, hoofdstuk 2: beschermd wonen 95,8%',
    ],
    ['CZ', 'GGZ', '', 'ZZP GGZ-B 3 (dag)', 167.92, 26.13, 4.38, '0.958', 'CZ GGZ 2023, §6.2: bestaand 95,8%'],
    ['CZ', 'GGZ', 'nieuw', 'ZZP GGZ-B 3 (dag)', 167.92, 26.13, 4.38, '0.958-0.02', 'CZ GGZ 2023, §6.2: nieuw 93,8%'],
    ['CZ', 'GGZ', 'VPT', 'VPT GGZ-B 4 (dag)', 198.63, 0, 0, '1', 'CZ GGZ 2023, §6.2: VPT 100% (bestaand)'],
    ['CZ', 'GGZ', 'nieuw, VPT', 'VPT GGZ-B 4 (dag)', 198.63, 0, 0, '0.958-0.02', 'CZ GGZ 2023, §6.2: nieuw ook bij VPT 93,8%'],
    ['CZ', 'GGZ', 'DTV', 'DTV GGZ (dagdeel)', 52.77, 0, 0, '1', 'CZ GGZ 2023, §6.2: DTV 100% (bestaand)'],
    ['CZ', 'GGZ', 'logeren', 'Logeren GGZ (etmaal)', 163.41, 0, 0, '1', 'CZ GGZ 2023, §6.2: logeren 100% (bestaand)'],
  ];
  regels.forEach(([zk, sector, kenmerken, prestatie, zorg, nhc, nic, controle, bron], i) => {
    const r = 6 + i;
    b.rij(`A${r}`, [zk, sector, kenmerken, prestatie], 'invoer');
    b.zet(`E${r}`, zorg, 'bedrag').zet(`F${r}`, nhc, 'bedrag').zet(`G${r}`, nic, 'bedrag');
    b.wlz(`H${r}`, 'TARIEFPERCENTAGE', [cel(`A${r}`), cel('$B$3'), cel(`B${r}`), cel(`C${r}`)], 'procent');
    b.formule(`I${r}`, controle, 'procent').zet(`J${r}`, bron, undefined, 'uitleg');
    b.wlz(`K${r}`, 'TARIEF', [cel(`E${r}`), cel(`F${r}`), cel(`G${r}`), cel(`H${r}`)], 'bedrag');
    b.formule(`L${r}`, `ROUND(I${r}*E${r}+1*(F${r}+G${r}),2)`, 'bedrag');
    b.wlz(`M${r}`, 'BRON', [cel(`A${r}`), cel('$B$3'), cel(`B${r}`), cel(`C${r}`)]);
  });
  const laatste = 5 + regels.length;
  const r = laatste + 3;
  b.zet(`A${r - 1}`, 'Reserveringen Zilveren Kruis 2023 (ZK Aanvulling 2023, hoofdstuk 2)', undefined, 'kop');
  b.rij(`A${r}`, ['Contracteerruimte', 'Onvoorzien', 'Regionaal', 'Reservering (WLZ)', 'Reservering (controle)']);
  b.zet(`A${r + 1}`, 187654321.09, 'bedrag')
    .zet(`B${r + 1}`, 0.002, 'procent')
    .zet(`C${r + 1}`, 0.002, 'procent');
  b.wlz(`D${r + 1}`, 'RESERVERING', [cel(`A${r + 1}`), bereik(`B${r + 1}:C${r + 1}`)], 'bedrag');
  b.formule(`E${r + 1}`, `ROUND(A${r + 1}*B${r + 1},2)+ROUND(A${r + 1}*C${r + 1},2)`, 'bedrag');
  b.breedte('A', 16)
    .breedte('B', 8)
    .breedte('C', 20)
    .breedte('D', 22)
    .breedte('E,F,G', 11)
    .breedte('H,I', 14)
    .breedte('J', 46)
    .breedte('K,L', 12)
    .breedte('M', 90);
  v.paar(b, 'F3', 'H3');
  v.paar(b, `H6:H${laatste}`, `I6:I${laatste}`);
  v.paar(b, `K6:K${laatste}`, `L6:L${laatste}`);
  v.zonderControle(
    b,
    `M6:M${laatste}`,
    'Uitleg in woorden met de bron: geen Excel-formule kan die namaken; alleen de opgeslagen uitkomst wordt vergeleken.',
  );
  v.paar(b, `D${r + 1}`, `E${r + 1}`);

  const z = v.blad('ZK 2017');
  z.titel('Zilveren Kruis V&V 2017: opslagtarief en behandelingplafond', 'voorbeeldbedragen');
  z.rij('A4', ['Basispercentage', 'Tariefsopslag', 'Tariefpercentage (WLZ)', 'Tariefpercentage (controle)']);
  const opslagen: Array<[number, number]> = [
    [0.95, 0.02],
    [0.94, 0.03],
    [0.97, 0.025],
  ];
  opslagen.forEach(([basis, opslag], i) => {
    const rr = 5 + i;
    z.zet(`A${rr}`, basis, 'procent').zet(`B${rr}`, opslag, 'procent');
    z.wlz(`C${rr}`, 'OPSLAGTARIEF', [cel(`A${rr}`), cel(`B${rr}`)], 'procent');
    z.formule(`D${rr}`, `A${rr}+B${rr}`, 'procent');
  });
  z.rij('A10', [
    'VPT inclusief behandeling (dag)',
    'VPT exclusief behandeling (dag)',
    'Plafond per cliënt per jaar (WLZ)',
    'Plafond (controle)',
  ]);
  z.zet('A11', 253.48, 'bedrag').zet('B11', 191.27, 'bedrag');
  z.wlz('C11', 'BEHANDELINGPLAFOND', [cel('A11'), cel('B11')], 'bedrag');
  z.formule('D11', 'ROUND((A11-B11)*365,2)', 'bedrag');
  z.breedte('A,B,C,D', 24);
  v.paar(z, 'C5:C7', 'D5:D7');
  v.paar(z, 'C11', 'D11');
  return v;
}
