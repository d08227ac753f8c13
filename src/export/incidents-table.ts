/** A plain-text table of incidents for the terminal. */
import type { Incident, ReconciledFigure } from '../core/types.ts';

export function formatFigure(f: ReconciledFigure): string {
  if (f.best === null) return '-';
  const range = f.low !== f.high ? ` (${f.low}-${f.high})` : '';
  return `${f.best}${range}${f.disputed ? '*' : ''}`;
}

function placeLabel(i: Incident): string {
  if (!i.place) return '-';
  return [i.place.name, i.place.precision === 'country' ? null : i.place.country].filter(Boolean).join(', ');
}

export function formatIncidentsTable(incidents: Incident[]): string {
  const rows = incidents.map((i) => [
    i.id,
    i.date ?? '-',
    placeLabel(i),
    i.attack_types.join('; ') || '-',
    i.perpetrators.map((p) => `${p.name} (${p.status})`).join('; ') || '-',
    formatFigure(i.killed),
    formatFigure(i.killed_perpetrators),
    formatFigure(i.wounded),
  ]);
  const header = ['id', 'date', 'place', 'attack types', 'perpetrators', 'killed', 'killed perp.', 'wounded'];
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.min(40, Math.max(...all.map((r) => r[c]!.length))));
  const line = (r: string[]) => r.map((cell, c) => (cell.length > widths[c]! ? `${cell.slice(0, widths[c]! - 1)}…` : cell.padEnd(widths[c]!))).join('  ').trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  out.push(`${incidents.length} incident${incidents.length === 1 ? '' : 's'}${incidents.some((i) => i.killed.disputed || i.wounded.disputed || i.killed_perpetrators.disputed) ? '  (* disputed figure; low-high in brackets)' : ''}`);
  return out.join('\n');
}

/** One incident with every claim, for `sitrep show`. */
export function formatIncidentDetail(i: Incident): string {
  const lines: string[] = [];
  lines.push(`incident ${i.id}${i.background ? ' (background mention)' : ''}`);
  lines.push(`  date:          ${i.date ?? 'unknown'}`);
  lines.push(`  place:         ${i.place ? `${i.place.name}${i.place.admin1 ? `, ${i.place.admin1}` : ''}${i.place.country && i.place.precision !== 'country' ? `, ${i.place.country}` : ''} [${i.place.precision}${i.place.lat !== null ? ` ${i.place.lat.toFixed(4)}, ${i.place.lon!.toFixed(4)}` : ''}]` : 'unknown'}`);
  if (i.places_mentioned.length) lines.push(`  also mentioned: ${i.places_mentioned.map((p) => p.name).join(', ')}`);
  lines.push(`  attack types:  ${i.attack_types.join(', ') || '-'}`);
  lines.push(`  perpetrators:  ${i.perpetrators.map((p) => `${p.name} (${p.status})`).join(', ') || '-'}`);
  lines.push(`  targets:       ${i.targets.map((t) => `${t.text} [${t.type}]`).join(', ') || '-'}`);
  lines.push(`  victims:       ${i.victims.map((v) => v.text).join(', ') || '-'}`);
  lines.push(`  weapons:       ${i.weapons.map((w) => `${w.text} [${w.type}]`).join(', ') || '-'}`);
  const fig = (label: string, f: ReconciledFigure) => `  ${label.padEnd(15)}${f.best === null ? '-' : `low ${f.low}, best ${f.best}, high ${f.high}${f.disputed ? ', disputed' : ''}`}`;
  lines.push(fig('killed:', i.killed), fig('killed perp.:', i.killed_perpetrators), fig('wounded:', i.wounded), fig('kidnapped:', i.kidnapped));
  if (i.related.length) lines.push(`  related:       ${i.related.join(', ')}`);
  lines.push(`  documents:     ${i.documents.join(', ')}`);
  if (i.aliases?.length) lines.push(`  also answers:  ${i.aliases.join(', ')}`);
  if (i.merge_evidence?.length) {
    lines.push('', `merged from ${i.reports?.length ?? i.merge_evidence.length + 1} reports (links: ${i.merge_evidence.length}):`);
    for (const e of i.merge_evidence) {
      lines.push(`  - ${e.a} + ${e.b}: ${e.decided === 'manual' ? 'merged by an analyst' : `score ${e.score}`}`);
      lines.push(`      ${Object.entries(e.parts).map(([k, v]) => `${k} ${v > 0 ? '+' : ''}${v}`).join(', ')}`);
      for (const note of e.notes) lines.push(`      ${note}`);
    }
  }
  const history = i.figure_history ? Object.entries(i.figure_history).filter(([, steps]) => steps.length > 0) : [];
  if (history.length) {
    lines.push('', 'figures as reports came in:');
    for (const [field, steps] of history) {
      lines.push(`  ${field}: ${steps.map((s) => `${s.published ?? 'undated'} ${s.document}: best ${s.best ?? '-'} (${s.low ?? '-'}-${s.high ?? '-'})${s.disputed ? ' disputed' : ''}`).join('  →  ')}`);
    }
  }
  if (i.attribution?.length) {
    lines.push('', 'who says who did it:');
    type Said = { source: string; channel?: string; speaker?: string; reported_at: string | null };
    const who = (list: unknown[]) => (list as Said[]).map((s) => `${s.speaker ? `${s.speaker} (${s.source})` : s.source}${s.reported_at ? ` ${s.reported_at}` : ''}`).join('; ');
    for (const a of i.attribution) {
      const parts = [['claimed by', a.claimed_by], ['blamed by', a.blamed_by], ['suspected by', a.suspected_by], ['denied by', a.denied_by], ['doubted by', a.doubted_by]] as const;
      lines.push(`  ${a.name} (${a.status}): ${parts.filter(([, l]) => l.length).map(([label, l]) => `${label} ${who(l)}`).join('; ')}`);
    }
  }
  if (i.sources?.length) {
    lines.push('', `sources (${i.sources.length}):`);
    for (const s of i.sources) lines.push(`  - ${s.name} [${s.kind}, grade ${s.reliability}] ${s.claims} claim${s.claims === 1 ? '' : 's'}`);
  }
  lines.push('', `claims (${i.claims.length}):`);
  for (const c of i.claims) {
    const value = typeof c.value === 'object' ? ('name' in c.value ? c.value.name : 'text' in c.value ? c.value.text : JSON.stringify(c.value)) : String(c.value);
    const status = c.field === 'perpetrator' ? ` (${(c.value as { status: string }).status})` : '';
    const id = c.id !== undefined ? `#${c.id} ` : '';
    const credibility = c.credibility !== undefined ? `, credibility ${c.credibility}` : '';
    lines.push(`  - ${id}${c.field} = ${value}${status}  [${c.source}${c.speaker ? ` / ${c.speaker}` : ''}, ${c.stance}${c.reported_at ? `, ${c.reported_at}` : ''}${credibility}]${c.copy_of ? ` (copy of ${c.copy_of})` : ''}`);
    if (c.rejected) lines.push(`      REJECTED by ${c.rejected.by} on ${c.rejected.at}: ${c.rejected.why}`);
    lines.push(`      "${c.quote.replace(/\s+/g, ' ').slice(0, 200)}" (${c.document} ${c.start}-${c.end})`);
  }
  return lines.join('\n');
}
