import { wlz } from './controle-hulp';

/** The table rows (after the header and its dashes), split on the column gaps. */
function rijen(uit: string): string[][] {
  const regels = uit.split('\n');
  const kop = regels.findIndex((r) => r.startsWith('Jaar'));
  const einde = regels.indexOf('', kop);
  return regels.slice(kop + 2, einde === -1 ? undefined : einde).map((r) => r.split(/ {2,}/));
}

describe('wlz beleid', () => {
  it('prints the whole table with sources and the unattributable notes, exit 0', async () => {
    const r = await wlz(['beleid']);
    expect(r.code).toBe(0);
    expect(r.fout).toBe('');
    expect(r.uit).toMatch(/^Jaar +Zorgkantoor +Sector +Kenmerken +Zorg +NHC\/NIC +Bron$/m);
    expect(r.uit).toMatch(/^2023 +Zilveren Kruis +GGZ +geïntegreerd +96,8% \(95,8% \+1,0 pp\) +100,0% +ZK Aanvulling 2023, hoofdstuk 2$/m);
    expect(r.uit).toMatch(/^2023 +Zorg en Zekerheid +V&V, GZ, GGZ +— +95,8% +100,0% +Z&Z Inkoopkader 2022, §2\.3, afgeleid$/m);
    expect(r.uit).toMatch(/^2024 +landelijk +V&V +richttarief +95,5% +Thema's 2024–2026, inleiding$/m);
    expect(r.uit).toContain('toeslagen op VPT (0,4%) en MPT (3,5%)');
    // Aligned: the Bron column starts at the same position in every row.
    const regels = r.uit
      .split('\n')
      .slice(0, r.uit.split('\n').indexOf('Overige getallen uit de bronnen'))
      .filter((l) => /^\d{4} /.test(l));
    const kolom = r.uit
      .split('\n')
      .find((l) => l.startsWith('Jaar'))!
      .indexOf('Bron');
    for (const regel of regels) expect(regel.slice(kolom - 2, kolom)).toBe('  ');
  });

  it('filters by year, zorgkantoor (alias) and sector', async () => {
    const r = await wlz(['beleid', '--jaar', '2024', '--zorgkantoor', 'dsw']);
    expect(r.code).toBe(0);
    expect(rijen(r.uit).map((c) => [c[1], c[3], c[4]])).toEqual([
      ['DSW', 'monitor hoger', 'eigen tariefpercentage 2023 +1,0 pp (maximaal)'],
      ['DSW', 'monitor gelijk', 'eigen tariefpercentage 2023 +0,0 pp'],
      ['DSW', 'monitor lager', 'eigen tariefpercentage 2023 -1,0 pp (maximaal)'],
      ['DSW', 'nieuw', '91,0%'],
      ['DSW', 'maximum', '97,5%'],
    ]);
    const zz = await wlz(['beleid', '--zorgkantoor=Z&Z', '--sector=GZ']);
    expect(rijen(zz.uit).every((c) => c[1] === 'Zorg en Zekerheid' && c[2] === 'GZ')).toBe(true);
    expect(rijen(zz.uit).map((c) => c[0])).toEqual(expect.arrayContaining(['2022', '2023']));
    const vv2024 = await wlz(['beleid', '--jaar', '2024', '--sector', 'vv']);
    expect(new Set(rijen(vv2024.uit).map((c) => c[1]))).toEqual(
      new Set(['landelijk', 'Zilveren Kruis', 'VGZ', 'Menzis', 'CZ', 'Salland', 'DSW', 'Zorg en Zekerheid']),
    );
  });

  it('says so when nothing matches, exit 0', async () => {
    const r = await wlz(['beleid', '--jaar', '2024', '--sector', 'GGZ']);
    expect(r).toEqual({ code: 0, uit: 'Geen ingebouwd beleid voor 2024 GGZ.\n', fout: '' });
  });

  it.each([
    [['--jaar'], /--jaar heeft een waarde nodig/],
    [['--jaar', '24'], /--jaar moet een jaartal zijn/],
    [['--jaar', '2024', '--jaar', '2023'], /twee keer/],
    [['--zorgkantoor', 'Achmea'], /onbekend zorgkantoor "Achmea"/],
    [['--sector', 'jeugd'], /onbekende sector "jeugd"/],
    [['--regio', 'Utrecht'], /onbekende optie --regio/],
    [['2024'], /onverwacht argument "2024"/],
    [['--sector='], /--sector heeft een waarde nodig/],
  ])('%j is a usage error, exit 2', async (args, bericht) => {
    const r = await wlz(['beleid', ...args]);
    expect(r.code).toBe(2);
    expect(r.uit).toBe('');
    expect(r.fout).toMatch(bericht);
  });
});
