/** A plain-text report of a modern-corpus score: detection, per-field table, then the misses per file. */
import type { ModernField, ModernScore, Tally } from './score-modern.ts';

const LABELS: Record<ModernField, string> = {
  date: 'date',
  country: 'country',
  place: 'place (city)',
  attack_type: 'attack type (main)',
  perpetrator_name: 'perpetrator name',
  perpetrator_status: 'perpetrator status',
  killed_best: 'killed best',
  killed_low: 'killed low',
  killed_high: 'killed high',
  killed_disputed: 'killed disputed',
  killed_perpetrators_best: 'killed perpetrators best',
  wounded_best: 'wounded best',
  kidnapped_best: 'kidnapped best',
  sources: 'sources (recall)',
  claim_channel: 'claim channel',
};

export function formatModernScore(score: ModernScore, options: { misses?: boolean } = {}): string {
  const { detection, negatives } = score;
  const lines: string[] = [];
  lines.push(`Modern corpus: ${score.files} files, ${detection.expected} expected incidents, ${detection.predicted} predicted` +
    (detection.background > 0 ? ` (and ${detection.background} background mentions, not counted)` : ''));
  lines.push(
    `detection: ${detection.matched} matched, precision ${percent(detection.precision)}, recall ${percent(detection.recall)}, F1 ${percent(detection.f1)}`,
  );
  lines.push(`negatives without incident: ${tally(negatives)}`);
  lines.push('');
  const width = Math.max(...Object.values(LABELS).map((l) => l.length));
  lines.push(`${'field'.padEnd(width)}  correct  total        %`);
  for (const [field, label] of Object.entries(LABELS) as Array<[ModernField, string]>) {
    const t = score.fields[field];
    lines.push(`${label.padEnd(width)}  ${String(t.correct).padStart(7)}  ${String(t.total).padStart(5)}  ${percent(ratio(t)).padStart(7)}`);
  }
  if (options.misses !== false && score.misses.length > 0) {
    lines.push('', 'Misses:');
    for (const file of score.misses) {
      lines.push(`  ${file.file}`);
      for (const message of file.messages) lines.push(`    - ${message}`);
    }
  }
  return lines.join('\n') + '\n';
}

function ratio(t: Tally): number | null {
  return t.total === 0 ? null : t.correct / t.total;
}

function tally(t: Tally): string {
  return `${t.correct}/${t.total} (${percent(ratio(t))})`;
}

function percent(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(1)}%`;
}
