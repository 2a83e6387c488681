import { GebruiksFout } from './functie';
import type { Uitvoer } from './wlz';

/** `wlz controleer`: placeholder until its issue lands. */
export async function controleer(_args: string[], _uit: Uitvoer): Promise<number> {
  throw new GebruiksFout('wlz controleer is nog niet beschikbaar');
}
