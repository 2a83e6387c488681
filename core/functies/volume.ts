import { BEHANDELING_MPT_KADER, behandelingplafond } from '../behandelingplafond';
import { COMFORTBRIEF, comfortvolume } from '../comfortvolume';
import { LANGSTE_PERIODE, MAANDEN_PER_JAAR, extrapoleer } from '../extrapolatie';
import { FLANKEREND_BELEID, flankerend } from '../flankerend';
import { D } from '../geld';
import { gewogenGemiddelde } from '../gewogengemiddelde';
import { vasteStandaard } from '../beleid/getallen';
import { celAlsHoeveelheid, isLeeg, leesGeheel, leesNietNegatief, leesPercentage, leesTekst } from '../invoer';
import { omzet } from '../omzet';
import { leesPrestatiesoort } from '../prestatiesoort';
import { getallenVan, leesKolom, leesOptioneleKolom } from '../regels';
import { RESERVERINGEN_ZK_2023, reservering } from '../reservering';
import { STIMULERINGSBUDGET_BELEID, stimuleringsbudget } from '../stimuleringsbudget';
import { VOLUMEFACTOREN, volumebod } from '../volumebod';
import { alsGetal, parameter, type WlzFunctie } from './soort';

/**
 * Volume, omzet and weighted-average functions: thin adapters from Excel values to the core modules,
 * which hold the rules and their sources.
 */

const percentageMet = (nulToegestaan: boolean) => (w: Parameters<typeof leesPercentage>[0], n: string, standaard: D | undefined) =>
  leesPercentage(w, n, { nulToegestaan, standaard });

// A range of lines, read whole: the core module reads its cells and names them in its messages ("bedragen (cel 3)").
const kolom = (naam: string, uitleg: string, explanation: string) =>
  parameter({ naam, uitleg, explanation, bereik: true, lees: (w, n) => leesKolom(w, n) });
const optioneleKolom = (naam: string, uitleg: string, explanation: string) =>
  parameter({ naam, uitleg, explanation, optioneel: true, bereik: true, lees: (w, n) => leesOptioneleKolom(w, n) });
// A volume or amount in one cell: not negative, and never a percentage.
const hoeveelheid = (naam: string, uitleg: string, explanation: string) =>
  parameter({ naam, uitleg, explanation, lees: (w, n) => leesNietNegatief(w, n) });

const TARIEFPERCENTAGES = kolom(
  'percentages',
  'Tariefpercentage per regel (prestatiecode), bijvoorbeeld 96,5%',
  'Tariff percentage per line (service code), e.g. 96.5%',
);
const BEDRAGEN = kolom(
  'bedragen',
  'Gedeclareerd bedrag per regel (euro), even groot als percentages; lege regels tellen niet mee, creditregels (negatief) wel',
  'Declared amount per line (euro), same size as percentages; empty lines are skipped, credit lines (negative) count',
);
const MEETELLEN = optioneleKolom(
  'meetellen',
  'Optioneel, even groot: WAAR/ONWAAR, 1/0 of het onderdeel per regel; ONWAAR, 0 (in een bereik met alleen 1 en 0) en NHC/NIC tellen niet mee, "zorg", "loon" enz. wel',
  'Optional, same size: TRUE/FALSE, 1/0 or the component per line; FALSE, 0 (in a range of only 1 and 0) and NHC/NIC are left out, "zorg", "loon" etc. count',
);

const GEWOGEN = parameter({
  naam: 'gewogen',
  uitleg: 'Gewogen gemiddelde tariefpercentage, bijvoorbeeld uit WLZ.GEWOGENGEMIDDELDE',
  explanation: 'Weighted average tariff percentage, e.g. from WLZ.GEWOGENGEMIDDELDE',
  lees: (w, n) => leesPercentage(w, n),
});
const DOEL = parameter({
  naam: 'doel',
  uitleg: 'Richttariefpercentage waar naartoe bewogen wordt',
  explanation: 'Target tariff percentage',
  standaard: FLANKEREND_BELEID.doel,
  lees: percentageMet(false),
});
const MAX_DALING = parameter({
  naam: 'max_daling',
  uitleg: 'Maximale daling per jaar in procentpunten, als percentage: 0,5% voor 0,5 procentpunt',
  explanation: 'Maximum decrease per year in percentage points, as a percentage: 0.5% for 0.5 points',
  standaard: FLANKEREND_BELEID.maximaleDaling,
  lees: percentageMet(true),
});

const HERSCHIKT = hoeveelheid(
  'herschikt',
  'Volume in de herschikte productieafspraak van vorig jaar',
  "Volume in last year's reallocated production agreement",
);
const SOORT = parameter({
  naam: 'soort',
  uitleg: 'Soort prestatie: ZZP, VPT, DTV of MPT; voor logeren, toeslag en meerzorg is geen factor gepubliceerd (geef die dan op)',
  explanation: 'Kind of service: ZZP, VPT, DTV or MPT; for logeren, toeslag and meerzorg no factor is published (supply it)',
  lees: (w, n) => leesPrestatiesoort(leesTekst(w, n), n),
});
// Read as a range only: VOLUMEBOD reads its cells after herschikt and soort, which keeps which error is reported first.
const CORRECTIES = optioneleKolom(
  'correcties',
  'Optioneel: één cel of een bereik met correcties op het volume (plus of min); lege cellen tellen niet',
  'Optional: one cell or a range of volume corrections (plus or minus); empty cells are ignored',
);
const FACTOR = parameter({
  naam: 'factor',
  uitleg: 'Optioneel: afgesproken factor, bijvoorbeeld 95%; gaat boven de gepubliceerde factor',
  explanation: 'Optional: agreed factor, e.g. 95%; overrides the published factor',
  optioneel: true,
  lees: (w, n) => (isLeeg(w) ? undefined : leesPercentage(w, n)),
});

const VOLUMES = kolom('volumes', 'Volume per regel', 'Volume per line');
const TARIEVEN = kolom(
  'tarieven',
  'Tarief per eenheid per regel (euro), even groot als volumes',
  'Tariff per unit per line (euro), same size as volumes',
);

const INITIELE_VOLUMES = kolom(
  'volumes',
  'Volume per regel van de initiële productieafspraak vóór de uitname van 5% en 10% (dus niet de uitkomst van WLZ.VOLUMEBOD)',
  'Volume per line of the initial production agreement before the 5% and 10% withdrawal (so not the result of WLZ.VOLUMEBOD)',
);
const SOORTEN = kolom(
  'soorten',
  'Soort per regel: ZZP, VPT, MPT, DTV, logeren, toeslag of meerzorg; VPT, DTV en logeren tellen niet mee',
  'Kind per line: ZZP, VPT, MPT, DTV, logeren, toeslag or meerzorg; VPT, DTV and logeren are left out',
);
const STIMULERINGSPERCENTAGE = parameter({
  naam: 'percentage',
  uitleg: 'Optioneel: het percentage van het stimuleringsbudget',
  explanation: 'Optional: the stimulus budget percentage',
  standaard: STIMULERINGSBUDGET_BELEID.percentage,
  lees: percentageMet(false),
});

const HERSCHIKT_VORIG_JAAR = hoeveelheid(
  'herschikt_vorig_jaar',
  'Crisisvolume in de herschikking van het voorgaande jaar',
  "Crisis volume in the previous year's reallocation",
);
const COMFORTPERCENTAGE = parameter({
  naam: 'percentage',
  uitleg: 'Optioneel: het deel van het herschikte volume',
  explanation: 'Optional: the share of the reallocated volume',
  standaard: COMFORTBRIEF,
  lees: percentageMet(false),
});

const REALISATIE = hoeveelheid('realisatie', 'Gerealiseerd volume of bedrag tot nu toe', 'Volume or amount realised so far');
const REALISATIEMAANDEN = parameter({
  naam: 'maanden',
  uitleg: 'Aantal maanden waarover de realisatie loopt, bijvoorbeeld 7 voor januari t/m juli',
  explanation: 'Number of months realised, e.g. 7 for January to July',
  lees: (w, n) => leesGeheel(w, n, 1, LANGSTE_PERIODE),
});
const JAARMAANDEN = parameter({
  naam: 'jaarmaanden',
  uitleg: 'Optioneel: aantal maanden van de periode',
  explanation: 'Optional: months in the period',
  standaard: vasteStandaard(new D(MAANDEN_PER_JAAR), `${MAANDEN_PER_JAAR} (een kalenderjaar)`, `${MAANDEN_PER_JAAR} (a calendar year)`),
  lees: (w, n, standaard) => leesGeheel(w, n, 1, LANGSTE_PERIODE, { standaard }),
});

const CONTRACTEERRUIMTE = hoeveelheid('contracteerruimte', 'Contracteerruimte (euro)', 'Contracting budget (euro)');
const RESERVERINGSPERCENTAGES = parameter({
  naam: 'percentages',
  uitleg: 'Optioneel: één of meer percentages',
  explanation: 'Optional: one or more percentages',
  standaard: {
    ...RESERVERINGEN_ZK_2023[0].standaard,
    tekst:
      RESERVERINGEN_ZK_2023.map((r) => `${r.standaard.tekst.replace(/ \(.*$/, '')} ${r.doel}`).join(' en ') +
      ` (${RESERVERINGEN_ZK_2023[0].standaard.bron})`,
    text:
      RESERVERINGEN_ZK_2023.map((r) => r.standaard.text.replace(/ \(.*$/, '')).join(' and ') +
      ` (${RESERVERINGEN_ZK_2023[0].standaard.bron})`,
  },
  bereik: true,
  lees: (w, n) => {
    const gelezen = leesOptioneleKolom(w, n);
    return gelezen ? getallenVan(gelezen, (cel, naam) => leesPercentage(cel, naam)) : RESERVERINGEN_ZK_2023.map((r) => r.percentage);
  },
});

const VPT_INCLUSIEF = hoeveelheid(
  'vpt_inclusief',
  'Dagtarief VPT inclusief behandeling (euro)',
  'Daily tariff VPT including treatment (euro)',
);
const VPT_EXCLUSIEF = hoeveelheid(
  'vpt_exclusief',
  'Dagtarief VPT exclusief behandeling (euro)',
  'Daily tariff VPT excluding treatment (euro)',
);
const DAGEN = parameter({
  naam: 'dagen',
  uitleg: 'Optioneel: dagen per jaar (366 in een schrikkeljaar)',
  explanation: 'Optional: days per year (366 in a leap year)',
  standaard: BEHANDELING_MPT_KADER,
  lees: (w, n, standaard) => leesGeheel(w, n, 1, 366, { standaard }),
});

/** "95% voor ZZP, VPT en DTV, 90% voor MPT (CZ GGZ 2023, §6.3)", from the policy data. */
function factorenTekst(voor: string, en: string): string {
  const perTekst = new Map<string, string[]>();
  for (const f of VOLUMEFACTOREN) perTekst.set(f.tekst, [...(perTekst.get(f.tekst) ?? []), f.soort]);
  const lijst = (soorten: string[]) =>
    soorten.length > 1 ? `${soorten.slice(0, -1).join(', ')} ${en} ${soorten[soorten.length - 1]}` : soorten[0];
  return `${[...perTekst].map(([tekst, soorten]) => `${tekst} ${voor} ${lijst(soorten)}`).join(', ')} (${VOLUMEFACTOREN[0].bron})`;
}

const GEWOGENGEMIDDELDE: WlzFunctie = {
  naam: 'GEWOGENGEMIDDELDE',
  beschrijving:
    'Gewogen gemiddelde tariefpercentage: Σ(percentage × gedeclareerd bedrag) / Σ bedrag. Regels met NHC/NIC of ONWAAR in meetellen tellen niet mee (Z&Z Inkoopkader 2022, §2.3.1).',
  description:
    'Weighted average tariff percentage: Σ(percentage × declared amount) / Σ amount. Lines marked NHC/NIC or FALSE in meetellen are left out (Z&Z Inkoopkader 2022, §2.3.1).',
  parameters: [TARIEFPERCENTAGES, BEDRAGEN, MEETELLEN],
  resultaat: 'getal',
  getalsoort: 'percentage',
  voorbeeld: { formule: '=WLZ.GEWOGENGEMIDDELDE({96%;97%;100%}; {1000;3000;500}; {"zorg";"zorg";"NHC"})', uitkomst: '96,75%' },
  bereken: ([percentages, bedragen, meetellen]) =>
    alsGetal(gewogenGemiddelde(TARIEFPERCENTAGES.lees(percentages), BEDRAGEN.lees(bedragen), MEETELLEN.lees(meetellen))),
};

const FLANKEREND: WlzFunctie = {
  naam: 'FLANKEREND',
  beschrijving:
    'Voorstel tariefpercentage met flankerend beleid: het gewogen gemiddelde als dat niet boven het doel ligt, anders het gewogen gemiddelde min de maximale daling, maar niet lager dan het doel (Z&Z Inkoopkader 2022, §2.3.1).',
  description:
    'Proposed tariff percentage under transitional policy: the weighted average if not above the target, otherwise the weighted average minus the maximum decrease, but not below the target (Z&Z Inkoopkader 2022, §2.3.1).',
  parameters: [GEWOGEN, DOEL, MAX_DALING],
  resultaat: 'getal',
  getalsoort: 'percentage',
  voorbeeld: { formule: '=WLZ.FLANKEREND(96,6%)', uitkomst: '96,1%' },
  bereken: ([gewogen, doel, maxDaling]) => alsGetal(flankerend(GEWOGEN.lees(gewogen), DOEL.lees(doel), MAX_DALING.lees(maxDaling))),
};

const VOLUMEBOD: WlzFunctie = {
  naam: 'VOLUMEBOD',
  beschrijving: `Initieel volumebod: (herschikt volume + correcties) × factor; factor ${factorenTekst('voor', 'en')}. Niet afgerond.`,
  description: `Initial volume offer: (reallocated volume + corrections) × factor; ${factorenTekst('for', 'and')}. Not rounded.`,
  parameters: [HERSCHIKT, SOORT, CORRECTIES, FACTOR],
  resultaat: 'getal',
  voorbeeld: { formule: '=WLZ.VOLUMEBOD(1000; "ZZP"; {-20;5})', uitkomst: '935,75' },
  bereken: ([herschikt, soort, correcties, factor]) => {
    const gelezenCorrecties = CORRECTIES.lees(correcties);
    return alsGetal(
      volumebod(
        HERSCHIKT.lees(herschikt),
        SOORT.lees(soort),
        gelezenCorrecties ? getallenVan(gelezenCorrecties, celAlsHoeveelheid) : [],
        FACTOR.lees(factor),
      ),
    );
  },
};

const OMZET: WlzFunctie = {
  naam: 'OMZET',
  beschrijving: 'Omzet: Σ afgerond(volume × tarief), elke regel afgerond op centen; regels zonder volume tellen niet mee.',
  description: 'Revenue: Σ round(volume × tariff), each line rounded to cents; lines without a volume are skipped.',
  parameters: [VOLUMES, TARIEVEN],
  resultaat: 'getal',
  getalsoort: 'bedrag',
  voorbeeld: { formule: '=WLZ.OMZET({3;10}; {1,115;198,55})', uitkomst: '1.988,85' },
  bereken: ([volumes, tarieven]) => alsGetal(omzet(VOLUMES.lees(volumes), TARIEVEN.lees(tarieven))),
};

const STIMULERINGSBUDGET: WlzFunctie = {
  naam: 'STIMULERINGSBUDGET',
  beschrijving:
    'Regionaal stimuleringsbudget: percentage × Σ afgerond(volume × tarief) zonder VPT, DTV en logeren, afgerond op centen (CZ GGZ 2023, §6.2).',
  description:
    'Regional stimulus budget: percentage × Σ round(volume × tariff) without VPT, DTV and logeren, rounded to cents (CZ GGZ 2023, §6.2).',
  parameters: [INITIELE_VOLUMES, TARIEVEN, SOORTEN, STIMULERINGSPERCENTAGE],
  resultaat: 'getal',
  getalsoort: 'bedrag',
  voorbeeld: { formule: '=WLZ.STIMULERINGSBUDGET({1000;200;50}; {198,55;150;120}; {"ZZP";"VPT";"MPT"})', uitkomst: '409,10' },
  bereken: ([volumes, tarieven, soorten, percentage]) =>
    alsGetal(
      stimuleringsbudget(
        INITIELE_VOLUMES.lees(volumes),
        TARIEVEN.lees(tarieven),
        SOORTEN.lees(soorten),
        STIMULERINGSPERCENTAGE.lees(percentage),
      ),
    ),
};

const COMFORTVOLUME: WlzFunctie = {
  naam: 'COMFORTVOLUME',
  beschrijving:
    'Crisisvolume in de comfortbrief: 90% van het volume in de herschikking van vorig jaar (Z&Z Inkoopkader 2022, §3.3.1). Niet afgerond.',
  description: "Crisis volume in the comfort letter: 90% of last year's reallocation volume (Z&Z Inkoopkader 2022, §3.3.1). Not rounded.",
  parameters: [HERSCHIKT_VORIG_JAAR, COMFORTPERCENTAGE],
  resultaat: 'getal',
  voorbeeld: { formule: '=WLZ.COMFORTVOLUME(1460)', uitkomst: '1.314' },
  bereken: ([herschikt, percentage]) => alsGetal(comfortvolume(HERSCHIKT_VORIG_JAAR.lees(herschikt), COMFORTPERCENTAGE.lees(percentage))),
};

const EXTRAPOLEER: WlzFunctie = {
  naam: 'EXTRAPOLEER',
  beschrijving:
    'Realisatie doorgetrokken naar een heel jaar: realisatie × jaarmaanden / maanden (zoals CZ GGZ 2023, §6.3 januari t/m juli extrapoleert). Niet afgerond.',
  description:
    'Realisation extrapolated to a full year: realisation × months in the year / months realised (as CZ GGZ 2023, §6.3). Not rounded.',
  parameters: [REALISATIE, REALISATIEMAANDEN, JAARMAANDEN],
  resultaat: 'getal',
  voorbeeld: { formule: '=WLZ.EXTRAPOLEER(7000; 7)', uitkomst: '12.000' },
  bereken: ([realisatie, maanden, jaarmaanden]) =>
    alsGetal(extrapoleer(REALISATIE.lees(realisatie), REALISATIEMAANDEN.lees(maanden), JAARMAANDEN.lees(jaarmaanden))),
};

const RESERVERING: WlzFunctie = {
  naam: 'RESERVERING',
  beschrijving:
    'Gereserveerd bedrag uit de contracteerruimte: per percentage afgerond op centen, dan opgeteld; standaard 0,2% onvoorziene omstandigheden + 0,2% regionale ontwikkeling (ZK Aanvulling 2023, hoofdstuk 2).',
  description:
    'Amount reserved from the contracting budget: each percentage rounded to cents, then summed; default 0.2% unforeseen circumstances + 0.2% regional development (ZK Aanvulling 2023, chapter 2).',
  parameters: [CONTRACTEERRUIMTE, RESERVERINGSPERCENTAGES],
  resultaat: 'getal',
  getalsoort: 'bedrag',
  voorbeeld: { formule: '=WLZ.RESERVERING(1234567,89)', uitkomst: '4.938,28' },
  bereken: ([contracteerruimte, percentages]) =>
    alsGetal(reservering(CONTRACTEERRUIMTE.lees(contracteerruimte), RESERVERINGSPERCENTAGES.lees(percentages))),
};

const BEHANDELINGPLAFOND: WlzFunctie = {
  naam: 'BEHANDELINGPLAFOND',
  beschrijving:
    'Financieel kader per cliënt per jaar voor behandeling MPT naast ZZP/VPT exclusief behandeling: (VPT inclusief − VPT exclusief behandeling) × dagen, afgerond op centen (ZK V&V 2017, §4.7).',
  description:
    'Yearly financial limit per client for treatment MPT next to ZZP/VPT without treatment: (VPT incl. − VPT excl. treatment) × days, rounded to cents (ZK V&V 2017, §4.7).',
  parameters: [VPT_INCLUSIEF, VPT_EXCLUSIEF, DAGEN],
  resultaat: 'getal',
  getalsoort: 'bedrag',
  voorbeeld: { formule: '=WLZ.BEHANDELINGPLAFOND(250,40; 190,15)', uitkomst: '21.991,25' },
  bereken: ([inclusief, exclusief, dagen]) =>
    alsGetal(behandelingplafond(VPT_INCLUSIEF.lees(inclusief), VPT_EXCLUSIEF.lees(exclusief), DAGEN.lees(dagen))),
};

export const volumeFuncties: WlzFunctie[] = [
  GEWOGENGEMIDDELDE,
  FLANKEREND,
  VOLUMEBOD,
  OMZET,
  STIMULERINGSBUDGET,
  COMFORTVOLUME,
  EXTRAPOLEER,
  RESERVERING,
  BEHANDELINGPLAFOND,
];
