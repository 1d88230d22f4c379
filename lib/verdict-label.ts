import { t, type MessageKey } from './i18n';
import type { Verdict } from './verdicts';

const VERDICT_MESSAGES: Record<Verdict, MessageKey> = {
  supported: 'verdictSupported',
  'needs-context': 'verdictNeedsContext',
  overstated: 'verdictOverstated',
  unsupported: 'verdictUnsupported',
  false: 'verdictFalse',
};

/** The verdict's word in the user's language, as cards, the popup and the badge show it. */
export function verdictLabel(verdict: Verdict): string {
  return t(VERDICT_MESSAGES[verdict]);
}
