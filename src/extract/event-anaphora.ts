/**
 * "Northwind agreed to buy Calloway Software ... The acquisition is expected to close in the third
 * quarter": a later sentence names the same event by its noun and tells what happens to it next. That
 * row is the earlier event's: same type and doer, titled as the doer's. Pure, over one article's
 * drafts in text order.
 */
import type { EventType } from '../model/event-record';
import type { DraftEvent } from './extract-article';
import { EVENT_NOUNS } from './lexicon/event-nouns';
import { COMPLETION_VERBS } from './lexicon/verb-classes';

/** Nouns that name an earlier event of these types besides their own ("the deal" for a takeover). */
const ALSO_NAMES: Readonly<Record<string, readonly EventType[]>> = {
  deal: ['acquisition', 'transaction', 'agreement'],
  purchase: ['acquisition', 'transaction'],
  sale: ['acquisition', 'transaction'],
};

export function resolveEventAnaphora(drafts: DraftEvent[]): void {
  drafts.forEach((d, i) => {
    const r = d.record;
    if (r.type !== 'other' || r.actor !== '' || !COMPLETION_VERBS.has(r.predicate)) return;
    // The subject as described: "acquisition", "deal", "the planned merger".
    const head = r.agent.split(' ').pop()?.toLowerCase() ?? '';
    const own = EVENT_NOUNS[head];
    const types: readonly EventType[] = ALSO_NAMES[head] ?? (own && own !== 'other' ? [own] : []);
    if (types.length === 0) return;
    const antecedent = drafts
      .slice(0, i)
      .reverse()
      .find((x) => types.includes(x.record.type) && x.record.actor !== '');
    if (!antecedent) return;
    const a = antecedent.record;
    r.type = a.type;
    r.actor = a.actor;
    r.other_actors = [...a.other_actors];
    r.agent = a.agent;
    const owner = antecedent.title.subject;
    // "Northwind Corp's acquisition", "Harlan Foods' deal".
    if (owner) d.title.subject = `${owner}${/s$/.test(owner) ? "'" : "'s"} ${head}`;
    d.title.plural = false;
  });
}
