/**
 * Stage: predicates. Every verb group ("has not yet been informed", "will release") and every event
 * noun ("the apology", "a raid") is a candidate event. The verb group gives tense, aspect, voice,
 * modality and negation from its auxiliaries; the words before it give the subordinator that opens
 * its clause ("after", "when", "that"), which later stages use to keep side clauses apart.
 */
import type { Predicate, SentenceAnalysis, Tense, Token } from '../analysis';
import {
  EVENT_NOUNS,
  LIGHT_EVENT_HEADS,
  MILESTONE_MODIFIERS,
  MILESTONE_NOUNS,
  NON_EVENT_PLURALS,
} from '../lexicon/event-nouns';
import {
  IRREGULAR_PAST,
  KNOWING_PASSIVES,
  SAME_FORM_PAST,
  ORDER_ADVERBS,
  VERB_LIKE_COMPOUNDS,
  MODALS,
  NAMING_PARTICIPLES,
  SPLIT_MODALS,
  NEGATIONS,
  REPORTING_VERBS,
  SUBORDINATORS,
} from '../lexicon/verb-classes';

const QUOTE_RE = /["“”]/g;
/** Words after which no verb group starts: "its launch", "the proposed deal". */
const DETERMINERS: ReadonlySet<string> = new Set([
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'the',
  'a',
  'an',
]);

/** Tokens that end a clause when walking back from a verb. */
const CLAUSE_PUNCT = new Set([',', ';', ':', '—', '–', '--', '(', ')', '"', '“', '”']);

function isParticiple(t: Token): boolean {
  return (
    /(?:ed|en|wn|rn|ne|lt|pt|ght|ung|un|uck|ud|id|ut|et|ot|rd|ost|eld|ound|ade|ook|olen|ept|old|ent)$/.test(
      t.lower,
    ) && t.lower !== t.lemma
  );
}

/** Words after a modal that are not its verb: "will soon", "would likely". */
const MODAL_ADVERBS: ReadonlySet<string> = new Set([
  'soon',
  'also',
  'likely',
  'still',
  'not',
  'never',
  'probably',
  'then',
  'now',
  'again',
  'only',
  'just',
  'eventually',
  'already',
  'certainly',
  'definitely',
  'first',
  'further',
  'next',
  'later',
]);

/** Words that open the object of a main-verb "have": "had a gain", "has its best week", "had 500". */
const HAVE_OBJECT_POS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);

/**
 * "the long awaited iPhone SDK", "the newly elected president": a participle between an article with
 * its adverb and a noun describes the noun; so does one right after a preposition ("in extended
 * trading", "with increased demand").
 */
export function isAttributiveParticiple(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (t?.pos !== 'VERB' || !/ed$/.test(t.lower) || !next) return false;
  const afterArticle =
    (prev?.pos === 'ADV' || prev?.pos === 'ADJ') && DETERMINERS.has(tokens[i - 2]?.lower ?? '');
  const afterPreposition = prev?.pos === 'ADP' && prev.lower !== 'by' && next.pos === 'NOUN';
  return (afterArticle || afterPreposition) && ['NOUN', 'PROPN', 'ADJ'].includes(next.pos);
}

/** Words that open the rest of a participle phrase right after its noun: "polled by", "published last Friday". */
const REDUCED_RELATIVE_OPENERS = /^(?:by|last|on|earlier|this|in)$/;

/**
 * "The lander, named Vikram, set down", "Data published last Friday showed", "economists polled by
 * Reuters expect": a participle phrase that describes the noun before it, whose own verb follows.
 */
export function isReducedRelative(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (t?.pos !== 'VERB' || !prev || !isParticiple(t)) return false;
  const nominal = (k: number): boolean => ['NOUN', 'PROPN'].includes(tokens[k]?.pos ?? '');
  const finiteVerbAt = (k: number): boolean => {
    const v = tokens[k];
    return v !== undefined && (v.pos === 'VERB' || v.pos === 'AUX') && !v.lower.endsWith('ing');
  };
  if (prev.text === ',' && nominal(i - 2)) {
    for (let k = i + 1; k < Math.min(tokens.length, i + 14); k++) {
      const w = tokens[k];
      if (!w || /^[.;:!?]$/.test(w.text) || w.pos === 'VERB' || w.pos === 'AUX') return false;
      if (w.text !== ',') continue;
      let v = k + 1;
      while (tokens[v]?.pos === 'ADV') v++;
      return finiteVerbAt(v);
    }
    return false;
  }
  // "The information accessed includes names": a participle right between a noun and its verb.
  const after = tokens[i + 1];
  if (
    nominal(i - 1) &&
    after !== undefined &&
    ((after.pos === 'VERB' && /[^s]s$/.test(after.lower)) ||
      (after.pos === 'AUX' && /^(?:is|was|were|are|has|have|had)$/.test(after.lower)))
  )
    return true;
  if (!nominal(i - 1) || !REDUCED_RELATIVE_OPENERS.test(tokens[i + 1]?.lower ?? '')) return false;
  if (REPORTING_VERBS.has(t.lemma)) return false;
  for (let k = i + 2; k < Math.min(tokens.length, i + 8); k++) {
    const w = tokens[k];
    if (!w) return false;
    if (w.pos === 'VERB' || w.pos === 'AUX') return finiteVerbAt(k) && nominal(k - 1);
    // Only a by-phrase or a date between: "collapsed in July 2023 when Russia withdrew" is a clause.
    if (!['ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ'].includes(w.pos)) return false;
  }
  return false;
}

/** "changed", "cut", "rose": a form that can be a simple past. */
function isPastForm(word: string): boolean {
  return /ed$/.test(word) || SAME_FORM_PAST[word] !== undefined || IRREGULAR_PAST[word] !== undefined;
}

/** "was informed" is tagged ADJ; after a form of "be" an -ed word is a passive verb. */
function isVerbHead(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  // "Ford is slashing": a capitalised first word before an auxiliary is the subject, not a verb.
  if (t.pos === 'VERB' && i === 0 && /^\p{Lu}/u.test(t.text) && tokens[i + 1]?.pos === 'AUX') return false;
  // "It last changed rates in May": "last" before a past form is when, not a verb; the form is the verb.
  if (ORDER_ADVERBS.has(t.lower) && (isPastForm(tokens[i + 1]?.lower ?? '') || tokens[i + 1]?.pos === 'VERB'))
    return false;
  const before = tokens[i - 1];
  if (
    t.pos === 'ADJ' &&
    isPastForm(t.lower) &&
    before !== undefined &&
    ORDER_ADVERBS.has(before.lower) &&
    ['PRON', 'NOUN', 'PROPN'].includes(tokens[i - 2]?.pos ?? '')
  )
    return true;
  // "Two of the victims were train drivers": a bare verb form between "be" and a noun is a modifier.
  if (
    t.pos === 'VERB' &&
    before?.pos === 'AUX' &&
    before.lemma === 'be' &&
    t.lower === t.lemma &&
    SAME_FORM_PAST[t.lower] === undefined &&
    tokens[i + 1]?.pos === 'NOUN'
  )
    return false;
  // "the moon's south pole": after a possessive, with at most two modifiers between, a noun.
  // Not "China's military held": a past form after an adjective-looking noun is the verb.
  for (
    let k = i - 1;
    t.lower === t.lemma && SAME_FORM_PAST[t.lower] === undefined && k >= Math.max(0, i - 3);
    k--
  ) {
    const m = tokens[k];
    if (!m) break;
    if (m.pos === 'PART' && (m.lower === "'s" || m.lower === '’s')) return false;
    if (m.pos !== 'ADV' && m.pos !== 'ADJ') break;
  }
  // "were allowed to return to work", "went back to work": work as a place one goes to.
  if (
    t.lower === 'work' &&
    before?.lower === 'to' &&
    /^(?:return|returned|returning|go|went|going|back|get|got|head|headed)$/.test(tokens[i - 2]?.lower ?? '')
  )
    return false;
  // "a request for comment", "put up for sale": a bare form after "for" is a noun.
  if (t.pos === 'VERB' && before?.lower === 'for' && t.lower === t.lemma) return false;
  // "talks on Black Sea shipping next week": an -ing form after a noun with no object is a noun.
  if (
    t.pos === 'VERB' &&
    t.lower.endsWith('ing') &&
    (before?.pos === 'PROPN' || before?.pos === 'NOUN') &&
    tokens[i - 2]?.pos !== 'AUX' &&
    (/^(?:next|last|this)$/.test(tokens[i + 1]?.lower ?? '') ||
      !['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ', 'ADP', 'PART', 'ADV'].includes(
        tokens[i + 1]?.pos ?? '',
      ))
  )
    return false;
  if (t.pos === 'VERB') return true;
  // "The indicators had a gain of 10 percent": "have" before its object is the main verb, though the
  // tagger calls every "have" an auxiliary.
  // Not "has today gone up": a participle after it is the verb.
  if (
    t.pos === 'AUX' &&
    t.lemma === 'have' &&
    (HAVE_OBJECT_POS.has(tokens[i + 1]?.pos ?? '') || DETERMINERS.has(tokens[i + 1]?.lower ?? '')) &&
    !tokens.slice(i + 1, i + 4).some((u) => u.pos === 'VERB' || u.pos === 'AUX')
  )
    return true;
  // "The Bank forecast that ...": a verb of saying the tagger took for a noun, between its subject and "that".
  if (
    t.pos === 'NOUN' &&
    REPORTING_VERBS.has(t.lower) &&
    tokens[i + 1]?.lower === 'that' &&
    (before?.pos === 'PROPN' || before?.pos === 'NOUN' || before?.pos === 'PRON')
  )
    return true;
  // "The deal will close next year", "Shares will open higher": the word a modal governs is its verb,
  // whatever the tagger called it.
  // "will next meet": one adverb may stand between.
  const prev = MODAL_ADVERBS.has(tokens[i - 1]?.lower ?? '') ? tokens[i - 2] : tokens[i - 1];
  if (
    prev?.pos === 'AUX' &&
    MODALS[prev.lower] !== undefined &&
    (t.pos === 'ADV' || t.pos === 'ADJ' || t.pos === 'NOUN') &&
    /^\p{Ll}+$/u.test(t.text) &&
    !MODAL_ADVERBS.has(t.lower) &&
    tokens[i + 1]?.pos !== 'VERB' &&
    tokens[i + 1]?.pos !== 'AUX'
  )
    return true;
  if (t.pos === 'ADJ' && /ed$/.test(t.lower)) {
    const prev = tokens[i - 1];
    return prev !== undefined && prev.pos === 'AUX' && prev.lemma === 'be';
  }
  return false;
}

function tenseOf(aux: readonly Token[], head: Token): Tense {
  for (const a of aux) {
    if (a.lower === 'will' || a.lower === 'shall' || a.lower === "'ll" || a.lower === 'wo') return 'future';
    if (MODALS[a.lower] !== undefined) return 'none';
    if (['was', 'were', 'had', 'did', "'d"].includes(a.lower)) return 'past';
    if (['is', 'are', 'am', 'has', 'have', 'does', 'do', "'s", "'re", "'ve"].includes(a.lower))
      return 'present';
  }
  if (head.lower.endsWith('ing')) return 'none';
  if (head.lower === head.lemma) return 'present';
  if (/s$/.test(head.lower) && !/ss$/.test(head.lower)) return 'present';
  return 'past';
}

/**
 * "was down 2.62%", "is up 3 points": a form of "be" as the main verb, then up/down and a figure.
 * Returns the verb it stands for ("fall", "rise"), or '' when the token is no such copula.
 */
function copulaMove(tokens: readonly Token[], i: number): string {
  const t = tokens[i];
  if (!t || t.pos !== 'AUX' || t.lemma !== 'be') return '';
  const direction = tokens[i + 1]?.lower;
  if (direction !== 'up' && direction !== 'down') return '';
  const figure = tokens
    .slice(i + 2, i + 5)
    .some((x) => /^\d/.test(x.text) || x.text === '%' || x.lower === 'percent');
  if (!figure || tokens[i + 2]?.pos === 'VERB') return '';
  return direction === 'down' ? 'fall' : 'rise';
}

/** A headline in title case ("Apple Unveils New iPod"): capitals there say nothing about names. */
export function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}{4,}/u.test(t.text));
  return words.length > 0 && words.every((t) => /^\p{Lu}/u.test(t.text));
}

/** Tags that may end a subject right before its verb, and open what follows the verb. */
const SUBJECT_END_POS = new Set(['NOUN', 'PROPN', 'PRON', 'DET', 'ADV']);
const AFTER_VERB_POS = new Set(['NUM', 'DET', 'ADP', 'ADV', 'PRON', 'PROPN', 'PUNCT']);

/**
 * A singular name ends right before `i`: "Toyota", "The FTSE 100" (a name and its number), not
 * "shares" or "they".
 */
function followsSingularName(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  // "Investors cut ...": a capitalised plural opening the sentence is a common noun, not a name.
  if (prev?.pos === 'PROPN') return i - 1 > 0 || !/^\p{Lu}\p{Ll}+[^s]s$/u.test(prev.text);
  return prev?.pos === 'NUM' && tokens[i - 2]?.pos === 'PROPN';
}

/** What may follow a same-form past tense as its object: "hit a record", "shed 2%", "cut its forecast". */
const SAME_FORM_OBJECT_POS = new Set(['DET', 'NUM', 'PRON']);

function isMistaggedPast(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.pos === 'NOUN' && SAME_FORM_PAST[t.lower] !== undefined)
    return followsSingularName(tokens, i) && SAME_FORM_OBJECT_POS.has(tokens[i + 1]?.pos ?? '');
  if (!t || t.pos !== 'NOUN' || IRREGULAR_PAST[t.text] === undefined) return false;
  // "who last won the competition": an adverb of order may stand between the subject and the verb.
  const prev = ORDER_ADVERBS.has(tokens[i - 1]?.lower ?? '') ? tokens[i - 2] : tokens[i - 1];
  const next = tokens[i + 1];
  // "Police shot dead a gunman".
  // "fell more than 400 points": a comparison of amount after the verb.
  const after =
    next !== undefined &&
    (AFTER_VERB_POS.has(next.pos) ||
      next.lower === 'dead' ||
      (next.pos === 'ADJ' && tokens[i + 2]?.lower === 'than'));
  // "The Dow Jones industrial average fell": a noun the tagger read as an adjective ends the subject.
  const adjectiveHead =
    prev?.pos === 'ADJ' && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[i - 2]?.pos ?? '') && after;
  // "The S&P 500 fell", "Standard & Poor's 500 rose": a name's number ends the subject.
  const nameNumber =
    prev?.pos === 'NUM' &&
    (tokens[i - 2]?.pos === 'PROPN' || tokens[i - 2]?.lower === "'s" || tokens[i - 2]?.lower === '’s');
  if (!prev || !after || (!SUBJECT_END_POS.has(prev.pos) && !adjectiveHead && !nameNumber)) return false;
  // "the rose", "a broke": after an article the word is a noun or an adjective.
  return !['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her'].includes(prev.lower);
}

/** Parts of speech inside a noun phrase between a verb and a participle that describes its object. */
const OBJECT_NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN']);

function isObjectComplement(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !/(?:ed|en)$/.test(t.lower) || t.lower === t.lemma || tokens[i - 1]?.pos !== 'NOUN') return false;
  // "showed the company passed Wal-Mart": a participle with an object of its own is a clause's verb.
  const next = tokens[i + 1];
  if (next && ['DET', 'PROPN', 'NOUN', 'PRON', 'NUM'].includes(next.pos)) return false;
  for (let j = i - 1; j >= Math.max(0, i - 7); j--) {
    const u = tokens[j];
    if (!u) return false;
    if (u.pos === 'VERB') return !/ing$/.test(u.lower) && tokens[j - 1]?.pos !== 'DET';
    if (!OBJECT_NP_POS.has(u.pos)) return false;
  }
  return false;
}

/** A plural-looking noun that is a verb of saying: after a name and before "that". */
function isMistaggedReport(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.pos !== 'NOUN' || !t.lower.endsWith('s')) return false;
  return (
    REPORTING_VERBS.has(t.lower.slice(0, -1)) &&
    tokens[i + 1]?.lower === 'that' &&
    (tokens[i - 1]?.pos === 'PROPN' || tokens[i - 1]?.pos === 'PRON')
  );
}

/** Words between "by" and a figure that keep it an amount: "by more than 4%", "by nearly 300 points". */
const AMOUNT_HEDGES: ReadonlySet<string> = new Set([
  'more',
  'less',
  'than',
  'about',
  'around',
  'nearly',
  'almost',
  'over',
  'some',
  'roughly',
  'just',
  'up',
  'to',
  'a',
  'further',
  'another',
  'as',
  'much',
]);

/** "dropped by 4.08%", "rose by a third": a "by" phrase that measures a change names no doer. */
function isAmountAfter(tokens: readonly Token[], from: number): boolean {
  for (let j = from; j < Math.min(tokens.length, from + 4); j++) {
    const t = tokens[j];
    if (!t) return false;
    if (t.pos === 'NUM' || /^[$€£¥]?\d/.test(t.text) || AMOUNT_SIGNS.has(t.text)) return true;
    if (!AMOUNT_HEDGES.has(t.lower)) return false;
  }
  return false;
}

const AMOUNT_SIGNS: ReadonlySet<string> = new Set(['$', '€', '£', '¥']);

function quotedAt(text: string, offset: number): boolean {
  let n = 0;
  QUOTE_RE.lastIndex = 0;
  for (let m = QUOTE_RE.exec(text); m && m.index < offset; m = QUOTE_RE.exec(text)) {
    if (m[0] === '“') n = 1;
    else if (m[0] === '”') n = 0;
    else n = 1 - n;
  }
  return n === 1;
}

function subordinatorBefore(tokens: readonly Token[], first: number, heads: ReadonlySet<number>): string {
  for (let j = first - 1; j >= 0; j--) {
    const t = tokens[j];
    if (!t || CLAUSE_PUNCT.has(t.text) || heads.has(j)) return '';
    if (
      SUBORDINATORS.has(t.lower) &&
      (t.pos === 'SCONJ' || t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'ADP' || t.pos === 'ADV')
    )
      return t.lower;
  }
  return '';
}

/** A predicate with every field at its neutral value, for stages and tests to fill in. */
export function blankPredicate(head: number, first: number, kind: 'verb' | 'noun', lemma: string): Predicate {
  return {
    head,
    first,
    kind,
    lemma,
    tense: 'none',
    perfect: false,
    progressive: false,
    passive: false,
    modal: '',
    negated: false,
    finite: false,
    subordinator: '',
    quoted: false,
    reporting: false,
    agent: null,
    subject: '',
    agentBasis: '',
    patient: null,
    others: [],
    time: null,
    type: 'other',
    trigger: null,
    factuality: 'asserted',
  };
}

export function findPredicates(s: Pick<SentenceAnalysis, 'tokens' | 'text'>): Predicate[] {
  const { tokens } = s;
  const out: Predicate[] = [];
  const headline = isTitleCase(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    // A capitalised verb inside a sentence is part of a name: "Associated Press", "United Airlines".
    // "Best Buy", "Circuit City": a capitalised verb right after a name, in running text (not a
    // headline in title case), ends that name.
    const prevName = tokens[i - 1];
    const inName =
      i > 0 &&
      /^\p{Lu}/u.test(t.text) &&
      (tokens[i + 1]?.pos === 'PROPN' ||
        (prevName?.pos === 'PROPN' && /^\p{Lu}/u.test(prevName.text) && !headline));
    // "most-sold", "Kremlin-backed": a verb inside a hyphenated modifier is no predicate.
    const hyphened = tokens[i - 1]?.text === '-' && tokens[i - 1]?.end === t.start;
    const move = copulaMove(tokens, i);
    // "after its launch", "the proposed merger": a word the tagger called a verb right after a
    // determiner is a noun or a modifier.
    const determined = t.pos === 'VERB' && DETERMINERS.has(tokens[i - 1]?.lower ?? '');
    // "software entitled iLife"; "has caused dropped calls": participles that describe a noun.
    const describing =
      t.pos === 'VERB' &&
      // Not "The union called off the strike": a particle makes it the verb of its own clause.
      ((NAMING_PARTICIPLES.has(t.lower) &&
        tokens[i - 1]?.pos === 'NOUN' &&
        !/^(?:off|out|up|on|for)$/.test(tokens[i + 1]?.lower ?? '')) ||
        (t.lower.endsWith('ed') &&
          tokens[i - 1]?.pos === 'VERB' &&
          (tokens[i + 1]?.pos === 'NOUN' ||
            (tokens[i + 1]?.pos === 'VERB' && /s$/.test(tokens[i + 1]?.lower ?? '')))));
    if (describing || isAttributiveParticiple(tokens, i)) continue;
    const reduced = isReducedRelative(tokens, i);
    // "tear gas", "pepper spray": a noun compound whose first word is spelled like a verb.
    if (VERB_LIKE_COMPOUNDS.has(`${t.lower} ${tokens[i + 1]?.lower ?? ''}`)) continue;
    // "hold all stock markets closed", "found the body dumped": a participle right after a verb's
    // object describes that object; it is not a verb group of its own.
    if (t.pos === 'VERB' && isObjectComplement(tokens, i)) continue;
    if (determined) {
      const noun = EVENT_NOUNS[t.lower] !== undefined ? t.lower : t.lemma;
      if (EVENT_NOUNS[noun] !== undefined && tokens[i + 1]?.pos !== 'NOUN')
        out.push(blankPredicate(i, i, 'noun', noun));
    } else if (move) {
      // "The Dow Jones was down 2.62%": a market move stated with "be".
      const p = blankPredicate(i, i, 'verb', move);
      p.tense = ['was', 'were'].includes(t.lower) ? 'past' : 'present';
      p.finite = true;
      out.push(p);
    } else if (isVerbHead(tokens, i) && !inName && !hyphened) {
      let first = i;
      const aux: Token[] = [];
      let negated = false;
      let infinitive = false;
      for (let j = i - 1; j >= 0; j--) {
        const a = tokens[j];
        if (!a) break;
        if (a.pos === 'AUX') aux.unshift(a);
        else if (NEGATIONS.has(a.lower)) negated = true;
        else if (a.lower === 'to' && a.pos === 'PART') infinitive = true;
        else if (a.pos !== 'ADV' && !MODAL_ADVERBS.has(a.lower) && !ORDER_ADVERBS.has(a.lower)) break;
        first = j;
        if (infinitive) break;
      }
      // "The suspension took place on Monday": "take place" says its subject happened.
      const lemma =
        t.lemma === 'take' && tokens[i + 1]?.lower === 'place'
          ? 'take place'
          : t.pos === 'ADJ'
            ? baseOfParticiple(t.lower)
            : t.lemma;
      const p = blankPredicate(i, first, 'verb', lemma);
      const hasBe = aux.some(
        (a) => a.lemma === 'be' || a.lower === 'been' || a.lower === 'get' || a.lower === 'got',
      );
      // "has not yet been informed": the tagger may leave a participle as an adjective with itself as lemma.
      p.perfect =
        aux.some((a) => a.lemma === 'have') &&
        !t.lower.endsWith('ing') &&
        (t.lower !== t.lemma || aux.some((a) => a.lower === 'been'));
      p.progressive = hasBe && t.lower.endsWith('ing');
      // "figures released April 3 by NPD Group": a bare participle with a "by" phrase is passive too.
      // Only with no object before the "by": "released the iPod by ..." is active.
      const by = tokens.slice(i + 1, i + 5).findIndex((x) => x.lower === 'by');
      const bareBy =
        by >= 0 &&
        !tokens
          .slice(i + 1, i + 1 + by)
          .some((x) => x.pos === 'DET' || x.pos === 'NOUN' || x.pos === 'PRON') &&
        !isAmountAfter(tokens, i + 2 + by);
      // "Jobs, born in San Francisco": "born" is only ever passive, with or without its "was".
      p.passive =
        t.lower === 'born' ||
        (!t.lower.endsWith('ing') &&
          (isParticiple(t) ||
            t.pos === 'ADJ' ||
            // "as the verdict was read": a participle spelled like its verb, after "be" ("set to" is
            // a near future, not a passive).
            (hasBe && SAME_FORM_PAST[t.lower] !== undefined && tokens[i + 1]?.lower !== 'to')) &&
          (hasBe || (aux.length === 0 && bareBy && i > 0)));
      const modal = aux.find((a) => MODALS[a.lower] !== undefined)?.lower ?? '';
      p.modal = SPLIT_MODALS[modal] ?? modal;
      // "is going to announce", "are set to vote": near futures without a modal.
      const before = tokens
        .slice(Math.max(0, first - 3), first)
        .map((x) => x.lower)
        .join(' ');
      // "due to bank shares bouncing" is a cause: the frame needs its "be" ("is due to", "are set to").
      const frame = tokens[first - 1];
      const be = tokens[first - 2];
      if (
        p.modal === '' &&
        /(?:going|set|due|scheduled|expected|planning|about)$/.test(before) &&
        frame !== undefined &&
        (be?.lemma === 'be' || (frame.lower !== 'due' && frame.lower !== 'set'))
      )
        p.modal = 'will';
      p.negated = negated;
      const finiteAux = aux.some((a) => a.lower !== 'to' && !['being', 'been', 'be'].includes(a.lower));
      p.finite = !infinitive && (finiteAux || (!t.lower.endsWith('ing') && !(p.passive && !finiteAux)));
      p.tense = infinitive ? 'none' : tenseOf(aux, t);
      // "Toyota cut 3,000 jobs": after a singular name the bare form is the past ("cuts" is present).
      if (
        p.tense === 'present' &&
        aux.length === 0 &&
        SAME_FORM_PAST[t.lower] &&
        followsSingularName(tokens, i)
      )
        p.tense = 'past';
      p.reporting = REPORTING_VERBS.has(p.lemma);
      if (reduced) {
        p.describes = true;
        p.finite = false;
        p.passive = true;
      }
      out.push(p);
    } else if (isMistaggedPast(tokens, i)) {
      // "The indices each fell two percent": a past tense the tagger read as a noun.
      const p = blankPredicate(i, i, 'verb', IRREGULAR_PAST[t.lower] ?? SAME_FORM_PAST[t.lower] ?? t.lemma);
      p.tense = 'past';
      p.finite = true;
      p.reporting = REPORTING_VERBS.has(p.lemma);
      out.push(p);
    } else if (isMistaggedReport(tokens, i)) {
      // "Apple Corps claims that ...": a verb of saying the tagger read as a plural noun.
      const p = blankPredicate(i, i, 'verb', t.lower.slice(0, -1));
      p.tense = 'present';
      p.finite = true;
      p.reporting = true;
      out.push(p);
    } else if (
      t.pos === 'NOUN' ||
      (t.pos === 'PROPN' && EVENT_NOUNS[t.lower] !== undefined && t.lower === t.text)
    ) {
      const noun = EVENT_NOUNS[t.lower] !== undefined ? t.lower : t.lemma;
      const milestone =
        MILESTONE_NOUNS[t.lower] !== undefined && MILESTONE_MODIFIERS.has(tokens[i - 1]?.lower ?? '');
      if ((EVENT_NOUNS[noun] === undefined && !milestone) || NON_EVENT_PLURALS.has(t.lower)) continue;
      // "hearing loss", "attack helicopter": a noun before a common noun only qualifies it, unless that
      // noun only carries it ("Chrysler's bankruptcy filing on April 30" is the bankruptcy).
      const next = tokens[i + 1];
      if (next?.pos === 'NOUN' && /^\p{Ll}/u.test(next.text)) {
        if (LIGHT_EVENT_HEADS.has(next.lower) && tokens[i + 2]?.pos !== 'NOUN')
          out.push(blankPredicate(i + 1, i, 'noun', noun));
        continue;
      }
      // "did not respond to a request for comment": a comment asked for was not made.
      if (tokens[i - 1]?.lower === 'for' && /^requests?$/.test(tokens[i - 2]?.lower ?? '')) continue;
      // "by 300 votes to 200": counted votes are a tally, not a vote.
      if (/^votes?$/.test(t.lower) && tokens[i - 1]?.pos === 'NUM') continue;
      out.push(blankPredicate(i, i, 'noun', noun));
    }
  }
  // "were confirmed killed", "are feared dead... reported injured": the participle after a passive verb
  // of knowing is the event, passive with that verb's auxiliaries; the verb of knowing only hedges it.
  for (const p of out) {
    if (p.kind !== 'verb' || !p.passive || !KNOWING_PASSIVES.has(p.lemma)) continue;
    const q = out.find((x) => x.kind === 'verb' && x.head === p.head + 1);
    const participle = tokens[q?.head ?? -1];
    if (!q || !participle || !isParticiple(participle)) continue;
    q.first = p.first;
    q.passive = true;
    q.finite = p.finite;
    q.tense = p.tense;
    q.modal = p.modal;
    q.negated = p.negated;
    p.describes = true;
  }
  // "With more than 99 percent of ballots counted, ...": a bare participle in a "with" phrase is no
  // finite verb, whatever its form.
  for (const p of out) {
    if (p.kind !== 'verb' || p.first !== p.head || !/ed$/.test(tokens[p.head]?.lower ?? '')) continue;
    let k = p.head - 1;
    while (k >= 0 && tokens[k]?.text !== ',' && !(tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX')) k--;
    if (/^(?:with|without)$/.test(tokens[k + 1]?.lower ?? '') && (k < 0 || tokens[k]?.text === ',')) {
      p.finite = false;
      p.tense = 'none';
    }
  }
  const heads = new Set(out.map((p) => p.head));
  for (const p of out) {
    p.subordinator = subordinatorBefore(tokens, p.first, heads);
    p.quoted = quotedAt(s.text, tokens[p.head]?.start ?? 0);
  }
  return out;
}

/** "informed" -> "inform", "closed" -> "close", "denied" -> "deny": good enough for participles the tagger left as adjectives. */
function baseOfParticiple(word: string): string {
  if (word.endsWith('ied')) return `${word.slice(0, -3)}y`;
  if (/([^aeiou])\1ed$/.test(word)) return word.slice(0, -3);
  // "changed", "urged", "served", "announced", "collapsed", "caused": stems that end in a silent e.
  if (/(?:at|iz|is|ut|os|ov|ag|ur|uc|ar|ad|ok|ir|in|im|ang|eng|rg|dg|lv|rv|nc|rc|ps|rs|us|as)ed$/.test(word))
    return word.slice(0, -1);
  if (word.endsWith('ed')) return word.slice(0, -2);
  return word;
}

export function predicateStage(s: SentenceAnalysis): void {
  s.predicates = findPredicates(s);
}
