import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLAIMS } from './claims/index';
import claimIds from './claim-ids.json';
import {
  examplesProblems,
  explanationProblems,
  parseCatalog,
  validateClaim,
  validateDataset,
  type CatalogEntry,
} from './validate';

const here = dirname(fileURLToPath(import.meta.url));
const claimsDir = join(here, 'claims');
const catalogPath = join(here, '..', '..', 'shared', 'evidence', 'CLAIMS.md');

/** The shared catalog when this checkout sits beside it; otherwise the committed copy. */
const committed = claimIds as CatalogEntry[];
const catalog: CatalogEntry[] = existsSync(catalogPath)
  ? parseCatalog(readFileSync(catalogPath, 'utf8'))
  : committed;

const files: Record<string, unknown> = Object.fromEntries(
  readdirSync(claimsDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(join(claimsDir, f), 'utf8')) as unknown]),
);
const indexIds = CLAIMS.map((c) => c.id);
const indexSource = readFileSync(join(claimsDir, 'index.ts'), 'utf8');
const indexImports = [...indexSource.matchAll(/from '\.\/([a-z0-9-]+)\.json'/g)].map((m) => m[1]);

describe('the claim dataset', () => {
  it('has the 37 catalog ids, and the committed id list matches the catalog', () => {
    expect(catalog).toHaveLength(37);
    expect(committed).toEqual(catalog);
  });

  it('index.ts imports and exports exactly the files in data/claims', () => {
    const folder = Object.keys(files).map((f) => f.replace(/\.json$/, ''));
    expect([...indexImports].sort()).toEqual(folder);
    expect([...indexIds].sort()).toEqual(folder);
  });

  it('passes every card check (schema, catalog, sources, HTML, dates)', () => {
    expect(validateDataset({ files, indexIds, catalog })).toEqual([]);
  });

  // Written by the detector side separately from the cards; kept apart so a missing example
  // sentence does not hide a card problem, and without relaxing the schema's minimum of 3.
  it('has at least three match and three near-miss example sentences per claim', () => {
    expect(Object.values(files).flatMap(examplesProblems)).toEqual([]);
  });
});

/** A small valid entry, independent of the real files, to break one thing at a time. */
const CATALOG: CatalogEntry[] = [
  { id: 'sample-claim', topic: 'Safety', verdict: 'supported' },
  { id: 'other-claim', topic: 'Mechanism', verdict: 'overstated' },
];
function validEntry(): Record<string, unknown> {
  return {
    id: 'sample-claim',
    title: 'A sample claim, as pages put it',
    topic: 'Safety',
    verdict: 'supported',
    summary: 'A short summary of what the evidence shows, long enough for the schema.',
    explanation:
      '<p>What the claim gets <strong>right</strong>, in a sentence.</p>' +
      '<ul><li>What it leaves <em>out</em>, in another sentence.</li></ul>',
    keyNumbers: [
      {
        label: 'Something measured',
        value: '67% vs 32%',
        comparison: 'placebo with the same therapy',
        sample: 'n = 90',
        timepoint: '18 weeks after baseline',
      },
    ],
    sources: [
      {
        title: 'A primary paper',
        publisher: 'Nature Medicine',
        year: 2021,
        url: 'https://doi.org/10.1038/s41591-021-01336-3',
        doi: '10.1038/s41591-021-01336-3',
        type: 'rct',
      },
      {
        title: 'A regulator page',
        publisher: 'TGA',
        year: 2023,
        url: 'https://www.tga.gov.au/some-page',
        type: 'regulator',
      },
    ],
    reviewedOn: '2026-11-27',
    asOf: 'As of 27 November 2026, nothing has changed.',
    recognition: { rules: [{ all: [['mdma']] }], negation: 'drop' },
    examples: {
      match: ['one sentence long enough', 'two sentence long enough', 'three sentence long'],
      nearMiss: ['one near miss sentence', 'two near miss sentence', 'three near miss sentence'],
    },
  };
}
type Entry = ReturnType<typeof validEntry>;
function at<T>(list: unknown, i: number): T {
  const item = (list as T[])[i];
  if (item === undefined) throw new Error(`no item ${i} in the sample entry`);
  return item;
}
/** The i-th source or key number of the sample entry, for mutation. */
const src = (e: Entry, i: number) => at<Record<string, unknown>>(e.sources, i);
const num = (e: Entry, i: number) => at<Record<string, unknown>>(e.keyNumbers, i);

function problemsAfter(mutate: (e: Entry) => void): string[] {
  const entry = validEntry();
  mutate(entry);
  return validateClaim(entry, CATALOG);
}

describe('validateClaim', () => {
  it('accepts the valid sample', () => {
    expect(validateClaim(validEntry(), CATALOG)).toEqual([]);
    expect(examplesProblems(validEntry())).toEqual([]);
  });

  const broken: [string, (e: Entry) => void, RegExp][] = [
    [
      'a verdict that differs from the catalog',
      (e) => (e.verdict = 'false'),
      /differs from the catalog/,
    ],
    ['a topic that differs from the catalog', (e) => (e.topic = 'Mechanism'), /topic .* differs/],
    ['an id missing from the catalog', (e) => (e.id = 'not-catalogued'), /not in the catalog/],
    [
      'fewer than two sources',
      (e) => (e.sources = (e.sources as unknown[]).slice(0, 1)),
      /at least two/,
    ],
    ['a non-https URL', (e) => (src(e, 1).url = 'http://www.tga.gov.au/x'), /not https/],
    ['a malformed URL', (e) => (src(e, 1).url = 'https//tga'), /malformed URL/],
    ['a URL without a host', (e) => (src(e, 1).url = 'https://localhost/x'), /malformed URL/],
    ['a mirror URL', (e) => (src(e, 1).url = 'https://distantreader.org/x'), /mirror/],
    ['a malformed DOI', (e) => (src(e, 0).doi = '10.10/abc'), /malformed DOI/],
    [
      'a DOI that disagrees with its URL',
      (e) => (src(e, 0).doi = '10.1038/s41591-023-02565-4'),
      /does not match/,
    ],
    [
      'a retracted paper not flagged',
      (e) => {
        src(e, 0).url = 'https://doi.org/10.1007/s00213-019-05249-5';
        src(e, 0).doi = '10.1007/s00213-019-05249-5';
      },
      /retracted/,
    ],
    ['a missing reviewedOn date', (e) => delete e.reviewedOn, /reviewedOn/],
    ['an impossible reviewedOn date', (e) => (e.reviewedOn = '2026-02-30'), /reviewedOn/],
    ['a badly worded asOf', (e) => (e.asOf = 'Currently nothing has changed.'), /asOf/],
    ['a duplicate source URL', (e) => (src(e, 1).url = src(e, 0).url), /duplicate source URL/],
    ['a summary over 280 characters', (e) => (e.summary = 'x'.repeat(281)), /over 280/],
    ['a TODO placeholder', (e) => (e.title = 'TODO write the title'), /TODO/],
    ['a tag outside the allow-list', (e) => (e.explanation += '<a>link</a>'), /allow-list/],
    ['a script tag', (e) => (e.explanation += '<script>x</script>'), /allow-list/],
    [
      'an attribute on an allowed tag',
      (e) => (e.explanation += '<p class="x">y</p>'),
      /attributes/,
    ],
    ['an unclosed tag', (e) => (e.explanation += '<p>open'), /unclosed/],
    [
      'a percentage without its comparison arm',
      (e) => delete num(e, 0).comparison,
      /comparison arm/,
    ],
    ['a percentage without its timepoint', (e) => delete num(e, 0).timepoint, /timepoint/],
    ['an extra key', (e) => (e.notes = 'x'), /schema/],
    ['a missing explanation', (e) => delete e.explanation, /explanation/],
  ];
  it.each(broken)('flags %s', (_name, mutate, expected) => {
    const problems = problemsAfter(mutate);
    expect(problems.some((p) => expected.test(p))).toBe(true);
  });

  it('requires an asOf line on regulatory claims', () => {
    const catalog: CatalogEntry[] = [
      { id: 'sample-claim', topic: 'Regulation and law', verdict: 'supported' },
    ];
    const entry = validEntry();
    entry.topic = 'Regulation and law';
    delete entry.asOf;
    expect(validateClaim(entry, catalog).some((p) => /As of <date>/.test(p))).toBe(true);
  });

  it('reports too few example sentences separately from the card', () => {
    const entry = validEntry();
    entry.examples = { match: [], nearMiss: [] };
    expect(validateClaim(entry, CATALOG)).toEqual([]);
    expect(examplesProblems(entry)).not.toEqual([]);
  });
});

describe('explanationProblems', () => {
  it('accepts the allow-listed subset and rejects everything else', () => {
    expect(
      explanationProblems('<p>a <em>b</em> <strong>c</strong></p><ul><li>d</li></ul>'),
    ).toEqual([]);
    expect(explanationProblems('<p>a</p><img src=x>')).not.toEqual([]);
    expect(explanationProblems('<p>a < b</p>')).not.toEqual([]);
    expect(explanationProblems('<p><em>a</p></em>')).not.toEqual([]);
  });
});

describe('validateDataset', () => {
  const other = () => ({
    ...validEntry(),
    id: 'other-claim',
    topic: 'Mechanism',
    verdict: 'overstated',
  });
  const good = () => ({
    files: { 'sample-claim.json': validEntry(), 'other-claim.json': other() },
    indexIds: ['sample-claim', 'other-claim'],
    catalog: CATALOG,
  });

  it('accepts a consistent dataset', () => {
    expect(validateDataset(good())).toEqual([]);
  });
  it('flags a catalog id without a file', () => {
    const d = good();
    delete (d.files as Record<string, unknown>)['other-claim.json'];
    d.indexIds = ['sample-claim'];
    expect(
      validateDataset(d).some((p) => /missing claim file for catalog id other-claim/.test(p)),
    ).toBe(true);
  });
  it('flags a file that is not in the catalog', () => {
    const d = good();
    d.catalog = CATALOG.slice(0, 1);
    expect(validateDataset(d).some((p) => /extra claim other-claim/.test(p))).toBe(true);
  });
  it('flags a duplicate id', () => {
    const d = good();
    (d.files as Record<string, unknown>)['copy.json'] = validEntry();
    expect(validateDataset(d).some((p) => /duplicate id sample-claim/.test(p))).toBe(true);
    expect(validateDataset(d).some((p) => /file name does not match/.test(p))).toBe(true);
  });
  it('flags an index that disagrees with the folder', () => {
    const d = good();
    d.indexIds = ['sample-claim', 'ghost-claim'];
    const problems = validateDataset(d);
    expect(problems.some((p) => /does not list other-claim/.test(p))).toBe(true);
    expect(problems.some((p) => /lists ghost-claim/.test(p))).toBe(true);
  });
});

describe('parseCatalog', () => {
  it('reads id, topic and verdict from the topic tables and skips the verdict scale', () => {
    const md = [
      '| verdict | meaning |',
      '| `supported` | consistent with the best evidence available |',
      '## Safety',
      '| id | a page asserts that … | verdict |',
      '|---|---|---|',
      '| `side-effects` | it causes nausea, jaw clenching | supported |',
      '## Mechanism',
      '| `time-perception` | its altered sense of time helps | unsupported |',
    ].join('\n');
    expect(parseCatalog(md)).toEqual([
      { id: 'side-effects', topic: 'Safety', verdict: 'supported' },
      { id: 'time-perception', topic: 'Mechanism', verdict: 'unsupported' },
    ]);
  });
});
