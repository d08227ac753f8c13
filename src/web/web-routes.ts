/**
 * The browser workbench: serves `src/web/` (index.html, app.js, app.css) at `/` and a fixed
 * allow-list of vendor files from node_modules under `/vendor/...` (Leaflet, markercluster,
 * topojson-client, Natural Earth country shapes from world-atlas). Nothing is fetched from
 * anywhere else; the page's Content-Security-Policy allows only this origin and no inline script.
 * Mounted as a middleware (GET and HEAD of these paths only), so the API's routes and its
 * OpenAPI document are untouched; anything else falls through to the API.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MiddlewareHandler } from 'hono';

const require = createRequire(import.meta.url);

/** URL path under /vendor/ → module specifier resolved from node_modules. */
export const VENDOR_FILES: Readonly<Record<string, string>> = {
  'leaflet/leaflet.js': 'leaflet/dist/leaflet.js',
  'leaflet/leaflet.css': 'leaflet/dist/leaflet.css',
  'markercluster/leaflet.markercluster.js': 'leaflet.markercluster/dist/leaflet.markercluster.js',
  'markercluster/MarkerCluster.css': 'leaflet.markercluster/dist/MarkerCluster.css',
  'markercluster/MarkerCluster.Default.css': 'leaflet.markercluster/dist/MarkerCluster.Default.css',
  'topojson/topojson-client.min.js': 'topojson-client/dist/topojson-client.min.js',
  'world-atlas/countries-50m.json': 'world-atlas/countries-50m.json',
  'world-atlas/countries-110m.json': 'world-atlas/countries-110m.json',
};

const PAGE_FILES: Readonly<Record<string, string>> = {
  '/': 'index.html',
  '/index.html': 'index.html',
  '/app.js': 'app.js',
  '/app.css': 'app.css',
};

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** The workbench page's policy: this origin only, no inline script, no framing. */
export const WEB_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Where index.html is: beside this module when run from src, or src/web when run from dist/web. */
function webDirectory(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, join(here, '..', '..', 'src', 'web')]) {
    if (existsSync(join(dir, 'index.html'))) return dir;
  }
  return here;
}

interface Asset { body: Uint8Array; type: string }

function typeOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return TYPES[path.slice(dot)] ?? 'application/octet-stream';
}

/** A middleware serving the workbench's files; `cache: false` re-reads the page files on each request (development). */
export function webRoutes(options: { cache?: boolean } = {}): MiddlewareHandler {
  const dir = webDirectory();
  const cache = new Map<string, Asset>();
  const load = (key: string, file: string): Asset | null => {
    const hit = cache.get(key);
    if (hit) return hit;
    if (!existsSync(file)) return null;
    const asset = { body: new Uint8Array(readFileSync(file)), type: typeOf(file) };
    if (options.cache !== false || key.startsWith('/vendor/')) cache.set(key, asset);
    return asset;
  };
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const path = c.req.path;
    let asset: Asset | null = null;
    if (PAGE_FILES[path]) {
      asset = load(path, join(dir, PAGE_FILES[path]));
    } else if (path.startsWith('/vendor/')) {
      const specifier = VENDOR_FILES[path.slice('/vendor/'.length)];
      if (!specifier) return next();
      let file: string;
      try {
        file = require.resolve(specifier);
      } catch {
        return next();
      }
      asset = load(path, file);
    } else {
      return next();
    }
    if (!asset) return next();
    const headers: Record<string, string> = {
      'Content-Type': asset.type,
      'Content-Security-Policy': WEB_CSP,
      'Cache-Control': path.startsWith('/vendor/') ? 'public, max-age=86400' : 'no-cache',
    };
    if (c.req.method === 'HEAD') return c.body(null, 200, headers);
    return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, headers);
  };
}
