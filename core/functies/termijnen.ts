import { BEZWAARTERMIJN_DAGEN, bezwaartermijn } from '../bezwaartermijn';
import { D } from '../geld';
import { leesDatum, naarSerienummer } from '../datum';
import { ongeldig } from '../fout';
import { enkeleCel, isLeeg, leesGeheel, leesTekst, type Argument } from '../invoer';
import { termijn } from '../termijn';
import { leesZorgkantoor } from '../zorgkantoor';
import type { WlzFunctie } from './soort';

/** The contracting calendar: thin adapters over core/termijn.ts and core/bezwaartermijn.ts. */

const DATUMOPMAAK = 'De uitkomst is een Excel-datum: geef de cel de opmaak Datum.';

/** A step number (12, "12") or words of the step's description ("budgetformulier"). */
function leesStap(waarde: Argument): number | string {
  const cel = enkeleCel(waarde, 'stap');
  if (isLeeg(cel)) throw ongeldig('stap ontbreekt');
  if (typeof cel === 'number') return leesGeheel(cel, 'stap', 1, 999);
  if (typeof cel === 'string') return cel;
  throw ongeldig(`stap moet een stapnummer of een woord uit de omschrijving zijn, geen ${cel ? 'WAAR' : 'ONWAAR'}`);
}

const TERMIJN: WlzFunctie = {
  naam: 'TERMIJN',
  beschrijving: `Datum van een stap uit het tijdpad van de inkoopprocedure van een zorgkantoor voor een overeenkomstjaar: Zilveren Kruis 2023 (ZK Aanvulling 2023, §6.1) en 2017 (ZK V&V 2017, §2.3), CZ 2023 (CZ GGZ 2023, §7.1 Tabel 1), Zorg en Zekerheid 2022 (Z&Z Inkoopkader 2022, §4.4 en §3.3). #N/B als de bron geen dag noemt of zichzelf tegenspreekt. ${DATUMOPMAAK}`,
  description:
    'Date of a step of the contracting timetable of a care office for a contract year: Zilveren Kruis 2023 and 2017, CZ 2023, Zorg en Zekerheid 2022. #N/A when the source names no day or contradicts itself. The result is an Excel date: format the cell as a date.',
  parameters: [
    {
      naam: 'zorgkantoor',
      beschrijving: 'Zorgkantoor, bijvoorbeeld "Zilveren Kruis" (of "ZK"), "CZ", "Z&Z".',
      description: 'Care office, e.g. "Zilveren Kruis" (or "ZK"), "CZ", "Z&Z".',
    },
    {
      naam: 'jaar',
      beschrijving: 'Het overeenkomstjaar van het tijdpad, bijvoorbeeld 2023 (de stappen vallen grotendeels in het jaar ervoor).',
      description: 'The contract year of the timetable, e.g. 2023 (most steps fall in the year before).',
    },
    {
      naam: 'stap',
      beschrijving:
        'Het stapnummer in het tijdpad, of woorden uit de omschrijving, bijvoorbeeld "hardheidsclausule" of "nacalculatie"; passen ze bij meer stappen, dan noemt de melding die stappen.',
      description:
        'The step number, or words from its description, e.g. "hardheidsclausule" or "nacalculatie"; words matching several steps list them.',
    },
  ],
  resultaat: 'datum',
  voorbeeld: { formule: '=WLZ.TERMIJN("ZK"; 2023; 12)', uitkomst: '31-10-2022' },
  bereken: ([zorgkantoor, jaar, stap]) =>
    naarSerienummer(
      termijn(leesZorgkantoor(leesTekst(zorgkantoor, 'zorgkantoor')), leesGeheel(jaar, 'jaar', 1900, 9999), leesStap(stap)).datum,
    ),
};

const BEZWAARTERMIJN_FUNCTIE: WlzFunctie = {
  naam: 'BEZWAARTERMIJN',
  beschrijving: `Laatste dag van een bezwaar- of kortgedingtermijn van een aantal kalenderdagen na de publicatie of beslissing: de termijn begint de dag erna (CZ GGZ 2023, §7.1 voetnoot bij Tabel 1; Z&Z Inkoopkader 2022, §4.5: 20 kalenderdagen). Valt de laatste dag in het weekend, dan schuift hij niet op. ${DATUMOPMAAK}`,
  description:
    'Last day of an objection or summary-proceedings term of a number of calendar days after the publication or decision: the term starts the day after (CZ GGZ 2023; Z&Z Inkoopkader 2022, §4.5: 20 calendar days). A last day on a weekend is not moved. The result is an Excel date: format the cell as a date.',
  parameters: [
    {
      naam: 'datum',
      beschrijving: 'Datum van de publicatie of beslissing waartegen bezwaar kan worden gemaakt.',
      description: 'Date of the publication or decision that can be objected to.',
    },
    {
      naam: 'dagen',
      beschrijving: 'Aantal kalenderdagen; standaard 20 (CZ GGZ 2023; Z&Z Inkoopkader 2022, §4.5).',
      description: 'Number of calendar days; default 20 (CZ GGZ 2023; Z&Z Inkoopkader 2022, §4.5).',
      optioneel: true,
    },
  ],
  resultaat: 'datum',
  voorbeeld: { formule: '=WLZ.BEZWAARTERMIJN("30-6-2022")', uitkomst: '20-7-2022' },
  bereken: ([datum, dagen]) =>
    naarSerienummer(
      bezwaartermijn(leesDatum(datum, 'datum'), leesGeheel(dagen, 'dagen', 1, 3650, { standaard: new D(BEZWAARTERMIJN_DAGEN) })),
    ),
};

export const termijnFuncties: WlzFunctie[] = [TERMIJN, BEZWAARTERMIJN_FUNCTIE];
