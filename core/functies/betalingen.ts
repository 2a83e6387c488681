import { D } from '../geld';
import { ongeldig } from '../fout';
import { aw319Voorschot } from '../aw319voorschot';
import { DREMPEL, betaalmutatie } from '../betaalmutatie';
import { vasteStandaard } from '../beleid/getallen';
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

const NUL = new D(0);

/** An amount that may stay empty when the month does not use it; filled in, it must still be valid. */
const leesAlsGegeven = (waarde: Argument, naam: string): D | undefined => (isLeeg(waarde) ? undefined : leesNietNegatief(waarde, naam));

const DREMPEL_PARAMETER = parameter({
  naam: 'drempel',
  uitleg: 'Alleen een mutatie van méér dan dit bedrag wordt uitgevoerd',
  explanation: 'Only a mutation of more than this amount is executed',
  standaard: DREMPEL,
  lees: (w, n, standaard) => leesNietNegatief(w, n, { standaard }),
});

const bedragMetNul = (naam: string, uitleg: string, explanation: string) =>
  parameter({
    naam,
    uitleg,
    explanation,
    standaard: vasteStandaard(NUL, '0', '0'),
    lees: (w, n, standaard) => leesNietNegatief(w, n, { standaard }),
  });

const ONDERPRODUCTIE = bedragMetNul(
  'onderproductie',
  'Verwachte onderproductie op jaarbasis (euro); telt vanaf maand 5',
  'Expected underproduction on a yearly basis (euro); counts from month 5',
);
const AL_BETAALD = bedragMetNul('betaald', 'Al betaald vóór maand 1 (euro)', 'Already paid before month 1 (euro)');

/** Without a published bevoorschottingspercentage the advance is the whole declaration: no cut. */
const BEVOORSCHOTTINGSPERCENTAGE = parameter({
  naam: 'bevoorschottingspercentage',
  uitleg: 'Gepubliceerd bevoorschottingspercentage, bijvoorbeeld 95%',
  explanation: 'Published advance percentage, e.g. 95%',
  standaard: vasteStandaard(new D(1), '100% (geen korting)', '100% (no cut)'),
  lees: (w, n, standaard) => leesPercentage(w, n, { standaard }),
});

/**
 * jaarbasis: one amount for every month of a boekjaar, or a row or column of 12 or 15 cells with one
 * basis per month. An empty cell — including the 0 Excel desktop hands over for an empty cell in a
 * range — is a month without basis, skipped: read as a basis of 0 it would withhold everything paid.
 */
function leesJaarbasis(waarde: Argument): Array<D | undefined> {
  const enkel = !isBereik(waarde) || (waarde.length === 1 && waarde[0]?.length === 1);
  if (enkel) return new Array<D>(12).fill(leesNietNegatief(waarde, 'jaarbasis'));
  const bereik = leesBereik(waarde, 'jaarbasis');
  if (bereik.length !== 1 && bereik[0].length !== 1) {
    throw ongeldig(`jaarbasis moet één bedrag zijn of één rij of kolom met een basis per maand, geen bereik van ${vormVan(bereik)}`);
  }
  // Before any cell is read: a huge selection fails at once.
  controleerSchemalengte(bereik.length * bereik[0].length, 'jaarbasis');
  const bases = cellenVan(bereik).map((cel, i) => (isLeeg(cel) || cel === 0 ? undefined : leesNietNegatief(cel, celNaam('jaarbasis', i))));
  if (bases.every((b) => b === undefined)) throw ongeldig('jaarbasis ontbreekt: geen enkele maand heeft een basis');
  return bases;
}

const VOORSCHOTBASIS: WlzFunctie = {
  naam: 'VOORSCHOTBASIS',
  beschrijving:
    'Jaarbasis voor het maandvoorschot (CZ GGZ 2023, Bijlage 1, tabel 2): maand 1–4 de initiële afspraak vóór volumekorting; 5–10 de herschikte afspraak minus verwachte onderproductie; 11–15 de definitieve afspraak minus verwachte onderproductie.',
  description:
    'Yearly basis for the monthly advance (CZ GGZ 2023, Annex 1, table 2): months 1–4 the initial agreement before the volume cut; 5–10 the rescheduled agreement minus expected underproduction; 11–15 the definitive agreement minus expected underproduction.',
  parameters: [
    {
      naam: 'maand',
      beschrijving: 'Maand 1 tot en met 15: 1 = januari, 13–15 = januari–maart van het volgende jaar.',
      description: 'Month 1 to 15: 1 = January, 13–15 = January–March of the next year.',
    },
    {
      naam: 'initieel_bruto',
      beschrijving:
        'Waarde van de initiële afspraak vóór aftrek van de volumekorting (euro); nodig in maand 1–4, anders mag de cel leeg blijven.',
      description: 'Value of the initial agreement before the volume cut (euro); needed in months 1–4, may be empty otherwise.',
    },
    {
      naam: 'herschikt',
      beschrijving: 'Actuele herschikte productieafspraak (euro); nodig in maand 5–10, anders mag de cel leeg blijven.',
      description: 'Current rescheduled production agreement (euro); needed in months 5–10, may be empty otherwise.',
    },
    {
      naam: 'definitief',
      beschrijving: 'Definitieve productieafspraak (euro); nodig in maand 11–15, anders mag de cel leeg blijven.',
      description: 'Definitive production agreement (euro); needed in months 11–15, may be empty otherwise.',
    },
    ONDERPRODUCTIE,
  ],
  resultaat: 'getal',
  getalsoort: 'bedrag',
  voorbeeld: { formule: '=WLZ.VOORSCHOTBASIS(7; 1200000; 1100000; ; 20000)', uitkomst: '1.080.000,00' },
  bereken: ([maand, initieelBruto, herschikt, definitief, onderproductie]) =>
    alsGetal(
      voorschotbasis(leesGeheel(maand, 'maand', 1, 15), {
        initieelBruto: leesAlsGegeven(initieelBruto, 'initieel_bruto'),
        herschikt: leesAlsGegeven(herschikt, 'herschikt'),
        definitief: leesAlsGegeven(definitief, 'definitief'),
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
  parameters: [
    {
      naam: 'doel',
      beschrijving: 'Cumulatief voorschotdoel tot en met deze maand (euro).',
      description: 'Cumulative advance target up to this month (euro).',
    },
    { naam: 'betaald', beschrijving: 'Tot nu toe als voorschot betaald (euro).', description: 'Advance paid so far (euro).' },
    DREMPEL_PARAMETER,
  ],
  resultaat: 'getal',
  getalsoort: 'bedrag',
  voorbeeld: { formule: '=WLZ.BETAALMUTATIE(105000,01; 100000)', uitkomst: '5.000,01' },
  bereken: ([doel, betaald, drempel]) =>
    alsGetal(betaalmutatie(leesNietNegatief(doel, 'doel'), leesNietNegatief(betaald, 'betaald'), DREMPEL_PARAMETER.lees(drempel))),
};

const KOP = ['Maand', 'Cumulatief doel', 'Mutatie', 'Betaald na mutatie'];

const BETAALSCHEMA: WlzFunctie = {
  naam: 'BETAALSCHEMA',
  beschrijving:
    'Betaalschema per maand: cumulatief doel (jaarbasis × maand / 12, vanaf maand 12 het hele jaar), mutatie (alleen boven de drempel) en betaald na mutatie. 12 maanden, of 15 bij een bereik van 15 cellen.',
  description:
    'Monthly payment schedule: cumulative target (yearly basis × month / 12, the full year from month 12), mutation (only above the threshold) and paid after mutation. 12 months, or 15 for a 15-cell range.',
  parameters: [
    {
      naam: 'jaarbasis',
      beschrijving:
        'Eén jaarbasis (euro) voor elke maand, of een rij of kolom van 12 of 15 cellen met de basis per maand (bijvoorbeeld uit WLZ.VOORSCHOTBASIS); een lege cel is een maand zonder basis.',
      description:
        'One yearly basis (euro) for every month, or a row or column of 12 or 15 cells with the basis per month (e.g. from WLZ.VOORSCHOTBASIS); an empty cell is a month without basis.',
      bereik: true,
    },
    AL_BETAALD,
    DREMPEL_PARAMETER,
  ],
  resultaat: 'tabel',
  voorbeeld: {
    formule: '=WLZ.BETAALSCHEMA(30000)',
    uitkomst:
      'kop en 12 maanden; maand 1 en 2 blijven onder de € 5.000 (mutatie 0), maand 3: doel 7.500,00, mutatie 7.500,00, betaald na mutatie 7.500,00',
  },
  bereken: ([jaarbasis, betaald, drempel]) => {
    const regels = betaalschema(leesJaarbasis(jaarbasis), AL_BETAALD.lees(betaald), DREMPEL_PARAMETER.lees(drempel));
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
  parameters: [
    {
      naam: 'realisatie',
      beschrijving: 'Gerealiseerde (gedeclareerde) zorg van de maand (euro).',
      description: 'Care realised (declared) in the month (euro).',
    },
    { naam: 'afspraak', beschrijving: 'Productieafspraak voor het jaar (euro).', description: 'Production agreement for the year (euro).' },
    { naam: 'betaald', beschrijving: 'Dit jaar al betaald (euro).', description: 'Already paid this year (euro).' },
  ],
  resultaat: 'getal',
  getalsoort: 'bedrag',
  voorbeeld: { formule: '=WLZ.NIEUWEAANBIEDER(45678,90; 600000; 580000)', uitkomst: '20.000,00' },
  bereken: ([realisatie, afspraak, betaald]) =>
    alsGetal(
      nieuweAanbiederBetaling(
        leesNietNegatief(realisatie, 'realisatie'),
        leesNietNegatief(afspraak, 'afspraak'),
        leesNietNegatief(betaald, 'betaald'),
      ),
    ),
};

const AW319VOORSCHOT: WlzFunctie = {
  naam: 'AW319VOORSCHOT',
  beschrijving:
    'Maandvoorschot op een AW319-declaratie: reguliere zorg × bevoorschottingspercentage + crisisplekken, afgerond op centen. Het percentage geldt nooit voor crisisplekken (Z&Z Inkoopkader 2022, §3.1).',
  description:
    'Monthly advance on an AW319 claim: regular care × advance percentage + crisis places, rounded to cents. The percentage never applies to crisis places (Z&Z Inkoopkader 2022, §3.1).',
  parameters: [
    {
      naam: 'regulier',
      beschrijving: 'Gedeclareerd bedrag reguliere zorg (euro).',
      description: 'Amount claimed for regular care (euro).',
    },
    {
      naam: 'crisis',
      beschrijving: 'Gedeclareerd bedrag crisisplekken (euro); altijd 100% bevoorschot; 0 als er geen zijn.',
      description: 'Amount claimed for crisis places (euro); always advanced at 100%; 0 if none.',
    },
    BEVOORSCHOTTINGSPERCENTAGE,
  ],
  resultaat: 'getal',
  getalsoort: 'bedrag',
  voorbeeld: { formule: '=WLZ.AW319VOORSCHOT(250000; 12000; 95%)', uitkomst: '249.500,00' },
  bereken: ([regulier, crisis, percentage]) =>
    alsGetal(
      aw319Voorschot(
        leesNietNegatief(regulier, 'regulier'),
        leesNietNegatief(crisis, 'crisis'),
        BEVOORSCHOTTINGSPERCENTAGE.lees(percentage),
      ),
    ),
};

export const betalingenFuncties: WlzFunctie[] = [VOORSCHOTBASIS, BETAALMUTATIE, BETAALSCHEMA, NIEUWEAANBIEDER, AW319VOORSCHOT];
