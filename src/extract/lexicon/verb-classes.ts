/**
 * Verb classes the stages consult by lemma. Each set is one concept; add a word, not code.
 */

/** Verbs of saying: their subject is a speaker, and "..., X said" inverts to "said X". */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'announce',
  'state',
  'report',
  'add',
  'note',
  'explain',
  'warn',
  'confirm',
  'claim',
  'declare',
  'insist',
  'argue',
  'write',
  'comment',
  'reply',
  'respond',
  'predict',
  'forecast',
  'estimate',
  'acknowledge',
  'admit',
  'reveal',
  'disclose',
  'deny',
  'stress',
  'emphasize',
  'emphasise',
  'tweet',
  'post',
  'voice',
  'suggest',
  'indicate',
  'quote',
  'cite',
  'describe',
  'accuse',
  'urge',
  'call',
  'vow',
  'pledge',
  'promise',
  'threaten',
  'apologize',
  'apologise',
  'condemn',
  'criticize',
  'criticise',
  'praise',
  'welcome',
]);

/**
 * States and relations rather than happenings: "the iPod nano comes in two colors", "there are 500
 * engineers". They never become events, whatever date the sentence has.
 */
export const NON_EVENT_VERBS: ReadonlySet<string> = new Set([
  'be',
  'have',
  'seem',
  'appear',
  'include',
  'contain',
  'consist',
  'comprise',
  'remain',
  'stay',
  'cost',
  'weigh',
  'measure',
  'mean',
  'know',
  'believe',
  'think',
  'feel',
  'want',
  'need',
  'like',
  'love',
  'hate',
  'hope',
  'wish',
  'own',
  'belong',
  'possess',
  'resemble',
  'equal',
  'feature',
  'offer',
  'allow',
  'let',
  'come',
  'go',
  'get',
  'become',
  'keep',
  'look',
  'sound',
  'use',
  'make',
  'do',
  'see',
  'show',
  'hold',
  'expect',
  'continue',
  'represent',
  'involve',
  'require',
  'depend',
  'exist',
  'lie',
  'sit',
  'stand',
  'run',
  'operate',
  'provide',
  'support',
  'allow',
  'enable',
  'help',
  'try',
  'seek',
  'aim',
  'plan',
  'intend',
  'begin',
  'start',
  'account',
  'total',
  'range',
  'reach',
  'trade',
  'follow',
  'base',
  'relate',
  'compare',
  'bring',
  'take',
  'give',
  'put',
  'set',
  'find',
  'consider',
  'accord',
  'refer',
]);

/**
 * Verbs that pass their subject to an infinitive after them and lend it their time: "Apple plans to
 * release", "agreed to join". The infinitive is the event; these are its frame.
 */
export const CONTROL_VERBS: ReadonlySet<string> = new Set([
  'plan',
  'agree',
  'decide',
  'try',
  'want',
  'expect',
  'hope',
  'seek',
  'intend',
  'refuse',
  'fail',
  'begin',
  'start',
  'continue',
  'aim',
  'promise',
  'vow',
  'pledge',
  'threaten',
  'offer',
  'attempt',
  'prepare',
  'need',
  'choose',
  'manage',
  'move',
  'vote',
  'appear',
  'seem',
  'be',
  'have',
]);

/**
 * Verbs of agreeing or voting to do something: a date after what was agreed, with the verb in the
 * past, is the agreeing's ("agreed to buy Catalent in February", "voted to end their strike on
 * Monday"); the deed itself has no day yet.
 */
export const AGREEING_VERBS: ReadonlySet<string> = new Set(['agree', 'vote', 'consent', 'elect', 'opt']);

/**
 * Verbs of joining or leaving an event told by a noun after a preposition: "pulled out of the talks",
 * "withdrew from the race", "took part in the summit". A date after the noun is the joining's or the
 * leaving's, not the event's.
 */
export const PARTICIPATION_VERBS: ReadonlySet<string> = new Set([
  'pull',
  'withdraw',
  'walk',
  'drop',
  'bow',
  'participate',
  'return',
  'rejoin',
  'boycott',
  'exit',
  // "emerged from bankruptcy on July 10": the way out of a state is dated, not the state.
  'emerge',
  'recover',
]);

/** Verbs whose noun object is the event: "launched a raid", "held talks", "carried out strikes". */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'launch',
  'conduct',
  'carry',
  'hold',
  'stage',
  'make',
  'give',
  'issue',
  'begin',
  'start',
  'complete',
  'order',
  'lead',
  'mount',
  'host',
  'attend',
  'join',
  'open',
  'announce',
  'declare',
  'sign',
  'reach',
  'impose',
  'lift',
  'end',
  'call',
  'break',
  'file',
  'win',
  'complete',
  'finalize',
  'finalise',
  // "closed its $69 billion acquisition": a deal closed is completed.
  'close',
]);

/** Words that open a clause with a time of its own: "after X was released", "when he arrived". */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'when',
  'while',
  'since',
  'until',
  'till',
  'once',
  'because',
  'although',
  'though',
  'if',
  'unless',
  'as',
  'whereas',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'whether',
]);

/** Auxiliaries that make a verb group future or hedged, and the factuality they give. */
export const MODALS: Readonly<Record<string, 'planned' | 'possible'>> = {
  will: 'planned',
  shall: 'planned',
  "'ll": 'planned',
  wo: 'planned',
  would: 'possible',
  could: 'possible',
  may: 'possible',
  might: 'possible',
  should: 'possible',
  must: 'possible',
  can: 'possible',
  // "can't" splits into "ca" + "n't".
  ca: 'possible',
};

/** The modals "won't" and "can't" leave behind when they split: "wo" + "n't", "ca" + "n't". */
export const SPLIT_MODALS: Readonly<Record<string, string>> = { wo: 'will', ca: 'can' };

export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'n’t', 'never', 'no']);

/** Verbs whose "that" clause is said not to have happened: "denied that troops had entered". */
export const DENIAL_VERBS: ReadonlySet<string> = new Set(['deny', 'refute', 'dispute']);

/**
 * Verbs that carry out or bring about the event their object names: "declared a ceasefire",
 * "launched a raid", "imposed sanctions". The verb and the noun are one event of the noun's type.
 */
export const PERFORMATIVE_VERBS: ReadonlySet<string> = new Set([
  'declare',
  'announce',
  'agree',
  'sign',
  'order',
  'impose',
  'launch',
  'begin',
  'start',
  'hold',
  'stage',
  'conduct',
  'carry',
  'extend',
  'reach',
  'mount',
  'open',
  'complete',
  'finalize',
  'finalise',
  // "closed its $69 billion acquisition": a deal closed is completed.
  'close',
  'approve',
  'adopt',
  'file',
  'unveil',
  'confirm',
]);

/**
 * Verbs that stop, put off or undo the event their object names: "suspended the deployment" is not a
 * deployment, and "postponed the missile test" no test.
 */
export const HALTING_VERBS: ReadonlySet<string> = new Set([
  'suspend',
  'halt',
  'block',
  'cancel',
  'postpone',
  'delay',
  'stop',
  'scrap',
  'ban',
  'freeze',
  'pause',
  'overturn',
  'abandon',
  'prevent',
  'bar',
  'forbid',
  'prohibit',
  'revoke',
  'annul',
]);

/**
 * Verbs that place one event after, before or beside another: "The move follows Chrysler's bankruptcy
 * filing on April 30" names the filing as an event of its own, which the verb does not perform.
 */
export const RELATING_VERBS: ReadonlySet<string> = new Set([
  'follow',
  'precede',
  'mirror',
  'echo',
  'resemble',
]);

/** Verbs that judge the event their object names: "condemned the sanctions" is a statement about them. */
export const EVALUATIVE_VERBS: ReadonlySet<string> = new Set([
  'condemn',
  'deny',
  'reject',
  'welcome',
  'criticize',
  'criticise',
  'accuse',
  'warn',
  'praise',
  'denounce',
  'slam',
  'blame',
  'dismiss',
  'protest',
  'question',
  'oppose',
  'support',
  'back',
  'hail',
  'decry',
]);

/**
 * Irregular past tenses the tagger sometimes reads as nouns ("the indices each fell two percent"),
 * with their lemmas. Only forms that differ from every noun in news use ("rose" is listed: "the rose"
 * after a determiner is never taken for a verb).
 */
export const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  fell: 'fall',
  rose: 'rise',
  sank: 'sink',
  grew: 'grow',
  won: 'win',
  lost: 'lose',
  struck: 'strike',
  fled: 'flee',
  broke: 'break',
  bought: 'buy',
  sold: 'sell',
  held: 'hold',
  paid: 'pay',
  met: 'meet',
  began: 'begin',
  took: 'take',
  gave: 'give',
  sent: 'send',
  fought: 'fight',
  slid: 'slide',
  swore: 'swear',
  stole: 'steal',
  shook: 'shake',
  drew: 'draw',
  shot: 'shoot',
  overtook: 'overtake',
  undertook: 'undertake',
  mistook: 'mistake',
  withdrew: 'withdraw',
  overthrew: 'overthrow',
  threw: 'throw',
  flew: 'fly',
  blew: 'blow',
  knew: 'know',
  drove: 'drive',
  rode: 'ride',
  wrote: 'write',
  spoke: 'speak',
  chose: 'choose',
  froze: 'freeze',
  wore: 'wear',
  tore: 'tear',
  bore: 'bear',
  forgave: 'forgive',
  forbade: 'forbid',
  shrank: 'shrink',
  sprang: 'spring',
  swam: 'swim',
  woke: 'wake',
  rang: 'ring',
  sang: 'sing',
  ran: 'run',
  came: 'come',
  became: 'become',
  overcame: 'overcome',
  ate: 'eat',
  sought: 'seek',
  taught: 'teach',
  caught: 'catch',
  brought: 'bring',
  thought: 'think',
  told: 'tell',
  kept: 'keep',
  swept: 'sweep',
  spent: 'spend',
  lent: 'lend',
  built: 'build',
  dealt: 'deal',
  led: 'lead',
  stood: 'stand',
  understood: 'understand',
  withstood: 'withstand',
  spun: 'spin',
  stuck: 'stick',
  hung: 'hang',
  swung: 'swing',
  sped: 'speed',
  slew: 'slay',
  hid: 'hide',
  rebuilt: 'rebuild',
  upheld: 'uphold',
  withheld: 'withhold',
  overrode: 'override',
  outsold: 'outsell',
  foresaw: 'foresee',
  underwent: 'undergo',
  went: 'go',
  forgot: 'forget',
  got: 'get',
};

/**
 * Verbs whose past tense is spelled like their base form and like a noun ("The FTSE 100 hit a record
 * high", "Toyota cut 3,000 jobs"): after a singular name the form can only be the past tense, since
 * the present would be "hits", "cuts". With their lemmas.
 */
export const SAME_FORM_PAST: Readonly<Record<string, string>> = {
  hit: 'hit',
  cut: 'cut',
  set: 'set',
  put: 'put',
  shed: 'shed',
  beat: 'beat',
  quit: 'quit',
  bid: 'bid',
  split: 'split',
  spread: 'spread',
  hurt: 'hurt',
  cost: 'cost',
  cast: 'cast',
  forecast: 'forecast',
  upset: 'upset',
  read: 'read',
  let: 'let',
  shut: 'shut',
};

/**
 * Participles that name or describe the noun before them ("software entitled iLife", "a firm based
 * in Ohio"): a reduced relative clause, never the sentence's event.
 */
export const NAMING_PARTICIPLES: ReadonlySet<string> = new Set([
  'entitled',
  'titled',
  'called',
  'named',
  'dubbed',
  'known',
  'based',
  'headquartered',
  'located',
]);

/**
 * Verbs whose object does what follows "to": "forced the company to file", "urged Iran to halt",
 * "allowed the bank to borrow". The doer of the second verb is that object, not the subject.
 */
export const OBJECT_CONTROL_VERBS: ReadonlySet<string> = new Set([
  // "economists expect it to cut rates": who is expected to act follows the verb.
  'expect',
  'want',
  'predict',
  'forecast',
  'force',
  'urge',
  'ask',
  'allow',
  'order',
  'require',
  'persuade',
  'compel',
  'prompt',
  'push',
  'press',
  'pressure',
  'encourage',
  'enable',
  'permit',
  'invite',
  'tell',
  'call on',
  'lead',
  'cause',
  'convince',
  'instruct',
  'direct',
  'authorize',
  'authorise',
  'oblige',
]);

/** Verbs whose infinitive says what they were done for: "sued to block", "moved to stop". */
export const PURPOSE_GOVERNORS: ReadonlySet<string> = new Set([
  'sue',
  'move',
  'act',
  'rush',
  'scramble',
  'intervene',
  'fight',
]);

/** Verbs whose infinitive happened when they did: "were allowed to return", "managed to land". */
export const IMPLICATIVE_VERBS: ReadonlySet<string> = new Set([
  'allow',
  'permit',
  'force',
  'compel',
  'manage',
  'begin',
  'start',
  'continue',
  'oblige',
]);

/** Noun compounds whose first word is spelled like a verb: "fired tear gas", "used pepper spray". */
export const VERB_LIKE_COMPOUNDS: ReadonlySet<string> = new Set([
  'tear gas',
  'pepper spray',
  'stun grenade',
  'stun grenades',
  'water cannon',
  'water cannons',
  'cluster bombs',
  'cluster munitions',
]);

/**
 * Verbs whose object is often what a that-clause says, and whose title is that clause: "ruled that
 * the former head must stand trial", "found that the bank had misled investors".
 */
export const THAT_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'rule',
  'find',
  'decide',
  'conclude',
  'determine',
  'argue',
  'suggest',
  'indicate',
  'signal',
  'estimate',
  'agree',
  'acknowledge',
  'admit',
  'deny',
  'insist',
  'confirm',
  'reveal',
  'show',
  'predict',
  'forecast',
  'allege',
  'claim',
  'order',
  'demand',
  'propose',
  'recommend',
  'vote',
]);

/** What happens next to a deal or a plan: "the acquisition is expected to close", "completed". */
export const COMPLETION_VERBS: ReadonlySet<string> = new Set([
  'close',
  'complete',
  'finalize',
  'finalise',
  // "closed its $69 billion acquisition": a deal closed is completed.
  'close',
  'conclude',
  'collapse',
  'fall through',
  'go through',
  'take effect',
]);

/** Adverbs of order the tagger may call verbs or adjectives: "last changed", "first introduced", "who last won". */
export const ORDER_ADVERBS: ReadonlySet<string> = new Set(['last', 'first']);

/** Verbs that say a process began or ended: "Talks resumed", "The trial started on Monday". */
export const PHASE_VERBS: ReadonlySet<string> = new Set(['begin', 'start', 'resume', 'end']);

/** Passive verbs of knowing that frame a participle: "were confirmed killed", "are believed held". */
export const KNOWING_PASSIVES: ReadonlySet<string> = new Set([
  'confirm',
  'report',
  'fear',
  'presume',
  'believe',
  'know',
]);

/**
 * Verbs that keep someone from doing something: "blocked the administration from cutting grants",
 * "barred him from running". The date is the preventing's; what was prevented did not happen.
 */
export const PREVENTING_VERBS: ReadonlySet<string> = new Set([
  'block',
  'bar',
  'ban',
  'prevent',
  'stop',
  'prohibit',
  'restrain',
  'forbid',
  'exclude',
  'disqualify',
  'suspend',
]);

/**
 * Verbs that fix when something will happen: "called a snap election for April 28", "set a hearing for
 * June 10". A date after "for" is the scheduled event's, and lies ahead of the scheduling.
 */
export const SCHEDULING_VERBS: ReadonlySet<string> = new Set([
  'call',
  'set',
  'schedule',
  'slate',
  'fix',
  'plan',
  'reschedule',
  'postpone',
  'delay',
  'move',
  'bring',
  'push',
  'book',
]);
