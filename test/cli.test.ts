import fc from 'fast-check';
import { Readable } from 'node:stream';
import { alleFuncties, type WlzFunctie } from '../core/functies';
import { D, alsBedrag, alsPercentage } from '../core/geld';
import { leesGetalTekst } from '../core/invoer';
import { alsTekst, functiehulp, opdrachtVoorbeeld } from '../cli/functie';
import { main, type Uitvoer } from '../cli/wlz';
import { wlz } from './controle-hulp';

const json = (uit: string) =>
  uit
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

/** The Dutch shell words of a command line, the way a user types them. */
const woorden = (regel: string) => regel.split(' ');

describe('wlz functie NAAM ARG …', () => {
  it('prints one JSON answer, name case-insensitive with or without WLZ.', async () => {
    for (const naam of ['TARIEF', 'tarief', 'WLZ.Tarief']) {
      const r = await wlz(['functie', naam, '191.6', '10', '5', '0.958']);
      expect(r).toEqual({ code: 0, uit: '{"waarde":198.55,"tekst":"€ 198,55"}\n', fout: '' });
    }
  });

  it.each([
    ['TARIEF 191,60 10 5 95,8%', { waarde: 198.55, tekst: '€ 198,55' }],
    ['TARIEFPERCENTAGE CZ 2023 GGZ nieuw', { waarde: 0.938, tekst: '93,8%' }],
    ['DECLARATIEDEADLINE 31-1-2023', { waarde: 44980, tekst: '23-2-2023' }],
    ['BETAALMAAND 2023-01-31', { waarde: 44986, tekst: '1-3-2023' }],
    ['TELAAT 31-1-2023 1-5-2023', { waarde: true }],
    ['VOLUMEBOD 1000 ZZP', { waarde: 950 }],
    ['BRON Zilveren Kruis 2023 GGZ geïntegreerd', { fout: '#VALUE!' }],
  ])('bare arguments are text: wlz functie %s', async (regel, verwacht) => {
    const r = await wlz(['functie', ...woorden(regel)]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.uit)).toMatchObject(verwacht);
  });

  it('reads an argument that is valid JSON as JSON, the rest as text', async () => {
    expect(JSON.parse((await wlz(['functie', 'BRON', '"Zilveren Kruis"', '2023', 'GGZ', 'geïntegreerd'])).uit).waarde).toMatch(
      /^96,8% = richttarief 95,8%/,
    );
    expect(JSON.parse((await wlz(['functie', 'BRON', 'Zilveren Kruis', '2023', 'GGZ', 'geïntegreerd'])).uit).waarde).toMatch(
      /^96,8% = richttarief 95,8%/,
    );
    expect(JSON.parse((await wlz(['functie', 'OMZET', '[[3],[10]]', '[[1.115],[198.55]]'])).uit)).toEqual({
      waarde: 1988.85,
      tekst: '€ 1.988,85',
    });
    // An empty argument is an empty cell: the optional parameter takes its default.
    expect(JSON.parse((await wlz(['functie', 'TARIEF', '191,60', '10', '5', '95,8%', ''])).uit)).toEqual({
      waarde: 198.55,
      tekst: '€ 198,55',
    });
    // A single dash is a sign, not an option.
    expect(JSON.parse((await wlz(['functie', 'VOLUMEBOD', '1000', 'ZZP', '-20'])).uit)).toEqual({ waarde: 931 });
    expect(JSON.parse((await wlz(['functie', 'BETAALMUTATIE', '100000', '105000,01'])).uit)).toEqual({
      waarde: -5000.01,
      tekst: '-€ 5.000,01',
    });
  });

  it('-- ends the options: what follows is an argument, even --help', async () => {
    const r = await wlz(['functie', 'TARIEF', '--', '--help', '10', '5', '95,8%']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.uit)).toEqual({ fout: '#VALUE!', bericht: expect.stringMatching(/^zorg: de tekst "--help" is geen getal/) });
  });

  it('prints the Excel error and message, exit 0', async () => {
    const r = await wlz(['functie', 'TARIEF', '191.6', '10', '5', '95.8']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.uit)).toEqual({ fout: '#VALUE!', bericht: 'percentage: 95,8 lijkt een percentage als getal; typ 95,8% of 0,958' });
  });

  it.each([
    [['functie', 'BESTAATNIET'], /onbekende functie "BESTAATNIET"; bekend zijn: TARIEF, TARIEFPERCENTAGE/],
    [['functie', 'TARIEF', '[1,2]'], /argument 1: verwacht een getal, tekst, true\/false, null of een 2-D array/],
    [['functie', 'TARIEF', '{"a":1}'], /argument 1: verwacht/],
    [['functie'], /geef een functienaam, --batch of --lijst/],
    [['functie', '--onbekend'], /wlz functie: onbekende optie --onbekend; bekend zijn --batch, --lijst en --help/],
    [['functie', '--batch', 'TARIEF'], /--batch gaat niet samen met andere argumenten/],
    [['functie', '--lijst', '--batch'], /gaat niet samen/],
    [['functie', '--batch=ja'], /--batch neemt geen waarde/],
    [['functie', 'ONBEKEND', '--help'], /onbekende functie "ONBEKEND"/],
    [['onzin'], /onbekende opdracht "onzin"/],
  ])('%j is a usage error: exit 2, one message and where to find help, nothing on stdout', async (args, bericht) => {
    const r = await wlz(args);
    expect(r.code).toBe(2);
    expect(r.uit).toBe('');
    expect(r.fout).toMatch(bericht);
    expect(r.fout).toMatch(/\nZie wlz help, of wlz functie NAAM --help\.\n$/);
    expect(r.fout.split('\n').length).toBeLessThanOrEqual(3);
  });
});

describe('help', () => {
  it('wlz help lists the commands, and the examples are bare words', async () => {
    for (const args of [['help'], ['--help'], ['-h'], ['functie', '--help'], ['beleid', '--help'], ['controleer', '-h']]) {
      const r = await wlz(args);
      expect(r.code).toBe(0);
      for (const opdracht of [
        'wlz functie NAAM',
        'wlz functie --batch',
        'wlz functie --lijst',
        'wlz controleer PAD',
        'wlz beleid',
        'wlz help',
      ])
        expect(r.uit).toContain(opdracht);
      expect(r.uit).toContain('wlz functie TARIEFPERCENTAGE CZ 2023 GGZ nieuw');
      expect(r.uit).not.toMatch(/'"/);
    }
    const zonder = await wlz([]);
    expect(zonder.code).toBe(2);
    expect(zonder.fout).toContain('wlz functie NAAM');
  });

  it('wlz functie NAAM --help: description, parameters with optional-ness, result, example and its command', async () => {
    const r = await wlz(['functie', 'tarief', '--help']);
    expect(r.code).toBe(0);
    expect(r.uit).toContain('WLZ.TARIEF(zorg; nhc; nic; percentage; [percentage_nhc_nic])\nTarief per eenheid:');
    expect(r.uit).toMatch(/^ {2}zorg +\(verplicht\) NZa-maximumtarief zorgcomponent/m);
    expect(r.uit).toMatch(
      /^ {2}percentage_nhc_nic +\(optioneel\) Tariefpercentage voor NHC en NIC; standaard 100% \(CZ GGZ 2023, §6\.2\)\.$/m,
    );
    expect(r.uit).toContain('Uitkomst: een bedrag in euro');
    expect(r.uit).toContain('Voorbeeld: =WLZ.TARIEF(191,60; 10; 5; 95,8%) → 198,55');
    expect(r.uit).toContain('Op de opdrachtregel: wlz functie TARIEF 191,60 10 5 95,8%');
    expect((await wlz(['functie', 'CONTROLEER', '-h'])).uit).toMatch(/^ {2}kenmerken +\(optioneel, bereik\)/m);
  });

  it('shows every default once, with its bron, as parameter() wrote it into the description', () => {
    let metStandaard = 0;
    for (const f of alleFuncties) {
      const hulp = functiehulp(f);
      for (const p of f.parameters) {
        if (!p.standaard) continue;
        metStandaard += 1;
        const regel = hulp.split('\n').find((r) => r.startsWith(`  ${p.naam} `) && r.includes(p.beschrijving));
        expect(regel).toContain(`; standaard ${p.standaard.tekst}.`);
        if (p.standaard.bron) expect(p.standaard.tekst).toContain(p.standaard.bron);
      }
      expect(hulp).not.toContain('standaard: ');
    }
    expect(metStandaard).toBeGreaterThan(15);
  });

  it.each(alleFuncties.map((f) => [f.naam, f] as const))(
    '%s: --help works and its example on the command line gives the example result',
    async (naam, f) => {
      const hulp = await wlz(['functie', naam, '--help']);
      expect(hulp.code).toBe(0);
      for (const p of f.parameters) expect(hulp.uit).toContain(`  ${p.naam}`);
      const opdracht = opdrachtVoorbeeld(f);
      if (!opdracht) {
        // Only examples with an array constant or a cell reference have no command-line form.
        expect(f.voorbeeld.formule).toMatch(/[{:]/);
        return;
      }
      // The shell's job: split on spaces outside single quotes, and drop the quotes.
      const args = [...opdracht.slice('wlz '.length).matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((m) =>
        m[1] !== undefined ? m[1].replace(/'\\''/g, "'") : m[2],
      );
      const antwoord = JSON.parse((await wlz(args)).uit);
      expect(antwoord).toHaveProperty('waarde');
      // A table's example result is a description in words.
      if (f.resultaat === 'tabel') return expect(Array.isArray(antwoord.waarde)).toBe(true);
      const getoond =
        antwoord.tekst ?? (typeof antwoord.waarde === 'boolean' ? (antwoord.waarde ? 'WAAR' : 'ONWAAR') : String(antwoord.waarde));
      const getal = (t: string) => leesGetalTekst(t.replace(/^-?€ /, (m) => m.replace('€ ', '')))?.getal.toString();
      if (getal(f.voorbeeld.uitkomst) !== undefined) expect(getal(getoond)).toBe(getal(f.voorbeeld.uitkomst));
      else expect(getoond).toBe(f.voorbeeld.uitkomst);
    },
  );

  it('--lijst lists every function with its example', async () => {
    const r = await wlz(['functie', '--lijst']);
    expect(r.uit).toContain('WLZ.TARIEF(zorg; nhc; nic; percentage; [percentage_nhc_nic])');
    for (const f of alleFuncties) expect(r.uit).toContain(f.voorbeeld.formule);
  });
});

describe('the text beside a result', () => {
  const functie = (getalsoort: WlzFunctie['getalsoort'], resultaat: WlzFunctie['resultaat'] = 'getal') => ({
    ...alleFuncties[0],
    resultaat,
    getalsoort,
  });

  it('is the core Dutch notation of the same number, for any amount or percentage', () => {
    const bedragen = fc.integer({ min: -1e13, max: 1e13 }).map((c) => c / 100);
    fc.assert(
      fc.property(bedragen, (b) => alsTekst(functie('bedrag'), b) === alsBedrag(new D(b))),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((x) => !Object.is(x, -0)),
        (b) => alsTekst(functie('bedrag'), b) === alsBedrag(new D(b)),
      ),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }).filter((x) => !Object.is(x, -0)),
        (p) => alsTekst(functie('percentage'), p) === alsPercentage(new D(p)),
      ),
      { numRuns: 3000 },
    );
    expect(alsTekst(functie('bedrag'), 1234567.8)).toBe('€ 1.234.567,80');
    expect(alsTekst(functie('bedrag'), 0)).toBe('€ 0,00');
    expect(alsTekst(functie('percentage'), 0.958)).toBe('95,8%');
    expect(alsTekst(functie('percentage'), 1)).toBe('100,0%');
    expect(alsTekst(functie('percentage'), 0.9675)).toBe('96,75%');
    expect(alsTekst(functie('percentage'), 1e-7)).toBe(alsPercentage(new D(1e-7)));
  });

  it('is the Dutch date for a date result, and absent for plain numbers, text and booleans', () => {
    expect(alsTekst(functie(undefined, 'datum'), 44980)).toBe('23-2-2023');
    expect(alsTekst(functie(undefined, 'datum'), 61)).toBe('1-3-1900');
    expect(alsTekst(functie(undefined), 935.75)).toBeUndefined();
    expect(alsTekst(functie('bedrag', 'tekst'), 'onder')).toBeUndefined();
    expect(alsTekst(functie(undefined, 'waarheid'), true)).toBeUndefined();
  });

  it('is declared for every amount and percentage function, and only for numbers', () => {
    const soort = (naam: string) => alleFuncties.find((f) => f.naam === naam)?.getalsoort;
    expect(['TARIEF', 'OMZET', 'VOORSCHOTBASIS', 'BETAALMUTATIE', 'AW319VOORSCHOT'].map(soort)).toEqual(Array(5).fill('bedrag'));
    expect(['TARIEFPERCENTAGE', 'RICHTTARIEF', 'OPSLAGTARIEF', 'GEWOGENGEMIDDELDE', 'FLANKEREND', 'BEZETTING'].map(soort)).toEqual(
      Array(6).fill('percentage'),
    );
    expect(['VOLUMEBOD', 'COMFORTVOLUME', 'EXTRAPOLEER'].map(soort)).toEqual([undefined, undefined, undefined]);
    for (const f of alleFuncties) if (f.getalsoort) expect(f.resultaat).toBe('getal');
  });
});

describe('wlz functie --batch', () => {
  const TARIEF = '["TARIEF", 191.6, 10, 5, 0.958]';
  const GOED = { waarde: 198.55, tekst: '€ 198,55' };

  it('answers every line in order, bad and blank lines with their own usage answer', async () => {
    const invoer = [
      TARIEF,
      'geen json',
      '["ONBEKEND"]',
      '{"a":1}',
      '',
      '   ',
      '["tarief", "191,60", 10, 5, "95,8%"]',
      '["DECLARATIEDEADLINE", "31-1-2023"]',
      '',
    ].join('\n');
    const r = await wlz(['functie', '--batch'], invoer);
    expect(r.code).toBe(0);
    expect(r.fout).toBe('');
    const regels = json(r.uit);
    expect(regels).toHaveLength(8);
    expect(regels[0]).toEqual(GOED);
    expect(regels[1]).toEqual({
      fout: 'gebruik',
      bericht: expect.stringMatching(/^regel 2 is geen geldige JSON: geen json; verwacht een JSON-array/),
    });
    expect(regels[2]).toEqual({ fout: 'gebruik', bericht: expect.stringMatching(/onbekende functie "ONBEKEND"/) });
    expect(regels[3]).toEqual({ fout: 'gebruik', bericht: expect.stringMatching(/^regel 4: verwacht een JSON-array/) });
    expect(regels[4]).toEqual({ fout: 'gebruik', bericht: expect.stringMatching(/^regel 5 is leeg; verwacht een JSON-array/) });
    expect(regels[5]).toEqual({ fout: 'gebruik', bericht: expect.stringMatching(/^regel 6 is leeg/) });
    expect(regels[6]).toEqual(GOED);
    expect(regels[7]).toEqual({ waarde: 44980, tekst: '23-2-2023' });
  });

  it.each([
    ['nothing', '', 0],
    ['one newline', '\n', 1],
    ['a last line without newline', `${TARIEF}\n${TARIEF}`, 2],
    ['CRLF line ends', `${TARIEF}\r\n\r\n${TARIEF}\r\n`, 3],
    ['a UTF-8 BOM', `\uFEFF${TARIEF}\n${TARIEF}\n`, 2],
    ['a BOM on each concatenated file, with CRLF', `\uFEFF${TARIEF}\r\n\uFEFF${TARIEF}\r\n`, 2],
    ['only blank lines', '\n\n\n', 3],
    ['a lone carriage return', '\r', 1],
  ])('%s: exactly one answer per line', async (_, invoer, aantal) => {
    const r = await wlz(['functie', '--batch'], invoer);
    expect(r.code).toBe(0);
    const regels = r.uit === '' ? [] : json(r.uit);
    expect(regels).toHaveLength(aantal);
    for (const [i, a] of regels.entries()) {
      const invoerregels = invoer.replace(/^\uFEFF/, '').split('\n');
      const regel = invoerregels[i].replace(/\r$/, '').replace(/^\uFEFF/, '');
      expect(a).toEqual(
        regel.trim() === '' ? { fout: 'gebruik', bericht: expect.stringMatching(new RegExp(`^regel ${i + 1} is leeg`)) } : GOED,
      );
    }
  });

  it('gives the same answers however the input is cut into chunks, also inside a character or a BOM', async () => {
    const tekst = `\uFEFF${TARIEF}\r\n["BRON", "Zilveren Kruis", 2023, "GGZ", "geïntegreerd"]\n\n["TARIEFPERCENTAGE", "Zorg en Zekerheid", 2023, "V&V"]`;
    const heel = (await wlz(['functie', '--batch'], tekst)).uit;
    expect(json(heel)).toHaveLength(4);
    const bytes = Buffer.from(tekst);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }), async (sneden) => {
        const grenzen = [0, ...sneden.sort((a, b) => a - b), bytes.length];
        const stukken = grenzen.slice(1).map((eind, i) => bytes.subarray(grenzen[i], eind));
        expect((await wlz(['functie', '--batch'], stukken)).uit).toBe(heel);
      }),
      { numRuns: 200 },
    );
    // Byte by byte.
    expect(
      (
        await wlz(
          ['functie', '--batch'],
          [...bytes].map((b) => Buffer.from([b])),
        )
      ).uit,
    ).toBe(heel);
  });

  it('answers a line over 1 MiB with a Dutch error and reads on; a line of exactly 1 MiB is read', async () => {
    const MiB = 1024 * 1024;
    const precies = `["BRON", "${'x'.repeat(MiB - 12)}"]`;
    expect(Buffer.byteLength(precies)).toBe(MiB);
    const invoer = [TARIEF, `["BRON", "${'é'.repeat(MiB)}"]`, precies, `${precies}\r`, TARIEF, 'x'.repeat(3 * MiB)].join('\n');
    const regels = json((await wlz(['functie', '--batch'], invoer)).uit);
    expect(regels).toHaveLength(6);
    expect(regels[0]).toEqual(GOED);
    expect(regels[1]).toEqual({ fout: 'gebruik', bericht: 'regel 2 is langer dan 1 MiB (1.048.576 bytes) en is niet gelezen' });
    expect(regels[2]).toMatchObject({ fout: '#VALUE!' });
    expect(regels[3]).toMatchObject({ fout: '#VALUE!' });
    expect(regels[4]).toEqual(GOED);
    expect(regels[5]).toEqual({ fout: 'gebruik', bericht: 'regel 6 is langer dan 1 MiB (1.048.576 bytes) en is niet gelezen' });
  });

  it('reads endless input without a newline in bounded memory, and answers the lines after it', async () => {
    const MiB = Buffer.alloc(1024 * 1024, 0x30);
    function* nullen() {
      yield Buffer.from(`${TARIEF}\n`);
      for (let i = 0; i < 512; i++) yield MiB;
      yield Buffer.from(`\n${TARIEF}`);
    }
    const voor = process.memoryUsage().rss;
    let piek = voor;
    let uit = '';
    const code = await main(['functie', '--batch'], Readable.from(nullen()), {
      schrijf: (t) => {
        uit += t;
      },
      fout: () => undefined,
      ruimte: async () => {
        piek = Math.max(piek, process.memoryUsage().rss);
      },
    });
    piek = Math.max(piek, process.memoryUsage().rss);
    expect(code).toBe(0);
    expect(json(uit)).toEqual([
      GOED,
      { fout: 'gebruik', bericht: 'regel 2 is langer dan 1 MiB (1.048.576 bytes) en is niet gelezen' },
      GOED,
    ]);
    // 512 MiB went through; holding it would show.
    expect(piek - voor).toBeLessThan(100 * 1024 * 1024);
  });

  it('writes in few large pieces, and reads no further while the output has no room', async () => {
    let gelezen = 0;
    const LIJNEN = 20_000;
    function* invoer() {
      for (let i = 0; i < LIJNEN; i += 100) {
        gelezen += 100;
        yield `${`${TARIEF}\n`.repeat(100)}`;
      }
    }
    let schrijfbeurten = 0;
    let antwoorden = 0;
    let open: (() => void) | undefined;
    let vast = true;
    const uit: Uitvoer = {
      schrijf: (t) => {
        schrijfbeurten += 1;
        antwoorden += t.split('\n').length - 1;
      },
      fout: () => undefined,
      // The first time full, until the test lets go.
      ruimte: () => (vast ? new Promise<void>((klaar) => (open = klaar)) : Promise.resolve()),
    };
    const klaar = main(['functie', '--batch'], Readable.from(invoer(), { highWaterMark: 1 }), uit);
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    expect(schrijfbeurten).toBe(1);
    expect(gelezen).toBeLessThanOrEqual(300);
    vast = false;
    open?.();
    expect(await klaar).toBe(0);
    expect(antwoorden).toBe(LIJNEN);
    expect(schrijfbeurten).toBeLessThanOrEqual(LIJNEN / 100);
  });
});

describe('failures of our own', () => {
  it('end as one Dutch line and exit 3, never a stack trace', async () => {
    let fout = '';
    const code = await main(['functie', 'TARIEF', '1', '1', '1', '1'], Readable.from(['']), {
      schrijf: () => {
        throw new TypeError('Cannot read properties of undefined (reading "x")\n    at iets (bestand.js:1:1)');
      },
      fout: (t) => (fout += t),
    });
    expect(code).toBe(3);
    expect(fout).toBe('wlz: interne fout, de opdracht is afgebroken (TypeError: Cannot read properties of undefined (reading "x"))\n');
  });
});
