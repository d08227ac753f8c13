/**
 * Words that report an attack, with the GTD attack type they signal and the MUC-4 incident
 * type they map to. Forms are listed in full (no stemming), lower case; multi-word entries
 * match token sequences. `weak` triggers (e.g. "killed", "attack") report an incident only
 * together with other evidence; `anaphoric` nouns after "the/this/that" refer back.
 */

export type AttackType =
  | 'Assassination'
  | 'Armed Assault'
  | 'Bombing/Explosion'
  | 'Hijacking'
  | 'Hostage Taking (Barricade Incident)'
  | 'Hostage Taking (Kidnapping)'
  | 'Facility/Infrastructure Attack'
  | 'Unarmed Assault'
  | 'Unknown';

export type MucType = 'attack' | 'bombing' | 'kidnapping' | 'arson' | 'robbery' | 'forced work stoppage';

export interface TriggerEntry {
  forms: string[];
  type: AttackType;
  muc: MucType;
  /** Needs corroboration (a figure, a target, an attacker) to report an incident. */
  weak?: boolean;
  /** A noun that can refer back to an already reported incident ("the attack"). */
  noun?: boolean;
}

export const TRIGGERS: TriggerEntry[] = [
  // Bombing / explosion
  { type: 'Bombing/Explosion', muc: 'bombing', noun: true, forms: [
    'bomb', 'bombs', 'bombing', 'bombings', 'car bomb', 'car bombs', 'car-bomb', 'car-bombing', 'truck bomb',
    'explosion', 'explosions', 'blast', 'blasts', 'detonation', 'detonations', 'suicide bombing',
    'suicide attack', 'suicide attacks', 'suicide bomber', 'suicide bombers', 'ied', 'ieds',
    'improvised explosive device', 'roadside bomb', 'landmine', 'land mine', 'dynamite attack',
    'grenade attack', 'rocket attack', 'rocket attacks', 'mortar attack', 'mortar attacks', 'shelling',
    'terrorist bombing', 'dynamite attacks', 'explosive charge', 'explosive device', 'drone attack', 'drone strike',
    'rocket fire', 'mortar fire'] },
  { type: 'Bombing/Explosion', muc: 'bombing', forms: [
    'bombed', 'exploded', 'explode', 'explodes', 'detonated', 'detonate', 'detonates', 'blew up', 'blown up',
    'dynamited', 'shelled', 'blew himself up', 'blew herself up', 'blew themselves up', 'set off',
    'blowing himself up', 'blowing herself up', 'blowing themselves up', 'blows himself up'] },
  // Arson / facility attacks
  { type: 'Facility/Infrastructure Attack', muc: 'arson', noun: true, forms: [
    'arson', 'arson attack', 'firebomb', 'firebombing', 'molotov cocktail', 'molotov cocktails', 'fire bomb'] },
  { type: 'Facility/Infrastructure Attack', muc: 'arson', forms: [
    'set fire', 'set on fire', 'set ablaze', 'torched', 'burned down', 'burnt down', 'burned', 'burnt',
    'firebombed', 'set alight'] },
  { type: 'Facility/Infrastructure Attack', muc: 'attack', noun: true, forms: ['sabotage', 'act of sabotage'] },
  { type: 'Facility/Infrastructure Attack', muc: 'attack', forms: ['sabotaged', 'vandalized', 'vandalised'] },
  // Kidnapping and hostages
  { type: 'Hostage Taking (Kidnapping)', muc: 'kidnapping', noun: true, forms: [
    'kidnapping', 'kidnappings', 'abduction', 'abductions', 'kidnap'] },
  { type: 'Hostage Taking (Kidnapping)', muc: 'kidnapping', forms: [
    'kidnapped', 'kidnaps', 'abducted', 'abducts', 'abduct', 'taken hostage', 'seized as hostages',
    'held captive', 'held for ransom', 'snatched'] },
  { type: 'Hostage Taking (Barricade Incident)', muc: 'kidnapping', noun: true, forms: [
    'hostage-taking', 'hostage taking', 'hostage crisis', 'siege'] },
  { type: 'Hostage Taking (Barricade Incident)', muc: 'kidnapping', forms: ['took hostage', 'holding hostage', 'held hostage', 'barricaded'] },
  // Hijacking
  { type: 'Hijacking', muc: 'attack', noun: true, forms: ['hijacking', 'hijackings', 'skyjacking'] },
  { type: 'Hijacking', muc: 'attack', forms: ['hijacked', 'hijack', 'hijacks', 'commandeered'] },
  // Assassination
  { type: 'Assassination', muc: 'attack', noun: true, forms: ['assassination', 'assassinations', 'assassination attempt'] },
  { type: 'Assassination', muc: 'attack', forms: ['assassinated', 'assassinate'] },
  // Unarmed assault (vehicle ramming; GTD codes it so)
  { type: 'Unarmed Assault', muc: 'attack', noun: true, forms: ['ramming', 'ramming attack', 'vehicle attack', 'truck attack'] },
  { type: 'Unarmed Assault', muc: 'attack', forms: ['rammed', 'ploughed into', 'plowed into', 'drove into', 'mowed down'] },
  // Armed assault
  { type: 'Armed Assault', muc: 'attack', noun: true, forms: [
    'shooting', 'shootings', 'shootout', 'shootouts', 'shoot-out', 'ambush', 'ambushes', 'massacre', 'massacres',
    'armed attack', 'armed attacks', 'gun attack', 'gunfire', 'raid', 'raids', 'assault', 'assaults',
    'stabbing', 'stabbings', 'knife attack', 'machete attack', 'armed assault', 'terrorist attack',
    'terrorist attacks', 'guerrilla attack', 'rebel attack', 'militant attack', 'incursion', 'killing',
    'killings', 'murder', 'murders', 'slaying', 'slayings'] },
  { type: 'Armed Assault', muc: 'attack', forms: [
    'shot', 'shot dead', 'shot and killed', 'gunned down', 'opened fire', 'fired on', 'fired at', 'machine-gunned',
    'machinegunned', 'ambushed', 'stormed', 'raided', 'massacred', 'stabbed', 'hacked to death', 'beheaded',
    'executed', 'murdered', 'assaulted', 'strafed'] },
  { type: 'Armed Assault', muc: 'attack', weak: true, noun: true, forms: ['attack', 'attacks', 'incident', 'operation'] },
  { type: 'Armed Assault', muc: 'attack', weak: true, forms: [
    'attacked', 'attacking', 'killed', 'kills', 'killing', 'wounded', 'injured', 'died', 'dead', 'targeted', 'struck'] },
  // Robbery and forced work stoppage (MUC-4 incident types without a GTD attack type of their own)
  { type: 'Unknown', muc: 'robbery', noun: true, forms: ['robbery', 'robberies', 'hold-up', 'holdup', 'bank robbery', 'heist'] },
  { type: 'Unknown', muc: 'robbery', forms: ['robbed', 'looted', 'stole', 'stolen'] },
  { type: 'Unknown', muc: 'forced work stoppage', noun: true, forms: ['armed strike', 'armed stoppage', 'transport strike', 'work stoppage', 'paro armado'] },
];

/** Words that, in the clause before a trigger, make it hypothetical, negated or prevented. */
export const IRREALIS_CUES = new Set([
  'could', 'would', 'might', 'may', 'can', 'should', 'must', 'will', 'shall', "won't", 'cannot', 'not', 'never',
  'no', 'prevent', 'prevented', 'prevents', 'foiled', 'foil', 'thwarted', 'thwart', 'averted', 'plotting',
  'plotted', 'planning', 'planned', 'plan', 'threatened', 'threatens', 'threaten', 'threat', 'risk', 'fear',
  'fears', 'feared', 'warned', 'warns', 'possible', 'potential', 'alleged plot', 'if', 'unless', 'whether',
  'against', 'counter', 'anti', 'combat', 'combating', 'combatting', 'fight', 'fighting',
]);

/** Determiners that make a following trigger noun refer to an incident already in the text. */
export const ANAPHORIC_DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'such', 'its']);

/** Verbs that, with an explosive object a few words on ("dropped explosives", "fired rockets at"), report a bombing. */
export const LAUNCH_VERBS = new Set(['dropped', 'dropping', 'fired', 'launched']);

/** Explosive objects of a launch verb. */
export const LAUNCHED_EXPLOSIVES = new Set(['explosives', 'munitions', 'bombs', 'rockets', 'missiles']);
