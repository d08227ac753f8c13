/**
 * Framings under which attack words do not report an attack: a drill, a match, a road accident,
 * diplomacy, a trial, a commemoration, an opinion piece. Lower case; multi-word cues match
 * token sequences. See extract/text-frames.ts for how they apply.
 */

export type Frame = 'exercise' | 'sport' | 'accident' | 'diplomacy' | 'judicial' | 'commemoration' | 'opinion' | 'aggregate';

export const FRAME_CUES: Record<Frame, string[]> = {
  exercise: [
    'exercise', 'exercises', 'drill', 'drills', 'simulated', 'simulation', 'simulations', 'mock', 'rehearsal',
    'war games', 'wargame', 'training ground', 'training exercise', 'scenario',
  ],
  sport: [
    'derby', 'match', 'matches', 'league', 'striker', 'strikers', 'goalkeeper', 'keeper', 'half-time', 'halftime',
    'equaliser', 'equalizer', 'free kick', 'penalty kick', 'midfielder', 'defenders', 'tournament', 'championship',
    'semi-final', 'quarter-final', 'fixture', 'scored', 'goals', 'kick-off', 'the referee', 'innings',
    'wicket', 'touchdown', 'playoff', 'play-off', 'teammates', 'the ball', 'sent off', 'the box', 'the net',
  ],
  accident: [
    'collided', 'collision', 'collides', 'collide', 'crash', 'crashed', 'crashes', 'accident', 'accidents',
    'accidental', 'accidentally', 'derailed', 'derailment', 'overturned', 'capsized', 'head-on', 'lost control',
    'stampede', 'road accident', 'traffic accident',
  ],
  diplomacy: [
    'talks', 'summit', 'protocol', 'memorandum', 'agreed to', 'signed an agreement', 'signed a', 'bilateral',
    'delegations', 'delegation', 'foreign ministers', 'foreign minister', 'news conference', 'cooperation',
  ],
  judicial: [
    'trial', 'trials', 'defendant', 'defendants', 'indictment', 'indicted', 'verdict', 'sentenced', 'sentencing',
    'convicted', 'acquitted', 'testified', 'testimony', 'co-plaintiffs', 'presiding judge', 'went on trial',
    'stands trial', 'on trial', 'life imprisonment', 'jailed',
  ],
  commemoration: [
    'anniversary', 'commemorate', 'commemorated', 'commemorating', 'commemoration', 'memorial', 'ceremony',
    'ceremonies', "minute's silence", 'minute of silence', 'wreath', 'wreaths', 'mark', 'marked', 'marking',
    'remembrance', 'years since',
  ],
  opinion: [],
  // a count over a period, not one attack ("more than 150 have been killed since January")
  aggregate: [
    'this year', "this year's", 'so far this year', 'last year', "last year's", 'in recent years', 'over the past',
    'over the last', 'in the past year', 'in the past decade', 'since january', 'since february', 'since march',
    'since april', 'since may', 'since june', 'since july', 'since august', 'since september', 'since october',
    'since november', 'since december', 'every year', 'each year', 'a year', 'past decade', 'past decades',
    'past few years', 'past years', 'for years', 'for decades',
  ],
};

/** Words that, with an aggregate cue and no day date, make a sentence a count over a period: a perfect tense or a vague count. */
export const AGGREGATE_MARKERS = new Set(['have', 'has', 'several', 'many', 'dozens', 'hundreds', 'thousands', 'scores', 'numerous']);

/**
 * Distinct cues a sentence needs for a frame to make its attack words not an attack (a frame
 * absent here frames only a document's lead). An accident frames only weak words ("killed",
 * "injured"): "a car crashed into the crowd" may still be a ramming.
 */
export const SENTENCE_FRAME_CUES: Partial<Record<Frame, number>> = { exercise: 1, sport: 2, accident: 1 };

/** Distinct cues a whole document needs before a sport lead makes it a sport report. */
export const SPORT_DOCUMENT_CUES = 3;

/** Frames of a document's lead under which no incident is reported at all. */
export const NON_EVENT_FRAMES: Frame[] = ['exercise', 'sport', 'accident', 'diplomacy', 'opinion'];

/** Title prefixes of commentary. */
export const OPINION_TITLE = /^\W*(opinion|comment|commentary|op-ed|editorial|column|viewpoint)\s*[:|—–-]/i;

/** Cues of a retrospective column ("on this day"): its past incidents are reported, not background. */
export const RETROSPECTIVE_CUES = ['on this day', 'this day in', 'years ago today', 'today in history', 'on this date'];

/** How long before publication an incident is a past one (days). */
export const PAST_INCIDENT_DAYS = 366;
