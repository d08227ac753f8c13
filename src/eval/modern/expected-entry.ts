/**
 * The golden expectations of the modern article corpus: one entry per article file,
 * each listing the incidents a careful human coder would record from the text alone.
 */
import type { PerpetratorStatus } from '../../core/types.ts';
import { SitrepError } from '../../core/errors.ts';

/** A reconciled figure as the coder records it (see the corpus README for the convention). */
export interface ExpectedFigure {
  low: number;
  best: number;
  high: number;
  disputed: boolean;
}

export interface ExpectedPerpetrator {
  /** Canonical name in common usage ("Islamic State", "al-Shabaab", "JNIM"). */
  name: string;
  /** Other names that count as the same actor. */
  aliases?: string[];
  status: PerpetratorStatus;
  /** Other statuses a careful coder could defend from the same text. */
  also_accept?: PerpetratorStatus[];
}

/** A source that must appear among the claim sources: one name, or alternatives of which one suffices. */
export type ExpectedSource = string | string[];

export interface ExpectedIncident {
  /** `YYYY-MM-DD`, `YYYY-MM`, `--MM-DD` (year unknown) or null. */
  date: string | null;
  country_code: string;
  place: string | null;
  place_aliases?: string[];
  /** GTD attack types in GTD hierarchy order; the first is the main type. */
  attack_types: string[];
  perpetrators: ExpectedPerpetrator[];
  killed: ExpectedFigure | null;
  killed_perpetrators: ExpectedFigure | null;
  wounded: ExpectedFigure | null;
  /** Scored only when present. */
  kidnapped?: ExpectedFigure | null;
  sources: ExpectedSource[];
  /** The group's media channel through which responsibility was claimed. */
  claims_responsibility_via?: string;
  note?: string;
}

export interface ExpectedEntry {
  /** File name inside `examples/articles/`. */
  file: string;
  /** True when the text reports no incident at all. */
  negative: boolean;
  incidents: ExpectedIncident[];
  note?: string;
}

const STATUSES = new Set<string>(['claimed', 'blamed', 'suspected', 'disputed']);
const ATTACK_TYPES = new Set<string>([
  'Assassination',
  'Armed Assault',
  'Bombing/Explosion',
  'Hijacking',
  'Hostage Taking (Barricade Incident)',
  'Hostage Taking (Kidnapping)',
  'Facility/Infrastructure Attack',
  'Unarmed Assault',
  'Unknown',
]);
const DATE_PATTERN = /^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$/;

/** Checks the shape of parsed `expected.json` and returns it typed; throws `BAD_EXPECTED` naming the first problem. */
export function parseExpectedEntries(json: unknown): ExpectedEntry[] {
  if (!Array.isArray(json)) fail('the expectations must be an array of entries');
  const seen = new Set<string>();
  json.forEach((entry, index) => {
    const where = `entry ${index}`;
    if (!isRecord(entry) || typeof entry.file !== 'string' || entry.file === '') fail(`${where}: missing "file"`);
    const file = entry.file as string;
    if (seen.has(file)) fail(`${file}: duplicate entry`);
    seen.add(file);
    if (typeof entry.negative !== 'boolean') fail(`${file}: "negative" must be a boolean`);
    if (!Array.isArray(entry.incidents)) fail(`${file}: "incidents" must be an array`);
    if (entry.negative && entry.incidents.length > 0) fail(`${file}: a negative entry cannot list incidents`);
    if (!entry.negative && entry.incidents.length === 0) fail(`${file}: a positive entry needs at least one incident`);
    entry.incidents.forEach((incident: unknown, n: number) => checkIncident(incident, `${file} incident ${n + 1}`));
  });
  return json as ExpectedEntry[];
}

function checkIncident(incident: unknown, where: string): void {
  if (!isRecord(incident)) fail(`${where}: not an object`);
  const date = incident.date;
  if (date !== null && (typeof date !== 'string' || !DATE_PATTERN.test(date))) fail(`${where}: bad date ${String(date)}`);
  if (typeof incident.country_code !== 'string' || !/^[A-Z]{2}$/.test(incident.country_code)) fail(`${where}: bad country_code`);
  if (incident.place !== null && typeof incident.place !== 'string') fail(`${where}: bad place`);
  if (!Array.isArray(incident.attack_types) || incident.attack_types.length === 0) fail(`${where}: attack_types must be a non-empty array`);
  for (const type of incident.attack_types) if (!ATTACK_TYPES.has(type)) fail(`${where}: unknown attack type ${String(type)}`);
  if (!Array.isArray(incident.perpetrators)) fail(`${where}: perpetrators must be an array`);
  for (const perpetrator of incident.perpetrators) {
    if (!isRecord(perpetrator) || typeof perpetrator.name !== 'string') fail(`${where}: perpetrator without a name`);
    if (!STATUSES.has(perpetrator.status as string)) fail(`${where}: bad perpetrator status ${String(perpetrator.status)}`);
  }
  for (const field of ['killed', 'killed_perpetrators', 'wounded', 'kidnapped']) {
    if (field === 'kidnapped' && !(field in incident)) continue;
    checkFigure(incident[field], `${where} ${field}`);
  }
  if (!Array.isArray(incident.sources)) fail(`${where}: sources must be an array`);
}

function checkFigure(figure: unknown, where: string): void {
  if (figure === null) return;
  if (!isRecord(figure)) fail(`${where}: must be null or { low, best, high, disputed }`);
  const { low, best, high, disputed } = figure;
  if (typeof low !== 'number' || typeof best !== 'number' || typeof high !== 'number' || typeof disputed !== 'boolean') {
    fail(`${where}: must be null or { low, best, high, disputed }`);
  }
  if (!(low <= best && best <= high)) fail(`${where}: low ≤ best ≤ high does not hold`);
  if (low !== high && !disputed) fail(`${where}: different figures must be marked disputed`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(message: string): never {
  throw new SitrepError('BAD_EXPECTED', message);
}
