/**
 * Short headline-style titles: "North Korea fires 8 ballistic missiles", "Lavrov meets Choe Son-hui
 * in Wonsan", "Putin declares three-day pause". Built from the event's fields, never copied from the
 * sentence, so they stay short and read the same way across articles.
 */
import type { EventType, Factuality } from '../model/event-record';
import { PHASE_VERBS } from './lexicon/verb-classes';
import { clipPhrase } from './statement-gist';
import { SURNAME_PARTICLE_ALTERNATION } from './lexicon/name-particles';

export interface TitleParts {
  type: EventType;
  factuality: Factuality;
  /** Who acts: a person's name or an actor label; '' when unknown. */
  subject: string;
  /** Trigger lemma from the lexicon ("launch", "warn", "declare ceasefire"). */
  lemma: string;
  /** The trigger as written, for nouns worth keeping ("truce", "three-day pause"). */
  triggerText: string;
  /** Labels of the other actors. */
  others: string[];
  /** People other than the subject. */
  people: string[];
  location: string;
  quantity: number | null;
  quantityUnit: string;
  /** "more than", "about", "up to" ... as written before the count; '' when none (optional). */
  quantityQualifier?: string;
  /** A secondary topic such as "ceasefire" for "Trump urges Russia and Ukraine on ceasefire". */
  topic: string;
  /** True when the subject names two actors ("DR Congo and M23"), so the verb takes its plural form. */
  plural: boolean;
  /** Who takes part with the subject: short person names, else actor labels. Empty when unknown. */
  partners: string[];
  /** What the verb acts on: "proposal", "Goma", "Politburo meeting"; '' when not read. */
  object: string;
  /**
   * For statements, what was said, in the sentence's words: "Moscow had not received any formal
   * proposal", "both sides to halt the fighting"; '' when not read (see statement-gist.ts).
   */
  gist: string;
  /**
   * A passive with no doer named ("the lawsuit was settled in 1991"): the verb as written, and the
   * subject is what it happened to. The title keeps the voice: "Lawsuit is settled".
   */
  passive?: { participle: string; object: string };
  /**
   * An event noun with no doer named, as the text names it ("Takeover of the American International
   * Group", "1991 agreement", "Eurogroup meeting"): the title when the subject is unknown, since a
   * headline names such an event by its noun rather than by a doer it cannot name.
   */
  nominal?: string;
}

/** "Lawsuit is settled out of court", "Leopard to be released", "Jobs is fired from the company". */
function passiveTitle(
  parts: TitleParts,
  passive: { participle: string; object: string },
  subject: string,
): string {
  const participle = passive.participle.toLowerCase();
  const where = parts.location && !passive.object ? ` in ${parts.location}` : '';
  const base = passive.object ? `${participle} ${passive.object}` : `${participle}${where}`;
  const be = parts.plural ? 'are' : 'is';
  switch (parts.factuality) {
    case 'planned':
      return `${subject} to be ${base}`;
    case 'possible':
      return `${subject} may be ${base}`;
    case 'negated':
      return `${subject} ${be} not ${base}`;
    case 'asserted':
      return `${subject} ${be} ${base}`;
  }
}

/** Titles longer than this get cut at a word boundary; a timeline label has little room. */
const MAX_TITLE_CHARS = 90;

function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function thirdPerson(verb: string): string {
  const [head = '', ...rest] = verb.split(' ');
  let third: string;
  if (head === 'be') third = 'is';
  else if (head === 'have') third = 'has';
  else if (/(?:s|sh|ch|x|z)$/.test(head) || /(?:go|do|veto|echo)$/.test(head)) third = `${head}es`;
  else if (/[^aeiou]y$/.test(head)) third = `${head.slice(0, -1)}ies`;
  else third = `${head}s`;
  return [third, ...rest].join(' ');
}

function amount(parts: TitleParts, fallback: string): string {
  if (parts.quantity === null || parts.quantityUnit === '') return fallback;
  // "more than 10,000 soldiers" stays a lower bound; "10,000 soldiers" would overstate what is known.
  const qualifier = parts.quantityQualifier ? `${parts.quantityQualifier} ` : '';
  return `${qualifier}${parts.quantity.toLocaleString('en-US')} ${parts.quantityUnit}`;
}

/** Counted things that people are: a count of them after "killed" is a death toll. */
const CASUALTY_UNIT_RE = /(?:people|civilians|soldiers|troops|children|fighters|militants|members)$/i;
const WEAPON_UNIT_RE = /(?:missiles?|drones?|rockets?|shells|bombs|projectiles)$/i;
/** Statement verbs whose object makes the headline: "rejects proposal", "condemns sanctions". */
const OBJECT_STATEMENT_LEMMAS = new Set([
  'condemn',
  'deny',
  'reject',
  'welcome',
  'criticize',
  'concede',
  'voice',
  'express',
]);

/**
 * The statement verb as the sentence has it, in the base form: the lexicon folds "vowed", "stressed"
 * and "reaffirmed" into one lemma, but a title should not say "pledges" for "stressed".
 */
const STATEMENT_VERBS: [RegExp, string][] = [
  [/^vow/i, 'vow'],
  [/^promis/i, 'promise'],
  [/^reaffirm/i, 'reaffirm'],
  [/^stress/i, 'stress'],
  [/^emphasi([sz])/i, 'emphasi$1e'],
  [/^declar/i, 'declare'],
  [/^denounc/i, 'denounce'],
  [/^slam/i, 'slam'],
  [/^blast/i, 'blast'],
  [/^call(?:s|ed)? on\b/i, 'call on'],
  [/^call(?:s|ed)? for\b/i, 'call for'],
];

function statementVerb(parts: TitleParts): string {
  if (parts.lemma === 'say' || parts.lemma === 'issue statement') return 'say';
  for (const [re, base] of STATEMENT_VERBS) {
    const m = re.exec(parts.triggerText);
    if (m) return base.replace('$1', m[1] ?? '');
  }
  return parts.lemma;
}

/**
 * The verb phrase in its base form ("fire 8 missiles"), which the factuality then inflects. `room` is
 * how many characters the phrase may take, for phrases read from the sentence.
 */
function predicate(parts: TitleParts, room: number): string {
  const where = parts.location ? ` in ${parts.location}` : '';
  const partners = list(parts.partners.slice(0, 2));
  const withWhom = partners ? ` with ${partners}` : '';
  const on = parts.others.length > 0 ? ` on ${list(parts.others.slice(0, 2))}` : '';
  // "Talks resume", "Trial starts in London": a process that begins or ends is titled by its phase.
  if (PHASE_VERBS.has(parts.lemma) && !parts.object && parts.type !== 'other')
    // "Pre-orders of the iPhone 4 began": the product goes on sale.
    return parts.type === 'product-launch' && parts.lemma !== 'end'
      ? `go on sale${where}`
      : `${parts.lemma}${where}`;
  switch (parts.type) {
    case 'missile-test':
      return `fire ${amount(parts, 'missiles')}`;
    case 'nuclear-test':
      return `conduct nuclear test${where}`;
    case 'attack': {
      const target = list(parts.others.slice(0, 2));
      if (parts.quantity !== null && CASUALTY_UNIT_RE.test(parts.quantityUnit) && /kill/i.test(parts.lemma))
        return `kill ${amount(parts, 'people')}${where}`;
      if (parts.quantity !== null && WEAPON_UNIT_RE.test(parts.quantityUnit))
        return `launch ${amount(parts, 'weapons')}${target ? ` at ${target}` : where}`;
      if (target) return `attack ${target}`;
      // "Police shot dead a gunman": a verb of its own with its object says more than "attack".
      if (parts.object && !/^(?:attack|strike|launch|carry)/.test(parts.lemma))
        return `${parts.lemma} ${parts.object}${parts.object.includes(parts.location) ? '' : where}`;
      return `carry out attack${where}`;
    }
    case 'military-operation':
      if (parts.lemma === 'capture' && parts.object)
        return `${/^seiz/i.test(parts.triggerText) ? 'seize' : 'capture'} ${parts.object}`;
      return `conduct military operation${where}`;
    case 'ceasefire': {
      const noun = /pause|truce|armistice/i.test(parts.triggerText)
        ? parts.triggerText.toLowerCase()
        : 'ceasefire';
      if (parts.lemma.startsWith('agree')) return `agree to ${noun}${withWhom}`;
      return `declare ${noun}`;
    }
    case 'sanctions':
      return `impose sanctions${on}`;
    case 'military-exercise':
      return `hold military drills${withWhom || (parts.object ? ` ${parts.object}` : where)}`;
    case 'deployment':
      return `deploy ${amount(parts, 'forces')}${parts.location ? ` to ${parts.location}` : ''}`;
    case 'agreement':
      // "Apple agrees to pay $500 million": what was agreed says more than that something was.
      if (parts.lemma === 'agree' && parts.gist)
        return `agree to ${clipPhrase(parts.gist, room - 'agree to '.length)}`;
      // "Microsoft announces deal", "Parliament ratifies treaty": a verb of its own with what it acted on.
      if (parts.object && AGREEMENT_OWN_VERBS.test(parts.lemma)) return `${parts.lemma} ${parts.object}`;
      // "agreed a token cut", "agreed a deal": what was agreed, when the verb takes it directly.
      if (parts.lemma === 'agree' && parts.object && !/^(?:to|on|with)\b/.test(parts.object))
        return `agree ${parts.object}`;
      return `reach agreement${withWhom}`;
    case 'meeting': {
      if (['chair', 'convene', 'host', 'preside over', 'speak at'].includes(parts.lemma))
        return `${parts.lemma} ${parts.object || 'meeting'}${where}`;
      if (/phone|call/i.test(parts.triggerText)) return `hold phone call${withWhom}`;
      if (parts.partners.length > 0) return `meet ${partners}${where}`;
      // "Politburo members met": not "Politburo holds Politburo meeting".
      const named = parts.subject && parts.object.startsWith(`${parts.subject} `);
      return `hold ${(named ? parts.object.slice(parts.subject.length + 1) : parts.object) || 'meeting'}${where}`;
    }
    case 'travel':
      if (parts.location) return `${parts.lemma === 'visit' ? 'visit' : 'travel to'} ${parts.location}`;
      if (parts.others.length > 0) return `visit ${list(parts.others.slice(0, 2))}`;
      // "visited the site", "toured the flooded area": what was visited, as the text says it.
      return parts.object ? `${parts.lemma} ${parts.object}` : 'travel';
    case 'statement': {
      const others = list(parts.others.slice(0, 2));
      if (OBJECT_STATEMENT_LEMMAS.has(parts.lemma) && (parts.topic || parts.object))
        return `${parts.lemma} ${parts.topic || parts.object}`;
      if (parts.gist) {
        const verb = statementVerb(parts);
        return `${verb} ${clipPhrase(parts.gist, room - verb.length - 1)}`;
      }
      if (parts.lemma === 'say' || parts.lemma === 'issue statement') {
        const about = parts.topic || others;
        return about ? `comment on ${about}` : 'make statement';
      }
      const object =
        ['urge', 'warn', 'accuse', 'condemn', 'threaten', 'criticize'].includes(parts.lemma) && others
          ? ` ${others}`
          : '';
      return `${parts.lemma}${object}${parts.topic ? ` on ${parts.topic}` : ''}`;
    }
    default: {
      // General-news types and 'other': the verb as the text has it, with what it acted on.
      // "The indicators had a gain": the title says what a market report says, "post gain".
      const verb = parts.lemma === 'have' && parts.type === 'market-move' ? 'post' : parts.lemma || 'act';
      return parts.object ? `${verb} ${parts.object}` : `${verb}${where}`;
    }
  }
}

/** Characters factuality adds around the verb: "to ", "may ", "does not ", or an inflection's "es". */
function verbFrameChars(parts: TitleParts): number {
  switch (parts.factuality) {
    case 'planned':
      return 'to '.length;
    case 'possible':
      return 'may '.length;
    case 'negated':
      return (parts.plural ? 'do not ' : 'does not ').length;
    case 'asserted':
      return parts.plural ? 0 : 'es'.length;
  }
}

/** Verbs that title an agreement themselves, rather than "reach agreement". */
const AGREEMENT_OWN_VERBS =
  /^(?:announce|unveil|approve|confirm|complete|finalize|finalise|close|extend|adopt|ratify|renew|win|award|sign|join|strike)$/;

const SURNAME_PARTICLE_START_RE = new RegExp(`^(?:${SURNAME_PARTICLE_ALTERNATION})(?= )`, 'u');

export function makeTitle(parts: TitleParts): string {
  const subject = parts.subject || 'Unknown actor';
  const title =
    !parts.subject && parts.nominal
      ? parts.nominal
      : // With no doer named, a passive's subject is what it happened to ("Eight missiles were
        // fired", "His house was raided", "Three people were killed"); an active title would make it
        // the doer.
        parts.passive && parts.subject
        ? passiveTitle(parts, parts.passive, parts.subject)
        : activeTitle(parts, subject);
  // "Von der Leyen says ...", "De Vries wins": a surname particle is capitalised at the start of a title.
  const opened = title.replace(
    SURNAME_PARTICLE_START_RE,
    (particle) => `${particle.charAt(0).toUpperCase()}${particle.slice(1)}`,
  );
  if (opened.length <= MAX_TITLE_CHARS) return opened;
  return `${opened.slice(0, opened.lastIndexOf(' ', MAX_TITLE_CHARS - 1))}…`;
}

/** "North Korea fires 8 missiles", "Putin to visit Beijing", "Russia may ...", "X does not ...". */
function activeTitle(parts: TitleParts, subject: string): string {
  const base = predicate(parts, MAX_TITLE_CHARS - subject.length - 1 - verbFrameChars(parts));
  switch (parts.factuality) {
    case 'planned':
      return `${subject} to ${base}`;
    case 'possible':
      return `${subject} may ${base}`;
    case 'negated':
      return `${subject} ${parts.plural ? 'do' : 'does'} not ${base}`;
    case 'asserted':
      return `${subject} ${parts.plural ? base : thirdPerson(base)}`;
  }
}
