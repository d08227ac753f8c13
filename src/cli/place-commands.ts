/**
 * `sitrep places resolve|add|list` and `sitrep gazetteer import`. The user's gazetteer (imported
 * GeoNames rows and places added by hand) lives in the store (tables user_places); a hook makes
 * every command's gazetteer include it, so that added places resolve at once, in `places resolve`
 * and in the extraction of documents ingested later.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { InputError, UsageError } from '../core/errors.ts';
import type { Precision } from '../core/types.ts';
import { admin1OfPoint } from '../geo/gazetteer/admin1-of-point.ts';
import { countryOfPoint } from '../geo/gazetteer/country-of-point.ts';
import type { GazetteerPlace } from '../geo/gazetteer/gazetteer-types.ts';
import { readGeonames } from '../geo/gazetteer/import-geonames.ts';
import { defaultGazetteer, useUserPlaces, withNameKeys } from '../geo/gazetteer/load-gazetteer.ts';
import { parseUserPlaces } from '../geo/gazetteer/parse-user-places.ts';
import { resolveToponym } from '../geo/gazetteer/resolve-toponym.ts';
import { parseLatLon } from '../geo/locate.ts';
import { openStore } from '../store/open-store.ts';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import { listUserPlaces } from '../store/sqlite/user-gazetteer-rows.ts';
import type { CommandContext } from './main.ts';

const PRECISIONS = new Set<Precision>(['point', 'city', 'district', 'admin1', 'country']);

/** The user's places stored in a SQLite database, or none when it does not exist or predates them. */
function storedPlaces(db: string): GazetteerPlace[] {
  if (db === ':memory:' || /^postgres(?:ql)?:\/\//i.test(db) || !fs.existsSync(db)) return [];
  let store;
  try {
    store = openSqliteStore(db, { readonly: true });
  } catch {
    return [];
  }
  try {
    return listUserPlaces(store.db);
  } finally {
    store.closeSync();
  }
}

/** Every command sees the gazetteer of the database it works on (its --db, SITREP_DB or ./sitrep.db). */
function installUserGazetteerHook(program: Command, ctx: CommandContext): void {
  program.hook('preAction', (_root, action) => {
    const db = ctx.settings({ db: (action.opts() as { db?: string }).db }).db;
    useUserPlaces(() => storedPlaces(db));
  });
}

function slug(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'place';
}

const KIND_OF_PRECISION: Record<Precision, NonNullable<GazetteerPlace['kind']>> = {
  point: 'feature', city: 'place', district: 'admin2', admin1: 'admin1', country: 'country',
};

interface AddOptions { at?: string; kind?: string; country?: string; alt?: string[]; precision?: string; id?: string; db?: string; format?: string }

function placeFromOptions(name: string, o: AddOptions): GazetteerPlace {
  if (!name.trim()) throw new UsageError('a place needs a name');
  if (!o.at) throw new UsageError('--at LAT,LON is required');
  const point = parseLatLon(o.at);
  if (!point) throw new UsageError(`--at: not a latitude,longitude pair: ${o.at}`, 'BAD_POINT');
  const precision = (o.precision ?? 'point') as Precision;
  if (!PRECISIONS.has(precision)) throw new UsageError(`--precision: expected point, city, district, admin1 or country, not ${o.precision}`);
  const cc = o.country ? o.country.toUpperCase() : countryOfPoint(point.lat, point.lon);
  if (cc !== null && !/^[A-Z]{2}$/.test(cc)) throw new UsageError(`--country: expected an ISO 3166-1 alpha-2 code, not ${o.country}`);
  const place: GazetteerPlace = {
    id: `user:${o.id ? slug(o.id) : slug(name)}`,
    name: name.trim(),
    alternateNames: o.alt ?? [],
    lat: point.lat,
    lon: point.lon,
    countryCode: cc,
    admin1Code: cc ? (admin1OfPoint(point.lat, point.lon, defaultGazetteer(), cc)?.admin1Code ?? null) : null,
    precision,
    kind: KIND_OF_PRECISION[precision],
  };
  if (o.kind) place.label = o.kind;
  return place;
}

/** Country (when not given) and admin-1 code of a user's place, from polygons. */
function withAreaCodes(p: GazetteerPlace): GazetteerPlace {
  if (p.lat === null || p.lon === null) return p;
  const cc = p.countryCode ?? countryOfPoint(p.lat, p.lon);
  const admin1Code = p.admin1Code ?? (cc ? (admin1OfPoint(p.lat, p.lon, defaultGazetteer(), cc)?.admin1Code ?? null) : null);
  return { ...p, countryCode: cc, admin1Code };
}

/** GeoNames dump (tab-separated, plain or zipped) or the user's CSV/GeoJSON, by name and first bytes. */
function isGeonamesFile(file: string): boolean {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.zip') return true;
  if (ext === '.csv' || ext === '.geojson' || ext === '.json') return false;
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    const first = buf.subarray(0, n).toString('utf8').split('\n').find((l) => l && !l.startsWith('#')) ?? '';
    return /^\d+\t/.test(first) && first.split('\t').length >= 15;
  } finally {
    fs.closeSync(fd);
  }
}

export function registerPlaceCommands(program: Command, ctx: CommandContext): void {
  installUserGazetteerHook(program, ctx);
  const places = program.command('places').description('the offline gazetteer: resolve names, add your own places');
  places
    .command('resolve')
    .description('resolve place names to gazetteer places, with the runners-up and their scores')
    .argument('<names...>', 'place names')
    .option('--country <cc>', 'ISO 3166-1 alpha-2 country context')
    .option('--db <path>', 'database whose own places take part (default ./sitrep.db, or SITREP_DB)')
    .option('--format <format>', 'table or json', 'table')
    .action((names: string[], options: { country?: string; format?: string }) => {
      const g = defaultGazetteer();
      const results = names.map((n) => resolveToponym(n, { countryCodes: options.country ? [options.country.toUpperCase()] : [] }, g));
      if (options.format === 'json') { ctx.out(JSON.stringify(results, null, 2)); return; }
      for (const r of results) {
        const p = r.place;
        ctx.out(p ? `${r.query}\t${p.name}, ${p.admin1 ?? '-'}, ${p.country ?? '-'} (${p.country_code ?? '-'})\t${p.precision}\t${p.lat ?? '-'}, ${p.lon ?? '-'}\t${p.id ?? ''}` : `${r.query}\tnot found`);
      }
      if (results.some((r) => !r.place)) ctx.setExit(1);
    });

  places
    .command('add')
    .description('add a place of your own (a border post, a camp) to the gazetteer of the database')
    .argument('<name>', 'the place name')
    .requiredOption('--at <lat,lon>', 'coordinates, e.g. 37.26,68.14')
    .option('--kind <label>', 'free label, e.g. border-post, checkpoint, camp')
    .option('--country <cc>', 'ISO 3166-1 alpha-2 (default: the country containing the point)')
    .option('--alt <names...>', 'alternate names and spellings')
    .option('--precision <precision>', 'point, city, district, admin1 or country', 'point')
    .option('--id <id>', 'stable id (default: from the name)')
    .option('--db <path>', 'SQLite database file (default ./sitrep.db, or SITREP_DB)')
    .option('--format <format>', 'table or json', 'table')
    .action(async (name: string, options: AddOptions) => {
      const place = placeFromOptions(name, options);
      const store = await openStore({ db: ctx.settings({ db: options.db }).db });
      try {
        await store.savePlaces([withNameKeys(place)]);
        useUserPlaces(() => storedPlaces(ctx.settings({ db: options.db }).db));
      } finally {
        await store.close();
      }
      const resolved = resolveToponym(place.name, {}, defaultGazetteer()).place;
      if (options.format === 'json') { ctx.out(JSON.stringify({ added: place, resolves_to: resolved }, null, 2)); return; }
      ctx.out(`added ${place.id}: ${place.name} at ${place.lat}, ${place.lon}${place.countryCode ? ` (${place.countryCode}${resolved?.admin1 ? `, ${resolved.admin1}` : ''})` : ''}, precision ${place.precision}`);
    });

  places
    .command('list')
    .description('list the places of your own gazetteer (added or imported)')
    .option('--db <path>', 'SQLite database file (default ./sitrep.db, or SITREP_DB)')
    .option('--format <format>', 'table or json', 'table')
    .action(async (options: { db?: string; format?: string }) => {
      const store = await openStore({ db: ctx.settings({ db: options.db }).db });
      let list: GazetteerPlace[];
      try {
        list = (await store.listPlaces()).map(({ nameKeys: _k, keyVersion: _v, ...p }) => p);
      } finally {
        await store.close();
      }
      if (options.format === 'json') { ctx.out(JSON.stringify(list, null, 2)); return; }
      for (const p of list) ctx.out(`${p.id}\t${p.name}\t${p.lat ?? '-'}, ${p.lon ?? '-'}\t${p.countryCode ?? '-'}\t${p.precision ?? p.kind ?? '-'}${p.label ? `\t${p.label}` : ''}`);
      ctx.out(`${list.length} place${list.length === 1 ? '' : 's'}`);
    });

  program
    .command('gazetteer')
    .description('manage the gazetteer')
    .command('import')
    .description('import GeoNames dumps (allCountries or a country file, plain or zipped) or a CSV/GeoJSON of your own places')
    .argument('<files...>', 'GeoNames .txt/.zip tables, or .csv/.geojson places')
    .option('--country <cc...>', 'keep only these ISO alpha-2 countries (GeoNames dumps)')
    .option('--alternate-names <file>', 'GeoNames alternateNames table (plain or zipped) to add names from')
    .option('--feature-class <classes>', 'keep only these GeoNames feature classes, e.g. P,A')
    .option('--db <path>', 'SQLite database file (default ./sitrep.db, or SITREP_DB)')
    .option('--format <format>', 'table or json', 'table')
    .action(async (files: string[], options: { country?: string[]; alternateNames?: string; featureClass?: string; db?: string; format?: string }) => {
      for (const f of [...files, ...(options.alternateNames ? [options.alternateNames] : [])]) {
        if (!fs.existsSync(f)) throw new InputError('NOT_FOUND', f, 'file not found');
      }
      const countries = (options.country ?? []).flatMap((c) => c.split(',')).filter(Boolean);
      for (const c of countries) if (!/^[a-z]{2}$/i.test(c)) throw new UsageError(`--country: expected ISO alpha-2 codes, not ${c}`);
      const geonames = files.filter(isGeonamesFile);
      const own = files.filter((f) => !geonames.includes(f));
      const t0 = performance.now();
      const read = geonames.length
        ? await readGeonames(geonames, { countries, alternateNamesFile: options.alternateNames ?? null, featureClasses: options.featureClass ? options.featureClass.split(',') : [] })
        : { places: [], skipped: 0, alternateNames: 0 };
      const ownPlaces = own.flatMap((f) => parseUserPlaces(fs.readFileSync(f, 'utf8'), f)).map(withAreaCodes);
      const all = [...read.places, ...ownPlaces];
      const store = await openStore({ db: ctx.settings({ db: options.db }).db });
      try {
        await store.savePlaces(all.map(withNameKeys));
      } finally {
        await store.close();
      }
      const summary = {
        imported: all.length,
        geonames: read.places.length,
        own: ownPlaces.length,
        skipped: read.skipped,
        alternate_names: read.alternateNames,
        seconds: Math.round(performance.now() - t0) / 1000,
      };
      if (options.format === 'json') { ctx.out(JSON.stringify(summary, null, 2)); return; }
      ctx.out(`imported ${summary.imported} places (${summary.geonames} from GeoNames, ${summary.own} of your own; ${summary.skipped} malformed rows skipped, ${summary.alternate_names} alternate names added) in ${summary.seconds} s`);
    });
}
