/**
 * Transliteration-aware keys for place names. Two spellings of one place that differ only
 * by romanisation habits (q/k, kh/h, dzh/j, y/i, -i-/-e-/-ye- connectors, diacritics,
 * apostrophes, a trailing "h", doubled letters) or by a descriptor word ("district",
 * "province", "region", "nohiyai", "oblast") get the same `nameKey`. `looseKey` folds
 * further (vowel quality, "h", z/s) and is only used as a weaker signal.
 *
 * Bump NAME_KEY_VERSION whenever the output of `nameKey` changes: the gazetteer build
 * stores keys and the loader refuses keys of another version.
 */
export const NAME_KEY_VERSION = 4;

/** Letters that Unicode decomposition does not reduce to ASCII, and Cyrillic. */
const CHAR_MAP: Record<string, string> = {
  ø: 'o', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ə: 'a', ħ: 'h',
  ŀ: 'l', ŧ: 't', ɨ: 'i', ʻ: '', ʼ: '', ʿ: '', ʾ: '', '’': '', '‘': '', "'": '', '`': '', '´': '',
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Kazakh, Tajik, Uzbek, Kyrgyz, Ukrainian, Belarusian letters
  ә: 'a', ғ: 'g', қ: 'q', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i', ҳ: 'h', ҷ: 'j',
  ӣ: 'i', ӯ: 'u', ў: 'u', ї: 'yi', є: 'ye', ґ: 'g', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', ђ: 'dj',
  џ: 'dz', ѕ: 'dz', ӊ: 'n', ҝ: 'g', ҹ: 'ch', ӑ: 'a', ӗ: 'e', ҫ: 's', ӳ: 'u',
};

/** Words that name the kind of unit rather than the unit. */
const DESCRIPTORS = new Set([
  'district', 'districts', 'province', 'provinces', 'region', 'regions', 'oblast', 'oblasty',
  'oblysy', 'oblys', 'rayon', 'raion', 'rayoni', 'nohiyai', 'nohiya', 'nohiyahoi', 'viloyati',
  'viloyat', 'velayat', 'welayat', 'wilayat', 'wilayah', 'walayat', 'woluswali', 'uluswali',
  'governorate', 'prefecture', 'county', 'municipality', 'municipio', 'departamento',
  'department', 'provincia', 'distrito', 'okrug', 'krai', 'kray', 'tuman', 'tumani',
  'area', 'territory',
]);

/** Short words joining the parts of a Persian, Tajik or Pashto compound: Mazar-i-Sharif. */
const CONNECTORS = new Set(['i', 'e', 'ye', 'yi', 'y']);

/** Words that may follow a leading descriptor: "Province of Kunduz", "Departamento de La Paz". */
const LINKS = new Set(['of', 'de', 'del']);

function mapChars(lower: string): string {
  let out = '';
  for (const ch of lower) {
    const mapped = CHAR_MAP[ch];
    if (mapped !== undefined) out += mapped;
    else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) out += ch;
    else out += ' ';
  }
  return out;
}

function foldToken(token: string): string {
  // A final "h" after a vowel is a Persian/Tajik spelling habit (Dushanbeh, Qal'ah), not "kh".
  let t = token.length > 2 ? token.replace(/([aeiou])h$/, '$1') : token;
  t = t
    .replace(/dzh/g, 'j')
    .replace(/dj/g, 'j')
    .replace(/zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/q/g, 'k')
    .replace(/gh/g, 'g')
    .replace(/ck/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/ou/g, 'u')
    .replace(/y/g, 'i');
  return t.replace(/(.)\1+/g, '$1');
}

/** Lower-case, strip diacritics, transliterate Cyrillic, split into word tokens. */
export function nameTokens(name: string): string[] {
  const decomposed = name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return mapChars(decomposed).split(' ').filter((t) => t.length > 0);
}

/** Drops descriptor words ("district", "nohiyai") and the link word after a leading one. */
export function stripDescriptors(tokens: string[]): string[] {
  const kept = tokens.filter((t) => !DESCRIPTORS.has(t));
  if (kept.length === 0) return tokens;
  if (kept.length < tokens.length && DESCRIPTORS.has(tokens[0] ?? '') && LINKS.has(kept[0] ?? '') && kept.length > 1) {
    return kept.slice(1);
  }
  return kept;
}

/** The transliteration-aware key: equal keys mean "the same name, spelt differently". */
export function nameKey(name: string): string {
  const tokens = stripDescriptors(nameTokens(name));
  const kept = tokens.filter((t, i) => !(CONNECTORS.has(t) && i > 0 && i < tokens.length - 1));
  return kept.map(foldToken).join('');
}

/** True when the name carries a descriptor word such as "district" or "province". */
export function descriptorOf(name: string): 'district' | 'admin1' | null {
  for (const t of nameTokens(name)) {
    if (['district', 'districts', 'rayon', 'raion', 'nohiyai', 'nohiya', 'woluswali', 'uluswali', 'county', 'municipality', 'municipio', 'distrito', 'tuman', 'tumani'].includes(t)) return 'district';
    if (['province', 'provinces', 'region', 'oblast', 'oblysy', 'oblys', 'viloyati', 'viloyat', 'velayat', 'welayat', 'wilayat', 'wilayah', 'walayat', 'governorate', 'prefecture', 'departamento', 'department', 'provincia', 'okrug', 'krai', 'kray'].includes(t)) return 'admin1';
  }
  return null;
}

/** A weaker key from a `nameKey`: drops "h", folds z to s and every vowel run to one "a". */
export function looseKeyOf(key: string): string {
  return key
    .replace(/h/g, '')
    .replace(/z/g, 's')
    .replace(/[aeiou]+/g, 'a')
    .replace(/(.)\1+/g, '$1')
    .replace(/a$/, '');
}

export function looseKey(name: string): string {
  return looseKeyOf(nameKey(name));
}
