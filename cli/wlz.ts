import * as readline from 'node:readline';
import { alleFuncties } from '../core/functies';
import { beleid } from './beleid';
import { controleer } from './controleer';
import { beantwoord, beantwoordRegel, GebruiksFout, leesArgument, parseJson } from './functie';

const GEBRUIK = `Gebruik:
  wlz functie NAAM [ARG …]     één WLZ-functie; elk ARG is JSON: 191.6, "CZ", true, null, [[1],[2]]
  wlz functie --batch          per regel op stdin een JSON-array ["NAAM", arg, …], per regel één antwoord
  wlz functie --lijst          alle functies met hun parameters
  wlz controleer PAD [--blad NAAM] [--zorgkantoor Z] [--jaar J] [--sector S] [--kenmerken K] [--vorig P] [--beleid PAD] [--json]
                               controleert een werkmap of een map met werkmappen
  wlz beleid [--jaar J] [--zorgkantoor Z] [--sector S] [--beleid PAD]
                               elk getal van elke bron met zijn bron, plus uw eigen beleidstabel (.xlsx of .csv)

Voorbeelden:
  wlz functie TARIEF 191.6 10 5 0.958
  wlz functie TARIEFPERCENTAGE '"CZ"' 2023 '"GGZ"' '"nieuw"'`;

export interface Uitvoer {
  schrijf(tekst: string): void;
  fout(tekst: string): void;
}

const standaardUitvoer: Uitvoer = {
  schrijf: (t) => process.stdout.write(t),
  fout: (t) => process.stderr.write(t),
};

function lijst(): string {
  return alleFuncties
    .map((f) => {
      const params = f.parameters.map((p) => (p.optioneel ? `[${p.naam}]` : p.naam)).join('; ');
      return `WLZ.${f.naam}(${params})\n    ${f.beschrijving}\n    ${f.voorbeeld.formule} → ${f.voorbeeld.uitkomst}`;
    })
    .join('\n');
}

async function batch(invoer: NodeJS.ReadableStream, uit: Uitvoer): Promise<number> {
  const regels = readline.createInterface({ input: invoer, crlfDelay: Infinity });
  let nummer = 0;
  for await (const regel of regels) {
    nummer += 1;
    if (regel.trim() === '') continue;
    uit.schrijf(`${JSON.stringify(beantwoordRegel(regel, nummer))}\n`);
  }
  return 0;
}

/** Runs `wlz` with its arguments; resolves to the exit code. */
export async function main(argv: string[], invoer: NodeJS.ReadableStream = process.stdin, uit: Uitvoer = standaardUitvoer): Promise<number> {
  const [opdracht, ...rest] = argv;
  try {
    if (opdracht === 'functie') {
      if (rest[0] === '--batch' && rest.length === 1) return await batch(invoer, uit);
      if (rest[0] === '--lijst' && rest.length === 1) {
        uit.schrijf(`${lijst()}\n`);
        return 0;
      }
      if (rest.length === 0 || rest[0].startsWith('--')) throw new GebruiksFout('geef een functienaam, --batch of --lijst');
      const args = rest.slice(1).map((a, i) => leesArgument(parseJson(a, `argument ${i + 1}`), `argument ${i + 1}`));
      uit.schrijf(`${JSON.stringify(beantwoord(rest[0], args))}\n`);
      return 0;
    }
    if (opdracht === 'beleid') return await beleid(rest, uit);
    if (opdracht === 'controleer') return await controleer(rest, uit);
    if (opdracht === undefined || opdracht === '--help' || opdracht === '-h' || opdracht === 'help') {
      uit.schrijf(`${GEBRUIK}\n`);
      return opdracht === undefined ? 2 : 0;
    }
    throw new GebruiksFout(`onbekende opdracht "${opdracht}"`);
  } catch (fout) {
    if (fout instanceof GebruiksFout) {
      uit.fout(`wlz: ${fout.message}\n\n${GEBRUIK}\n`);
      return 2;
    }
    throw fout;
  }
}
