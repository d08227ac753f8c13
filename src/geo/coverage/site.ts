/**
 * A user-defined site with a coverage range: an outpost, a camera, a radar.
 * "Monitors 15–20 km" becomes `rangeKm: { min: 15, max: 20 }`: within `min` the site
 * certainly covers a point, beyond `max` it certainly does not, between them it may.
 */
import { UsageError } from '../../core/errors.ts';

export interface RangeKm {
  min: number;
  max: number;
}

export interface Site {
  id: string;
  name: string;
  lat: number;
  lon: number;
  /** "monitors 15–20 km" → {min: 15, max: 20}; a single figure → min = max. */
  rangeKm: RangeKm;
  /** Free label: "border outpost", "checkpoint", "camera". */
  kind?: string;
  /** Gazetteer id of the place the site was put at, when it was given by name. */
  placeId?: string;
}

const UNIT_TO_KM: Record<string, number> = {
  km: 1,
  kms: 1,
  kilometer: 1,
  kilometers: 1,
  kilometre: 1,
  kilometres: 1,
  m: 0.001,
  meter: 0.001,
  meters: 0.001,
  metre: 0.001,
  metres: 0.001,
  mi: 1.609344,
  mile: 1.609344,
  miles: 1.609344,
  nm: 1.852,
  nmi: 1.852,
};

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
// "15-20km", "15–20 km", "15 to 20 kilometres", "20 km", "20", "up to 20 km".
const RANGE_PATTERN = new RegExp(
  String.raw`^(?:up\s+to\s+)?${NUMBER}\s*(?:([a-z]+)\s*)?(?:(?:-|–|—|to|\.\.)\s*${NUMBER}\s*)?([a-z]+)?$`,
  'i',
);

function toNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

/**
 * Parses a coverage range: `"15-20km"`, `"15–20 km"`, `"15 to 20 kilometres"`, `"20 km"`,
 * `"20"` (kilometres), `"500 m"`, `"12 mi"`; `"up to 20 km"` is {min: 0, max: 20}.
 * A number is taken as kilometres; a {min, max} object is validated.
 * Throws `UsageError` with code `BAD_RANGE` for anything else, a negative or zero
 * maximum, or min > max.
 */
export function parseRange(input: string | number | RangeKm): RangeKm {
  if (typeof input === 'number') return checkRange({ min: input, max: input }, String(input));
  if (typeof input === 'object' && input !== null) return checkRange({ min: input.min, max: input.max }, JSON.stringify(input));
  const text = String(input).trim();
  const match = RANGE_PATTERN.exec(text);
  if (!match) throw new UsageError(`cannot read a range from "${text}" (try "15-20km" or "20 km")`, 'BAD_RANGE');
  const [, first, firstUnit, second, lastUnit] = match;
  const upTo = /^up\s+to\b/i.test(text);
  const unit = (lastUnit ?? firstUnit ?? 'km').toLowerCase();
  const factor = UNIT_TO_KM[unit];
  if (factor === undefined) throw new UsageError(`unknown distance unit "${unit}" in "${text}"`, 'BAD_RANGE');
  const firstFactor = firstUnit && second ? UNIT_TO_KM[firstUnit.toLowerCase()] : factor;
  if (firstFactor === undefined) throw new UsageError(`unknown distance unit "${firstUnit}" in "${text}"`, 'BAD_RANGE');
  const min = toNumber(first!) * firstFactor;
  if (upTo && second === undefined) return checkRange({ min: 0, max: round(min) }, text);
  const max = second === undefined ? min : toNumber(second) * factor;
  return checkRange({ min: round(min), max: round(max) }, text);
}

function round(km: number): number {
  return Math.round(km * 1e9) / 1e9;
}

function checkRange(range: RangeKm, text: string): RangeKm {
  const { min, max } = range;
  if (!Number.isFinite(min) || !Number.isFinite(max) || min < 0 || max <= 0) {
    throw new UsageError(`range "${text}" must be positive kilometres`, 'BAD_RANGE');
  }
  if (min > max) throw new UsageError(`range "${text}" has its minimum above its maximum`, 'BAD_RANGE');
  return { min, max };
}

export interface SiteInput {
  id?: string;
  name: string;
  lat: number;
  lon: number;
  range: string | number | RangeKm;
  kind?: string;
  placeId?: string;
}

/**
 * Builds a validated `Site` (what `sitrep sites add` stores). The id defaults to a slug of
 * the name. Throws `UsageError` (`BAD_SITE`, `BAD_RANGE`) on bad input.
 */
export function makeSite(input: SiteInput): Site {
  const name = input.name?.trim();
  if (!name) throw new UsageError('a site needs a name', 'BAD_SITE');
  if (!Number.isFinite(input.lat) || input.lat < -90 || input.lat > 90) {
    throw new UsageError(`site "${name}": latitude ${input.lat} is not in [-90, 90]`, 'BAD_SITE');
  }
  if (!Number.isFinite(input.lon) || input.lon < -180 || input.lon > 180) {
    throw new UsageError(`site "${name}": longitude ${input.lon} is not in [-180, 180]`, 'BAD_SITE');
  }
  const id = input.id?.trim() || slug(name);
  if (!id) throw new UsageError(`site "${name}": cannot derive an id from the name`, 'BAD_SITE');
  const site: Site = { id, name, lat: input.lat, lon: input.lon, rangeKm: parseRange(input.range) };
  if (input.kind) site.kind = input.kind;
  if (input.placeId) site.placeId = input.placeId;
  return site;
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
