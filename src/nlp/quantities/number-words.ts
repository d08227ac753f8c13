/** English cardinal number words and the lexicon the quantity finder applies. */

export const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};

export const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Multipliers after a number: "1.5 million", "two thousand", "three hundred". */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000,
};

export const MONTH_WORDS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Month names that are never abbreviated, so a "." after one ends a sentence. */
export const FULL_MONTH_WORDS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** Words before a four-digit number that make it a year ("in 2016", "since 1991"). */
export const YEAR_CONTEXT: ReadonlySet<string> = new Set([
  'in', 'of', 'since', 'during', 'until', 'till', 'by', 'from', 'before', 'after', 'year', 'early', 'late', 'mid',
  'the', 'through', 'throughout', 'spring', 'summer', 'autumn', 'fall', 'winter', 'and', 'to', 'between', 'circa',
]);

/** Labels before a number that make it a name, not a count ("no. 4", "route 9", "resolution 242"). */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  'no', 'number', 'nos', 'route', 'highway', 'article', 'chapter', 'section', 'page', 'room', 'flight', 'resolution',
  'kilometer', 'kilometre', 'km', 'channel', 'canal', 'cadena', 'battalion', 'brigade', 'unit', 'platoon', 'company', 'division', 'zone',
  'street', 'avenue', 'calle', 'avenida', 'apartment', 'apt', 'building', 'block', 'lot', 'line', 'level', 'phase', 'stage', 'grade', 'class', 'sector', 'district', 'ward', 'precinct', 'cell', 'gate', 'terminal', 'platform', 'bus', 'law', 'decree', 'tel', 'fax', 'ext',
]);

/** Words after a number that make it a clock time ("2330 hours", "7 am"). */
export const TIME_WORDS: ReadonlySet<string> = new Set(['am', 'pm', 'gmt', 'utc', 'hrs', "o'clock", 'est', 'edt', 'cet']);
