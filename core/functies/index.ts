import { WlzFout, ongeldig } from '../fout';
import type { Argument, Uitkomst } from '../invoer';
import { afrekeningFuncties } from './afrekening';
import { beleidFuncties } from './tariefbeleid';
import { betalingenFuncties } from './betalingen';
import { controleFuncties } from './controle';
import { kalenderFuncties } from './kalender';
import type { Aanroep, WlzFunctie } from './soort';
import { termijnFuncties } from './termijnen';
import { tariefFuncties } from './tarief';
import { volumeFuncties } from './volume';

export type { Aanroep, Getalsoort, WlzFunctie, Parameter, Resultaatsoort } from './soort';

/** docs/contract.md §4's order, which the function list, the metadata and the reference follow. */
const VOLGORDE = [
  'TARIEF',
  'TARIEFPERCENTAGE',
  'RICHTTARIEF',
  'BRON',
  'VERGELIJK',
  'OPSLAGTARIEF',
  'GEWOGENGEMIDDELDE',
  'FLANKEREND',
  'VOLUMEBOD',
  'OMZET',
  'STIMULERINGSBUDGET',
  'COMFORTVOLUME',
  'EXTRAPOLEER',
  'RESERVERING',
  'BEHANDELINGPLAFOND',
  'VOORSCHOTBASIS',
  'BETAALMUTATIE',
  'BETAALSCHEMA',
  'NIEUWEAANBIEDER',
  'AW319VOORSCHOT',
  'DECLARATIEDEADLINE',
  'BETAALMAAND',
  'TELAAT',
  'BEZETTING',
  'CRISISSIGNAAL',
  'NACALCULATIE',
  'HERSCHIKKING',
  'TERMIJN',
  'BEZWAARTERMIJN',
  'CONTROLEER',
];

const rang = (f: WlzFunctie) => {
  const i = VOLGORDE.indexOf(f.naam);
  return i === -1 ? VOLGORDE.length : i;
};

/** Every WLZ function, in the order of docs/contract.md §4. */
export const alleFuncties: readonly WlzFunctie[] = [
  ...tariefFuncties,
  ...beleidFuncties,
  ...volumeFuncties,
  ...betalingenFuncties,
  ...kalenderFuncties,
  ...afrekeningFuncties,
  ...termijnFuncties,
  ...controleFuncties,
].sort((a, b) => rang(a) - rang(b));

const opNaam = new Map(alleFuncties.map((f) => [f.naam, f]));

/** "tarief", "WLZ.Tarief" and "TARIEF" all find WLZ.TARIEF; unknown names give undefined. */
export function zoekFunctie(naam: string): WlzFunctie | undefined {
  // The exact name first: Excel calls with it thousands of times per recalculation.
  return (
    opNaam.get(naam) ??
    opNaam.get(
      naam
        .trim()
        .toUpperCase()
        .replace(/^WLZ\./, ''),
    )
  );
}

/**
 * Calls a WLZ function with Excel values. Whatever happens inside, the caller gets a valid Excel
 * value or a WlzFout (docs/contract.md §1 "errors": never another exception, never NaN, Infinity or null).
 */
export function roep(functie: WlzFunctie, args: Argument[], aanroep?: Aanroep): Uitkomst {
  if (args.length > functie.parameters.length) {
    throw ongeldig(`WLZ.${functie.naam} heeft hoogstens ${functie.parameters.length} argumenten, niet ${args.length}`);
  }
  let uitkomst: Uitkomst;
  try {
    uitkomst = functie.bereken(args, aanroep);
  } catch (fout) {
    if (fout instanceof WlzFout) throw fout;
    // A bug of ours, never the user's: still an Excel error, but recognisably internal.
    throw ongeldig(`interne fout in WLZ.${functie.naam}: ${fout instanceof Error ? fout.message : String(fout)}`);
  }
  return bewaak(functie, uitkomst);
}

function bewaak(functie: WlzFunctie, uitkomst: Uitkomst): Uitkomst {
  const cel = (waarde: unknown): number | string | boolean => {
    if (waarde === null || waarde === undefined) return '';
    if (typeof waarde === 'number') {
      if (!Number.isFinite(waarde)) throw ongeldig(`interne fout in WLZ.${functie.naam}: uitkomst is geen eindig getal`);
      return Object.is(waarde, -0) ? 0 : waarde;
    }
    if (typeof waarde === 'string' || typeof waarde === 'boolean') return waarde;
    throw ongeldig(`interne fout in WLZ.${functie.naam}: onbekende uitkomst`);
  };
  return Array.isArray(uitkomst) ? uitkomst.map((rij) => rij.map(cel)) : cel(uitkomst);
}
