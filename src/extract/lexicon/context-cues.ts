/**
 * Words around a predicate that decide its type: what makes a strike a walkout or a goal, what kills
 * without a doer, which subjects rule. The event-type stage reads them (stages/event-type.ts).
 */

/** What kills without a doer, besides the disaster nouns: "the storm killed 12", "a fire killed 40". */
export const NATURAL_CAUSES: ReadonlySet<string> = new Set([
  'storm',
  'storms',
  'fire',
  'fires',
  'flames',
  'rains',
  'winds',
  'floodwaters',
  'mudslide',
  'heat',
  'lightning',
]);

/** Weather that is the disaster when it does harm: "Torrential rain dumped a year's worth of water". */
export const HARMFUL_WEATHER: ReadonlySet<string> = new Set([
  'rain',
  'rains',
  'rainfall',
  'downpour',
  'downpours',
]);

/**
 * Words of violence: a headline or lead with one of them tells of an attack, so its dead are not a
 * disaster's though a fire or a crash is named too.
 */
export const VIOLENCE_CUES: ReadonlySet<string> = new Set([
  'attack',
  'attacks',
  'attacked',
  'gunman',
  'gunmen',
  'shooting',
  'shot',
  'bomb',
  'bombing',
  'bomber',
  'raid',
  'airstrike',
  'airstrikes',
  'missile',
  'missiles',
  'militants',
  'troops',
  'killer',
  'murder',
  'stabbing',
  'war',
  'rebels',
  'terror',
  'terrorist',
]);

/** Words that make a strike a stoppage of work. */
export const LABOUR_CUES: ReadonlySet<string> = new Set([
  'union',
  'unions',
  'guild',
  'workers',
  'walkout',
  'walkouts',
  'picket',
  'pickets',
  'wages',
  'pay',
  'employees',
  'staff',
  'teachers',
  'nurses',
  'doctors',
  'drivers',
  'writers',
  'actors',
  'dockworkers',
  'miners',
  'machinists',
  'pilots',
  'autoworkers',
  'dockers',
  'porters',
  'journalists',
  'firefighters',
  'strikers',
  'crews',
  'mechanics',
  'engineers',
  'baristas',
  'contract',
  'hunger',
  'general',
]);

/** Words that make a strike a blow in a match. */
export const MATCH_CUES: ReadonlySet<string> = new Set([
  'goal',
  'goals',
  'minute',
  'match',
  'penalty',
  'half',
  'hat-trick',
  'scored',
  'equaliser',
  'equalizer',
  'final',
  'seconds',
]);

/** Words that keep a strike military whatever else the sentence says. */
export const MILITARY_STRIKE_CUES: ReadonlySet<string> = new Set([
  'air',
  'airstrike',
  'drone',
  'drones',
  'missile',
  'missiles',
  'rocket',
  'rockets',
  'artillery',
  'military',
  'troops',
  'forces',
  'army',
  'bomb',
  'bombs',
]);

/** What a court does when it decides: "upheld the ban", "threw out the case", "ordered a recount". */
export const COURT_DECISION_VERBS: ReadonlySet<string> = new Set([
  'uphold',
  'reject',
  'dismiss',
  'order',
  'throw',
  'allow',
  'approve',
  'clear',
  'acquit',
  'void',
  'invalidate',
  'quash',
  'grant',
  'deny',
  'reverse',
  'rule',
]);

/** Subjects whose decisions are rulings. */
export const COURT_WORDS: ReadonlySet<string> = new Set([
  'court',
  'judge',
  'jury',
  'tribunal',
  'justices',
  'judges',
]);

/**
 * Words of spaceflight: a rocket launched with one of them near ("launched its Starship rocket", "a Falcon
 * 9 rocket carrying satellites into orbit") goes to space, not at an enemy.
 */
export const SPACEFLIGHT_CUES: ReadonlySet<string> = new Set([
  'space',
  'spacecraft',
  'spaceship',
  'orbit',
  'orbital',
  'satellite',
  'satellites',
  'astronaut',
  'astronauts',
  'cosmonauts',
  'capsule',
  'lunar',
  'moon',
  'mars',
  'starship',
  'falcon',
  'spacex',
  'nasa',
  'esa',
  'payload',
  'launchpad',
  'probe',
  'telescope',
]);
