/**
 * Test helper for the stage tests, in two halves:
 * - `analyse` runs the real pipeline (pipeline.ts) over a short article written in the test, with
 *   data/actors.json as the actor list and the publication date as the reference date. `through`
 *   stops after a named stage, so a test sees exactly what the next stage would be given.
 * - `handBuilt*` make a sentence, predicates, dates and entities by hand, for testing one stage
 *   without the tagger's guesses (STYLE.md: "a stage can be tested on its own with a hand-built analysis").
 * It reads no files and no clock, so it type-checks with the pure extract/ config too. Not for
 * production code.
 */
import actorsJson from '../../../data/actors.json';
import { blankPredicate } from './predicates';
import type { ActorMatcher } from '../actors';
import { createActorMatcher, parseActorsFile } from '../actors';
import type { Anchor, ArticleAnalysis, Entity, Pos, Predicate, SentenceAnalysis, Token } from '../analysis';
import type { EventDate } from '../event-dates';
import { runStages, STAGES } from '../pipeline';
import type { SplitArticle } from '../split-articles';
import { tagTimex } from '../timex/index';

let matcher: ActorMatcher | null = null;

/** The actors.json matcher, parsed once per test file. */
export function testMatcher(): ActorMatcher {
  if (matcher) return matcher;
  const parsed = parseActorsFile(JSON.stringify(actorsJson), 'data/actors.json');
  if (!parsed.ok) throw new Error(parsed.error);
  matcher = createActorMatcher(parsed.value.actors);
  return matcher;
}

export interface TestArticleOptions {
  /** Caption lines before the body, as splitArticles keeps them. */
  captions?: readonly string[];
  /** Name of the last stage to run (see STAGES in pipeline.ts); all stages by default. */
  through?: string;
}

/** A SplitArticle the way splitArticles builds one: captions, a blank line, then the body. */
export function testArticle(body: string, captions: readonly string[] = []): SplitArticle {
  const captionText = captions.join('\n\n');
  const text = [...captions, body].join('\n\n');
  return {
    index: 1,
    title: '',
    captions: [...captions],
    dateLines: [],
    bylines: [],
    text,
    bodyStart: captions.length > 0 ? captionText.length + 2 : 0,
    line: 1,
  };
}

/** The analysis of `body` published on `published` (ISO day), after all stages or `through` one. */
export function analyse(body: string, published: string, options: TestArticleOptions = {}): ArticleAnalysis {
  const article = testArticle(body, options.captions);
  let stages = STAGES;
  if (options.through !== undefined) {
    const last = STAGES.findIndex((s) => s.name === options.through);
    if (last < 0) throw new Error(`no stage named "${options.through}"`);
    stages = STAGES.slice(0, last + 1);
  }
  const doc: ArticleAnalysis = {
    articleId: 'test#1',
    article,
    ref: { date: published, source: 'manifest', evidence: '', title: '', url: '' },
    matcher: testMatcher(),
    places: new Set(),
    sentences: [],
    skipped: {},
  };
  runStages(doc, { timexes: tagTimex(article.text, { dct: published }) }, stages);
  return doc;
}

/** The only (or first body) sentence of a one-sentence article. */
export function analyseSentence(
  sentence: string,
  published: string,
  options: TestArticleOptions = {},
): SentenceAnalysis {
  const doc = analyse(sentence, published, options);
  const s = doc.sentences.find((x) => !x.isCaption);
  if (!s) throw new Error(`no sentence in "${sentence}"`);
  return s;
}

/** The predicate whose head token is `word` (as written); the `nth` one when the word repeats. */
export function predicate(s: SentenceAnalysis, word: string, nth = 0): Predicate {
  const found = s.predicates.filter((p) => s.tokens[p.head]?.text === word)[nth];
  if (!found) {
    const heads = s.predicates.map((p) => s.tokens[p.head]?.text ?? '?').join(', ');
    throw new Error(`no predicate "${word}" in "${s.text}" (predicates: ${heads})`);
  }
  return found;
}

/** Punctuation that attaches to the word before it when a hand-built sentence is joined. */
const ATTACHED_RE = /^(?:[.,;:!?%)”’]|'s|’s|n't|n’t)$/;

/**
 * A sentence built by hand from `word/POS` pairs ("Netanyahu/PROPN apologized/VERB ..."), for testing
 * one stage without the ones before it. An optional third part gives the lemma ("apologized/VERB/apologize");
 * otherwise the lemma is the lower-case word. Words are joined by one space, punctuation attached.
 */
export function handBuiltSentence(tagged: string): SentenceAnalysis {
  const tokens: Token[] = [];
  let text = '';
  for (const item of tagged.trim().split(/\s+/)) {
    const [word = '', pos = 'X', lemma] = item.split('/');
    if (text !== '' && !ATTACHED_RE.test(word) && !/[“(]$/.test(text)) text += ' ';
    const start = text.length;
    text += word;
    tokens.push({
      text: word,
      lower: word.toLowerCase(),
      lemma: lemma ?? word.toLowerCase(),
      pos: pos as Pos,
      start,
      end: text.length,
    });
  }
  return {
    index: 0,
    start: 0,
    end: text.length,
    raw: text,
    text,
    isCaption: false,
    isLead: false,
    tokens,
    dates: [],
    mentions: [],
    entities: [],
    predicates: [],
  };
}

/** The token index of `word` (as written) in a sentence; the `nth` one when it repeats. */
export function tokenIndex(s: SentenceAnalysis, word: string, nth = 0): number {
  const found = s.tokens.map((t, i) => (t.text === word ? i : -1)).filter((i) => i >= 0)[nth];
  if (found === undefined) throw new Error(`no token "${word}" in "${s.text}"`);
  return found;
}

/** A predicate on the token `word`, with the defaults of a plain finite past-tense verb. */
export function handBuiltPredicate(
  s: SentenceAnalysis,
  word: string,
  fields: Partial<Predicate> = {},
): Predicate {
  const head = tokenIndex(s, word);
  const kind = fields.kind ?? 'verb';
  const p: Predicate = {
    ...blankPredicate(head, head, kind, s.tokens[head]?.lemma ?? word),
    tense: kind === 'verb' ? 'past' : 'none',
    finite: kind === 'verb',
    ...fields,
  };
  s.predicates.push(p);
  s.predicates.sort((a, b) => a.head - b.head);
  return p;
}

/** A date phrase over the words `from`..`to` (inclusive, as written) of a hand-built sentence. */
export function handBuiltDate(
  s: SentenceAnalysis,
  from: string,
  to: string,
  day: { first: string; last?: string; precision?: EventDate['precision'] },
): EventDate {
  const a = s.tokens[tokenIndex(s, from)];
  const b = s.tokens[tokenIndex(s, to)];
  if (!a || !b) throw new Error('no such words');
  const d: EventDate = {
    start: a.start,
    end: b.end,
    text: s.text.slice(a.start, b.end),
    value: day.first,
    first: day.first,
    last: day.last ?? day.first,
    precision: day.precision ?? 'day',
    qualifier: '',
    relative: false,
  };
  s.dates.push(d);
  return d;
}

/** A time anchor for `p`: the sentence's own date phrase `d`, or the publication day when `d` is a day string. */
export function anchorAt(d: EventDate | string): Anchor {
  if (typeof d === 'string') {
    const date: EventDate = {
      start: 0,
      end: 0,
      text: '',
      value: d,
      first: d,
      last: d,
      precision: 'day',
      qualifier: 'approx',
      relative: true,
    };
    return { date, basis: 'publication', how: 'lead at publication', span: null };
  }
  return { date: d, basis: 'absolute', how: 'own date', span: { start: d.start, end: d.end } };
}

/** A hand-made entity over the words `from`..`to` (inclusive, as written). */
export function handBuiltEntity(
  s: SentenceAnalysis,
  from: string,
  to: string,
  fields: Partial<Entity> = {},
): Entity {
  const a = s.tokens[tokenIndex(s, from)];
  const b = s.tokens[tokenIndex(s, to)];
  if (!a || !b) throw new Error('no such words');
  const text = s.text.slice(a.start, b.end);
  const e: Entity = {
    start: a.start,
    end: b.end,
    text,
    name: text,
    kind: 'organisation',
    actorId: '',
    affiliation: '',
    source: 'discovered',
    ...fields,
  };
  s.entities.push(e);
  s.entities.sort((x, y) => x.start - y.start);
  return e;
}

/** Sentence `index` of an analysed article; throws when there are fewer. */
export function sentenceAt(doc: ArticleAnalysis, index: number): SentenceAnalysis {
  const s = doc.sentences[index];
  if (!s) throw new Error(`no sentence ${index} in "${doc.article.text}"`);
  return s;
}
