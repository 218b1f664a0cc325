/**
 * Test helper for the story-level tests: extracts one article written in the test, with
 * data/actors.json as the actor list, and picks the rows read from one of its sentences. It reads
 * no files and no clock, so it type-checks with the pure extract/ config too. Not for production code.
 */
import actorsJson from '../../data/actors.json';
import type { EventRecord } from '../model/event-record';
import type { ActorsFile } from '../model/actor';
import { parseActorsFile } from './actors';
import { extractArticles } from './index';

let actors: ActorsFile | null = null;

function testActors(): ActorsFile {
  if (actors) return actors;
  const parsed = parseActorsFile(JSON.stringify(actorsJson), 'data/actors.json');
  if (!parsed.ok) throw new Error(parsed.error);
  actors = parsed.value;
  return actors;
}

/** The rows of one article published on `published`. */
export function extractStory(text: string, published: string): EventRecord[] {
  return extractArticles([{ fileName: 'story.txt', published, text }], { actors: testActors() }).events;
}

/** The rows read from the sentence that contains `text`. */
export function rowsFrom(events: readonly EventRecord[], text: string): EventRecord[] {
  return events.filter((e) => e.sentence.includes(text));
}
