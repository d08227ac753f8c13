/**
 * Folds one word token to the key the actor matcher compares: lower case, no diacritics,
 * Arabic-script letter variants unified (hamza-carrying alefs, Persian/Urdu yeh and kaf,
 * alef maqsura, teh marbuta, tatweel), Cyrillic ё as е. ASCII tokens only lower-case.
 */

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}/gu;
const ARABIC_VARIANTS: Readonly<Record<string, string>> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ے': 'ي',
  'ک': 'ك', 'ګ': 'ك', 'گ': 'ك',
  'ة': 'ه', 'ۃ': 'ه', 'ہ': 'ه', 'ھ': 'ه',
  'ؤ': 'و', 'ئ': 'ي',
  'ـ': '',
  'ё': 'е',
};
const ARABIC_VARIANT_PATTERN = /[أإآٱىیېےکګگةۃہھؤئـё]/g;

export function foldActorToken(token: string): string {
  const lower = token.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(ARABIC_VARIANT_PATTERN, (ch) => ARABIC_VARIANTS[ch] ?? ch)
    .normalize('NFC');
}
