/**
 * The one option parser of `wlz` (docs/contract.md §7): every command declares its options, and all read them
 * the same way — `--naam waarde` or `--naam=waarde`, flags without a value, `--` ends the options
 * (what follows is plain arguments, even when it starts with `--`), `-h` is `--help`. A single dash
 * does not start an option, so `-5` stays a number. Anything else is a usage error naming the command.
 */

/** A problem with the call itself (unknown option, missing value, unknown function): exit code 2. */
export class GebruiksFout extends Error {}

/** An option takes a value (`--jaar 2024`) or is a flag (`--json`). */
export type Optiesoort = 'waarde' | 'vlag';

export type GelezenOpties<S extends Record<string, Optiesoort>> = { [K in keyof S]?: S[K] extends 'vlag' ? true : string };

export interface Opdrachtregel<S extends Record<string, Optiesoort>> {
  opties: GelezenOpties<S>;
  /** The plain arguments in their order (paths, a function name and its arguments). */
  argumenten: string[];
}

/** "--jaar, --zorgkantoor en --sector". */
function opsomming(namen: string[]): string {
  const met = namen.map((n) => `--${n}`);
  return met.length > 1 ? `${met.slice(0, -1).join(', ')} en ${met[met.length - 1]}` : (met[0] ?? 'geen');
}

/**
 * Reads `args` (after the command word) by the declared `soorten`. `opdracht` ("wlz beleid") opens every
 * message; with `argumenten: false` a plain argument is a usage error.
 */
export function leesOpties<S extends Record<string, Optiesoort>>(
  args: readonly string[],
  opdracht: string,
  soorten: S,
  { argumenten: argumentenToegestaan = true } = {},
): Opdrachtregel<S> {
  const opties: Record<string, string | true> = {};
  const argumenten: string[] = [];
  let klaar = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (klaar || !(arg.startsWith('--') || (arg === '-h' && 'help' in soorten))) {
      if (!argumentenToegestaan) throw new GebruiksFout(`${opdracht}: onverwacht argument "${arg}"`);
      argumenten.push(arg);
      continue;
    }
    if (arg === '--') {
      klaar = true;
      continue;
    }
    const is = arg.indexOf('=');
    const naam = arg === '-h' ? 'help' : arg.slice(2, is === -1 ? undefined : is);
    const soort = Object.prototype.hasOwnProperty.call(soorten, naam) ? soorten[naam] : undefined;
    if (soort === undefined)
      throw new GebruiksFout(
        `${opdracht}: onbekende optie ${is === -1 ? arg : arg.slice(0, is)}; bekend zijn ${opsomming(Object.keys(soorten))}`,
      );
    if (naam in opties) throw new GebruiksFout(`${opdracht}: --${naam} staat er twee keer`);
    if (soort === 'vlag') {
      if (is !== -1) throw new GebruiksFout(`${opdracht}: --${naam} neemt geen waarde`);
      opties[naam] = true;
      continue;
    }
    let waarde = is === -1 ? undefined : arg.slice(is + 1);
    if (waarde === undefined) {
      waarde = args[i + 1];
      // "--jaar --json": the value was forgotten, rather than "--json" being the year.
      if (waarde === undefined || waarde.startsWith('--')) throw new GebruiksFout(`${opdracht}: --${naam} heeft een waarde nodig`);
      i += 1;
    }
    if (waarde.trim() === '') throw new GebruiksFout(`${opdracht}: --${naam} heeft een waarde nodig`);
    opties[naam] = waarde;
  }
  return { opties: opties as GelezenOpties<S>, argumenten };
}
