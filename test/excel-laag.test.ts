import { roepVanuitExcel } from '../addin/functions/excel';
import * as functies from '../addin/functions/functions';
import { alleFuncties } from '../core/functies';
import { functiesBron } from '../scripts/functies-bron';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { excelFout } from './vang';

describe('the Excel-facing layer', () => {
  it('functions.ts is generated from the current function table', () => {
    const vastgelegd = readFileSync(join(__dirname, '..', 'addin', 'functions', 'functions.ts'), 'utf8');
    expect(vastgelegd).toBe(functiesBron(alleFuncties));
  });

  it('exports every function of the table under its Excel name', () => {
    for (const f of alleFuncties) expect(typeof (functies as Record<string, unknown>)[f.naam]).toBe('function');
  });

  it('turns core errors into CustomFunctions errors with the Dutch message', () => {
    const fout = excelFout(() => functies.TARIEF(191.6, 10, 5, 95.8));
    expect(fout.code).toBe('#VALUE!');
    expect(fout.message).toBe('percentage: 95,8 lijkt een percentage als getal; typ 95,8% of 0,958');
  });

  it('treats omitted optional arguments as empty', () => {
    expect(functies.TARIEF(191.6, 10, 5, 0.958, undefined)).toBe(198.55);
    expect(functies.TARIEF(191.6, 10, 5, 0.958, null)).toBe(198.55);
    expect(functies.TARIEF(191.6, 10, 5, 0.958, '')).toBe(198.55);
  });

  it('refuses too many arguments', () => {
    expect(excelFout(() => roepVanuitExcel('TARIEF', [1, 1, 1, 0.5, 1, 9])).message).toMatch(/hoogstens 5 argumenten/);
  });
});
