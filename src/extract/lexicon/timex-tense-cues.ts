/**
 * Cue words for the tagger's local tense: the verbs, modals and adverbs near an expression that tell
 * whether a bare "Friday" or "in May" is the one just gone or the one ahead ("said on Friday", "will
 * meet on Friday"). Lower case, as the tense scan lower-cases words; apostrophes are straight.
 */

/** Words that make the nearest cue future: modals, plans and forecasts ("will meet on Friday"). */
export const FUTURE_WORDS: ReadonlySet<string> = new Set([
  'will',
  "won't",
  'wont',
  'shall',
  'must',
  'may',
  'might',
  'would',
  'should',
  'could',
  "'ll",
  'next',
  'upcoming',
  'scheduled',
  'planned',
  'plans',
  'plan',
  'planning',
  'expected',
  'expects',
  'expect',
  'due',
  'going',
  'intends',
  'aims',
  'tomorrow',
  'coming',
  'forecast',
  'forecasts',
  'projected',
]);

/** Past-tense words that do not end in -ed, and past adverbs ("met on Friday", "two years ago"). */
export const PAST_WORDS: ReadonlySet<string> = new Set([
  'was',
  'were',
  'had',
  'did',
  'ago',
  'last',
  'earlier',
  'previously',
  'yesterday',
  'since',
  'began',
  'took',
  'met',
  'made',
  'came',
  'went',
  'gave',
  'held',
  'saw',
  'fell',
  'rose',
  'won',
  'lost',
  'left',
  'led',
  'sent',
  'spoke',
  'wrote',
  'became',
  'fought',
  'ran',
  'broke',
  'struck',
  'shot',
  'hit',
  'killed',
]);

/** -ed words that usually mark a plan, not a past event ("scheduled", "expected" are future cues). */
export const NOT_PAST_ED: ReadonlySet<string> = new Set([
  'compared',
  'adjusted',
  'combined',
  'seasonally',
  'scheduled',
  'planned',
  'expected',
  'projected',
  'proposed',
  'need',
  'indeed',
  'speed',
  'united',
  'red',
  'bed',
  'hundred',
  'based',
  'related',
  'limited',
  'armed',
  'advanced',
  'detailed',
  'concerned',
  'interested',
  'married',
  'used',
]);

/** Reporting verbs say when something was said, not when it happens: they are no tense cue. */
export const REPORTING: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'announced',
  'reported',
  'added',
  'noted',
  'stated',
  'wrote',
  'confirmed',
  'estimated',
]);

/** Present-tense verbs that, when nearest, leave the direction open ("is possible Thursday"). */
export const PRESENT_WORDS: ReadonlySet<string> = new Set([
  'is',
  'are',
  'am',
  'begins',
  'opens',
  'starts',
  'ends',
  'meets',
  'holds',
  'reports',
  'releases',
  'runs',
  'closes',
  'arrives',
  'leaves',
  'returns',
  'expires',
  'resumes',
  'remains',
  'announces',
  'publishes',
  'unveils',
  'hosts',
  'plays',
  'faces',
  'visits',
  'decides',
]);

/** Verbs that, after "to", name a plan: "agreed to meet on Friday", "promised to leave by Oct. 31". */
export const PLAN_VERBS: ReadonlySet<string> = new Set([
  'take',
  'hold',
  'meet',
  'begin',
  'start',
  'launch',
  'visit',
  'travel',
  'sign',
  'vote',
  'announce',
  'release',
  'open',
  'close',
  'end',
  'leave',
  'return',
  'complete',
  'finish',
  'deliver',
  'reach',
  'host',
  'attend',
  'resume',
  'publish',
  'report',
  'decide',
  'rule',
  'introduce',
  'raise',
  'cut',
  'expand',
  'stay',
  'arrive',
  'testify',
  'speak',
  'address',
]);

/** Reporting verbs that are no statement's date when a "that" follows ("estimated that" is a figure). */
export const FIGURE_VERBS: ReadonlySet<string> = new Set(['estimated']);

/**
 * Words that govern the expression and name no tense: "futures expiring in December", "the year ending
 * Sept. 30", "compared with March".
 */
export const BOUNDARY_PARTICIPLES: ReadonlySet<string> = new Set([
  'expiring',
  'ending',
  'beginning',
  'starting',
  'maturing',
  'effective',
  'compared',
  'versus',
]);

/** Plan words that, after "was"/"were", describe a plan in the past: "the ferry was due in Dhaka Sunday". */
export const PAST_OF_PLAN: ReadonlySet<string> = new Set(['was', 'were', 'had']);

/** Negated perfects leave the event unrealised: "haven't announced plans for the summer" is not past. */
export const NEGATION: ReadonlySet<string> = new Set([
  "haven't",
  "hasn't",
  "hadn't",
  'havent',
  'hasnt',
  'not',
  'never',
  'yet',
]);

/** Words after which a verb is a bare infinitive that takes its tense from them ("could last", "will open"). */
export const MODALS: ReadonlySet<string> = new Set([
  'will',
  'would',
  'could',
  'should',
  'might',
  'may',
  'must',
  'shall',
  'can',
  'to',
  "won't",
]);

/**
 * Plural present verbs of schedules and fixtures: "England play France on Saturday", "the Games open
 * on Friday". After a modal they are the modal's infinitive, and the modal is the cue.
 */
export const PLURAL_PRESENT: ReadonlySet<string> = new Set([
  'open',
  'begin',
  'start',
  'play',
  'face',
  'host',
  'meet',
  'resume',
  'run',
  'close',
  'end',
]);

/** Participles of a plan or forecast; after "than"/"as" they only compare ("grew faster than expected"). */
export const PLAN_PARTICIPLES: ReadonlySet<string> = new Set([
  'expected',
  'forecast',
  'predicted',
  'anticipated',
  'planned',
  'scheduled',
  'hoped',
]);

/** Modals that stay future after "was"/"were" ("was expected" is a past plan, "was will" is no phrase). */
export const FUTURE_MODALS: ReadonlySet<string> = new Set([
  'will',
  'would',
  'could',
  'should',
  'might',
  'must',
  'may',
  'shall',
]);

/** Words after which a plan participle only compares: "grew faster than expected", "as planned". */
export const COMPARISON_WORDS: ReadonlySet<string> = new Set(['than', 'as']);

/** Forms of "do" before a plural verb, which then names no present: "did open". */
export const DO_FORMS: ReadonlySet<string> = new Set(['did', "didn't"]);

/** Words between a negation and a past form that keep it negated: "haven't yet announced", "hasn't been told". */
export const NEGATED_PERFECT_FILLERS: ReadonlySet<string> = new Set(['been', 'yet']);

/** Present forms of "be" before a participle, which make it a present passive: "are handed out every year". */
export const PRESENT_BE: ReadonlySet<string> = new Set(['is', 'are', 'am']);

/** Prepositions that may stand between a governing participle and the expression: "expiring in December". */
export const GOVERNING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'on',
  'at',
  'by',
  'through',
  'until',
  'with',
  'to',
]);

/**
 * Words that may stand between a reporting verb and the date it dates: "said in a statement late
 * Tuesday", "told reporters on Friday", "announced at a news conference Monday".
 */
export const REPORT_FILLER_WORDS: readonly string[] = [
  'in',
  'at',
  'on',
  'during',
  'after',
  'a',
  'an',
  'the',
  'its',
  'his',
  'her',
  'their',
  'statement',
  'interview',
  'news',
  'conference',
  'briefing',
  'release',
  'released',
  'filing',
  'speech',
  'reporters',
  'journalists',
  'late',
  'early',
  'told',
  'to',
  'with',
];

/** Words before "plan" that make it a noun and no future cue: "announced the plan on March 1", "its plans". */
export const NOUN_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'its',
  'his',
  'her',
  'their',
  'our',
  'this',
  'that',
]);
