/**
 * Trigger lexicons: the words that say what kind of event a sentence reports. When a sentence holds
 * several, the most specific wins (TYPE_PRIORITY): "fired missiles, the ministry said" is a missile
 * test, not a statement. Patterns are whole-word, case-insensitive regular expressions.
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
export const TYPE_PRIORITY: readonly EventType[] = [
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

export function typeRank(type: EventType): number {
  return TYPE_PRIORITY.indexOf(type);
}

const MISSILE = String.raw`(?:(?:[\w-]+\s+){0,3}?(?:missiles?|ICBMs?|rockets?|projectiles?|SLBMs?|cruise missiles?)|missile)`;

/** [type, lemma, pattern]. Lemmas stay in the base form so titles can conjugate them. */
const LEXICON: [EventType, string, string][] = [
  [
    'nuclear-test',
    'conduct nuclear test',
    String.raw`nuclear (?:weapons? )?(?:tests?|test explosions?|detonations?|explosions?)`,
  ],
  ['nuclear-test', 'conduct nuclear test', String.raw`(?:atomic|bomb) tests?`],
  ['nuclear-test', 'detonate', String.raw`detonat(?:e|es|ed|ing)`],
  [
    'missile-test',
    'launch',
    String.raw`(?:test-)?(?:fir(?:e|es|ed|ing)|launch(?:es|ed|ing)?|test-launch(?:es|ed|ing)?|test-fir(?:e|es|ed|ing))\s+${MISSILE}`,
  ],
  ['missile-test', 'test missiles', String.raw`(?:missile|ballistic|ICBM|rocket) (?:tests?|launch(?:es)?)`],
  ['missile-test', 'test missiles', String.raw`(?:test-launch(?:es|ed|ing)?|test-fir(?:e|es|ed|ing))`],
  ['attack', 'attack', String.raw`(?:air|drone|missile|rocket|artillery)[ -]?(?:strikes?|attacks?)`],
  ['attack', 'attack', String.raw`attack(?:s|ed|ing)?(?! (?:the|a)? ?(?:plan|idea))`],
  [
    'attack',
    'strike',
    String.raw`(?:struck|strik(?:es|ing)|bomb(?:s|ed|ing)|shell(?:s|ed|ing)|raid(?:s|ed)?|ambush(?:es|ed)?)`,
  ],
  ['attack', 'kill', String.raw`(?:kill(?:s|ed|ing)|wound(?:s|ed|ing))`],
  ['military-operation', 'launch operation', String.raw`(?:special )?military operations?`],
  [
    'military-operation',
    'launch offensive',
    String.raw`(?:offensives?|incursions?|invasions?|invad(?:e|es|ed|ing)|counteroffensives?)`,
  ],
  [
    'military-operation',
    'capture',
    String.raw`(?:captur(?:e|es|ed|ing)|seiz(?:e|es|ed|ing)|retook|recaptur(?:e|es|ed))`,
  ],
  ['ceasefire', 'declare ceasefire', String.raw`(?:cease-?fires?|truces?|armistices?)`],
  [
    'ceasefire',
    'declare ceasefire',
    String.raw`(?:pause|halt) (?:in|to|of) (?:the )?(?:fighting|hostilities|strikes|attacks)`,
  ],
  ['ceasefire', 'declare ceasefire', String.raw`(?:\w+-)?(?:day|hour|week|month)(?:-long)? pause`],
  [
    'sanctions',
    'impose sanctions',
    String.raw`(?:sanction(?:s|ed|ing)?|embargo(?:es|ed)?|blacklist(?:s|ed)?|export controls|asset freezes?)`,
  ],
  ['military-exercise', 'hold drills', String.raw`(?:drills?|war ?games|wargames|manoeuvres|maneuvers)`],
  [
    'military-exercise',
    'hold drills',
    String.raw`(?:military |joint |naval |air |live-fire |field )+(?:exercises?|training)`,
  ],
  ['military-exercise', 'hold drills', String.raw`exercises?(?! of)`],
  [
    'military-exercise',
    'hold drills',
    String.raw`(?:summertime|summer|spring|autumn|winter|annual|upcoming|regular|combined) training`,
  ],
  [
    'deployment',
    'deploy',
    String.raw`(?:deploy(?:s|ed|ing|ment|ments)?|dispatch(?:es|ed|ing)?|station(?:s|ed|ing)|redeploy(?:s|ed|ing)?)`,
  ],
  [
    'deployment',
    'send troops',
    String.raw`(?:send(?:s|ing)?|sent)\s+(?:[\w,]+\s+){0,4}?(?:troops|soldiers|forces|warships|personnel|engineers|units)`,
  ],
  ['agreement', 'agree', String.raw`(?:agree(?:s|d|ing)?|agreements?|accords?|treat(?:y|ies)|pacts?|deals?)`],
  ['agreement', 'sign', String.raw`sign(?:s|ed|ing)`],
  [
    'meeting',
    'meet',
    String.raw`(?:met|meet(?:s|ing|ings)?|summits?|talks|phone call|spoke by phone|held talks|conferred|plenary|plenum|conferences?|congress)`,
  ],
  ['travel', 'visit', String.raw`(?:visit(?:s|ed|ing)?|trips?|tour(?:s|ed)?)`],
  [
    'travel',
    'travel',
    String.raw`(?:flew|fl(?:y|ies|ying)|arriv(?:e|es|ed|ing|al)|travel(?:s|led|ed|ling|ing)?|depart(?:s|ed|ure)?)`,
  ],
  ['statement', 'say', String.raw`(?:said|says|say|told|tells|stated|quoted|reported|according to)`],
  ['statement', 'warn', String.raw`warn(?:s|ed|ing)?`],
  ['statement', 'urge', String.raw`(?:urg(?:e|es|ed|ing)|call(?:s|ed)? (?:on|for))`],
  ['statement', 'announce', String.raw`(?:announc(?:e|es|ed|ing)|declar(?:e|es|ed|ing))`],
  ['statement', 'condemn', String.raw`(?:condemn(?:s|ed|ing)?|denounc(?:e|es|ed))`],
  ['statement', 'deny', String.raw`(?:den(?:y|ies|ied)|reject(?:s|ed)?)`],
  ['statement', 'accuse', String.raw`accus(?:e|es|ed|ing)`],
  [
    'statement',
    'pledge',
    String.raw`(?:pledg(?:e|es|ed)|vow(?:s|ed)?|promis(?:e|es|ed)|reaffirm(?:s|ed)?|stress(?:es|ed)|emphasi[sz](?:e|es|ed))`,
  ],
  ['statement', 'threaten', String.raw`threat(?:en|ens|ened)`],
  ['statement', 'issue statement', String.raw`(?:joint )?statements?`],
];

const COMPILED = LEXICON.map(([type, lemma, pattern]) => ({
  type,
  lemma,
  re: new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:${pattern})(?![\p{L}\p{N}])`, 'giu'),
}));

/** Every trigger in the sentence, in text order; overlapping triggers keep the more specific one. */
export function findTriggers(sentence: string): Trigger[] {
  const found: Trigger[] = [];
  for (const { type, lemma, re } of COMPILED) {
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
