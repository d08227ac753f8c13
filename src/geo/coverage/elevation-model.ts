/**
 * A user-supplied digital elevation model: a single-band GeoTIFF in geographic
 * coordinates (EPSG:4326), heights in metres. Elevation at any point by bilinear
 * interpolation between pixel centres; null outside the raster or over no-data.
 */
import { fromArrayBuffer } from 'geotiff';
import { SitrepError } from '../../core/errors.ts';

export interface ElevationModel {
  width: number;
  height: number;
  /** West, south, east, north edges of the raster, in degrees. */
  bbox: [number, number, number, number];
  /** Pixel size in degrees (both positive). */
  resolution: { lon: number; lat: number };
  /** Approximate pixel size in metres at the raster's centre (the smaller side). */
  pixelSizeM: number;
  noData: number | null;
  /** Terrain height in metres, or null outside the raster or where a neighbour is no-data. */
  elevationAt(lat: number, lon: number): number | null;
}

/** The GeoTIFF cannot serve as an elevation model. */
export class ElevationModelError extends SitrepError {
  constructor(message: string, cause?: unknown) {
    super('BAD_ELEVATION_MODEL', message, { cause });
    this.name = 'ElevationModelError';
  }
}

const WGS84 = 4326;
const METRES_PER_DEGREE = 111_195.08;

/** Reads the first image of a GeoTIFF (bytes from a file, given by the caller). */
export async function loadElevationModel(buffer: ArrayBuffer | Uint8Array): Promise<ElevationModel> {
  const bytes = buffer instanceof Uint8Array ? buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) : buffer;
  let image;
  try {
    const tiff = await fromArrayBuffer(bytes as ArrayBuffer);
    image = await tiff.getImage();
  } catch (error) {
    throw new ElevationModelError('not a readable GeoTIFF', error);
  }
  const keys = image.getGeoKeys() ?? {};
  if (keys.ProjectedCSTypeGeoKey !== undefined && keys.ProjectedCSTypeGeoKey !== WGS84) {
    throw new ElevationModelError(`projected coordinates (EPSG:${keys.ProjectedCSTypeGeoKey}); reproject the model to EPSG:4326`);
  }
  if (keys.GeographicTypeGeoKey !== undefined && keys.GeographicTypeGeoKey !== WGS84) {
    throw new ElevationModelError(`geographic system EPSG:${keys.GeographicTypeGeoKey} is not EPSG:4326`);
  }
  if (image.getSamplesPerPixel() !== 1) {
    throw new ElevationModelError(`expected one band of heights, found ${image.getSamplesPerPixel()}`);
  }
  let origin: number[];
  let res: number[];
  try {
    origin = image.getOrigin();
    res = image.getResolution();
  } catch (error) {
    throw new ElevationModelError('the GeoTIFF has no georeferencing (tie point and pixel scale)', error);
  }
  const [originLon, originLat] = origin as [number, number];
  const dLon = res[0]!;
  const dLat = Math.abs(res[1]!);
  if (!(dLon > 0) || !(dLat > 0)) throw new ElevationModelError(`unusable pixel size ${res[0]} × ${res[1]}`);
  const width = image.getWidth();
  const height = image.getHeight();
  const rasters = await image.readRasters();
  const data = rasters[0] as ArrayLike<number>;
  const noData = image.getGDALNoData();
  // With PixelIsPoint the tie point is the centre of the first pixel, otherwise its corner.
  const isPoint = keys.GTRasterTypeGeoKey === 2;
  const west = isPoint ? originLon - dLon / 2 : originLon;
  const north = isPoint ? originLat + dLat / 2 : originLat;
  const east = west + width * dLon;
  const south = north - height * dLat;
  const midLat = ((north + south) / 2) * (Math.PI / 180);
  const pixelSizeM = Math.min(dLat * METRES_PER_DEGREE, dLon * METRES_PER_DEGREE * Math.cos(midLat));

  const valueAt = (col: number, row: number): number | null => {
    const v = data[row * width + col]!;
    if (Number.isNaN(v) || (noData !== null && v === noData)) return null;
    return v;
  };

  const elevationAt = (lat: number, lon: number): number | null => {
    if (!(lat >= south && lat <= north && lon >= west && lon <= east)) return null;
    // Continuous pixel coordinates of pixel centres; clamp the half-pixel rim to the edge pixels.
    const x = Math.min(width - 1, Math.max(0, (lon - west) / dLon - 0.5));
    const y = Math.min(height - 1, Math.max(0, (north - lat) / dLat - 0.5));
    const c0 = Math.floor(x);
    const r0 = Math.floor(y);
    const c1 = Math.min(width - 1, c0 + 1);
    const r1 = Math.min(height - 1, r0 + 1);
    const fx = x - c0;
    const fy = y - r0;
    const v00 = valueAt(c0, r0);
    const v10 = valueAt(c1, r0);
    const v01 = valueAt(c0, r1);
    const v11 = valueAt(c1, r1);
    if (v00 === null || v10 === null || v01 === null || v11 === null) return null;
    const top = v00 + (v10 - v00) * fx;
    const bottom = v01 + (v11 - v01) * fx;
    return top + (bottom - top) * fy;
  };

  return { width, height, bbox: [west, south, east, north], resolution: { lon: dLon, lat: dLat }, pixelSizeM, noData, elevationAt };
}
