/**
 * Reads actors.json and finds actor mentions in text. Matching is case-sensitive on purpose: the
 * names are proper nouns, so "threatens us" is not the United States and "turkey" is not Turkey.
 * Names longer than five letters also match in ALL CAPS, for shouted headlines. At any position the
 * longest name wins, so "South Korean" is never read as a shorter name inside it.
 */
import type { Actor, ActorsFile } from '../model/actor';
import { err, ok, type Result } from './result';

export type MentionKind = 'name' | 'demonym' | 'capital' | 'institution' | 'person';

/** One actor name found in a text. Offsets are UTF-16, end exclusive. */
export interface ActorMention {
  actorId: string;
  kind: MentionKind;
  start: number;
  end: number;
  text: string;
  /** Set when the mention was resolved from an anaphor ("he", "the country"): the words as written. */
  anaphor?: string;
}

export interface ActorMatcher {
  readonly actors: readonly Actor[];
  /** Mentions in text order, never overlapping. */
  find(text: string): ActorMention[];
  label(actorId: string): string;
}

interface Entry {
  name: string;
  actorId: string;
  kind: MentionKind;
}

const WORD_RE = /[\p{L}\p{N}]+/gu;
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
const COLOR_RE = /^#[0-9a-fA-F]{6}$/;
const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function firstWord(name: string): string {
  WORD_RE.lastIndex = 0;
  const m = WORD_RE.exec(name);
  return m ? m[0] : '';
}

function entriesOf(actor: Actor): Entry[] {
  const lists: [MentionKind, readonly string[] | undefined][] = [
    ['name', [actor.label, ...(actor.aliases ?? [])]],
    ['demonym', actor.demonyms],
    ['capital', actor.capitals],
    ['institution', actor.institutions],
    ['person', actor.people],
  ];
  const entries: Entry[] = [];
  for (const [kind, names] of lists) {
    for (const name of names ?? []) {
      if (name.trim() === '') continue;
      entries.push({ name, actorId: actor.id, kind });
      const upper = name.toUpperCase();
      if (name.length > 5 && upper !== name) entries.push({ name: upper, actorId: actor.id, kind });
    }
  }
  return entries;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * One pattern that stops only where a name can start, so the engine skips the rest of the text
 * without a lookup per word. Names that start with a capital stop at any capital and take the whole
 * word as the key. The few others ("the North", "von der Leyen") stop only where their full name
 * follows, since their first words ("the") are among the commonest in English. The match is the key.
 */
function scanPattern(byFirstWord: ReadonlyMap<string, readonly Entry[]>): RegExp | null {
  const capitals = new Set<string>();
  const literals: string[] = [];
  for (const [key, entries] of byFirstWord) {
    const first = String.fromCodePoint(key.codePointAt(0) ?? 0);
    if (/^\p{Lu}$/u.test(first)) capitals.add(first);
    else {
      const rests = entries.map((e) => escapeRegExp(e.name.slice(e.name.indexOf(key) + key.length)));
      literals.push(`${escapeRegExp(key)}(?=${rests.join('|')})`);
    }
  }
  const alternatives = [...literals];
  if (capitals.size > 0)
    alternatives.unshift(
      `[${[...capitals].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}][\\p{L}\\p{N}]*`,
    );
  return alternatives.length > 0 ? new RegExp(alternatives.join('|'), 'gu') : null;
}

/** Names that, after a compass word, make a region: "North America", "Central Asia" is no listed actor. */
const REGION_NAMES: ReadonlySet<string> = new Set(['America', 'Asia', 'Africa', 'Europe']);
const REGION_WORD_BEFORE_RE =
  /(?:^|[^\p{L}])(?:North|South|Latin|Central|East|West|Southeast|Sub-Saharan) $/u;

export function createActorMatcher(actors: readonly Actor[]): ActorMatcher {
  // Indexed by the first word so a scan costs one map lookup per word, whatever the number of names.
  const byFirstWord = new Map<string, Entry[]>();
  for (const actor of actors) {
    for (const entry of entriesOf(actor)) {
      const key = firstWord(entry.name);
      if (key === '') continue;
      const list = byFirstWord.get(key) ?? [];
      list.push(entry);
      byFirstWord.set(key, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.name.length - a.name.length);
  const labels = new Map(actors.map((a) => [a.id, a.label]));
  const scanRe = scanPattern(byFirstWord);
  return {
    actors,
    label: (actorId) => labels.get(actorId) ?? actorId,
    find(text) {
      const mentions: ActorMention[] = [];
      if (!scanRe) return mentions;
      scanRe.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = scanRe.exec(text))) {
        const start = m.index;
        // Inside a word ("McDonald"): the word as a whole is not a name's first word.
        if (start > 0 && WORD_CHAR_RE.test(text.charAt(start - 1))) continue;
        const candidates = byFirstWord.get(m[0]);
        if (!candidates) continue;
        for (const entry of candidates) {
          if (!text.startsWith(entry.name, start)) continue;
          const end = start + entry.name.length;
          const after = text.charAt(end);
          // "U.S." ends in a dot, so the next character may be a letter only when the name ends in one.
          if (
            after !== '' &&
            WORD_CHAR_RE.test(after) &&
            WORD_CHAR_RE.test(entry.name.charAt(entry.name.length - 1))
          )
            continue;
          // "North America", "Latin America": a region named after a country's word is no mention of it.
          if (
            REGION_NAMES.has(entry.name) &&
            // Room for the longest compass word, "Sub-Saharan ".
            REGION_WORD_BEFORE_RE.test(text.slice(Math.max(0, start - 12), start))
          )
            break;
          mentions.push({ actorId: entry.actorId, kind: entry.kind, start, end, text: entry.name });
          scanRe.lastIndex = end;
          break;
        }
      }
      return mentions;
    },
  };
}

function lineOfPosition(text: string, position: number): number {
  let line = 1;
  for (let i = 0; i < position && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Line of the JSON key that introduces actor number `index`, so errors point near the mistake. */
function lineOfActor(text: string, index: number): number {
  let seen = -1;
  const re = /"id"\s*:/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    seen++;
    if (seen === index) return lineOfPosition(text, m.index);
  }
  return 1;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/**
 * Parses and checks an actors.json text. Errors name the file and line, e.g.
 * "data/actors.json line 12: actor "north-korea": color must be #rrggbb".
 */
export function parseActorsFile(text: string, fileName: string): Result<ActorsFile> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const position = /position (\d+)/.exec(message);
    const line =
      /line (\d+)/.exec(message)?.[1] ?? (position ? lineOfPosition(text, Number(position[1])) : 1);
    return err(`${fileName} line ${line}: not valid JSON (${message})`);
  }
  if (typeof data !== 'object' || data === null || !('actors' in data) || !Array.isArray(data.actors)) {
    return err(`${fileName} line 1: expected an object with an "actors" list`);
  }
  const actors: Actor[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of (data.actors as unknown[]).entries()) {
    const where = `${fileName} line ${lineOfActor(text, index)}: actor ${index + 1}`;
    if (typeof raw !== 'object' || raw === null) return err(`${where}: must be an object`);
    const a = raw as Record<string, unknown>;
    if (typeof a.id !== 'string' || !ID_RE.test(a.id)) return err(`${where}: id must be kebab-case text`);
    if (seen.has(a.id)) return err(`${where}: id "${a.id}" is used twice`);
    seen.add(a.id);
    if (typeof a.label !== 'string' || a.label.trim() === '') return err(`${where}: label must be text`);
    if (typeof a.color !== 'string' || !COLOR_RE.test(a.color)) return err(`${where}: color must be #rrggbb`);
    const actor: Actor = { id: a.id, label: a.label, color: a.color };
    if (typeof a.kind === 'string') actor.kind = a.kind;
    for (const key of ['aliases', 'demonyms', 'capitals', 'institutions', 'people'] as const) {
      const list = a[key];
      if (list === undefined) continue;
      if (!isStringList(list)) return err(`${where}: ${key} must be a list of text`);
      actor[key] = list;
    }
    actors.push(actor);
  }
  return ok({ version: 1, actors });
}
