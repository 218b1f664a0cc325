import { describe, expect, it } from 'vitest';
import { findTriggers } from './event-types';
import { captureObject, commonSubject, drillArea, meetingName, verbObject } from './headline-parts';
import { shortName } from './people';

function trigger(sentence: string, text: string) {
  const t = findTriggers(sentence).find((x) => x.text === text);
  if (!t) throw new Error(`no trigger "${text}"`);
  return t;
}

describe('headline parts', () => {
  it('reads the object of a judging verb, keeping a possessor', () => {
    const s = 'Hamas rejected the proposal on Tuesday.';
    expect(verbObject(s, trigger(s, 'rejected'))).toBe('proposal');
    const t = 'Officials issued a statement condemning North Korea’s provocative streak in weapons tests.';
    expect(verbObject(t, trigger(t, 'condemning'))).toBe('North Korea’s provocative streak');
  });

  it('reads what was captured from the place after the verb or the passive subject', () => {
    const a = 'The rebels seized the eastern city of Goma in January.';
    expect(captureObject(a, trigger(a, 'seized'))).toBe('Goma');
    const b = 'Two villages in the Donetsk region were captured by Russian forces on Saturday.';
    expect(captureObject(b, trigger(b, 'captured'))).toBe('two villages');
  });

  it('names a meeting from "meeting of" or from the members who met', () => {
    const a = 'Kim Jong Un speaking during a meeting of the ruling party’s Politburo in Pyongyang.';
    expect(meetingName(a, trigger(a, 'speaking during a meeting'), [])).toBe('Politburo meeting');
    const b = 'State media said Politburo members met a day earlier.';
    expect(meetingName(b, trigger(b, 'met'), [])).toBe('Politburo meeting');
  });

  it('places drills around a country and finds a common-noun subject', () => {
    const s = 'China’s military held large-scale drills around Taiwan on Monday.';
    expect(drillArea(s, trigger(s, 'drills'))).toBe('around Taiwan');
    expect(commonSubject('The mediators are set to resume talks in Cairo next week.')).toBe('Mediators');
  });

  it('shortens names the way headlines print them', () => {
    expect(
      [
        'Sergei Lavrov',
        'Kim Jong Un',
        'Xi Jinping',
        'Abdel Fattah el-Sisi',
        'Sheikh Mohammed bin Abdulrahman Al Thani',
        'Ursula von der Leyen',
      ].map(shortName),
    ).toEqual(['Lavrov', 'Kim Jong Un', 'Xi Jinping', 'el-Sisi', 'Al Thani', 'von der Leyen']);
  });
});
