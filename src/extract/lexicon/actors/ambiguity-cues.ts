/**
 * Words that decide whether an ambiguous acronym written in lower or mixed case names an
 * actor. All entries are lower case, already folded (no diacritics).
 */

/**
 * Lower-case spellings that are ordinary words in English, Spanish or French (or very
 * common abbreviations). An acronym alias spelled like one of these is always treated as
 * ambiguous, whatever its entry says, and in lower case it needs an adjacent cue word.
 */
export const COMMON_WORD_ACRONYMS: readonly string[] = [
  'is', 'far', 'let', 'un', 'une', 'au', 'up', 'us', 'it', 'in', 'on', 'at', 'as', 'an', 'am',
  'do', 'go', 'he', 'me', 'no', 'so', 'we', 'or', 'el', 'la', 'le', 'les', 'los', 'por', 'con',
  'sin', 'pn', 'gn', 'ph', 'pp', 'ps', 'cc', 'nd', 'pc', 'pl', 'mc', 'ae', 'ar', 'ms', 'mr',
  'dr', 'ok', 'tip', 'set', 'map', 'cap', 'sip', 'was', 'has', 'had', 'can', 'app', 'site',
  'fact', 'mit', 'ap', 'rt', 'pt', 'sl', 'hm',
];

/**
 * Lower-case spellings that are words or names too ("arena", "ira", "eta"), but not so
 * common that they must never match in lower case: an acronym alias spelled like one of
 * these is always treated as ambiguous, and in lower case needs a cue word or the same
 * organisation named unambiguously elsewhere in the text.
 */
export const AMBIGUOUS_WORD_ACRONYMS: readonly string[] = [
  'arena', 'ado', 'das', 'eta', 'ira', 'pan', 'pri', 'fal', 'eps', 'cea', 'mas', 'apra', 'uno',
  'cite', 'jem', 'jas', 'bla', 'biff', 'fas', 'rn', 'nan', 'gam', 'cam', 'ela', 'esa', 'erp',
  'egp', 'raf', 'kia', 'ola', 'alf', 'elf', 'sla', 'fla', 'cma', 'dw', 'bra', 'bras', 'iss', 'ism',
];

/**
 * Words that, right after an ambiguous acronym, show that it names an organisation:
 * "the eln guerrillas", "far rebels", "arena deputies".
 */
export const FOLLOWING_CUE_WORDS: readonly string[] = [
  'guerrilla', 'guerrillas', 'guerrilleros', 'rebel', 'rebels', 'insurgent', 'insurgents',
  'militant', 'militants', 'fighter', 'fighters', 'member', 'members', 'militia', 'militias',
  'terrorist', 'terrorists', 'commando', 'commandos', 'command', 'commander', 'commanders',
  'column', 'columns', 'front', 'fronts', 'cell', 'cells', 'faction', 'factions', 'group',
  'leader', 'leaders', 'leadership', 'chief', 'spokesman', 'spokesmen', 'spokeswoman',
  'statement', 'communique', 'communiques', 'claimed', 'claims', 'attack', 'attacks',
  'offensive', 'unit', 'units', 'urban', 'squad', 'squads', 'cadre', 'cadres', 'gunmen',
  'party', 'deputy', 'deputies', 'candidate', 'candidates', 'mayor', 'mayors', 'congressman',
  'congressmen', 'activist', 'activists', 'legislator', 'legislators', 'government',
  'troops', 'soldiers', 'agents', 'officers', 'officials', 'correspondent', 'reported',
  'quoted', 'news', 'agency', 'dissidents', 'supporters',
  'sympathizers', 'sympathisers', 'stronghold', 'camp', 'camps', 'bomb', 'bombing',
];

/**
 * The stricter list used after an acronym that is also a common word ("is", "far"):
 * only plural nouns for fighters, which rarely follow the word in its ordinary sense.
 */
export const STRONG_FOLLOWING_CUE_WORDS: readonly string[] = [
  'guerrillas', 'rebels', 'militants', 'fighters', 'insurgents', 'terrorists', 'gunmen',
  'jihadists', 'commandos', 'cadres', 'guerrilleros',
];

/**
 * Words a few tokens before an ambiguous acronym (skipping "the", "of", "by", "from")
 * that show the same: "members of the eln", "guerrillas of the far".
 */
export const PRECEDING_CUE_WORDS: readonly string[] = [
  'guerrillas', 'rebels', 'militants', 'fighters', 'members', 'leader', 'leaders',
  'commander', 'commanders', 'spokesman', 'pro', 'anti', 'suspected', 'alleged',
];
