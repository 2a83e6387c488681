import { WlzFout } from '../core/fout';
import { alleFuncties, roep, zoekFunctie } from '../core/functies';
import type { Argument, Uitkomst } from '../core/invoer';

/**
 * `wlz functie`: the custom functions outside Excel. Each answer is exactly what the custom function
 * returns or throws (SPEC §7): {"waarde": …} or {"fout": "#VALUE!", "bericht": "…"}.
 */
export type Antwoord = { waarde: Uitkomst } | { fout: string; bericht: string };

/** A problem with the call itself (unknown function, bad JSON): exit code 2, not an Excel error. */
export class GebruiksFout extends Error {}

function isCel(waarde: unknown): boolean {
  return waarde === null || ['number', 'string', 'boolean'].includes(typeof waarde);
}

/** JSON argument → Excel value: a number, text, boolean, null, or a rectangular 2-D array of those. */
export function leesArgument(json: unknown, plek: string): Argument {
  if (isCel(json)) return json as Argument;
  if (Array.isArray(json) && json.length > 0 && json.every((rij) => Array.isArray(rij) && rij.every(isCel))) {
    return json as Argument;
  }
  throw new GebruiksFout(`${plek}: verwacht een getal, tekst, true/false, null of een 2-D array zoals [[1],[2]]`);
}

export function parseJson(tekst: string, plek: string): unknown {
  try {
    return JSON.parse(tekst);
  } catch {
    throw new GebruiksFout(`${plek} is geen geldige JSON: ${tekst.length > 60 ? `${tekst.slice(0, 60)}…` : tekst} (tekst tussen dubbele aanhalingstekens, bijvoorbeeld '"CZ"')`);
  }
}

/** Calls function `naam`; an unknown name is a usage error, any WlzFout becomes the error answer. */
export function beantwoord(naam: string, args: Argument[]): Antwoord {
  const functie = zoekFunctie(naam);
  if (!functie) throw new GebruiksFout(`onbekende functie "${naam}"; bekend zijn: ${alleFuncties.map((f) => f.naam).join(', ')}`);
  try {
    return { waarde: roep(functie, args) };
  } catch (fout) {
    if (fout instanceof WlzFout) return { fout: fout.code, bericht: fout.bericht };
    throw fout;
  }
}

/** One batch line `["NAAM", arg, …]` → its answer; a bad line answers with a usage error of its own. */
export function beantwoordRegel(regel: string, nummer: number): Antwoord {
  try {
    const plek = `regel ${nummer}`;
    const json = parseJson(regel, plek);
    if (!Array.isArray(json) || typeof json[0] !== 'string') {
      throw new GebruiksFout(`${plek}: verwacht een JSON-array ["NAAM", argument, …]`);
    }
    const args = json.slice(1).map((a, i) => leesArgument(a, `${plek}, argument ${i + 1}`));
    return beantwoord(json[0], args);
  } catch (fout) {
    if (fout instanceof GebruiksFout) return { fout: 'gebruik', bericht: fout.message };
    throw fout;
  }
}
