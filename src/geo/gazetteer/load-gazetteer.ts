/**
 * Loads the embedded gazetteer (data/gazetteer/, built by scripts/build-gazetteer.ts) plus
 * the curated supplement and any caller-supplied places. Loading keeps the big files as
 * text with line indexes: name keys are found by bisection, places parsed when asked for.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { SitrepError } from '../../core/errors.ts';
import type { Precision } from '../../core/types.ts';
import type { CountryInfo, EntryKind, Gazetteer, GazetteerEntry, GazetteerPlace } from './gazetteer-types.ts';
import { LineTable } from './line-table.ts';
import { NAME_KEY_VERSION, looseKeyOf, nameKey } from './name-key.ts';

export interface LoadGazetteerOptions {
  /** Folder holding countries.tsv, admin.tsv.gz, places.tsv.gz, keys.tsv.gz, loose.tsv.gz, supplement.tsv. */
  dataDir?: string;
  /** Imported or user places that take part in resolution alongside the embedded data. */
  extraPlaces?: GazetteerPlace[];
}

/** Caller-supplied places this large join the fuzzy search without country context. */
const GLOBAL_FUZZY_POPULATION = 15000;

export class GazetteerError extends SitrepError {
  constructor(message: string, subject: string | null = null) {
    super('GAZETTEER', message, { subject });
    this.name = 'GazetteerError';
  }
}

/** The nearest data/gazetteer folder above this module (works from src/ and from dist/). */
/** Most decoded place entries kept in memory at once. */
const PARSED_PLACES_LIMIT = 50_000;

export function defaultGazetteerDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'data', 'gazetteer');
    if (fs.existsSync(path.join(candidate, 'countries.tsv'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new GazetteerError('data/gazetteer not found above the sitrep package');
    dir = parent;
  }
}

function readTable(file: string): LineTable {
  if (!fs.existsSync(file)) throw new GazetteerError('gazetteer file missing; run scripts/build-gazetteer.ts', file);
  const buf = fs.readFileSync(file);
  const text = file.endsWith('.gz') ? zlib.gunzipSync(buf).toString('utf8') : buf.toString('utf8');
  const header = text.slice(0, text.indexOf('\n'));
  if (!header.startsWith('#sitrep-gazetteer')) throw new GazetteerError('not a sitrep gazetteer file', file);
  const version = /key-version=(\d+)/.exec(header)?.[1];
  if (Number(version) !== NAME_KEY_VERSION) {
    throw new GazetteerError(
      `built with name-key version ${version}, this code uses ${NAME_KEY_VERSION}; run scripts/build-gazetteer.ts`,
      file,
    );
  }
  return new LineTable(text, 1);
}

const PRECISION_OF: Record<EntryKind, Precision> = {
  country: 'country',
  admin1: 'admin1',
  admin2: 'district',
  place: 'city',
  feature: 'point',
};

function num(s: string | undefined): number | null {
  if (s === undefined || s === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

function parseRefs(field: string | undefined): number[] {
  if (!field) return [];
  return field.split(',').map(Number);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

class TableGazetteer implements Gazetteer {
  readonly countries = new Map<string, CountryInfo>();
  readonly demonyms = new Map<string, string>();
  loadMs = 0;

  private readonly fixed: GazetteerEntry[] = [];
  private readonly fixedKeys: string[][] = [];
  private readonly extra: GazetteerEntry[] = [];
  private readonly adminCodes = new Map<string, number>();
  private readonly ids = new Map<string, number>();
  private readonly overrides = new Map<number, Partial<GazetteerEntry>>();
  private readonly extraKeys = new Map<string, number[]>();
  private readonly extraLoose = new Map<string, number[]>();
  /** Keys added at load time, by country ('' for none) and for the global set. */
  private readonly addedFuzzy = new Map<string, Set<string>>();
  private readonly fuzzyCache = new Map<string, Map<number, string[]>>();
  private placeBase = 0;
  private base: { extra: number; ids: Map<string, number>; keys: Map<string, number[]>; loose: Map<string, number[]>; fuzzy: Map<string, Set<string>> } | null = null;
  revision = 0;
  private gnIndex: Map<string, number> | null = null;
  private idScans = 0;

  constructor(
    private readonly places: LineTable,
    private readonly keys: LineTable,
    private readonly loose: LineTable,
  ) {}

  get size(): number {
    return this.placeBase + this.places.length + this.extra.length;
  }

  addCountries(table: LineTable): void {
    for (let i = 0; i < table.length; i++) {
      const [cc, iso3, name, capital, lat, lon, keys, demonyms] = table.line(i).split('\t');
      if (!cc || !name) continue;
      const index = this.fixed.length;
      this.fixed.push({
        id: `country:${cc}`,
        name,
        kind: 'country',
        precision: 'country',
        lat: num(lat),
        lon: num(lon),
        countryCode: cc,
        admin1Code: null,
        admin2Code: null,
        featureCode: 'PCLI',
        population: 0,
        source: 'country',
        note: null,
      });
      this.fixedKeys.push([...(keys ?? '').split(','), cc.toLowerCase(), (iso3 ?? '').toLowerCase()].filter(Boolean));
      this.ids.set(`country:${cc}`, index);
      this.countries.set(cc, { code: cc, iso3: iso3 || null, name, capital: capital || null, lat: num(lat), lon: num(lon), entry: index });
      for (const d of (demonyms ?? '').split(',')) if (d) this.demonyms.set(d, cc);
    }
  }

  addAdmin(table: LineTable): void {
    for (let i = 0; i < table.length; i++) {
      const [level, code, gid, name, lat, lon, keys] = table.line(i).split('\t');
      if (!code || !name) continue;
      const [cc, a1, a2] = code.split('.');
      const kind: EntryKind = level === '1' ? 'admin1' : 'admin2';
      const index = this.fixed.length;
      this.fixed.push({
        id: `gn:${gid}`,
        name,
        kind,
        precision: PRECISION_OF[kind],
        lat: num(lat),
        lon: num(lon),
        countryCode: cc ?? null,
        admin1Code: a1 ?? null,
        admin2Code: a2 ?? null,
        featureCode: level === '1' ? 'ADM1' : 'ADM2',
        population: 0,
        source: 'geonames',
        note: null,
      });
      this.fixedKeys.push((keys ?? '').split(',').filter(Boolean));
      this.adminCodes.set(code, index);
      this.ids.set(`gn:${gid}`, index);
    }
    this.placeBase = this.fixed.length;
  }

  entry(index: number): GazetteerEntry {
    let e: GazetteerEntry;
    if (index < this.placeBase) e = this.fixed[index]!;
    else if (index < this.placeBase + this.places.length) {
      const cached = this.parsedPlaces.get(index);
      if (cached) e = cached;
      else {
        e = this.parsePlace(index - this.placeBase);
        if (this.parsedPlaces.size >= PARSED_PLACES_LIMIT) this.parsedPlaces.clear();
        this.parsedPlaces.set(index, e);
      }
    }
    else e = this.extra[index - this.placeBase - this.places.length]!;
    const o = this.overrides.get(index);
    return o ? { ...e, ...o } : e;
  }

  /** Places already decoded from their line (entries are never changed in place), bounded. */
  private readonly parsedPlaces = new Map<number, GazetteerEntry>();

  private parsePlace(i: number): GazetteerEntry {
    const [cc, gid, name, lat, lon, fcode, a1, a2, pop] = this.places.line(i).split('\t');
    return {
      id: `gn:${gid}`,
      name: name ?? '',
      kind: 'place',
      precision: 'city',
      lat: num(lat),
      lon: num(lon),
      countryCode: cc || null,
      admin1Code: a1 || null,
      admin2Code: a2 || null,
      featureCode: fcode || null,
      population: Number(pop) || 0,
      source: 'geonames',
      note: null,
    };
  }

  lookupKey(key: string): number[] {
    const line = this.keys.find(key);
    const refs = line ? parseRefs(line.split('\t')[1]) : [];
    const added = this.extraKeys.get(key);
    return added ? [...new Set([...refs, ...added])] : refs;
  }

  lookupLoose(looseKey: string): number[] {
    const line = this.loose.find(looseKey);
    const refs = line ? parseRefs(line.split('\t')[1]) : [];
    const added = this.extraLoose.get(looseKey);
    return added ? [...new Set([...refs, ...added])] : refs;
  }

  admin(code: string): GazetteerEntry | null {
    const i = this.adminCodes.get(code);
    return i === undefined ? null : this.entry(i);
  }

  indexOfId(id: string): number | null {
    const known = this.ids.get(id);
    if (known !== undefined) return known;
    const m = /^gn:(\d+)$/.exec(id);
    if (!m) return null;
    // A few ids (the supplement's) are found by scanning the text; a bulk import builds an index once.
    if (!this.gnIndex && ++this.idScans <= 16) {
      const text = this.places.text;
      const needle = `\t${m[1]}\t`;
      for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
        const lineStart = text.lastIndexOf('\n', at) + 1;
        if (text.indexOf('\t', lineStart) !== at) continue;
        const index = this.placeBase + this.places.lineAt(at);
        this.ids.set(id, index);
        return index;
      }
      return null;
    }
    if (!this.gnIndex) {
      this.gnIndex = new Map();
      for (let i = 0; i < this.places.length; i++) {
        const line = this.places.line(i);
        const a = line.indexOf('\t');
        this.gnIndex.set(line.slice(a + 1, line.indexOf('\t', a + 1)), this.placeBase + i);
      }
    }
    const index = this.gnIndex.get(m[1]!);
    return index === undefined ? null : index;
  }

  fuzzyKeys(countryCode: string | null): Map<number, string[]> {
    const cacheKey = countryCode ?? '*';
    const cached = this.fuzzyCache.get(cacheKey);
    if (cached) return cached;
    const keys = new Set<string>();
    if (countryCode === null) {
      for (let i = 0; i < this.keys.length; i++) {
        const line = this.keys.line(i);
        if (line.endsWith('\tg')) keys.add(line.slice(0, line.indexOf('\t')));
      }
    } else {
      for (let i = 0; i < this.placeBase; i++) {
        if (this.fixed[i]!.countryCode === countryCode) for (const k of this.fixedKeys[i]!) keys.add(k);
      }
      const [from, to] = this.places.range(countryCode);
      for (let i = from; i < to; i++) {
        const line = this.places.line(i);
        const field = line.slice(line.lastIndexOf('\t') + 1);
        for (const k of field.split(',')) if (k) keys.add(k);
      }
    }
    for (const k of this.addedFuzzy.get(cacheKey) ?? []) keys.add(k);
    const byLength = new Map<number, string[]>();
    for (const k of keys) {
      const list = byLength.get(k.length);
      if (list) list.push(k);
      else byLength.set(k.length, [k]);
    }
    this.fuzzyCache.set(cacheKey, byLength);
    return byLength;
  }

  /** Adds keys to an entry that already exists or to a new one. */
  addKeys(index: number, keys: Iterable<string>, global: boolean): void {
    const cc = this.entry(index).countryCode ?? '';
    for (const key of keys) {
      if (key.length < 2) continue;
      push(this.extraKeys, key, index);
      const lk = looseKeyOf(key);
      if (lk.length >= 2) push(this.extraLoose, lk, index);
      addTo(this.addedFuzzy, cc, key);
      if (global) addTo(this.addedFuzzy, '*', key);
    }
    this.fuzzyCache.clear();
  }

  addEntry(entry: GazetteerEntry): number {
    this.extra.push(entry);
    const index = this.size - 1;
    this.ids.set(entry.id, index);
    return index;
  }

  /** Records the state after the embedded data and the supplement: the user layer goes on top of it. */
  markBase(): void {
    const copy = (m: Map<string, unknown[]>) => new Map([...m].map(([k, v]) => [k, [...v]]));
    this.base = {
      extra: this.extra.length,
      ids: new Map(this.ids),
      keys: copy(this.extraKeys) as Map<string, number[]>,
      loose: copy(this.extraLoose) as Map<string, number[]>,
      fuzzy: new Map([...this.addedFuzzy].map(([k, v]) => [k, new Set(v)])),
    };
  }

  setUserPlaces(places: GazetteerPlace[]): void {
    const b = this.base;
    if (!b) throw new GazetteerError('gazetteer base not marked');
    this.extra.length = b.extra;
    const restore = <V>(target: Map<string, V[]>, from: Map<string, V[]>) => {
      target.clear();
      for (const [k, v] of from) target.set(k, [...v]);
    };
    this.ids.clear();
    for (const [k, v] of b.ids) this.ids.set(k, v);
    restore(this.extraKeys, b.keys);
    restore(this.extraLoose, b.loose);
    this.addedFuzzy.clear();
    for (const [k, v] of b.fuzzy) this.addedFuzzy.set(k, new Set(v));
    this.fuzzyCache.clear();
    addExtraPlaces(this, places);
    this.revision++;
  }

  override(index: number, patch: Partial<GazetteerEntry>): void {
    this.overrides.set(index, { ...this.overrides.get(index), ...patch });
  }
}

/** Coordinates of the unit a coarse supplement entry stands for. */
function unitPoint(g: TableGazetteer, e: GazetteerEntry): { lat: number | null; lon: number | null } {
  const cc = e.countryCode ?? '';
  let unit: GazetteerEntry | null = null;
  if (e.precision === 'district' && e.admin2Code) unit = g.admin(`${cc}.${e.admin1Code}.${e.admin2Code}`);
  if (!unit && (e.precision === 'district' || e.precision === 'admin1') && e.admin1Code) unit = g.admin(`${cc}.${e.admin1Code}`);
  if (!unit) {
    const c = g.countries.get(cc);
    return { lat: c?.lat ?? null, lon: c?.lon ?? null };
  }
  return { lat: unit.lat, lon: unit.lon };
}

function loadSupplement(g: TableGazetteer, file: string): void {
  if (!fs.existsSync(file)) return;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [id, name, alts, , precision, cc, a1, a2, lat, lon, status, source, note] = line.split('\t');
    if (!id || !name) continue;
    const keys = [name, ...(alts ? alts.split('|') : [])].map(nameKey);
    const existing = g.indexOfId(id);
    if (existing !== null) {
      if (num(lat) !== null && num(lon) !== null) {
        const caveat = status === 'approximate' ? 'approximate coordinates' : null;
        g.override(existing, { lat: num(lat), lon: num(lon), note: [caveat, note, source ? `source: ${source}` : null].filter(Boolean).join('; ') });
      }
      g.addKeys(existing, keys, true);
      continue;
    }
    const entry: GazetteerEntry = {
      id,
      name,
      kind: 'feature',
      precision: (precision || 'point') as Precision,
      lat: num(lat),
      lon: num(lon),
      countryCode: cc || null,
      admin1Code: a1 || null,
      admin2Code: a2 || null,
      featureCode: null,
      population: 0,
      source: 'supplement',
      note: [note, source ? `source: ${source}` : null].filter(Boolean).join('; ') || null,
    };
    if (entry.lat === null || entry.lon === null) Object.assign(entry, unitPoint(g, entry));
    g.addKeys(g.addEntry(entry), keys, true);
  }
}

function placeNameKeys(p: GazetteerPlace): string[] {
  return [...new Set([p.name, ...(p.alternateNames ?? [])].map(nameKey))];
}

/** The place with its name keys computed once (as stored), so that loading it later skips the keying. */
export function withNameKeys(p: GazetteerPlace): GazetteerPlace {
  return { ...p, nameKeys: placeNameKeys(p), keyVersion: NAME_KEY_VERSION };
}

function addExtraPlaces(g: TableGazetteer, places: GazetteerPlace[]): void {
  for (const p of places) {
    const kind = p.kind ?? 'place';
    const keys = p.nameKeys && p.keyVersion === NAME_KEY_VERSION ? new Set(p.nameKeys) : new Set(placeNameKeys(p));
    const existing = g.indexOfId(p.id);
    if (existing !== null) {
      g.addKeys(existing, keys, false);
      continue;
    }
    const index = g.addEntry({
      id: p.id,
      name: p.name,
      kind,
      precision: p.precision ?? PRECISION_OF[kind],
      lat: p.lat,
      lon: p.lon,
      countryCode: p.countryCode ? p.countryCode.toUpperCase() : null,
      admin1Code: p.admin1Code ?? null,
      admin2Code: p.admin2Code ?? null,
      featureCode: p.featureCode ?? null,
      population: p.population ?? 0,
      source: p.id.startsWith('gn:') ? 'geonames' : 'user',
      note: null,
    });
    g.addKeys(index, keys, (p.population ?? 0) >= GLOBAL_FUZZY_POPULATION);
  }
}

export function loadGazetteer(options: LoadGazetteerOptions = {}): Gazetteer {
  const t0 = performance.now();
  const dir = options.dataDir ?? defaultGazetteerDir();
  const g = new TableGazetteer(
    readTable(path.join(dir, 'places.tsv.gz')),
    readTable(path.join(dir, 'keys.tsv.gz')),
    readTable(path.join(dir, 'loose.tsv.gz')),
  );
  g.addCountries(readTable(path.join(dir, 'countries.tsv')));
  g.addAdmin(readTable(path.join(dir, 'admin.tsv.gz')));
  loadSupplement(g, path.join(dir, 'supplement.tsv'));
  g.markBase();
  g.setUserPlaces(options.extraPlaces ?? []);
  g.loadMs = performance.now() - t0;
  return g;
}

let defaultInstance: Gazetteer | null = null;
let userPlacesSource: (() => GazetteerPlace[]) | null = null;

/** The embedded gazetteer, loaded on first use and kept, with the user's places from `useUserPlaces`. */
export function defaultGazetteer(): Gazetteer {
  if (!defaultInstance) {
    defaultInstance = loadGazetteer();
    if (userPlacesSource) defaultInstance.setUserPlaces(userPlacesSource());
  }
  return defaultInstance;
}

/**
 * Sets where the default gazetteer's user layer comes from (the user's store). The source is
 * read when the gazetteer loads, or at once if it is loaded already; null clears the layer.
 */
export function useUserPlaces(source: (() => GazetteerPlace[]) | null): void {
  userPlacesSource = source;
  if (defaultInstance) defaultInstance.setUserPlaces(source ? source() : []);
}
