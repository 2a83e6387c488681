import { vergelijk } from './vergelijk';
import { fout } from '../test/vang';

const percentages = (rijen: ReturnType<typeof vergelijk>) => rijen.map((r) => [r.zorgkantoor, r.percentage?.toString() ?? '']);

describe('vergelijk', () => {
  it("2024 V&V: seven zorgkantoren in the order of Thema's 2024–2026", () => {
    const rijen = vergelijk(2024, 'V&V', []);
    expect(percentages(rijen)).toEqual([
      ['Zilveren Kruis', '0.955'],
      ['VGZ', '0.955'],
      ['Menzis', '0.955'],
      ['CZ', '0.955'],
      ['Salland', '0.955'],
      // Own 2023 percentage + monitor: no single number, the policy is explained instead.
      ['DSW', ''],
      ['Zorg en Zekerheid', '0.955'],
    ]);
    expect(rijen[5].toelichting).toMatch(/^DSW 2024 V&V: eigen tariefpercentage 2023 .*hoogstens 97,5%/);
  });

  it('new providers: 93,5 / 93,5 / 91,0 where published, empty with the reason elsewhere', () => {
    const rijen = vergelijk(2024, 'VV', ['nieuw']);
    expect(percentages(rijen)).toEqual([
      ['Zilveren Kruis', ''],
      ['VGZ', ''],
      ['Menzis', '0.935'],
      ['CZ', '0.935'],
      ['Salland', ''],
      ['DSW', '0.91'],
      ['Zorg en Zekerheid', ''],
    ]);
    expect(rijen[0].toelichting).toMatch(/de bron noemt geen getal/);
  });

  it('applies the words each zorgkantoor knows and names the others in the toelichting', () => {
    const rijen = vergelijk(2024, 'V&V', ['technologie', 'werkgeversopslag']);
    expect(percentages(rijen)).toContainEqual(['CZ', '0.956']);
    expect(percentages(rijen)).toContainEqual(['Zorg en Zekerheid', '0.958']);
    const cz = rijen.find((r) => r.zorgkantoor === 'CZ')!;
    expect(cz.toelichting).toMatch(/^95,6% = richttarief 95,5% \+ 0,1 procentpunt .*\. Niet van toepassing bij CZ: "werkgeversopslag"$/);
    expect(rijen.find((r) => r.zorgkantoor === 'Menzis')!.toelichting).toMatch(/Niet van toepassing bij Menzis: "technologie", "werkgeversopslag"$/);
  });

  it('carries the confidence of the source into the toelichting', () => {
    const salland = vergelijk(2024, 'V&V', ['differentiatie +1']).find((r) => r.zorgkantoor === 'Salland')!;
    expect(salland.percentage?.toString()).toBe('0.965');
    expect(salland.toelichting).toMatch(/zekerheid middel/);
  });

  it('2023 GGZ: Zilveren Kruis, CZ and Zorg en Zekerheid', () => {
    expect(percentages(vergelijk(2023, 'GGZ', ['geïntegreerd']))).toEqual([
      ['Zilveren Kruis', '0.968'],
      ['CZ', '0.958'],
      ['Zorg en Zekerheid', '0.958'],
    ]);
  });

  it('a word no zorgkantoor knows, or contradictory words, fail the whole table with #VALUE!', () => {
    const f = fout(() => vergelijk(2024, 'V&V', ['robotica']));
    expect(f.code).toBe('#VALUE!');
    expect(f.bericht).toMatch(/^onbekend kenmerk "robotica" voor 2024 V&V; geldig zijn: nieuw, bestaand, essentiële voorzieningen/);
    expect(fout(() => vergelijk(2024, 'V&V', ['nieuw', 'bestaand'])).code).toBe('#VALUE!');
    // "geïntegreerd" is a GGZ word: not valid for V&V.
    expect(fout(() => vergelijk(2024, 'V&V', ['geïntegreerd'])).code).toBe('#VALUE!');
  });

  it('no policy for the year and sector: #N/A; bad sector or year: #VALUE!', () => {
    expect(fout(() => vergelijk(2024, 'GZ', [])).code).toBe('#N/A');
    expect(fout(() => vergelijk(2024, 'XYZ', [])).code).toBe('#VALUE!');
    expect(fout(() => vergelijk(2024.5, 'V&V', [])).code).toBe('#VALUE!');
  });
});
