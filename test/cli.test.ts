import { Readable } from 'node:stream';
import { main } from '../cli/wlz';

async function wlz(args: string[], stdin = ''): Promise<{ code: number; uit: string; fout: string }> {
  let uit = '';
  let fout = '';
  const code = await main(args, Readable.from([stdin]), { schrijf: (t) => (uit += t), fout: (t) => (fout += t) });
  return { code, uit, fout };
}

describe('wlz functie', () => {
  it('prints one JSON answer, name case-insensitive with or without WLZ.', async () => {
    for (const naam of ['TARIEF', 'tarief', 'WLZ.Tarief']) {
      const r = await wlz(['functie', naam, '191.6', '10', '5', '0.958']);
      expect(r).toEqual({ code: 0, uit: '{"waarde":198.55}\n', fout: '' });
    }
  });

  it('prints the Excel error and message, exit 0', async () => {
    const r = await wlz(['functie', 'TARIEF', '191.6', '10', '5', '95.8']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.uit)).toEqual({ fout: '#VALUE!', bericht: 'percentage: 95,8 lijkt een percentage als getal; typ 95,8% of 0,958' });
  });

  it('exits 2 for an unknown function or bad JSON', async () => {
    expect((await wlz(['functie', 'BESTAATNIET'])).code).toBe(2);
    const r = await wlz(['functie', 'TARIEF', 'CZ']);
    expect(r.code).toBe(2);
    expect(r.fout).toMatch(/argument 1 is geen geldige JSON/);
    expect((await wlz(['functie', 'TARIEF', '[1,2]'])).code).toBe(2);
    expect((await wlz(['onzin'])).code).toBe(2);
    expect((await wlz([])).code).toBe(2);
  });

  it('--batch answers every line in order, bad lines with their own error', async () => {
    const invoer = ['["TARIEF", 191.6, 10, 5, 0.958]', 'geen json', '["ONBEKEND"]', '{"a":1}', '', '["tarief", "191,60", 10, 5, "95,8%"]'].join('\n');
    const r = await wlz(['functie', '--batch'], invoer);
    expect(r.code).toBe(0);
    const regels = r.uit.trim().split('\n').map((l) => JSON.parse(l));
    expect(regels).toHaveLength(5);
    expect(regels[0]).toEqual({ waarde: 198.55 });
    expect(regels[1]).toMatchObject({ fout: 'gebruik', bericht: expect.stringMatching(/regel 2/) });
    expect(regels[2]).toMatchObject({ fout: 'gebruik', bericht: expect.stringMatching(/onbekende functie/) });
    expect(regels[3]).toMatchObject({ fout: 'gebruik' });
    expect(regels[4]).toEqual({ waarde: 198.55 });
  });

  it('--lijst lists every function with its example', async () => {
    const r = await wlz(['functie', '--lijst']);
    expect(r.uit).toContain('WLZ.TARIEF(zorg; nhc; nic; percentage; [percentage_nhc_nic])');
  });
});
