/**
 * Words of saying and of stance. Lower case; multi-word entries match token sequences.
 */

/** Verbs that introduce what a source says (any tense). */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'announced', 'announces', 'reported', 'reports',
  'confirmed', 'confirms', 'claimed', 'claims', 'claim', 'tweeted', 'tweets', 'posted', 'wrote', 'writes', 'added',
  'adds', 'noted', 'notes', 'declared', 'declares', 'insisted', 'insists', 'informed', 'informs', 'explained',
  'alleged', 'alleges', 'asserted', 'asserts', 'maintained', 'maintains', 'indicated', 'indicates', 'disclosed',
  'revealed', 'reveals', 'acknowledged', 'admitted', 'estimated', 'estimates', 'believes', 'believed', 'thinks',
  'suggested', 'suggests', 'argued', 'argues', 'warned', 'cited', 'quoted', 'put', 'counted', 'recorded',
  'denied', 'denies', 'deny', 'rejected', 'dismissed', 'blamed', 'blames', 'accused', 'accuses', 'attributed',
  'announcing', 'saying', 'stating', 'adding', 'claiming', 'reporting', 'denying', 'blaming', 'accusing',
  'described', 'describes', 'recounted', 'recalled', 'testified', 'urged', 'cautioned', 'stressed',
]);

/** Nouns of a statement whose issuer becomes the source ("the first statement informed that"). */
export const STATEMENT_NOUNS = new Set(['statement', 'communique', 'communiqué', 'announcement', 'release', 'press release', 'message', 'video', 'post', 'report', 'bulletin', 'declaration', 'letter', 'tweet']);

/** Verbs of issuing a statement ("published a statement", "issued a communique"). */
export const ISSUE_VERBS = new Set(['published', 'issued', 'released', 'put out', 'posted', 'sent', 'broadcast', 'aired', 'circulated', 'distributed', 'publishing', 'issuing', 'releasing']);

/** Generic sources (heads of noun phrases that can speak), with their kind. */
export const GENERIC_SOURCES: Array<[string, 'official' | 'state_body' | 'media' | 'expert' | 'witness' | 'unknown']> = [
  ['officials', 'official'], ['official', 'official'], ['authorities', 'official'], ['government', 'state_body'],
  ['police', 'state_body'], ['the police', 'state_body'], ['military', 'state_body'], ['army', 'state_body'],
  ['spokesman', 'official'], ['spokeswoman', 'official'], ['spokesperson', 'official'], ['ministry', 'state_body'],
  ['prosecutors', 'official'], ['prosecutor', 'official'], ['governor', 'official'], ['mayor', 'official'],
  ['minister', 'official'], ['security sources', 'official'], ['security officials', 'official'],
  ['police sources', 'official'], ['military sources', 'official'], ['medical sources', 'official'],
  ['hospital', 'official'], ['doctors', 'witness'], ['witnesses', 'witness'], ['witness', 'witness'],
  ['residents', 'witness'], ['survivors', 'witness'], ['relatives', 'witness'], ['villagers', 'witness'],
  ['local media', 'media'], ['state media', 'media'], ['media reports', 'media'], ['reports', 'media'],
  ['newspaper', 'media'], ['news agency', 'media'], ['agency', 'media'], ['television', 'media'], ['radio', 'media'],
  ['researcher', 'expert'], ['expert', 'expert'], ['experts', 'expert'], ['analyst', 'expert'], ['analysts', 'expert'],
  ['professor', 'expert'], ['commentators', 'expert'], ['observers', 'expert'], ['sources', 'unknown'],
  ['source', 'unknown'], ['statement', 'unknown'], ['communique', 'unknown'], ['army spokesman', 'official'],
  ['police spokesman', 'official'], ['ngo', 'expert'], ['monitors', 'expert'], ['monitoring group', 'expert'],
  ['trader', 'witness'], ['traders', 'witness'], ['resident', 'witness'], ['elder', 'witness'], ['elders', 'witness'],
  ['principal', 'witness'], ['headteacher', 'witness'], ['teacher', 'witness'], ['teachers', 'witness'],
  ['doctor', 'witness'], ['nurse', 'witness'], ['survivor', 'witness'], ['ambulance service', 'official'],
  ['prosecutor\'s office', 'official'], ['committee', 'state_body'], ['commander', 'official'],
  ['inspector general', 'official'], ['head', 'official'], ['chief', 'official'], ['director', 'official'],
  ['director general', 'official'], ['secretary', 'official'], ['commissioner', 'official'], ['coalition', 'official'],
  ['service', 'state_body'], ['office', 'official'], ['organisation', 'unknown'], ['organization', 'unknown'],
  ['civil society', 'witness'], ['activists', 'witness'], ['hospital officials', 'official'],
];

/** Head words of a source that, after "the", refer back to an organisation named earlier ("the committee said"). */
export const ANAPHORIC_SOURCE_HEADS = new Set([
  'committee', 'ministry', 'group', 'agency', 'army', 'military', 'office', 'service', 'council', 'organisation',
  'organization', 'front', 'movement', 'government', 'authority', 'command', 'force', 'forces', 'channel', 'outlet',
]);

/** Cues that a source doubts an account (of the perpetrator, of the figures, of the event). */
export const DOUBT_CUES = [
  'doubt', 'doubts', 'doubted', 'doubting', 'questioned', 'questions', 'questioning', 'caution', 'skeptical',
  'sceptical', 'skepticism', 'scepticism', 'staged', 'dummy', 'fabricated', 'fake', 'hoax', 'false flag',
  'false-flag', 'opportunism', 'opportunistic', 'unverified', 'unconfirmed', 'dismissed', 'play down',
  'playing down', 'downplay', 'downplayed', 'not credible', 'implausible', 'disputed', 'disputes', 'contested',
  'cast doubt', 'casts doubt', 'pessimism', 'inflated', 'exaggerated', 'underreported', 'under-reported',
  'ambiguities', 'contradictions', 'contradicted', 'inconsistent',
];

/** Cues that a source denies. */
export const DENIAL_CUES = ['denied', 'denies', 'deny', 'denying', 'rejected', 'rejects', 'disowned', 'distanced'];

/** Cues of a claim of responsibility. */
export const RESPONSIBILITY_CUES = [
  'claimed responsibility', 'claims responsibility', 'claiming responsibility', 'claim responsibility',
  'took responsibility', 'took the responsibility', 'takes responsibility', 'taking responsibility',
  'assumed responsibility', 'claimed the attack', 'claimed the bombing', 'claimed credit', 'claimed the killing',
  'claimed authorship', 'responsibility for', 'responsibility of', 'claimed it', 'said it carried out',
  'said they carried out', 'claimed to have carried out', 'claim of responsibility', 'claims of responsibility',
  'claiming the attack', 'claimed the attacks',
];
