/**
 * Counts, without changing the store, how many stored reports the merge scores for each new report:
 * it wraps the store's prepared statements (`clusterDb.statement`) and watches the two reads that
 * `linkReports` makes, the profile of each new report and the candidate queries that follow for
 * each in turn (date window in the report's country, date window with no country, the same day of
 * the year), applying the same filters (country of a year-less match, one count per report).
 * The order of the queries is that of `candidates()` in `src/store/sqlite/incident-clusters.ts`;
 * if it changes, the probe throws rather than count wrongly.
 */
import type { ReportProfile } from '../src/reconcile/report-profile.ts';
import type { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';

const PROFILE_SQL = 'SELECT seq, id, document_id, incident_id, background, related, profile FROM reports WHERE id = ?';
const CANDIDATE_SQL = /^SELECT seq, id, document_id, incident_id, background, related, profile FROM reports (r )?WHERE (country_code|day_lo|r\.month_day)/;

const REASSIGN_SQL = /^UPDATE claims SET incident_id/;

interface Open {
  profile: ReportProfile;
  left: number;
  seen: Set<string>;
}

export class CandidateProbe {
  /** Stored reports scored, per new report, in order. */
  readonly perReport: number[] = [];
  /** Rows the candidate queries returned (before the year-less country filter and de-duplication). */
  rowsRead = 0;
  /** The candidate queries' SQL as the store ran it, and its claim re-assignment's (for EXPLAIN QUERY PLAN). */
  readonly watched = new Set<string>();
  private pending: ReportProfile[] = [];
  private current: Open | null = null;
  private inCandidates = false;

  constructor(store: SqliteStore) {
    const db = store.clusterDb;
    const original = db.statement.bind(db);
    // one wrapper per prepared statement (a statement prepared again gets a wrapper of its own)
    const wrapped = new WeakMap<object, unknown>();
    db.statement = (sql: string) => {
      const statement = original(sql);
      if (REASSIGN_SQL.test(sql)) this.watched.add(sql);
      if (sql !== PROFILE_SQL && !CANDIDATE_SQL.test(sql)) return statement;
      let w = wrapped.get(statement);
      if (!w) {
        w = sql === PROFILE_SQL
          ? { get: (...args: unknown[]) => this.onProfile(statement.get(...args) as { profile: string | null } | undefined) }
          : { all: (...args: unknown[]) => this.onCandidates(sql, statement.all(...args) as Array<{ id: string; profile: string | null }>) };
        wrapped.set(statement, w);
      }
      return w as typeof statement;
    };
  }

  private onProfile<T extends { profile: string | null } | undefined>(row: T): T {
    if (this.inCandidates) this.flush();
    if (row?.profile) this.pending.push(JSON.parse(row.profile) as ReportProfile);
    return row;
  }

  private onCandidates<T extends Array<{ id: string; profile: string | null }>>(sql: string, rows: T): T {
    this.inCandidates = true;
    this.watched.add(sql);
    this.rowsRead += rows.length;
    while (!this.current) {
      const p = this.pending.shift();
      if (!p) throw new Error('candidate probe: a candidate query with no new report to charge it to (has linkReports changed?)');
      const left = expectedQueries(p);
      if (left === 0) this.perReport.push(0);
      else this.current = { profile: p, left, seen: new Set() };
    }
    const open = this.current;
    const cc = open.profile.place?.country_code?.toUpperCase() ?? null;
    const monthDayQuery = /r\.month_day/.test(sql);
    for (const row of rows) {
      if (monthDayQuery && cc && row.profile) {
        const qc = (JSON.parse(row.profile) as ReportProfile).place?.country_code?.toUpperCase() ?? null;
        if (qc && qc !== cc) continue;
      }
      open.seen.add(row.id);
    }
    if (--open.left === 0) {
      this.perReport.push(open.seen.size);
      this.current = null;
    }
    return rows;
  }

  /** Charge the new reports that needed no query; call at the end of a run. */
  flush(): void {
    this.inCandidates = false;
    if (this.current) throw new Error('candidate probe: fewer candidate queries than expected (has candidates() changed?)');
    for (const p of this.pending) {
      if (expectedQueries(p) !== 0) throw new Error('candidate probe: a new report without its candidate queries (has candidates() changed?)');
      this.perReport.push(0);
    }
    this.pending = [];
  }
}

/** How many candidate queries `candidates()` runs for a profile. */
function expectedQueries(p: ReportProfile): number {
  return (p.window ? (p.place?.country_code ? 2 : 1) : 0) + (p.monthDay ? 1 : 0);
}
