/**
 * One lane per discovered actor across a whole corpus: "Boeing Co." in one article and "Boeing" in
 * another, "Jobs" where another article said "Steve Jobs", or "Dow Jones" where another said "Dow Jones
 * Industrial Average" (its only longer name that begins so), are the same lane. Listed actors keep
 * their actors.json ids; only names the text introduced (they contain capitals, ids never do) are
 * joined. The fullest spelling wins, then the most used.
 */
import type { EventRecord } from '../model/event-record';
import { nameKey, shortFormsOf } from './stages/entities';

function isDiscovered(actor: string): boolean {
  return /\p{Lu}/u.test(actor);
}

/** Longest name per key, ties broken by use; a surname joins the only longer name ending in it. */
export function canonicalLaneNames(events: readonly EventRecord[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const e of events) {
    for (const a of [e.actor, ...e.other_actors])
      if (a !== '' && isDiscovered(a)) counts.set(a, (counts.get(a) ?? 0) + 1);
  }
  const byKey = new Map<string, string>();
  for (const [name, n] of counts) {
    const key = nameKey(name);
    const best = byKey.get(key);
    if (!best || name.length > best.length || (name.length === best.length && n > (counts.get(best) ?? 0)))
      byKey.set(key, name);
  }
  const longer = [...byKey.values()].filter((n) => /\s/.test(n));
  // Leading words and initials of each longer name: "dow jones" and "djia" of "Dow Jones Industrial
  // Average". A short form two longer names share ("Apple" of "Apple Computer" and "Apple Daily") joins
  // neither.
  const shortOf = new Map<string, Set<string>>();
  for (const l of longer) {
    for (const k of shortFormsOf(l)) {
      if (byKey.get(k) === l) continue;
      const set = shortOf.get(k) ?? new Set<string>();
      set.add(l);
      shortOf.set(k, set);
    }
  }
  const out = new Map<string, string>();
  for (const name of counts.keys()) {
    let canonical = byKey.get(nameKey(name)) ?? name;
    if (!/\s/.test(canonical)) {
      const full = longer.filter((l) => l.endsWith(` ${canonical}`) && l.split(/\s+/).length <= 4);
      if (full.length === 1 && full[0]) canonical = full[0];
    }
    // Initials join only when written as such ("GM"), not a word that happens to match ("Ba").
    const key = nameKey(canonical);
    const initials = /^[\p{Lu}&]{2,6}$/u.test(canonical);
    const prefixOf = shortOf.get(key);
    // A single ordinary word is too loose across a corpus ("Korea" of "Korea Exchange"); within one
    // article the entities stage already joined "Dow" to "Dow Jones Industrial Average".
    // A key with a space can only be leading words; an all-capital one, leading words or initials.
    const [full] = prefixOf?.size === 1 ? prefixOf : [];
    if (full && (/\s/.test(canonical) || initials)) canonical = full;
    if (canonical !== name) out.set(name, canonical);
  }
  return out;
}

/** The rows with their discovered lanes renamed to one spelling each; listed actors untouched. */
export function joinLaneNames(events: readonly EventRecord[]): EventRecord[] {
  const names = canonicalLaneNames(events);
  if (names.size === 0) return [...events];
  const rename = (a: string): string => names.get(a) ?? a;
  return events.map((e) => {
    const actor = rename(e.actor);
    const others = [...new Set(e.other_actors.map(rename))].filter((a) => a !== actor);
    return actor === e.actor &&
      others.length === e.other_actors.length &&
      others.every((a, i) => a === e.other_actors[i])
      ? e
      : { ...e, actor, other_actors: others };
  });
}
