/**
 * Stage: arguments. Who acted (the agent), on whom (the patient) and who else the clause names, read
 * from the word order around each predicate, since English puts the subject before its verb:
 * - active verb: the noun phrase before the verb group, skipping adverbs, an appositive between
 *   commas ("Jobs, Apple's chief executive, said") and a relative pronoun ("Apple, which makes ...");
 * - passive verb: the "by" phrase after it, else no agent (the subject is the patient);
 * - "..., said Peskov": a verb of saying with no subject before it takes the name after it;
 * - an infinitive or a verb after "and" shares the subject of the verb it depends on;
 * - an event noun: its possessor ("Israel's apology"), a demonym before it ("the Israeli raid"), the
 *   "by" phrase, or the subject of a light verb ("launched a raid"); never a bystander's name.
 */
import type { Entity, Predicate, SentenceAnalysis, Token } from '../analysis';
import {
  DESCRIBED_HEADS,
  GROUP_HEADS,
  STAFF_HEADS,
  OF_HEADS,
  PERSON_TITLES,
  SERIES_NOUNS,
  TIME_NOUNS,
} from '../lexicon/entity-cues';
import { LIGHT_VERBS, OBJECT_CONTROL_VERBS, ORDER_ADVERBS, SUBORDINATORS } from '../lexicon/verb-classes';
import { isReducedRelative } from './predicates';
import { EVENT_NOUNS, UNDERGONE_NOUNS } from '../lexicon/event-nouns';

/** Participles that say who leads or owns the noun before them: "a consortium led by Magna". */
const LEADING_PARTICIPLES: ReadonlySet<string> = new Set([
  'led',
  'headed',
  'owned',
  'backed',
  'run',
  'controlled',
]);

const NP_POS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ', 'DET', 'PART']);
/** Dashes that open and close an aside. */
const DASHES: ReadonlySet<string> = new Set(['--', '—', '–']);
const BOUNDARY = new Set([';', ':', '—', '–', '"', '“', '”', '(', ')']);

function entityAt(entities: readonly Entity[], t: Token | undefined): Entity | null {
  if (!t) return null;
  return entities.find((e) => e.start <= t.start && t.end <= e.end) ?? null;
}

/** The entity that heads the noun phrase ending at token `end`, walking left; prefers a person. */
function npEntity(
  tokens: readonly Token[],
  end: number,
  entities: readonly Entity[],
  dates: SentenceAnalysis['dates'] = [],
): { entity: Entity | null; start: number; owned: boolean; ownedFrom: number } {
  let start = end;
  const inNp = (i: number): boolean => {
    const t = tokens[i];
    if (!t || t.lower === 'that') return false;
    // "During the first quarter of the financial year Apple Inc. sold": a date ends the phrase.
    if (dates.some((d) => t.start >= d.start && t.end <= d.end)) return false;
    // ... and so does a period's noun right before a name ("of the financial year Apple Inc. sold").
    const after = tokens[i + 1];
    if (TIME_NOUNS.has(t.lower) && after && entities.some((e) => e.start === after.start)) return false;
    // "Ford Motor Co.": a word of a name is in the phrase whatever the tagger called it.
    if (NP_POS.has(t.pos) || entityAt(entities, t) !== null) return true;
    // "biggest-ever", "single-day": the pieces of a hyphenated modifier.
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    return (
      t.text === '-' ||
      (next !== undefined && next.text === '-' && next.start === t.end) ||
      (prev !== undefined && prev.text === '-' && prev.end === t.start)
    );
  };
  while (start - 1 >= 0 && inNp(start - 1)) start--;
  let best: Entity | null = null;
  let possessor: Entity | null = null;
  /** Where the owned words start, after the possessive nearest the head. */
  let ownedFrom = -1;
  const isPossessive = (t: Token | undefined): boolean => t?.lower === "'s" || t?.lower === '’s';
  for (let i = end; i >= start; i--) {
    if (isPossessive(tokens[i]) && ownedFrom < 0) ownedFrom = i + 1;
    const e = entityAt(entities, tokens[i]);
    if (!e) continue;
    // "Apple CEO Steve Jobs": the head is the last name; a possessor ("Apple's board", "the North
    // Korean party's plenary") is not the head, but stands in for it when the head names no one
    // ("China's military" acts for China).
    if (isPossessive(tokens[i + 1]) || ownedFrom >= 0) {
      possessor ??= e.kind === 'person' || e.kind === 'place' ? null : e;
      continue;
    }
    if (!best || (e.kind === 'person' && best.kind !== 'person')) best = e;
    if (best.kind === 'person') break;
  }
  const owned = best === null && possessor !== null;
  return { entity: best ?? possessor, start, owned, ownedFrom: owned ? ownedFrom : -1 };
}

/** Words after which a gerund shares the subject of the verb before: "before losing", "after winning". */
const GERUND_LINKS: ReadonlySet<string> = new Set([
  'before',
  'after',
  'while',
  'since',
  'without',
  'by',
  'upon',
  'despite',
  'when',
]);

/** Words that open a noun phrase without describing anyone: "the markets", "those investors". */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

/** Heads that name a share of a group: "65 percent of voters", "a majority of lawmakers". */
const PORTION_HEADS: ReadonlySet<string> = new Set([
  'percent',
  'majority',
  'minority',
  'half',
  'third',
  'quarter',
  // "the number of people claiming benefits rose": a count is told with what it counts.
  'number',
]);

/**
 * A subject that names no entity, as a short lower-case description ("stock markets", "macintosh
 * users"), or '' when it is a pronoun, a date or a number: those describe no one.
 */
function describedSubject(
  tokens: readonly Token[],
  start: number,
  head: number,
  entities: readonly Entity[],
): string {
  const h = tokens[head];
  // An adjective ends a subject only where the tagger misread its head noun ("the bank chief").
  if (!h || (h.pos !== 'NOUN' && h.pos !== 'PROPN' && h.pos !== 'ADJ')) return '';
  let from = start;
  // "At least 20 people", "More than 7,200 people": a count keeps its qualifier.
  let qualifier = 0;
  if (tokens[from]?.pos === 'NUM' && head - from === 1 && !PORTION_HEADS.has(h.lower)) {
    const two = `${tokens[from - 2]?.lower ?? ''} ${tokens[from - 1]?.lower ?? ''}`;
    if (/^(?:at least|more than|fewer than|less than|up to)$/.test(two)) qualifier = 2;
    else if (/^(?:about|nearly|over|some|almost|around)$/.test(tokens[from - 1]?.lower ?? '')) qualifier = 1;
  }
  // "today's activities": a possessive whose owner was left out (a date) leaves no mark.
  while (from < head && (ARTICLES.has(tokens[from]?.lower ?? '') || tokens[from]?.pos === 'PART')) from++;
  // "the three major US stock market indices": a long phrase keeps its last five words.
  let first = Math.max(from, head - 4) - qualifier;
  // "the 167-year-old lender": never start inside a hyphenated word.
  const glued = (k: number): boolean =>
    tokens[k]?.text === '-' || (tokens[k - 1]?.text === '-' && tokens[k - 1]?.end === tokens[k]?.start);
  while (first > from && glued(first)) first -= 1;
  const words = tokens.slice(first, head + 1);
  if (words.length === 0 || words.some((t) => t.pos === 'PUNCT' && t.text !== '-')) return '';
  let out = '';
  for (const [k, t] of words.entries()) {
    const prev = words[k - 1];
    // Names keep their capitals ("US stocks", "Macintosh users"); common words are lower case.
    // A sentence's first word is capitalised whatever it is: it keeps its capital only as a name.
    const name = t.pos === 'PROPN' && (t.start > 0 || entityAt(entities, t) !== null);
    const text = name ? t.text : t.text.toLowerCase();
    out += (prev && prev.end === t.start ? '' : k > 0 ? ' ' : '') + text;
  }
  return out;
}

/** The noun a restrictive relative clause ending at `npStart` describes ("workers who were filling potholes"), or -1. */
function restrictiveAntecedent(tokens: readonly Token[], npStart: number): number {
  let verb = false;
  for (let r = npStart - 1; r > 0 && npStart - r <= 12; r--) {
    const u = tokens[r];
    if (!u || /^[,;:()]$/.test(u.text)) return -1;
    if (u.pos === 'VERB' || u.pos === 'AUX') verb = true;
    // Not "that": it opens what was said as often as a relative clause.
    if (/^(?:who|which)$/.test(u.lower)) return verb && isNpHead(tokens[r - 1]) ? r - 1 : -1;
  }
  return -1;
}

function isNpHead(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM');
}

/**
 * When tokens[comma] is a comma that closes a verbless noun phrase opened by an earlier comma, the
 * index of that earlier comma; else -1. "a Foreign Ministry-run think tank" counts as verbless: the
 * tagger's "run" and "think" inside it have no auxiliary and the stretch starts like a noun phrase.
 */
function asideStart(tokens: readonly Token[], comma: number, dates: SentenceAnalysis['dates'] = []): number {
  if (comma < 0 || tokens[comma]?.text !== ',') return -1;
  // "born in Valencia on May 3, 1950,": the comma inside a date is no edge of the aside.
  const inDate = (t: Token | undefined): boolean =>
    t !== undefined && dates.some((d) => t.start >= d.start && t.end <= d.end);
  let j = comma - 1;
  let clause = false;
  while (j >= 0 && (tokens[j]?.text !== ',' || inDate(tokens[j])) && !BOUNDARY.has(tokens[j]?.text ?? '')) {
    const t = tokens[j];
    if (
      t &&
      (t.pos === 'AUX' || t.pos === 'SCONJ' || (t.pos === 'PRON' && /^(?:who|which|that)$/.test(t.lower)))
    )
      clause = true;
    j--;
  }
  if (j < 0 || tokens[j]?.text !== ',') return -1;
  const first = tokens[j + 1];
  if (!first) return -1;
  // A relative clause set off by commas is an aside: "Apple, which unveiled the iPad on Wednesday, said",
  // also a long one ("Wilders, who has spent most of his 25 years in parliament on the fringes, won").
  if (first.lower === 'which' || first.lower === 'who' || first.lower === 'whose')
    return comma - j > 30 ? -1 : j;
  if (comma - j > 16) return -1;
  if (clause) return -1;
  // A noun phrase ("a ministry-run think tank") or a prepositional aside ("in the interview").
  // A participle phrase is an aside too: "Jobs, born in San Francisco in 1955, built".
  // "Mark Papermaster, formerly an Apple executive, is stepping down", "Twitter, now owned by Elon
  // Musk, laid off": an adverb before the phrase.
  const lead = first.pos === 'ADV' ? tokens[j + 2] : first;
  const participle = lead?.pos === 'VERB' && /(?:ed|en|born)$/.test(lead.lower);
  if (!lead || (!participle && !['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP'].includes(lead.pos))) return -1;
  return j;
}

/** Whether tokens before the comma at `comma` are one phrase that opens the sentence with a preposition. */
function opensAdverbial(tokens: readonly Token[], comma: number): boolean {
  const first = tokens[0];
  if (!first || (first.pos !== 'ADP' && first.pos !== 'SCONJ')) return false;
  for (let k = 1; k < comma; k++)
    if (tokens[k]?.text === ',' || BOUNDARY.has(tokens[k]?.text ?? '')) return false;
  return true;
}

/** What a company's share price is called: "Calloway shares", "shares of Apple Inc.". */
const SHARE_WORDS: ReadonlySet<string> = new Set(['shares', 'stock']);

/** A company the text named, not a listed state or institution: whose shares move on its own lane. */
function isCompany(e: Entity): boolean {
  return (e.kind === 'organisation' || e.kind === 'unknown') && e.actorId === '';
}

/**
 * The "is" of "X is one (of the Ys)" / "another one" when its noun phrase ends at `end`, else -1.
 */
function membershipCopula(tokens: readonly Token[], end: number): number {
  let one = false;
  for (let j = end; j >= 0 && end - j < 8; j--) {
    const t = tokens[j];
    if (!t) break;
    if (t.lower === 'one' || t.lower === 'ones') one = true;
    else if (t.pos === 'AUX')
      return one && /^(?:is|was|are|were|be|been|remains?|remained)$/.test(t.lower) ? j : -1;
    else if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP'].includes(t.pos)) return -1;
  }
  return -1;
}

/** The head of a finite verb predicate within a few words before the comma at `comma`, or -1. */
function verbBeforeComma(s: SentenceAnalysis, comma: number): number {
  for (let j = comma - 1; j >= 0 && comma - j <= 6; j--) {
    const t = s.tokens[j];
    if (!t || t.text === ',' || BOUNDARY.has(t.text)) return -1;
    if (s.predicates.some((q) => q.kind === 'verb' && q.head === j && q.finite && !q.reporting)) return j;
  }
  return -1;
}

/** Where the verb group ending in the verb at `head` starts: "has not yet been" [informed]. */
function verbGroupStart(tokens: readonly Token[], head: number): number {
  let j = head;
  while (j - 1 >= 0 && ['AUX', 'ADV', 'PART'].includes(tokens[j - 1]?.pos ?? '')) j--;
  return j;
}

/** The subject noun phrase before a verb group starting at `first`, or null. */
/** Event nouns whose "of" phrase is the doer, not what was done to: "the resignation of X". */
const SUBJECT_OF_TYPES: ReadonlySet<string> = new Set(['resignation', 'death', 'travel']);

function subjectBefore(
  s: SentenceAnalysis,
  first: number,
): { entity: Entity | null; found: boolean; via: string; co?: Entity | null; phrase?: string } {
  const { tokens, entities } = s;
  let i = first - 1;
  /** Whether the verb group is an infinitive: "to" was passed on the way back. */
  let infinitive = tokens[first]?.lower === 'to';
  while (i >= 0) {
    const t = tokens[i];
    if (!t) break;
    // "Amazon agreed on Wednesday to pay": a date phrase (and its preposition) between subject and verb.
    const inDate = s.dates.find((d) => t.start >= d.start && t.end <= d.end);
    if (inDate) {
      while (i >= 0 && (tokens[i]?.start ?? 0) >= inDate.start) i--;
      if (tokens[i]?.pos === 'ADP') i--;
      continue;
    }
    // "is due to meet", "was set to": the frame between the subject and the verb.
    const frame =
      (t.pos === 'ADJ' || t.pos === 'VERB') && tokens[i - 1]?.pos === 'AUX' && tokens[i + 1]?.lower === 'to';
    // "the indices each fell", "the two sides both agreed": a floating quantifier before the verb.
    const floating =
      ((t.lower === 'each' || t.lower === 'both' || t.lower === 'all') && i === first - 1) ||
      // "who last won": an adverb of order the tagger may call an adjective.
      (ORDER_ADVERBS.has(t.lower) && i === first - 1 && t.pos !== 'NOUN');
    if (t.pos === 'ADV' || t.pos === 'AUX' || frame || floating || (t.lower === 'to' && t.pos === 'PART')) {
      if (t.lower === 'to' && t.pos === 'PART') infinitive = true;
      i--;
      continue;
    }
    // "OPEC+ agreed": a symbol that ends a name is part of the name.
    if (t.pos === 'SYM' && i === first - 1 && entityAt(entities, t) !== null) {
      i--;
      continue;
    }
    if (DASHES.has(t.text)) {
      // "the fifteen countries from the Eurogroup -- that is, those which use the euro -- had agreed":
      // a stretch between dashes is an aside.
      let j = i - 1;
      while (j >= 0 && !DASHES.has(tokens[j]?.text ?? '')) j--;
      if (j > 0) {
        i = j - 1;
        continue;
      }
      return { entity: null, found: false, via: '' };
    }
    if (t.text === ')') {
      // "Cho Hyun-dong (C) poses": a parenthesis is an aside.
      let j = i - 1;
      while (j >= 0 && tokens[j]?.text !== '(') j--;
      if (j > 0) {
        i = j - 1;
        continue;
      }
    }
    // "The British FTSE, however, gained 0.77%": an adverb set off by commas between subject and verb.
    // "the index dipped, then rose": a verb after ", then" shares the subject of the verb before it.
    const then = t.text === ',' && tokens[i + 1]?.lower === 'then' && tokens[i - 1]?.pos === 'VERB';
    if (t.text === ',' && !then) {
      let k = i - 1;
      while (k >= 0 && (tokens[k]?.pos === 'ADV' || tokens[k]?.lower === 'though')) k--;
      if (k < i - 1 && i - k <= 3 && tokens[k]?.text === ',') {
        i = k - 1;
        continue;
      }
    }
    // "The Dow Jones, was down 3.76%": a stray comma between a sentence-opening subject and its verb.
    if (t.text === ',' && i === first - 1 && isNpHead(tokens[i - 1])) {
      const np = npEntity(tokens, i - 1, entities);
      if (np.start === 0 || (np.start === 1 && tokens[0]?.pos === 'DET'))
        return { entity: np.entity, found: true, via: 'subject' };
    }
    if (t.text === ',' && !then) {
      // Appositives or asides between commas: "Choe Jin, deputy director of the institute, a
      // ministry-run think tank, told". Each noun-phrase stretch back to an earlier comma is skipped.
      let j = i;
      let skipped = false;
      for (let from = asideStart(tokens, j, s.dates); from >= 0; from = asideStart(tokens, j, s.dates)) {
        // Stop where no noun phrase stands before the aside: that comma opened a list, not an aside.
        if (!isNpHead(tokens[from - 1]) && tokens[from - 1]?.text !== ')') break;
        // "As of 14:48 UTC, the primary UK index, the FTSE 100, dropped": the comma closes a sentence-opening
        // adverbial, so what follows it is the subject, not an aside of "UTC".
        if (opensAdverbial(tokens, from)) break;
        skipped = true;
        j = from;
      }
      if (skipped) {
        // "Qatar's prime minister, Sheikh Mohammed Al Thani, spoke": when the phrase before the
        // aside is headed by a title, the name in the aside is the subject.
        const titleHead = tokens[j - 1];
        // ... and so is the name in "The developer, Thomas Reilly, pleaded": a common noun that names no one.
        const commonHead = titleHead?.pos === 'NOUN' && /^\p{Ll}/u.test(titleHead.text);
        const plainHead = commonHead && !npEntity(tokens, j - 1, entities).entity;
        if (titleHead && (PERSON_TITLES.has(titleHead.lower) || plainHead)) {
          const named = entities.find(
            (e) => e.kind === 'person' && e.start > titleHead.end && e.end <= (tokens[i]?.start ?? 0),
          );
          if (named) {
            // "The Bank's deputy governor, Clare Lambert, told": she speaks for the Bank.
            const owner = npEntity(tokens, j - 1, entities).entity;
            const affiliation =
              owner && owner !== named && owner.kind !== 'person' ? owner.actorId || owner.name : '';
            const entity = named.affiliation || !affiliation ? named : { ...named, affiliation };
            return { entity, found: true, via: 'subject' };
          }
        }
        // "The primary UK index, the FTSE 100, dropped": an aside that is nothing but a name renames the
        // common noun before it, whatever that noun's modifiers name.
        const nameFrom = tokens[j + 1]?.pos === 'DET' ? j + 2 : j + 1;
        const renamed =
          commonHead && i - nameFrom >= 1
            ? entities.find((e) => e.start === tokens[nameFrom]?.start && e.end === tokens[i - 1]?.end)
            : undefined;
        if (renamed) return { entity: renamed, found: true, via: 'subject' };
        i = j - 1;
        continue;
      }
      // "tripled in 2004, doubled in 2005": a verb right after a comma that closes another verb's
      // clause is the next of a list, with the same subject.
      // Not "The striker will miss the final, said coach Carlo Ancelotti": that speaker follows.
      const reporting = s.predicates.some((q) => q.first === first && q.reporting);
      const listed = i === first - 1 && !reporting ? verbBeforeComma(s, i) : -1;
      if (listed >= 0) {
        const shared = subjectBefore(s, verbGroupStart(tokens, listed));
        return shared.found ? { ...shared, via: 'shared subject' } : shared;
      }
      return { entity: null, found: false, via: '' };
    }
    // Right before the verb group, "that" is a relative pronoun whatever the tagger called it.
    if (t.lower === 'who' || t.lower === 'which' || t.lower === 'that') {
      // A relative clause's subject is the noun before it: "Apple, which unveiled ...".
      let j = i - 1;
      if (tokens[j]?.text === ',' || tokens[j]?.text === '(') j--;
      // ... but "The Dow Jones index was one that fared poorly", "Toyota is one of the carmakers that
      // cut output": the subject of "be one (of ...)" is the one that did it.
      const copula = membershipCopula(tokens, j);
      if (copula >= 0) return subjectBefore(s, copula);
      if (isNpHead(tokens[j])) {
        const np = npEntity(tokens, j, entities);
        return { entity: np.entity, found: true, via: 'relative' };
      }
      return { entity: null, found: false, via: '' };
    }
    // "China's military held": an adjective used as a noun after a determiner or possessive.
    // "The Dow Jones industrial average (INDU) finished", "the bank chief said", "Markets worldwide
    // surged": the tagger reads the last word of a noun phrase as an adjective, but right before the
    // verb group an adjective after a noun ends the subject.
    const misread = t.pos === 'ADJ' && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[i - 1]?.pos ?? '');
    const nominal =
      (t.pos === 'ADJ' && ['DET', 'PART', 'PRON'].includes(tokens[i - 1]?.pos ?? '')) || misread;
    if (isNpHead(t) || nominal) {
      const np = npEntity(tokens, i, entities, s.dates);
      // "Six workers who were filling potholes on the bridge are presumed dead": a relative clause with no
      // commas between the subject and its verb; the subject is the noun the clause describes.
      const antecedent = restrictiveAntecedent(tokens, np.start);
      if (antecedent >= 0) {
        i = antecedent;
        continue;
      }
      // "The Chiefs defeated the 49ers 25-22 to win the Super Bowl": before "to", the object of
      // another verb does not do what follows, unless that verb hands it over ("forced X to").
      const verbBefore = tokens[np.start - 1];
      if (
        infinitive &&
        verbBefore?.pos === 'VERB' &&
        !OBJECT_CONTROL_VERBS.has(verbBefore.lemma) &&
        !s.predicates.some((q) => q.head === np.start - 1 && OBJECT_CONTROL_VERBS.has(q.lemma))
      )
        return { entity: null, found: false, via: '' };
      // "US stocks", "Japanese stocks", "Apple shares": a market or a crowd a name only qualifies does
      // not act for that name; the phrase describes who acted.
      if (
        np.entity &&
        t.pos === 'NOUN' &&
        np.entity.end <= t.start &&
        DESCRIBED_HEADS.has(t.lower) &&
        tokens[np.start - 1]?.lower !== 'of'
      ) {
        const phrase = describedSubject(tokens, np.start, i, entities);
        // "Calloway shares jumped": a company's own shares move on the company's lane, titled as
        // written; a country's market ("US stocks") is no act of its state.
        // "Its shares plunged 24%": the company the pronoun points to, by name.
        if (SHARE_WORDS.has(t.lower) && isCompany(np.entity))
          return {
            entity: np.entity,
            found: true,
            via: 'shares',
            phrase: phrase.replace(/^(?:its|their)\b/, np.entity.name),
          };
        return { entity: null, found: true, via: 'subject', phrase };
      }
      // "North Korea in its biggest-ever testing event launched": a subject never sits in a prepositional phrase.
      const prep = tokens[np.start - 1];
      // "Shares in EADS fell 26%": British business copy says "in" where American says "of".
      const sharesHead = tokens[np.start - 2];
      if (
        prep?.lower === 'in' &&
        sharesHead &&
        SHARE_WORDS.has(sharesHead.lower) &&
        np.entity &&
        isCompany(np.entity) &&
        !npEntity(tokens, np.start - 2, entities).entity
      )
        return {
          entity: np.entity,
          found: true,
          via: 'shares',
          phrase: `${np.entity.name} ${sharesHead.lower}`,
        };
      // "the acquisition of Activision closed": Y in "X of Y" acts only when X speaks for it ("the
      // government of Japan"); otherwise the subject is X.
      if (
        prep &&
        prep.lower === 'of' &&
        // "The death of Pope Francis shocked": an event of a person is no act of that person.
        (np.entity?.kind !== 'person' || EVENT_NOUNS[tokens[np.start - 2]?.lower ?? ''] !== undefined) &&
        np.start - 2 >= 0 &&
        isNpHead(tokens[np.start - 2])
      ) {
        const head = tokens[np.start - 2];
        const outer = npEntity(tokens, np.start - 2, entities);
        // "Shares of Apple Inc. rose": a company's shares, on its lane (as "Apple shares rose").
        const owner = np.entity;
        if (!outer.entity && head && SHARE_WORDS.has(head.lower) && owner && isCompany(owner))
          return { entity: owner, found: true, via: 'shares', phrase: `${owner.name} ${head.lower}` };
        if (outer.entity) return { entity: outer.entity, found: true, via: 'subject' };
        // "About 65 percent of voters supported": a share of a group is told with its group.
        if (head && PORTION_HEADS.has(head.lower) && !np.entity) {
          const part = describedSubject(tokens, outer.start, np.start - 2, entities);
          const whole = describedSubject(tokens, np.start, i, entities);
          if (part && whole) return { entity: null, found: true, via: '', phrase: `${part} of ${whole}` };
        }
        // "a quake near the northwestern city of Izmit killed": the whole "X of Y" sits in a phrase.
        const outerPrep = tokens[outer.start - 1];
        if (
          outerPrep?.pos === 'ADP' &&
          outerPrep.lower !== 'of' &&
          !SUBORDINATORS.has(outerPrep.lower) &&
          outer.start - 2 >= 0 &&
          isNpHead(tokens[outer.start - 2])
        ) {
          i = outer.start - 2;
          continue;
        }
        // "the stock capital of Northwind tripled": described by its own head phrase.
        if (head && !OF_HEADS.has(head.lower))
          return {
            entity: null,
            found: true,
            via: '',
            phrase: describedSubject(tokens, outer.start, np.start - 2, entities),
          };
      }
      // "Surgeons at Massachusetts General Hospital transplanted": staff act for where they work.
      const staff = tokens[np.start - 2];
      if (
        prep &&
        /^(?:at|from|with)$/.test(prep.lower) &&
        staff &&
        STAFF_HEADS.has(staff.lower) &&
        np.entity?.kind === 'organisation'
      )
        return {
          entity: np.entity,
          found: true,
          via: 'staff',
          phrase: describedSubject(tokens, np.start - 2, np.start - 2, entities),
        };
      // "An Indian spacecraft carrying a lander and a small rover touched down": what an -ing phrase
      // after a noun names is not the subject; the noun before it is.
      let k = np.start - 1;
      while (
        k > 0 &&
        np.start - k <= 10 &&
        ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'CCONJ'].includes(tokens[k]?.pos ?? '')
      )
        k--;
      const carrying = tokens[k];
      if (
        carrying?.pos === 'VERB' &&
        carrying.lower.endsWith('ing') &&
        ['NOUN', 'PROPN'].includes(tokens[k - 1]?.pos ?? '') &&
        !s.predicates.some((q) => q.head === k && q.finite)
      ) {
        i = k - 1;
        continue;
      }
      // "economists polled by Reuters expect": the noun a participle phrase describes is the subject.
      if (prep && prep.pos === 'ADP' && np.start - 3 >= 0 && isReducedRelative(tokens, np.start - 2)) {
        i = np.start - 3;
        continue;
      }
      if (
        prep &&
        prep.pos === 'ADP' &&
        prep.lower !== 'of' &&
        !SUBORDINATORS.has(prep.lower) &&
        np.start - 2 >= 0 &&
        isNpHead(tokens[np.start - 2])
      ) {
        i = np.start - 2;
        continue;
      }
      // "US President Joe Biden and South Korean President Yoon said": the first conjunct leads.
      const conj = tokens[np.start - 1];
      // Not "... have done well today, and it closed up": after a verb's clause "and" joins clauses.
      const joinsClauses = tokens[np.start - 2]?.text === ',' && verbBeforeComma(s, np.start - 2) >= 0;
      if (conj && conj.lower === 'and' && np.start - 2 >= 0 && !joinsClauses) {
        // "The line between Milan and Bologna was closed": two names inside a prepositional phrase
        // are no subject; the noun before the preposition is.
        const firstNp = isNpHead(tokens[np.start - 2]) ? npEntity(tokens, np.start - 2, entities) : null;
        const inPhrase = firstNp ? tokens[firstNp.start - 1] : undefined;
        if (
          firstNp &&
          inPhrase?.pos === 'ADP' &&
          inPhrase.lower !== 'of' &&
          !SUBORDINATORS.has(inPhrase.lower) &&
          isNpHead(tokens[firstNp.start - 2])
        ) {
          i = firstNp.start - 2;
          continue;
        }
        const first = subjectBefore(s, np.start - 1);
        if (first.entity && first.entity.name !== np.entity?.name)
          return { entity: first.entity, found: true, via: 'subject', co: np.entity };
      }
      // "The party's previous plenary lasted": the owner acts through what it owns, which the
      // phrase keeps for the title.
      if (np.owned && np.entity && np.ownedFrom >= 0) {
        const phrase = describedSubject(tokens, np.ownedFrom, i, entities);
        return { entity: np.entity, found: true, via: 'owner', phrase };
      }
      // "Kenyan police fired", "French voters elected": a group named by a demonym acts for its
      // country's lane, and the title says who they are.
      // "A Manhattan jury", "Paris police", "a Texas judge": a place qualifies its court or force alike.
      // "Boeing workers", "UN investigators": so does an organisation its staff. Not a person.
      const qualifier = np.entity !== null && np.entity.kind !== 'person';
      // "An Indian spacecraft", "a Chinese company": a demonym qualifies any noun it stands before.
      if (
        np.entity &&
        qualifier &&
        np.entity.end <= t.start &&
        t.pos === 'NOUN' &&
        (GROUP_HEADS.has(t.lower) || np.entity.mention?.kind === 'demonym')
      )
        return {
          entity: np.entity,
          found: true,
          via: 'demonym group',
          phrase: describedSubject(tokens, np.start, i, entities),
        };
      const phrase = np.entity ? '' : describedSubject(tokens, np.start, i, entities);
      return { entity: np.entity, found: true, via: t.pos === 'PRON' ? 'pronoun' : 'subject', phrase };
    }
    // "Apple is the producer of the iPod and launched the store": a verb after "and" with no subject
    // of its own shares the subject of the verb group before it.
    if (then || (t.pos === 'CCONJ' && (t.lower === 'and' || t.lower === 'but' || t.lower === 'or'))) {
      // Back to the verb group before the conjunction: a verb or an auxiliary ("is").
      const verbHeads = new Set(s.predicates.filter((q) => q.kind === 'verb').map((q) => q.head));
      const isVerb = (k: number): boolean => verbHeads.has(k) || (then && tokens[k]?.pos === 'VERB');
      let j = i - 1;
      while (j >= 0 && !isVerb(j) && tokens[j]?.pos !== 'AUX' && !BOUNDARY.has(tokens[j]?.text ?? '')) j--;
      if (j < 0 || BOUNDARY.has(tokens[j]?.text ?? '')) return { entity: null, found: false, via: '' };
      while (
        j - 1 >= 0 &&
        (tokens[j - 1]?.pos === 'AUX' || tokens[j - 1]?.pos === 'ADV' || tokens[j - 1]?.pos === 'PART')
      )
        j--;
      const shared = subjectBefore(s, j);
      return shared.found ? { ...shared, via: 'shared subject' } : shared;
    }
    return { entity: null, found: false, via: '' };
  }
  return { entity: null, found: false, via: '' };
}

/** How many tokens of an amount start at `at`: "£104m", "$2.5 billion" ("fined £104m by Ofwat"). */
function amountAfter(tokens: readonly Token[], at: number): number {
  let k = at;
  while (
    k < tokens.length &&
    (tokens[k]?.pos === 'NUM' ||
      tokens[k]?.pos === 'SYM' ||
      /^(?:[$€£¥]|m|bn|million|billion|trillion|%)$/i.test(tokens[k]?.text ?? ''))
  )
    k++;
  return k - at;
}

/** The entity in "by X" within a few words after the head. */
function byPhrase(s: SentenceAnalysis, head: number): Entity | null {
  for (let j = head + 1; j < Math.min(s.tokens.length, head + 4 + amountAfter(s.tokens, head + 1)); j++) {
    if (s.tokens[j]?.lower === 'by') {
      for (let k = j + 1; k < Math.min(s.tokens.length, j + 6); k++) {
        const e = entityAt(s.entities, s.tokens[k]);
        if (e) return e;
        if (!NP_POS.has(s.tokens[k]?.pos ?? '')) break;
      }
    }
  }
  return null;
}

/** "..., said Kremlin spokesman Dmitry Peskov": the name right after a verb of saying. */
function speakerAfter(s: SentenceAnalysis, head: number): Entity | null {
  let best: Entity | null = null;
  for (let j = head + 1; j < Math.min(s.tokens.length, head + 7); j++) {
    const t = s.tokens[j];
    if (!t || !NP_POS.has(t.pos)) break;
    const e = entityAt(s.entities, t);
    if (e && (!best || e.kind === 'person')) best = e;
  }
  return best;
}

function clauseEnd(s: SentenceAnalysis, p: Predicate, heads: readonly number[]): number {
  const next = heads.find((h) => h > p.head) ?? s.tokens.length;
  let end = p.head + 1;
  while (end < next && !BOUNDARY.has(s.tokens[end]?.text ?? '') && s.tokens[end]?.text !== ',') end++;
  return end;
}

export function argumentStage(s: SentenceAnalysis): void {
  const verbs = s.predicates.filter((p) => p.kind === 'verb');
  // Only verbs end a clause; an event noun sits inside its verb's clause ("extended its sanctions on
  // Iranian drone makers").
  const heads = s.predicates.filter((p) => p.kind === 'verb').map((p) => p.head);
  for (const p of s.predicates) {
    const { tokens, entities } = s;
    const end = clauseEnd(s, p, heads);
    if (p.kind === 'verb') {
      const by = byPhrase(s, p.head);
      const subject = subjectBefore(s, p.first);
      if (p.passive) {
        p.agent = by;
        p.agentBasis = by ? 'by-phrase' : '';
        p.patient = subject.entity;
        p.patientSubject = subject.entity ? '' : (subject.phrase ?? '');
      } else if (subject.found) {
        p.agent = subject.entity;
        p.agentBasis = subject.entity ? subject.via : subject.phrase ? 'described subject' : '';
        p.coAgent = subject.co ?? null;
        p.subject = subject.phrase ?? '';
      }
      if (!subject.found && p.reporting) {
        p.agent = speakerAfter(s, p.head);
        p.agentBasis = p.agent ? 'speaker' : '';
      }
      if (!subject.found && !p.finite && p.agent === null && tokens[p.first - 1]?.text === ',') {
        // "Jobs, born in San Francisco ...", "Apple, citing demand, said": a participle set off after a
        // noun phrase describes that noun phrase.
        const np = npEntity(tokens, p.first - 2, entities);
        if (isNpHead(tokens[p.first - 2]) && np.entity) {
          if (p.passive) p.patient = np.entity;
          else p.agent = np.entity;
          p.agentBasis = p.agent ? 'participle' : '';
        }
      }
      if (!subject.found && !p.passive && p.agent === null) {
        // "plans to release", "met Putin and signed": share the subject of the verb this one hangs on.
        const governor = [...verbs].reverse().find((v) => v.head < p.first && v !== p);
        const between = governor ? tokens.slice(governor.head + 1, p.first) : [];
        // "who served two terms before losing his re-election bid": a gerund after "before",
        // "after", "while" ... is done by the subject of the verb it hangs on.
        const gerund =
          /ing$/.test(tokens[p.head]?.lower ?? '') &&
          GERUND_LINKS.has(tokens[p.first - 1]?.lower ?? '') &&
          !between.slice(0, -1).some((t) => t.pos === 'VERB' || t.pos === 'PUNCT');
        const joined =
          governor &&
          (tokens[p.first]?.lower === 'to' ||
            gerund ||
            between.some((t) => t.lower === 'and' || t.lower === 'to') ||
            between.length <= 1);
        // "forcing the company to file for bankruptcy", "urged Iran to halt": the object of such a
        // verb is who does what follows "to".
        const objectStart = governor ? governor.head + 1 : -1;
        const objectControl =
          governor !== undefined &&
          !governor.passive &&
          OBJECT_CONTROL_VERBS.has(governor.lemma) &&
          tokens[p.first]?.lower === 'to' &&
          between.length >= 1 &&
          between.every((t) => NP_POS.has(t.pos) || entityAt(entities, t) !== null);
        if (objectControl && governor) {
          const np = npEntity(tokens, p.first - 1, entities, s.dates);
          p.agent = np.entity;
          p.subject = np.entity
            ? ''
            : describedSubject(tokens, Math.max(np.start, objectStart), p.first - 1, entities);
          p.agentBasis = p.agent || p.subject ? 'object of the verb before' : '';
        } else if (governor && joined && !between.some((t) => t.lower === 'that' || t.text === ';')) {
          p.agent = governor.passive ? governor.patient : governor.agent;
          p.subject = governor.passive ? '' : governor.subject;
          p.agentBasis = p.agent || p.subject ? 'controller' : '';
        }
      }
      if (!p.passive) {
        for (let j = p.head + 1; j < end; j++) {
          const e = entityAt(entities, tokens[j]);
          if (e && e !== p.agent && e.kind !== 'place') {
            p.patient = e;
            break;
          }
        }
      }
    } else {
      const prev = tokens[p.head - 1];
      const before = npEntity(tokens, p.head - 1, entities);
      const possessor = [...entities]
        .reverse()
        .find(
          (e) => e.end <= (tokens[p.head]?.start ?? 0) && e.end >= (tokens[before.start]?.start ?? Infinity),
        );
      // "the raid by Israeli forces": only a "by" right after the noun names its doer.
      // "a press conference held by Apple": the doer of a participle that describes the noun.
      const describedBy = tokens[p.head + 1]?.pos === 'VERB' && tokens[p.head + 2]?.lower === 'by';
      const by = tokens[p.head + 1]?.lower === 'by' || describedBy ? byPhrase(s, p.head) : null;
      const light = [...verbs].reverse().find((v) => v.head < p.head && LIGHT_VERBS.has(v.lemma));
      const lightNear =
        light &&
        !tokens
          .slice(light.head + 1, p.head)
          .some((t) => t.pos === 'VERB' || t.text === ',' || t.pos === 'ADP');
      if (by) {
        p.agent = by;
        p.agentBasis = 'by-phrase';
      } else if (
        possessor &&
        prev &&
        prev.pos !== 'ADP' &&
        UNDERGONE_NOUNS.has(tokens[p.head]?.lower ?? '')
      ) {
        // "his capture in Mazatlán": the possessor is who was captured, not who captured.
        p.patient = possessor;
      } else if (possessor && p.type === 'disaster') {
        // "the COVID-19 pandemic", "Japan's worst earthquake": a disaster's name or the place it hit,
        // never its doer.
        if (possessor.kind === 'state' || possessor.kind === 'place') p.patient = possessor;
      } else if (possessor && prev && prev.pos !== 'ADP') {
        p.agent = possessor;
        p.agentBasis = 'possessor';
      } else if (lightNear && light) {
        p.agent = light.agent;
        p.agentBasis = light.agent ? 'light verb' : '';
      }
      if (!p.agent && SUBJECT_OF_TYPES.has(p.type) && tokens[p.head + 1]?.lower === 'of') {
        // "the resignation of Home Secretary Suella Braverman", "the visit of the Chinese premier":
        // after these nouns, "of" names who did it.
        const after = tokens[p.head + 2]?.start ?? Infinity;
        const doer = entities.find((e) => e.start >= after && e.start - after <= 30 && e.kind === 'person');
        if (doer) {
          p.agent = doer;
          p.agentBasis = 'of-phrase';
        }
      }
      if (!p.agent) {
        // "the North's provocative run of missile tests", "Russia's barrage of drone strikes": the
        // owner of a series is the doer of the events in it.
        let k = p.head - 1;
        while (k >= 0 && ['ADJ', 'NOUN'].includes(tokens[k]?.pos ?? '') && p.head - k < 4) k--;
        const link = tokens[k];
        if (
          link &&
          (link.lower === 'of' || link.lower === 'in') &&
          SERIES_NOUNS.has(tokens[k - 1]?.lower ?? '')
        ) {
          const series = npEntity(tokens, k - 1, entities, s.dates);
          if (series.owned && series.entity) {
            p.agent = series.entity;
            p.agentBasis = 'owner of the series';
          }
        }
      }
      if (!p.agent) {
        // "declared a ceasefire last month ... and another three-day pause": the same kind of event
        // named again in a coordinated object has the same agent.
        const twin = s.predicates.find(
          (q) => q !== p && q.kind === 'noun' && q.head < p.head && q.type === p.type && q.agent,
        );
        if (
          twin &&
          tokens.slice(twin.head, p.head).some((t) => t.lower === 'and') &&
          tokens[p.head - 1]?.pos !== 'ADP'
        ) {
          p.agent = twin.agent;
          p.agentBasis = 'coordinated';
        }
      }
      if (!p.agent && p.type !== 'other') {
        // A typed event noun in the clause of a verb whose subject did it: "North Korea has set a record
        // in ballistic launches". Not after verbs of saying or judging: "X condemned the attack".
        const governor = [...verbs].reverse().find((v) => v.head < p.head);
        const between = governor ? tokens.slice(governor.head + 1, p.head) : [];
        // Only the verb's own object: "set a record in ballistic launches", not "following the
        // North's run of missile tests", whose owner is named inside the phrase.
        const headStart = tokens[p.head]?.start ?? 0;
        const govEnd = governor ? (tokens[governor.head]?.end ?? 0) : 0;
        if (
          governor &&
          governor.agent &&
          governor.finite &&
          !governor.reporting &&
          governor.type !== 'statement' &&
          between.length <= 6 &&
          // Inside a prepositional phrase of the verb ("a record in ballistic launches"); a direct
          // object ("violates an agreement") is someone else's event.
          between.some((t) => t.pos === 'ADP') &&
          !between.some(
            (t) =>
              t.text === ',' ||
              t.pos === 'VERB' ||
              t.pos === 'SCONJ' ||
              t.lower === 'of' ||
              t.lower === "'s" ||
              t.lower === '’s' ||
              BOUNDARY.has(t.text),
          ) &&
          !entities.some((e) => e.start >= govEnd && e.end <= headStart)
        ) {
          p.agent = governor.agent;
          p.agentBasis = 'clause subject';
        }
      }
    }
    const clauseStart = Math.max(0, p.first - 8);
    // "agreed to take a stake in Chrysler": the parties of an infinitive a verb governs are its own.
    const othersEnd =
      p.kind === 'verb'
        ? clauseEnd(
            s,
            p,
            heads.filter(
              (h) =>
                !(tokens[h - 1]?.lower === 'to' && tokens[h - 1]?.pos === 'PART') &&
                // "sold Opel to a consortium led by Magna": who leads or owns a party is a party too.
                !(LEADING_PARTICIPLES.has(tokens[h]?.lower ?? '') && tokens[h + 1]?.lower === 'by'),
            ),
          )
        : end;
    p.others = [];
    for (const e of entities) {
      const inClause =
        e.start >= (tokens[clauseStart]?.start ?? 0) && e.start < (tokens[othersEnd - 1]?.end ?? Infinity);
      if (!inClause || e === p.agent) continue;
      if (p.agent && (e.name === p.agent.name || (e.actorId !== '' && e.actorId === p.agent.actorId)))
        continue;
      if (!p.others.some((o) => o.name === e.name)) p.others.push(e);
    }
  }
}
