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
    'chair',
    String.raw`(?:chair(?:s|ed|ing)?|convene(?:s|d)?|convening|host(?:s|ed|ing)?|presid(?:e|es|ed|ing) over)\s+(?:an?\s+|the\s+|its\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,4}?(?:meeting|session|plenum|plenary|summit|conference|talks)`,
  ],
  [
    'meeting',
    'speak at',
    String.raw`(?:speak(?:s|ing)?|spoke|address(?:es|ed|ing)?)\s+(?:at|during|to)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:meeting|session|plenum|plenary|summit|conference)`,
  ],
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
  ['statement', 'deny', String.raw`den(?:y|ies|ied)`],
  ['statement', 'reject', String.raw`reject(?:s|ed|ing)?`],
  ['statement', 'welcome', String.raw`welcom(?:e|es|ed|ing)`],
  ['statement', 'criticize', String.raw`(?:critici[sz](?:e|es|ed|ing)|slam(?:s|med)|blast(?:s|ed))`],
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

/** Verbs that perform the event they name: "declared a ceasefire" is the ceasefire. */
const PERFORMATIVE_LEMMAS = new Set(['announce', 'agree', 'sign']);
/** Verbs that judge an event: "condemned the sanctions" is a statement about sanctions. */
const EVALUATIVE_LEMMAS = new Set(['condemn', 'deny', 'reject', 'welcome', 'criticize', 'accuse', 'warn']);
/**
 * Up to four words between a verb and its object noun: "declared a brief Easter ceasefire", "agreed on
 * Wednesday to a truce"; not "announced details about the drills", where the noun is further off.
 */
const OBJECT_GAP_RE = /^\s+(?:(?!(?:about|of|over|for|with|against|from|into)\s)[\p{L}\p{N}’'-]+\s+){0,4}$/u;

/** How a verb trigger and the event noun it governs relate; see relateTriggers. */
export interface TriggerRelation {
  /** Triggers that stay events, in text order. Performative verbs are folded into their noun. */
  triggers: Trigger[];
  /** Event nouns that are only the topic of a judging statement, by trigger. */
  topics: Map<Trigger, Trigger>;
}

/**
 * Folds "declared a ceasefire" and "agreed to a truce" into the ceasefire (lemma "agree to ceasefire"),
 * and marks "condemned the sanctions" as a statement whose topic is the sanctions, so neither sentence
 * yields a second, wrong event.
 */
export function relateTriggers(sentence: string, triggers: readonly Trigger[]): TriggerRelation {
  const out: Trigger[] = [];
  const topics = new Map<Trigger, Trigger>();
  for (let i = 0; i < triggers.length; i++) {
    const t = triggers[i];
    if (!t) continue;
    const next = triggers[i + 1];
    const governs =
      next !== undefined &&
      next.type !== 'statement' &&
      next.type !== t.type &&
      /^[\p{Ll}]/u.test(sentence.charAt(next.start)) &&
      OBJECT_GAP_RE.test(sentence.slice(t.end, next.start));
    if (governs && next && (t.type === 'statement' || t.type === 'agreement')) {
      if (PERFORMATIVE_LEMMAS.has(t.lemma)) {
        const lemma =
          t.lemma === 'agree'
            ? `agree to ${next.type === 'ceasefire' ? 'ceasefire' : next.lemma}`
            : next.lemma;
        out.push({ ...next, lemma });
        i++;
        continue;
      }
      if (t.type === 'statement' && EVALUATIVE_LEMMAS.has(t.lemma)) {
        topics.set(t, next);
        out.push(t);
        i++;
        continue;
      }
    }
    out.push(t);
  }
  return { triggers: out, topics };
}
