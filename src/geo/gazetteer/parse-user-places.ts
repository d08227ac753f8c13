/**
 * A user's own places from a simple CSV (header with name, lat, lon and optionally id,
 * country_code, alternate_names, precision, population) or GeoJSON (Point features whose
 * properties carry the same fields).
 */
import { InputError } from '../../core/errors.ts';
import type { Precision } from '../../core/types.ts';
import type { GazetteerPlace } from './gazetteer-types.ts';

const PRECISIONS = new Set<Precision>(['point', 'city', 'district', 'admin1', 'country']);

function slug(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'place';
}

/** Splits one CSV record, honouring double quotes. */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out.map((f) => f.trim());
}

function toPlace(props: Record<string, unknown>, lat: number, lon: number, subject: string, row: number): GazetteerPlace {
  const str = (k: string[]): string | null => {
    for (const key of k) {
      const v = props[key];
      if (v !== undefined && v !== null && String(v).trim() !== '') return String(v).trim();
    }
    return null;
  };
  const name = str(['name', 'title']);
  if (!name) throw new InputError('UNSUPPORTED', subject, `row ${row}: a place needs a name`);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    throw new InputError('UNSUPPORTED', subject, `row ${row}: invalid coordinates for ${name}`);
  }
  const precision = (str(['precision']) ?? 'point') as Precision;
  if (!PRECISIONS.has(precision)) throw new InputError('UNSUPPORTED', subject, `row ${row}: unknown precision ${precision}`);
  const alts = str(['alternate_names', 'alt_names', 'aliases']);
  return {
    id: `user:${str(['id']) ?? slug(name)}`,
    name,
    alternateNames: alts ? alts.split(/[|;]/).map((s) => s.trim()).filter(Boolean) : [],
    lat,
    lon,
    countryCode: str(['country_code', 'country', 'cc'])?.toUpperCase() ?? null,
    admin1Code: str(['admin1_code']),
    precision,
    population: Number(str(['population'])) || 0,
    kind: precision === 'point' ? 'feature' : precision === 'city' ? 'place' : precision === 'district' ? 'admin2' : precision,
  };
}

export function parseUserPlaces(text: string, subject = 'places'): GazetteerPlace[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('{')) {
    let doc: { type?: string; features?: Array<{ geometry?: { type?: string; coordinates?: number[] }; properties?: Record<string, unknown> }> };
    try {
      doc = JSON.parse(trimmed);
    } catch (e) {
      throw new InputError('UNSUPPORTED', subject, 'not valid GeoJSON', e);
    }
    const features = doc.type === 'FeatureCollection' ? (doc.features ?? []) : [doc as never];
    return features.map((f, i) => {
      if (f.geometry?.type !== 'Point' || !f.geometry.coordinates) throw new InputError('UNSUPPORTED', subject, `feature ${i + 1}: only Point geometries are places`);
      const [lon, lat] = f.geometry.coordinates;
      return toPlace(f.properties ?? {}, Number(lat), Number(lon), subject, i + 1);
    });
  }
  const lines = trimmed.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) return [];
  const header = csvFields(lines[0]!).map((h) => h.toLowerCase());
  for (const need of ['name']) if (!header.includes(need)) throw new InputError('UNSUPPORTED', subject, `CSV header needs a "${need}" column`);
  const latCol = header.findIndex((h) => h === 'lat' || h === 'latitude');
  const lonCol = header.findIndex((h) => h === 'lon' || h === 'lng' || h === 'longitude');
  if (latCol < 0 || lonCol < 0) throw new InputError('UNSUPPORTED', subject, 'CSV header needs lat and lon columns');
  return lines.slice(1).map((line, i) => {
    const fields = csvFields(line);
    const props: Record<string, unknown> = {};
    header.forEach((h, j) => (props[h] = fields[j]));
    return toPlace(props, Number(fields[latCol]), Number(fields[lonCol]), subject, i + 2);
  });
}
