/**
 * A readable dump of the analysis, sentence by sentence: the predicates each stage found, with how
 * their agent and date were chosen. For `extract --explain` and for reviewing a wrong row.
 */
import type { ArticleAnalysis, Predicate, SentenceAnalysis } from './analysis';

function describe(s: SentenceAnalysis, p: Predicate): string {
  const head = s.tokens[p.head]?.text ?? '?';
  const verb = [
    p.kind,
    p.tense,
    p.perfect ? 'perfect' : '',
    p.progressive ? 'progressive' : '',
    p.passive ? 'passive' : '',
    p.modal ? `modal:${p.modal}` : '',
    p.negated ? 'negated' : '',
    p.finite ? '' : 'nonfinite',
    p.subordinator ? `sub:${p.subordinator}` : '',
    p.quoted ? 'quoted' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const agent = p.agent
    ? `${p.agent.name} [${p.agent.kind}${p.agent.actorId ? ` ${p.agent.actorId}` : ''}${p.agent.affiliation ? ` of ${p.agent.affiliation}` : ''}] by ${p.agentBasis}`
    : p.subject
      ? `"${p.subject}" (${p.agentBasis})`
      : '-';
  const time = p.time ? `${p.time.date.first}..${p.time.date.last} (${p.time.how})` : '-';
  return `    ${head} <${p.lemma}> ${p.type} ${p.factuality} {${verb}} agent=${agent} time=${time}`;
}

export function explainAnalysis(doc: ArticleAnalysis): string {
  const lines: string[] = [];
  for (const s of doc.sentences) {
    lines.push(`[${s.index}]${s.isLead ? ' lead' : ''}${s.isCaption ? ' caption' : ''} ${s.raw}`);
    if (s.entities.length > 0)
      lines.push(
        `    entities: ${s.entities.map((e) => `${e.text}=${e.name}/${e.kind}${e.source === 'anaphor' ? '*' : ''}`).join('; ')}`,
      );
    for (const p of s.predicates) lines.push(describe(s, p));
  }
  return lines.join('\n');
}
