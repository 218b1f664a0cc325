/** Reads actors.json; a broken file yields an error message and no actors, never a crash. */
import type { Actor } from '../model/actor';

export type ActorsResult = { ok: true; actors: Actor[] } | { ok: false; error: string };

const COLOR_RE = /^#[0-9a-fA-F]{6}$/;

export function parseActorsJson(text: string): ActorsResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `actors.json is not valid JSON: ${(e as Error).message}` };
  }
  const list: unknown = Array.isArray(data) ? data : (data as { actors?: unknown } | null)?.actors;
  if (!Array.isArray(list)) return { ok: false, error: 'actors.json has no "actors" list' };
  const actors: Actor[] = [];
  for (const item of list as unknown[]) {
    if (!item || typeof item !== 'object') continue;
    const a = item as Record<string, unknown>;
    if (typeof a.id !== 'string') continue;
    const strings = (v: unknown) =>
      Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : undefined;
    actors.push({
      id: a.id,
      label: typeof a.label === 'string' && a.label ? a.label : a.id,
      // Only plain hex colours: the value reaches canvas and SVG attributes.
      color: typeof a.color === 'string' && COLOR_RE.test(a.color) ? a.color : '',
      kind: typeof a.kind === 'string' ? a.kind : undefined,
      aliases: strings(a.aliases),
      demonyms: strings(a.demonyms),
      capitals: strings(a.capitals),
      institutions: strings(a.institutions),
      people: strings(a.people),
    });
  }
  return { ok: true, actors };
}
