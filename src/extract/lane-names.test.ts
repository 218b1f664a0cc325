import { describe, expect, it } from 'vitest';
import { testRecord } from '../model/test-records';
import { canonicalLaneNames, joinLaneNames } from './lane-names';

const row = (id: string, actor: string, other_actors: string[] = []) =>
  testRecord({ id, start: '2024-01-05', actor, other_actors });

describe('joinLaneNames', () => {
  it('gives "Boeing Co." and "Boeing" one lane, spelled at its fullest', () => {
    const rows = joinLaneNames([row('a', 'Boeing Co.'), row('b', 'Boeing'), row('c', 'Airbus', ['Boeing'])]);
    expect(rows.map((r) => [r.actor, r.other_actors])).toEqual([
      ['Boeing Co.', []],
      ['Boeing Co.', []],
      ['Airbus', ['Boeing Co.']],
    ]);
  });

  it('joins a surname to the one full name that ends in it, and leaves an ambiguous one alone', () => {
    expect(canonicalLaneNames([row('a', 'Steve Jobs'), row('b', 'Jobs')]).get('Jobs')).toBe('Steve Jobs');
    const two = canonicalLaneNames([
      row('a', 'Hillary Clinton'),
      row('b', 'Bill Clinton'),
      row('c', 'Clinton'),
    ]);
    expect(two.has('Clinton')).toBe(false);
  });

  it('joins the leading words or initials of one longer name to it, and leaves a shared or loose one alone', () => {
    const names = canonicalLaneNames([
      row('a', 'Dow Jones Industrial Average'),
      row('b', 'Dow Jones'),
      row('c', 'FTSE 100'),
      row('d', 'FTSE'),
      row('e', 'General Motors'),
      row('f', 'GM'),
      row('g', 'Korea Exchange'),
      row('h', 'Korea'),
      row('i', 'Apple Computer'),
      row('j', 'Apple Daily'),
      row('k', 'Apple'),
    ]);
    expect(names.get('Dow Jones')).toBe('Dow Jones Industrial Average');
    expect(names.get('FTSE')).toBe('FTSE 100');
    expect(names.get('GM')).toBe('General Motors');
    // One ordinary word is too loose across a corpus, and a short form of two names joins neither.
    expect(names.has('Korea')).toBe(false);
    expect(names.has('Apple')).toBe(false);
  });

  it('never renames listed actors', () => {
    const rows = [row('a', 'north-korea', ['south-korea']), row('b', 'Korea')];
    expect(joinLaneNames(rows).map((r) => r.actor)).toEqual(['north-korea', 'Korea']);
  });
});
