/**
 * Reads a labelled corpus (../shared/corpus/README.md): one JSON object a line with `id`,
 * `text`, `claims` (claim ids) and `kind`. Blank lines are skipped; anything else that is not
 * such an object is an error naming its 1-based line number.
 */
export interface Passage {
  id: string;
  text: string;
  claims: string[];
  kind: string;
}

export class CorpusError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'CorpusError';
  }
}

export function parseCorpus(source: string): Passage[] {
  const passages: Passage[] = [];
  const lines = source.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === '') continue;
    passages.push(parsePassage(line, i + 1));
  }
  return passages;
}

function parsePassage(line: string, lineNumber: number): Passage {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new CorpusError(lineNumber, `not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CorpusError(lineNumber, 'expected a JSON object');
  }
  const { id, text, claims, kind } = value as Record<string, unknown>;
  if (typeof id !== 'string') throw new CorpusError(lineNumber, '"id" must be a string');
  if (typeof text !== 'string') throw new CorpusError(lineNumber, '"text" must be a string');
  if (!Array.isArray(claims) || !claims.every((c) => typeof c === 'string')) {
    throw new CorpusError(lineNumber, '"claims" must be an array of claim ids');
  }
  return { id, text, claims: [...new Set(claims as string[])], kind: String(kind ?? 'other') };
}
