/**
 * Conventional figures for vague quantity phrases. A vague phrase is read as a lower
 * bound: `value` = `low` = the figure below, `high` = null, qualifier `at_least`,
 * `vague: true`, so that a reconciler never takes it for an exact count.
 *
 * | phrase                  | value   |
 * | ----------------------- | ------- |
 * | a couple of             | 2       |
 * | a few                   | 3       |
 * | several                 | 3       |
 * | a handful (of)          | 3       |
 * | tens of                 | 10      |
 * | dozens (of)             | 12      |
 * | scores of               | 20      |
 * | several / a few dozen   | 36      |
 * | hundreds (of)           | 100     |
 * | several / a few hundred | 300     |
 * | thousands (of)          | 1000    |
 * | several / a few thousand| 3000    |
 * | tens of thousands       | 10000   |
 * | hundreds of thousands   | 100000  |
 * | millions                | 1000000 |
 *
 * Left out (no figure at all): "some", "many", "numerous", "a number of", "countless".
 * "a dozen" (12), "two dozen" (24), "a hundred" (100) are exact numbers, not vague.
 */
export interface VagueQuantity {
  /** Lower-cased words, as they follow each other in the text. */
  words: readonly string[];
  value: number;
}

export const VAGUE_QUANTITIES: readonly VagueQuantity[] = [
  { words: ['hundreds', 'of', 'thousands'], value: 100000 },
  { words: ['tens', 'of', 'thousands'], value: 10000 },
  { words: ['several', 'dozen'], value: 36 },
  { words: ['a', 'few', 'dozen'], value: 36 },
  { words: ['several', 'hundred'], value: 300 },
  { words: ['a', 'few', 'hundred'], value: 300 },
  { words: ['several', 'thousand'], value: 3000 },
  { words: ['a', 'few', 'thousand'], value: 3000 },
  { words: ['a', 'couple', 'of'], value: 2 },
  { words: ['a', 'handful'], value: 3 },
  { words: ['a', 'few'], value: 3 },
  { words: ['several'], value: 3 },
  { words: ['tens', 'of'], value: 10 },
  { words: ['dozens'], value: 12 },
  { words: ['scores', 'of'], value: 20 },
  { words: ['hundreds'], value: 100 },
  { words: ['thousands'], value: 1000 },
  { words: ['millions'], value: 1000000 },
];

/** Words that sound like quantities but carry no figure; never reported. */
export const VAGUE_WITHOUT_FIGURE: readonly string[] = ['some', 'many', 'numerous', 'a number of', 'countless'];
