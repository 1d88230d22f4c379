import type { Verdict } from '../data/schema';
import { verdictLabel } from '../lib/verdict-label';

/** One small icon per verdict, so the verdict never depends on colour alone. */
const ICON_PATHS: Record<Verdict, string> = {
  supported: 'M3 8.5l3 3 7-7', // check mark
  'needs-context': 'M8 4.5v.5M8 7v5', // "i"
  overstated: 'M8 13V3M4 7l4-4 4 4', // arrow up: goes beyond the evidence
  unsupported: 'M5.5 6a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5V10M8 12.5v.5', // question mark
  false: 'M4 4l8 8M12 4l-8 8', // cross
};

export function VerdictIcon({ verdict }: { verdict: Verdict }) {
  return (
    <svg className="verdict-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      <path
        d={ICON_PATHS[verdict]}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span className={`verdict verdict-${verdict}`} data-verdict={verdict}>
      <VerdictIcon verdict={verdict} />
      {verdictLabel(verdict)}
    </span>
  );
}
