/**
 * Scores rows against SemEval-2015 Task 4 gold timelines: for one entity (Steve Jobs, the Dow Jones
 * ...), the dated events it takes part in, across documents. That is the shape of one swimlane, so
 * the question is whether the entity's lane would show each event on the right date. Pure: rows come
 * already placed in their document and CAT sentence.
 */
import type { EventRecord } from '../../model/event-record';
import { err, ok, type Result } from '../result';
import { namesAny } from './dated-pairs';

/** One event mention in a timeline: "18355-5-born" is document 18355, sentence 5, word "born". */
export interface TimelineMention {
  docId: string;
  sentence: number;
  /** Multi-word events are joined by "_" in the file ("pulled_out"); kept as written. */
  word: string;
}

/** One line: an event (its coreferent mentions, possibly in several documents) and its date. */
export interface TimelineEvent {
  /** Order in the timeline; 0 for events the annotators could not place. */
  position: number;
  /** YYYY-MM-DD, YYYY-MM, YYYY, with unknown parts as XX ("2007-XX-XX" is 2007). */
  date: string;
  mentions: TimelineMention[];
}

export interface EntityTimeline {
  entity: string;
  events: TimelineEvent[];
}

const MENTION_RE = /^(\d+)-(\d+)-(.+)$/;

export function parseTimeline(text: string, fileName: string): Result<EntityTimeline> {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const entity = (lines[0] ?? '').trim();
  if (entity === '') return err(`${fileName}: the first line should name the entity`);
  const events: TimelineEvent[] = [];
  for (const [i, line] of lines.entries()) {
    if (i === 0 || line.trim() === '') continue;
    const [position, date, ...tokens] = line.trim().split('\t');
    const mentions: TimelineMention[] = [];
    for (const token of tokens) {
      const m = MENTION_RE.exec(token);
      if (!m) return err(`${fileName} line ${i + 1}: "${token}" is not docid-sentence-word`);
      mentions.push({ docId: m[1] ?? '', sentence: Number(m[2]), word: m[3] ?? '' });
    }
    if (!/^\d+$/.test(position ?? '') || date === undefined || mentions.length === 0)
      return err(`${fileName} line ${i + 1}: expected position<TAB>date<TAB>mention...`);
    events.push({ position: Number(position), date, mentions });
  }
  return ok({ entity, events });
}

/**
 * The known leading part of a gold date: "2008-10-06", "2009-03" for "2009-03-XX", "2007" for
 * "2007-XX-XX"; null when even the year is unknown.
 */
export function knownDatePrefix(date: string): string | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  return [m[1], m[2], m[2] === undefined ? undefined : m[3]].filter((x) => x !== undefined).join('-');
}

export interface TimelineEventResult {
  event: TimelineEvent;
  /** The first row that puts the event on the entity's lane at the right date, or null. */
  hit: EventRecord | null;
}

export interface TimelineScore {
  entity: string;
  /** Events with at least a known year; the others cannot be put on a timeline and are left out. */
  dated: number;
  hits: number;
  events: TimelineEventResult[];
}

/**
 * An event counts when a row from one of its mentions' document and sentence names the entity
 * (actor or people) and starts in the gold date at the gold's precision.
 */
export function scoreTimeline(
  timeline: EntityTimeline,
  rowsAt: (docId: string, sentence: number) => readonly EventRecord[],
  rowNames: (row: EventRecord) => string[],
): TimelineScore {
  const events: TimelineEventResult[] = [];
  for (const event of timeline.events) {
    const prefix = knownDatePrefix(event.date);
    if (prefix === null) continue;
    let hit: EventRecord | null = null;
    for (const m of event.mentions) {
      hit =
        rowsAt(m.docId, m.sentence).find(
          (row) => row.start.startsWith(prefix) && namesAny(rowNames(row), [timeline.entity]),
        ) ?? null;
      if (hit) break;
    }
    events.push({ event, hit });
  }
  return {
    entity: timeline.entity,
    dated: events.length,
    hits: events.filter((e) => e.hit !== null).length,
    events,
  };
}
