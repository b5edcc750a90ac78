/**
 * Word lists behind quote and speaker detection. They are closed-class words and reporting
 * verbs of general English news style; nothing here names a particular person or story.
 */

/** Builds a set from a space-separated list, so long lists stay readable. */
function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/**
 * Reporting verbs that introduce speech or written statements, in every inflection. A verb
 * here can carry direct speech ("...," she said) and reported speech (she said that ...).
 */
export const SPEECH_VERBS = words(`
  say says said saying tell tells told telling add adds added adding
  note notes noted noting stress stresses stressed stressing warn warns warned warning
  claim claims claimed claiming announce announces announced announcing
  report reports reported reporting argue argues argued arguing
  suggest suggests suggested suggesting explain explains explained explaining
  insist insists insisted insisting acknowledge acknowledges acknowledged acknowledging
  admit admits admitted admitting deny denies denied denying confirm confirms confirmed confirming
  reveal reveals revealed revealing declare declares declared declaring
  state states stated stating assert asserts asserted asserting contend contends contended contending
  predict predicts predicted predicting recall recalls recalled recalling
  complain complains complained complaining promise promises promised promising
  vow vows vowed vowing pledge pledges pledged pledging urge urges urged urging
  write writes wrote writing tweet tweets tweeted tweeting post posts posted
  reply replies replied replying respond responds responded responding answer answered
  ask asks asked asking continue continues continued conclude concludes concluded
  observe observes observed emphasize emphasizes emphasized emphasizing emphasise emphasised
  caution cautions cautioned concede concedes conceded allege alleges alleged
  boast boasts boasted joke jokes joked quip quips quipped counter countered
  remark remarks remarked mention mentions mentioned recount recounted
  maintain maintains maintained charge charged shout shouted yell yelled chant chanted
  agree agrees agreed agreeing
  estimate estimates estimated indicate indicates indicated
  testify testified testifies speculate speculated
  assure assures assured assuring reassure reassured remind reminds reminded reminding
  inform informs informed informing advises advising
  disclose discloses disclosed disclosing reaffirm reaffirms reaffirmed reaffirming
  confide confided confess confesses confessed confessing
  imply implies implied implying hint hints hinted hinting signal signals signaled signalled
  swear swears swore sworn guarantee guaranteed concur concurred
  theorize theorized theorised posit posited
  alleging mentioning detailing outlined outlines outlining retweeted retweets
`);

/**
 * Rarer verbs of saying, past and present forms: manner of speaking ("scoffed", "whispered"),
 * the act ("reiterated", "emailed") and replies ("retorted"). Like SPEECH_VERBS they cue
 * direct and reported speech; they are a rule family of their own (`verbs`) for the ablation.
 */
export const RARER_SPEECH_VERBS = words(`
  scoff scoffs scoffed retort retorts retorted snapped quipped laughed sighed mused
  wondered whispered whispers beamed fumed gushed lamented laments bemoaned griped grumbled
  reasoned opined surmised reiterated reiterates reiterating elaborated clarified emailed e-mailed texted
  uttered interjected thundered marveled marvelled cautioned retaliated chided scolded
  written conceded acknowledged
`);

/** Verbs of saying with their particle ("pointed out", "shot back", "chimed in"); alone they say nothing. */
export const PHRASAL_SPEECH_VERBS: ReadonlyMap<string, string> = new Map([
  ['point', 'out'], ['points', 'out'], ['pointed', 'out'], ['pointing', 'out'],
  ['shot', 'back'], ['shoots', 'back'], ['fired', 'back'], ['fires', 'back'],
  ['chimed', 'in'], ['chimes', 'in'], ['wrote', 'back'], ['spoke', 'up'],
]);

/**
 * Verbs that carry the exact words of a sign, a chant or an outburst ("a sign reading “...”",
 * "shouting “...”") but report no content in prose ("he read the bill"), so they cue only
 * direct quotes.
 */
export const QUOTING_VERBS = words(`
  read reads reading shouting chanting chants interjecting interjected echoing echoed
  exclaimed exclaiming proclaiming proclaimed blared
`);

/**
 * Verbs of belief and finding. News attribution treats "polls show ..." and "he believes ..."
 * like statements, but these verbs never carry direct speech and need a clause after them.
 */
/** Belief and wish verbs whose content may be an infinitive ("hopes to win", "expects to run"). */
export const INFINITIVE_BELIEFS = words('hope hopes hoped hoping expect expects expected expecting intend intends intended wish wishes wished aim aims aimed');

export const BELIEF_VERBS = words(`
  believe believes believed think thinks thought feel feels felt
  hope hopes hoped fear fears feared worry worries worried
  expect expects expected know knows knew
  show shows showed shown showing find finds found
  intend intends intended wish wishes wished
  suspect suspects suspected doubt doubts doubted assume assumes assumed
  imagine imagines imagined understand understands understood
  realize realizes realized realise realises realised reckon reckons reckoned
  suppose supposes guess guesses guessed figure figured remember remembers remembered
  envision envisions envisioned envisage envisages envisaged foresee foresees foresaw foreseeing
  expecting mull mulls mulled mulling
  hoping fearing believing wishing suspecting
`);

/**
 * Verbs of stance toward something (endorsing, criticising, wanting), which news attribution
 * counts as attributed content. Only inflected forms: the bare forms ("support", "call")
 * are more often nouns. They need a subject and take the rest of the clause as content.
 */
export const STANCE_VERBS = words(`
  calls called calling describes described describing accuses accused accusing
  endorses endorsed endorsing criticizes criticized criticizing criticises criticised
  praises praised praising defends defended defending supports supported supporting
  opposes opposed opposing rejects rejected rejecting dismisses dismissed dismissing
  questions questioned questioning cites cited citing proposes proposed proposing
  blames blamed blaming attacks attacked attacking slams slammed slamming
  condemns condemned condemning denounces denounced denouncing welcomes welcomed
  applauds applauded demands demanded demanding recommends recommended recommending
  threatens threatened threatening disputes disputed disputing challenges challenged
  mocks mocked mocking wants wanted plans planned seeks sought seeking backs backed backing
  touts touted touting hails hailed lauds lauded blasts blasted declined refused
  referred referring pointed pointing sees saw labeled labelled branded
  refuses refusing declines declining decided decides deciding
  thanked thanks thanking expressed expresses expressing discussed discusses discussing
  requested requests requesting ordered orders ordering offered offers offering
  named names naming identified identifies identifying favored favors favoring favoured favours
  prefers preferred preferring embraced embraces embracing pushed pushes pushing
  promoted promotes promoting blasting assailed assails assailing decried decries decrying
  highlighted highlights highlighting
  encouraged encourages encouraging championed champions championing echoed echoes echoing
  characterized characterizes characterizing characterised portrayed portrays portraying
  depicted depicts depicting considering considers downplayed downplays downplaying
  rebuked rebukes rebuking derided derides deriding lambasted lambasting castigated chastised
  berated excoriated faulted faults faulting disparaged disparaging ridiculed ridiculing
  savaged savaging bashed bashing vilified demonized demonised
  commended commends congratulated congratulating celebrating saluted complimented
  advocated advocates resisted resists resisting vowing
  recognized recognizes recognizing recognised recognises justified justifies justifying
  compared compares comparing ignored ignores ignoring planning debated debating
`);

/**
 * Bare forms of stance verbs, left out of STANCE_VERBS because they are as often nouns ("his
 * support", "a want"). Right after a plural or counted subject ("voters want", "a third
 * support", "they see") they are verbs, the way polls report what groups of people think.
 */
export const BARE_STANCE_VERBS = words('want support oppose favor favour prefer see back reject call consider view decide refuse');

/**
 * Bare forms of verbs of stance and thought that follow a modal or "do" ("will support",
 * "doesn't want", "would like", "can't endorse"): there they are verbs, whatever they may be
 * elsewhere.
 */
/** Adjectives of manner with "to" ("quick to"): a stance only before a verb of saying or stance ("quick to blame", not "quick to leave"). */
export const MANNER_FRAMES = words('quick swift');

export const MODAL_STANCE_VERBS = words(`
  want support oppose favor favour prefer back reject endorse criticize criticise praise blame
  attack defend embrace dislike welcome condemn denounce question dispute
  challenge demand propose recommend accuse describe label brand urge
  discuss debate like
  decide refuse consider threaten express ignore resist
`);

/** Forms of "make" that, with "clear" ("made it clear that", "makes clear"), state content. */
export const MAKE_CLEAR = words('make makes made making');

/** Modals and forms of "do" after which a bare verb is a verb ("will support", "didn't want"). */
export const MODALS = words(`
  will would could can should may might must do does did 'd 'll
  won't wouldn't couldn't can't cannot shouldn't don't doesn't didn't
`);

/** Stance verbs that need a particle before their content ("referred to", "pointed to"). */
export const STANCE_PARTICLES: ReadonlyMap<string, string> = new Map([
  ['referred', 'to'],
  ['referring', 'to'],
  ['pointed', 'to'],
  ['pointing', 'to'],
  ['declined', 'to'],
  ['refused', 'to'],
  ['declines', 'to'],
  ['declining', 'to'],
  ['refuses', 'to'],
  ['refusing', 'to'],
  ['decided', 'to'],
  ['decides', 'to'],
  ['deciding', 'to'],
]);

/**
 * Reporting words that are as often nouns ("six states", "the AP report", "his remarks"). As
 * verbs they follow their subject closely or open their content with "that", "to" or a colon.
 */
export const NOUN_OR_VERB_CUES = words(`
  state states report reports remark remarks plan plans attack attacks question questions
  post posts comment comments charge charges estimate estimates promise promises pledge pledges
  vow vows tweet tweets note notes claim claims answer answers reply replies
  thanks requests orders offers names favors favours pushes
  signal signals hint hints doubt doubts guess figure guarantee
  challenge challenges
`);

/** Verbs of going on ("continues to grow", "continued fighting"): aspect, not a report, before "to" or "-ing". */
export const ASPECT_VERBS = words('continue continues continued continuing');

/** Irregular past forms common in news: they mark a verb where no suffix does. */
export const IRREGULAR_PAST = words(`
  saw took made went gave won led held sent brought paid met lost kept left got put set ran spent
  built sought spoke wrote chose drew struck threw understood became began beat bought caught
  fought heard taught rose fell
`);

/** Irregular past participles that end in neither -ed nor -en ("has gone", "was done", "had run"): after "be" or "have" they are an act. */
/** Verbs whose subject receives or provokes what its object names ("faced criticism of", "drew praise for"): that subject is the target, not the source. */
export const RECEIVING_VERBS = words('face faces faced facing draw draws drew drawn drawing receive receives received receiving attract attracts attracted attracting earn earns earned earning garner garners garnered spark sparks sparked sparking provoke provokes provoked prompt prompts prompted trigger triggers triggered invite invites invited incur incurs incurred');
export const IRREGULAR_PARTICIPLES = words('gone done known shown grown thrown drawn flown begun run won sung sworn worn torn');

/** Verbs whose object is the addressee, not the content: "told reporters that ...". */
export const ADDRESSEE_VERBS = words(`
  tell tells told telling ask asks asked asking warn warns warned warning urge urged urges remind reminded
  reminds reminding assure assures assured assuring reassure reassured inform informs informed informing
  advise advises advised advising
`);

/** Participles that attach a second piece of reported speech to a sentence: ", adding that ...". */
export const PARTICIPLE_CUES = words('adding saying noting arguing stressing warning insisting explaining suggesting claiming telling asking declaring writing acknowledging');

/** Subject pronouns that can be the speaker of a quote. */
export const SUBJECT_PRONOUNS = words('he she they we i you it who which one');

/** Pronouns that refer to one person, for resolving to the most recent person. */
export const PERSON_PRONOUNS = words('he she him her his');

/**
 * Pronouns that stand for a third party, the only pronouns shown as speakers: the resolver
 * may find whom they mean, and unresolved they are still shown as what they are ("he").
 * The possessives are the sources of nominal reports ("his criticism of ...").
 */
export const THIRD_PERSON_PRONOUNS = words('he she they it his her their its one');

/**
 * First- and second-person words: the writer, an interviewee or the reader speaks, and who
 * that is the text does not say here, so such a quote is listed as unattributed.
 */
export const FIRST_PERSON = words('i we you me us my our your mine ours yours myself ourselves yourself yourselves');

/** First-person subjects: kept as the speaker's mention (the writer, an interviewee), never resolved to a person. */
export const FIRST_PERSON_SUBJECTS = words('i we');

/** Relative pronouns: a speaker only through the phrase before them ("the report, which said"). */
export const RELATIVE_PRONOUNS = words('who whom whose which that');

/**
 * Interjections, discourse markers and question words: they open a turn of speech or a clause
 * and are never its subject, capitalised or not ("Well, ...", "Just ...", "Q:").
 */
export const DISCOURSE_WORDS = words(`
  well yes yeah no oh ok okay wow so now then here there let please thanks thank sure right also
  just like maybe perhaps indeed anyway actually basically really however though although since
  despite amid unlike q a what how why when where whether if
`);

/**
 * Pronouns that stand for no one in particular ("someone said", "either defending it", "this
 * shows"): a subject, but no source to show.
 */
export const VAGUE_PRONOUNS = words(`
  this that these those either neither each every any none nobody someone somebody anyone anybody
  everyone everybody something anything everything nothing thing things
`);

/** Nouns of time: a time phrase ("a couple of years", "last week", "Tuesday") never speaks. */
export const TIME_NOUNS = words(`
  time times moment moments second seconds minute minutes hour hours day days night nights week weeks
  weekend weekends month months year years decade decades century centuries era period season
  morning mornings afternoon evening evenings today yesterday tomorrow tonight ago
  spring summer autumn fall winter monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
`);

/**
 * Counts of people: alone they stand for the people counted ("many said", "21 percent
 * support", "a third believe"), and before "of" the source is what they count ("half of the voters").
 */
export const COUNTS = words(`
  half third thirds quarter quarters majority majorities minority minorities plurality share most
  many some several few all both one others two three four five percent dozens hundreds thousands
  millions handful another much
`);

/** Nouns of amount and kind: before "of" the source is what they measure ("a bunch of them"); alone they name no one ("a couple of years"). */
export const MEASURES = words('couple bunch lot lots rest part parts kind sort type way amount number deal array');

/**
 * Common nouns for people, groups and documents that speak or report in news ("residents",
 * "the survey"), besides roles, titles, organisation nouns and agent nouns by their ending.
 */
export const SOURCE_NOUNS = words(`
  people person persons man men woman women child children family families public crowd audience
  voter voters resident residents citizen citizens official officials expert experts analyst analysts
  critic critics supporter supporters opponent opponents observer observers witness witnesses police
  authority authorities source sources aide aides adviser advisers advisor advisors lawmaker lawmakers
  legislator legislators member members leader leaders worker workers student students teacher teachers
  parent parents doctor doctors scientist scientists researcher researchers economist economists
  investor investors protester protesters protestor protestors demonstrator demonstrators activist
  activists local locals villager villagers farmer farmers fan fans reader readers viewer viewers
  user users customer customers delegate delegates candidate candidates rival rivals ally allies friend
  friends neighbour neighbours neighbor neighbors relative relatives colleague colleagues staff staffer
  staffers employee employees executive executives manager managers spokesperson spokespeople
  representative representatives negotiator negotiators diplomat diplomats minister ministers
  democrat democrats republican republicans conservative conservatives liberal liberals
  head heads chief chiefs boss bosses owner owners founder founders author authors writer writers
  reporter reporters journalist journalists editor editors host hosts guest guests victim victims
  survivor survivors soldier soldiers troops officer officers prosecutor prosecutors lawyer lawyers
  attorney attorneys judge judges jury court panel board team coalition alliance union unions
  bank banks firm firms industry group groups organisation organization organisations organizations
  ministry agency office department government campaign committee council commission company
  companies newspaper paper network channel station radio television broadcaster website site poll
  polls survey surveys study studies report reports group party parties army military statement
  statements letter letters memo memos document documents filing filings ruling rulings complaint
  lawsuit indictment release ad ads advertisement video videos tweet tweets post posts article
  articles book books analysis analyses review reviews audit audits investigation investigations
  assessment assessments estimate estimates forecast forecasts figures data research findings
  evidence record records results census index message messages email emails note notes sign signs
  leaflet leaflets banner banners magazine magazines journal journals blog blogs advocate advocates
  transcript transcripts projection projections footage polling pollster pollsters boy boys girl
  girls kid kids teen teens teenager teenagers lady ladies country countries nation nations
  governments
`);

/** Nouns ending like agents ("-er", "-ent") that name no one. */
export const NOT_AGENT_NOUNS = words(`
  answer answers matter matters number numbers order orders power powers water weather corner
  corners border borders center centre centers centres moment moments content event events percent
  element elements amount amounts comment comments other another together however whether either
  neither rather further never ever over under after later
`);

/** Verbs whose object is the one spoken to, never the speaker, even right after the verb ("told reporters"). */
export const TELLING_VERBS = words('tell tells told telling remind reminds reminded reminding urge urges urged urging');

/** Subject pronouns that name people (not "it", "which" or "one"). */
export const PERSON_SUBJECTS = words('he she they we i');

/** Determiners that open a common-noun speaker phrase ("the premier", "another supporter"). */
export const DETERMINERS = words(`
  the a an another this these those his her their its our my your some many most several
  both all each every any few no other such
`);

/**
 * Words that may stand between a speaker and the verb without breaking the link
 * ("he also said", "Smith has repeatedly said").
 */
export const BETWEEN_SUBJECT_AND_VERB = words(`
  also later then has have had would will could should may might must did does do
  previously recently reportedly repeatedly again once often never not already just still even
  further publicly privately frequently simply flatly quickly initially first earlier now
  've 'd is was were are be been being
  can cannot shall can't couldn't wouldn't shouldn't won't didn't doesn't don't
  isn't wasn't aren't weren't hasn't haven't hadn't mustn't
`);

/**
 * Words that cannot end a speaker phrase: when the word before a reporting verb is one of
 * these, the verb has no subject of its own (e.g. "it is said", "as noted").
 */
export const NOT_A_SPEAKER = words(`
  and or but nor so yet as if than that because while when where whether since although though
  of in on at to for from by with about into over under after before during without against among
  between through across per via is was were are be been being am
  not no there here what how why
`);

/** Prepositions: a name right after one sits in a prepositional phrase, not in subject position. */
export const PREPOSITIONS = words(`
  of in on at to for from by with about into over under after before during without against among
  between through across per via like near toward towards upon within
`);

/** Titles that may precede a name and belong to the mention ("Mr. Trump", "Gov. Kasich"). */
export const TITLES = words(`
  mr mrs ms miss dr prof gov sen rep gen col lt sgt capt adm cmdr gov. sen. rep. st president
  minister premier senator governor secretary chancellor king queen prince pope judge justice
  ambassador chairman chairwoman general colonel mayor speaker rev del msgr fr hon supt
`);

/** Nouns for works and media whose title may follow in quotation marks ("his new book, “...”"). */
export const WORK_NOUNS = words(`
  book books novel memoir memoirs biography manifesto essay poem column newsletter magazine
  show shows series sitcom program programme podcast episode documentary film movie play musical
  opera song songs album anthem
`);

/** Verbs whose object may be a work's title ("wrote “...”", "published “...”"). */
export const AUTHORING_VERBS = words('wrote write writes authored published directed produced hosts hosted');

/** Abbreviations whose period does not end a sentence. */
export const ABBREVIATIONS = words(`
  mr mrs ms dr prof gov sen rep gen col lt sgt capt adm cmdr st jr sr vs etc inc co corp ltd
  rev del msgr fr hon supt
  no nos jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd dept est approx fig
  u.s u.k u.n e.g i.e a.m p.m
`);

/**
 * Role nouns a speaker may be referred to by ("the premier said"), each with the role words
 * it can resolve to on an entity (`Entity.roles`).
 */
export const ROLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['premier', ['premier', 'prime minister']],
  ['prime minister', ['prime minister', 'premier']],
  ['minister', ['minister']],
  ['president', ['president']],
  ['spokesperson', ['spokesperson', 'spokesman', 'spokeswoman']],
  ['spokesman', ['spokesperson', 'spokesman']],
  ['spokeswoman', ['spokesperson', 'spokeswoman']],
  ['secretary', ['secretary']],
  ['governor', ['governor', 'gov']],
  ['senator', ['senator', 'sen']],
  ['chancellor', ['chancellor']],
  ['ambassador', ['ambassador']],
  ['chairman', ['chairman', 'chair']],
  ['chairwoman', ['chairwoman', 'chair']],
  ['mayor', ['mayor']],
  ['candidate', ['candidate']],
  ['official', ['official']],
  ['envoy', ['envoy']],
  ['general', ['general', 'gen']],
  ['commander', ['commander']],
  ['leader', ['leader']],
  ['chief', ['chief']],
  ['director', ['director']],
  ['adviser', ['adviser', 'advisor']],
  ['advisor', ['adviser', 'advisor']],
  ['diplomat', ['diplomat', 'ambassador']],
  ['congressman', ['congressman', 'representative', 'rep']],
  ['congresswoman', ['congresswoman', 'representative', 'rep']],
]);

/** Nouns for organisations that report ("the ministry said", "the agency reported"). */
export const ORGANISATION_NOUNS = words(`
  ministry agency office department government campaign committee council commission company
  newspaper paper network channel station radio television broadcaster website poll survey study
  report group party army police court embassy administration spokesperson statement
`);

/** Capitalised words that start sentences but are never names. */
export const CAPITALISED_FUNCTION_WORDS = words(`
  the a an this that these those it its he she they we i you his her their our my your
  but and or so yet if when while as in on at to for from by with about after before during
  however meanwhile later earlier yesterday today tomorrow then there here what why how who
  monday tuesday wednesday thursday friday saturday sunday also still even
  according asked speaking
`);

/**
 * Builds a frame map from lines "form form ...: preposition ...": each word form maps to the
 * prepositions that introduce its content.
 */
function frames(spec: string): ReadonlyMap<string, ReadonlySet<string>> {
  const map = new Map<string, Set<string>>();
  for (const line of spec.split('\n')) {
    const [forms, preps] = line.split(':');
    if (!preps) continue;
    for (const form of words(forms)) map.set(form, words(preps));
  }
  return map;
}

/**
 * Verbs of communication, cognition and stance whose content is the noun phrase after a
 * preposition ("talked about the economy", "called for a ban", "warned of a recession").
 * News attribution counts that noun phrase as the attributed content.
 */
export const PREPOSITION_VERB_FRAMES = frames(`
  talk talks talked talking: about of
  speak speaks spoke speaking: about of
  call calls called calling: for on
  warn warns warned warning: of about against
  complain complains complained complaining: about of
  comment comments commented commenting: on about
  ask asks asked asking: about
  argue argues argued arguing: for against about
  push pushes pushed pushing: for
  advocate advocates advocated advocating: for
  insist insists insisted insisting: on
  boast boasts boasted boasting brag brags bragged bragging: about of
  joke jokes joked joking: about
  write writes wrote writing tweet tweets tweeted tweeting: about
  testify testifies testified testifying: about on
  worry worries worried worrying: about
  think thinks thought thinking: about of
  care cares cared caring: about
  agree agrees agreed agreeing disagree disagrees disagreed disagreeing: with on
  object objects objected objecting: to
  respond responds responded responding react reacts reacted reacting: to
  apologize apologizes apologized apologizing apologise apologises apologised apologising: for
  hint hints hinted hinting: at
  rail rails railed railing: against
  lobby lobbies lobbied lobbying: for against
  wonder wonders wondered wondering: about
  hope hopes hoped hoping: for
  elaborate elaborates elaborated elaborating reflect reflects reflected reflecting: on
  side sides sided siding: with
  vote votes voted voting: for against
  focus focuses focused focusing: on
  campaign campaigns campaigned campaigning: for against
  allude alludes alluded alluding: to
  rely relies relied relying: on
  dwell dwells dwelt dwelled dwelling harp harps harped harping: on
  rant rants ranted ranting: about against
  fret frets fretted fretting: about over
  opine opines opined opining muse muses mused musing: about on
  gripe gripes griped griping grumble grumbles grumbled grumbling: about
  balk balks balked balking scoff scoffs scoffed scoffing: at
  press presses pressed pressing plead pleads pleaded pleading appeal appeals appealed appealing: for
  clash clashes clashed clashing spar spars sparred sparring: with over
  concur concurs concurred concurring sympathize sympathizes sympathized identify identifies identified identifying: with
  approve approves approved approving disapprove disapproves disapproved disapproving: of
  dream dreams dreamed dreamt dreaming: of about
  gush gushes gushed gushing rave raves raved raving: about over
  look looks looked looking: to
  point points pointed pointing: to
  vouch vouches vouched vouching: for
  touch touches touched touching: on
  critical supportive wary: of
  skeptical sceptical: of about
  confident: in about
  optimistic pessimistic: about
  proud fond afraid weary aware mindful dismissive contemptuous respectful: of
  enthusiastic excited nervous anxious: about
  concerned: about over
  eager keen reluctant hesitant determined willing unwilling quick swift: to
  interested: in
`);

/**
 * Nominalisations of those verbs and of stance verbs, with the prepositions that introduce
 * their content ("Smith's criticism of the plan", "his support for the bill"). They count
 * only with a possessive source before them.
 */
export const PREPOSITION_NOUN_FRAMES = frames(`
  criticism criticisms: of
  support: for of
  opposition: to
  attack attacks: on against
  call calls push plea: for
  comment comments remark remarks statement statements: about on
  view views position positions stance take: on about
  praise: for of
  concern concerns worries: about over
  complaint complaints: about
  warning warnings: about of against
  defense defence endorsement rejection denial condemnation dismissal embrace: of
  description characterization assessment account interpretation: of
  accusation accusations allegation allegations: of against
  claim claims: about of
  reference references: to
  response reaction: to
  objection objections: to
  demand demands: for
  emphasis insistence focus: on
  doubts skepticism scepticism: about of
  question questions: about
  admiration enthusiasm disdain contempt: for
  thoughts opinion opinions feelings: on about
  vision case: for
  argument arguments: for against
  critique critiques rebuke portrayal depiction approval disapproval distrust mistrust: of
  sympathy affinity: for with
  swipe swipes jab jabs dig digs potshots aim: at
  issue: with
  stand: on against
  faith confidence trust interest: in
  attention: to
  crusade: against for
  advice: on about for
  decision decisions plan plans refusal promise promises pledge vow effort efforts attempt bid threat proposal willingness unwillingness desire intention commitment: to
`);

/**
 * Nouns of communication and belief that take a content clause ("the claim that ...",
 * "his promise that ...").
 */
export const CLAUSE_NOUNS = words(`
  claim claims assertion assertions allegation allegations statement statements promise promises
  pledge pledges warning warnings argument arguments belief beliefs suggestion suggestions
  insistence assurance assurances announcement admission acknowledgment acknowledgement
  prediction predictions speculation rumor rumors rumour rumours charge charges accusation
  accusations complaint complaints fear fears hope hopes concern concerns conclusion
  contention declaration vow vows threat threats
  idea notion impression sense feeling suspicion conviction assumption perception expectation
  expectations realization realisation theory insinuation implication
  reassurance guarantee confirmation denial boast recommendation demand
`);

/** Possessive determiners: the source of a nominalised report ("his criticism of ..."). */
export const POSSESSIVE_DETERMINERS = words('his her their its our my your');

/**
 * Nouns of judgement and backing that a target receives from a source ("the plan drew criticism
 * from farmers", "she won the endorsement of the union"): the target is the content, the
 * source the phrase after "from" ("of" after "the").
 */
export const RECEIVED_NOUNS = words(`
  criticism criticisms praise support endorsement endorsements backing opposition scorn attacks
  condemnation rebuke rebukes blowback backlash denunciation denunciations pushback
`);

/** Verbs of getting besides RECEIVING_VERBS, whose object a target receives ("won support from"). */
export const WINNING_VERBS = words('win wins won winning get gets got gotten getting secure secures secured securing enjoy enjoys enjoyed enjoying');
