/**
 * Web Worker running the extraction core on pasted or dropped article text, so a long article never blocks
 * the page. Extraction is pure, so this file only moves messages.
 */
import { extractArticles } from '../extract/index';
import type { ManifestEntry } from '../extract/index';
import { articleReferenceDates } from './article-dates';
import type { ExtractRequest, ExtractResponse } from './extract-protocol';

/** A pasted text rarely holds more than a few articles; each gets the confirmed date. */
const MAX_ARTICLES_PER_TEXT = 50;

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ExtractRequest>) => {
  const { id, kind, fileName, text, actors, refDate } = event.data;
  try {
    if (kind === 'dates') {
      const refDates = articleReferenceDates(text, fileName);
      scope.postMessage({ id, ok: true, events: [], refDates, errors: [] } satisfies ExtractResponse);
      return;
    }
    const manifest: ManifestEntry[] = refDate
      ? Array.from({ length: MAX_ARTICLES_PER_TEXT }, (_, article) => ({
          file: fileName,
          article,
          title: '',
          published: refDate,
          url: '',
        }))
      : [];
    const result = extractArticles([{ fileName, text }], { actors, manifest });
    const response: ExtractResponse = {
      id,
      ok: true,
      events: result.events,
      refDates: result.report.articles.map((a) => a.refDate),
      errors: [...result.report.errors, ...result.report.files.flatMap((f) => f.errors)],
    };
    scope.postMessage(response);
  } catch (e) {
    scope.postMessage({ id, ok: false, error: (e as Error).message } satisfies ExtractResponse);
  }
};
