/**
 * Trigger lexicons: the words that say what kind of event a sentence reports. When a sentence holds
 * several overlapping ones, the most specific wins (TYPE_PRIORITY). Single verbs are typed by
 * lexicon/predicate-types.ts instead. Patterns are whole-word, case-insensitive regular expressions.
 */
import type { EventType } from '../model/event-record';

/** A trigger word or phrase found in a sentence. Offsets are relative to the sentence. */
export interface Trigger {
  type: EventType;
  start: number;
  end: number;
  text: string;
  /** The base verb or noun, used to build titles: "launch", "meet", "warn". */
  lemma: string;
}

/** Most specific first. */
const TYPE_PRIORITY: readonly EventType[] = [
  'nuclear-test',
  'missile-test',
  'attack',
  'military-operation',
  'ceasefire',
  'sanctions',
  'military-exercise',
  'deployment',
  'agreement',
  'meeting',
  'travel',
  'statement',
  'other',
];

function typeRank(type: EventType): number {
  return TYPE_PRIORITY.indexOf(type);
}

/**
 * Up to three words between the verb and the weapon, after an optional qualifier, a number with
 * thousands separators counting as one word: "fired more than 10,000 ballistic missiles". Not more,
 * or "launched 112 drones and three ballistic missiles" would read as a missile test.
 */
const MISSILE = String.raw`(?:(?:(?:more than|at least|up to|as many as|nearly|about|around|some)\s+)?(?:(?:[\w-]+|\d{1,3}(?:,\d{3})+)\s+){0,3}?(?:missiles?|ICBMs?|rockets?|projectiles?|SLBMs?|cruise missiles?)|missile)`;

/**
 * [type, lemma, pattern, stems]. Lemmas stay in the base form so titles can conjugate them. Stems are
 * lower-case substrings one of which every match contains; a pattern runs only when the sentence has
 * one, which skips most of the forty-odd regular expressions for a typical sentence.
 */
const LEXICON: [EventType, string, string, readonly string[]][] = [
  [
    'nuclear-test',
    'conduct nuclear test',
    String.raw`nuclear (?:weapons? )?(?:tests?|test explosions?|detonations?|explosions?)`,
    ['nuclear'],
  ],
  ['nuclear-test', 'conduct nuclear test', String.raw`(?:atomic|bomb) tests?`, ['atomic', 'bomb']],
  ['nuclear-test', 'detonate', String.raw`detonat(?:e|es|ed|ing)`, ['detonat']],
  [
    'missile-test',
    'launch',
    String.raw`(?:test-)?(?:fir(?:e|es|ed|ing)|launch(?:es|ed|ing)?|test-launch(?:es|ed|ing)?|test-fir(?:e|es|ed|ing))\s+${MISSILE}`,
    ['fir', 'launch'],
  ],
  // "Eight missiles were fired from Sunchon": the passive tells the same launch.
  [
    'missile-test',
    'launch',
    String.raw`(?:missiles?|ICBMs?|rockets?|projectiles?|SLBMs?)\s+(?:were|was|have been|had been|are|is)\s+(?:\w+\s+)?(?:test-)?(?:fired|launched)`,
    ['fired', 'launched'],
  ],
  [
    'missile-test',
    'test missiles',
    String.raw`(?:missile|ballistic|ICBM|rocket) (?:tests?|launch(?:es)?)`,
    ['missile', 'ballistic', 'icbm', 'rocket'],
  ],
  [
    'missile-test',
    'test missiles',
    String.raw`(?:test-launch(?:es|ed|ing)?|test-fir(?:e|es|ed|ing))`,
    ['test-'],
  ],
  [
    'attack',
    'attack',
    String.raw`(?:air|drone|missile|rocket|artillery)[ -]?(?:strikes?|attacks?)`,
    ['strike', 'attack'],
  ],
  ['attack', 'attack', String.raw`attack(?:s|ed|ing)?(?! (?:the|a)? ?(?:plan|idea))`, ['attack']],
  [
    'attack',
    'strike',
    String.raw`(?:struck|strik(?:es|ing)|bomb(?:s|ed|ing)|shell(?:s|ed|ing)|raid(?:s|ed)?|ambush(?:es|ed)?)`,
    ['struck', 'strik', 'bomb', 'shell', 'raid', 'ambush'],
  ],
  ['attack', 'kill', String.raw`(?:kill(?:s|ed|ing)|wound(?:s|ed|ing))`, ['kill', 'wound']],
  ['military-operation', 'launch operation', String.raw`(?:special )?military operations?`, ['operation']],
  [
    'military-operation',
    'launch offensive',
    String.raw`(?:offensives?|incursions?|invasions?|invad(?:e|es|ed|ing)|counteroffensives?)`,
    ['offensive', 'incursion', 'invasion', 'invad'],
  ],
  [
    'military-operation',
    'capture',
    String.raw`(?:captur(?:e|es|ed|ing)|seiz(?:e|es|ed|ing)|retook|recaptur(?:e|es|ed))`,
    ['captur', 'seiz', 'retook'],
  ],
  [
    'ceasefire',
    'declare ceasefire',
    String.raw`(?:cease-?fires?|truces?|armistices?)`,
    ['cease', 'truce', 'armistice'],
  ],
  [
    'ceasefire',
    'declare ceasefire',
    String.raw`(?:pause|halt) (?:in|to|of) (?:the )?(?:fighting|hostilities|strikes|attacks)`,
    ['pause', 'halt'],
  ],
  ['ceasefire', 'declare ceasefire', String.raw`(?:\w+-)?(?:day|hour|week|month)(?:-long)? pause`, ['pause']],
  [
    'sanctions',
    'impose sanctions',
    String.raw`(?:sanction(?:s|ed|ing)?|embargo(?:es|ed)?|blacklist(?:s|ed)?|export controls|asset freezes?)`,
    ['sanction', 'embargo', 'blacklist', 'export control', 'asset freeze'],
  ],
  [
    'military-exercise',
    'hold drills',
    String.raw`(?:drills?|war ?games|wargames|manoeuvres|maneuvers)`,
    ['drill', 'war', 'manoeuvre', 'maneuver'],
  ],
  [
    'military-exercise',
    'hold drills',
    String.raw`(?:military |joint |naval |air |live-fire |field )+(?:exercises?|training)`,
    ['exercise', 'training'],
  ],
  ['military-exercise', 'hold drills', String.raw`exercises?(?! of)`, ['exercise']],
  [
    'military-exercise',
    'hold drills',
    String.raw`(?:summertime|summer|spring|autumn|winter|annual|upcoming|regular|combined) training`,
    ['training'],
  ],
  [
    'deployment',
    'deploy',
    String.raw`(?:deploy(?:s|ed|ing|ment|ments)?|dispatch(?:es|ed|ing)?|station(?:s|ed|ing)|redeploy(?:s|ed|ing)?)`,
    ['deploy', 'dispatch', 'station'],
  ],
  [
    'deployment',
    'send troops',
    String.raw`(?:send(?:s|ing)?|sent)\s+(?:[\w,]+\s+){0,4}?(?:troops|soldiers|forces|warships|personnel|engineers|units)`,
    ['send', 'sent'],
  ],
  [
    'agreement',
    'agree',
    String.raw`(?:agree(?:s|d|ing)?|agreements?|accords?|treat(?:y|ies)|pacts?|deals?)`,
    ['agree', 'accord', 'treat', 'pact', 'deal'],
  ],
  ['agreement', 'sign', String.raw`sign(?:s|ed|ing)`, ['sign']],
  [
    'meeting',
    'chair',
    String.raw`(?:chair(?:s|ed|ing)?|convene(?:s|d)?|convening|host(?:s|ed|ing)?|presid(?:e|es|ed|ing) over)\s+(?:an?\s+|the\s+|its\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,4}?(?:meeting|session|plenum|plenary|summit|conference|talks)`,
    ['chair', 'conven', 'host', 'presid'],
  ],
  [
    'meeting',
    'speak at',
    String.raw`(?:speak(?:s|ing)?|spoke|address(?:es|ed|ing)?)\s+(?:at|during|to)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:meeting|session|plenum|plenary|summit|conference)`,
    ['speak', 'spoke', 'address'],
  ],
  [
    'meeting',
    'meet',
    String.raw`(?:met|meet(?:s|ing|ings)?|summits?|talks|phone call|spoke by phone|held talks|conferred|plenary|plenum|conferences?|congress)`,
    ['met', 'meet', 'summit', 'talks', 'phone', 'conferred', 'plenary', 'plenum', 'conference', 'congress'],
  ],
  ['travel', 'visit', String.raw`(?:visit(?:s|ed|ing)?|trips?|tour(?:s|ed)?)`, ['visit', 'trip', 'tour']],
  [
    'travel',
    'travel',
    String.raw`(?:flew|fl(?:y|ies|ying)|arriv(?:e|es|ed|ing|al)|travel(?:s|led|ed|ling|ing)?|depart(?:s|ed|ure)?)`,
    ['flew', 'fly', 'flie', 'arriv', 'travel', 'depart'],
  ],
  [
    'statement',
    'say',
    String.raw`(?:said|says|say|told|tells|stated|quoted|reported|according to)`,
    ['said', 'say', 'told', 'tells', 'stated', 'quoted', 'reported', 'according to'],
  ],
  ['statement', 'warn', String.raw`warn(?:s|ed|ing)?`, ['warn']],
  ['statement', 'urge', String.raw`(?:urg(?:e|es|ed|ing)|call(?:s|ed)? (?:on|for))`, ['urg', 'call']],
  [
    'statement',
    'announce',
    String.raw`(?:announc(?:e|es|ed|ing)|declar(?:e|es|ed|ing))`,
    ['announc', 'declar'],
  ],
  ['statement', 'condemn', String.raw`(?:condemn(?:s|ed|ing)?|denounc(?:e|es|ed))`, ['condemn', 'denounc']],
  ['statement', 'deny', String.raw`den(?:y|ies|ied)`, ['deny', 'denie', 'denied']],
  ['statement', 'reject', String.raw`reject(?:s|ed|ing)?`, ['reject']],
  ['statement', 'welcome', String.raw`welcom(?:e|es|ed|ing)`, ['welcom']],
  [
    'statement',
    'criticize',
    String.raw`(?:critici[sz](?:e|es|ed|ing)|slam(?:s|med)|blast(?:s|ed))`,
    ['critici', 'slam', 'blast'],
  ],
  ['statement', 'accuse', String.raw`accus(?:e|es|ed|ing)`, ['accus']],
  [
    'statement',
    'pledge',
    String.raw`(?:pledg(?:e|es|ed)|vow(?:s|ed)?|promis(?:e|es|ed)|reaffirm(?:s|ed)?|stress(?:es|ed)|emphasi[sz](?:e|es|ed))`,
    ['pledg', 'vow', 'promis', 'reaffirm', 'stress', 'emphasi'],
  ],
  ['statement', 'threaten', String.raw`threat(?:en|ens|ened)`, ['threat']],
  ['statement', 'issue statement', String.raw`(?:joint )?statements?`, ['statement']],
];

const COMPILED = LEXICON.map(([type, lemma, pattern, stems]) => ({
  type,
  lemma,
  stems,
  re: new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:${pattern})(?![\p{L}\p{N}])`, 'giu'),
}));

/**
 * The stems as one pattern, so a sentence is scanned once to learn which lexicon entries can match,
 * instead of once per stem (about a hundred substring searches per sentence). A stem found at a
 * position also stands for every shorter stem that is its prefix ("warn" found means "war" is there).
 */
const ALL_STEMS = [...new Set(COMPILED.flatMap((c) => c.stems))].sort((a, b) => b.length - a.length);
const STEM_RE = new RegExp(ALL_STEMS.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
/** For each stem, the indices into COMPILED of the entries it (or a stem it starts with) unlocks. */
const ENTRIES_BY_STEM = new Map(
  ALL_STEMS.map((stem) => [
    stem,
    COMPILED.flatMap((c, i) => (c.stems.some((s) => stem.startsWith(s)) ? [i] : [])),
  ]),
);

/** Indices into COMPILED whose stems occur in the lower-cased sentence, ascending. */
function candidateEntries(lower: string): number[] {
  const hit = new Uint8Array(COMPILED.length);
  STEM_RE.lastIndex = 0;
  let found = false;
  for (let m = STEM_RE.exec(lower); m; m = STEM_RE.exec(lower)) {
    for (const i of ENTRIES_BY_STEM.get(m[0]) ?? []) hit[i] = 1;
    found = true;
    // Stems overlap ("test-fired" holds "test-" and "fir"): step one character, not past the match.
    STEM_RE.lastIndex = m.index + 1;
  }
  const out: number[] = [];
  if (found) for (let i = 0; i < hit.length; i++) if (hit[i] === 1) out.push(i);
  return out;
}

/** Every trigger in the sentence, in text order; overlapping triggers keep the more specific one. */
export function findTriggers(sentence: string): Trigger[] {
  const found: Trigger[] = [];
  for (const i of candidateEntries(sentence.toLowerCase())) {
    const entry = COMPILED[i];
    if (!entry) continue;
    const { type, lemma, re } = entry;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence))) {
      found.push({ type, lemma, start: m.index, end: m.index + m[0].length, text: m[0] });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  found.sort((a, b) => a.start - b.start || typeRank(a.type) - typeRank(b.type) || b.end - a.end);
  const kept: Trigger[] = [];
  for (const t of found) {
    const clash = kept.findIndex((k) => t.start < k.end && k.start < t.end);
    if (clash < 0) {
      kept.push(t);
      continue;
    }
    const other = kept[clash];
    if (other && typeRank(t.type) < typeRank(other.type)) kept[clash] = t;
  }
  return kept.sort((a, b) => a.start - b.start);
}
