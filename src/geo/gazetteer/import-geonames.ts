/**
 * Streamed import of GeoNames dumps (allCountries, a country file such as TJ.txt, plain or
 * zipped, optionally with alternateNames) into a JSON Lines file of places that
 * `loadGazetteer({ extraPlaces })` takes. Nothing is downloaded: the user supplies the files.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { InputError } from '../../core/errors.ts';
import type { Precision } from '../../core/types.ts';
import type { EntryKind, GazetteerPlace } from './gazetteer-types.ts';

export interface ImportGeonamesOptions {
  /** Keep only these ISO alpha-2 countries (any case); all when empty. */
  countries?: string[];
  /** GeoNames alternateNames file (plain or zipped) whose names are added to the imported places. */
  alternateNamesFile?: string | null;
  /** Keep only these feature classes (P, A, S, ...); all when empty. */
  featureClasses?: string[];
  /** Stop with an error past this many kept places (default 3,000,000): allCountries wants a filter. */
  maxPlaces?: number;
}

export interface ImportResult {
  imported: number;
  skipped: number;
  alternateNames: number;
}

const KEEP_SCRIPT = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{M}\d\s'’ʼʻ`´.,()\-]+$/u;
const SKIP_LANGUAGES = new Set(['link', 'post', 'iata', 'icao', 'faac', 'wkdt', 'unlc', 'fr_1793', 'abbr']);

function openZipText(file: string): Promise<Readable> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(new InputError('UNREADABLE', file, `cannot open zip: ${err?.message ?? 'unknown'}`, err));
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = path.basename(entry.fileName).toLowerCase();
        if (!name.endsWith('.txt') || name.startsWith('readme')) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => (e || !stream ? reject(e) : resolve(stream)));
      });
      zip.on('end', () => reject(new InputError('UNSUPPORTED', file, 'zip holds no .txt GeoNames table')));
      zip.readEntry();
    });
  });
}

async function openText(file: string): Promise<Readable> {
  if (!fs.existsSync(file)) throw new InputError('NOT_FOUND', file, 'file not found');
  return file.toLowerCase().endsWith('.zip') ? openZipText(file) : fs.createReadStream(file);
}

async function* lines(file: string): AsyncGenerator<string> {
  const rl = readline.createInterface({ input: await openText(file), crlfDelay: Infinity });
  for await (const line of rl) yield line;
}

function kindOf(featureClass: string, featureCode: string): { kind: EntryKind; precision: Precision } {
  if (featureClass === 'P') return { kind: 'place', precision: 'city' };
  if (featureClass === 'A') {
    if (featureCode.startsWith('PCL')) return { kind: 'country', precision: 'country' };
    if (featureCode === 'ADM1') return { kind: 'admin1', precision: 'admin1' };
    if (/^ADM[2-5]/.test(featureCode)) return { kind: 'admin2', precision: 'district' };
  }
  return { kind: 'feature', precision: 'point' };
}

/** One GeoNames table row (the 19-column geoname format) as a place, or null if malformed. */
export function parseGeonamesLine(line: string): GazetteerPlace | null {
  const f = line.split('\t');
  if (f.length < 15) return null;
  const [gid, name, ascii, alts, lat, lon, fclass, fcode, cc, , a1, a2, , , pop] = f as string[];
  const latN = Number(lat);
  const lonN = Number(lon);
  if (!gid || !/^\d+$/.test(gid) || !name || !Number.isFinite(latN) || !Number.isFinite(lonN)) return null;
  const names = new Set<string>();
  for (const n of [ascii ?? '', ...(alts ? alts.split(',') : [])]) if (n && n !== name && KEEP_SCRIPT.test(n)) names.add(n);
  const { kind, precision } = kindOf(fclass ?? '', fcode ?? '');
  return {
    id: `gn:${gid}`,
    name,
    alternateNames: [...names],
    lat: latN,
    lon: lonN,
    countryCode: cc || null,
    admin1Code: a1 || null,
    admin2Code: a2 || null,
    featureClass: fclass || null,
    featureCode: fcode || null,
    population: Number(pop) || 0,
    kind,
    precision,
  };
}

/** Reads GeoNames tables into places, streaming, with the country and feature-class filters. */
export async function readGeonames(files: string[], options: ImportGeonamesOptions = {}): Promise<{ places: GazetteerPlace[]; skipped: number; alternateNames: number }> {
  const countries = new Set((options.countries ?? []).map((c) => c.toUpperCase()));
  const classes = new Set((options.featureClasses ?? []).map((c) => c.toUpperCase()));
  const places: GazetteerPlace[] = [];
  const maxPlaces = options.maxPlaces ?? 3_000_000;
  let skipped = 0;
  for (const file of files) {
    for await (const line of lines(file)) {
      if (!line || line.startsWith('#')) continue;
      const place = parseGeonamesLine(line);
      if (!place) {
        skipped++;
        continue;
      }
      if (countries.size > 0 && !countries.has(place.countryCode ?? '')) continue;
      if (classes.size > 0 && !classes.has(place.featureClass ?? '')) continue;
      if (places.length >= maxPlaces) {
        throw new InputError('TOO_LARGE', file, `more than ${maxPlaces} places kept; filter with --country and --feature-class (e.g. P,A)`);
      }
      places.push(place);
    }
  }
  let alternateNames = 0;
  if (options.alternateNamesFile) {
    const byId = new Map(places.map((p) => [p.id.slice(3), p]));
    for await (const line of lines(options.alternateNamesFile)) {
      const [, gid, lang, name, , , , historic] = line.split('\t');
      const place = gid ? byId.get(gid) : undefined;
      if (!place || !name || SKIP_LANGUAGES.has(lang ?? '') || historic === '1' || !KEEP_SCRIPT.test(name)) continue;
      if (name === place.name || place.alternateNames?.includes(name)) continue;
      (place.alternateNames ??= []).push(name);
      alternateNames++;
    }
  }
  return { places, skipped, alternateNames };
}

/** Imports GeoNames tables and appends them to a JSON Lines places file (created if absent). */
export async function importGeonames(files: string[], outFile: string, options: ImportGeonamesOptions = {}): Promise<ImportResult> {
  const { places, skipped, alternateNames } = await readGeonames(files, options);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const out = fs.createWriteStream(outFile, { flags: 'a' });
  for (const p of places) {
    if (!out.write(JSON.stringify(p) + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) => {
    out.on('error', reject);
    out.end(() => resolve());
  });
  return { imported: places.length, skipped, alternateNames };
}

/** Reads a JSON Lines places file written by `importGeonames` or `writeUserPlaces`; a later line with the same id wins. */
export function readPlacesFile(file: string): GazetteerPlace[] {
  if (!fs.existsSync(file)) return [];
  const byId = new Map<string, GazetteerPlace>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const p = JSON.parse(line) as GazetteerPlace;
    if (p && typeof p.id === 'string' && typeof p.name === 'string') byId.set(p.id, p);
  }
  return [...byId.values()];
}
