import { z } from 'zod';
import { TOPICS, VERDICTS, claimSchema, type Verdict } from './schema';

/**
 * Checks on the claim dataset beyond what the zod schema can say alone: agreement with the
 * catalog, source hygiene, the HTML allow-list of `explanation`. Pure functions that return a
 * list of problems (empty = fine), so the test can show each check firing on a broken copy,
 * and a CLI or the options page could reuse them.
 */

export interface CatalogEntry {
  id: string;
  topic: string;
  verdict: Verdict;
}

/** The keys this dataset's cards are made of; `recognition` and `examples` belong to the detector. */
const EXAMPLES_SHAPE = z.strictObject({
  match: z.array(z.string()),
  nearMiss: z.array(z.string()),
});

/**
 * The full schema, except that the number of example sentences is not enforced here: the
 * examples are written separately and `examplesProblems` reports their count on its own.
 */
const cardSchema = claimSchema.extend({ examples: EXAMPLES_SHAPE });

/** The tags DOMPurify lets through on the card; anything else would be stripped or is a typo. */
export const EXPLANATION_TAGS = ['p', 'ul', 'li', 'strong', 'em'] as const;

/**
 * Papers that have been retracted (FACTS.md items 4 and 12). A source pointing at one of them
 * must carry `retracted: true`, so the card can say so next to the link.
 */
export const RETRACTED_DOIS = [
  '10.1007/s00213-019-05249-5',
  '10.1007/s00213-020-05548-2',
  '10.1007/s00213-020-05710-w',
  '10.1126/science.1074501',
] as const;

/**
 * Hosts seen in FACTS.md as copies of someone else's text. The card must link the original
 * (DOI, PubMed, the regulator, the outlet), never these.
 */
const MIRROR_HOSTS = [
  'distantreader.org',
  'safereddit.com',
  'webjosh.com',
  'inkl.com',
  'michipro.net',
  'dev.funandflip.com',
  'vuink.com',
  'meddatax.com',
  'worldindependant.com',
  'booksci.cn',
  'm.booksci.cn',
  'moreblossom.com',
  'blossomanalysis.com',
  'bfweb.us',
  'togows.dbcls.jp',
  'mafiadoc.com',
  'studylib.net',
  'scribd.com',
  'web.davidx.top',
  'londonspring.org',
  'aznews.biz',
  'allmind.ai',
  'git.livingip.xyz',
  'old.lemmy.eco.br',
  'pathway.md',
  'wikimili.com',
] as const;

const DOI_RE = /^10\.\d{4,9}\/[^\s"<>]+$/;
const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads the claim tables of CLAIMS.md: rows of `| \`id\` | assertion | verdict |` under `## Topic`. */
export function parseCatalog(markdown: string): CatalogEntry[] {
  const entries: CatalogEntry[] = [];
  let topic: string | undefined;
  for (const line of markdown.split('\n')) {
    const heading = /^##\s+(.+?)\s*$/.exec(line);
    if (heading) {
      topic = heading[1];
      continue;
    }
    const row = /^\|\s*`([a-z0-9-]+)`\s*\|.*\|\s*([a-z-]+)\s*\|\s*$/.exec(line);
    if (!row || topic === undefined) continue;
    const verdict = row[2] as Verdict;
    if (!VERDICTS.includes(verdict)) continue;
    entries.push({ id: row[1] as string, topic, verdict });
  }
  return entries;
}

function isValidIsoDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function urlProblem(url: unknown): string | undefined {
  if (typeof url !== 'string') return 'missing URL';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `malformed URL ${JSON.stringify(url)}`;
  }
  if (parsed.protocol !== 'https:') return `URL is not https: ${url}`;
  if (!parsed.hostname.includes('.') || /\s/.test(url)) return `malformed URL ${url}`;
  if (MIRROR_HOSTS.some((h) => parsed.hostname === h || parsed.hostname.endsWith(`.${h}`))) {
    return `URL points at a mirror, cite the original: ${url}`;
  }
  return undefined;
}

/** Problems with the tiny HTML subset of `explanation`: unknown tags, attributes, bad nesting. */
export function explanationProblems(html: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const allowed: readonly string[] = EXPLANATION_TAGS;
  const tagRe = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g;
  let last = 0;
  for (let m = tagRe.exec(html); m; m = tagRe.exec(html)) {
    if (html.slice(last, m.index).includes('<')) problems.push('stray "<" in explanation');
    last = m.index + m[0].length;
    const [, closing, rawName, rest] = m as unknown as [string, string, string, string];
    const name = rawName.toLowerCase();
    if (!allowed.includes(name)) {
      problems.push(`tag <${name}> is outside the allow-list (${EXPLANATION_TAGS.join(', ')})`);
      continue;
    }
    if (rest.trim() !== '') problems.push(`tag <${name}> has attributes; none are allowed`);
    if (closing) {
      if (stack.pop() !== name) problems.push(`</${name}> closes a tag that is not open`);
    } else {
      stack.push(name);
    }
  }
  if (html.slice(last).includes('<')) problems.push('stray "<" in explanation');
  if (stack.length > 0) problems.push(`unclosed tag(s): ${stack.join(', ')}`);
  return problems;
}

interface LooseSource {
  url?: unknown;
  doi?: unknown;
  pmid?: unknown;
  retracted?: unknown;
}

/**
 * Everything wrong with one claim file's card, each problem prefixed with the claim id.
 * `catalog` (when given) pins the verdict and topic the catalog assigns.
 */
export function validateClaim(raw: unknown, catalog?: readonly CatalogEntry[]): string[] {
  const obj = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const id = typeof obj.id === 'string' ? obj.id : '(no id)';
  const problems: string[] = [];
  const add = (msg: string) => problems.push(`${id}: ${msg}`);

  const parsed = cardSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      add(`schema: ${issue.path.join('.')}: ${issue.message}`);
  }

  if (catalog) {
    const entry = catalog.find((e) => e.id === id);
    if (!entry) add('id is not in the catalog');
    else {
      if (obj.verdict !== entry.verdict)
        add(`verdict ${String(obj.verdict)} differs from the catalog's ${entry.verdict}`);
      if (obj.topic !== entry.topic)
        add(`topic ${String(obj.topic)} differs from the catalog's ${entry.topic}`);
    }
  }
  if (typeof obj.topic === 'string' && !(TOPICS as readonly string[]).includes(obj.topic))
    add(`unknown topic ${obj.topic}`);

  for (const key of ['title', 'summary', 'explanation'] as const) {
    const v = obj[key];
    if (typeof v !== 'string' || v.trim() === '') add(`missing ${key}`);
    else if (/\bTODO\b/.test(v)) add(`${key} is still a TODO placeholder`);
  }
  if (typeof obj.summary === 'string' && obj.summary.length > 280)
    add(`summary is ${obj.summary.length} characters, over 280`);
  if (typeof obj.explanation === 'string')
    for (const p of explanationProblems(obj.explanation)) add(p);

  if (!isValidIsoDate(obj.reviewedOn)) add('missing or invalid reviewedOn date (YYYY-MM-DD)');
  if (
    obj.asOf !== undefined &&
    (typeof obj.asOf !== 'string' || !/^As of \d{1,2} \w+ \d{4}, /.test(obj.asOf))
  )
    add('asOf must read "As of <day> <month> <year>, …"');
  if (obj.topic === 'Regulation and law' && obj.asOf === undefined)
    add('regulatory claims must say "As of <date>"');

  const sources = Array.isArray(obj.sources) ? (obj.sources as LooseSource[]) : [];
  if (sources.length < 2) add(`has ${sources.length} source(s); at least two are required`);
  const seen = new Set<string>();
  sources.forEach((s, i) => {
    const where = `sources[${i}]`;
    const bad = urlProblem(s.url);
    if (bad) add(`${where}: ${bad}`);
    if (typeof s.url === 'string') {
      if (seen.has(s.url)) add(`${where}: duplicate source URL ${s.url}`);
      seen.add(s.url);
    }
    if (s.doi !== undefined) {
      if (typeof s.doi !== 'string' || !DOI_RE.test(s.doi))
        add(`${where}: malformed DOI ${String(s.doi)}`);
      else if (
        typeof s.url === 'string' &&
        s.url.startsWith('https://doi.org/') &&
        decodeURIComponent(s.url.slice('https://doi.org/'.length)).toLowerCase() !==
          s.doi.toLowerCase()
      )
        add(`${where}: DOI ${s.doi} does not match its doi.org URL`);
    }
    if (typeof s.url === 'string' && s.url.startsWith('https://doi.org/') && s.doi === undefined) {
      const fromUrl = decodeURIComponent(s.url.slice('https://doi.org/'.length));
      if (!DOI_RE.test(fromUrl)) add(`${where}: malformed DOI in URL ${s.url}`);
    }
    const pubmed =
      typeof s.url === 'string' ? /pubmed\.ncbi\.nlm\.nih\.gov\/(\d+)/.exec(s.url) : null;
    if (pubmed && s.pmid !== undefined && s.pmid !== pubmed[1])
      add(`${where}: PMID ${String(s.pmid)} does not match its PubMed URL`);
    const doiText = `${typeof s.doi === 'string' ? s.doi : ''} ${typeof s.url === 'string' ? s.url : ''}`;
    if (RETRACTED_DOIS.some((d) => doiText.includes(d)) && s.retracted !== true)
      add(`${where}: cites a retracted paper without retracted: true`);
  });

  const keyNumbers = Array.isArray(obj.keyNumbers)
    ? (obj.keyNumbers as Record<string, unknown>[])
    : [];
  keyNumbers.forEach((k, i) => {
    if (typeof k.value === 'string' && k.value.includes('%')) {
      if (typeof k.comparison !== 'string' || k.comparison.trim() === '')
        add(`keyNumbers[${i}]: a percentage needs its comparison arm`);
      if (typeof k.timepoint !== 'string' || k.timepoint.trim() === '')
        add(`keyNumbers[${i}]: a percentage needs its timepoint`);
    }
  });

  return problems;
}

/** The examples count the full schema asks for (≥ 3 match and ≥ 3 near-miss sentences). */
export function examplesProblems(raw: unknown): string[] {
  const parsed = claimSchema.shape.examples.safeParse((raw as { examples?: unknown }).examples);
  const id = (raw as { id?: unknown }).id;
  return parsed.success
    ? []
    : parsed.error.issues.map((i) => `${String(id)}: examples.${i.path.join('.')}: ${i.message}`);
}

export interface DatasetInput {
  /** File name (`<id>.json`) → parsed contents, for every file in data/claims/. */
  files: Record<string, unknown>;
  /** Claim ids in the order data/claims/index.ts exports them. */
  indexIds: readonly string[];
  catalog: readonly CatalogEntry[];
}

/** Problems across the whole dataset: per-claim checks plus catalog, folder and index agreement. */
export function validateDataset({ files, indexIds, catalog }: DatasetInput): string[] {
  const problems: string[] = [];
  const fileIds: string[] = [];
  for (const [name, raw] of Object.entries(files)) {
    const id = (raw as { id?: unknown }).id;
    if (`${String(id)}.json` !== name)
      problems.push(`${name}: file name does not match id ${String(id)}`);
    if (typeof id === 'string') fileIds.push(id);
    problems.push(...validateClaim(raw, catalog));
  }

  const dupes = (ids: readonly string[]) => ids.filter((x, i) => ids.indexOf(x) !== i);
  for (const d of new Set(dupes(fileIds))) problems.push(`duplicate id ${d} in data/claims`);
  for (const d of new Set(dupes(indexIds)))
    problems.push(`duplicate id ${d} in data/claims/index.ts`);
  for (const d of new Set(dupes(catalog.map((e) => e.id))))
    problems.push(`duplicate id ${d} in the catalog`);

  const catalogIds = new Set(catalog.map((e) => e.id));
  const fileSet = new Set(fileIds);
  const indexSet = new Set(indexIds);
  for (const id of catalogIds)
    if (!fileSet.has(id)) problems.push(`missing claim file for catalog id ${id}`);
  for (const id of fileSet)
    if (!catalogIds.has(id)) problems.push(`extra claim ${id} not in the catalog`);
  for (const id of fileSet)
    if (!indexSet.has(id)) problems.push(`data/claims/index.ts does not list ${id}`);
  for (const id of indexSet)
    if (!fileSet.has(id)) problems.push(`data/claims/index.ts lists ${id}, which has no file`);
  return problems;
}
