/** Messages between the add-article dialog and extract-worker.ts. */
import type { ActorsFile } from '../model/actor';
import type { EventRecord } from '../model/event-record';

export interface ExtractRequest {
  id: number;
  /**
   * 'dates' only reads each article's dateline (cheap: no extraction, `events` comes back empty), to
   * propose a reference date; 'extract' runs the extraction, once, with the date the user confirmed.
   */
  kind: 'dates' | 'extract';
  fileName: string;
  text: string;
  actors: ActorsFile;
  /** The reference (publication) date the user confirmed, ISO day; '' lets the extractor read the dateline. */
  refDate: string;
}

export type ExtractResponse =
  | {
      id: number;
      ok: true;
      events: EventRecord[];
      /** Reference date per article as the extractor found or was given it ('' when none). */
      refDates: string[];
      errors: string[];
    }
  | { id: number; ok: false; error: string };
