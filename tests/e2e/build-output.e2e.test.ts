import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/browser/launch-extension';

// The built extension (.output/chrome-mv3, made by `npm run test:e2e` before this file runs) may
// not contain a way to reach the network, nor an address to reach, except the few harmless
// occurrences listed below, each with the reason it is harmless. A new one fails the test: look
// at it, and either remove it or add it here with its reason. An entry that no longer matches
// anything fails too, so the list stays exact.

const TEXT_FILE = /\.(?:js|mjs|html|css|json)$/;

function builtFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? builtFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every text file of the build, by its path inside the build. */
function readBuild(): Map<string, string> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No build in ${EXTENSION_DIR}: run \`npx wxt build\` first.`);
  }
  return new Map(
    builtFiles(EXTENSION_DIR)
      .filter((file) => TEXT_FILE.test(file))
      .map((file) => [relative(EXTENSION_DIR, file), readFileSync(file, 'utf8')]),
  );
}

/** Files that run in web pages or in the service worker: no exception is allowed there. */
const PAGE_OR_WORKER = /^(?:content-scripts\/|annotator\.js$|background\.js$)/;

interface Allowed {
  /** What the occurrence (with `context` characters either side) must match. */
  pattern: RegExp;
  reason: string;
  /** Only in these files. */
  files?: RegExp;
}

/** Network APIs; each occurrence must match an entry of ALLOWED_API. */
const NETWORK_API = /\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\bsendBeacon\b|\bEventSource\b/g;

const ALLOWED_API: Allowed[] = [
  {
    // Vite's `modulepreload` polyfill in the popup's and options page's shared chunk: it fetches
    // the `<link rel="modulepreload">` files of the extension's own page (chunks of this build)
    // into the cache, in browsers without native modulepreload. Never in pages or the worker.
    pattern:
      /function \w+\(\w+\)\{if\(\w+\.ep\)return;\w+\.ep=!0;let \w+=\w+\(\w+\);fetch\(\w+\.href,\w+\)\}/,
    reason: "Vite's modulepreload polyfill (extension pages only)",
    files: /^chunks\//,
  },
];

/** Absolute URLs of any scheme that reaches a server. */
const REMOTE_URL = /\b(?:https?|wss?|ftp):\/\/[^\s"'`)<>\\]*/g;

const ALLOWED_URL: Allowed[] = [
  {
    // Namespace identifiers React DOM and DOMPurify compare element namespaces with (SVG,
    // MathML, XHTML, xlink, xml). They are names, not addresses: nothing fetches them.
    pattern:
      /^http:\/\/www\.w3\.org\/(?:1999\/xhtml|2000\/svg|1998\/Math\/MathML|1999\/xlink|XML\/1998\/namespace)$/,
    reason: 'XML namespace identifiers in React DOM and DOMPurify',
  },
  {
    // React's production builds replace error messages with a link for the developer to read.
    pattern: /^https:\/\/react\.dev\/errors\/$/,
    reason: "React's minified error message text",
  },
  {
    // WXT's runtime explains two misconfigurations in thrown messages with these links.
    pattern:
      /^https:\/\/(?:wxt\.dev\/guide\/go-further\/testing\.html|github\.com\/wxt-dev\/wxt\/issues\/371)$/,
    reason: 'WXT error message text',
  },
  {
    // Match patterns of the content script (manifest and WXT's copy in the script), not URLs.
    pattern: /^https?:\/\/\*\/\*$/,
    reason: 'content script match patterns',
    files: /^(?:manifest\.json|content-scripts\/content\.js)$/,
  },
  {
    // The "@context" of the schema.org ClaimReview JSON the options page exports: a JSON-LD
    // vocabulary name, written into the file, never dereferenced.
    pattern: /^https:\/\/schema\.org$/,
    reason: 'schema.org context string of the ClaimReview export',
    files: /^chunks\//,
  },
  {
    // The options page's site editor reads a typed hostname with `new URL(\`http://${host}\`)`:
    // parsing only, nothing is requested.
    pattern: /^http:\/\/\$\{\w+\}$/,
    reason: 'hostname parsing in the options page',
    files: /^chunks\/options-/,
  },
];

/** Every `url` in the dataset: the sources the cards link to (opened only when clicked). */
function datasetUrls(): Set<string> {
  const urls = new Set<string>();
  const collect = (value: unknown, key: string): void => {
    if (typeof value === 'string' && key === 'url') urls.add(value);
    else if (Array.isArray(value)) value.forEach((item) => collect(item, key));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) collect(v, k);
    }
  };
  const dir = 'data/claims';
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    collect(JSON.parse(readFileSync(join(dir, file), 'utf8')), '');
  }
  return urls;
}

interface Finding {
  file: string;
  text: string;
  context: string;
}

function find(build: Map<string, string>, pattern: RegExp, context: number): Finding[] {
  const findings: Finding[] = [];
  for (const [file, source] of build) {
    for (const match of source.matchAll(pattern)) {
      const at = match.index;
      findings.push({
        file,
        text: match[0],
        context: source.slice(Math.max(0, at - context), at + match[0].length + context),
      });
    }
  }
  return findings;
}

/** The findings no entry allows, and the entries that allowed nothing. */
function judge(findings: Finding[], allowed: Allowed[], subject: (f: Finding) => string) {
  const used = new Set<Allowed>();
  const rejected = findings.filter((finding) => {
    const entry = allowed.find(
      (a) => (a.files?.test(finding.file) ?? true) && a.pattern.test(subject(finding)),
    );
    if (entry) used.add(entry);
    return !entry;
  });
  return { rejected, unused: allowed.filter((a) => !used.has(a)).map((a) => a.reason) };
}

describe('the built extension reaches no server', () => {
  const build = readBuild();

  it('calls no network API, apart from the listed harmless occurrences', () => {
    const findings = find(build, NETWORK_API, 120);
    const { rejected, unused } = judge(findings, ALLOWED_API, (f) => f.context);
    expect(rejected.map((f) => `${f.file}: …${f.context}…`)).toEqual([]);
    expect(unused, 'allowed occurrences that are gone: remove them from ALLOWED_API').toEqual([]);
    // None at all in what runs in web pages and in the service worker.
    expect(findings.filter((f) => PAGE_OR_WORKER.test(f.file))).toEqual([]);
  });

  it('names no remote address but the dataset sources and the listed harmless strings', () => {
    const sources = datasetUrls();
    expect(sources.size).toBeGreaterThan(20);
    const findings = find(build, REMOTE_URL, 60).filter((f) => !sources.has(f.text));
    const { rejected, unused } = judge(findings, ALLOWED_URL, (f) => f.text);
    expect(rejected.map((f) => `${f.file}: ${f.text}   (…${f.context}…)`)).toEqual([]);
    expect(unused, 'allowed strings that are gone: remove them from ALLOWED_URL').toEqual([]);
  });
});

describe('the manifest asks for what the features use, and no more', () => {
  const build = readBuild();
  const manifest = JSON.parse(build.get('manifest.json') as string) as Record<string, unknown>;
  const code = [...build].filter(([file]) => file.endsWith('.js')).map(([, s]) => s);

  it('requests exactly storage and contextMenus, and no host or optional permissions', () => {
    // storage: settings (sync) and each tab's claim list for the badge (session).
    // contextMenus: the "Check selected text" item.
    expect([...(manifest.permissions as string[])].sort()).toEqual(['contextMenus', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined(); // MV3's strict default
  });

  it('uses every permission it asks for', () => {
    const background = build.get('background.js') as string;
    expect(background).toMatch(/\.contextMenus\.create\(/);
    expect(
      code.some((source) => /\.storage\.(?:sync|session|local)\b|["'`]sync:/.test(source)),
    ).toBe(true);
  });

  it('reads pages over http(s) only, and exposes only the annotator and the card to them', () => {
    const scripts = manifest.content_scripts as { matches: string[] }[];
    expect(scripts.flatMap((s) => s.matches).sort()).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.web_accessible_resources).toEqual([
      {
        resources: ['annotator.js', 'card.js'],
        matches: ['http://*/*', 'https://*/*'],
        use_dynamic_url: true,
      },
    ]);
  });
});

describe('the mark styles', () => {
  const rules = (css: string) => [...css.matchAll(/([^{}]*)::highlight\(/g)].map((m) => m[1]);

  it('are set on :root only in the Chrome build, where highlight styles inherit', () => {
    const css = readBuild().get('content-scripts/content.css') as string;
    expect(rules(css).length).toBeGreaterThanOrEqual(6);
    expect(new Set(rules(css))).toEqual(new Set([':root']));
  });

  // The Firefox build exists once `npm test` has run `lint:firefox` (before the e2e tests).
  const firefoxCss = join(EXTENSION_DIR, '../firefox-mv2/content-scripts/content.css');
  it.runIf(existsSync(firefoxCss))('are set on every element in the Firefox build', () => {
    const css = readFileSync(firefoxCss, 'utf8');
    expect(rules(css).length).toBeGreaterThanOrEqual(6);
    expect(new Set(rules(css))).toEqual(new Set(['']));
  });
});

describe('what each page loads', () => {
  const build = readBuild();
  // The key every source of the dataset has, as the bundler writes it, and a call only the
  // detector makes.
  const DATASET = /publisher["'`]?:/;
  const DETECTOR = 'Intl.Segmenter';

  it('keeps the detector and the dataset out of the scripts pages run until a card opens', () => {
    for (const file of ['content-scripts/content.js', 'annotator.js']) {
      const source = build.get(file) as string;
      expect(source, file).not.toContain(DETECTOR);
      expect(source, file).not.toMatch(DATASET);
    }
    expect(build.get('background.js')).toContain(DETECTOR);
    expect(build.get('card.js')).toMatch(DATASET);
  });
});
