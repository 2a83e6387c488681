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
const STIMULERINGSPERCENTAGE = parameter({
  naam: 'percentage',
  uitleg: 'Optioneel: het percentage van het stimuleringsbudget',
  explanation: 'Optional: the stimulus budget percentage',
  standaard: STIMULERINGSBUDGET_BELEID.percentage,
  lees: percentageMet(false),
});
const COMFORTPERCENTAGE = parameter({
  naam: 'percentage',
  uitleg: 'Optioneel: het deel van het herschikte volume',
  explanation: 'Optional: the share of the reallocated volume',
  standaard: COMFORTBRIEF,
  lees: percentageMet(false),
});
const JAARMAANDEN = parameter({
  naam: 'jaarmaanden',
  uitleg: 'Optioneel: aantal maanden van de periode',
  explanation: 'Optional: months in the period',
  standaard: vasteStandaard(new D(MAANDEN_PER_JAAR), `${MAANDEN_PER_JAAR} (een kalenderjaar)`, `${MAANDEN_PER_JAAR} (a calendar year)`),
  lees: (w, n, standaard) => leesGeheel(w, n, 1, LANGSTE_PERIODE, { standaard }),
});
const DAGEN = parameter({
  naam: 'dagen',
  uitleg: 'Optioneel: dagen per jaar (366 in een schrikkeljaar)',
  explanation: 'Optional: days per year (366 in a leap year)',
  standaard: BEHANDELING_MPT_KADER,
  lees: (w, n, standaard) => leesGeheel(w, n, 1, 366, { standaard }),
});
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
  parameters: [
    {
      naam: 'percentages',
      beschrijving: 'Tariefpercentage per regel (prestatiecode), bijvoorbeeld 96,5%.',
      description: 'Tariff percentage per line (service code), e.g. 96.5%.',
      bereik: true,
    },
    {
      naam: 'bedragen',
      beschrijving:
        'Gedeclareerd bedrag per regel (euro), even groot als percentages; lege regels tellen niet mee, creditregels (negatief) wel.',
      description: 'Declared amount per line (euro), same size as percentages; empty lines are skipped, credit lines (negative) count.',
      bereik: true,
    },
    {
      naam: 'meetellen',
      beschrijving:
        'Optioneel, even groot: WAAR/ONWAAR, 1/0 of het onderdeel per regel; ONWAAR, 0 (in een bereik met alleen 1 en 0) en NHC/NIC tellen niet mee, "zorg", "loon" enz. wel.',
      description:
        'Optional, same size: TRUE/FALSE, 1/0 or the component per line; FALSE, 0 (in a range of only 1 and 0) and NHC/NIC are left out, "zorg", "loon" etc. count.',
      optioneel: true,
      bereik: true,
    },
  ],
  resultaat: 'getal',
  getalsoort: 'percentage',
  voorbeeld: { formule: '=WLZ.GEWOGENGEMIDDELDE({96%;97%;100%}; {1000;3000;500}; {"zorg";"zorg";"NHC"})', uitkomst: '96,75%' },
  bereken: ([percentages, bedragen, meetellen]) =>
    alsGetal(
      gewogenGemiddelde(leesKolom(percentages, 'percentages'), leesKolom(bedragen, 'bedragen'), leesOptioneleKolom(meetellen, 'meetellen')),
    ),
};

const FLANKEREND: WlzFunctie = {
  naam: 'FLANKEREND',
  beschrijving:
    'Voorstel tariefpercentage met flankerend beleid: het gewogen gemiddelde als dat niet boven het doel ligt, anders het gewogen gemiddelde min de maximale daling, maar niet lager dan het doel (Z&Z Inkoopkader 2022, §2.3.1).',
  description:
    'Proposed tariff percentage under transitional policy: the weighted average if not above the target, otherwise the weighted average minus the maximum decrease, but not below the target (Z&Z Inkoopkader 2022, §2.3.1).',
  parameters: [
    {
      naam: 'gewogen',
      beschrijving: 'Gewogen gemiddelde tariefpercentage, bijvoorbeeld uit WLZ.GEWOGENGEMIDDELDE.',
      description: 'Weighted average tariff percentage, e.g. from WLZ.GEWOGENGEMIDDELDE.',
    },
    DOEL,
    MAX_DALING,
  ],
  resultaat: 'getal',
  getalsoort: 'percentage',
  voorbeeld: { formule: '=WLZ.FLANKEREND(96,6%)', uitkomst: '96,1%' },
  bereken: ([gewogen, doel, maxDaling]) =>
    alsGetal(flankerend(leesPercentage(gewogen, 'gewogen'), DOEL.lees(doel), MAX_DALING.lees(maxDaling))),
};

const VOLUMEBOD: WlzFunctie = {
  naam: 'VOLUMEBOD',
  beschrijving: `Initieel volumebod: (herschikt volume + correcties) × factor; factor ${factorenTekst('voor', 'en')}. Niet afgerond.`,
  description: `Initial volume offer: (reallocated volume + corrections) × factor; ${factorenTekst('for', 'and')}. Not rounded.`,
  parameters: [
    {
      naam: 'herschikt',
      beschrijving: 'Volume in de herschikte productieafspraak van vorig jaar.',
      description: "Volume in last year's reallocated production agreement.",
    },
    {
      naam: 'soort',
      beschrijving:
        'Soort prestatie: ZZP, VPT, DTV of MPT; voor logeren, toeslag en meerzorg is geen factor gepubliceerd (geef die dan op).',
      description: 'Kind of service: ZZP, VPT, DTV or MPT; for logeren, toeslag and meerzorg no factor is published (supply it).',
    },
    {
      naam: 'correcties',
      beschrijving: 'Optioneel: één cel of een bereik met correcties op het volume (plus of min); lege cellen tellen niet.',
      description: 'Optional: one cell or a range of volume corrections (plus or minus); empty cells are ignored.',
      optioneel: true,
      bereik: true,
    },
    {
      naam: 'factor',
      beschrijving: 'Optioneel: afgesproken factor, bijvoorbeeld 95%; gaat boven de gepubliceerde factor.',
      description: 'Optional: agreed factor, e.g. 95%; overrides the published factor.',
      optioneel: true,
    },
  ],
  resultaat: 'getal',
  voorbeeld: { formule: '=WLZ.VOLUMEBOD(1000; "ZZP"; {-20;5})', uitkomst: '935,75' },
  bereken: ([herschikt, soort, correcties, factor]) => {
    const gelezenCorrecties = leesOptioneleKolom(correcties, 'correcties');
    return alsGetal(
      volumebod(
        leesNietNegatief(herschikt, 'herschikt'),
        leesPrestatiesoort(leesTekst(soort, 'soort'), 'soort'),
        gelezenCorrecties ? getallenVan(gelezenCorrecties, celAlsHoeveelheid) : [],
        isLeeg(factor) ? undefined : leesPercentage(factor, 'factor'),
      ),
    );
  },
};

const OMZET: WlzFunctie = {
  naam: 'OMZET',
  beschrijving: 'Omzet: Σ afgerond(volume × tarief), elke regel afgerond op centen; regels zonder volume tellen niet mee.',
  description: 'Revenue: Σ round(volume × tariff), each line rounded to cents; lines without a volume are skipped.',
  parameters: [
    { naam: 'volumes', beschrijving: 'Volume per regel.', description: 'Volume per line.', bereik: true },
    {
      naam: 'tarieven',
      beschrijving: 'Tarief per eenheid per regel (euro), even groot als volumes.',
      description: 'Tariff per unit per line (euro), same size as volumes.',
      bereik: true,
    },
  ],
  resultaat: 'getal',
  getalsoort: 'bedrag',
  voorbeeld: { formule: '=WLZ.OMZET({3;10}; {1,115;198,55})', uitkomst: '1.988,85' },
  bereken: ([volumes, tarieven]) => alsGetal(omzet(leesKolom(volumes, 'volumes'), leesKolom(tarieven, 'tarieven'))),
};

const STIMULERINGSBUDGET: WlzFunctie = {
  naam: 'STIMULERINGSBUDGET',
  beschrijving:
    'Regionaal stimuleringsbudget: percentage × Σ afgerond(volume × tarief) zonder VPT, DTV en logeren, afgerond op centen (CZ GGZ 2023, §6.2).',
  description:
    'Regional stimulus budget: percentage × Σ round(volume × tariff) without VPT, DTV and logeren, rounded to cents (CZ GGZ 2023, §6.2).',
  parameters: [
    {
      naam: 'volumes',
      beschrijving:
        'Volume per regel van de initiële productieafspraak vóór de uitname van 5% en 10% (dus niet de uitkomst van WLZ.VOLUMEBOD).',
      description:
        'Volume per line of the initial production agreement before the 5% and 10% withdrawal (so not the result of WLZ.VOLUMEBOD).',
      bereik: true,
    },
    {
      naam: 'tarieven',
      beschrijving: 'Tarief per eenheid per regel (euro), even groot als volumes.',
      description: 'Tariff per unit per line (euro), same size as volumes.',
      bereik: true,
    },
    {
      naam: 'soorten',
      beschrijving: 'Soort per regel: ZZP, VPT, MPT, DTV, logeren, toeslag of meerzorg; VPT, DTV en logeren tellen niet mee.',
      description: 'Kind per line: ZZP, VPT, MPT, DTV, logeren, toeslag or meerzorg; VPT, DTV and logeren are left out.',
      bereik: true,
    },
    STIMULERINGSPERCENTAGE,
  ],
  resultaat: 'getal',
  getalsoort: 'bedrag',
  voorbeeld: { formule: '=WLZ.STIMULERINGSBUDGET({1000;200;50}; {198,55;150;120}; {"ZZP";"VPT";"MPT"})', uitkomst: '409,10' },
  bereken: ([volumes, tarieven, soorten, percentage]) =>
    alsGetal(
      stimuleringsbudget(
        leesKolom(volumes, 'volumes'),
        leesKolom(tarieven, 'tarieven'),
        leesKolom(soorten, 'soorten'),
        STIMULERINGSPERCENTAGE.lees(percentage),
      ),
    ),
};

const COMFORTVOLUME: WlzFunctie = {
  naam: 'COMFORTVOLUME',
  beschrijving:
    'Crisisvolume in de comfortbrief: 90% van het volume in de herschikking van vorig jaar (Z&Z Inkoopkader 2022, §3.3.1). Niet afgerond.',
  description: "Crisis volume in the comfort letter: 90% of last year's reallocation volume (Z&Z Inkoopkader 2022, §3.3.1). Not rounded.",
  parameters: [
    {
      naam: 'herschikt_vorig_jaar',
      beschrijving: 'Crisisvolume in de herschikking van het voorgaande jaar.',
      description: "Crisis volume in the previous year's reallocation.",
    },
    COMFORTPERCENTAGE,
  ],
  resultaat: 'getal',
  voorbeeld: { formule: '=WLZ.COMFORTVOLUME(1460)', uitkomst: '1.314' },
  bereken: ([herschikt, percentage]) =>
    alsGetal(comfortvolume(leesNietNegatief(herschikt, 'herschikt_vorig_jaar'), COMFORTPERCENTAGE.lees(percentage))),
};

const EXTRAPOLEER: WlzFunctie = {
  naam: 'EXTRAPOLEER',
  beschrijving:
    'Realisatie doorgetrokken naar een heel jaar: realisatie × jaarmaanden / maanden (zoals CZ GGZ 2023, §6.3 januari t/m juli extrapoleert). Niet afgerond.',
  description:
    'Realisation extrapolated to a full year: realisation × months in the year / months realised (as CZ GGZ 2023, §6.3). Not rounded.',
  parameters: [
    { naam: 'realisatie', beschrijving: 'Gerealiseerd volume of bedrag tot nu toe.', description: 'Volume or amount realised so far.' },
    {
      naam: 'maanden',
      beschrijving: 'Aantal maanden waarover de realisatie loopt, bijvoorbeeld 7 voor januari t/m juli.',
      description: 'Number of months realised, e.g. 7 for January to July.',
    },
    JAARMAANDEN,
  ],
  resultaat: 'getal',
  voorbeeld: { formule: '=WLZ.EXTRAPOLEER(7000; 7)', uitkomst: '12.000' },
  bereken: ([realisatie, maanden, jaarmaanden]) =>
    alsGetal(
      extrapoleer(
        leesNietNegatief(realisatie, 'realisatie'),
        leesGeheel(maanden, 'maanden', 1, LANGSTE_PERIODE),
        JAARMAANDEN.lees(jaarmaanden),
      ),
    ),
};

const RESERVERING: WlzFunctie = {
  naam: 'RESERVERING',
  beschrijving:
    'Gereserveerd bedrag uit de contracteerruimte: per percentage afgerond op centen, dan opgeteld; standaard 0,2% onvoorziene omstandigheden + 0,2% regionale ontwikkeling (ZK Aanvulling 2023, hoofdstuk 2).',
  description:
    'Amount reserved from the contracting budget: each percentage rounded to cents, then summed; default 0.2% unforeseen circumstances + 0.2% regional development (ZK Aanvulling 2023, chapter 2).',
  parameters: [
    { naam: 'contracteerruimte', beschrijving: 'Contracteerruimte (euro).', description: 'Contracting budget (euro).' },
    RESERVERINGSPERCENTAGES,
  ],
  resultaat: 'getal',
  getalsoort: 'bedrag',
  voorbeeld: { formule: '=WLZ.RESERVERING(1234567,89)', uitkomst: '4.938,28' },
  bereken: ([contracteerruimte, percentages]) =>
    alsGetal(reservering(leesNietNegatief(contracteerruimte, 'contracteerruimte'), RESERVERINGSPERCENTAGES.lees(percentages))),
};

const BEHANDELINGPLAFOND: WlzFunctie = {
  naam: 'BEHANDELINGPLAFOND',
  beschrijving:
    'Financieel kader per cliënt per jaar voor behandeling MPT naast ZZP/VPT exclusief behandeling: (VPT inclusief − VPT exclusief behandeling) × dagen, afgerond op centen (ZK V&V 2017, §4.7).',
  description:
    'Yearly financial limit per client for treatment MPT next to ZZP/VPT without treatment: (VPT incl. − VPT excl. treatment) × days, rounded to cents (ZK V&V 2017, §4.7).',
  parameters: [
    {
      naam: 'vpt_inclusief',
      beschrijving: 'Dagtarief VPT inclusief behandeling (euro).',
      description: 'Daily tariff VPT including treatment (euro).',
    },
    {
      naam: 'vpt_exclusief',
      beschrijving: 'Dagtarief VPT exclusief behandeling (euro).',
      description: 'Daily tariff VPT excluding treatment (euro).',
    },
    DAGEN,
  ],
  resultaat: 'getal',
  getalsoort: 'bedrag',
  voorbeeld: { formule: '=WLZ.BEHANDELINGPLAFOND(250,40; 190,15)', uitkomst: '21.991,25' },
  bereken: ([inclusief, exclusief, dagen]) =>
    alsGetal(
      behandelingplafond(leesNietNegatief(inclusief, 'vpt_inclusief'), leesNietNegatief(exclusief, 'vpt_exclusief'), DAGEN.lees(dagen)),
    ),
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
