/**
 * Ingest with merging across documents (`saveDocumentsBatch`, batches of 500) on synthetic
 * documents (`synthetic-incidents.ts`: no extraction, so only the store's work is timed), as
 * ratios within one process:
 *
 * 1. the same documents into an empty store with merging off (the baseline) and on, in
 *    alternating rounds (medians);
 * 2. the same documents, merging on, into a store that already holds a large corpus built by the
 *    same generator (its build time is reported, not a figure), against the empty-store rate;
 * 3. candidate retrieval: stored reports scored per new report (counts, stable across machines)
 *    in both stores, the index entries the candidate queries range over, and their query plans.
 *
 * `node --import tsx bench/merge-bench.ts [--write]` prints the BENCHMARKS.md section (and with
 * `--write` puts it at the top of the file); `npm run bench` runs it after bench/run.ts's own
 * figures. Sizes: BENCH_MERGE_DOCS (default 10,000 documents), BENCH_MERGE_STORED (default 200,000
 * events in the large store).
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReportProfile } from '../src/reconcile/report-profile.ts';
import { openSqliteStore, type BatchItem, type SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { CandidateProbe } from './candidate-probe.ts';
import { syntheticDocuments, takeDocuments, type SyntheticItem } from './synthetic-incidents.ts';
import { loadWorld, type World } from './synthetic-world.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DOCS = Number(process.env.BENCH_MERGE_DOCS ?? 10000);
const STORED_EVENTS = Number(process.env.BENCH_MERGE_STORED ?? 200000);
const ROUNDS = Number(process.env.BENCH_MERGE_ROUNDS ?? 2);
const BUDGET_S = Number(process.env.BENCH_MERGE_BUDGET_S ?? 300);
const BATCH = 500;
const SAMPLE = 1000;

const log = (message: string) => process.stderr.write(`[merge-bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const fmt = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const mean = (values: number[]) => (values.length ? values.reduce((s, v) => s + v, 0) / values.length : 0);

interface IngestRun {
  ms: number;
  docs: number;
  failed: number;
  /** Milliseconds of each batch, in order. */
  batchMs: number[];
  /** True when the time allowed ran out before all the documents were stored. */
  cut: boolean;
}

/** Store `items` in batches; stop after the batch that passes `deadline` (performance.now() milliseconds). */
function ingest(store: SqliteStore, items: readonly BatchItem[], deadline = Infinity): IngestRun {
  let failed = 0;
  const batchMs: number[] = [];
  const t0 = performance.now();
  let i = 0;
  while (i < items.length) {
    const batch = items.slice(i, i + BATCH);
    const b0 = performance.now();
    for (const result of store.saveDocumentsBatch(batch)) {
      if (result.status === 'failed') {
        failed++;
        if (failed <= 3) log(`failed: ${result.error.message}`);
      }
    }
    batchMs.push(performance.now() - b0);
    i += batch.length;
    if (performance.now() > deadline) break;
  }
  return { ms: performance.now() - t0, docs: i, failed, batchMs, cut: i < items.length };
}

const rate = (run: IngestRun) => run.docs / (run.ms / 1000);
/** documents/s over the first `batches` batches of a run. */
const rateOver = (run: IngestRun, batches: number) =>
  Math.min(run.docs, batches * BATCH) / (run.batchMs.slice(0, batches).reduce((s, v) => s + v, 0) / 1000);

/**
 * Pairwise agreement of the stored incidents with the generator's events over the new reports
 * (precision: pairs put in one incident that are one event; recall: pairs of one event put in one
 * incident), and how many new reports joined an incident of the stored corpus (all false: the two
 * corpora share no event).
 */
function mergeQuality(store: SqliteStore, items: readonly SyntheticItem[]) {
  const eventOf = new Map<string, string>();
  for (const item of items) item.incidents.forEach((incident, k) => eventOf.set(incident.id, item.events[k]!));
  const rows = store.db.prepare('SELECT id, incident_id FROM reports').all() as Array<{ id: string; incident_id: string }>;
  const pairs = (counts: Iterable<number>) => {
    let n = 0;
    for (const c of counts) n += (c * (c - 1)) / 2;
    return n;
  };
  const byEvent = new Map<string, number>();
  const byIncident = new Map<string, number>();
  const byBoth = new Map<string, number>();
  const mixed = new Set<string>();
  for (const row of rows) {
    const event = eventOf.get(row.id);
    if (!event) {
      mixed.add(row.incident_id);
      continue;
    }
    byEvent.set(event, (byEvent.get(event) ?? 0) + 1);
    byIncident.set(row.incident_id, (byIncident.get(row.incident_id) ?? 0) + 1);
    byBoth.set(`${event}\u0000${row.incident_id}`, (byBoth.get(`${event}\u0000${row.incident_id}`) ?? 0) + 1);
  }
  const both = pairs(byBoth.values());
  const truth = pairs(byEvent.values());
  const found = pairs(byIncident.values());
  let joinedOld = 0;
  for (const [incident, n] of byIncident) if (mixed.has(incident)) joinedOld += n;
  return {
    reports: eventOf.size,
    events: byEvent.size,
    incidents: byIncident.size,
    truePairs: truth,
    precision: found ? both / found : 1,
    recall: truth ? both / truth : 1,
    joinedOld,
  };
}

/**
 * Index entries the candidate queries range over for a sample of the new reports, in the store
 * as it is at the end of the run: the window query's (country, day_lo) range and the same-day
 * query's month_day range, against what they return.
 */
function rangeSizes(store: SqliteStore, items: readonly SyntheticItem[]) {
  const ids = items.flatMap((item) => item.incidents.map((incident) => incident.id));
  const step = Math.max(1, Math.floor(ids.length / SAMPLE));
  const profileOf = store.db.prepare('SELECT profile FROM reports WHERE id = ?').pluck();
  const countryRange = store.db.prepare('SELECT count(*) FROM reports WHERE country_code = ? AND day_lo >= ? AND day_lo <= ?').pluck();
  const nullRange = store.db.prepare('SELECT count(*) FROM reports WHERE country_code IS NULL AND day_lo >= ? AND day_lo <= ?').pluck();
  const anyRange = store.db.prepare('SELECT count(*) FROM reports WHERE day_lo >= ? AND day_lo <= ?').pluck();
  const dayRange = store.db.prepare('SELECT count(*) FROM reports WHERE month_day = ?').pluck();
  const windowEntries: number[] = [];
  const dayEntries: number[] = [];
  for (let i = 0; i < ids.length; i += step) {
    const json = profileOf.get(ids[i]) as string | undefined;
    if (!json) continue;
    const p = JSON.parse(json) as ReportProfile;
    if (p.window) {
      const from = new Date(Date.parse(`${p.window.lo}T00:00:00Z`) - 372 * 86_400_000).toISOString().slice(0, 10);
      const cc = p.place?.country_code?.toUpperCase() ?? null;
      windowEntries.push(cc
        ? (countryRange.get(cc, from, p.window.hi) as number) + (nullRange.get(from, p.window.hi) as number)
        : (anyRange.get(from, p.window.hi) as number));
    }
    if (p.monthDay) dayEntries.push(dayRange.get(p.monthDay) as number);
  }
  return { sampled: Math.ceil(ids.length / step), windowEntries, dayEntries };
}

function queryPlans(store: SqliteStore, sql: Iterable<string>): string[] {
  const lines: string[] = [];
  for (const text of sql) {
    const named = [...new Set(text.match(/@\w+/g) ?? [])];
    const params = named.length > 0 ? [Object.fromEntries(named.map((n) => [n.slice(1), null]))] : (text.match(/\?/g) ?? []).map(() => null);
    const plan = store.db.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...params) as Array<{ detail: string }>;
    lines.push(`- \`${text.length > 160 ? `${text.slice(0, 157)}...` : text}\`: ${plan.map((p) => p.detail).join('; ')}`);
  }
  return lines;
}

/**
 * Where one batch's time goes: every statement the store prepares is timed (the store's cache of
 * prepared statements is emptied first so that all of them are prepared again through the timer).
 * Not a figure: the timing wrapper has a cost of its own.
 */
function statementShares(store: SqliteStore, items: readonly BatchItem[]): { ms: number; sqlMs: number; top: Array<{ sql: string; ms: number; calls: number }> } | null {
  const cache = (store as unknown as { statements?: unknown }).statements;
  if (!(cache instanceof Map)) return null;
  cache.clear();
  const db = store.db as unknown as { prepare: (sql: string) => Record<string, unknown> };
  const prepare = db.prepare.bind(db);
  const times = new Map<string, { ms: number; calls: number }>();
  db.prepare = (sql: string) => {
    const statement = prepare(sql);
    const timed = (name: string) => (...args: unknown[]) => {
      const t = performance.now();
      const result = (statement[name] as (...a: unknown[]) => unknown).apply(statement, args);
      const entry = times.get(sql) ?? { ms: 0, calls: 0 };
      entry.ms += performance.now() - t;
      entry.calls++;
      times.set(sql, entry);
      return result;
    };
    const handler: ProxyHandler<Record<string, unknown>> = {
      get(target, key) {
        if (key === 'all' || key === 'get' || key === 'run') return timed(key);
        if (key === 'pluck') return (...args: unknown[]) => ((target.pluck as (...a: unknown[]) => unknown).apply(target, args), proxy);
        const value = target[key as string];
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    };
    const proxy = new Proxy(statement, handler);
    return proxy;
  };
  try {
    const t0 = performance.now();
    store.saveDocumentsBatch(items);
    const ms = performance.now() - t0;
    const all = [...times].map(([sql, e]) => ({ sql, ...e })).sort((a, b) => b.ms - a.ms);
    return { ms, sqlMs: all.reduce((sum, e) => sum + e.ms, 0), top: all.slice(0, 5) };
  } finally {
    delete (db as { prepare?: unknown }).prepare;
    cache.clear();
  }
}

/** A statement for people: the selected columns left out, cut at 80 characters. */
function shortSql(sql: string): string {
  const text = sql.replace(/^SELECT .*? FROM /, 'SELECT … FROM ').replace(/^INSERT (OR \w+ )?INTO (\w+) \(.*$/, 'INSERT $1INTO $2');
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function probeStats(probe: CandidateProbe) {
  return { reports: probe.perReport.length, mean: mean(probe.perReport), p95: percentile(probe.perReport, 95), max: Math.max(0, ...probe.perReport), rowsRead: probe.rowsRead };
}

function open(path: string, merge: boolean): SqliteStore {
  return openSqliteStore(path, { merge, now: () => new Date('2024-06-01T00:00:00Z') });
}

/**
 * Build the large store from the generator, merging on, in sessions of 20,000 documents (closed
 * and opened again, as `sitrep ingest` runs would), until `events` events are stored or the
 * deadline passes. With `helper` (when the store's claim re-assignment in `deriveCluster` walks
 * every claim, which makes building quadratic) the build, not a figure, runs with a helper index
 * on claims (moved_to, report_id) that gives the same rows, dropped before anything is measured.
 */
function buildLarge(path: string, world: World, events: number, deadline: number, helper: boolean) {
  const t0 = performance.now();
  let store = open(path, true);
  if (helper) store.db.exec(HELPER_INDEX);
  let built = 0;
  let generationMs = 0;
  let segment = { docs: 0, ms: 0 };
  const checkpoints: Array<{ docs: number; rate: number }> = [];
  let batch: SyntheticItem[] = [];
  let cut = false;
  const save = () => {
    const b0 = performance.now();
    store.saveDocumentsBatch(batch);
    segment.ms += performance.now() - b0;
    segment.docs += batch.length;
    built += batch.length;
    batch = [];
    if (segment.docs >= 20000) {
      checkpoints.push({ docs: built, rate: segment.docs / (segment.ms / 1000) });
      log(`large store: ${fmt(built)} documents, ${fmt(checkpoints.at(-1)!.rate)} documents/s over the last ${fmt(segment.docs)}`);
      segment = { docs: 0, ms: 0 };
      store.closeSync();
      store = open(path, true);
    }
  };
  let g0 = performance.now();
  let lastEvent = '';
  for (const item of syntheticDocuments(world, events, { seed: 7, prefix: 's', chunkEvents: 500 })) {
    batch.push(item);
    lastEvent = item.events.at(-1)!;
    if (batch.length === BATCH) {
      generationMs += performance.now() - g0;
      save();
      if (performance.now() > deadline) {
        cut = true;
        break;
      }
      g0 = performance.now();
    }
  }
  if (!cut) generationMs += performance.now() - g0;
  if (batch.length) save();
  if (segment.docs) checkpoints.push({ docs: built, rate: segment.docs / (segment.ms / 1000) });
  if (helper) store.db.exec('DROP INDEX bench_claims_moved_report');
  const stats = store.statsSync();
  const reports = store.db.prepare('SELECT count(*) FROM reports').pluck().get() as number;
  store.closeSync();
  return { ms: performance.now() - t0, generationMs, built, checkpoints, cut, stats, reports, lastEvent };
}

/** The helper index of the diagnostic runs and of the build (not in the store's schema). */
const HELPER_INDEX = 'CREATE INDEX IF NOT EXISTS bench_claims_moved_report ON claims (moved_to, report_id)';

export async function runMergeBench(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-merge-bench-'));
  const started = performance.now();
  const budget = BUDGET_S * 1000;
  const at = (share: number) => started + budget * share;
  try {
    let t0 = performance.now();
    const world: World = loadWorld(root);
    const test = takeDocuments(world, DOCS, { seed: 20261122, prefix: 'n', chunkEvents: 500 });
    const spare = takeDocuments(world, BATCH, { seed: 99, prefix: 'x', chunkEvents: 500 });
    const genMs = performance.now() - t0;
    log(`generated ${test.length} documents in ${seconds(genMs)}; time allowed ${seconds(budget)}`);

    // 1. empty store: merging on (its first run sets how many documents fit the time allowed), then off, alternating
    const on: IngestRun[] = [];
    const off: IngestRun[] = [];
    let used = test;
    let emptyProbe: CandidateProbe | null = null;
    let emptyRanges: ReturnType<typeof rangeSizes> | null = null;
    let emptyQuality: ReturnType<typeof mergeQuality> | null = null;
    let emptyStats = { documents: 0, incidents: 0, claims: 0 };
    let emptyPlans: string[] = [];
    const runEmpty = (name: string, merge: boolean, deadline: number, setup?: (store: SqliteStore) => void) => {
      const path = join(dir, `${name}.db`);
      const store = open(path, merge);
      setup?.(store);
      const probe = merge ? new CandidateProbe(store) : null;
      const run = ingest(store, used, deadline);
      probe?.flush();
      log(`empty store, ${name}: ${fmt(run.docs)} documents, ${fmt(rate(run))} documents/s (${seconds(run.ms)}, ${run.failed} failed)`);
      return { path, store, probe, run };
    };
    for (let round = 0; round < ROUNDS; round++) {
      if (round > 0 && performance.now() > at(0.25)) break;
      for (const merge of [true, false]) {
        const { path, store, probe, run } = runEmpty(`merging-${merge ? 'on' : 'off'}-${round}`, merge, round === 0 && merge ? at(0.08) : Infinity);
        if (run.cut) used = used.slice(0, run.docs);
        (merge ? on : off).push(run);
        if (merge && round === 0) {
          emptyProbe = probe;
          emptyRanges = rangeSizes(store, used);
          emptyQuality = mergeQuality(store, used);
          emptyStats = store.statsSync();
          emptyPlans = queryPlans(store, probe!.watched);
        }
        store.closeSync();
        rmSync(path, { force: true });
      }
    }
    const onRate = median(on.map(rate));
    const offRate = median(off.map(rate));
    // does the claim re-assignment for the reports' own claims visit every claim (no index on report_id)?
    const emptyWalks = emptyPlans.some((line) => line.startsWith('- `UPDATE') && /moved_to IS NULL/.test(line) && !line.includes('claims_report'));

    // 2. the large store, then the same documents into it (and into a copy of it, with the helper index)
    const largePath = join(dir, 'large.db');
    const build = buildLarge(largePath, world, STORED_EVENTS, at(emptyWalks ? 0.7 : 0.75), emptyWalks);
    log(`large store built: ${fmt(build.built)} documents, ${fmt(build.stats.incidents)} incidents, ${fmt(build.reports)} reports, ${fmt(build.stats.claims)} claims in ${seconds(build.ms)}`);
    const copyPath = join(dir, 'large-copy.db');
    if (emptyWalks) {
      copyFileSync(largePath, copyPath);
      if (existsSync(`${largePath}-wal`)) copyFileSync(`${largePath}-wal`, `${copyPath}-wal`);
    }
    const large = open(largePath, true);
    const largeProbe = new CandidateProbe(large);
    const largeRun = ingest(large, used, Math.max(performance.now() + 10_000, at(0.85)));
    largeProbe.flush();
    const b = probeStats(largeProbe);
    const largeRate = rate(largeRun);
    const subset = used.slice(0, largeRun.docs);
    const emptyRateSame = median(on.map((r) => rateOver(r, largeRun.batchMs.length)));
    log(`large store, merging on: ${fmt(largeRun.docs)} documents, ${fmt(largeRate)} documents/s (${seconds(largeRun.ms)}, ${largeRun.failed} failed)`);
    const largeRanges = rangeSizes(large, subset);
    const largeQuality = mergeQuality(large, subset);
    const largePlans = queryPlans(large, largeProbe.watched);
    const largeAfter = large.statsSync();
    const shares = statementShares(large, spare);
    large.closeSync();
    rmSync(largePath, { force: true });
    // diagnostic, when the re-assignment walks every claim: the same documents into a copy of the large
    // store and into an empty store, both with the helper index (next to the large-store run, under alike load)
    let diagnostic: { large: IngestRun; empty: IngestRun; emptySame: number } | null = null;
    if (emptyWalks) {
      const copy = open(copyPath, true);
      copy.db.exec(HELPER_INDEX);
      const largeHelped = ingest(copy, subset);
      copy.closeSync();
      rmSync(copyPath, { force: true });
      log(`large store with the helper index: ${fmt(largeHelped.docs)} documents, ${fmt(rate(largeHelped))} documents/s (${seconds(largeHelped.ms)})`);
      const helped = runEmpty('merging-on-helper-index', true, Infinity, (store) => store.db.exec(HELPER_INDEX));
      helped.store.closeSync();
      rmSync(helped.path, { force: true });
      diagnostic = { large: largeHelped, empty: helped.run, emptySame: rateOver(helped.run, largeRun.batchMs.length) };
    }

    const e = probeStats(emptyProbe!);
    const er = emptyRanges!;
    const q = emptyQuality!;
    const incidents = used.reduce((s, i) => s + i.incidents.length, 0);
    const claims = used.reduce((s, i) => s + i.incidents.reduce((t, x) => t + x.claims.length, 0), 0);
    const events = new Set(used.flatMap((i) => i.events)).size;
    const totalMs = performance.now() - started;
    const when = new Date().toISOString().slice(0, 10);
    const scaled = [
      used.length < DOCS ? `${fmt(used.length)} of the ${fmt(DOCS)} documents` : null,
      build.cut ? `a large store of ${fmt(build.stats.incidents)} incidents instead of ${fmt(STORED_EVENTS)} events` : null,
      largeRun.cut ? `${fmt(largeRun.docs)} documents into the large store` : null,
    ].filter(Boolean);
    const range = (r: ReturnType<typeof rangeSizes>) =>
      `window ${fmt(mean(r.windowEntries), 1)} / ${percentile(r.windowEntries, 95)}; same day ${fmt(mean(r.dayEntries), 1)} / ${percentile(r.dayEntries, 95)}`;
    const batchRates = (run: IngestRun) => run.batchMs.map((ms) => fmt(BATCH / (ms / 1000))).join(', ');
    const quality = (m: ReturnType<typeof mergeQuality>) =>
      `${fmt(m.reports)} reports of ${fmt(m.events)} events (${fmt(m.truePairs)} same-event pairs) in ${fmt(m.incidents)} incidents, pairwise precision ${fmt(m.precision * 100, 1)}%, recall ${fmt(m.recall * 100, 1)}%`;
    const largeLabel = `${largeRun.cut ? `the first ${fmt(largeRun.docs)}` : 'the same'}, merging on, into a store holding ${fmt(build.stats.incidents)} incidents (${fmt(build.reports)} reports, ${fmt(build.stats.claims)} claims)`;
    return [
      `## Merging at ingest: synthetic incidents (${when}, ${process.version})`,
      '',
      `Command: \`npm run bench\` (or alone: \`node --import tsx bench/merge-bench.ts\`; sizes \`BENCH_MERGE_DOCS\` (10,000), \`BENCH_MERGE_STORED\` (200,000 events), ` +
        `time allowed \`BENCH_MERGE_BUDGET_S\` (${BUDGET_S} s), rounds \`BENCH_MERGE_ROUNDS\`). Whole step ${seconds(totalMs)}` +
        (scaled.length ? `; **scaled down by the time allowed: ${scaled.join('; ')}**.` : '.'),
      '',
      `Documents from \`bench/synthetic-incidents.ts\` (seeded; no extraction, so only the store's work is timed): ${fmt(used.length)} documents ` +
        `reporting ${fmt(incidents)} incidents of ${fmt(events)} events (${fmt(claims)} claims, each quoting its sentence), ` +
        `dates over 2004–2023, ${world.countries.length} countries with their largest towns from the gazetteer, 1–8 reports per event (40% singletons) ` +
        `with dates a day or two apart and places from the spot to the country, named groups, tolls that rise; \`saveDocumentsBatch\` in batches of ${BATCH}.`,
      '',
      '| measure | documents/s | ratio |',
      '| --- | ---: | ---: |',
      `| ${fmt(used.length)} documents into an empty store, merging off (baseline; median of ${off.length}) | ${fmt(offRate)} | 1 |`,
      `| the same, merging on (median of ${on.length}) | ${fmt(onRate)} | ${(onRate / offRate).toFixed(2)} of merging off |`,
      `| ${largeLabel} | ${fmt(largeRate)} | ${(largeRate / emptyRateSame).toFixed(2)} of the empty store on the same documents (${fmt(emptyRateSame)}/s; target ≥ 0.80)` +
        `${emptyWalks ? '; not like for like: the empty store re-assigns claims without an index (plans below), the diagnostic rows compare like for like' : ''} |`,
      ...(diagnostic
        ? [
          `| diagnostic, not the store as shipped: merging on into an empty store with a helper index on claims (moved_to, report_id) | ${fmt(rate(diagnostic.empty))} | ${(rate(diagnostic.empty) / offRate).toFixed(2)} of merging off |`,
          `| diagnostic: ${largeLabel.replace(/^the same, /, '')}, with the helper index | ${fmt(rate(diagnostic.large))} | ${(rate(diagnostic.large) / diagnostic.emptySame).toFixed(2)} of the empty store with the index on the same documents (${fmt(diagnostic.emptySame)}/s) |`,
        ]
        : []),
      '',
      `Runs, documents/s: merging on ${on.map((r) => fmt(rate(r))).join(', ')}; off ${off.map((r) => fmt(rate(r))).join(', ')}. ` +
        `Batches of ${BATCH} as the store grows: empty store, merging on (first run) ${batchRates(on[0]!)}; ` +
        (diagnostic ? `with the helper index ${batchRates(diagnostic.empty)}; ` : '') +
        `large store ${batchRates(largeRun)}${diagnostic ? `; large store with the helper index ${batchRates(diagnostic.large)}` : ''}.`,
      '',
      `Building the large store (not a figure; merging on, sessions of 20,000 documents${emptyWalks ? ', with the helper index, dropped before measuring' : ''}): ` +
        `${fmt(build.built)} documents in ${seconds(build.ms)} (generation ${seconds(build.generationMs)}), per 20,000 documents ${build.checkpoints.map((c) => fmt(c.rate)).join(', ')} documents/s; ` +
        `after the measured run it holds ${fmt(largeAfter.documents)} documents and ${fmt(largeAfter.incidents)} incidents.`,
      '',
      'Candidate retrieval (stored reports scored per new report; pairs within one document not counted):',
      '',
      '| store | new reports | scored, mean | p95 | max | rows the queries returned | index entries ranged over per report, mean / p95 (sample, end of run) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
      `| empty (grows to ${fmt(emptyStats.incidents)} incidents) | ${fmt(e.reports)} | ${fmt(e.mean, 2)} | ${e.p95} | ${e.max} | ${fmt(e.rowsRead)} | ${range(er)} |`,
      `| ${fmt(build.stats.incidents)} incidents | ${fmt(b.reports)} | ${fmt(b.mean, 2)} | ${b.p95} | ${b.max} | ${fmt(b.rowsRead)} | ${range(largeRanges)} |`,
      '',
      `"Window" is the (country_code, day_lo) range of the date-window queries (from 372 days before the window to its end, in the report's country and with no country), ` +
        `"same day" the month_day range of the query for year-less reports of the day; both are filtered row by row after the range (day_hi, yearless). ` +
        'Query plans (`EXPLAIN QUERY PLAN`) of the candidate queries and of the claim re-assignment in `deriveCluster`, in the large store (reopened, with planner statistics):',
      '',
      ...largePlans,
      '',
      'and in the empty store at the end of its run (no planner statistics yet, as in a first `sitrep ingest`' +
        (emptyWalks
          ? '; `moved_to IS NULL` through `claims_moved` visits every stored claim, so each document costs in proportion to the claims stored before it and the empty-store batches above slow down one after another):'
          : '):'),
      '',
      ...emptyPlans.filter((line) => line.startsWith('- `UPDATE')),
      '',
      shares
        ? `Where a batch of ${BATCH} more documents into the large store spends its time (every statement timed; not a figure): ${seconds(shares.ms)}, of which SQLite ${fmt((shares.sqlMs / shares.ms) * 100)}%; ` +
          `${shares.top.map((t) => `\`${shortSql(t.sql)}\` ${fmt((t.ms / shares.ms) * 100)}% (${fmt(t.calls)} calls)`).join(', ')}.`
        : '',
      '',
      `Merging did real work (the generator's events are the truth; a check, not a quality figure): empty store ${quality(q)}; ` +
        `large store ${quality(largeQuality)}, ${fmt(largeQuality.joinedOld)} new reports joined an incident of the stored corpus (which shares no event with them).`,
      '',
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const section = await runMergeBench();
  process.stdout.write(`${section}\n`);
  if (process.argv.includes('--write')) {
    const file = join(root, 'BENCHMARKS.md');
    const header = '# Benchmarks\n\nFigures from `npm run bench`, newest first. Ratios are within one run; absolute rates depend on the machine (2 shared cores here).\n\n';
    const previous = existsSync(file) ? readFileSync(file, 'utf8').replace(header, '') : '';
    writeFileSync(file, `${header}${section}\n${previous}`);
  }
}
