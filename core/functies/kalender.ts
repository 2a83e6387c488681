import { D } from '../geld';
import { BOVENGRENS, ONDERGRENS, SIGNAALMAANDEN, bezetting, crisissignaal, leesBezettingen } from '../bezetting';
import { leesDatum, leesMaand, naarSerienummer } from '../datum';
import { INDIENTERMIJN_MAANDEN, betaalmaand, declaratiedeadline, teLaat } from '../declaratie';
import { leesGeheel, leesGetal, leesNietNegatief, leesPercentage } from '../invoer';
import { alsGetal, type Parameter, type WlzFunctie } from './soort';

const PRESTATIEMAAND: Parameter = {
  naam: 'prestatiemaand',
  beschrijving: 'De maand waarin de zorg is geleverd: een datum in die maand (31-1-2023 of 2023-01-31), of de maand als tekst "1-2023" of "2023-01".',
  description: 'The month in which the care was delivered: any date in that month (31-1-2023 or 2023-01-31), or the month as text "1-2023" or "2023-01".',
};

const DATUMOPMAAK = 'De uitkomst is een Excel-datum: geef de cel de opmaak Datum.';

const DECLARATIEDEADLINE: WlzFunctie = {
  naam: 'DECLARATIEDEADLINE',
  beschrijving: `Uiterste indiendatum van de AW319-declaratie: de 17e werkdag van de maand na de prestatiemaand (Z&Z Inkoopkader 2022, §3.1). Werkdagen: maandag tot en met vrijdag zonder nationale feestdagen. ${DATUMOPMAAK}`,
  description: 'Last day to submit the AW319 declaration: the 17th working day of the month after the service month (Z&Z Inkoopkader 2022, §3.1). Working days are Monday to Friday without Dutch national holidays. The result is an Excel date: format the cell as a date.',
  parameters: [PRESTATIEMAAND],
  resultaat: 'datum',
  voorbeeld: { formule: '=WLZ.DECLARATIEDEADLINE("31-1-2023")', uitkomst: '23-2-2023' },
  bereken: ([prestatiemaand]) => naarSerienummer(declaratiedeadline(leesMaand(prestatiemaand, 'prestatiemaand'))),
};

const BETAALMAAND: WlzFunctie = {
  naam: 'BETAALMAAND',
  beschrijving: `Eerste dag van de maand waarin het voorschot op de zorg van de prestatiemaand wordt betaald: twee maanden later (Z&Z Inkoopkader 2022, §3.1). ${DATUMOPMAAK}`,
  description: 'First day of the month in which the advance for the service month is paid: two months later (Z&Z Inkoopkader 2022, §3.1). The result is an Excel date: format the cell as a date.',
  parameters: [PRESTATIEMAAND],
  resultaat: 'datum',
  voorbeeld: { formule: '=WLZ.BETAALMAAND("31-1-2023")', uitkomst: '1-3-2023' },
  bereken: ([prestatiemaand]) => naarSerienummer(betaalmaand(leesMaand(prestatiemaand, 'prestatiemaand'))),
};

const TELAAT: WlzFunctie = {
  naam: 'TELAAT',
  beschrijving: 'WAAR als de declaratie later is ingediend dan de laatste dag van de maanden na de prestatiemaand; zulke declaraties tellen niet mee in de verdeling van de contracteerruimte (Z&Z Inkoopkader 2022, §3.1.2).',
  description: 'TRUE when the declaration was submitted after the last day of the given number of months after the service month; such declarations do not count in the redistribution (Z&Z Inkoopkader 2022, §3.1.2).',
  parameters: [
    PRESTATIEMAAND,
    { naam: 'indiendatum', beschrijving: 'Datum waarop de declaratie is ingediend.', description: 'Date on which the declaration was submitted.' },
    {
      naam: 'maanden',
      beschrijving: 'Aantal hele maanden na de prestatiemaand waarin indienen op tijd is; standaard 3 (Z&Z Inkoopkader 2022, §3.1.2).',
      description: 'Number of whole months after the service month in which submission is on time; default 3 (Z&Z Inkoopkader 2022, §3.1.2).',
      optioneel: true,
    },
  ],
  resultaat: 'waarheid',
  voorbeeld: { formule: '=WLZ.TELAAT("31-1-2023"; "1-5-2023")', uitkomst: 'WAAR' },
  bereken: ([prestatiemaand, indiendatum, maanden]) =>
    teLaat(
      leesMaand(prestatiemaand, 'prestatiemaand'),
      leesDatum(indiendatum, 'indiendatum'),
      leesGeheel(maanden, 'maanden', 0, 120, { standaard: new D(INDIENTERMIJN_MAANDEN) }),
    ),
};

const BEZETTING: WlzFunctie = {
  naam: 'BEZETTING',
  beschrijving: 'Bezettingsgraad als fractie: bezette dagen / (plekken × dagen in de periode). Niet afgerond; boven 100% (overbezetting) is mogelijk.',
  description: 'Occupancy rate as a fraction: occupied days / (places × days in the period). Not rounded; above 100% (over-occupancy) is possible.',
  parameters: [
    { naam: 'dagen', beschrijving: 'Aantal bezette (bed)dagen in de periode.', description: 'Number of occupied (bed) days in the period.' },
    { naam: 'plekken', beschrijving: 'Aantal (crisis)plekken; groter dan 0.', description: 'Number of (crisis) places; greater than 0.' },
    { naam: 'dagen_in_periode', beschrijving: 'Aantal kalenderdagen in de periode, bijvoorbeeld 30 voor april.', description: 'Number of calendar days in the period, e.g. 30 for April.' },
  ],
  resultaat: 'getal',
  getalsoort: 'percentage',
  voorbeeld: { formule: '=WLZ.BEZETTING(36; 3; 30)', uitkomst: '40%' },
  bereken: ([dagen, plekken, dagenInPeriode]) =>
    alsGetal(
      bezetting(
        leesNietNegatief(dagen, 'dagen'),
        leesGetal(plekken, 'plekken'),
        leesGetal(dagenInPeriode, 'dagen_in_periode'),
      ),
    ),
};

const CRISISSIGNAAL: WlzFunctie = {
  naam: 'CRISISSIGNAAL',
  beschrijving:
    '"onder" als de bezetting van de crisisplekken de laatste 3 aaneengesloten maanden onder 40% lag, "boven" als die boven 60% lag, anders leeg; dan treedt het zorgkantoor in overleg (Z&Z Inkoopkader 2022, §3.3.1).',
  description:
    '"onder" when crisis-place occupancy was below 40% in each of the last 3 consecutive months, "boven" when above 60%, else empty; the care office then starts talks (Z&Z Inkoopkader 2022, §3.3.1).',
  parameters: [
    {
      naam: 'bezettingen',
      beschrijving: 'Bezetting per maand in tijdsvolgorde (een rij of kolom). Lege cellen aan begin en eind tellen niet mee. Excel voor Windows kan lege cellen als 0 doorgeven: selecteer dan alleen de ingevulde maanden.',
      description: 'Occupancy per month in time order (a row or column). Empty cells at the start and end are ignored. Excel for Windows may pass empty cells as 0: then select only the filled months.',
      bereik: true,
    },
    { naam: 'ondergrens', beschrijving: 'Ondergrens; standaard 40%.', description: 'Lower bound; default 40%.', optioneel: true },
    { naam: 'bovengrens', beschrijving: 'Bovengrens; standaard 60%.', description: 'Upper bound; default 60%.', optioneel: true },
    { naam: 'maanden', beschrijving: 'Aantal aaneengesloten maanden; standaard 3.', description: 'Number of consecutive months; default 3.', optioneel: true },
  ],
  resultaat: 'tekst',
  voorbeeld: { formule: '=WLZ.CRISISSIGNAAL(B2:B4)', uitkomst: 'onder (met 35%, 30% en 38% in B2:B4)' },
  bereken: ([bezettingen, ondergrens, bovengrens, maanden]) =>
    crisissignaal(
      leesBezettingen(bezettingen, 'bezettingen'),
      leesPercentage(ondergrens, 'ondergrens', { nulToegestaan: true, standaard: ONDERGRENS }),
      leesPercentage(bovengrens, 'bovengrens', { nulToegestaan: true, standaard: BOVENGRENS }),
      leesGeheel(maanden, 'maanden', 1, 120, { standaard: new D(SIGNAALMAANDEN) }),
    ),
};

export const kalenderFuncties: WlzFunctie[] = [DECLARATIEDEADLINE, BETAALMAAND, TELAAT, BEZETTING, CRISISSIGNAAL];
