/**
 * Verb lemma -> event type. One line per verb: add a verb here and it is typed everywhere. A verb
 * not listed still makes an event, of type 'other', keeping its lemma in the `predicate` column.
 * Phrases that need their object to be typed ("fired missiles", "declared a ceasefire") are in
 * event-types.ts; this list is for verbs whose meaning alone fixes the type.
 */
import type { EventType } from '../../model/event-record';

export const VERB_TYPES: Readonly<Record<string, EventType>> = {
  // statement
  say: 'statement',
  note: 'statement',
  add: 'statement',
  stress: 'statement',
  emphasize: 'statement',
  emphasise: 'statement',
  explain: 'statement',
  reaffirm: 'statement',
  express: 'statement',
  announce: 'statement',
  state: 'statement',
  tell: 'statement',
  warn: 'statement',
  urge: 'statement',
  condemn: 'statement',
  criticize: 'statement',
  criticise: 'statement',
  deny: 'statement',
  confirm: 'statement',
  claim: 'statement',
  accuse: 'statement',
  apologize: 'statement',
  apologise: 'statement',
  praise: 'statement',
  welcome: 'statement',
  reject: 'statement',
  threaten: 'statement',
  vow: 'statement',
  pledge: 'statement',
  promise: 'statement',
  declare: 'statement',
  report: 'statement',
  comment: 'statement',
  respond: 'statement',
  reply: 'statement',
  predict: 'statement',
  forecast: 'statement',
  voice: 'statement',
  insist: 'statement',
  admit: 'statement',
  acknowledge: 'statement',
  reveal: 'statement',
  disclose: 'statement',
  blame: 'statement',
  demand: 'statement',
  call: 'statement',
  write: 'statement',
  post: 'statement',
  tweet: 'statement',
  // meeting
  meet: 'meeting',
  host: 'meeting',
  convene: 'meeting',
  // travel
  visit: 'travel',
  travel: 'travel',
  arrive: 'travel',
  fly: 'travel',
  // agreement
  sign: 'agreement',
  agree: 'agreement',
  ratify: 'agreement',
  join: 'agreement',
  // conflict
  attack: 'attack',
  bomb: 'attack',
  shell: 'attack',
  raid: 'attack',
  storm: 'attack',
  strike: 'attack',
  ambush: 'attack',
  invade: 'military-operation',
  capture: 'military-operation',
  seize: 'military-operation',
  deploy: 'deployment',
  sanction: 'sanctions',
  // politics and policy
  elect: 'election',
  vote: 'policy',
  plead: 'verdict',
  reelect: 'election',
  appoint: 'appointment',
  name: 'appointment',
  nominate: 'appointment',
  hire: 'appointment',
  promote: 'appointment',
  swear: 'appointment',
  resign: 'resignation',
  quit: 'resignation',
  retire: 'resignation',
  fire: 'resignation',
  dismiss: 'resignation',
  oust: 'resignation',
  sack: 'resignation',
  step: 'resignation',
  approve: 'policy',
  ban: 'policy',
  legalize: 'policy',
  legalise: 'policy',
  regulate: 'policy',
  veto: 'policy',
  enact: 'policy',
  postpone: 'policy',
  delay: 'policy',
  cancel: 'policy',
  suspend: 'policy',
  extend: 'policy',
  lower: 'policy',
  raise: 'policy',
  protest: 'protest',
  demonstrate: 'protest',
  march: 'protest',
  rally: 'protest',
  boycott: 'protest',
  // justice
  arrest: 'arrest',
  detain: 'arrest',
  jail: 'arrest',
  imprison: 'arrest',
  charge: 'charge',
  indict: 'charge',
  prosecute: 'charge',
  sue: 'lawsuit',
  try: 'trial',
  testify: 'trial',
  convict: 'verdict',
  acquit: 'verdict',
  sentence: 'verdict',
  rule: 'verdict',
  overturn: 'verdict',
  fine: 'verdict',
  investigate: 'investigation',
  probe: 'investigation',
  // business
  acquire: 'acquisition',
  merge: 'acquisition',
  buy: 'transaction',
  sell: 'transaction',
  purchase: 'transaction',
  invest: 'transaction',
  pay: 'transaction',
  fund: 'transaction',
  lend: 'transaction',
  borrow: 'transaction',
  launch: 'product-launch',
  unveil: 'product-launch',
  release: 'product-launch',
  introduce: 'product-launch',
  debut: 'product-launch',
  ship: 'product-launch',
  earn: 'financial-results',
  plunge: 'market-move',
  tumble: 'market-move',
  surge: 'market-move',
  soar: 'market-move',
  slump: 'market-move',
  rebound: 'market-move',
  // Only "lay off" is layoffs (VERB_OBJECT_TYPES); "lay down arms", "lay a wreath" are not.
  lay: 'other',
  abdicate: 'resignation',
  // A cut with no jobs after it is no layoff: "the group's record cut", "cut ties", "cut power".
  cut: 'other',
  slash: 'other',
  found: 'founding',
  establish: 'founding',
  shut: 'closure',
  // life
  die: 'death',
  kill: 'attack',
  murder: 'attack',
  injure: 'injury',
  wound: 'attack',
  hurt: 'injury',
  // disasters
  erupt: 'disaster',
  flood: 'disaster',
  crash: 'disaster',
  explode: 'disaster',
  derail: 'disaster',
  collide: 'disaster',
  capsize: 'disaster',
  // sport
  win: 'sports-result',
  defeat: 'sports-result',
  beat: 'sports-result',
};

/**
 * Verbs whose type depends on the object or the particle, checked before VERB_TYPES:
 * [lemma, word that must follow within three words, type]. "lay off" is layoffs, "step down" a
 * resignation, "cut jobs" layoffs while "cut rates" is policy.
 */
/** Words after "fell", "closed", "gained" that make it a market move: "fell 3%", "closed up 120 points". */
const MARKET_OBJECT =
  /^(?:\d[\d.,]*%|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|percent|per|points?|%|up|down|higher|lower|sharply|steeply|dramatically|slightly|modestly|heavily|further)$/;

/** What a legislature votes on: "passed the bill", "backed the budget", "rejected the motion". */
const LEGISLATION =
  /^(?:bills?|laws?|legislation|budgets?|amendments?|motions?|resolutions?|measures?|acts?)$/;

export const VERB_OBJECT_TYPES: readonly (readonly [string, RegExp, EventType])[] = [
  ['lay', /^off$/, 'layoffs'],
  // "became queen on January 14, 1972", "became prime minister in 2019": taking an office.
  [
    'become',
    /^(?:queen|king|monarch|emperor|empress|pope|president|premier|chancellor|ceo|chairman|chairwoman|chair|governor|mayor|leader|captain|coach|manager|champion|prime|minister|secretary)$/,
    'appointment',
  ],
  ['make', /^(?:public|announcement|statement|remarks|comments?|speech|appeal|offer|proposal)$/, 'statement'],
  ['issue', /^(?:statement|warning|communiqu[eé]|apology|denial|appeal|ultimatum|declaration)$/, 'statement'],
  // Before the market moves: "shed 663,000 jobs" is layoffs though a figure follows.
  ['shed', /^(?:jobs?|staff|workers|positions|employees|workforce|roles)$/, 'layoffs'],
  // Common verbs that are market moves only with a figure or a market word after them.
  ...(
    [
      'rise',
      'fall',
      'drop',
      'climb',
      'gain',
      'lose',
      'slide',
      'decline',
      'close',
      'end',
      'finish',
      'jump',
      'sink',
      'dip',
      'slip',
      'advance',
      'retreat',
      'edge',
      'shed',
    ] as const
  ).map((lemma) => [lemma, MARKET_OBJECT, 'market-move'] as const),
  ['lose', /^(?:case|lawsuit|suit|appeal|trial)$/, 'verdict'],
  // "lost his re-election bid", "lost the race": a lost vote is an election.
  ['lose', /^(?:(?:re-)?elections?|race|runoff|primary|presidency|seats?|vote)$/, 'election'],
  // "conceded defeat": what the loser says, titled with what was conceded.
  ['concede', /^(?:defeat|election|race|runoff|primary|presidency|victory)$/, 'statement'],
  ['go', /^strike$/, 'protest'],
  // "went public in June 2019": a listing on a stock exchange.
  ['go', /^public$/, 'transaction'],
  // "walked off the job", "staff walked out": a strike begins.
  ['walk', /^(?:off|out)$/, 'protest'],
  // "called off the strike", "called off the talks": what was planned is stopped.
  ['call', /^off$/, 'policy'],
  ['vote', /^(?:election|elections|referendum|president|presidency|mayor|governor|ballot)$/, 'election'],
  // "The court declared her the winner": declaring who won is the election's result.
  ['declare', /^(?:winners?|victor|president-elect)$/, 'election'],
  ['go', /^(?:up|down)$/, 'market-move'],
  // "Police fired tear gas at protesters": a crackdown on a protest, not a dismissal.
  ['fire', /^(?:tear|gas|rubber|water|pepper|stun)$/, 'protest'],
  ['fire', /^(?:shots?|bullets|rounds|warning)$/, 'attack'],
  // "voters went to the polls", "cast their ballots": an election day.
  ['go', /^polls$/, 'election'],
  ['head', /^polls$/, 'election'],
  ['cast', /^(?:ballots?|votes?)$/, 'election'],
  // "The storm made landfall near Fort Myers": a storm's arrival is the disaster's day.
  ['make', /^landfall$/, 'disaster'],
  // "scored the only goal", "scored the winner": a match's deciding moment.
  [
    'score',
    /^(?:goals?|winner|equali[sz]er|hat-trick|try|tries|touchdowns?|century|twice|once|again)$/,
    'sports-result',
  ],
  ['win', /^(?:case|lawsuit|suit|appeal|trial)$/, 'verdict'],
  // "Northrop Grumman won the tanker contract", "awarded the contract to": business won, not a match.
  ['win', /^(?:contracts?|orders?|deals?|tenders?|bids?)$/, 'agreement'],
  ['award', /^(?:contracts?|orders?|deals?|tenders?)$/, 'agreement'],
  // "was found guilty", "a jury found him liable": the verdict, whichever way it went.
  ['find', /^(?:guilty|liable|innocent)$/, 'verdict'],
  // "signed the decree", "signed the bill into law": a law or order made, not a deal between parties.
  [
    'sign',
    /^(?:decrees?|orders?|laws?|bills?|legislation|ordinances?|budget|proclamations?|executive)$/,
    'policy',
  ],
  [
    'win',
    /^(?:election|elections|vote|votes|ballots?|seat|seats|presidency|presidential|majority|primary|runoff|run-off|referendum|re-election|nomination|mandate)$/,
    'election',
  ],
  ['launch', /^(?:drones?|rockets?|strikes?|attacks?|assaults?|raids?|shells|bombs|airstrikes?)$/, 'attack'],
  ['launch', /^(?:offensive|operation|invasion|counteroffensive|incursion)$/, 'military-operation'],
  ['launch', /^(?:investigation|inquiry|probe)$/, 'investigation'],
  ['step', /^down$/, 'resignation'],
  ['take', /^over$/, 'appointment'],
  ['cut', /^(?:jobs?|staff|workers|positions|employees|workforce|roles)$/, 'layoffs'],
  ['cut', /^(?:rates?|taxe?s?|prices?|forecasts?|outlook)$/, 'policy'],
  // "cut its oil production target", "agreed to cut output": a producer's or a government's decision.
  ['cut', /^(?:output|production|supply|supplies|emissions|spending|exports|imports|capacity)$/, 'policy'],
  ['slash', /^(?:jobs?|staff|workers|positions|employees|workforce)$/, 'layoffs'],
  ['raise', /^(?:rates?|taxe?s?|prices?)$/, 'policy'],
  // A central bank's decision is a policy whichever way it goes: "changed rates", "held rates steady".
  ['change', /^(?:rates?|taxe?s?)$/, 'policy'],
  ['hold', /^rates?$/, 'policy'],
  ['keep', /^rates?$/, 'policy'],
  ['leave', /^rates?$/, 'policy'],
  [
    'close',
    /^(?:plants?|factory|factories|stores?|shops?|offices?|mines?|branches|lines?|roads?|airports?|airspace|borders?|schools?|bridges?|ports?|stations?|routes?|motorways?|highways?|embassy|embassies|consulates?|crossings?)$/,
    'closure',
  ],
  ['pass', LEGISLATION, 'policy'],
  // "unveiled unfunded tax cuts", "unveiled a stimulus package": a government's plan, not a product.
  [
    'unveil',
    /^(?:plans?|budgets?|tax|taxes|cuts|proposals?|measures|package|strategy|policy|policies|reforms?|stimulus|sanctions|tariffs)$/,
    'policy',
  ],
  ['post', /^(?:profits?|loss(?:es)?|earnings|revenues?|results)$/, 'financial-results'],
  ['post', /^(?:gains?|declines?|falls?|drops?|rises?|advances?|rall(?:y|ies))$/, 'market-move'],
  ['record', /^(?:gains?|declines?|falls?|drops?|rises?|loss(?:es)?)$/, 'market-move'],
  ['shoot', /^dead$/, 'attack'],
  ['take', /^office$/, 'appointment'],
  // "The Supreme Court struck down the law": a court's ruling, not a blow.
  ['strike', /^down$/, 'verdict'],
  ['pay', /^(?:tribute|respects|homage)$/, 'statement'],
  ['back', LEGISLATION, 'policy'],
  ['support', LEGISLATION, 'policy'],
  ['reject', LEGISLATION, 'policy'],
  // "The law will come into force in November", "the ban takes effect on Monday".
  ['come', /^force$/, 'policy'],
  ['enter', /^force$/, 'policy'],
  ['take', /^effect$/, 'policy'],
  ['have', /^(?:gains?|declines?|falls?|drops?|rises?|rall(?:y|ies)|losses)$/, 'market-move'],
  ['report', /^(?:profits?|loss(?:es)?|earnings|revenues?|results|sales)$/, 'financial-results'],
  ['file', /^(?:bankruptcy|chapter)$/, 'bankruptcy'],
  ['file', /^(?:lawsuits?|suits?|complaints?|appeals?)$/, 'lawsuit'],
  ['call', /^(?:election|elections|vote|referendum)$/, 'election'],
  [
    'hold',
    /^(?:talks|meetings?|summits?|conferences?|events?|ceremony|session|briefing|forum|congress|convention|hearing)$/,
    'meeting',
  ],
  // "went on national television to appease the public": an address to the nation.
  ['go', /^(?:television|tv|air|radio)$/, 'statement'],
  ['hold', /^(?:election|elections|vote|referendum)$/, 'election'],
];
