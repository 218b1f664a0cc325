import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS } from './sentences';
import { analyse } from './test-analysis';

const PUBLISHED = '2025-01-09';

describe('sentences stage', () => {
  it('marks the first body sentence as the lead and no other', () => {
    const doc = analyse(
      'Wind-driven wildfires destroyed more than 1,000 homes in Los Angeles on Wednesday. ' +
        'Firefighters said the blaze was not contained.\n\nGov. Gavin Newsom declared a state of emergency.',
      PUBLISHED,
      { through: 'sentences' },
    );
    expect(doc.sentences.map((s) => s.isLead)).toEqual([true, false, false]);
    expect(doc.sentences.every((s) => !s.isCaption)).toBe(true);
  });

  it('marks photo captions before the body as captions, and the lead is the first body sentence', () => {
    const doc = analyse(
      'Wind-driven wildfires destroyed more than 1,000 homes on Wednesday. Firefighters said the blaze was not contained.',
      PUBLISHED,
      {
        captions: ['A resident watches the flames from a hillside in Altadena.'],
        through: 'sentences',
      },
    );
    expect(doc.sentences.map((s) => [s.isCaption, s.isLead])).toEqual([
      [true, false],
      [false, true],
      [false, false],
    ]);
  });

  it('keeps offsets into the article text, so each sentence is the article text between them', () => {
    const doc = analyse(
      'The Senate passed the bill 68-32 on Tuesday. It now goes to the House.\n\nThe vote followed weeks of talks.',
      '2024-02-14',
      { captions: ['Senators leave the chamber after the vote.'], through: 'sentences' },
    );
    expect(doc.sentences).toHaveLength(4);
    for (const s of doc.sentences) {
      expect(doc.article.text.slice(s.start, s.end)).toBe(s.raw);
      expect(s.text).toBe(s.raw);
    }
  });

  it('blanks a wire dateline at the start of the body and leaves the offsets unchanged', () => {
    const doc = analyse(
      "NAIROBI, Kenya, Jan. 9 (Reuters) - Kenya's parliament passed the finance bill on Thursday.",
      PUBLISHED,
      { through: 'sentences' },
    );
    const lead = doc.sentences[0];
    expect(lead?.raw.startsWith('NAIROBI, Kenya')).toBe(true);
    expect(lead?.text).toHaveLength(lead?.raw.length ?? -1);
    expect(lead?.text.trimStart()).toBe("Kenya's parliament passed the finance bill on Thursday.");
    expect(lead?.text.slice(0, 10)).toBe(' '.repeat(10));
    const at = lead?.text.indexOf('parliament') ?? -1;
    expect(lead?.raw.slice(at, at + 'parliament'.length)).toBe('parliament');
  });

  it('blanks an AP-style dateline with a dash', () => {
    const doc = analyse(
      'LOS ANGELES (AP) — Wind-driven wildfires destroyed more than 1,000 homes on Wednesday.',
      PUBLISHED,
      { through: 'sentences' },
    );
    expect(doc.sentences[0]?.text.trimStart()).toBe(
      'Wind-driven wildfires destroyed more than 1,000 homes on Wednesday.',
    );
  });

  it("blanks a caption's date-and-place opening, whose place names are not the actors", () => {
    const doc = analyse('Firefighters battled the Palisades fire through the night.', PUBLISHED, {
      captions: ['8 January 2025, USA, Pacific Palisades: Firefighters battle the Palisades fire.'],
      through: 'sentences',
    });
    const caption = doc.sentences[0];
    expect(caption?.isCaption).toBe(true);
    expect(caption?.text.trimStart()).toBe('Firefighters battle the Palisades fire.');
    expect(caption?.text).toHaveLength(caption?.raw.length ?? -1);
  });

  it('leaves a body sentence that only mentions a city in capitals as written', () => {
    const doc = analyse(
      'The storm hit the coast on Monday. NEW ORLEANS officials said the levees held.',
      '2024-09-12',
      { through: 'sentences' },
    );
    expect(doc.sentences[1]?.text).toBe(doc.sentences[1]?.raw);
  });

  it('skips a run-on sentence longer than the limit and counts it as too long', () => {
    const runOn = `Shares ${'rose and fell '.repeat(Math.ceil(MAX_SENTENCE_CHARS / 13))}all day`;
    const doc = analyse(
      `The index closed higher on Friday. ${runOn}. Trading resumes on Monday.`,
      '2024-03-08',
      {
        through: 'sentences',
      },
    );
    expect(doc.sentences.map((s) => s.raw)).toEqual([
      'The index closed higher on Friday.',
      'Trading resumes on Monday.',
    ]);
    expect(doc.skipped['too long']).toBe(1);
  });
});
