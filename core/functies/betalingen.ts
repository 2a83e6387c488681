import { D } from '../geld';
import { ongeldig } from '../fout';
import { aw319Voorschot } from '../aw319voorschot';
import { DREMPEL, betaalmutatie } from '../betaalmutatie';
import { type Standaard, vasteStandaard } from '../beleid/getallen';
import { betaalschema, controleerSchemalengte } from '../betaalschema';
import { nieuweAanbiederBetaling } from '../nieuweaanbieder';
import { voorschotbasis } from '../voorschotbasis';
import {
  type Argument,
  celNaam,
  cellenVan,
  isBereik,
  isLeeg,
  leesBereik,
  leesGeheel,
  leesNietNegatief,
  leesPercentage,
  vormVan,
} from '../invoer';
import { alsGetal, parameter, type WlzFunctie } from './soort';

/**
 * An amount in euro: never negative, never a percentage (core/invoer). With a default an empty cell
 * takes it; without one the amount is required.
 */
export const bedrag = (naam: string, uitleg: string, explanation: string, standaard?: Standaard) =>
  parameter({ naam, uitleg, explanation, standaard, lees: (w, n, s) => leesNietNegatief(w, n, { standaard: s }) });

/** Nothing expected or paid yet: an empty cell is 0. */
const GEEN_BEDRAG = vasteStandaard(new D(0), '0', '0');

const DREMPEL_PARAMETER = bedrag(
  'drempel',
  'Alleen een mutatie van méér dan dit bedrag wordt uitgevoerd',
  'Only a mutation of more than this amount is executed',
  DREMPEL,
);

const MAAND = parameter({
  naam: 'maand',
  uitleg: 'Maand 1 tot en met 15: 1 = januari, 13–15 = januari–maart van het volgende jaar',
  explanation: 'Month 1 to 15: 1 = January, 13–15 = January–March of the next year',
  lees: (w, n) => leesGeheel(w, n, 1, 15),
});

/** The agreement of the months given: it may stay empty when the month does not use it; filled in, it must still be valid. */
const grondslag = (naam: string, uitleg: string, explanation: string, maanden: string) =>
  parameter({
    naam,
    uitleg: `${uitleg}; nodig in maand ${maanden}, anders mag de cel leeg blijven`,
    explanation: `${explanation}; needed in months ${maanden}, may be empty otherwise`,
    lees: (w, n) => (isLeeg(w) ? undefined : leesNietNegatief(w, n)),
  });

const INITIEEL_BRUTO = grondslag(
  'initieel_bruto',
  'Waarde van de initiële afspraak vóór aftrek van de volumekorting (euro)',
  'Value of the initial agreement before the volume cut (euro)',
  '1–4',
);
const HERSCHIKT = grondslag(
  'herschikt',
  'Actuele herschikte productieafspraak (euro)',
  'Current rescheduled production agreement (euro)',
  '5–10',
);
const DEFINITIEF = grondslag('definitief', 'Definitieve productieafspraak (euro)', 'Definitive production agreement (euro)', '11–15');
const ONDERPRODUCTIE = bedrag(
  'onderproductie',
  'Verwachte onderproductie op jaarbasis (euro); telt vanaf maand 5',
  'Expected underproduction on a yearly basis (euro); counts from month 5',
  GEEN_BEDRAG,
);

const DOEL = bedrag('doel', 'Cumulatief voorschotdoel tot en met deze maand (euro)', 'Cumulative advance target up to this month (euro)');
const BETAALD_TOT_NU = bedrag('betaald', 'Tot nu toe als voorschot betaald (euro)', 'Advance paid so far (euro)');

/**
 * jaarbasis: one amount for every month of a boekjaar, or a row or column of 12 or 15 cells with one
 * basis per month. An empty cell — including the 0 Excel desktop hands over for an empty cell in a
 * range — is a month without basis, skipped: read as a basis of 0 it would withhold everything paid.
 */
function leesJaarbasis(waarde: Argument, naam: string): Array<D | undefined> {
  const enkel = !isBereik(waarde) || (waarde.length === 1 && waarde[0]?.length === 1);
  if (enkel) return new Array<D>(12).fill(leesNietNegatief(waarde, naam));
  const bereik = leesBereik(waarde, naam);
  if (bereik.length !== 1 && bereik[0].length !== 1) {
    throw ongeldig(`${naam} moet één bedrag zijn of één rij of kolom met een basis per maand, geen bereik van ${vormVan(bereik)}`);
  }
  // Before any cell is read: a huge selection fails at once.
  controleerSchemalengte(bereik.length * bereik[0].length, naam);
  const bases = cellenVan(bereik).map((cel, i) => (isLeeg(cel) || cel === 0 ? undefined : leesNietNegatief(cel, celNaam(naam, i))));
  if (bases.every((b) => b === undefined)) throw ongeldig(`${naam} ontbreekt: geen enkele maand heeft een basis`);
  return bases;
}

const JAARBASIS = parameter({
  naam: 'jaarbasis',
  uitleg:
    'Eén jaarbasis (euro) voor elke maand, of een rij of kolom van 12 of 15 cellen met de basis per maand (bijvoorbeeld uit WLZ.VOORSCHOTBASIS); een lege cel is een maand zonder basis',
  explanation:
    'One yearly basis (euro) for every month, or a row or column of 12 or 15 cells with the basis per month (e.g. from WLZ.VOORSCHOTBASIS); an empty cell is a month without basis',
  bereik: true,
  lees: (w, n) => leesJaarbasis(w, n),
});
const AL_BETAALD = bedrag('betaald', 'Al betaald vóór maand 1 (euro)', 'Already paid before month 1 (euro)', GEEN_BEDRAG);

const MAANDREALISATIE = bedrag(
  'realisatie',
  'Gerealiseerde (gedeclareerde) zorg van de maand (euro)',
  'Care realised (declared) in the month (euro)',
);
const JAARAFSPRAAK = bedrag('afspraak', 'Productieafspraak voor het jaar (euro)', 'Production agreement for the year (euro)');
const DIT_JAAR_BETAALD = bedrag('betaald', 'Dit jaar al betaald (euro)', 'Already paid this year (euro)');

const REGULIER = bedrag('regulier', 'Gedeclareerd bedrag reguliere zorg (euro)', 'Amount claimed for regular care (euro)');
const CRISIS = bedrag(
  'crisis',
  'Gedeclareerd bedrag crisisplekken (euro); altijd 100% bevoorschot; 0 als er geen zijn',
  'Amount claimed for crisis places (euro); always advanced at 100%; 0 if none',
);
/** Without a published bevoorschottingspercentage the advance is the whole declaration: no cut. */
const BEVOORSCHOTTINGSPERCENTAGE = parameter({
  naam: 'bevoorschottingspercentage',
  uitleg: 'Gepubliceerd bevoorschottingspercentage, bijvoorbeeld 95%',
  explanation: 'Published advance percentage, e.g. 95%',
  standaard: vasteStandaard(new D(1), '100% (geen korting)', '100% (no cut)'),
  lees: (w, n, standaard) => leesPercentage(w, n, { standaard }),
});

const VOORSCHOTBASIS: WlzFunctie = {
  naam: 'VOORSCHOTBASIS',
  beschrijving:
    'Jaarbasis voor het maandvoorschot (CZ GGZ 2023, Bijlage 1, tabel 2): maand 1–4 de initiële afspraak vóór volumekorting; 5–10 de herschikte afspraak minus verwachte onderproductie; 11–15 de definitieve afspraak minus verwachte onderproductie.',
  description:
    'Yearly basis for the monthly advance (CZ GGZ 2023, Annex 1, table 2): months 1–4 the initial agreement before the volume cut; 5–10 the rescheduled agreement minus expected underproduction; 11–15 the definitive agreement minus expected underproduction.',
  parameters: [MAAND, INITIEEL_BRUTO, HERSCHIKT, DEFINITIEF, ONDERPRODUCTIE],
  resultaat: 'getal',
  getalsoort: 'bedrag',
  voorbeeld: { formule: '=WLZ.VOORSCHOTBASIS(7; 1200000; 1100000; ; 20000)', uitkomst: '1.080.000,00' },
  bereken: ([maand, initieelBruto, herschikt, definitief, onderproductie]) =>
    alsGetal(
      voorschotbasis(MAAND.lees(maand), {
        initieelBruto: INITIEEL_BRUTO.lees(initieelBruto),
        herschikt: HERSCHIKT.lees(herschikt),
        definitief: DEFINITIEF.lees(definitief),
        onderproductie: ONDERPRODUCTIE.lees(onderproductie),
      }),
    ),
};

const BETAALMUTATIE: WlzFunctie = {
  naam: 'BETAALMUTATIE',
  beschrijving:
    'Betaling (positief) of inhouding (negatief) = doel − betaald, afgerond op centen, maar alleen als die méér dan de drempel bedraagt; anders 0 (het verschil schuift door naar de volgende maand).',
  description:
    'Payment (positive) or withholding (negative) = target − paid, rounded to cents, only when it is more than the threshold; otherwise 0 (the difference carries over to the next month).',
  parameters: [DOEL, BETAALD_TOT_NU, DREMPEL_PARAMETER],
  resultaat: 'getal',
  getalsoort: 'bedrag',
  voorbeeld: { formule: '=WLZ.BETAALMUTATIE(105000,01; 100000)', uitkomst: '5.000,01' },
  bereken: ([doel, betaald, drempel]) =>
    alsGetal(betaalmutatie(DOEL.lees(doel), BETAALD_TOT_NU.lees(betaald), DREMPEL_PARAMETER.lees(drempel))),
};

const KOP = ['Maand', 'Cumulatief doel', 'Mutatie', 'Betaald na mutatie'];

const BETAALSCHEMA: WlzFunctie = {
  naam: 'BETAALSCHEMA',
  beschrijving:
    'Betaalschema per maand: cumulatief doel (jaarbasis × maand / 12, vanaf maand 12 het hele jaar), mutatie (alleen boven de drempel) en betaald na mutatie. 12 maanden, of 15 bij een bereik van 15 cellen.',
  description:
    'Monthly payment schedule: cumulative target (yearly basis × month / 12, the full year from month 12), mutation (only above the threshold) and paid after mutation. 12 months, or 15 for a 15-cell range.',
  parameters: [JAARBASIS, AL_BETAALD, DREMPEL_PARAMETER],
  resultaat: 'tabel',
  voorbeeld: {
    formule: '=WLZ.BETAALSCHEMA(30000)',
    uitkomst:
      'kop en 12 maanden; maand 1 en 2 blijven onder de € 5.000 (mutatie 0), maand 3: doel 7.500,00, mutatie 7.500,00, betaald na mutatie 7.500,00',
  },
  bereken: ([jaarbasis, betaald, drempel]) => {
    const regels = betaalschema(JAARBASIS.lees(jaarbasis), AL_BETAALD.lees(betaald), DREMPEL_PARAMETER.lees(drempel));
    return [
      KOP,
      ...regels.map((r) =>
        r.overgeslagen ? [r.maand, '', '', ''] : [r.maand, alsGetal(r.doel), alsGetal(r.mutatie), alsGetal(r.betaaldNaMutatie)],
      ),
    ];
  },
};

const NIEUWEAANBIEDER: WlzFunctie = {
  naam: 'NIEUWEAANBIEDER',
  beschrijving:
    'Betaling achteraf voor een nieuwe zorgaanbieder (CZ GGZ 2023, Bijlage 1): de gerealiseerde zorg van de maand, tot maximaal de productieafspraak; min(realisatie; max(0; afspraak − betaald)).',
  description:
    'Payment in arrears for a new provider (CZ GGZ 2023, Annex 1): the care realised in the month, up to the production agreement; min(realisation, max(0, agreement − paid)).',
  parameters: [MAANDREALISATIE, JAARAFSPRAAK, DIT_JAAR_BETAALD],
  resultaat: 'getal',
  getalsoort: 'bedrag',
  voorbeeld: { formule: '=WLZ.NIEUWEAANBIEDER(45678,90; 600000; 580000)', uitkomst: '20.000,00' },
  bereken: ([realisatie, afspraak, betaald]) =>
    alsGetal(nieuweAanbiederBetaling(MAANDREALISATIE.lees(realisatie), JAARAFSPRAAK.lees(afspraak), DIT_JAAR_BETAALD.lees(betaald))),
};

const AW319VOORSCHOT: WlzFunctie = {
  naam: 'AW319VOORSCHOT',
  beschrijving:
    'Maandvoorschot op een AW319-declaratie: reguliere zorg × bevoorschottingspercentage + crisisplekken, afgerond op centen. Het percentage geldt nooit voor crisisplekken (Z&Z Inkoopkader 2022, §3.1).',
  description:
    'Monthly advance on an AW319 claim: regular care × advance percentage + crisis places, rounded to cents. The percentage never applies to crisis places (Z&Z Inkoopkader 2022, §3.1).',
  parameters: [REGULIER, CRISIS, BEVOORSCHOTTINGSPERCENTAGE],
  resultaat: 'getal',
  getalsoort: 'bedrag',
  voorbeeld: { formule: '=WLZ.AW319VOORSCHOT(250000; 12000; 95%)', uitkomst: '249.500,00' },
  bereken: ([regulier, crisis, percentage]) =>
    alsGetal(aw319Voorschot(REGULIER.lees(regulier), CRISIS.lees(crisis), BEVOORSCHOTTINGSPERCENTAGE.lees(percentage))),
};

export const betalingenFuncties: WlzFunctie[] = [VOORSCHOTBASIS, BETAALMUTATIE, BETAALSCHEMA, NIEUWEAANBIEDER, AW319VOORSCHOT];
