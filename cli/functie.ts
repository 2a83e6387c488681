import { toonDatum, uitSerienummer } from '../core/datum';
import { WlzFout } from '../core/fout';
import { alleFuncties, roep, zoekFunctie, type WlzFunctie } from '../core/functies';
import { D, alsBedrag, alsPercentage } from '../core/geld';
import type { Argument, Uitkomst } from '../core/invoer';
import { GebruiksFout } from './opties';

// controleer and beleid have imported the usage error from here; it lives with the option parser now.
export { GebruiksFout };

/**
 * `wlz functie`: the custom functions outside Excel. Each answer is exactly what the custom function
 * returns or throws (docs/contract.md §7): {"waarde": …} or {"fout": "#VALUE!", "bericht": "…"}; a date, an amount
 * or a percentage also carries the text Excel would show, {"waarde": 44980, "tekst": "23-2-2023"}.
 */
export type Antwoord = { waarde: Uitkomst; tekst?: string } | { fout: string; bericht: string };

function isCel(waarde: unknown): boolean {
  return waarde === null || typeof waarde === 'number' || typeof waarde === 'string' || typeof waarde === 'boolean';
}

/** JSON value → Excel value: a number, text, boolean, null, or a rectangular 2-D array of those. */
export function leesJsonArgument(json: unknown, plek: string): Argument {
  if (isCel(json)) return json as Argument;
  if (Array.isArray(json) && json.length > 0 && json.every((rij) => Array.isArray(rij) && rij.every(isCel))) {
    return json as Argument;
  }
  throw new GebruiksFout(`${plek}: verwacht een getal, tekst, true/false, null of een 2-D array zoals [[1],[2]]`);
}

/**
 * One command-line argument as a shell user types it (docs/contract.md §7): valid JSON is read as JSON (191.6, true,
 * null, [[1],[2]], "CZ"); anything else is text, so CZ, 191,60, 95,8% and 31-1-2023 work unquoted and
 * the core reads the Dutch number or date in it as it always does.
 */
export function leesArgument(tekst: string, plek: string): Argument {
  let json: unknown;
  try {
    json = JSON.parse(tekst);
  } catch {
    return tekst;
  }
  return leesJsonArgument(json, plek);
}

/*
 * The text beside a number. Amounts and percentages from the functions are short decimals, so their
 * digits are taken from the number's own shortest notation (exact, and fast enough for --batch); any
 * other notation (1e-7, more decimals than cents) goes through the core's Decimal formatting.
 */
const KORT = /^(-?)(\d+)(?:\.(\d+))?$/;
const duizendtallen = (cijfers: string) => cijfers.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

function bedragTekst(getal: number): string {
  const centen = Math.round(getal * 100);
  // Exactly whole cents (the shortest notation has at most two decimals): integer arithmetic suffices.
  if (centen / 100 !== getal || !Number.isSafeInteger(centen)) return alsBedrag(new D(getal));
  const euro = Math.trunc(Math.abs(centen) / 100);
  const rest = Math.abs(centen) % 100;
  return `${centen < 0 ? '-' : ''}€ ${euro < 1000 ? euro : duizendtallen(String(euro))},${rest < 10 ? '0' : ''}${rest}`;
}

function percentageTekst(getal: number): string {
  const m = KORT.exec(String(getal));
  if (!m) return alsPercentage(new D(getal));
  const decimalen = m[3] ?? '';
  const geheel = `${m[2]}${decimalen.slice(0, 2).padEnd(2, '0')}`.replace(/^0+(?=\d)/, '');
  return `${m[1]}${geheel},${decimalen.slice(2) || '0'}%`;
}

/** The readable text of a result, from the kind the function table declares; undefined for plain values. */
export function alsTekst(functie: WlzFunctie, waarde: Uitkomst): string | undefined {
  if (typeof waarde !== 'number') return undefined;
  if (functie.resultaat === 'datum') return toonDatum(uitSerienummer(waarde, `uitkomst van WLZ.${functie.naam}`));
  if (functie.getalsoort === 'bedrag') return bedragTekst(waarde);
  if (functie.getalsoort === 'percentage') return percentageTekst(waarde);
  return undefined;
}

/** The function named `naam`; an unknown name is a usage error listing the known ones. */
export function functieMetNaam(naam: string): WlzFunctie {
  const functie = zoekFunctie(naam);
  if (!functie) throw new GebruiksFout(`onbekende functie "${naam}"; bekend zijn: ${alleFuncties.map((f) => f.naam).join(', ')}`);
  return functie;
}

/** Calls function `naam`; an unknown name is a usage error, any WlzFout becomes the error answer. */
export function beantwoord(naam: string, args: Argument[]): Antwoord {
  const functie = functieMetNaam(naam);
  try {
    const waarde = roep(functie, args);
    const tekst = alsTekst(functie, waarde);
    return tekst === undefined ? { waarde } : { waarde, tekst };
  } catch (fout) {
    if (fout instanceof WlzFout) return { fout: fout.code, bericht: fout.bericht };
    throw fout;
  }
}

const REGELVORM = 'verwacht een JSON-array ["NAAM", argument, …], bijvoorbeeld ["TARIEF", 191.6, 10, 5, "95,8%"]';

/** One batch line `["NAAM", arg, …]` → its answer; a bad line answers with a usage error of its own. */
export function beantwoordRegel(regel: string, nummer: number): Antwoord {
  const plek = `regel ${nummer}`;
  try {
    if (regel.trim() === '') throw new GebruiksFout(`${plek} is leeg; ${REGELVORM}`);
    let json: unknown;
    try {
      json = JSON.parse(regel);
    } catch {
      throw new GebruiksFout(`${plek} is geen geldige JSON: ${regel.length > 60 ? `${regel.slice(0, 60)}…` : regel}; ${REGELVORM}`);
    }
    if (!Array.isArray(json) || typeof json[0] !== 'string') throw new GebruiksFout(`${plek}: ${REGELVORM}`);
    const args = json.slice(1).map((a, i) => leesJsonArgument(a, `${plek}, argument ${i + 1}`));
    return beantwoord(json[0], args);
  } catch (fout) {
    if (fout instanceof GebruiksFout) return { fout: 'gebruik', bericht: fout.message };
    throw fout;
  }
}

const SOORT_TEKST: Record<WlzFunctie['resultaat'], string> = {
  getal: 'een getal',
  tekst: 'een tekst',
  waarheid: 'WAAR of ONWAAR (true/false)',
  datum: 'een datum als Excel-serienummer, met "tekst" erbij (23-2-2023)',
  tabel: 'een tabel (een 2-D array)',
};

function uitkomstTekst(f: WlzFunctie): string {
  if (f.getalsoort === 'bedrag') return 'een bedrag in euro, met "tekst" erbij (€ 198,55)';
  if (f.getalsoort === 'percentage') return 'een percentage als breuk (0,958), met "tekst" erbij (95,8%)';
  return SOORT_TEKST[f.resultaat];
}

/** A shell word for an example argument: bare when the shell leaves it alone, else in single quotes. */
function schelwoord(tekst: string): string {
  return /^[\p{L}\p{N}_.,%+\-/=:@€]+$/u.test(tekst) ? tekst : `'${tekst.replace(/'/g, `'\\''`)}'`;
}

/**
 * The table's example as a `wlz functie` command, when it has only plain arguments (numbers, text,
 * empty); an example with an array constant or a cell reference has no command-line form.
 */
export function opdrachtVoorbeeld(f: WlzFunctie): string | undefined {
  const m = /^=WLZ\.[A-Z0-9]+\((.*)\)$/.exec(f.voorbeeld.formule);
  if (!m) return undefined;
  const delen = m[1] === '' ? [] : m[1].split(';').map((d) => d.trim());
  const woorden: string[] = [];
  for (const deel of delen) {
    const tekst = /^"([^"]*)"$/.exec(deel);
    if (tekst) woorden.push(schelwoord(tekst[1]));
    else if (deel === '') woorden.push("''");
    else if (/^-?[\d.,]+%?$/.test(deel)) woorden.push(deel);
    else return undefined;
  }
  return ['wlz functie', f.naam, ...woorden].join(' ');
}

function aanroep(f: WlzFunctie): string {
  return `WLZ.${f.naam}(${f.parameters.map((p) => (p.optioneel ? `[${p.naam}]` : p.naam)).join('; ')})`;
}

/** `wlz functie NAAM --help`: description, parameters with optional-ness and defaults, result, example. */
export function functiehulp(f: WlzFunctie): string {
  const breedte = Math.max(...f.parameters.map((p) => p.naam.length), 0);
  const parameters = f.parameters.map((p) => {
    const kenmerken = [p.optioneel ? 'optioneel' : 'verplicht', ...(p.bereik ? ['bereik'] : [])].join(', ');
    // parameter() wrote the default and its bron into the description ("…; standaard € 5.000 (bron).").
    return `  ${p.naam.padEnd(breedte)}  (${kenmerken}) ${p.beschrijving}`;
  });
  const opdracht = opdrachtVoorbeeld(f);
  return [
    aanroep(f),
    f.beschrijving,
    '',
    'Parameters:',
    ...(parameters.length ? parameters : ['  (geen)']),
    '',
    `Uitkomst: ${uitkomstTekst(f)}.`,
    `Voorbeeld: ${f.voorbeeld.formule} → ${f.voorbeeld.uitkomst}`,
    ...(opdracht ? [`Op de opdrachtregel: ${opdracht}`] : []),
    '',
    "Een lege optionele parameter neemt de standaardwaarde; geef dan '' of laat de parameters aan het eind weg.",
  ].join('\n');
}

/** `wlz functie --lijst`: every function with its parameters and example. */
export function functielijst(): string {
  return alleFuncties.map((f) => `${aanroep(f)}\n    ${f.beschrijving}\n    ${f.voorbeeld.formule} → ${f.voorbeeld.uitkomst}`).join('\n');
}
