import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXCEL_CALC_ID } from '../scripts/voorbeelden/calcid';
import { leesZip } from './zip-lezer';

/**
 * Every sample workbook is saved with the calcId of current Excel (scripts/voorbeelden/calcid.ts), so
 * Excel shows the stored results on open instead of recalculating (which, without the add-in, would
 * turn every WLZ cell into #NAME?).
 */
const SAMPLES = join(__dirname, '..', 'samples');
const werkmappen = [
  ...readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx')),
  ...readdirSync(join(SAMPLES, 'controle'))
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => join('controle', f)),
];

describe('the sample workbooks', () => {
  it('are all there', () => expect(werkmappen.length).toBeGreaterThanOrEqual(7));

  it.each(werkmappen)('%s is saved with the current calcId and no recalculation on load', (bestand) => {
    const workbook =
      leesZip(readFileSync(join(SAMPLES, bestand)))
        .get('xl/workbook.xml')
        ?.toString('utf8') ?? '';
    const calcPr = /<calcPr\b[^>]*\/>/.exec(workbook)?.[0];
    expect(calcPr).toBe(`<calcPr calcId="${EXCEL_CALC_ID}"/>`);
  });
});
