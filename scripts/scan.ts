// Prints the claims the detector finds in a saved page or text.
// Usage: npm run scan -- <file.html|file.txt|->   (- reads standard input)
import { readFileSync } from 'node:fs';
import { CLAIMS } from '../data/claims/index';
import { detectClaims } from '../lib/detector/index';
import { htmlToText } from '../lib/text/html-to-text';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run scan -- <file.html|file.txt|->');
  process.exit(1);
}

let source: string;
try {
  source = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (error) {
  console.error(`scan: cannot read ${file}: ${(error as Error).message}`);
  process.exit(1);
}

const looksLikeHtml =
  /\.x?html?$/i.test(file) || /^\s*<(?:!doctype|html|head|body|div|p)\b/i.test(source);
const text = looksLikeHtml ? htmlToText(source) : source;
const verdicts = new Map(CLAIMS.map((c) => [c.id, c.verdict]));
const matches = detectClaims(text);

for (const m of matches) {
  const quote = m.quote.exact.replace(/\s+/g, ' ');
  console.log(`${m.claimId} [${verdicts.get(m.claimId) ?? '?'}] @${m.start}-${m.end}: ${quote}`);
}
console.log(`${matches.length} match${matches.length === 1 ? '' : 'es'}`);
