import { describe, expect, it } from 'vitest';
import { shortName } from './people';
import { extractStory as extract, rowsFrom as from } from './test-story';

/**
 * Court news ("a Texas judge blocked the rule", "was found guilty", "agreed to hear the case"),
 * verbs that stop what their object names ("suspended the deployment"), and names as news prints them
 * (particles, Spanish double surnames, an office the sentence gives). The articles are written for
 * these tests.
 */

const COURTS = `Rulings of the week

A Bexley jury found the former mayor guilty on Thursday of taking bribes.

The former treasurer was found not guilty on Friday of all charges.

A Texas judge blocked the new rule on Monday.

A Kenyan court suspended the deployment of police officers on Friday.

The Supreme Court agreed on Monday to hear the case.

Calloway Software agreed on Tuesday to pay $40 million to settle the lawsuit.

Governor Ana Ruiz signed the bill into law on Wednesday.
`;

describe('court news', () => {
  const events = extract(COURTS, '2024-06-08');

  it('reads "found guilty" as a verdict, active or passive, titled with the court that gave it', () => {
    const [jury] = from(events, 'Bexley jury');
    expect(jury?.type).toBe('verdict');
    expect(jury?.title).toBe('Bexley jury finds former mayor guilty');
    const [acquittal] = from(events, 'not guilty');
    expect(acquittal?.type).toBe('verdict');
    expect(acquittal?.start).toBe('2024-06-07');
  });

  it('keeps the court in the doer of a place-qualified court, and what a judge blocks is a ruling', () => {
    const [judge] = from(events, 'Texas judge');
    expect([judge?.type, judge?.title]).toEqual(['verdict', 'Texas judge blocks new rule']);
    const [court] = from(events, 'Kenyan court');
    expect(court?.actor).toBe('kenya');
    expect(court?.title).toMatch(/^Kenyan court suspends deployment/);
  });

  it('never titles a stopped deployment as a deployment', () => {
    const [court] = from(events, 'Kenyan court');
    expect(court?.type).toBe('verdict');
    expect(court?.title).not.toMatch(/deploys/);
  });

  it('says what was agreed when a verb follows "agreed ... to"', () => {
    expect(from(events, 'hear the case')[0]?.title).toBe('Supreme Court agrees to hear the case');
    const [deal] = from(events, 'settle the lawsuit');
    expect(deal?.title).toBe('Calloway Software agrees to pay $40 million to settle the lawsuit');
    expect(deal?.start).toBe('2024-06-04');
  });

  it('reads a signed bill as a policy, not a deal between parties', () => {
    const [law] = from(events, 'into law');
    expect([law?.type, law?.title]).toEqual(['policy', 'Ruiz signs bill into law']);
  });
});

const STOPPED = `Operations on hold

Israel halted the offensive on Sunday.

Ukraine agreed on Tuesday to a 30-day ceasefire.
`;

describe('verbs that stop or accept what their object names', () => {
  const events = extract(STOPPED, '2025-03-12');

  it('titles a halted offensive with the verb, not as an operation carried out', () => {
    const [halt] = from(events, 'halted');
    expect([halt?.type, halt?.title]).toEqual(['policy', 'Israel halts offensive']);
  });

  it('folds a typed object across a date between verb and object', () => {
    const [truce] = from(events, 'ceasefire');
    expect([truce?.type, truce?.title, truce?.start]).toEqual([
      'ceasefire',
      'Ukraine agrees to ceasefire',
      '2025-03-11',
    ]);
  });
});

describe('names as news prints them', () => {
  it('keeps surname particles and the first of two Spanish surnames', () => {
    expect(shortName('Marine Le Pen')).toBe('Le Pen');
    expect(shortName('Paola De Micheli')).toBe('De Micheli');
    expect(shortName('Ursula von der Leyen')).toBe('von der Leyen');
    expect(shortName('Andres Manuel Lopez Obrador')).toBe('Lopez Obrador');
    expect(shortName('Pedro Sanchez')).toBe('Sanchez');
    expect(shortName('Luis Alberto Martinez')).toBe('Martinez');
  });

  it('takes a name with a particle whole after an office', () => {
    const events = extract(
      'Minister resigns\n\nTransport Minister Paola De Micheli resigned on Friday.\n',
      '2020-05-16',
    );
    expect(events[0]?.title).toBe('De Micheli resigns');
  });

  it('files a listed person under the office the article gives, also when named again', () => {
    const events = extract(
      'Government falls\n\nDutch Prime Minister Mark Rutte resigned on Friday.\n\nRutte said on Friday that he would stay on as caretaker.\n',
      '2023-07-08',
    );
    expect(events.map((e) => e.actor)).toEqual(['netherlands', 'netherlands']);
  });
});

describe('a company named again', () => {
  it('never reads "the company" or "its chief executive" as a country named since', () => {
    const events = extract(
      [
        'Carmaker cuts jobs',
        '',
        'Calloway Motors said on Monday it would cut 5,000 jobs.',
        '',
        'Officials said France would send inspectors to the plant.',
        '',
        'The company said its chief executive would step down on Friday.',
        '',
      ].join('\n'),
      '2025-05-18',
    );
    const lanes = from(events, 'The company said').map((e) => e.actor);
    expect(lanes.length).toBeGreaterThan(0);
    expect(lanes.every((lane) => lane === 'Calloway Motors')).toBe(true);
  });
});

describe('people the list does not know', () => {
  const events = extract(
    [
      'Smuggler handed over',
      '',
      'Authorities on Thursday handed over Rafael Ostrander, a smuggling boss, to Spain.',
      '',
      'The handover came a day before Donald Trump arrived in Madrid.',
      '',
      'Ostrander has escaped from prison twice. In 2001, he fled Valdemora prison in a laundry cart.',
      '',
      'He stayed at large until his capture in Malaga in February 2014.',
      '',
    ].join('\n'),
    '2017-01-20',
  );

  it('reads "he" as the person named last, not a listed one named before him', () => {
    expect(from(events, 'he fled').map((e) => [e.start, e.title])).toEqual([
      ['2001-01-01', 'Ostrander flees Valdemora prison'],
    ]);
  });

  it('reads a name before "prison" as a place, and "his capture" as what happened to him', () => {
    const capture = from(events, 'his capture').find((e) => e.start === '2014-02-01');
    expect(capture?.title).toBe('Capture of Ostrander');
  });
});

describe('"it" after a company the list does not know', () => {
  it('is that company, not a country named in the sentence before', () => {
    const events = extract(
      [
        'Credit bureau hacked',
        '',
        'Some residents of Britain and Canada were affected as well.',
        '',
        'Calloway Credit Inc said the access occurred from mid-May through July. It discovered the intrusion on July 29.',
        '',
      ].join('\n'),
      '2017-09-08',
    );
    expect(from(events, 'It discovered').map((e) => [e.start, e.actor])).toEqual([
      ['2017-07-29', 'Calloway Credit Inc'],
    ]);
  });
});
