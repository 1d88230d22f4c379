import type { Figures, Report } from './score';

/** The human-readable eval report: totals, a per-claim table, then misses and false alarms. */
export function formatReport(report: Report): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);
  const row = (name: string, f: Figures) =>
    `${name.padEnd(26)} ${pct(f.precision)} ${pct(f.recall)} ${pct(f.f1)}  ` +
    `tp ${String(f.tp).padStart(3)}  fp ${String(f.fp).padStart(3)}  fn ${String(f.fn).padStart(3)}`;
  const lines = [
    `passages: ${report.passages}`,
    `${'claim'.padEnd(26)}   prec    rec     f1`,
    ...Object.entries(report.perClaim).map(([id, f]) => row(id, f)),
    row('ALL (micro)', report),
    '',
    `misses (${report.misses.length}):`,
    ...report.misses.map((m) => `  ${m.id} ${m.claimId}: ${m.text}`),
    '',
    `false alarms (${report.falseAlarms.length}):`,
    ...report.falseAlarms.map((m) => `  ${m.id} ${m.claimId}: ${m.text}`),
  ];
  return lines.join('\n');
}
