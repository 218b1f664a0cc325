/**
 * The reference (publication) date of each article in a text, read from its dateline or caption the way
 * the extractor reads it (extract/reference-date.ts), without extracting anything: the add-article dialog
 * proposes a date with this, and the extraction runs once, with the date the user confirmed.
 */
import { referenceDate } from '../extract/reference-date';
import { splitArticles } from '../extract/split-articles';

/** One ISO day per article of the text, '' where none is found. */
export function articleReferenceDates(text: string, fileName: string): string[] {
  return splitArticles(text).articles.map((article) => {
    const found = referenceDate(fileName, article);
    return found.ok ? found.value.date : '';
  });
}
