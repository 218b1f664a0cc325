/**
 * Stage: tokens, parts of speech and lemmas for every sentence, from wink-nlp with its English
 * web model (both ship inside their npm packages, so nothing is downloaded at run time, and the
 * model runs the same in Node and in the page's worker). Runs once per sentence; later stages read
 * the tokens and never re-tokenise. Costs about 1 to 2 MB/s of text per core once warm
 * (bench:extract reports it).
 */
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Pos, Token } from '../analysis';
import { LEMMA_FIXES } from '../lexicon/lemma-fixes';

type Nlp = ReturnType<typeof winkNLP>;

let nlp: Nlp | null = null;

/** Loading the model takes about 0.3 s, so it happens once per process, on first use. */
function instance(): Nlp {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

export function tokenize(text: string): Token[] {
  const n = instance();
  const its = n.its;
  const doc = n.readDoc(text);
  /* eslint-disable @typescript-eslint/unbound-method -- wink's its.* helpers are plain functions
     that never read `this`; out() is documented to take them detached. */
  const values = doc.tokens().out(its.value);
  const tags = doc.tokens().out(its.pos);
  // wink-nlp's typings declare its.lemma with the raw-document signature, not as an ItsFunction,
  // though out() accepts it at run time like every other its.* helper.
  const lemmas = doc.tokens().out(its.lemma as unknown as ItsFunction<string>);
  /* eslint-enable @typescript-eslint/unbound-method */
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    const at = text.indexOf(value, cursor);
    // wink keeps tokens as written, so a miss means a normalised form; place it at the cursor.
    const start = at >= 0 ? at : cursor;
    const end = at >= 0 ? at + value.length : cursor;
    cursor = end;
    const pos = (tags[i] ?? 'X') as Pos;
    if (pos === 'SPACE') continue;
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      lemma: LEMMA_FIXES[value.toLowerCase()] ?? (lemmas[i] ?? value).toLowerCase(),
      pos,
      start,
      end,
    });
  }
  nameBeforeVerb(tokens);
  layNotLie(tokens);
  nounAfterTo(tokens);
  capitalsName(tokens);
  return tokens;
}

/** Function words that a name in capitals spells: "the WHO said", "US officials", "IT spending". */
const SPELLED_BY_CAPITALS: ReadonlySet<string> = new Set(['who', 'it', 'us']);

/**
 * "The WHO lifted ...": in a sentence that is not all capitals, a function word written in capitals is
 * a name's initials. It keeps its capitals in `lower` too, so no rule reads it as "who" or "it".
 */
function capitalsName(tokens: Token[]): void {
  if (!tokens.some((t) => /\p{Ll}/u.test(t.text))) return;
  tokens.forEach((t, i) => {
    if (!/^[A-Z]{2,3}$/.test(t.text) || !SPELLED_BY_CAPITALS.has(t.lower)) return;
    tokens[i] = { ...t, pos: 'PROPN', lower: t.text, lemma: t.text };
  });
}

/**
 * "according to figures released by", "thanks to reports": an -s form after "to" is no infinitive,
 * so it is the noun it is spelled like.
 */
function nounAfterTo(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    if (t.pos !== 'VERB' || tokens[i - 1]?.lower !== 'to' || t.lower === t.lemma || !/[^s]s$/.test(t.lower))
      return;
    tokens[i] = { ...t, pos: 'NOUN' };
  });
}

/**
 * "Ford pulled out of the talks", "Ford said on Monday": a capitalised first word the tagger read as
 * a bare verb, right before a verb in the past or a finite auxiliary, is the subject's name. No
 * imperative is followed by a finite verb, so the retag is safe; left as a verb, the sentence read as
 * an order and "on Monday" as next Monday.
 */
function nameBeforeVerb(tokens: Token[]): void {
  const first = tokens.findIndex((t) => t.pos !== 'PUNCT');
  const t = tokens[first];
  const next = tokens[first + 1];
  if (!t || !next || t.pos !== 'VERB' || !/^\p{Lu}\p{Ll}/u.test(t.text) || t.lower !== t.lemma) return;
  const finite =
    (next.pos === 'AUX' && !/^(?:be|been|being)$/.test(next.lower)) ||
    (next.pos === 'VERB' && next.lower !== next.lemma && !next.lower.endsWith('ing'));
  if (finite) tokens[first] = { ...t, pos: 'PROPN' };
}

/**
 * "would lay off 6,000 workers", "to lay down arms": "lay" is the verb "lay", not the past of "lie", after
 * a modal or "to", or before a particle. Its lemma decides its type ("lay off" is layoffs).
 */
function layNotLie(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    if (t.lower !== 'lay' || t.lemma === 'lay') return;
    const before = tokens[i - 1]?.lower ?? '';
    const after = tokens[i + 1]?.lower ?? '';
    if (
      /^(?:to|will|would|could|may|might|must|shall|should|can|cannot|not)$/.test(before) ||
      /^(?:off|down|out)$/.test(after)
    )
      tokens[i] = { ...t, lemma: 'lay' };
  });
}
