/**
 * Cheap coreference for actor attribution: "he", "the country", "the North", "the rebels" become
 * mentions of the person or actor they most likely refer to, so "He said on Monday ..." gets an actor.
 *
 * Rules, in order of trust, and their limits:
 * - "he"/"she" (and "He"/"She") take the salient person: a person named earlier in the same sentence,
 *   else the first person named in the latest sentence that names one (the subject, in news prose).
 *   Gender is not checked, so "she" after a man still resolves to him.
 * - "the country", "the nation", "the regime", "the government", "the island", "the North", "the South"
 *   take the salient state. Salience adds up mentions over the last three sentences (weight halving
 *   per sentence back) plus a bonus for each sentence's topical subject: its first actor, or the first
 *   after an opening "X officials said (that)", because such frames name sources, not topics.
 *   "the North"/"the South" only take actors whose label starts with that word.
 * - "the rebels", "the militants", "the insurgents", "the militia", "the group" take the salient
 *   actor of kind "group"; "the bloc", "the alliance" one of kind "organisation".
 * - A sentence-initial "It"/"Its" takes the salient actor of any kind except a person.
 * Anything else (they, his, the ministry) stays unresolved rather than guessed.
 */
import type { Actor } from '../model/actor';
import type { ActorMention } from './actors';

/** Sentences back that still count for salience; news paragraphs rarely keep a referent longer. */
const SALIENCE_SENTENCES = 3;
/** Extra weight for a sentence's topical subject, in units of one mention in the previous sentence. */
const SUBJECT_BONUS = 1;
/** A mention earlier in the same sentence counts this much more than one in the previous sentence. */
const SAME_SENTENCE_WEIGHT = 1.5;

/**
 * All anaphors in one pass: group 1 a person pronoun, group 2 a state noun, group 3 a group noun.
 * Most sentences hold none, so one scan instead of three is most of the cost of this file.
 */
const ANAPHOR_RE =
  /\b(?:([Hh]e|[Ss]he)\b|[Tt]he (?:(country|nation|regime|government|island|North|South)|(rebels|militants|insurgents|militia|group|bloc|alliance))(?![\p{L}-]))/gu;
const IT_RE = /^["“]?(It|Its)\b/u;
/**
 * "South Korean and US officials have said the North ...": a frame whose subject is a generic source
 * (officials, analysts, media) names where news came from, not what it is about. "Taiwan’s Defence
 * Ministry said it detected ..." is about Taiwan and keeps its subject.
 */
const REPORTING_FRAME_RE =
  /^[^,;:]{0,80}?\b(?:officials|analysts|experts|observers|diplomats|sources|media|reports|agencies)\s+(?:\w+\s+){0,2}?(?:said|say|says|told|reported|warned|believe|believes|added|noted)\s+(?:that\s+)?/u;

type Kind = 'person' | 'state' | 'group' | 'organisation';

interface Seen {
  mention: ActorMention;
  sentence: number;
  subject: boolean;
}

export interface Coreference {
  /** Mentions for the anaphors in `text`, none overlapping `mentions`; call before `observe`. */
  resolve(text: string, mentions: readonly ActorMention[]): ActorMention[];
  /** Records a sentence's mentions (with resolved ones) as history for the next sentences. */
  observe(text: string, mentions: readonly ActorMention[]): void;
}

function overlaps(start: number, end: number, mentions: readonly ActorMention[]): boolean {
  return mentions.some((m) => start < m.end && m.start < end);
}

function topicalSubject(text: string, mentions: readonly ActorMention[]): ActorMention | undefined {
  if (mentions.length === 0) return undefined;
  const frame = REPORTING_FRAME_RE.exec(text);
  const after = frame ? frame[0].length : 0;
  return mentions.find((m) => m.start >= after) ?? mentions[0];
}

/** Actors without a kind count as states, the common case in news about conflicts. */
export function createCoreference(actors: readonly Actor[]): Coreference {
  const kinds = new Map(actors.map((a) => [a.id, a.kind ?? 'state']));
  const labels = new Map(actors.map((a) => [a.id, a.label]));
  const history: Seen[] = [];
  let sentenceNo = 0;
  let lastPeople: ActorMention[] = [];
  const kindOf = (m: ActorMention): Kind =>
    m.kind === 'person' ? 'person' : ((kinds.get(m.actorId) ?? 'state') as Kind);

  function salient(
    accept: (m: ActorMention) => boolean,
    before: readonly ActorMention[],
    subject: ActorMention | undefined,
  ): ActorMention | null {
    const score = new Map<string, { total: number; mention: ActorMention }>();
    const add = (m: ActorMention, w: number): void => {
      const s = score.get(m.actorId) ?? { total: 0, mention: m };
      s.total += w;
      score.set(m.actorId, s);
    };
    for (const h of history) {
      const back = sentenceNo - h.sentence + 1;
      if (back > SALIENCE_SENTENCES || !accept(h.mention)) continue;
      const w = 1 / 2 ** (back - 1);
      add(h.mention, w + (h.subject ? SUBJECT_BONUS * w : 0));
    }
    for (const m of before) {
      if (accept(m)) add(m, SAME_SENTENCE_WEIGHT + (m === subject ? SUBJECT_BONUS : 0));
    }
    let best: { total: number; mention: ActorMention } | null = null;
    for (const s of score.values()) if (!best || s.total > best.total) best = s;
    return best?.mention ?? null;
  }

  return {
    resolve(text, mentions) {
      const out: ActorMention[] = [];
      // Only state and group nouns weigh the subject, and its frame pattern is the dearest one here.
      let subject: ActorMention | undefined;
      const push = (start: number, end: number, target: ActorMention | null): void => {
        if (!target || overlaps(start, end, mentions) || overlaps(start, end, out)) return;
        out.push({ ...target, start, end, anaphor: text.slice(start, end) });
      };
      ANAPHOR_RE.lastIndex = 0;
      for (let m = ANAPHOR_RE.exec(text); m; m = ANAPHOR_RE.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (m[1] !== undefined) {
          const earlier = mentions.find((x) => x.kind === 'person' && x.end <= start);
          push(start, end, earlier ?? lastPeople[0] ?? null);
          continue;
        }
        const before = mentions.filter((x) => x.end <= start);
        subject ??= topicalSubject(text, mentions);
        const word = m[2];
        if (word !== undefined) {
          const compass = word === 'North' || word === 'South' ? `${word} ` : '';
          const accept = (x: ActorMention): boolean =>
            kindOf(x) === 'state' && (compass === '' || (labels.get(x.actorId) ?? '').startsWith(compass));
          push(start, end, salient(accept, before, subject));
        } else {
          const want: Kind = m[3] === 'bloc' || m[3] === 'alliance' ? 'organisation' : 'group';
          push(
            start,
            end,
            salient((x) => kindOf(x) === want, before, subject),
          );
        }
      }
      const it = IT_RE.exec(text);
      if (it) {
        const start = it.index + it[0].length - (it[1] ?? '').length;
        push(
          start,
          start + (it[1] ?? '').length,
          salient((x) => kindOf(x) !== 'person', [], undefined),
        );
      }
      return out.sort((a, b) => a.start - b.start);
    },
    observe(text, mentions) {
      sentenceNo++;
      const subject = topicalSubject(text, mentions);
      for (const mention of mentions)
        history.push({ mention, sentence: sentenceNo, subject: mention === subject });
      while (history.length > 0 && sentenceNo - (history[0]?.sentence ?? 0) >= SALIENCE_SENTENCES)
        history.shift();
      const people = mentions.filter((x) => x.kind === 'person');
      if (people.length > 0) lastPeople = people;
    },
  };
}
