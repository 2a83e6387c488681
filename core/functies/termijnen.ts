import { BEZWAARTERMIJN_DAGEN, bezwaartermijn } from '../bezwaartermijn';
import { D } from '../geld';
import { leesDatum, naarSerienummer } from '../datum';
import { ongeldig } from '../fout';
import { enkeleCel, isLeeg, leesGeheel, leesTekst, type Argument } from '../invoer';
import { termijn } from '../termijn';
import { leesZorgkantoor } from '../zorgkantoor';
import { bezwaartermijnen } from '../beleid/termijnen';
import { parameter, type WlzFunctie } from './soort';

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

const ZORGKANTOOR = parameter({
  naam: 'zorgkantoor',
  uitleg: 'Zorgkantoor, bijvoorbeeld "Zilveren Kruis" (of "ZK"), "CZ", "Z&Z"',
  explanation: 'Care office, e.g. "Zilveren Kruis" (or "ZK"), "CZ", "Z&Z"',
  lees: (w, n) => leesZorgkantoor(leesTekst(w, n)),
});
const JAAR = parameter({
  naam: 'jaar',
  uitleg: 'Het overeenkomstjaar van het tijdpad, bijvoorbeeld 2023 (de stappen vallen grotendeels in het jaar ervoor)',
  explanation: 'The contract year of the timetable, e.g. 2023 (most steps fall in the year before)',
  lees: (w, n) => leesGeheel(w, n, 1900, 9999),
});
const STAP = parameter({
  naam: 'stap',
  uitleg:
    'Het stapnummer in het tijdpad, of woorden uit de omschrijving, bijvoorbeeld "hardheidsclausule" of "nacalculatie"; passen ze bij meer stappen, dan noemt de melding die stappen',
  explanation:
    'The step number, or words from its description, e.g. "hardheidsclausule" or "nacalculatie"; words matching several steps list them',
  lees: (w) => leesStap(w),
});

const TERMIJN: WlzFunctie = {
  naam: 'TERMIJN',
  beschrijving: `Datum van een stap uit het tijdpad van de inkoopprocedure voor een overeenkomstjaar (ZK 2017 en 2023, CZ 2023, Z&Z 2022). #N/B als de bron geen dag noemt of zichzelf tegenspreekt. ${DATUMOPMAAK}`,
  description:
    'Date of a step of the contracting timetable of a care office for a contract year (ZK 2017 and 2023, CZ 2023, Z&Z 2022). #N/A when the source names no day or contradicts itself. The result is an Excel date: format the cell as a date.',
  parameters: [ZORGKANTOOR, JAAR, STAP],
  resultaat: 'datum',
  voorbeeld: { formule: '=WLZ.TERMIJN("ZK"; 2023; 12)', uitkomst: '31-10-2022' },
  bereken: ([zorgkantoor, jaar, stap]) => naarSerienummer(termijn(ZORGKANTOOR.lees(zorgkantoor), JAAR.lees(jaar), STAP.lees(stap)).datum),
};

/** The 20 kalenderdagen both sources publish (decision 16), with their bron. */
const DAGEN = parameter({
  naam: 'dagen',
  uitleg: 'Aantal kalenderdagen',
  explanation: 'Number of calendar days',
  standaard: (() => {
    const bron = bezwaartermijnen.map((t) => `${t.bron.titel}, ${t.bron.sectie}`).join('; ');
    return {
      waarde: new D(BEZWAARTERMIJN_DAGEN),
      bron,
      tekst: `${BEZWAARTERMIJN_DAGEN} (${bron})`,
      text: `${BEZWAARTERMIJN_DAGEN} (${bron})`,
    };
  })(),
  lees: (waarde, naam, standaard) => leesGeheel(waarde, naam, 1, 3650, { standaard }),
});

const DATUM = parameter({
  naam: 'datum',
  uitleg: 'Datum van de publicatie of beslissing waartegen bezwaar kan worden gemaakt',
  explanation: 'Date of the publication or decision that can be objected to',
  lees: (w, n) => leesDatum(w, n),
});

const BEZWAARTERMIJN_FUNCTIE: WlzFunctie = {
  naam: 'BEZWAARTERMIJN',
  beschrijving: `Laatste dag van een bezwaar- of kortgedingtermijn van een aantal kalenderdagen na een publicatie of beslissing; de termijn begint de dag erna. Een laatste dag in het weekend schuift niet op. ${DATUMOPMAAK}`,
  description:
    'Last day of an objection or summary-proceedings term of a number of calendar days after the publication or decision; the term starts the day after. A last day on a weekend is not moved. The result is an Excel date: format the cell as a date.',
  parameters: [DATUM, DAGEN],
  resultaat: 'datum',
  voorbeeld: { formule: '=WLZ.BEZWAARTERMIJN("30-6-2022")', uitkomst: '20-7-2022' },
  bereken: ([datum, dagen]) => naarSerienummer(bezwaartermijn(DATUM.lees(datum), DAGEN.lees(dagen))),
};

export const termijnFuncties: WlzFunctie[] = [TERMIJN, BEZWAARTERMIJN_FUNCTIE];
