import { Voorbeeld, bereik, cel } from './bouwer';

/** CZ GGZ 2023: initial volume offer, omzet and stimulus budget (CZ GGZ 2023, §6.2–6.3). */
export function volumebodCzGgz2023(): Voorbeeld {
  const v = new Voorbeeld('volumebod-cz-ggz-2023.xlsx', 'CZ GGZ 2023: initieel volumebod en omzet', [
    'CZ biedt voor 2023 een initieel volume aan op basis van de herschikte productieafspraak 2022 na getekende correcties (CZ GGZ 2023, §6.3): 95% van het volume voor ZZP, VPT en DTV, 90% voor MPT. Volumes worden niet afgerond.',
    'Omzet = Σ afgerond(volume × tarief), elke regel afgerond op centen. Het regionale stimuleringsbudget is 0,2% van Σ(tarief × initieel volume vóór de uitname van 5% en 10%), zonder VPT, DTV en logeren (CZ GGZ 2023, §6.2).',
    'CZ trekt de realisatie van januari t/m juli door naar een heel jaar (CZ GGZ 2023, §6.3): realisatie × 12 / 7.',
    { kop: 'Bladen' },
    'Volumebod: per prestatie het volumebod, de omzet en het stimuleringsbudget. Extrapolatie: realisatie doorgetrokken. Controle: de vergelijking.',
  ]);
  const b = v.blad('Volumebod');
  b.titel('Initieel volumebod CZ GGZ 2023', 'voorbeeldbedragen');
  b.rij('A4', [
    'Prestatie',
    'Soort',
    'Herschikt 2022',
    'Correcties (getekend)',
    'Volumebod (WLZ)',
    'Volumebod (controle)',
    'Tarief 2023',
    'Bedrag (controle)',
    'Initieel vóór uitname',
    'Grondslag stimulering (controle)',
  ]);
  const regels: Array<[string, string, number, number, number]> = [
    ['ZZP GGZ-B 3 (dag)', 'ZZP', 12000, -150, 169.25],
    ['ZZP GGZ-B 5 (dag)', 'ZZP', 8030, 0, 241.9],
    ['VPT GGZ-B 4 (dag)', 'VPT', 2190, -30, 198.63],
    ['MPT GGZ (uur)', 'MPT', 5400, 120, 71.36],
    ['DTV GGZ (dagdeel)', 'DTV', 3120, 0, 52.77],
  ];
  regels.forEach(([prestatie, soort, herschikt, correctie, tarief], i) => {
    const r = 5 + i;
    b.rij(`A${r}`, [prestatie, soort], 'invoer').zet(`C${r}`, herschikt, 'aantal').zet(`D${r}`, correctie, 'aantal');
    b.wlz(`E${r}`, 'VOLUMEBOD', [cel(`C${r}`), cel(`B${r}`), bereik(`D${r}:D${r}`)], 'aantal');
    b.formule(`F${r}`, `(C${r}+D${r})*IF(B${r}="MPT",0.9,0.95)`, 'aantal');
    b.zet(`G${r}`, tarief, 'bedrag').formule(`H${r}`, `ROUND(F${r}*G${r},2)`, 'bedrag');
    b.formule(`I${r}`, `C${r}+D${r}`, 'aantal');
    b.formule(`J${r}`, `IF(OR(B${r}="VPT",B${r}="DTV",B${r}="logeren"),0,ROUND(I${r}*G${r},2))`, 'bedrag');
  });
  const eind = 4 + regels.length;
  b.rij(`D${eind + 2}`, ['', 'WLZ', 'controle']);
  b.zet(`D${eind + 3}`, 'Omzet 2023', undefined, 'kop');
  b.wlz(`E${eind + 3}`, 'OMZET', [bereik(`E5:E${eind}`), bereik(`G5:G${eind}`)], 'bedrag');
  b.formule(`F${eind + 3}`, `SUM(H5:H${eind})`, 'bedrag');
  b.zet(`D${eind + 4}`, 'Stimuleringsbudget', undefined, 'kop');
  b.wlz(`E${eind + 4}`, 'STIMULERINGSBUDGET', [bereik(`I5:I${eind}`), bereik(`G5:G${eind}`), bereik(`B5:B${eind}`)], 'bedrag');
  b.formule(`F${eind + 4}`, `ROUND(0.002*SUM(J5:J${eind}),2)`, 'bedrag');
  b.breedte('A', 22).breedte('B', 8).breedte('C,D,E,F,G,H,I,J', 16);
  v.paar(b, `E5:E${eind}`, `F5:F${eind}`);
  v.paar(b, `E${eind + 3}:E${eind + 4}`, `F${eind + 3}:F${eind + 4}`);

  const x = v.blad('Extrapolatie');
  x.titel('Realisatie januari t/m juli 2023 doorgetrokken naar het jaar');
  x.rij('A3', ['Prestatie', 'Realisatie jan–jul', 'Maanden', 'Jaar (WLZ)', 'Jaar (controle)']);
  const realisaties: Array<[string, number]> = [
    ['ZZP GGZ-B 3 (dag)', 6720],
    ['MPT GGZ (uur)', 3010],
  ];
  realisaties.forEach(([prestatie, realisatie], i) => {
    const r = 4 + i;
    x.zet(`A${r}`, prestatie).zet(`B${r}`, realisatie, 'aantal').zet(`C${r}`, 7, 'geheel');
    x.wlz(`D${r}`, 'EXTRAPOLEER', [cel(`B${r}`), cel(`C${r}`)], 'aantal');
    x.formule(`E${r}`, `B${r}*12/C${r}`, 'aantal');
  });
  x.breedte('A', 22).breedte('B,C,D,E', 16);
  v.paar(x, 'D4:D5', 'E4:E5');
  return v;
}
