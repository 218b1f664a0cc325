import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipPhrase, quoteGistBefore, statementGist, type Span } from './statement-gist';
import { makeTitle, type TitleParts } from './title';

/** The gist of `sentence` at the first occurrence of `verb`, with `dates` (substrings) as its dates. */
function gist(sentence: string, verb: string, dates: readonly string[] = []): string {
  const start = sentence.indexOf(verb);
  if (start < 0) throw new Error(`no "${verb}"`);
  const spans: Span[] = dates.map((d) => {
    const at = sentence.indexOf(d);
    if (at < 0) throw new Error(`no "${d}"`);
    return { start: at, end: at + d.length };
  });
  return statementGist(sentence, { start, end: start + verb.length }, spans);
}

function statementTitle(parts: Partial<TitleParts>): string {
  return makeTitle({
    type: 'statement',
    factuality: 'asserted',
    subject: '',
    lemma: 'say',
    triggerText: 'said',
    others: [],
    people: [],
    location: '',
    quantity: null,
    quantityUnit: '',
    topic: '',
    plural: false,
    partners: [],
    object: '',
    gist: '',
    ...parts,
  });
}

describe('statementGist', () => {
  it('reads the reported clause after the hearer, the occasion and the date', () => {
    expect(
      gist(
        'Kenyan President William Ruto told lawmakers on Tuesday that the country would send 1,000 police officers to Haiti, despite a court ruling.',
        'told',
        ['Tuesday'],
      ),
    ).toBe('the country would send 1,000 police officers to Haiti');
    expect(
      gist(
        'Prime Minister Mark Carney said in a televised address on Sunday that Canada would match the tariffs dollar for dollar.',
        'said',
        ['Sunday'],
      ),
    ).toBe('Canada would match the tariffs dollar for dollar');
  });

  it('keeps the object and complement of urge and warn without the date between them', () => {
    expect(
      gist(
        'Brazil’s foreign ministry urged both sides on Sunday to return to negotiations, according to a statement.',
        'urged',
        ['Sunday'],
      ),
    ).toBe('both sides to return to negotiations');
    expect(
      gist(
        'The World Food Programme warned in March that millions in Sudan faced famine as aid convoys were blocked.',
        'warned',
        ['March'],
      ),
    ).toBe('millions in Sudan faced famine');
  });

  it('reads the clause right after "said" when there is no "that"', () => {
    expect(
      gist('Poland’s army said it shot down a drone over its eastern border on Friday.', 'said', ['Friday']),
    ).toBe('it shot down a drone over its eastern border');
  });

  it('quotes the main clause of an opening quote when the verb only names a hearer', () => {
    expect(
      gist(
        '“If the talks fail, we will resume our attacks on shipping,” a Houthi spokesman told Al Jazeera on Monday.',
        'told',
        ['Monday'],
      ),
    ).toBe("'we will resume our attacks on shipping'");
    expect(gist('He told reporters in Nairobi on Monday.', 'told', ['Monday'])).toBe('');
  });

  it('keeps abbreviations whole and a quoted stretch with its commas', () => {
    expect(
      gist(
        'The envoy said the U.N. mission would stay in Goma "as long as it takes, and no longer" for now.',
        'said',
      ),
    ).toBe("the U.N. mission would stay in Goma 'as long as it takes, and no longer' for now");
  });

  it('reads across an apposition, an age, a relative clause and an aside in parentheses', () => {
    expect(gist('The bank said its chairman, a former finance minister, would step down.', 'said')).toBe(
      'its chairman would step down',
    );
    expect(gist('The company confirmed that its founder, 71, had died.', 'confirmed')).toBe(
      'its founder had died',
    );
    expect(gist('Officials said the talks, which began in May, had failed.', 'said')).toBe(
      'the talks had failed',
    );
    expect(
      gist('The ministry said 300 billion rupees (US$3.6 billion) would be spent on roads.', 'said'),
    ).toBe('300 billion rupees would be spent on roads');
    // A list is no apposition, and a clause hung on the end still ends the gist.
    expect(gist('Officials said France, Germany and Italy would send troops.', 'said')).toBe(
      'France, Germany and Italy would send troops',
    );
    expect(gist('The envoy said the army withdrew, a move welcomed by aid groups.', 'said')).toBe(
      'the army withdrew',
    );
  });

  it('ends a quotation that closes on its own comma, and does not stop inside "all but" or "seen as"', () => {
    expect(
      gist(
        'An analyst says the carmaker “priced it really aggressively,” referring to the base model.',
        'says',
      ),
    ).toBe("the carmaker 'priced it really aggressively'");
    expect(gist('Engineers said the tunnel was all but finished.', 'said')).toBe(
      'the tunnel was all but finished',
    );
    expect(gist('Diplomats say the capital wants to be recognised as a regional power.', 'say')).toBe(
      'the capital wants to be recognised as a regional power',
    );
  });

  it('reads past an adverb set off by commas after the verb', () => {
    expect(gist('He added, however, that the recovery would be slow.', 'added')).toBe(
      'the recovery would be slow',
    );
  });

  it('takes the quotation before the verb when the verb is followed only by where it was said', () => {
    expect(
      gist('"Our three countries are fully aligned," the envoy said in a news conference in Seoul.', 'said'),
    ).toBe("'Our three countries are fully aligned'");
    expect(gist('The minister said at least 12 people were wounded.', 'said')).toBe(
      'at least 12 people were wounded',
    );
    // A term in quotes is no quotation; a short one that closes on its own comma is.
    const term = 'The so-called "death grip" has not been a problem for other phones, said one editor.';
    expect(quoteGistBefore(term, term.indexOf('said'), [])).toBe('');
    const short = '"It\'s carnage," said one trader.';
    expect(quoteGistBefore(short, short.indexOf('said'), [])).toBe("'It's carnage'");
  });

  it('reads a clause after "that" on the object as the object, not as what was said', () => {
    expect(gist('The studio also announced the sequel that was filmed in Morocco.', 'announced')).toBe(
      'the sequel that was filmed in Morocco',
    );
  });

  it('has nothing to say for a source named by "according to"', () => {
    expect(gist('Troops left the town, according to local officials.', 'according to')).toBe('');
  });

  it('never invents a word: every word of the gist is in the sentence, in order', () => {
    const words = [
      'said',
      'told',
      'urged',
      'that',
      'the',
      'minister',
      'reporters',
      'on',
      'Monday',
      'Kyiv',
      'would',
      'not',
      'U.S.',
      'if',
      'we',
      'to',
      'and',
      '“stop',
      'now,”',
      '"war',
      'ends"',
      ',',
      '.',
      ';',
      'according',
    ];
    const sentence = fc
      .array(fc.constantFrom(...words), { minLength: 1, maxLength: 30 })
      .map((w) => w.join(' '));
    fc.assert(
      fc.property(sentence, fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const out = statementGist(text, { start, end }, []);
        const source = text.replace(/["“”]/g, "'");
        let from = 0;
        for (const word of out.split(' ').filter(Boolean)) {
          const bare = word.replace(/^'|[',.;:]+$/g, '');
          const at = source.indexOf(bare, from);
          expect(at, `"${bare}" of "${out}" in "${source}"`).toBeGreaterThanOrEqual(0);
          from = at + bare.length;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('statement titles', () => {
  it('use the verb of the sentence and what was said', () => {
    expect(
      statementTitle({
        subject: 'Ruto',
        gist: 'the country would send 1,000 police officers to Haiti',
      }),
    ).toBe('Ruto says the country would send 1,000 police officers to Haiti');
    expect(
      statementTitle({
        subject: 'Xi',
        lemma: 'pledge',
        triggerText: 'stressed',
        gist: 'the two sides must cooperate',
      }),
    ).toBe('Xi stresses the two sides must cooperate');
    expect(
      statementTitle({ subject: 'Yoon', factuality: 'planned', gist: 'the drills would go ahead' }),
    ).toBe('Yoon to say the drills would go ahead');
  });

  it('fall back to the topic when nothing was read', () => {
    expect(statementTitle({ subject: 'Peskov', topic: 'ceasefire' })).toBe('Peskov comments on ceasefire');
  });

  it('end a long gist before a preposition and keep a cut quote in its marks', () => {
    expect(
      clipPhrase(
        'Politburo members met to discuss the agenda for an upcoming plenary meeting of the party',
        60,
      ),
    ).toBe('Politburo members met to discuss the agenda');
    expect(clipPhrase("'we will not accept any ceasefire that rewards aggression'", 40)).toBe(
      "'we will not accept any ceasefire…'",
    );
    expect(clipPhrase('a short phrase', 40)).toBe('a short phrase');
    // Not between a verb and its infinitive; a quotation opened inside the phrase is closed.
    expect(clipPhrase('the army may be preparing to deploy more troops in July', 40)).toBe(
      'the army may be preparing to deploy…',
    );
    expect(clipPhrase("the accord 'clearly meets the changing needs over recent decades'", 50)).toBe(
      "the accord 'clearly meets the changing needs…'",
    );
  });
});
