import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../model/event-record';
import { parseEventLines, toEventLine } from './events-jsonl';

const base: EventRecord = {
  id: 'wire-kyiv#1-3f2a',
  start: '2025-03-03',
  end: '2025-03-03',
  precision: 'day',
  actor: 'russia',
  type: 'attack',
  title: 'Russia launches 112 drones at Ukraine',
  sentence:
    'Russia launched 112 drones and three ballistic missiles at Ukraine overnight, the air force said on Monday.',
  article_id: 'wire-kyiv#1',
  confidence: 0.85,
  method: 'rules',
  date_text: 'Monday',
  date_value: '2025-03-03',
  date_basis: 'relative',
  date_qualifier: '',
  other_actors: ['ukraine'],
  factuality: 'asserted',
  quantity: 112,
  quantity_unit: 'drones',
  quantity_qualifier: '',
  location: '',
  people: [],
  quote: '',
  article_title: 'Russia pounds Ukraine’s energy grid',
  article_url: '',
  ref_date: '2025-03-03',
  sentence_index: 0,
  char_start: 0,
  char_end: 106,
  also_reported_in: ['ap-kyiv#1'],
  predicate: 'launch',
  agent: 'Russia',
};

describe('events as JSON Lines', () => {
  it('reads back what it writes, one event per line', () => {
    const text = [base, { ...base, id: 'x-2', people: ['Volodymyr Zelenskiy', 'Emmanuel Macron'] }]
      .map(toEventLine)
      .join('\n');
    const { events, problems } = parseEventLines(`${text}\n`, 'rows.jsonl');
    expect(problems).toEqual([]);
    expect(events).toEqual([
      base,
      { ...base, id: 'x-2', people: ['Volodymyr Zelenskiy', 'Emmanuel Macron'] },
    ]);
  });

  it('names the file and line of a broken or invalid line and keeps the others', () => {
    const text = [
      toEventLine(base),
      '{"id": "cut',
      toEventLine({ ...base, id: 'y', start: '2025-13-40' }),
    ].join('\n');
    const { events, problems } = parseEventLines(text, 'shard-7.jsonl');
    expect(events.map((e) => e.id)).toEqual([base.id]);
    expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([
      ['shard-7.jsonl', 2, ''],
      ['shard-7.jsonl', 3, 'start'],
    ]);
  });

  it('reads a line written before predicate and agent existed with both empty', () => {
    const old: Record<string, unknown> = JSON.parse(toEventLine(base)) as Record<string, unknown>;
    delete old.predicate;
    delete old.agent;
    const { events, problems } = parseEventLines(JSON.stringify(old), 'old.jsonl');
    expect(problems).toEqual([]);
    expect(events[0]).toEqual({ ...base, predicate: '', agent: '' });
  });

  it('names the line and field of a predicate that is not a lemma and an agent that lists two names', () => {
    const text = [
      toEventLine({ ...base, id: 'p', predicate: 'launched 112 drones at Ukraine overnight' }),
      toEventLine({ ...base, id: 'a', agent: 'Russia; Belarus' }),
    ].join('\n');
    const { events, problems } = parseEventLines(text, 'shard-8.jsonl');
    expect(events).toEqual([]);
    expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([
      ['shard-8.jsonl', 1, 'predicate'],
      ['shard-8.jsonl', 2, 'agent'],
    ]);
    expect(problems[0]?.reason).toMatch(/not a lemma/);
    expect(problems[1]?.reason).toMatch(/more than one entity/);
  });

  it('round-trips any non-blank title and any sentence text', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => s.trim() !== ''),
        fc.string({ minLength: 1 }),
        (title, sentence) => {
          const line = toEventLine({ ...base, title, sentence });
          expect(line.includes('\n')).toBe(false);
          const { events } = parseEventLines(line, 'p.jsonl');
          if (events[0]) expect(events[0].title).toBe(title.trim());
        },
      ),
    );
  });
});
