/**
 * Settings, read once at the edge (CLI or server start) into one typed object.
 * Precedence: command-line option, then environment (`SITREP_DB`), then the default.
 */
export interface Settings {
  /** SQLite file path, or a postgres:// URL. */
  db: string;
  /** Largest input file read, in bytes. */
  maxBytes: number;
}

export const DEFAULT_DB = 'sitrep.db';
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export function readSettings(env: Record<string, string | undefined>, options: { db?: string; maxSize?: string } = {}): Settings {
  return {
    db: options.db ?? env.SITREP_DB ?? DEFAULT_DB,
    maxBytes: options.maxSize ? parseSize(options.maxSize) : env.SITREP_MAX_SIZE ? parseSize(env.SITREP_MAX_SIZE) : DEFAULT_MAX_BYTES,
  };
}

/** "50MB", "200k", "1048576" → bytes. */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$/i.exec(value);
  if (!m) throw new Error(`not a size: ${value} (use e.g. 50MB)`);
  const n = Number(m[1]);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(n * factor);
}
