/**
 * Nouns that name the participants of an attack, by role, with their GTD types.
 * Lower case, singular and plural listed; multi-word entries match token sequences.
 */

/** People who carry out attacks (generic descriptors, not organisations). */
export const PERPETRATOR_NOUNS = new Set([
  'attacker', 'attackers', 'assailant', 'assailants', 'gunman', 'gunmen', 'militant', 'militants', 'terrorist',
  'terrorists', 'insurgent', 'insurgents', 'rebel', 'rebels', 'guerrilla', 'guerrillas', 'guerrila', 'guerrilas',
  'fighter', 'fighters', 'jihadist', 'jihadists', 'extremist', 'extremists', 'bomber', 'bombers', 'suicide bomber',
  'suicide bombers', 'kidnapper', 'kidnappers', 'abductor', 'abductors', 'hijacker', 'hijackers', 'raider', 'raiders',
  'invader', 'invaders', 'subversive', 'subversives', 'subversive criminals', 'terrorist commando', 'commando',
  'commandos', 'urban guerrillas', 'urban commandos', 'hitmen', 'hitman', 'hit men', 'killers', 'killer',
  'murderers', 'murderer', 'perpetrators', 'perpetrator', 'armed men', 'masked men', 'armed individuals',
  'unidentified men', 'unknown men', 'individuals', 'men', 'assassin', 'assassins', 'criminals', 'narco-terrorists',
  'narcoterrorists', 'terrorist group', 'bandits', 'arsonists', 'arsonist', 'snipers', 'sniper', 'drug traffickers',
  'paramilitaries', 'paramilitary', 'death squad', 'death squads', 'islamists', 'islamist militants', 'jihadis',
  'separatists', 'separatist', 'maoists', 'naxals', 'naxalites', 'shooter', 'shooters', 'stabber', 'driver',
]);

/** Words that, before a perpetrator noun, make the perpetrator merely suspected. */
/** Nouns after a singular perpetrator word that make it describe an act ("guerrilla attack"), not an attacker. */
export const ACT_NOUNS = new Set([
  'attack', 'attacks', 'bombing', 'bombings', 'offensive', 'offensives', 'ambush', 'ambushes', 'activity', 'activities',
  'violence', 'action', 'actions', 'operation', 'operations', 'incursion', 'incursions', 'raid', 'raids', 'assault',
  'assaults', 'campaign', 'threat', 'threats', 'act', 'acts', 'harassment', 'sabotage', 'incident', 'incidents',
  'leader', 'leaders', 'spokesman', 'spokesmen', 'sources', 'radio', 'camp', 'camps', 'stronghold', 'strongholds',
  'zone', 'zones', 'territory', 'war', 'warfare', 'movement', 'movements', 'organization', 'organizations', 'network',
]);

/** Nouns after a singular perpetrator word that make the phrase the perpetrator ("guerrilla column"). */
export const UNIT_NOUNS = new Set([
  'column', 'columns', 'commando', 'commandos', 'unit', 'units', 'squad', 'squads', 'cell', 'cells', 'band', 'bands',
  'group', 'groups', 'detachment', 'detachments', 'gang', 'gangs', 'fighters', 'forces',
]);

export const SUSPICION_CUES = [
  'suspected', 'alleged', 'presumed', 'believed', 'thought', 'likely', 'possibly', 'probably', 'linked to',
  'linked', '-linked', 'affiliated', 'inspired', 'sympathetic to', 'loyal to', 'suspect', 'suspects', 'blamed on',
  'attributed', 'may have', 'reportedly', 'apparently', 'purported', 'hallmarks', 'hallmark', 'focusing on',
  'focused on', 'focuses on', 'suspicion', 'suspicions', 'possible involvement', 'probable', 'suspicion fell on',
];

/** Heads of victim noun phrases that belong to the state forces or to civilians, for figures and victims. */
export const VICTIM_NOUNS = new Set([
  'people', 'persons', 'person', 'civilians', 'civilian', 'passengers', 'passenger', 'villagers', 'residents',
  'worshippers', 'children', 'child', 'women', 'woman', 'men', 'man', 'students', 'student', 'pupils', 'teachers',
  'teacher', 'soldiers', 'soldier', 'servicemen', 'serviceman', 'troops', 'police', 'policemen', 'policeman',
  'police officers', 'officers', 'officer', 'guards', 'guard', 'security guard', 'security guards', 'border guards',
  'members', 'member', 'workers', 'worker', 'employees', 'vendor', 'vendors', 'visitor', 'visitors', 'shoppers',
  'customers', 'journalists', 'journalist', 'officials', 'official', 'tourists', 'pilgrims', 'farmers', 'peasants',
  'mayor', 'judge', 'judges', 'priest', 'priests', 'nuns', 'doctors', 'nurses', 'aid workers', 'miners', 'fishermen',
  'recruits', 'cadets', 'agents', 'bodyguards', 'bodyguard', 'sailors', 'marines', 'gendarmes', 'militiamen',
  'personnel', 'staff', 'foreigners', 'nationals', 'citizens', 'inhabitants', 'bystanders', 'victims', 'victim',
  'family', 'relatives', 'leader', 'leaders', 'councillor', 'councilor', 'minister', 'governor', 'senator',
  'deputy', 'candidate', 'activist', 'activists', 'businessman', 'businessmen', 'engineer', 'engineers',
  'technicians', 'crew', 'driver', 'drivers', 'peacekeepers', 'servicemembers', 'paramedics', 'firefighters',
  'others', 'individuals', 'youths', 'boys', 'girls', 'babies', 'infants', 'adults', 'elderly', 'hostages',
]);

/** Heads that name attackers when counting casualties ("four of the attackers were killed"). */
export const PERPETRATOR_FIGURE_HEADS = new Set([
  'attacker', 'attackers', 'assailant', 'assailants', 'gunman', 'gunmen', 'militant', 'militants', 'terrorist',
  'terrorists', 'insurgent', 'insurgents', 'rebel', 'rebels', 'guerrilla', 'guerrillas', 'fighters', 'fighter',
  'jihadists', 'extremists', 'bomber', 'bombers', 'suicide bombers', 'kidnappers', 'hijackers', 'raiders',
  'invaders', 'subversives', 'perpetrators', 'assassins', 'bandits', 'commandos', 'terrorist commandos',
]);

export type TargetType =
  | 'Business' | 'Government (General)' | 'Police' | 'Military' | 'Abortion Related' | 'Airports & Aircraft'
  | 'Government (Diplomatic)' | 'Educational Institution' | 'Food or Water Supply' | 'Journalists & Media'
  | 'Maritime' | 'NGO' | 'Other' | 'Private Citizens & Property' | 'Religious Figures/Institutions'
  | 'Telecommunication' | 'Terrorists/Non-State Militia' | 'Tourists' | 'Transportation' | 'Unknown' | 'Utilities'
  | 'Violent Political Party';

/**
 * Target heads (last word of a noun phrase, or a two-word compound) by GTD target type.
 * Order matters only for compounds, which are looked up before single heads.
 */
export const TARGET_TYPES: Array<[TargetType, string[]]> = [
  ['Military', [
    'army unit', 'military unit', 'military base', 'army base', 'base', 'barracks', 'garrison', 'military post',
    'army post', 'border post', 'border outpost', 'outpost', 'checkpoint', 'military checkpoint', 'convoy',
    'military convoy', 'patrol', 'army patrol', 'soldiers', 'soldier', 'troops', 'servicemen', 'army', 'military',
    'battalion', 'brigade', 'regiment', 'unit', 'headquarters', 'military headquarters', 'armored vehicle',
    'helicopter', 'military vehicle', 'tank', 'armed forces', 'garrisons', 'bases', 'posts', 'outposts',
    'border guards', 'border forces', 'frontier post', 'military academy', 'recruiting centre', 'recruiting center']],
  ['Police', [
    'police station', 'police stations', 'police post', 'police headquarters', 'police patrol', 'police checkpoint',
    'police officers', 'policemen', 'policeman', 'police', 'police vehicle', 'police car', 'police van', 'gendarmerie',
    'prison', 'jail', 'penitentiary', 'police academy', 'station', 'precinct']],
  ['Business', [
    'gun shop', 'gun shops', 'gun store', 'shop', 'shops', 'store', 'stores', 'market', 'marketplace', 'supermarket',
    'bank', 'banks', 'hotel', 'hotels', 'restaurant', 'restaurants', 'cafe', 'bar', 'nightclub', 'club', 'mall',
    'shopping centre', 'shopping center', 'business', 'businesses', 'company', 'factory', 'office', 'offices',
    'warehouse', 'plant', 'farm', 'estate', 'mine', 'dealership', 'pharmacy', 'cinema', 'theatre', 'theater',
    'stadium', 'casino', 'kiosk', 'stall', 'petrol station', 'gas station', 'construction site', 'firm']],
  ['Government (General)', [
    'government building', 'ministry', 'town hall', 'city hall', 'mayor\'s office', 'courthouse', 'court',
    'parliament', 'congress', 'election office', 'polling station', 'polling stations', 'municipal building',
    'government office', 'government offices', 'governor\'s office', 'party headquarters', 'legislative assembly',
    'mayor', 'governor', 'official', 'officials', 'judge', 'minister', 'councillor', 'councilor']],
  ['Government (Diplomatic)', ['embassy', 'embassies', 'consulate', 'ambassador', 'diplomat', 'diplomats', 'residence of the ambassador']],
  ['Educational Institution', ['school', 'schools', 'university', 'college', 'campus', 'classroom', 'madrasa', 'academy', 'students', 'teachers']],
  ['Religious Figures/Institutions', ['church', 'churches', 'mosque', 'mosques', 'temple', 'synagogue', 'shrine', 'cathedral', 'seminary', 'priest', 'imam', 'worshippers', 'monastery', 'chapel']],
  ['Transportation', [
    'bus', 'buses', 'train', 'trains', 'railway', 'rail line', 'railroad', 'subway', 'metro', 'bus station',
    'train station', 'railway station', 'bridge', 'bridges', 'road', 'highway', 'truck', 'trucks', 'vehicle',
    'vehicles', 'car', 'cars', 'minibus', 'taxi', 'ferry', 'passengers', 'bus terminal', 'tollbooth']],
  ['Airports & Aircraft', ['airport', 'airports', 'aircraft', 'airplane', 'plane', 'airliner', 'flight', 'airstrip', 'jet']],
  ['Maritime', ['ship', 'ships', 'vessel', 'tanker', 'port', 'harbour', 'harbor', 'boat', 'boats']],
  ['Utilities', [
    'power line', 'power lines', 'pylon', 'pylons', 'electricity pylon', 'electricity tower', 'power tower',
    'power station', 'power plant', 'substation', 'pipeline', 'oil pipeline', 'gas pipeline', 'water supply',
    'dam', 'electric tower', 'high-tension tower', 'power grid', 'transformer', 'electric power', 'towers']],
  ['Telecommunication', ['radio station', 'television station', 'tv station', 'telephone exchange', 'antenna', 'transmitter', 'mast', 'repeater', 'phone tower', 'cell tower']],
  ['Journalists & Media', ['newspaper', 'newspaper office', 'radio', 'television', 'journalist', 'journalists', 'reporter', 'reporters', 'media outlet', 'broadcaster']],
  ['NGO', ['aid convoy', 'aid workers', 'ngo', 'charity', 'relief agency', 'red cross', 'humanitarian']],
  ['Tourists', ['tourists', 'tourist', 'tour bus', 'resort']],
  ['Food or Water Supply', ['water tank', 'reservoir', 'grain store', 'well']],
  ['Private Citizens & Property', [
    'house', 'houses', 'home', 'homes', 'residence', 'village', 'villages', 'civilians', 'people', 'crowd',
    'wedding', 'funeral', 'festival', 'concert', 'family', 'farmers', 'villagers', 'residents', 'neighbourhood',
    'neighborhood', 'refugee camp', 'camp', 'apartment', 'building', 'square', 'street', 'park', 'beach']],
];

/**
 * Heads that say little of whom a target belongs to: a typed modifier right before one types the
 * phrase ("Red Cross convoy" → NGO, "army truck" → Military, "mosque compound" → Religious).
 */
export const GENERIC_TARGET_HEADS = new Set([
  'convoy', 'convoys', 'vehicle', 'vehicles', 'car', 'cars', 'truck', 'trucks', 'van', 'vans', 'bus', 'buses',
  'office', 'offices', 'building', 'buildings', 'headquarters', 'compound', 'compounds', 'premises', 'facility',
  'facilities', 'post', 'posts', 'patrol', 'patrols', 'staff', 'workers', 'employees', 'team', 'camp', 'guesthouse',
  'warehouse', 'station',
]);

/** Words of time that end a target phrase ("torched a newspaper office overnight"). */
export const TIME_ADVERBS = new Set([
  'overnight', 'yesterday', 'today', 'tonight', 'tomorrow', 'earlier', 'later', 'last', 'this', 'early', 'late',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'ago', 'again', 'twice', 'once',
]);

/** Verbs of ramming: their object before "into" is the vehicle used, the phrase after "into" the target. */
export const RAMMING_VERBS = new Set([
  'rammed', 'ramming', 'ram', 'rams', 'ploughed', 'plowed', 'ploughing', 'plowing', 'drove', 'driving', 'crashed',
  'smashed', 'slammed', 'careered', 'careening', 'veered',
]);

export type WeaponType =
  | 'Biological' | 'Chemical' | 'Radiological' | 'Nuclear' | 'Firearms' | 'Explosives' | 'Fake Weapons'
  | 'Incendiary' | 'Melee' | 'Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)'
  | 'Sabotage Equipment' | 'Other' | 'Unknown';

export const WEAPON_TYPES: Array<[WeaponType, string[]]> = [
  ['Explosives', [
    'bomb', 'bombs', 'car bomb', 'car bombs', 'car-bomb', 'truck bomb', 'explosives', 'explosive', 'explosive device',
    'explosive devices', 'improvised explosive device', 'ied', 'ieds', 'grenade', 'grenades', 'hand grenade',
    'hand grenades', 'dynamite', 'dynamite sticks', 'sticks of dynamite', 'mortar', 'mortars', 'mortar rounds',
    'rocket', 'rockets', 'rpg', 'rpgs', 'rocket-propelled grenade', 'rocket-propelled grenades', 'landmine',
    'landmines', 'mine', 'mines', 'suicide vest', 'explosive vest', 'explosive belt', 'suicide belt', 'tnt',
    'c-4', 'semtex', 'anfo', 'pipe bomb', 'pipe bombs', 'roadside bomb', 'mortar shells', 'shells', 'missile',
    'missiles', 'drone', 'drones', 'bazooka', 'bazookas', 'explosive charge', 'explosive charges', 'charge',
    'charges', 'booby trap', 'claymore mine', 'letter bomb', 'parcel bomb', 'molotov']],
  ['Firearms', [
    'gun', 'guns', 'rifle', 'rifles', 'assault rifle', 'assault rifles', 'ak-47', 'ak-47s', 'ak47', 'kalashnikov',
    'kalashnikovs', 'm-16', 'm-16 rifles', 'm16', 'pistol', 'pistols', 'handgun', 'handguns', 'revolver',
    'revolvers', 'machine gun', 'machine guns', 'machineguns', 'machinegun', 'submachine gun', 'submachine guns',
    'shotgun', 'shotguns', 'firearm', 'firearms', 'automatic weapons', 'automatic rifles', 'weapons', 'firearm',
    'uzi', 'galil', 'fal rifles', 'g-3 rifles', '9-mm pistol', '.38 caliber revolver', 'sniper rifle', 'bullets']],
  ['Incendiary', ['molotov cocktail', 'molotov cocktails', 'petrol bomb', 'petrol bombs', 'firebomb', 'firebombs', 'incendiary device', 'incendiary devices', 'incendiary bombs', 'gasoline', 'petrol', 'kerosene', 'fuel', 'flamethrower']],
  ['Melee', ['knife', 'knives', 'machete', 'machetes', 'axe', 'axes', 'sword', 'swords', 'blade', 'bayonet', 'club', 'clubs', 'sticks', 'hammer', 'stones', 'rocks']],
  ['Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)', ['truck', 'lorry', 'van', 'car', 'vehicle', 'bus']],
  ['Chemical', ['poison', 'poison gas', 'sarin', 'chlorine', 'acid', 'chemical weapons', 'tear gas']],
];

/** Prominent people whose killing GTD codes as an assassination. Lower case; multi-word entries match token sequences. */
export const PROMINENT_PEOPLE = [
  'mayor', 'governor', 'minister', 'senator', 'lawmaker', 'legislator', 'mp', 'member of parliament', 'councillor',
  'councilor', 'commissioner', 'judge', 'prosecutor', 'candidate', 'president', 'prime minister', 'party leader',
  'deputy mayor', 'vice president', 'ambassador', 'police chief', 'chief of police', 'district chief', 'prefect',
  'sub-prefect', 'district commissioner', 'provincial governor', 'tribal chief', 'village chief', 'mayors',
];

/** Words of killing that, with a prominent person in the sentence, make the attack an assassination. */
export const KILLING_WORDS = [
  'killed', 'killing', 'shot dead', 'assassinated', 'assassination', 'murdered', 'murder', 'gunned down', 'slain', 'executed',
];
