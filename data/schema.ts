import { z } from 'zod';
import { VERDICTS } from '../lib/verdicts';

export { VERDICTS };
export type { Verdict } from '../lib/verdicts';

/**
 * The shape of one claim file, `data/claims/<claim-id>.json`.
 *
 * Runtime code imports only the *types* from here (`import type`), so zod stays out of the
 * extension bundle; the schema itself runs in the dataset validation test and the CLIs.
 */

export const verdictSchema = z.enum(VERDICTS);

export const TOPICS = [
  'Efficacy for PTSD',
  'Other efficacy claims',
  'Mechanism',
  'Regulation and law',
  'Safety',
  'State of the research',
] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ISO date YYYY-MM-DD');
const httpsUrl = z
  .string()
  .url()
  .refine((u) => u.startsWith('https://'), 'must be an https URL');

export const sourceSchema = z.strictObject({
  title: z.string().min(5),
  publisher: z.string().min(2), // journal, regulator or outlet
  year: z.number().int().min(1900).max(2100),
  url: httpsUrl,
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, 'DOI like 10.1038/s41591-021-01336-3')
    .optional(),
  pmid: z
    .string()
    .regex(/^\d{5,9}$/)
    .optional(),
  type: z.enum([
    'rct',
    'meta-analysis',
    'systematic-review',
    'review',
    'open-label',
    'observational',
    'regulator',
    'sponsor',
    'independent-review',
    'news',
    'legal',
    'book',
    'retraction-notice',
  ]),
  retracted: z.boolean().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const keyNumberSchema = z.strictObject({
  label: z.string().min(3), // what was measured, e.g. "No longer met PTSD criteria (MAPP1)"
  value: z.string().min(1), // e.g. "67% vs 32%"
  comparison: z.string().optional(), // the comparison arm, e.g. "placebo with the same therapy"
  sample: z.string().optional(), // e.g. "n = 90 randomised"
  timepoint: z.string().optional(), // e.g. "18 weeks after baseline"
});
export type KeyNumber = z.infer<typeof keyNumberSchema>;

/**
 * How a claim is recognised. A term is a word or phrase matched on normalised tokens:
 * lower case, Unicode quotes/dashes folded, hyphens split words ("MDMA-assisted" is
 * "mdma assisted"), a possessive "'s" dropped; `*` at the end of a word matches any ending
 * (`approv*`); `#pct` matches any percentage or fraction form ("67%", "67 percent",
 * "two-thirds", "sixty-seven per cent"); `#num` any other number. A rule fires when every group
 * in `all` has a term in the sentence and no term of `none` is there.
 *
 * The detector checks the rest, the same for every claim: the sentence must be about MDMA
 * (named there, or in an earlier sentence of the text; the drug named nearest before the
 * matched words wins, and a name after "not", "no" or "unlike" does not count), must not be a
 * question, and a negation turns the match into `negation` below: "not", "never"… up to six
 * tokens before a matched term or a verbal "not" just after it, in the same clause; or a
 * complement negator ("no evidence that", "whether", "it remains to be shown") anywhere before
 * the whole match in its clause.
 */
export const ruleSchema = z.strictObject({
  all: z.array(z.array(z.string().min(1)).min(1)).min(1),
  none: z.array(z.string().min(1)).optional(),
  /**
   * Proximity: one term of every group must fit in a run of at most this many tokens
   * ("no longer" near "PTSD", not twenty words away). No limit when absent.
   */
  window: z.number().int().min(1).optional(),
  /**
   * `false` when the rule's own words carry the negation ("not addictive", "no serious adverse
   * events"), so that an ordinary negation cue does not cancel the match; a complement negator
   * ("whether MDMA is not addictive") still does. Default `true`.
   */
  negatable: z.boolean().optional(),
});
export type Rule = z.infer<typeof ruleSchema>;

export const recognitionSchema = z.strictObject({
  rules: z.array(ruleSchema).min(1),
  /** Where a negated match goes: the denial's claim id, or dropped. */
  negation: z.union([z.literal('drop'), z.strictObject({ mapsTo: z.string() })]),
  /** Claim ids that, when matched in the same sentence, win over this one. */
  yieldsTo: z.array(z.string()).optional(),
});
export type Recognition = z.infer<typeof recognitionSchema>;

export const claimSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title: z.string().min(10),
  topic: z.enum(TOPICS),
  verdict: verdictSchema,
  summary: z.string().min(40).max(280),
  /** Paragraphs and lists in a tiny HTML subset (p, ul, li, strong, em), sanitised on render. */
  explanation: z.string().min(100),
  keyNumbers: z.array(keyNumberSchema),
  sources: z.array(sourceSchema).min(2),
  reviewedOn: isoDate,
  /** "As of <date>, …" wording for facts that can change; shown on the card. */
  asOf: z.string().optional(),
  recognition: recognitionSchema,
  examples: z.strictObject({
    match: z.array(z.string().min(10)).min(3),
    nearMiss: z.array(z.string().min(10)).min(3),
  }),
});
export type Claim = z.infer<typeof claimSchema>;
