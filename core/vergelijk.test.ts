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
    expect(rijen.find((r) => r.zorgkantoor === 'Menzis')!.toelichting).toMatch(
      /Niet van toepassing bij Menzis: "technologie", "werkgeversopslag"$/,
    );
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

describe('vergelijk: source and confidence per row (for the task pane table and chart)', () => {
  it('each row names its own source; only a cell attributed with medium confidence says so', () => {
    const rijen = vergelijk(2024, 'V&V', ['differentiatie +1']);
    for (const rij of rijen) expect(rij.bron).toMatch(/^Thema's 2024–2026, rij Bekostiging en tarieven/);
    // Salland's differentiation column is read with medium confidence (Thema's 2024–2026, docs/contract.md §2).
    expect(rijen.filter((r) => r.zekerheid === 'middel').map((r) => r.zorgkantoor)).toEqual(['Salland']);
    // Without the differentiation, Salland's 95,5 % is the certain richttarief cell.
    expect(vergelijk(2024, 'V&V', []).find((r) => r.zorgkantoor === 'Salland')!.zekerheid).toBeUndefined();
  });

  it('a row without a number still cites its source', () => {
    const zk = vergelijk(2024, 'V&V', ['nieuw']).find((r) => r.zorgkantoor === 'Zilveren Kruis')!;
    expect(zk.percentage).toBeUndefined();
    expect(zk.bron).toBe("Thema's 2024–2026, rij Bekostiging en tarieven");
    expect(zk.zekerheid).toBeUndefined();
  });

  it('2023 GGZ cites each zorgkantoor its own document', () => {
    const bronnen = vergelijk(2023, 'GGZ', ['geïntegreerd']).map((r) => [r.zorgkantoor, r.bron]);
    expect(bronnen[0]).toEqual(['Zilveren Kruis', 'ZK Aanvulling 2023, hoofdstuk 2']);
    expect(bronnen[1][1]).toMatch(/^CZ GGZ 2023/);
  });
});
