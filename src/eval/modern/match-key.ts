/** Normalisation shared by the modern-corpus scorer: case, diacritics and punctuation do not count. */

/** "Diyarbakır" → "diyarbakir", "al-Sukhnah" → "alsukhnah". */
export function matchKey(text: string): string {
  return words(text).replace(/ /g, '');
}

/** Lower-case words without diacritics, separated by single spaces: "Prosecutor's Office" → "prosecutor s office". */
export function words(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when one phrase contains the other as whole words ("police" within "west yorkshire police"). */
export function containsWords(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x === '' || y === '') return false;
  return ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}
