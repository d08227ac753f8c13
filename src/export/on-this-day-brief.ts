/** A cited Markdown brief of the incidents on one calendar day: one paragraph each, every fact with its source. */
import type { Claim, Incident } from '../core/types.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function cite(claims: Claim[], field: Claim['field']): string {
  const sources = [...new Set(claims.filter((c) => c.field === field).map((c) => c.source))];
  return sources.length ? ` (${sources.join('; ')})` : '';
}

export function formatIncidentBrief(i: Incident): string {
  const year = i.date && /^\d{4}/.test(i.date) ? i.date.slice(0, 4) : 'Year unknown';
  const where = i.place ? `${i.place.name}${i.place.country && i.place.precision !== 'country' ? `, ${i.place.country}` : ''}` : 'an unknown place';
  const what = i.attack_types.length ? i.attack_types.join(' and ').toLowerCase() : 'attack';
  const parts = [`**${year}, ${where}**: ${what}${i.targets.length ? ` on ${i.targets.map((t) => t.text).join(', ')}` : ''}.`];
  if (i.perpetrators.length) parts.push(`Perpetrators: ${i.perpetrators.map((p) => `${p.name} (${p.status})`).join(', ')}${cite(i.claims, 'perpetrator')}.`);
  if (i.killed.best !== null) parts.push(`Killed: ${i.killed.low === i.killed.high ? i.killed.best : `${i.killed.low}–${i.killed.high}, best ${i.killed.best}`}${i.killed.disputed ? ', disputed' : ''}${cite(i.claims, 'killed')}.`);
  if (i.killed_perpetrators.best !== null) parts.push(`Attackers killed: ${i.killed_perpetrators.best}${cite(i.claims, 'killed_perpetrators')}.`);
  if (i.wounded.best !== null) parts.push(`Wounded: ${i.wounded.best}${cite(i.claims, 'wounded')}.`);
  parts.push(`[${i.id}; documents ${i.documents.join(', ')}]`);
  return parts.join(' ');
}

export function formatOnThisDayBrief(mmdd: string, incidents: Incident[]): string {
  const [m, d] = mmdd.split('-').map(Number);
  const lines = [`# On this day: ${d} ${MONTHS[(m ?? 1) - 1]}`, ''];
  if (incidents.length === 0) lines.push('No stored incident on this day.');
  for (const i of incidents) lines.push(`- ${formatIncidentBrief(i)}`);
  return lines.join('\n');
}
