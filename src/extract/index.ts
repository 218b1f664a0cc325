/**
 * The extraction entry point shared by the CLI and the page: article texts in, events and a run
 * report out. Pure: no files, no clock, no time zone; the reference date comes from the manifest or
 * the articles themselves.
 */
import type { ActorsFile } from '../model/actor';
import { isNamedAgent, type EventRecord } from '../model/event-record';
import type { Timex } from '../model/timex';
import { createActorMatcher, type ActorMatcher } from './actors';
import { applyOverrides, type EventOverride } from './apply-overrides';
import { dedupeEvents } from './dedupe';
import { joinLaneNames } from './lane-names';
import { eventIdOfNormalised, normaliseSentence } from './event-id';
import { extractArticle, type DraftEvent } from './extract-article';
import { referenceDate, fileKey, type ManifestEntry } from './reference-date';
import { addCounts, emptyReport, type ExtractReport } from './report';
import { splitArticles } from './split-articles';
import { makeTitle } from './title';
import { tagTimex } from './timex/index';
import { isSamePerson, shortName } from './people';

export type { EventOverride } from './apply-overrides';
export type { ManifestEntry } from './reference-date';
export type { ExtractReport } from './report';
export { formatReport } from './report';
export { parseActorsFile } from './actors';

export interface ArticleFile {
  /** Shown in messages and used for article ids; a path or a bare name. */
  fileName: string;
  /**
   * The name the file goes by in article ids when its base name is not enough: two inputs "2024/story.txt"
   * and "2025/story.txt" go by those paths. Default: the base name of `fileName`.
   */
  idName?: string;
  text: string;
  /** Publication day YYYY-MM-DD known with the text (a JSON Lines record); wins over the manifest. */
  published?: string;
  /** Title and URL known with the text; the title replaces the one found in the text. */
  title?: string;
  url?: string;
}

/** Finds temporal expressions; `dct` is the reference date, ISO YYYY-MM-DD. */
export type TimexTagger = (text: string, options: { dct: string }) => Timex[];

export interface ExtractOptions {
  actors: ActorsFile;
  manifest?: readonly ManifestEntry[];
  overrides?: readonly EventOverride[];
  /** Named in override errors; defaults to "overrides.csv". */
  overridesFileName?: string;
  /** Defaults to the project's tagger (timex/); tests may pass a fixed one. */
  tagger?: TimexTagger;
  /** Read a YYYY-MM-DD or YYYY/MM/DD in a file's path as its publication day when the manifest has no row. */
  publishedFromPath?: boolean;
}

export interface ExtractResult {
  events: EventRecord[];
  report: ExtractReport;
}

export function articleId(fileName: string, index: number, idName?: string): string {
  return `${(idName ?? fileKey(fileName)).replace(/\.[^./]*$/, '')}#${index}`;
}

/**
 * Partner names for the title. When the sentence named a partner only by role ("his North Korean
 * counterpart"), a name that another report of the same event gave (merged into people) fills it in.
 * Actor ids come back prefixed with "actor:".
 */
function partnersFor(
  r: EventRecord,
  people: readonly string[],
  actors: readonly string[],
  subject: string,
  matcher: ActorMatcher,
): string[] {
  if (people.length > 0) return [...people];
  const named = r.people.filter((p) => {
    if (subject !== '' && isSamePerson(p, subject)) return false;
    const m = matcher.find(p)[0];
    return m !== undefined && m.kind === 'person' && actors.includes(m.actorId);
  });
  return named.length > 0 ? named : actors.map((a) => `actor:${a}`);
}

function finishDraft(draft: DraftEvent, label: (id: string) => string, matcher: ActorMatcher): EventRecord {
  const r = draft.record;
  // Fields picked one by one: an object rest copy per event cost more than the rest of this function.
  const parts = draft.title;
  const { subjectFull, partnerPeople, partnerActors } = parts;
  r.title = makeTitle({
    subject: parts.subject,
    lemma: parts.lemma,
    triggerText: parts.triggerText,
    topic: parts.topic,
    plural: parts.plural,
    object: parts.object,
    gist: parts.gist,
    ...(parts.passive ? { passive: parts.passive } : {}),
    ...(parts.nominal ? { nominal: parts.nominal } : {}),
    type: r.type,
    factuality: r.factuality,
    others: r.other_actors.map(label),
    people: r.people.filter(
      (p) => p !== subjectFull && !p.endsWith(` ${subjectFull}`) && shortName(p) !== parts.subject,
    ),
    partners: partnersFor(r, partnerPeople, partnerActors, subjectFull, matcher).map((p) =>
      p.startsWith('actor:') ? label(p.slice(6)) : shortName(p),
    ),
    location: r.location,
    quantity: r.quantity,
    quantityUnit: r.quantity_unit,
    quantityQualifier: r.quantity_qualifier,
  });
  return r;
}

/** One file's events (titled, deduplicated within the file) and its share of the run report. */
export interface FileExtraction {
  events: EventRecord[];
  report: ExtractReport;
}

/**
 * The map step: a pure function from one article file to its rows, so a corpus can be split across
 * processes or machines. Actors and the matcher are prepared once per extractor, not per file.
 */
export interface Extractor {
  extractFile(input: ArticleFile): FileExtraction;
}

export function createExtractor(options: ExtractOptions): Extractor {
  const tagger = options.tagger ?? tagTimex;
  const matcher = createActorMatcher(options.actors.actors);
  const places = new Set(options.actors.actors.flatMap((a) => a.capitals ?? []));
  return {
    extractFile(input) {
      const report = emptyReport();
      const drafts: DraftEvent[] = [];
      const split = splitArticles(input.text);
      addCounts(report.removedLines, split.removed);
      const file = { fileName: input.fileName, articles: split.articles.length, errors: [] as string[] };
      report.files.push(file);
      if (split.articles.length === 0) file.errors.push(`${fileKey(input.fileName)}: no article text found`);
      for (const article of split.articles) {
        const id = articleId(input.fileName, article.index, input.idName);
        const ref = referenceDate(input.fileName, article, options.manifest, {
          published: input.published,
          title: input.title,
          url: input.url,
          fromPath: options.publishedFromPath,
        });
        const entry = {
          articleId: id,
          fileName: input.fileName,
          title: article.title,
          sentences: 0,
          events: 0,
        };
        if (!ref.ok) {
          file.errors.push(ref.error);
          report.articles.push({ ...entry, refDate: '', refSource: '' });
          continue;
        }
        const timexes = tagger(article.text, { dct: ref.value.date });
        const extraction = extractArticle({
          articleId: id,
          article,
          ref: ref.value,
          timexes,
          matcher,
          places,
        });
        addCounts(report.skipped, extraction.skipped);
        report.articles.push({
          ...entry,
          title: ref.value.title || article.title,
          refDate: ref.value.date,
          refSource: ref.value.source,
          sentences: extraction.sentences,
          events: extraction.events.length,
        });
        drafts.push(...extraction.events);
      }
      assignIds(drafts);
      // Titles need the people other reports of the same event named, so they come after the merge.
      const { kept, merged } = dedupeEvents(drafts);
      report.duplicatesMerged = merged;
      const events = kept.map((d) => finishDraft(d, (a) => matcher.label(a), matcher));
      report.events = events.length;
      return { events, report };
    },
  };
}

/**
 * The reduce step: merges files' rows, folds the same event reported in several files into one row
 * (also_reported_in) and applies overrides. Order of `parts` is the order of rows in the output.
 */
export function mergeExtractions(
  parts: readonly FileExtraction[],
  options: Pick<ExtractOptions, 'overrides' | 'overridesFileName'> = {},
): ExtractResult {
  const report = emptyReport();
  const rows: { record: EventRecord }[] = [];
  for (const part of parts) {
    report.files.push(...part.report.files);
    report.articles.push(...part.report.articles);
    addCounts(report.skipped, part.report.skipped);
    addCounts(report.removedLines, part.report.removedLines);
    report.duplicatesMerged += part.report.duplicatesMerged;
    report.errors.push(...part.report.errors);
    for (const record of part.events) rows.push({ record });
  }
  // One spelling per discovered lane before merging, so "Boeing Co." and "Boeing" reports can join.
  const named = joinLaneNames(rows.map((r) => r.record));
  const { kept, merged } = dedupeEvents(named.map((record) => ({ record })));
  report.duplicatesMerged += merged;
  let events = kept.map((k) => k.record);
  if (options.overrides && options.overrides.length > 0) {
    const applied = applyOverrides(events, options.overrides, options.overridesFileName ?? 'overrides.csv');
    if (!applied.ok) report.errors.push(applied.error);
    else {
      events = applied.value.events;
      report.overrides = {
        edited: applied.value.edited,
        dropped: applied.value.dropped,
        unmatched: applied.value.unmatched.map((o) => `line ${o.line}: ${o.action} ${o.id}`),
      };
    }
  }
  report.events = events.length;
  return { events, report };
}

/**
 * Rows whose lane is the named entity that acted ("Benjamin Netanyahu", "Boeing") rather than the
 * actor it acts for; rows with no agent keep their actor. For `extract --lanes entities`.
 */
export function withEntityLanes(events: readonly EventRecord[]): EventRecord[] {
  return events.map((e) => (!isNamedAgent(e.agent) || e.agent === e.actor ? e : { ...e, actor: e.agent }));
}

/** All files in memory at once: the page and tests. The CLI streams files through createExtractor. */
export function extractArticles(inputs: readonly ArticleFile[], options: ExtractOptions): ExtractResult {
  const extractor = createExtractor(options);
  return mergeExtractions(
    inputs.map((input) => extractor.extractFile(input)),
    options,
  );
}

/** Several events of one type from one sentence get a running suffix so ids stay unique and stable. */
function assignIds(drafts: readonly DraftEvent[]): void {
  const seen = new Map<string, number>();
  // Events of one sentence come together; normalising the sentence once serves all of them.
  let sentence: string | null = null;
  let normalised = '';
  for (const d of drafts) {
    if (d.record.sentence !== sentence) {
      sentence = d.record.sentence;
      normalised = normaliseSentence(sentence);
    }
    const base = eventIdOfNormalised(d.record.article_id, normalised, d.record.type);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    d.record.id = n === 1 ? base : `${base}-${n}`;
  }
}
