/**
 * Near-duplicate documents (a syndicated wire copy, a re-post with the outlet's own header and
 * footer): MinHash signatures over word shingles (the `minhash` package), banded for an indexed
 * lookup (locality-sensitive hashing). Two documents whose estimated shingle overlap (Jaccard) is
 * at least NEAR_DUPLICATE_JACCARD are one text. Pure and deterministic: a fixed seed, so a
 * signature stored today matches one computed tomorrow.
 */
import minhash from 'minhash';

const { Minhash } = minhash;

export const SIGNATURE_SIZE = 64;
/** 16 bands of 4 rows: pairs at Jaccard 0.7 share a band with probability ≈ 0.98, pairs at 0.3 with ≈ 0.12. */
const BAND_ROWS = 4;
const SHINGLE_WORDS = 5;
export const NEAR_DUPLICATE_JACCARD = 0.5;

export interface DocumentFingerprint {
  signature: number[];
  /** One key per band, `band:hash`, for the index. */
  bands: string[];
}

function words(text: string): string[] {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

export function documentFingerprint(text: string): DocumentFingerprint | null {
  const w = words(text);
  if (w.length < SHINGLE_WORDS * 4) return null; // too short to tell a copy from a shared phrase
  const m = new Minhash({ numPerm: SIGNATURE_SIZE, seed: 7 });
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) m.update(w.slice(i, i + SHINGLE_WORDS).join(' '));
  const signature = m.hashvalues.slice();
  const bands: string[] = [];
  for (let b = 0; b * BAND_ROWS < signature.length; b++) {
    bands.push(`${b}:${signature.slice(b * BAND_ROWS, (b + 1) * BAND_ROWS).map((v) => v.toString(36)).join('.')}`);
  }
  return { signature, bands };
}

/** Estimated Jaccard overlap of two signatures. */
export function signatureSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
