// Scores the claim detector on a labelled corpus.
// Usage: npm run eval -- --corpus <file.jsonl> [--json]
import { readFileSync } from 'node:fs';
import { detectClaims } from '../lib/detector/index';
import { parseCorpus, CorpusError } from '../lib/eval/corpus';
import { formatReport } from '../lib/eval/format';
import { score } from '../lib/eval/score';

function fail(message: string): never {
  console.error(`eval: ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const corpusAt = args.indexOf('--corpus');
const file = corpusAt >= 0 ? args[corpusAt + 1] : undefined;
if (!file) fail('usage: npm run eval -- --corpus <file.jsonl> [--json]');

let source: string;
try {
  source = readFileSync(file, 'utf8');
} catch (error) {
  fail(`cannot read corpus ${file}: ${(error as Error).message}`);
}

let passages;
try {
  passages = parseCorpus(source);
} catch (error) {
  if (error instanceof CorpusError) fail(`${file}: ${error.message}`);
  throw error;
}

const report = score(
  passages.map((p) => ({
    id: p.id,
    text: p.text,
    expected: p.claims,
    predicted: [...new Set(detectClaims(p.text).map((m) => m.claimId))],
  })),
);

if (args.includes('--json')) {
  const { misses, falseAlarms, ...summary } = report;
  console.log(
    JSON.stringify({ ...summary, misses: misses.length, falseAlarms: falseAlarms.length }),
  );
} else {
  console.log(formatReport(report));
}
