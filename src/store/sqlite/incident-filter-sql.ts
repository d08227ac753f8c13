import { UsageError } from '../../core/errors.ts';
import type { IncidentFilter } from '../store.ts';

/** A WHERE clause over `incidents AS i` and its positional parameters. */
export interface FilterSql {
  /** Empty, or `WHERE …`. */
  where: string;
  params: Array<string | number>;
}

/** Filters on linked tables (actors, attack types, documents' full text). */
export type SubsetFilter = 'actor' | 'attackType' | 'text';

/**
 * How a linked-table filter is written. `select` (the default) lists the matching incident ids
 * first: best when few incidents match. `check` tests each incident met while reading in listing
 * order: best when many match, since a page fills after a few rows.
 */
export type SubsetMode = 'select' | 'check';

const subsetSql: Record<SubsetFilter, { select: string; check: string; probe: string }> = {
  actor: {
    select:
      'i.id IN (SELECT ia.incident_id FROM incident_actors ia WHERE ia.actor_id IN (SELECT a.id FROM actors a WHERE instr(a.name_folded, ?) > 0))',
    check:
      'EXISTS (SELECT 1 FROM incident_actors ia JOIN actors a ON a.id = ia.actor_id WHERE ia.incident_id = i.id AND instr(a.name_folded, ?) > 0)',
    probe:
      'SELECT 1 FROM incident_actors ia WHERE ia.actor_id IN (SELECT a.id FROM actors a WHERE instr(a.name_folded, ?) > 0)',
  },
  attackType: {
    select: 'i.id IN (SELECT t.incident_id FROM incident_attack_types t WHERE t.attack_type = ?)',
    check: 'EXISTS (SELECT 1 FROM incident_attack_types t WHERE t.incident_id = i.id AND t.attack_type = ?)',
    probe: 'SELECT 1 FROM incident_attack_types t WHERE t.attack_type = ?',
  },
  text: {
    select:
      'i.id IN (SELECT idoc.incident_id FROM documents_fts JOIN documents d ON d.doc_no = documents_fts.rowid ' +
      'JOIN incident_documents idoc ON idoc.document_id = d.id WHERE documents_fts MATCH ?)',
    check:
      'EXISTS (SELECT 1 FROM incident_documents idoc JOIN documents d ON d.id = idoc.document_id ' +
      'JOIN documents_fts ON documents_fts.rowid = d.doc_no WHERE idoc.incident_id = i.id AND documents_fts MATCH ?)',
    probe:
      'SELECT 1 FROM documents_fts JOIN documents d ON d.doc_no = documents_fts.rowid ' +
      'JOIN incident_documents idoc ON idoc.document_id = d.id WHERE documents_fts MATCH ?',
  },
};

/**
 * SQL counting, up to a cap given as the second parameter, the incident links a linked-table
 * filter matches: `SELECT count(*) … LIMIT ?` with the filter's value as first parameter.
 */
export function subsetProbeSql(kind: SubsetFilter): string {
  return `SELECT count(*) AS n FROM (${subsetSql[kind].probe} LIMIT ?)`;
}

/** The linked-table filters present in a filter, with their normalised parameter. */
export function subsetFilters(filter: IncidentFilter): Array<{ kind: SubsetFilter; param: string }> {
  const found: Array<{ kind: SubsetFilter; param: string }> = [];
  if (filter.actor !== undefined) found.push({ kind: 'actor', param: actorParam(filter.actor) });
  if (filter.attackType !== undefined) found.push({ kind: 'attackType', param: attackTypeParam(filter.attackType) });
  if (filter.text !== undefined) found.push({ kind: 'text', param: textParam(filter.text) });
  return found;
}

/**
 * Translate an `IncidentFilter` into SQL for the SQLite schema. Every field is validated here,
 * so a bad value is a `UsageError` with a clear message rather than a database error.
 */
export function incidentFilterSql(
  filter: IncidentFilter,
  modes: Partial<Record<SubsetFilter, SubsetMode>> = {},
): FilterSql {
  const clauses: string[] = [];
  const params: Array<string | number> = [];
  const subset = (kind: SubsetFilter, param: string): void => {
    clauses.push(subsetSql[kind][modes[kind] ?? 'select']);
    params.push(param);
  };

  // sort_date is '~' for undated incidents, which sorts after every date bound.
  if (filter.from !== undefined) {
    clauses.push("i.sort_date BETWEEN ? AND '9999-99-99'");
    params.push(dateBound(filter.from, 'from'));
  }
  if (filter.to !== undefined) {
    clauses.push('i.sort_date <= ?');
    params.push(dateBound(filter.to, 'to'));
  }
  if (filter.onDay !== undefined) {
    const match = /^(?:--)?(\d{2})-(\d{2})$/.exec(filter.onDay.trim());
    if (!match || Number(match[1]) < 1 || Number(match[1]) > 12 || Number(match[2]) < 1 || Number(match[2]) > 31) {
      throw new UsageError(`Invalid calendar day "${filter.onDay}": expected MM-DD, e.g. 06-05`);
    }
    clauses.push('i.month_day = ?');
    params.push(`${match[1]}-${match[2]}`);
  }
  if (filter.country !== undefined) {
    const country = filter.country.trim();
    if (country === '') throw new UsageError('Empty country filter');
    if (/^[A-Za-z]{2}$/.test(country)) {
      clauses.push('i.place_country_code = ?');
      params.push(country.toUpperCase());
    } else {
      clauses.push('i.place_country = ? COLLATE NOCASE');
      params.push(country);
    }
  }
  if (filter.actor !== undefined) subset('actor', actorParam(filter.actor));
  if (filter.attackType !== undefined) subset('attackType', attackTypeParam(filter.attackType));
  if (filter.minKilled !== undefined) {
    if (!Number.isFinite(filter.minKilled)) throw new UsageError(`Invalid minimum killed "${filter.minKilled}"`);
    clauses.push('i.killed_best >= ?');
    params.push(filter.minKilled);
  }
  if (filter.text !== undefined) subset('text', textParam(filter.text));
  if (filter.bbox !== undefined) {
    const [west, south, east, north] = validBbox(filter.bbox);
    clauses.push('i.place_lat BETWEEN ? AND ?');
    params.push(south, north);
    if (west <= east) {
      clauses.push('i.place_lon BETWEEN ? AND ?');
      params.push(west, east);
    } else {
      // The box crosses the antimeridian.
      clauses.push('(i.place_lon >= ? OR i.place_lon <= ?)');
      params.push(west, east);
    }
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** LIMIT and OFFSET values, validated; a missing limit means no limit. */
export function pageBounds(filter: IncidentFilter): { limit: number; offset: number } {
  const { limit, offset } = filter;
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0)) {
    throw new UsageError(`Invalid limit "${limit}": expected a whole number ≥ 0`);
  }
  if (offset !== undefined && !(Number.isInteger(offset) && offset >= 0)) {
    throw new UsageError(`Invalid offset "${offset}": expected a whole number ≥ 0`);
  }
  return { limit: limit ?? -1, offset: offset ?? 0 };
}

/** `from` bounds start on the first day of a partial date, `to` bounds end on its last day. */
function dateBound(value: string, which: 'from' | 'to'): string {
  const date = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date)) return which === 'from' ? `${date}-01` : `${date}-31`;
  if (/^\d{4}$/.test(date)) return which === 'from' ? `${date}-01-01` : `${date}-12-31`;
  throw new UsageError(`Invalid ${which} date "${value}": expected YYYY-MM-DD, YYYY-MM or YYYY`);
}

function validBbox(bbox: readonly number[]): [number, number, number, number] {
  const [west, south, east, north] = bbox;
  const ok =
    bbox.length === 4 &&
    [west, south, east, north].every((n) => typeof n === 'number' && Number.isFinite(n)) &&
    south! <= north! &&
    south! >= -90 &&
    north! <= 90 &&
    west! >= -180 &&
    east! <= 180;
  if (!ok) {
    throw new UsageError(`Invalid bounding box "${bbox.join(',')}": expected west,south,east,north in degrees`);
  }
  return [west!, south!, east!, north!];
}

function actorParam(actor: string): string {
  const folded = actor.trim().toLowerCase();
  if (folded === '') throw new UsageError('Empty actor filter');
  return folded;
}

function attackTypeParam(attackType: string): string {
  const trimmed = attackType.trim();
  if (trimmed === '') throw new UsageError('Empty attack type filter');
  return trimmed;
}

function textParam(text: string): string {
  if (text.trim() === '') throw new UsageError('Empty full-text query');
  return text;
}
