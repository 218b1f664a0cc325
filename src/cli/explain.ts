/**
 * `npx tsx src/cli/explain.ts <article.txt> [YYYY-MM-DD]`: prints the sentence analysis of each
 * article (entities, predicates, agents, dates and how each was chosen), to see which stage made a
 * wrong row. The optional date is the publication date when the article has no dateline.
 */
import { readFileSync } from 'node:fs';
import { createActorMatcher, parseActorsFile } from '../extract/actors';
import { splitArticles } from '../extract/split-articles';
import { referenceDate } from '../extract/reference-date';
import { tagTimex } from '../extract/timex/index';
import { analyseArticle } from '../extract/extract-article';
import { explainAnalysis } from '../extract/explain';
const file = process.argv[2] ?? '';
const actors = parseActorsFile(readFileSync('data/actors.json', 'utf8'), 'actors.json');
if (!actors.ok) throw new Error(actors.error);
const matcher = createActorMatcher(actors.value.actors);
const split = splitArticles(readFileSync(file, 'utf8'));
for (const article of split.articles) {
  const ref = referenceDate(
    file,
    article,
    process.argv[3]
      ? [{ file, article: article.index, title: '', published: process.argv[3], url: '' }]
      : undefined,
  );
  if (!ref.ok) {
    console.log(ref.error);
    continue;
  }
  const doc = analyseArticle({
    articleId: 'x',
    article,
    ref: ref.value,
    timexes: tagTimex(article.text, { dct: ref.value.date }),
    matcher,
    places: new Set(),
  });
  console.log(explainAnalysis(doc));
}
