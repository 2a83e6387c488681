import { CRISISGRENZEN, bezetting, crisissignaal, leesBezettingen } from '../bezetting';
import { leesDatum, leesMaand, naarSerienummer } from '../datum';
import { DECLARATIETERMIJNEN, betaalmaand, declaratiedeadline, teLaat } from '../declaratie';
import { leesGeheel, leesGetal, leesNietNegatief, leesPercentage } from '../invoer';
import { alsGetal, parameter, type WlzFunctie } from './soort';

const grens = (naam: string, uitleg: string, explanation: string, standaard: (typeof CRISISGRENZEN)['ondergrens']) =>
  parameter({ naam, uitleg, explanation, standaard, lees: (w, n, s) => leesPercentage(w, n, { nulToegestaan: true, standaard: s }) });
const ONDERGRENS = grens('ondergrens', 'Ondergrens van de bezetting', 'Lower bound of the occupancy', CRISISGRENZEN.ondergrens);
const BOVENGRENS = grens('bovengrens', 'Bovengrens van de bezetting', 'Upper bound of the occupancy', CRISISGRENZEN.bovengrens);
const SIGNAALMAANDEN = parameter({
  naam: 'maanden',
  uitleg: 'Aantal aaneengesloten maanden',
  explanation: 'Number of consecutive months',
  standaard: CRISISGRENZEN.maanden,
  lees: (w, n, standaard) => leesGeheel(w, n, 1, 120, { standaard }),
});
const INDIENTERMIJN = parameter({
  naam: 'maanden',
  uitleg: 'Aantal hele maanden na de prestatiemaand waarin indienen op tijd is',
  explanation: 'Number of whole months after the service month in which submission is on time',
  standaard: DECLARATIETERMIJNEN.indientermijn,
  lees: (w, n, standaard) => leesGeheel(w, n, 0, 120, { standaard }),
});
const { werkdag, betaalvertraging } = DECLARATIETERMIJNEN;

const PRESTATIEMAAND = parameter({
  naam: 'prestatiemaand',
  uitleg:
    'De maand waarin de zorg is geleverd: een datum in die maand (31-1-2023 of 2023-01-31), of de maand als tekst "1-2023" of "2023-01"',
  explanation:
    'The month in which the care was delivered: any date in that month (31-1-2023 or 2023-01-31), or the month as text "1-2023" or "2023-01"',
  lees: (w, n) => leesMaand(w, n),
});
const INDIENDATUM = parameter({
  naam: 'indiendatum',
  uitleg: 'Datum waarop de declaratie is ingediend',
  explanation: 'Date on which the declaration was submitted',
  lees: (w, n) => leesDatum(w, n),
});
const BEZETTE_DAGEN = parameter({
  naam: 'dagen',
  uitleg: 'Aantal bezette (bed)dagen in de periode',
  explanation: 'Number of occupied (bed) days in the period',
  lees: (w, n) => leesNietNegatief(w, n),
});
const PLEKKEN = parameter({
  naam: 'plekken',
  uitleg: 'Aantal (crisis)plekken; groter dan 0',
  explanation: 'Number of (crisis) places; greater than 0',
  lees: (w, n) => leesGetal(w, n),
});
const DAGEN_IN_PERIODE = parameter({
  naam: 'dagen_in_periode',
  uitleg: 'Aantal kalenderdagen in de periode, bijvoorbeeld 30 voor april',
  explanation: 'Number of calendar days in the period, e.g. 30 for April',
  lees: (w, n) => leesGetal(w, n),
});
const BEZETTINGEN = parameter({
  naam: 'bezettingen',
  uitleg:
    'Bezetting per maand in tijdsvolgorde (een rij of kolom). Lege cellen aan begin en eind tellen niet mee. Excel voor Windows kan lege cellen als 0 doorgeven: selecteer dan alleen de ingevulde maanden',
  explanation:
    'Occupancy per month in time order (a row or column). Empty cells at the start and end are ignored. Excel for Windows may pass empty cells as 0: then select only the filled months',
  bereik: true,
  lees: (w, n) => leesBezettingen(w, n),
});

const DATUMOPMAAK = 'De uitkomst is een Excel-datum: geef de cel de opmaak Datum.';

const DECLARATIEDEADLINE: WlzFunctie = {
  naam: 'DECLARATIEDEADLINE',
  beschrijving: `Uiterste indiendatum van de AW319-declaratie: de ${werkdag.tekst.replace(' (', ' van de maand na de prestatiemaand (')}. Werkdagen: maandag tot en met vrijdag, zonder nationale feestdagen. ${DATUMOPMAAK}`,
  description: `Last day to submit the AW319 declaration: ${werkdag.text.replace(' (', ' of the month after the service month (')}. Working days are Monday to Friday without Dutch national holidays. The result is an Excel date: format the cell as a date.`,
  parameters: [PRESTATIEMAAND],
  resultaat: 'datum',
  voorbeeld: { formule: '=WLZ.DECLARATIEDEADLINE("31-1-2023")', uitkomst: '23-2-2023' },
  bereken: ([prestatiemaand]) => naarSerienummer(declaratiedeadline(PRESTATIEMAAND.lees(prestatiemaand))),
};

const BETAALMAAND: WlzFunctie = {
  naam: 'BETAALMAAND',
  beschrijving: `Eerste dag van de maand waarin het voorschot op de zorg van de prestatiemaand wordt betaald: ${betaalvertraging.tekst.replace(' (', ' later (')}. ${DATUMOPMAAK}`,
  description: `First day of the month in which the advance for the service month is paid: ${betaalvertraging.text.replace(' (', ' later (')}. The result is an Excel date: format the cell as a date.`,
  parameters: [PRESTATIEMAAND],
  resultaat: 'datum',
  voorbeeld: { formule: '=WLZ.BETAALMAAND("31-1-2023")', uitkomst: '1-3-2023' },
  bereken: ([prestatiemaand]) => naarSerienummer(betaalmaand(PRESTATIEMAAND.lees(prestatiemaand))),
};

const TELAAT: WlzFunctie = {
  naam: 'TELAAT',
  beschrijving:
    'WAAR als de declaratie later is ingediend dan de laatste dag van de maanden na de prestatiemaand; zulke declaraties tellen niet mee in de verdeling van de contracteerruimte (Z&Z Inkoopkader 2022, §3.1.2).',
  description:
    'TRUE when the declaration was submitted after the last day of the given number of months after the service month; such declarations do not count in the redistribution (Z&Z Inkoopkader 2022, §3.1.2).',
  parameters: [PRESTATIEMAAND, INDIENDATUM, INDIENTERMIJN],
  resultaat: 'waarheid',
  voorbeeld: { formule: '=WLZ.TELAAT("31-1-2023"; "1-5-2023")', uitkomst: 'WAAR' },
  bereken: ([prestatiemaand, indiendatum, maanden]) =>
    teLaat(PRESTATIEMAAND.lees(prestatiemaand), INDIENDATUM.lees(indiendatum), INDIENTERMIJN.lees(maanden)),
};

const BEZETTING: WlzFunctie = {
  naam: 'BEZETTING',
  beschrijving:
    'Bezettingsgraad als fractie: bezette dagen / (plekken × dagen in de periode). Niet afgerond; boven 100% (overbezetting) is mogelijk.',
  description:
    'Occupancy rate as a fraction: occupied days / (places × days in the period). Not rounded; above 100% (over-occupancy) is possible.',
  parameters: [BEZETTE_DAGEN, PLEKKEN, DAGEN_IN_PERIODE],
  resultaat: 'getal',
  getalsoort: 'percentage',
  voorbeeld: { formule: '=WLZ.BEZETTING(36; 3; 30)', uitkomst: '40%' },
  bereken: ([dagen, plekken, dagenInPeriode]) =>
    alsGetal(bezetting(BEZETTE_DAGEN.lees(dagen), PLEKKEN.lees(plekken), DAGEN_IN_PERIODE.lees(dagenInPeriode))),
};

const CRISISSIGNAAL: WlzFunctie = {
  naam: 'CRISISSIGNAAL',
  beschrijving: `"onder" als de bezetting van de crisisplekken de laatste ${CRISISGRENZEN.maanden.waarde} aaneengesloten maanden onder ${CRISISGRENZEN.ondergrens.tekst.replace(/ \(.*/, '')} lag, "boven" als die boven ${CRISISGRENZEN.bovengrens.tekst.replace(/ \(.*/, '')} lag, anders leeg; dan treedt het zorgkantoor in overleg (${CRISISGRENZEN.ondergrens.bron}).`,
  description: `"onder" when crisis-place occupancy was below ${CRISISGRENZEN.ondergrens.text.replace(/ \(.*/, '')} in each of the last ${CRISISGRENZEN.maanden.waarde} consecutive months, "boven" when above ${CRISISGRENZEN.bovengrens.text.replace(/ \(.*/, '')}, else empty; the care office then starts talks (${CRISISGRENZEN.ondergrens.bron}).`,
  parameters: [BEZETTINGEN, ONDERGRENS, BOVENGRENS, SIGNAALMAANDEN],
  resultaat: 'tekst',
  voorbeeld: { formule: '=WLZ.CRISISSIGNAAL(B2:B4)', uitkomst: 'onder (met 35%, 30% en 38% in B2:B4)' },
  bereken: ([bezettingen, ondergrens, bovengrens, maanden]) =>
    crisissignaal(BEZETTINGEN.lees(bezettingen), ONDERGRENS.lees(ondergrens), BOVENGRENS.lees(bovengrens), SIGNAALMAANDEN.lees(maanden)),
};

export const kalenderFuncties: WlzFunctie[] = [DECLARATIEDEADLINE, BETAALMAAND, TELAAT, BEZETTING, CRISISSIGNAAL];
