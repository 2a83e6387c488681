import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * docs/ is the contract the code cites: "docs/contract.md §5", "beslissing 14" or "decision 14". Every
 * citation in a tracked source file must name a section or decision that docs/ has, so a renumbered or
 * removed section fails here, naming the file and line that still cite it. The older form, the SPEC
 * section sign followed by a number (the contract before it moved into the repository), is read as
 * docs/contract.md with the same number, so the code passes before and after the mechanical rewrite.
 * The file paths docs/ names in backticks must exist too, and a name placed "in" a file must be in it:
 * the "where is what" table is only useful while it is right, and files move.
 */

const ROOT = join(__dirname, '..');
const DOCS = join(ROOT, 'docs');
const CONTRACT = 'docs/contract.md';

/** Files whose text is searched for citations: source, scripts, tests, configuration and prose. */
const GESCAND = /\.(ts|js|mjs|cjs|md|html|css|json)$|^\.ci\/run$/;
const NIET_GESCAND = /^(samples|lib|dist|node_modules)\/|package-lock\.json$/;

function bronbestanden(): string[] {
  try {
    return execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  } catch {
    // Not a git checkout (an unpacked archive): every file under the project's own folders.
    const alle: string[] = [];
    const loop = (map: string): void => {
      for (const e of readdirSync(map, { withFileTypes: true })) {
        const pad = join(map, e.name);
        const rel = relative(ROOT, pad);
        if (e.isDirectory()) {
          if (!NIET_GESCAND.test(`${rel}/`) && e.name !== '.git') loop(pad);
        } else alle.push(rel);
      }
    };
    loop(ROOT);
    return alle;
  }
}

interface Doc {
  /** Section numbers by their heading: "## §5 …" → "5", "### §2.1 …" → "2.1". */
  secties: Set<string>;
  /** Decision numbers by their heading: "### Beslissing 14 — …" → 14. */
  beslissingen: Set<number>;
}

function leesDoc(tekst: string): Doc {
  const secties = new Set<string>();
  const beslissingen = new Set<number>();
  for (const regel of tekst.split('\n')) {
    const sectie = /^#{1,6}\s+§(\d+(?:\.\d+)*)\b/.exec(regel);
    if (sectie) secties.add(sectie[1]);
    const beslissing = /^#{1,6}\s+Beslissing\s+(\d+)\b/.exec(regel);
    if (beslissing) {
      beslissingen.add(Number(beslissing[1]));
      // The decisions are §3's parts: "§3.3" cites decision 3 as well.
      secties.add(`3.${beslissing[1]}`);
    }
  }
  return { secties, beslissingen };
}

interface Verwijzing {
  /** Line number, 1-based. */
  regel: number;
  /** The citation as written. */
  tekst: string;
  doc: string;
  sectie?: string;
  beslissing?: number;
}

const SECTIETEKEN = '§';
/** A docs file, the section sign and a number (2 or 2.1); or the older SPEC form, read as the contract. */
const SECTIEVERWIJZING = new RegExp(`(docs/[\\w.-]+\\.md|\\bSPEC)\\s+${SECTIETEKEN}(\\d+(?:\\.\\d+)?)`, 'g');
/** "beslissing 14", "decision 5", "decisions 4 and 9", "beslissingen 10, 11 en 15". */
const BESLISSINGVERWIJZING = /\b(?:beslissing(?:en)?|decisions?)\s+(\d+(?:(?:\s*,\s*|\s+(?:and|en|or|of)\s+)\d+)*)/gi;

function verwijzingenIn(tekst: string): Verwijzing[] {
  const gevonden: Verwijzing[] = [];
  tekst.split('\n').forEach((inhoud, i) => {
    for (const m of inhoud.matchAll(SECTIEVERWIJZING)) {
      gevonden.push({ regel: i + 1, tekst: m[0], doc: m[1] === 'SPEC' ? CONTRACT : m[1], sectie: m[2] });
    }
    for (const m of inhoud.matchAll(BESLISSINGVERWIJZING)) {
      for (const n of m[1].match(/\d+/g) ?? []) gevonden.push({ regel: i + 1, tekst: m[0], doc: CONTRACT, beslissing: Number(n) });
    }
  });
  return gevonden;
}

/** What is wrong with one citation, or undefined when docs/ has what it cites. */
function probleemMet(v: Verwijzing, docs: ReadonlyMap<string, Doc>): string | undefined {
  const doc = docs.get(v.doc);
  if (!doc) return `${v.doc} bestaat niet`;
  if (v.sectie !== undefined && !doc.secties.has(v.sectie)) return `${v.doc} heeft geen ${SECTIETEKEN}${v.sectie}`;
  if (v.beslissing !== undefined && !doc.beslissingen.has(v.beslissing)) return `${v.doc} heeft geen beslissing ${v.beslissing}`;
  return undefined;
}

function leesDocs(): Map<string, Doc> {
  const docs = new Map<string, Doc>();
  if (!existsSync(DOCS)) return docs;
  for (const naam of readdirSync(DOCS)) {
    if (naam.endsWith('.md')) docs.set(`docs/${naam}`, leesDoc(readFileSync(join(DOCS, naam), 'utf8')));
  }
  return docs;
}

describe('docs/: the contract the code cites', () => {
  const docs = leesDocs();

  it("keeps the contract's numbering: §1–§9 and decisions 1–16", () => {
    const contract = docs.get(CONTRACT);
    expect(contract).toBeDefined();
    for (let n = 1; n <= 9; n++) expect(contract?.secties.has(String(n))).toBe(true);
    for (let n = 1; n <= 16; n++) expect(contract?.beslissingen.has(n)).toBe(true);
  });

  it('every section or decision a tracked file cites exists in docs/', () => {
    const problemen: string[] = [];
    let aantal = 0;
    for (const pad of bronbestanden()) {
      if (!GESCAND.test(pad) || NIET_GESCAND.test(pad) || !existsSync(join(ROOT, pad))) continue;
      for (const v of verwijzingenIn(readFileSync(join(ROOT, pad), 'utf8'))) {
        aantal++;
        const f = probleemMet(v, docs);
        if (f) problemen.push(`${pad}:${v.regel}: "${v.tekst}": ${f}`);
      }
    }
    expect(problemen).toEqual([]);
    // The scan found the code's citations at all (a broken pattern would pass with none).
    expect(aantal).toBeGreaterThan(50);
  });

  it('every file or folder docs/ names in backticks exists', () => {
    const problemen: string[] = [];
    for (const naam of docs.keys()) {
      readFileSync(join(ROOT, naam), 'utf8')
        .split('\n')
        .forEach((inhoud, i) => {
          for (const m of inhoud.matchAll(/`((?:core|addin|cli|scripts|test|bench|bin|docs|samples|assets)\/[\w./-]*|\.ci\/run)`/g)) {
            const pad = m[1].replace(/\/$/, '');
            if (!existsSync(join(ROOT, pad))) problemen.push(`${naam}:${i + 1}: ${pad} bestaat niet`);
          }
        });
    }
    expect(problemen).toEqual([]);
  });
});

/** "`NAAM` in `pad`" and "`A`, `B` en `C(x)` in `pad`" in docs/: each name must occur in that file. */
function naamVerwijzingenIn(tekst: string): { regel: number; namen: string[]; pad: string }[] {
  const gevonden: { regel: number; namen: string[]; pad: string }[] = [];
  tekst.split('\n').forEach((inhoud, i) => {
    for (const m of inhoud.matchAll(/((?:`[^`]+`(?:, | en | of )?)+) in `([^`]+\.(?:ts|js|mjs))`/g)) {
      const namen = [...m[1].matchAll(/`([A-Za-z_$][\w$]*)(?:\([^`]*\))?`/g)].map((n) => n[1]);
      if (namen.length > 0) gevonden.push({ regel: i + 1, namen, pad: m[2] });
    }
  });
  return gevonden;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens ("§4 Functies" → "4-functies"). */
function anker(kop: string): string {
  return kop
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

describe('docs/: links between the documents', () => {
  it('every link to a docs file and heading lands', () => {
    const problemen: string[] = [];
    const ankers = new Map<string, Set<string>>();
    const namen = readdirSync(DOCS).filter((n) => n.endsWith('.md'));
    for (const naam of namen) {
      const koppen = readFileSync(join(DOCS, naam), 'utf8')
        .split('\n')
        .filter((r) => /^#{1,6}\s/.test(r));
      ankers.set(naam, new Set(koppen.map((k) => anker(k.replace(/^#+\s+/, '')))));
    }
    for (const naam of namen) {
      readFileSync(join(DOCS, naam), 'utf8')
        .split('\n')
        .forEach((inhoud, i) => {
          for (const m of inhoud.matchAll(/\]\(([\w.-]+\.md)?(?:#([^)]+))?\)/g)) {
            const doel = m[1] ?? naam;
            if (!ankers.has(doel)) problemen.push(`docs/${naam}:${i + 1}: ${doel} bestaat niet in docs/`);
            else if (m[2] && !ankers.get(doel)?.has(m[2])) problemen.push(`docs/${naam}:${i + 1}: ${doel} heeft geen kop #${m[2]}`);
          }
        });
    }
    expect(problemen).toEqual([]);
  });

  it('makes anchors the way GitHub does', () => {
    expect(anker('§4 Functies')).toBe('4-functies');
    expect(anker('§3 Beslissingen waar de bronnen iets openlaten')).toBe('3-beslissingen-waar-de-bronnen-iets-openlaten');
    expect(anker('Beslissing 14 — Herschikking van groeiaanvragen')).toBe('beslissing-14--herschikking-van-groeiaanvragen');
  });
});

describe('docs/: where is what', () => {
  it('every name docs/ places "in" a file is in that file', () => {
    const problemen: string[] = [];
    let aantal = 0;
    for (const naam of readdirSync(DOCS).filter((n) => n.endsWith('.md'))) {
      for (const v of naamVerwijzingenIn(readFileSync(join(DOCS, naam), 'utf8'))) {
        aantal += v.namen.length;
        const pad = join(ROOT, v.pad);
        const inhoud = existsSync(pad) ? readFileSync(pad, 'utf8') : '';
        for (const n of v.namen) {
          if (!new RegExp(`\\b${n.replace(/\$/g, '\\$')}\\b`).test(inhoud))
            problemen.push(`docs/${naam}:${v.regel}: ${n} staat niet in ${v.pad}`);
        }
      }
    }
    expect(problemen).toEqual([]);
    expect(aantal).toBeGreaterThan(10);
  });

  it('reads lists of names before a file', () => {
    expect(naamVerwijzingenIn('zie `a`, `b(jaar)` en `c` in `core/x.ts`; `d` in `core/y.ts`')).toEqual([
      { regel: 1, namen: ['a', 'b', 'c'], pad: 'core/x.ts' },
      { regel: 1, namen: ['d'], pad: 'core/y.ts' },
    ]);
  });
});

describe('the citation scanner', () => {
  const docs = new Map<string, Doc>([
    [CONTRACT, leesDoc(['## §3 Beslissingen', '### §3.1 Sub', '### Beslissing 2 — x', '### Beslissing 4 — y'].join('\n'))],
  ]);
  const sectie = (n: string) => `${SECTIETEKEN}${n}`;
  const fouten = (tekst: string) => verwijzingenIn(tekst).map((v) => probleemMet(v, docs) ?? 'goed');

  it('reads the docs form, the older SPEC form and sub-sections', () => {
    expect(fouten(`zie docs/contract.md ${sectie('3')} en ${sectie('3.1')}`)).toEqual(['goed']);
    expect(fouten(`docs/contract.md ${sectie('3.1')}`)).toEqual(['goed']);
    expect(fouten(`SPEC ${sectie('3.4')}`)).toEqual(['goed']);
    expect(fouten(`SPEC ${sectie('3')}`)).toEqual(['goed']);
    expect(fouten(`SPEC ${sectie('7')}`)).toEqual([`${CONTRACT} heeft geen ${sectie('7')}`]);
    expect(fouten(`docs/contract.md ${sectie('3.3')}`)).toEqual([`${CONTRACT} heeft geen ${sectie('3.3')}`]);
    expect(fouten(`docs/elders.md ${sectie('1')}`)).toEqual(['docs/elders.md bestaat niet']);
  });

  it('reads decisions in Dutch and English, alone and in lists', () => {
    const b = (woord: string, rest: string) => `${woord} ${rest}`;
    expect(fouten(b('beslissing', '2'))).toEqual(['goed']);
    expect(fouten(b('Decision', '4'))).toEqual(['goed']);
    expect(fouten(b('decisions', '2 and 4'))).toEqual(['goed', 'goed']);
    expect(fouten(b('beslissingen', '2, 4 en 3'))).toEqual(['goed', 'goed', `${CONTRACT} heeft geen beslissing 3`]);
    expect(fouten(b('decision', '9'))).toEqual([`${CONTRACT} heeft geen beslissing 9`]);
    // Not citations: a decision without a number, a word that only contains "decision".
    expect(fouten('lead decision, noted on issue 6; indecisions 3')).toEqual([]);
  });

  it('names the line of each citation', () => {
    expect(verwijzingenIn(['a', `b SPEC ${sectie('3')}`, 'c', 'd decision 4'].join('\n')).map((v) => v.regel)).toEqual([2, 4]);
  });
});
