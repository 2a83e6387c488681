import { LEEG, Voorbeeld, cel, type Arg } from './bouwer';

/** 2024 V&V across the seven zorgkantoren (Thema's 2024–2026, row "Bekostiging en tarieven"). */
export function vergelijkingVv2024(): Voorbeeld {
  const v = new Voorbeeld('vergelijking-vv-2024.xlsx', 'Tariefpercentages V&V 2024: zeven zorgkantoren vergeleken', [
    "De tariefpercentages voor verpleging en verzorging (V&V) in 2024 volgens Thema's 2024–2026 (rij Bekostiging en tarieven): het landelijke richttarief is 95,5%; per zorgkantoor gelden afwijkingen voor nieuwe aanbieders en opslagen.",
    'Een leeg percentage betekent: de bron noemt geen getal. Vul dan het afgesproken percentage zelf in; WLZ.TARIEFPERCENTAGE geeft daar #N/B met uitleg. Het richttarief 2024 voor GZ staat niet in de bronnen: WLZ.RICHTTARIEF geeft #N/B.',
    'DSW: eigen tariefpercentage 2023 plus de uitkomst van de monitor (hoger: tot +1 procentpunt, gelijk: 0, lager: tot −1 procentpunt), hoogstens 97,5%; nieuwe aanbieders 91,0%. De bron zegt "tot": het voorbeeld rekent met de volle stap.',
    { kop: 'Bladen' },
    'Vergelijking: WLZ.VERGELIJK voor bestaande en nieuwe aanbieders. Per zorgkantoor: WLZ.TARIEFPERCENTAGE met kenmerken. Controle: de vergelijking (de toelichtingen in woorden hebben geen Excel-controle).',
  ]);
  const g = v.blad('Vergelijking');
  g.titel('V&V 2024: tariefpercentage per zorgkantoor');
  g.zet('A3', 'Jaar', undefined, 'kop').zet('B3', 2024, 'geheel');
  g.zet('A4', 'Sector', undefined, 'kop').zet('B4', 'V&V');
  g.zet('A5', 'Kenmerken', undefined, 'kop').zet('B5', 'nieuw');
  const zorgkantoren = ['Zilveren Kruis', 'VGZ', 'Menzis', 'CZ', 'Salland', 'DSW', 'Zorg en Zekerheid'];
  const blok = (rij: number, titel: string, kenmerken: Arg[], percentages: string[]) => {
    g.zet(`A${rij - 1}`, titel, undefined, 'kop');
    g.wlz(`A${rij}`, 'VERGELIJK', [cel('$B$3'), cel('$B$4'), ...kenmerken], ['tekst', 'procent', 'tekst']);
    g.rij(`E${rij}`, ['Zorgkantoor', 'Percentage'], 'controle');
    zorgkantoren.forEach((zk, i) => {
      g.zet(`E${rij + 1 + i}`, zk, undefined, 'controle');
      g.formule(`F${rij + 1 + i}`, percentages[i], 'procent');
    });
    const eind = rij + zorgkantoren.length;
    v.paar(g, `A${rij}:B${eind}`, `E${rij}:F${eind}`);
    v.zonderControle(
      g,
      `C${rij}:C${eind}`,
      'Toelichting in woorden met de bron: geen Excel-formule kan die namaken; alleen de opgeslagen uitkomst wordt vergeleken.',
    );
  };
  blok(8, 'Bestaande aanbieders', [], ['0.955', '0.955', '0.955', '0.955', '0.955', '""', '0.955']);
  blok(19, 'Nieuwe aanbieders', [cel('$B$5')], ['""', '""', '0.955-0.02', '0.955-0.02', '""', '0.91', '""']);
  g.breedte('A', 20).breedte('B', 12).breedte('C', 90).breedte('E', 20).breedte('F', 12);

  const p = v.blad('Per zorgkantoor');
  p.titel('Tariefpercentage 2024 V&V met kenmerken');
  p.rij('A3', [
    'Zorgkantoor',
    'Kenmerken',
    'Eigen percentage 2023',
    'Tariefpercentage (WLZ)',
    'Tariefpercentage (controle)',
    'Bron van de controle',
  ]);
  const gevallen: Array<[string, string, number | null, string, string]> = [
    ['Zilveren Kruis', 'essentiële voorzieningen', null, '0.96', "Thema's 2024–2026: essentiële voorzieningen 96,0%"],
    ['VGZ', '', null, '0.955', "Thema's 2024–2026: richttarief 95,5%"],
    ['Menzis', 'nieuw', null, '0.955-0.02', "Thema's 2024–2026: nieuw −2 procentpunt"],
    [
      'CZ',
      'technologie; bewegingen en doelen',
      null,
      'MIN(0.955+0.001+0.003,1)',
      "Thema's 2024–2026: +0,1 en +0,3 procentpunt, plafond 100%",
    ],
    ['Salland', 'differentiatie +1', null, 'MIN(0.955+0.01,0.965)', "Thema's 2024–2026: differentiatie, plafond 96,5%"],
    ['DSW', 'monitor hoger', 0.962, 'MIN(C9+0.01,0.975)', "Thema's 2024–2026: eigen 2023 + 1 procentpunt, plafond 97,5%"],
    ['DSW', 'monitor hoger', 0.97, 'MIN(C10+0.01,0.975)', "Thema's 2024–2026: plafond 97,5%"],
    ['DSW', 'nieuw', null, '0.91', "Thema's 2024–2026: nieuwe aanbieders 91,0%"],
    ['Zorg en Zekerheid', 'werkgeversopslag', null, '0.955+0.003', "Thema's 2024–2026: werkgeversopslag +0,3 procentpunt"],
  ];
  gevallen.forEach(([zk, kenmerken, vorig, controle, bron], i) => {
    const r = 4 + i;
    p.rij(`A${r}`, [zk, kenmerken], 'invoer');
    if (vorig !== null) p.zet(`C${r}`, vorig, 'procent');
    p.wlz(
      `D${r}`,
      'TARIEFPERCENTAGE',
      [cel(`A${r}`), cel('Vergelijking!$B$3'), cel('Vergelijking!$B$4'), cel(`B${r}`), vorig !== null ? cel(`C${r}`) : LEEG],
      'procent',
    );
    p.formule(`E${r}`, controle, 'procent').zet(`F${r}`, bron, undefined, 'uitleg');
  });
  const eind = 3 + gevallen.length;
  p.rij(`A${eind + 2}`, ['Richttarief', 'Sector', '', 'Richttarief (WLZ)', 'Richttarief (controle)', 'Bron van de controle']);
  p.zet(`A${eind + 3}`, 2024, 'geheel').zet(`B${eind + 3}`, 'V&V');
  p.wlz(`D${eind + 3}`, 'RICHTTARIEF', [cel(`A${eind + 3}`), cel(`B${eind + 3}`)], 'procent');
  p.formule(`E${eind + 3}`, '0.955', 'procent').zet(`F${eind + 3}`, "Thema's 2024–2026, inleiding: 95,5%", undefined, 'uitleg');
  p.zet(`A${eind + 4}`, 2024, 'geheel').zet(`B${eind + 4}`, 'GZ');
  p.wlz(`D${eind + 4}`, 'RICHTTARIEF', [cel(`A${eind + 4}`), cel(`B${eind + 4}`)], 'procent');
  p.formule(`E${eind + 4}`, 'NA()', 'procent').zet(
    `F${eind + 4}`,
    'niet in de bronnen: #N/B, vul het geldende percentage zelf in',
    undefined,
    'uitleg',
  );
  p.breedte('A', 20).breedte('B', 32).breedte('C,D,E', 16).breedte('F', 56);
  v.paar(p, `D4:D${eind}`, `E4:E${eind}`);
  v.paar(p, `D${eind + 3}`, `E${eind + 3}`);
  v.paar(p, `D${eind + 4}`, `E${eind + 4}`, { beideNb: true });
  return v;
}
