import { ongeldig } from '../fout';
import { herschik, kiesVolgorde, type Aanvraag } from '../herschikking';
import { celAlsGetal, celNaam, controleerZelfdeVorm, isLeeg, leesBereik, leesNietNegatief, leesTekst, type Argument } from '../invoer';
import { nacalculatie } from '../nacalculatie';
import { leesPrestatiesoort } from '../prestatiesoort';
import { alsGetal, type WlzFunctie } from './soort';

/** Settlement and herschikking: thin adapters over core/nacalculatie.ts and core/herschikking.ts. */

const NACALCULATIE: WlzFunctie = {
  naam: 'NACALCULATIE',
  beschrijving:
    'Afrekening bij de nacalculatie: min(realisatie; laatste productieafspraak) − betaalde voorschotten, afgerond op centen. Positief = nabetaling, negatief = terugvordering; geen drempel van € 5.000 (CZ GGZ 2023, Bijlage 1; Z&Z Inkoopkader 2022, §3.1).',
  description:
    'Year-end settlement: min(realisation, last production agreement) − advances paid, rounded to cents. Positive = additional payment, negative = recovery; no € 5,000 threshold (CZ GGZ 2023, Annex 1; Z&Z Inkoopkader 2022, §3.1).',
  parameters: [
    {
      naam: 'realisatie',
      beschrijving: 'Gerealiseerde (vastgestelde) productie over het jaar (euro).',
      description: 'Realised (established) production over the year (euro).',
    },
    {
      naam: 'afspraak',
      beschrijving: 'Laatste (herschikte) productieafspraak voor het jaar (euro).',
      description: 'Last (rescheduled) production agreement for the year (euro).',
    },
    { naam: 'betaald', beschrijving: 'Over het jaar betaalde voorschotten (euro).', description: 'Advances paid over the year (euro).' },
  ],
  resultaat: 'getal',
  getalsoort: 'bedrag',
  voorbeeld: { formule: '=WLZ.NACALCULATIE(1234567,89; 1200000; 1250000)', uitkomst: '-50.000,00' },
  bereken: ([realisatie, afspraak, betaald]) =>
    alsGetal(
      nacalculatie(
        leesNietNegatief(realisatie, 'realisatie'),
        leesNietNegatief(afspraak, 'afspraak'),
        leesNietNegatief(betaald, 'betaald'),
      ),
    ),
};

/**
 * One request per cell of `aanvragen`, its soort in the cell beside it in `soorten`. An empty request
 * cell is no request (result ""); a request of 0 needs no soort (result 0).
 */
function leesAanvragen(aanvragen: Argument, soorten: Argument): { rijen: Array<Aanvraag | undefined>; nul: Set<number> } {
  const bedragen = leesBereik(aanvragen, 'aanvragen');
  const soortBereik = leesBereik(soorten, 'soorten');
  controleerZelfdeVorm(bedragen, 'aanvragen', soortBereik, 'soorten');
  const rijen: Array<Aanvraag | undefined> = [];
  const nul = new Set<number>();
  bedragen.forEach((rij, r) =>
    rij.forEach((cel, k) => {
      const i = r * rij.length + k;
      if (isLeeg(cel)) {
        rijen.push(undefined);
        return;
      }
      const bedrag = celAlsGetal(cel, celNaam('aanvragen', i));
      if (bedrag.isNegative()) throw ongeldig(`${celNaam('aanvragen', i)} mag niet negatief zijn (${bedrag.toString().replace('.', ',')})`);
      const soortCel = soortBereik[r][k];
      if (bedrag.isZero() && isLeeg(soortCel)) {
        nul.add(i);
        rijen.push(undefined);
        return;
      }
      rijen.push({ bedrag, soort: leesPrestatiesoort(soortCel, celNaam('soorten', i)) });
    }),
  );
  if (rijen.every((a) => a === undefined) && nul.size === 0) throw ongeldig('aanvragen ontbreekt');
  return { rijen, nul };
}

const HERSCHIKKING: WlzFunctie = {
  naam: 'HERSCHIKKING',
  beschrijving:
    'Verdeelt een beperkte ruimte over groeiaanvragen bij de herschikking per voorrangsklasse: binnen een klasse naar rato, in hele centen (resterende centen naar de grootste rest). Totaal precies min(ruimte; Σ aanvragen). Uitkomst: het bedrag per aanvraag.',
  description:
    'Shares a limited budget over growth requests at herschikking by priority class: pro rata within a class, in whole cents (leftover cents to the largest remainder). Total exactly min(budget, Σ requests). Returns the amount granted per request.',
  parameters: [
    {
      naam: 'aanvragen',
      beschrijving: 'Gevraagd bedrag per aanvraag (euro, op centen afgerond); een lege cel is geen aanvraag.',
      description: 'Amount requested per request (euro, rounded to cents); an empty cell is no request.',
      bereik: true,
    },
    {
      naam: 'soorten',
      beschrijving: 'Soort per aanvraag (ZZP, VPT, MPT, DTV, logeren, toeslag, meerzorg), even groot als aanvragen.',
      description: 'Kind per request (ZZP, VPT, MPT, DTV, logeren, toeslag, meerzorg), same size as the requests.',
      bereik: true,
    },
    { naam: 'ruimte', beschrijving: 'Beschikbare ruimte (euro).', description: 'Available budget (euro).' },
    {
      naam: 'volgorde',
      beschrijving:
        'Optioneel: de voorrang als tekst, "MPT > VPT > ZZP" ("," voor soorten in één klasse), of een zorgkantoor met gepubliceerde volgorde: "Z&Z", "CZ", "ZK". Niet genoemde soorten vormen de laatste klasse; leeg = één klasse.',
      description:
        'Optional: the priority as text, "MPT > VPT > ZZP" ("," for kinds in one class), or a care office with a published order: "Z&Z", "CZ", "ZK". Kinds not named form the last class; empty = one class.',
      optioneel: true,
    },
  ],
  resultaat: 'tabel',
  voorbeeld: {
    formule: '=WLZ.HERSCHIKKING({60000;30000;50000}; {"MPT";"VPT";"ZZP"}; 100000; "Z&Z")',
    uitkomst: 'een kolom: 60.000,00; 30.000,00; 10.000,00',
  },
  bereken: ([aanvragen, soorten, ruimte, volgorde]) => {
    const { rijen, nul } = leesAanvragen(aanvragen, soorten);
    const gekozen = kiesVolgorde(isLeeg(volgorde) ? undefined : leesTekst(volgorde, 'volgorde'));
    const toegekend = herschik(rijen, leesNietNegatief(ruimte, 'ruimte'), gekozen);
    const vorm = leesBereik(aanvragen, 'aanvragen');
    const breedte = vorm[0].length;
    const cel = (i: number) => {
      const bedrag = toegekend[i];
      if (bedrag !== undefined) return alsGetal(bedrag);
      return nul.has(i) ? 0 : '';
    };
    return vorm.map((rij, r) => rij.map((_, k) => cel(r * breedte + k)));
  },
};

export const afrekeningFuncties: WlzFunctie[] = [NACALCULATIE, HERSCHIKKING];
