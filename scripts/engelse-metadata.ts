import type { WlzFunctie } from '../core/functies';
import { helpUrl, legeCelHint } from './functies-bron';

/**
 * The English custom-functions metadata (functions.en.json) from the Dutch one that
 * custom-functions-metadata generates from the JSDoc: the same ids, names, parameters and help URLs,
 * with the English descriptions of the function table. Excel picks it for en-US and en-GB through
 * the manifest's bt:Override; the names stay Dutch in every language (docs/contract.md §1 "names").
 */
export interface MetadataParameter {
  name: string;
  description?: string;
  [sleutel: string]: unknown;
}

export interface MetadataFunctie {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: MetadataParameter[];
  [sleutel: string]: unknown;
}

export interface Metadata {
  functions: MetadataFunctie[];
  [sleutel: string]: unknown;
}

/**
 * The longest description Excel shows whole. Microsoft's metadata schema allows more, but the Insert
 * Function and Function Arguments dialogs of Excel for Windows cut longer text (and text after a line
 * break); 255 is also the limit of Excel's own function descriptions (Application.MacroOptions).
 */
export const MAX_BESCHRIJVING = 255;

function tekstProblemen(wat: string, tekst: string): string[] {
  const problemen: string[] = [];
  if (/[\r\n]/.test(tekst)) problemen.push(`${wat}: de beschrijving bevat een regeleinde`);
  if (tekst.length > MAX_BESCHRIJVING) problemen.push(`${wat}: de beschrijving is ${tekst.length} tekens (hoogstens ${MAX_BESCHRIJVING})`);
  return problemen;
}

/**
 * Checks what Excel shows: every function of the table present, each with a description (one line,
 * at most 255 characters) and a help URL, each parameter with such a description. Returns the
 * problems in Dutch; empty when all is well.
 */
export function controleerMetadata(metadata: Metadata, functies: readonly WlzFunctie[]): string[] {
  const problemen: string[] = [];
  const opId = new Map(metadata.functions.map((f) => [f.id, f]));
  for (const functie of functies) {
    const m = opId.get(functie.naam);
    if (!m) {
      problemen.push(`${functie.naam} ontbreekt in de metadata`);
      continue;
    }
    if (!m.description?.trim()) problemen.push(`${functie.naam} heeft geen beschrijving`);
    else problemen.push(...tekstProblemen(functie.naam, m.description));
    if (!m.helpUrl?.startsWith('https://')) problemen.push(`${functie.naam} heeft geen https-help-URL`);
    const namen = m.parameters.map((p) => p.name).join(', ');
    const verwacht = functie.parameters.map((p) => p.naam).join(', ');
    if (namen !== verwacht) problemen.push(`${functie.naam}: parameters (${namen}) wijken af van de tabel (${verwacht})`);
    for (const p of m.parameters) {
      if (!p.description?.trim()) problemen.push(`${functie.naam}: parameter ${p.name} heeft geen beschrijving`);
      else problemen.push(...tekstProblemen(`${functie.naam}: parameter ${p.name}`, p.description));
    }
  }
  for (const m of metadata.functions) {
    if (!functies.some((f) => f.naam === m.id)) problemen.push(`${m.id} staat in de metadata maar niet in de functietabel`);
  }
  return problemen;
}

/** The English metadata: a copy of the Dutch one with the table's English descriptions. */
export function engelseMetadata(metadata: Metadata, functies: readonly WlzFunctie[]): Metadata {
  const opNaam = new Map(functies.map((f) => [f.naam, f]));
  return {
    ...metadata,
    functions: metadata.functions.map((m) => {
      const functie = opNaam.get(m.id);
      if (!functie) throw new Error(`${m.id} staat in de metadata maar niet in de functietabel`);
      return {
        ...m,
        description: functie.description,
        parameters: m.parameters.map((p) => {
          const parameter = functie.parameters.find((q) => q.naam === p.name);
          if (!parameter) throw new Error(`${m.id}: parameter ${p.name} staat niet in de functietabel`);
          return { ...p, description: [parameter.description, legeCelHint(parameter)?.en].filter(Boolean).join(' ') };
        }),
      };
    }),
  };
}

/** The metadata with every help URL on `adres` (the build's WLZ_ADRES), pointing at the function's card. */
export function metAdres(metadata: Metadata, adres: string): Metadata {
  return { ...metadata, functions: metadata.functions.map((m) => ({ ...m, helpUrl: helpUrl(adres, m.id) })) };
}
