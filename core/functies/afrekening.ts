import { ongeldig } from '../fout';
import { herschik, kiesVolgorde, type Aanvraag } from '../herschikking';
import { celAlsGetal, celNaam, controleerZelfdeVorm, isLeeg, leesBereik, leesTekst, type Bereik } from '../invoer';
import { nacalculatie } from '../nacalculatie';
import { leesPrestatiesoort } from '../prestatiesoort';
import { bedrag } from './betalingen';
import { alsGetal, parameter, type WlzFunctie } from './soort';

/** Settlement and herschikking: thin adapters over core/nacalculatie.ts and core/herschikking.ts. */

const JAARREALISATIE = bedrag(
  'realisatie',
  'Gerealiseerde (vastgestelde) productie over het jaar (euro)',
  'Realised (established) production over the year (euro)',
);
const LAATSTE_AFSPRAAK = bedrag(
  'afspraak',
  'Laatste (herschikte) productieafspraak voor het jaar (euro)',
  'Last (rescheduled) production agreement for the year (euro)',
);
const BETAALDE_VOORSCHOTTEN = bedrag('betaald', 'Over het jaar betaalde voorschotten (euro)', 'Advances paid over the year (euro)');

const NACALCULATIE: WlzFunctie = {
  naam: 'NACALCULATIE',
  beschrijving:
    'Afrekening bij de nacalculatie: min(realisatie; laatste productieafspraak) − betaalde voorschotten, afgerond op centen. Positief = nabetaling, negatief = terugvordering; geen drempel van € 5.000 (CZ GGZ 2023, Bijlage 1; Z&Z Inkoopkader 2022, §3.1).',
  description:
    'Year-end settlement: min(realisation, last production agreement) − advances paid, rounded to cents. Positive = additional payment, negative = recovery; no € 5,000 threshold (CZ GGZ 2023, Annex 1; Z&Z Inkoopkader 2022, §3.1).',
  parameters: [JAARREALISATIE, LAATSTE_AFSPRAAK, BETAALDE_VOORSCHOTTEN],
  resultaat: 'getal',
  getalsoort: 'bedrag',
  voorbeeld: { formule: '=WLZ.NACALCULATIE(1234567,89; 1200000; 1250000)', uitkomst: '-50.000,00' },
  bereken: ([realisatie, afspraak, betaald]) =>
    alsGetal(nacalculatie(JAARREALISATIE.lees(realisatie), LAATSTE_AFSPRAAK.lees(afspraak), BETAALDE_VOORSCHOTTEN.lees(betaald))),
};

// Each lees takes only the range: leesAanvragen reads the cells with the soort beside them, once both
// shapes are known to match, so a mismatch is reported before any cell.
const AANVRAGEN = parameter({
  naam: 'aanvragen',
  uitleg: 'Gevraagd bedrag per aanvraag (euro, op centen afgerond); een lege cel is geen aanvraag',
  explanation: 'Amount requested per request (euro, rounded to cents); an empty cell is no request',
  bereik: true,
  lees: (w, n) => leesBereik(w, n),
});
const SOORTEN = parameter({
  naam: 'soorten',
  uitleg: 'Soort per aanvraag (ZZP, VPT, MPT, DTV, logeren, toeslag, meerzorg), even groot als aanvragen',
  explanation: 'Kind per request (ZZP, VPT, MPT, DTV, logeren, toeslag, meerzorg), same size as the requests',
  bereik: true,
  lees: (w, n) => leesBereik(w, n),
});
const RUIMTE = bedrag('ruimte', 'Beschikbare ruimte (euro)', 'Available budget (euro)');
const VOLGORDE = parameter({
  naam: 'volgorde',
  uitleg:
    'Optioneel: de voorrang als tekst, "MPT > VPT > ZZP" ("," voor soorten in één klasse), of een zorgkantoor met gepubliceerde volgorde: "Z&Z", "CZ", "ZK". Niet genoemde soorten vormen de laatste klasse; leeg = één klasse',
  explanation:
    'Optional: the priority as text, "MPT > VPT > ZZP" ("," for kinds in one class), or a care office with a published order: "Z&Z", "CZ", "ZK". Kinds not named form the last class; empty = one class',
  optioneel: true,
  lees: (w, n) => kiesVolgorde(isLeeg(w) ? undefined : leesTekst(w, n)),
});

/**
 * One request per cell of `aanvragen`, its soort in the cell beside it in `soorten`. An empty request
 * cell is no request (result ""); a request of 0 needs no soort (result 0).
 */
function leesAanvragen(bedragen: Bereik, soortBereik: Bereik): { rijen: Array<Aanvraag | undefined>; nul: Set<number> } {
  controleerZelfdeVorm(bedragen, AANVRAGEN.naam, soortBereik, SOORTEN.naam);
  const rijen: Array<Aanvraag | undefined> = [];
  const nul = new Set<number>();
  bedragen.forEach((rij, r) =>
    rij.forEach((cel, k) => {
      const i = r * rij.length + k;
      if (isLeeg(cel)) {
        rijen.push(undefined);
        return;
      }
      const gevraagd = celAlsGetal(cel, celNaam(AANVRAGEN.naam, i));
      if (gevraagd.isNegative())
        throw ongeldig(`${celNaam(AANVRAGEN.naam, i)} mag niet negatief zijn (${gevraagd.toString().replace('.', ',')})`);
      const soortCel = soortBereik[r][k];
      if (gevraagd.isZero() && isLeeg(soortCel)) {
        nul.add(i);
        rijen.push(undefined);
        return;
      }
      rijen.push({ bedrag: gevraagd, soort: leesPrestatiesoort(soortCel, celNaam(SOORTEN.naam, i)) });
    }),
  );
  if (rijen.every((a) => a === undefined) && nul.size === 0) throw ongeldig(`${AANVRAGEN.naam} ontbreekt`);
  return { rijen, nul };
}

const HERSCHIKKING: WlzFunctie = {
  naam: 'HERSCHIKKING',
  beschrijving:
    'Verdeelt een beperkte ruimte over groeiaanvragen bij de herschikking per voorrangsklasse: binnen een klasse naar rato, in hele centen (resterende centen naar de grootste rest). Totaal precies min(ruimte; Σ aanvragen). Uitkomst: het bedrag per aanvraag.',
  description:
    'Shares a limited budget over growth requests at herschikking by priority class: pro rata within a class, in whole cents (leftover cents to the largest remainder). Total exactly min(budget, Σ requests). Returns the amount granted per request.',
  parameters: [AANVRAGEN, SOORTEN, RUIMTE, VOLGORDE],
  resultaat: 'tabel',
  voorbeeld: {
    formule: '=WLZ.HERSCHIKKING({60000;30000;50000}; {"MPT";"VPT";"ZZP"}; 100000; "Z&Z")',
    uitkomst: 'een kolom: 60.000,00; 30.000,00; 10.000,00',
  },
  bereken: ([aanvragen, soorten, ruimte, volgorde]) => {
    const vorm = AANVRAGEN.lees(aanvragen);
    const { rijen, nul } = leesAanvragen(vorm, SOORTEN.lees(soorten));
    const gekozen = VOLGORDE.lees(volgorde);
    const toegekend = herschik(rijen, RUIMTE.lees(ruimte), gekozen);
    const breedte = vorm[0].length;
    const cel = (i: number) => {
      const toegewezen = toegekend[i];
      if (toegewezen !== undefined) return alsGetal(toegewezen);
      return nul.has(i) ? 0 : '';
    };
    return vorm.map((rij, r) => rij.map((_, k) => cel(r * breedte + k)));
  },
};

export const afrekeningFuncties: WlzFunctie[] = [NACALCULATIE, HERSCHIKKING];
