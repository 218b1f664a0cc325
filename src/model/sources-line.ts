/**
 * The line an exported picture carries to name where its events come from: the distinct articles (by id,
 * titled where the data has titles) and the file that was loaded, cut to fit the picture's width.
 */

export interface SourceArticle {
  id: string;
  title: string;
}

/**
 * "Sources: 4 articles — “A”; “B”; “C” and 1 more · file events.csv", or "Source: file events.csv" when the
 * rows name no article. At most `maxChars` characters.
 */
export function sourcesLine(articles: Iterable<SourceArticle>, fileName: string, maxChars = 160): string {
  const titles = new Map<string, string>();
  for (const a of articles) {
    const id = a.id.trim();
    if (!id) continue;
    const known = titles.get(id);
    if (!known) titles.set(id, a.title.trim().replace(/\s+/g, ' '));
  }
  const file = fileName.trim() ? `file ${fileName.trim()}` : '';
  if (titles.size === 0) return cut(file ? `Source: ${file}` : 'Source: not recorded', maxChars);
  const head = `Sources: ${titles.size.toLocaleString('en')} ${titles.size === 1 ? 'article' : 'articles'}`;
  const tail = file ? ` · ${file}` : '';
  const names = [...titles].map(([id, title]) => (title ? `“${title}”` : id));
  // As many whole names as fit, then "and N more"; a single name that does not fit is cut with "…".
  let shown = 0;
  let list = '';
  for (const name of names) {
    const next = list ? `${list}; ${name}` : name;
    const rest = names.length - shown - 1;
    const more = rest > 0 ? ` and ${rest.toLocaleString('en')} more` : '';
    if (`${head} — ${next}${more}${tail}`.length > maxChars) break;
    list = next;
    shown++;
  }
  if (!list) return cut(`${head} — ${names[0] ?? ''}`, maxChars - tail.length) + tail;
  const rest = names.length - shown;
  return `${head} — ${list}${rest > 0 ? ` and ${rest.toLocaleString('en')} more` : ''}${tail}`;
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}
