/**
 * Events from one cleaned article: runs the pipeline's stages (pipeline.ts) over the article, then
 * turns the selected predicates of each sentence into draft events. Titles, ids and deduplication
 * happen per file, after this (index.ts), because they need every article's rows.
 */
import type { Timex } from '../model/timex';
import type { ActorMatcher } from './actors';
import type { ArticleAnalysis } from './analysis';
import { runStages } from './pipeline';
import type { ReferenceDate } from './reference-date';
import type { SplitArticle } from './split-articles';
import { buildDraft } from './stages/draft';
import { selectPredicates } from './stages/selection';
import type { TitleParts } from './title';
import { isNamedAgent, type EventRecord } from '../model/event-record';
import { resolveEventAnaphora } from './event-anaphora';

export type SkipReason = 'no event' | 'no date' | 'too long';

/** An event before ids, deduplication and titles: the record plus what the title needs. */
export interface DraftEvent {
  record: EventRecord;
  title: Omit<
    TitleParts,
    'others' | 'people' | 'location' | 'quantity' | 'quantityUnit' | 'factuality' | 'type' | 'partners'
  > & {
    /** The subject's full name when the subject is a person, so the title does not name them twice. */
    subjectFull: string;
    /** Full names of people taking part with the subject. */
    partnerPeople: string[];
    /** Actor ids taking part with the subject. */
    partnerActors: string[];
  };
  /** Trigger position in the sentence, to keep several events of one sentence apart. */
  triggerStart: number;
}

export interface ArticleExtraction {
  events: DraftEvent[];
  sentences: number;
  skipped: Partial<Record<SkipReason, number>>;
}

export interface ArticleContext {
  articleId: string;
  article: SplitArticle;
  ref: ReferenceDate;
  timexes: readonly Timex[];
  matcher: ActorMatcher;
  places: ReadonlySet<string>;
}

/** The analysis alone, for --explain output and tests of the stages together. */
export function analyseArticle(ctx: ArticleContext): ArticleAnalysis {
  const doc: ArticleAnalysis = {
    articleId: ctx.articleId,
    article: ctx.article,
    ref: ctx.ref,
    matcher: ctx.matcher,
    places: ctx.places,
    sentences: [],
    skipped: {},
  };
  runStages(doc, { timexes: ctx.timexes });
  return doc;
}

export function extractArticle(ctx: ArticleContext): ArticleExtraction {
  const doc = analyseArticle(ctx);
  const events: DraftEvent[] = [];
  const skipped: Partial<Record<SkipReason, number>> = {};
  if (doc.skipped['too long']) skipped['too long'] = doc.skipped['too long'];
  for (const s of doc.sentences) {
    const chosen = selectPredicates(s);
    if (chosen.length === 0) {
      const reason: SkipReason = s.predicates.some((p) => p.time === null) ? 'no date' : 'no event';
      skipped[reason] = (skipped[reason] ?? 0) + 1;
      continue;
    }
    for (const p of chosen) {
      const draft = buildDraft(doc, s, p);
      // "..., officials said on Sunday": a statement by no one in particular about nothing we could
      // read says nothing a timeline can show.
      if (
        draft &&
        draft.record.type === 'statement' &&
        !isNamedAgent(draft.record.agent) &&
        !draft.title.gist &&
        !draft.title.topic
      )
        continue;
      // "This sent oil prices skyrocketing", "the quarter, which ended December 30": no doer, nothing
      // it happened to and no noun naming the event, so no headline could say what happened.
      if (draft && !draft.title.subject && !draft.title.nominal && !draft.record.actor) continue;
      if (draft) events.push(draft);
    }
  }
  resolveEventAnaphora(events);
  return { events, sentences: doc.sentences.length, skipped };
}
