/**
 * `npm run eval:key-events [-- --corpus <dir>] [--ablations] [--sweep] [--scale k]`: the development check of key-day
 * ranking (issue 13) on the Wikinews corpus (../shared/corpora/wikinews-dev, read in place). A story is
 * a set of articles with gold days: each corpus with the union of its SemEval-2015 entity timelines,
 * each entity with the articles its timeline cites, and each entity with those articles plus every article
 * of its corpus that names it (a keyword story, as long-story collections are gathered; the cited articles
 * alone favour their own publication days, since only their first sentences are annotated). Gold days are
 * the timelines' day-precision
 * dates. As in the held-out protocol, given L = the number of gold days and the gold's first and last
 * day, each ranking picks L days from the rows of the articles published in that range, and is scored
 * by Date-F1 (exact days), averaged over stories. The two simple rankings are computed on the same rows;
 * their many ties (most days have one article) are scored as the expected F1 of a random tie-break.
 * `--sweep` moves one weight at a time over a range; `--scale k` repeats every article k times under new
 * ids, the same stories at k times the volume, as long stories gathered from many outlets have.
 * Ends with one JSON line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { articleCopies } from '../model/article-copies';
import type { EventRecord } from '../model/event-record';
import { createExtractor, mergeExtractions, parseActorsFile, type FileExtraction } from '../extract/index';
import { parseCatDocument, type CatDocument } from '../extract/eval/cat-document';
import { creationDay, extractorInput } from '../extract/eval/dated-pairs';
import { parseTimeline, type EntityTimeline } from '../extract/eval/entity-timelines';
import { dateF1, expectedDateF1 } from '../model/date-f1';
import { rankDaysByEventArticles, rankDaysByPublication } from '../model/day-baselines';
import { DAY_SALIENCE_WEIGHTS, type DaySalienceWeights } from '../model/day-salience';
import { keyEvents } from '../model/key-events';
import { rankKeyDays } from '../model/rank-key-days';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpora/wikinews-dev' },
    actors: { type: 'string', default: 'data/actors.json' },
    ablations: { type: 'boolean', default: false },
    sweep: { type: 'boolean', default: false },
    scale: { type: 'string', default: '1' },
    verbose: { type: 'boolean', short: 'v', default: false },
  },
});

const CORPORA = [
  {
    name: 'stock',
    docs: 'meantime/intra-doc_annotation/corpus_stock',
    timelines: 'semeval2015-timeline/stock-timelines',
  },
  {
    name: 'apple',
    docs: 'semeval2015-timeline/apple-trial-docs',
    timelines: 'semeval2015-timeline/apple-trial-timelines',
  },
];
/** An entity story needs a few gold days to say anything; one or two days is a coin toss. */
const MIN_GOLD_DAYS = 3;
const ISO_DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

const SCALE = Number(values.scale);
if (!Number.isInteger(SCALE) || SCALE < 1) fail(`--scale: "${values.scale}" is not a whole number from 1`);

interface Variant {
  name: string;
  weights: DaySalienceWeights;
}

/** Ablations: one lesson switched off or redrawn (the weights' values are in SWEEPS). */
const ABLATIONS: Variant[] = [
  { name: 'no later-reference weight', weights: { ...DAY_SALIENCE_WEIGHTS, later: 1, earlier: 1 } },
  { name: 'lead = first 2 sentences', weights: { ...DAY_SALIENCE_WEIGHTS, leadSentences: 2 } },
  { name: 'lead = first 5 sentences', weights: { ...DAY_SALIENCE_WEIGHTS, leadSentences: 5 } },
  { name: 'later from the next day on', weights: { ...DAY_SALIENCE_WEIGHTS, laterAfterDays: 1 } },
  {
    name: 'no factuality weight',
    weights: { ...DAY_SALIENCE_WEIGHTS, factuality: { asserted: 1, planned: 1, possible: 1, negated: 1 } },
  },
];

/**
 * `--sweep`: each weight over a range around its default, so a choice can be seen to sit on a plateau
 * of all three story sets rather than on a peak of one.
 */
type NumericWeight = {
  [K in keyof DaySalienceWeights]: DaySalienceWeights[K] extends number ? K : never;
}[keyof DaySalienceWeights];
const SWEPT_WEIGHTS: { weight: NumericWeight; values: number[] }[] = [
  { weight: 'repeat', values: [0, 0.25, 0.5, 1, 1.5, 2] },
  { weight: 'burst', values: [0.25, 0.5, 0.75, 1] },
  { weight: 'newsDay', values: [0, 0.25, 0.5, 0.75, 1] },
  { weight: 'dayBefore', values: [0, 0.125, 0.25, 0.5] },
  { weight: 'publication', values: [0.4, 0.6, 0.8, 1] },
  { weight: 'later', values: [1, 1.25, 1.5, 2] },
  { weight: 'lead', values: [1, 1.25, 1.5, 2] },
];
const SWEEPS: Variant[] = SWEPT_WEIGHTS.flatMap(({ weight, values: range }) =>
  range.map((v) => ({
    name: `${weight} ${v}${DAY_SALIENCE_WEIGHTS[weight] === v ? ' (default)' : ''}`,
    weights: { ...DAY_SALIENCE_WEIGHTS, [weight]: v },
  })),
);
const VARIANTS: Variant[] = [...(values.ablations ? ABLATIONS : []), ...(values.sweep ? SWEEPS : [])];

/**
 * corpus: a whole corpus with the union of its timelines. entity: the articles an entity's timeline cites.
 * keyword: those articles plus every other article of the corpus whose text names the entity.
 */
type StoryKind = 'corpus' | 'entity' | 'keyword';
const STORY_KINDS: readonly StoryKind[] = ['corpus', 'entity', 'keyword'];

/**
 * Lower case, "U.S." as "us", and every run of other characters but "&" as one space, padded: a name is
 * found in a text as a whole-word phrase whatever its case or punctuation.
 */
function phraseText(text: string): string {
  const squeezed = text
    .toLowerCase()
    .replace(/\b(?:[a-z]\.){2,}/g, (initials) => initials.replaceAll('.', ''));
  return ` ${squeezed.replace(/[^a-z0-9&]+/g, ' ').trim()} `;
}

function fail(message: string): never {
  process.stderr.write(`eval-key-events: ${message}\n`);
  process.exit(1);
}

interface Story {
  kind: StoryKind;
  corpus: string;
  name: string;
  gold: Set<string>;
  /** Document ids (CAT doc_id) of the story's articles. */
  docs: string[];
}

interface StoryScore {
  story: Story;
  count: number;
  from: string;
  to: string;
  articles: number;
  rows: number;
  candidates: number;
  goldFound: number;
  /** Gold days on which one of the story's articles appeared: what ranking by publication finds. */
  goldPublished: number;
  ours: number;
  oursTieAverage: number;
  byEventArticles: number;
  byPublication: number;
  /** Date-F1 of each of VARIANTS. */
  variants: number[];
  /** --verbose: one line per ranked day and per gold day no row has. */
  lines: string[];
}

const actorsFile = parseActorsFile(readFileSync(values.actors, 'utf8'), values.actors);
if (!actorsFile.ok) fail(actorsFile.error);

const goldDays = (t: EntityTimeline): Set<string> =>
  new Set(t.events.map((e) => e.date).filter((d) => ISO_DAY_RE.test(d)));

const stories: Story[] = [];
const docsById = new Map<string, { doc: CatDocument; published: string; extraction: FileExtraction }>();
for (const corpus of CORPORA) {
  const docDir = join(values.corpus, corpus.docs);
  const timelineDir = join(values.corpus, corpus.timelines);
  for (const dir of [docDir, timelineDir])
    if (!existsSync(dir)) fail(`${dir}: no such folder (pass --corpus <dir>)`);
  const docs: CatDocument[] = [];
  for (const name of readdirSync(docDir).sort()) {
    if (!name.endsWith('.xml')) continue;
    const parsed = parseCatDocument(readFileSync(join(docDir, name), 'utf8'));
    if (!parsed.ok) fail(`${join(docDir, name)}: ${parsed.error}`);
    docs.push(parsed.value);
  }
  const inputs = docs.map((d) => extractorInput(d));
  const extractor = createExtractor({
    actors: actorsFile.value,
    manifest: inputs.flatMap((i) => i.manifest),
  });
  for (const [i, doc] of docs.entries()) {
    const input = inputs[i];
    if (!input) continue;
    const extraction = extractor.extractFile(input.file);
    for (const f of extraction.report.files)
      for (const e of f.errors) process.stderr.write(`eval-key-events: ${e}\n`);
    docsById.set(`${corpus.name} ${doc.id}`, { doc, published: creationDay(doc), extraction });
  }
  const phraseTexts = new Map(docs.map((d) => [d.id, phraseText(d.text)]));
  const corpusGold = new Set<string>();
  const seen = new Set<string>();
  for (const name of readdirSync(timelineDir).sort()) {
    if (!name.endsWith('.txt')) continue;
    const text = readFileSync(join(timelineDir, name), 'utf8');
    // stock-timelines holds S&P 500 twice (s&p_500.txt, s_and_p_500.txt); one story.
    if (seen.has(text)) continue;
    seen.add(text);
    const parsed = parseTimeline(text, name);
    if (!parsed.ok) fail(parsed.error);
    const gold = goldDays(parsed.value);
    for (const d of gold) corpusGold.add(d);
    const cited = [...new Set(parsed.value.events.flatMap((e) => e.mentions.map((m) => m.docId)))];
    if (gold.size < MIN_GOLD_DAYS) continue;
    const entity = parsed.value.entity;
    stories.push({ kind: 'entity', corpus: corpus.name, name: entity, gold, docs: cited });
    // The cited articles are those whose first sentences (the annotated part) tell of the entity, so their
    // publication days are mostly gold. A story collected by keyword, as long-story corpora are, also holds
    // the articles that name the entity further down or in passing.
    const phrase = phraseText(entity);
    const named = docs.filter((d) => phraseTexts.get(d.id)?.includes(phrase)).map((d) => d.id);
    const keywordDocs = [...new Set([...cited, ...named])];
    stories.push({ kind: 'keyword', corpus: corpus.name, name: `${entity} +kw`, gold, docs: keywordDocs });
  }
  stories.unshift({
    kind: 'corpus',
    corpus: corpus.name,
    name: `${corpus.name} (all)`,
    gold: corpusGold,
    docs: docs.map((d) => d.id),
  });
}
stories.sort((a, b) => STORY_KINDS.indexOf(a.kind) - STORY_KINDS.indexOf(b.kind));

function scoreStory(story: Story): StoryScore {
  const days = [...story.gold].sort();
  const from = days[0] ?? '';
  const to = days[days.length - 1] ?? '';
  const count = story.gold.size;
  // The articles published in the gold's range, as the protocol allows; rows merged across them.
  const docs = story.docs
    .map((id) => docsById.get(`${story.corpus} ${id}`))
    .filter((d): d is NonNullable<typeof d> => d !== undefined && d.published >= from && d.published <= to);
  const rows: EventRecord[] = articleCopies(mergeExtractions(docs.map((d) => d.extraction)).events, SCALE);
  const published = new Map<string, number>();
  for (const d of docs) published.set(d.published, (published.get(d.published) ?? 0) + SCALE);
  const range = { from, to };
  const ranked = rankKeyDays(rows, range);
  const found = new Set(ranked.map((d) => d.day));
  const lines: string[] = [];
  if (values.verbose) {
    lines.push('', `== ${story.name}: L ${count}, ${from} .. ${to}; * chosen, G gold, P publication day`);
    for (const [i, d] of ranked.entries())
      lines.push(
        `  ${i < count ? '*' : ' '} ${story.gold.has(d.day) ? 'G' : ' '} ${published.has(d.day) ? 'P' : ' '} ${d.day} ${d.score.toFixed(2).padStart(6)}  ${d.articles} article(s)`,
      );
    for (const g of days)
      if (!found.has(g)) lines.push(`    G ${published.has(g) ? 'P' : ' '} ${g}  no day-precision row`);
  }
  return {
    lines,
    story,
    count,
    from,
    to,
    articles: docs.length * SCALE,
    rows: rows.length,
    candidates: ranked.length,
    goldFound: days.filter((d) => found.has(d)).length,
    goldPublished: days.filter((d) => published.has(d)).length,
    ours: dateF1(
      keyEvents(rows, { count, ...range }).map((k) => k.date),
      story.gold,
    ),
    oursTieAverage: expectedDateF1(ranked, count, story.gold),
    byEventArticles: expectedDateF1(rankDaysByEventArticles(rows, range), count, story.gold),
    byPublication: expectedDateF1(rankDaysByPublication(rows, range, published), count, story.gold),
    variants: VARIANTS.map((a) =>
      dateF1(
        keyEvents(rows, { count, ...range, weights: a.weights }).map((k) => k.date),
        story.gold,
      ),
    ),
  };
}

const scores = stories.map(scoreStory);
const f = (x: number): string => x.toFixed(3);
const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);
const mean = (xs: readonly number[]): number =>
  xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length;
const out: string[] = [
  ...(SCALE > 1 ? [`== every article repeated ${SCALE} times under new ids ==`] : []),
  '== key days: Date-F1 per story (L = gold days; baselines = expected F1 over random tie order) ==',
  `${'story'.padEnd(34)} ${'L'.padStart(3)} ${'arts'.padStart(4)} ${'rows'.padStart(4)} ${'days'.padStart(4)} ${'gold in rows'.padStart(12)} |  ours (ties avg) | by event articles | by published`,
];
for (const s of scores)
  out.push(
    [
      `${s.story.name.slice(0, 34).padEnd(34)}`,
      String(s.count).padStart(3),
      String(s.articles).padStart(4),
      String(s.rows).padStart(4),
      String(s.candidates).padStart(4),
      String(s.goldFound).padStart(12),
      `| ${f(s.ours)} (${f(s.oursTieAverage)})`,
      `| ${f(s.byEventArticles).padStart(17)}`,
      `| ${f(s.byPublication).padStart(12)}`,
    ].join(' '),
  );
if (values.verbose) for (const s of scores) out.push(...s.lines);
const groups = STORY_KINDS.map((kind) => ({
  name: `${kind} stories`,
  list: scores.filter((s) => s.story.kind === kind),
}));
const averages = groups.map((g) => ({
  name: g.name,
  stories: g.list.length,
  ours: mean(g.list.map((s) => s.ours)),
  oursTieAverage: mean(g.list.map((s) => s.oursTieAverage)),
  byEventArticles: mean(g.list.map((s) => s.byEventArticles)),
  byPublication: mean(g.list.map((s) => s.byPublication)),
  variants: VARIANTS.map((_, i) => mean(g.list.map((s) => s.variants[i] ?? 0))),
  // Shares of all the group's gold days, not means of per-story shares: a 3-day story is not a third.
  goldPublished: sum(g.list.map((s) => s.goldPublished)) / sum(g.list.map((s) => s.count)),
  goldFound: sum(g.list.map((s) => s.goldFound)) / sum(g.list.map((s) => s.count)),
}));
out.push('');
for (const a of averages)
  out.push(
    `${`mean over ${a.stories} ${a.name}`.padEnd(60)} | ${f(a.ours)} (${f(a.oursTieAverage)}) | ${f(a.byEventArticles).padStart(17)} | ${f(a.byPublication).padStart(12)}`,
  );
out.push(
  '',
  'gold days that are a day of some row / a publication day of the story (how fair each yardstick is):',
);
for (const a of averages) out.push(`  ${a.name.padEnd(16)} ${f(a.goldFound)} / ${f(a.goldPublished)}`);
if (VARIANTS.length > 0) {
  out.push(
    '',
    '== ablations and sweeps: Date-F1 with one weight changed (corpus / entity / keyword stories) ==',
  );
  for (const [i, a] of VARIANTS.entries())
    out.push(`${a.name.padEnd(34)} ${averages.map((g) => f(g.variants[i] ?? 0)).join(' / ')}`);
}
const round = (x: number): number => Math.round(x * 1000) / 1000;
const summary = {
  eval: 'key-events',
  stories: scores.length,
  ...(SCALE > 1 ? { scale: SCALE } : {}),
  ...Object.fromEntries(
    averages.map((a) => [
      a.name.replace(' ', '_'),
      {
        n: a.stories,
        date_f1: round(a.ours),
        date_f1_ties_avg: round(a.oursTieAverage),
        by_event_articles: round(a.byEventArticles),
        by_published: round(a.byPublication),
      },
    ]),
  ),
  per_story: Object.fromEntries(
    scores.map((s) => [
      s.story.name,
      {
        L: s.count,
        ours: round(s.ours),
        by_event_articles: round(s.byEventArticles),
        by_published: round(s.byPublication),
      },
    ]),
  ),
};
out.push('', JSON.stringify(summary));
process.stdout.write(`${out.join('\n')}\n`);
