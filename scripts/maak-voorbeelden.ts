import { VOORBEELDMAP, type Voorbeeld, schrijfVoorbeeld } from './voorbeelden/bouwer';
import { betaalschema2023 } from './voorbeelden/betaalschema-2023';
import { flankerendZz2022 } from './voorbeelden/flankerend-zz-2022';
import { tarieven2023 } from './voorbeelden/tarieven-2023';
import { vergelijkingVv2024 } from './voorbeelden/vergelijking-vv-2024';
import { volumebodCzGgz2023 } from './voorbeelden/volumebod-cz-ggz-2023';
import { afrekeningHerschikking } from './voorbeelden/afrekening-herschikking';

/**
 * `npm run voorbeelden`: writes every sample workbook to samples/. The builder (how WLZ formulas and
 * their stored results are written) is scripts/voorbeelden/bouwer.ts; each sample is one file beside
 * it. A new sample: a file there exporting a function that returns its Voorbeeld, added to the list.
 */
export { HF_INSTELLINGEN, LABEL_VOORBEELDBEDRAGEN } from './voorbeelden/bouwer';

/** Every sample: those of issue 3, then the settlement sample of issue 11. */
export const VOORBEELDEN: ReadonlyArray<() => Voorbeeld> = [
  tarieven2023,
  flankerendZz2022,
  volumebodCzGgz2023,
  betaalschema2023,
  vergelijkingVv2024,
  afrekeningHerschikking,
];

export async function maakVoorbeelden(map = VOORBEELDMAP): Promise<string[]> {
  const paden: string[] = [];
  for (const maak of VOORBEELDEN) paden.push(await schrijfVoorbeeld(maak(), map));
  return paden;
}

if (require.main === module) {
  maakVoorbeelden().then(
    (paden) => process.stdout.write(`${paden.map((p) => `${p} geschreven`).join('\n')}\n`),
    (fout: unknown) => {
      process.stderr.write(`${fout instanceof Error ? fout.stack : String(fout)}\n`);
      process.exit(1);
    },
  );
}
