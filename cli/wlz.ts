import { batch } from './batch';
import { beantwoord, functiehulp, functielijst, functieMetNaam, leesArgument } from './functie';
import { GebruiksFout, leesOpties } from './opties';

/*
 * `wlz` (docs/contract.md §7). Only what `wlz functie` needs is loaded up front; the commands that read workbooks
 * (and with them exceljs) are imported when they run, so a single function call starts quickly.
 */

const GEBRUIK = `Gebruik:
  wlz functie NAAM [ARG …]     één WLZ-functie; een ARG is een getal, tekst of JSON: 191,60  95,8%  CZ  31-1-2023  [[1],[2]]
  wlz functie NAAM --help      de hulp bij die functie: parameters, standaardwaarden en een voorbeeld
  wlz functie --batch          per regel op stdin een JSON-array ["NAAM", arg, …], per regel één antwoord
  wlz functie --lijst          alle functies met hun parameters
  wlz controleer PAD [--blad NAAM] [--zorgkantoor Z] [--jaar J] [--sector S] [--kenmerken K] [--vorig P] [--beleid PAD] [--json]
                               controleert een werkmap of een map met werkmappen
  wlz beleid [--jaar J] [--zorgkantoor Z] [--sector S] [--beleid PAD]
                               elk getal van elke bron met zijn bron, plus uw eigen beleidstabel (.xlsx of .csv)
  wlz kalender [--zorgkantoor Z] [--jaar J] [--json] [--ics PAD]
                               de termijnen van de inkoopprocedure; --ics schrijft een nieuw iCalendar-bestand
  wlz help                     dit overzicht

Opties als --jaar 2024 of --jaar=2024; na -- volgen alleen nog argumenten.

Voorbeelden:
  wlz functie TARIEF 191,60 10 5 95,8%
  wlz functie TARIEFPERCENTAGE CZ 2023 GGZ nieuw
  wlz functie DECLARATIEDEADLINE 31-1-2023`;

export interface Uitvoer {
  schrijf(tekst: string): void;
  fout(tekst: string): void;
  /** Resolves when the output can take more; --batch waits for it before reading on. */
  ruimte?(): Promise<void>;
}

function standaardUitvoer(): Uitvoer {
  let vol = false;
  return {
    schrijf: (t) => {
      vol = !process.stdout.write(t);
    },
    fout: (t) => process.stderr.write(t),
    ruimte: () => (vol ? new Promise((klaar) => process.stdout.once('drain', klaar)) : Promise.resolve()),
  };
}

const FUNCTIE_OPTIES = { batch: 'vlag', lijst: 'vlag', help: 'vlag' } as const;

async function functie(args: string[], invoer: AsyncIterable<Buffer | string> | undefined, uit: Uitvoer): Promise<number> {
  const { opties, argumenten } = leesOpties(args, 'wlz functie', FUNCTIE_OPTIES);
  const [naam, ...rest] = argumenten;
  const alleen = (optie: string) => {
    if (argumenten.length > 0 || Object.keys(opties).length > 1)
      throw new GebruiksFout(`wlz functie --${optie} gaat niet samen met andere argumenten of opties`);
  };
  if (opties.batch) {
    alleen('batch');
    // stdin is opened only here: a single call does not need it.
    return batch(invoer ?? process.stdin, uit);
  }
  if (opties.lijst) {
    alleen('lijst');
    uit.schrijf(`${functielijst()}\n`);
    return 0;
  }
  if (opties.help) {
    uit.schrijf(`${naam === undefined ? GEBRUIK : functiehulp(functieMetNaam(naam))}\n`);
    return 0;
  }
  if (naam === undefined) throw new GebruiksFout('wlz functie: geef een functienaam, --batch of --lijst');
  const waarden = rest.map((a, i) => leesArgument(a, `argument ${i + 1}`));
  uit.schrijf(`${JSON.stringify(beantwoord(naam, waarden))}\n`);
  return 0;
}

/** `--help` or `-h` among a command's options (before a `--`). */
function vraagtHulp(args: string[]): boolean {
  const opties = args.indexOf('--') === -1 ? args : args.slice(0, args.indexOf('--'));
  return opties.includes('--help') || opties.includes('-h');
}

/** One line for a failure of ours: no stack trace, the detail kept to its first line. */
export function onverwachteFout(fout: unknown): string {
  const detail = (fout instanceof Error ? `${fout.name === 'Error' ? '' : `${fout.name}: `}${fout.message}` : String(fout))
    .split('\n')[0]
    .trim();
  return `wlz: interne fout, de opdracht is afgebroken${detail ? ` (${detail})` : ''}\n`;
}

/** Runs `wlz` with its arguments; resolves to the exit code (0, 1, 2 for a usage error, 3 for our own failure). */
export async function main(argv: string[], invoer?: AsyncIterable<Buffer | string>, uit: Uitvoer = standaardUitvoer()): Promise<number> {
  const [opdracht, ...rest] = argv;
  try {
    if (opdracht === 'functie') return await functie(rest, invoer, uit);
    if ((opdracht === 'beleid' || opdracht === 'controleer' || opdracht === 'kalender') && vraagtHulp(rest)) {
      uit.schrijf(`${GEBRUIK}\n`);
      return 0;
    }
    if (opdracht === 'beleid') return await (await import('./beleid')).beleid(rest, uit);
    if (opdracht === 'controleer') return await (await import('./controleer')).controleer(rest, uit);
    if (opdracht === 'kalender') return await (await import('./kalender')).kalender(rest, uit);
    if (opdracht === undefined || opdracht === '--help' || opdracht === '-h' || opdracht === 'help') {
      uit[opdracht === undefined ? 'fout' : 'schrijf'](`${GEBRUIK}\n`);
      return opdracht === undefined ? 2 : 0;
    }
    throw new GebruiksFout(`onbekende opdracht "${opdracht}"; kies functie, controleer, beleid of kalender`);
  } catch (fout) {
    if (fout instanceof GebruiksFout) {
      // The option parser's messages already name the command ("wlz beleid: …").
      uit.fout(`${fout.message.startsWith('wlz ') ? '' : 'wlz: '}${fout.message}\nZie wlz help, of wlz functie NAAM --help.\n`);
      return 2;
    }
    uit.fout(onverwachteFout(fout));
    return 3;
  }
}
