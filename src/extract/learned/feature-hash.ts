/**
 * Features as small integers rather than strings: a feature is a template id mixed with the
 * hashes of its values, so that scoring a token builds no strings. Hash collisions are rare
 * (30-bit space) and harmless for a linear model (the hashing trick).
 */

const MASK = 0x3fffffff;

/** FNV-1a of the text, in 30 bits (a small integer for the engine). */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & MASK;
}

/** Mixes two hashes into one (order matters). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x5bd1e995, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) & MASK;
}

/** A template's id with one value, or two. */
export function feature(template: number, value: number, second?: number): number {
  return second === undefined ? mix(template, value) : mix(mix(template, value), second);
}
