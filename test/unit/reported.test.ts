/**
 * Reported speech rule families (src/analysis/quotes/reported.ts), one table each. Every row
 * is invented text of general news shape; none comes from the gold data.
 */
import * as assert from 'assert';
import { analyze } from '../../src/analysis';
import { splitParagraphs } from '../../src/analysis/paragraphs';
import { findQuotes } from '../../src/analysis/quotes';
import { Quote } from '../../src/analysis/types';

interface Row {
  name: string;
  text: string;
  /** A word group inside the report looked for. */
  fragment: string;
  cue: string;
  /** The speaker mention's text, or undefined for none. */
  speaker: string | undefined;
  /** The report's whole text, when the row is about where it starts and ends; the report is then the one with `cue`. */
  content?: string;
}

/** The report containing `fragment`: from the quote finder alone, or with `entities` from the whole analysis. */
function reportWith(text: string, fragment: string, entities: boolean, cue?: string): Quote | undefined {
  const quotes = entities ? analyze(text).quotes : findQuotes(text, splitParagraphs(text), []).quotes;
  return quotes.find((q) => q.kind !== 'direct' && q.text.includes(fragment) && (cue === undefined || q.cue?.text === cue));
}

/** Asserts that no quote of `text` has the cue `cue` (and, when given, the text `content`). */
function noReport(name: string, text: string, cue: string, content?: string): void {
  it(name, () => {
    const quotes = findQuotes(text, splitParagraphs(text), []).quotes;
    assert.ok(!quotes.some((q) => q.cue?.text === cue && (content === undefined || q.text === content)), `a report cued by "${cue}"`);
  });
}

function check(rows: Row[], entities = false): void {
  for (const r of rows) {
    it(r.name, () => {
      const q = reportWith(r.text, r.fragment, entities, r.content === undefined ? undefined : r.cue);
      assert.ok(q, `no report containing "${r.fragment}"`);
      if (r.content !== undefined) assert.strictEqual(q.text, r.content);
      assert.strictEqual(q.cue?.text, r.cue);
      assert.strictEqual(q.speaker?.text, r.speaker);
      assert.strictEqual(r.text.slice(q.start, q.end), q.text);
    });
  }
}

describe('reported speech', () => {
  describe('speakers behind appositives: a reading whose subject is no source gives way', () => {
    check([
      { name: 'a place before the name is no subject', text: 'Alarmed by the unrest in Carlow, Senator Mary Dunne, the minority leader, said that she spoke with the mayor.', fragment: 'she spoke with the mayor', cue: 'said', speaker: 'Senator Mary Dunne' },
      { name: 'a time phrase before the name is no subject', text: 'After the storm last week, Tom Reilly, the harbour master, said the pier was safe.', fragment: 'the pier was safe', cue: 'said', speaker: 'Tom Reilly' },
    ]);
  });

  describe('a cue with no subject of its own speaks for the source opening its sentence (openers)', () => {
    check(
      [
        { name: 'past a time stamp', text: '9:30 a.m. Mayor Ann Cole has delivered a long defence of the ferry plan, saying that the pier must be rebuilt.', fragment: 'the pier must be rebuilt', cue: 'saying', speaker: 'Mayor Ann Cole' },
        { name: 'a described source opening the sentence', text: 'The nurse later sued the county, claiming the quarantine violated her rights.', fragment: 'the quarantine violated', cue: 'claiming', speaker: 'The nurse' },
        { name: 'past a dateline, a second verb after "and"', text: 'Dublin (AFP) - Senator Ann Cole met the families of the victims on Thursday and said the state must act.', fragment: 'the state must act', cue: 'said', speaker: 'Senator Ann Cole' },
      ],
      true,
    );
  });

  describe('other verbs and adjectives of certainty with a "that" clause (clauses)', () => {
    check([
      { name: 'an -ed verb of learning', text: 'The mayor learned that the ferry would stop in March.', fragment: 'the ferry would stop', cue: 'learned', speaker: 'The mayor' },
      { name: 'an adjective of certainty after "be"', text: 'Her supporters are optimistic that she will win the seat.', fragment: 'she will win the seat', cue: 'optimistic', speaker: 'Her supporters' },
      { name: 'an -s verb right after a name', text: 'Ortiz recognizes that the pier needs repairs.', fragment: 'the pier needs repairs', cue: 'recognizes', speaker: 'Ortiz' },
    ]);
    it('a plural noun before a relative "that" is no cue', () => {
      const text = 'The groups that met on Monday left the harbour early.';
      assert.strictEqual(findQuotes(text, splitParagraphs(text), []).quotes.length, 0);
    });
    check([
      { name: 'a progressive -ing form after "is"', text: 'The mayor is reaffirming that the pier will open in May.', fragment: 'the pier will open in May', cue: 'reaffirming', speaker: 'The mayor' },
      { name: 'a bare form of a noun-or-verb cue right after a plural subject is its verb', text: 'Legal observers note the harbour would not truly close.', fragment: 'the harbour would not truly close', cue: 'note', speaker: 'Legal observers' },
    ]);
    noReport('an adjective with no form of "be" before it is no cue', 'A confident that the pier holds is rare among the engineers.', 'confident');
    noReport('after a verb of an event "that" is a determiner, not a clause', 'The mayor visited that school on Monday with two of her aides.', 'visited');
  });

  describe('verbs of refusing and deciding take an infinitive', () => {
    check([
      { name: '"refuses to"', text: 'The mayor refuses to close the harbour this winter.', fragment: 'close the harbour', cue: 'refuses to', speaker: 'The mayor' },
      { name: '"decided to"', text: 'The council decided to rebuild the pier next year.', fragment: 'rebuild the pier', cue: 'decided to', speaker: 'The council' },
    ]);
  });

  describe('a passive cue whose agent closes the clause: the subject is the content, the agent the source', () => {
    check([
      { name: '"was first reported by"', text: 'The meeting of the two leaders was first reported by the Gazette.', fragment: 'The meeting of the two leaders', cue: 'reported', speaker: 'the Gazette' },
      { name: 'an agent phrase that runs on to the full stop', text: 'In the north, the ferry plan was backed by large majorities of both farmers and fishermen.', fragment: 'the ferry plan', cue: 'backed', speaker: 'large majorities' },
    ]);
    noReport('an agent followed by a long clause is no source of the subject', 'The plan was backed by the mayor and two of her deputies who met the board on Monday in the town hall before the vote.', 'backed', 'The plan');
  });

  describe('a trailing verb of showing after a document or survey', () => {
    check([
      { name: '"..., records show."', text: 'The donor gave nothing to the other candidates, county election records show.', fragment: 'The donor gave nothing', cue: 'show', speaker: 'county election records' },
      { name: '"..., the survey found."', text: 'Support for the ferry line has grown in the north, a recent survey found.', fragment: 'has grown in the north', cue: 'found', speaker: 'a recent survey' },
    ]);
    it('a trailing cue takes in the reports before it rather than being dropped as one inside them', () => {
      const text = 'The group replaced its planned ads with commercials opposing the mayor, the reports show.';
      const quotes = findQuotes(text, splitParagraphs(text), []).quotes;
      const outer = quotes.find((q) => q.cue?.text === 'show');
      assert.ok(outer, 'no report cued by "show"');
      assert.strictEqual(outer.speaker?.text, 'the reports');
      assert.ok(outer.text.includes('commercials opposing the mayor'));
      assert.ok(!quotes.some((q) => q.cue?.text === 'opposing'), 'the inner report stands apart');
    });
    check([
      { name: 'a count opens the clause after a verb of showing', text: 'Early results of the county survey show two-thirds of the farmers back the new road.', fragment: 'two-thirds of the farmers', cue: 'show', speaker: 'Early results of the county survey' },
      { name: '"a poll showing ..." reports what the poll shows, up to the comma', text: 'After a new poll showing the mayor down to ten points, her aides met on Monday.', fragment: 'the mayor down to ten points', cue: 'showing', speaker: 'a new poll' },
    ]);
    noReport('a person after the content with a verb of showing is no trailing source', 'The pier was safe, the engineers showed.', 'showed');
  });

  describe('an opening "In a poll," or "For/To a person or group," attributes the clause after it', () => {
    check([
      { name: '"In a ... poll,"', text: 'In a county newspaper poll last month, the mayor had a ten-point lead.', fragment: 'the mayor had a ten-point lead', cue: 'In', speaker: 'a county newspaper poll last month' },
      { name: '"For" a group', text: 'For many farmers, the new tax is a burden they cannot carry.', fragment: 'the new tax is a burden', cue: 'For', speaker: 'many farmers' },
      { name: '"To" a name', text: 'To Okafor, the vote in May was the end of an era.', fragment: 'the vote in May was the end', cue: 'To', speaker: 'Okafor' },
    ]);
    noReport('a time is no one\'s view', 'For the first time, the pier was closed for repairs.', 'For');
    noReport('"In" with no poll or survey reports nothing', 'In the morning, the pier was closed for repairs.', 'In');
  });

  describe('nouns of deciding, planning and promising with an infinitive after a possessive', () => {
    check([
      { name: '"her decision to"', text: 'Her decision to close the harbour angered the fishermen.', fragment: 'close the harbour', cue: 'decision to', speaker: 'Her' },
      { name: 'a name\'s "plan to"', text: 'Mayor Cole’s plan to sell the old pier was dropped in May.', fragment: 'sell the old pier', cue: 'plan to', speaker: 'Mayor Cole’s' },
    ]);
    noReport('a noun with no possessive before it reports nothing', 'The decision to close the harbour was taken in March.', 'decision to');
    noReport('the subject of a verb of receiving is the target of the criticism, not its source', 'The mayor faced sharp criticism of his budget from council members.', 'criticism of');
    check([{ name: 'with no possessor, the subject of the verb whose object holds the noun is its source', text: 'The senator avoided direct criticism of the mayor until recent days.', fragment: 'the mayor', cue: 'criticism of', speaker: 'The senator' }]);
    noReport('the subject of a copula is described, not a source', 'The senator is a serious threat to the mayor and her plans.', 'threat to');
  });

  describe('sources that are documents or askers', () => {
    check([
      { name: 'a document after "according to" is the source', text: 'The river rose two metres overnight, according to a count by the county.', fragment: 'The river rose', cue: 'according to', speaker: 'a count' },
      { name: 'the asker after "asked by"', text: 'When asked by a reporter whether the pier was safe, the mayor smiled.', fragment: 'whether the pier was safe', cue: 'asked', speaker: 'a reporter' },
      { name: 'a question with no asker has no source', text: 'When asked whether the pier was safe, the mayor smiled.', fragment: 'whether the pier was safe', cue: 'asked', speaker: undefined },
    ]);
  });

  describe('verbs of thanking, expressing, requesting, offering, naming, favouring and decrying take their object as content', () => {
    check([
      { name: '"thanked"', text: 'The mayor thanked the volunteers for rebuilding the pier.', fragment: 'the volunteers', cue: 'thanked', speaker: 'The mayor' },
      { name: '"expressed"', text: 'Fishermen expressed concern over the new quotas.', fragment: 'concern over the new quotas', cue: 'expressed', speaker: 'Fishermen' },
      { name: '"requested"', text: 'The council requested a full review of the ferry contract.', fragment: 'a full review', cue: 'requested', speaker: 'The council' },
      { name: '"decried"', text: 'The union decried the closure of the shipyard.', fragment: 'the closure of the shipyard', cue: 'decried', speaker: 'The union' },
      { name: '"favors"', text: 'Ortiz favors a smaller harbour fee for local boats.', fragment: 'a smaller harbour fee', cue: 'favors', speaker: 'Ortiz' },
    ]);
    noReport('a plural noun of the same form is no cue', 'The orders for new boats rose in March.', 'orders');
  });

  describe('where content ends and who speaks: participles, appositives, subordinate clauses', () => {
    check([
      { name: 'a participle after a comma is never an inverted cue', text: 'Ann Lee was open about her doubts over the harbour plan, saying farmers need to band together to stop it.', fragment: 'farmers need to band together', cue: 'saying', speaker: 'Ann Lee' },
      { name: 'a name and its appositive before the cue are its subject, not inverted content', text: 'Ann Lee, a nurse at the county clinic, said the burden of the new rules would force her to close.', fragment: 'the burden of the new rules', cue: 'said', speaker: 'Ann Lee' },
      { name: 'a subordinate clause with a stance cue of its own ends the content before it', text: 'The mayor backed the road plan while the fishermen wanted a new pier.', fragment: 'a new pier', cue: 'wanted', speaker: 'the fishermen' },
      { name: 'a new clause after a comma with a stance cue ends the content before it', text: 'The mayor backed the road plan, and the fishermen wanted a new pier.', fragment: 'a new pier', cue: 'wanted', speaker: 'the fishermen' },
    ]);
    check([{ name: 'an irregular participle after "have" is an act (lexicon, not a word list in the rule)', text: 'She has thrown her support behind a plan to rebuild the old pier before the winter storms arrive.', fragment: 'her support behind a plan', cue: 'thrown', speaker: 'She' }]);
    check([{ name: 'a verb of saying with its own subject inside an act\'s object is a report of its own', text: 'Ms. Lee sent a long letter about the harbour fees to the farmers, fishermen and business owners who say the new law unfairly targets small boats.', fragment: 'the new law unfairly targets', cue: 'say', speaker: 'business owners' }]);
    noReport('an -s word after a lone count is the noun it counts, not an act', 'Most farmers backed the road plan, while the fishermen in the south wanted a new pier and a larger harbour.', 'farmers');
  });

  describe('"as" clauses of saying and questions asked with no asker named', () => {
    check([
      { name: '"As reported by X," opening the sentence', text: 'As reported by the Gazette, the mayor was told twice about the cracks in the pier.', fragment: 'the mayor was told twice', cue: 'reported', speaker: 'the Gazette' },
      { name: '"..., as X noted." closing the sentence', text: 'The ferry will stop running in March, as the harbour master noted.', fragment: 'The ferry will stop running', cue: 'noted', speaker: 'the harbour master' },
      { name: '"Asked about X," a question\'s topic', text: 'Asked about the ferry, the mayor smiled and left the room.', fragment: 'about the ferry', cue: 'Asked', speaker: undefined },
      { name: '"When asked to ...," a request', text: 'When asked to confirm the closure, a port official did so.', fragment: 'to confirm the closure', cue: 'asked', speaker: undefined },
    ]);
  });

  describe('"according to" in the middle of a sentence, and subjects behind long appositives', () => {
    check([
      { name: 'after a short lead-in the content follows the source', text: 'In addition, according to the agency, nine million more workers will be protected against losing overtime.', fragment: 'nine million more workers', cue: 'according to', speaker: 'the agency' },
      { name: 'with no comma before the cue the content is its clause', text: 'The mayor leads by ten points according to a count by the Gazette, but the race is close.', fragment: 'The mayor leads by ten points', cue: 'according to', speaker: 'a count' },
      { name: 'a name opening the sentence is the subject past appositives too long to skip', text: 'Ann Lee, a nurse at the clinic who once worked for Sen. Tom Reilly (R-Tenn.), one of the bill’s Republican architects, called it a great step for the town.', fragment: 'a great step', cue: 'called', speaker: 'Ann Lee' },
    ]);
  });

  describe('inverted trailing cues: role words before the name, long appositives after it', () => {
    check([
      { name: 'a role before the name is part of the speaker phrase', text: 'His support could matter more for the party than for the town, said Democratic strategist Ann Lee.', fragment: 'His support could matter more', cue: 'said', speaker: 'Democratic strategist Ann Lee' },
      { name: 'an appositive of any length may follow the speaker\'s comma', text: "Nor are tariffs likely to bring many of these jobs back, said Ann Lee, a professor of economics at the college, who is one of the county's foremost experts on trade and the author of two books on the harbour.", fragment: 'Nor are tariffs likely', cue: 'said', speaker: 'Ann Lee' },
    ]);
    noReport('after a capitalised word, a noun-or-verb cue before a plain word is a noun', 'Southern states like Georgia and Alabama will vote early in March this year.', 'states');
    noReport('before "that" and an auxiliary, a noun-or-verb cue is a noun with a relative clause', 'The Northern states that have voted so far favour the mayor by a wide margin.', 'states');
    check([
      { name: 'after a person, "that" and an auxiliary open the reported clause', text: 'Ann Lee claims that is false and will appeal.', fragment: 'that is false', cue: 'claims', speaker: 'Ann Lee' },
      { name: 'after a person, a noun-or-verb cue before a plain word is the verb', text: 'Ann Lee notes prices have fallen since the spring.', fragment: 'prices have fallen', cue: 'notes', speaker: 'Ann Lee' },
    ], true);
    check([
      { name: 'a frame\'s infinitive speaks for the subject of the verb before it', text: 'Ann Lee will come on the programme to talk about the new pier and its costs.', fragment: 'the new pier and its costs', cue: 'talk about', speaker: 'Ann Lee' },
      { name: 'a frame\'s gerund after a preposition likewise', text: 'The mayor began by talking about the ferry crisis in the north.', fragment: 'the ferry crisis', cue: 'talking about', speaker: 'The mayor' },
    ]);
    check([{ name: 'a verb frame after a counted subject and an auxiliary is a verb', text: 'Among farmers, 56 percent would vote for the mayor.', fragment: 'the mayor', cue: 'vote for', speaker: '56 percent' }]);
    noReport('a comma right after a stance verb opens no content', "Nor are tariffs likely to bring many of these jobs back, said Ann Lee, a professor of economics at the college, who is one of the county's foremost experts on trade.", 'back');
  });

  describe('verbs, adjectives and nouns of communication, belief and stance by class', () => {
    check([
      { name: 'a verb of assuring takes an addressee before its clause', text: 'The mayor assured residents that the pier would reopen in May.', fragment: 'the pier would reopen', cue: 'assured', speaker: 'The mayor' },
      { name: 'a verb of disclosing without "that"', text: 'The council disclosed the road had cost twice the estimate.', fragment: 'the road had cost', cue: 'disclosed', speaker: 'The council' },
      { name: 'a verb of doubting after a plural subject', text: 'The farmers doubt the new road will ever be built.', fragment: 'the new road will ever', cue: 'doubt', speaker: 'The farmers' },
      { name: 'a verb of realising without "that"', text: 'Ann Lee realized the vote had been lost.', fragment: 'the vote had been lost', cue: 'realized', speaker: 'Ann Lee' },
      { name: 'a verb of deriding with a short object', text: 'The mayor derided the plan.', fragment: 'the plan', cue: 'derided', speaker: 'The mayor' },
      { name: 'a verb of echoing', text: 'The board echoed the warning about rising costs at the port.', fragment: 'the warning about rising costs', cue: 'echoed', speaker: 'The board' },
      { name: 'a bare stance verb after a modal', text: 'The union will support the new contract for dock workers.', fragment: 'the new contract', cue: 'support', speaker: 'The union' },
      { name: 'a bare stance verb after a negated "do"', text: "The senator doesn't want a second vote on the budget.", fragment: 'a second vote', cue: 'want', speaker: 'The senator' },
      { name: 'a verb of focusing with its preposition', text: 'The governor focused on the cost of the new bridge.', fragment: 'the cost of the new bridge', cue: 'focused on', speaker: 'The governor' },
      { name: 'an adjective of willingness with an infinitive', text: 'The mayor is eager to rebuild the old pier before summer.', fragment: 'rebuild the old pier', cue: 'eager to', speaker: 'The mayor' },
      { name: 'a noun of vision after a possessive', text: 'Lee laid out her vision for a greener harbour next year.', fragment: 'a greener harbour', cue: 'vision for', speaker: 'Lee' },
      { name: 'a noun of belief with a content clause and no source', text: 'The idea that the ferry could pay for itself was popular.', fragment: 'the ferry could pay', cue: 'idea', speaker: undefined },
      { name: '"made it clear" states its content', text: 'The mayor made it clear that she would not run again.', fragment: 'she would not run again', cue: 'made it clear', speaker: 'The mayor' },
      { name: 'a verb of weighing up', text: 'The harbour board is mulling a sale of the old pier.', fragment: 'a sale of the old pier', cue: 'mulling', speaker: 'The harbour board' },
      { name: 'a verb of comparing', text: 'The union compared the deal to a surrender.', fragment: 'the deal to a surrender', cue: 'compared', speaker: 'The union' },
      { name: 'an -ing form of expecting', text: 'Officials are expecting the pier to reopen in May.', fragment: 'the pier to reopen', cue: 'expecting', speaker: 'Officials' },
      { name: 'a verb of passing a message on', text: 'The clerk retweeted the notice.', fragment: 'the notice', cue: 'retweeted', speaker: 'The clerk' },
      { name: 'an adjective of haste with an infinitive', text: 'The mayor was quick to blame the council.', fragment: 'blame the council', cue: 'quick to', speaker: 'The mayor' },
      { name: 'a noun of attack with the subject of the verb it is the object of', text: 'Lee took a swipe at the council over the levy.', fragment: 'the council over the levy', cue: 'swipe at', speaker: 'Lee' },
      { name: 'an adjective of interest with its preposition', text: 'Ann Lee is interested in the harbour job.', fragment: 'the harbour job', cue: 'interested in', speaker: 'Ann Lee' },
      { name: 'a stance verb whose whole object is a person pronoun', text: "Both of the county's senators strongly backed him.", fragment: 'him', cue: 'backed', speaker: "Both of the county's senators" },
    ]);
    check(
      [{ name: 'a stance of someone "of" a place is not the place\'s', text: 'Senator Ann Lee of Ohio backed the plan to dredge the harbour.', fragment: 'the plan to dredge', cue: 'backed', speaker: 'Senator Ann Lee of Ohio' }],
      true,
    );
    noReport('a bare stance verb after an article stays a noun', 'The support of the union was never in doubt.', 'support');
    noReport('an adjective of haste before an act is no stance', 'Residents were quick to leave their homes.', 'quick to');
    noReport('"be backed up" is congestion, no stance', 'Traffic was backed up for miles after a truck overturned on the highway.', 'backed');
    noReport('a passive plain verb is no act of its subject', 'Protesters were moved off the square by police after a long night of chanting and singing.', 'moved');
    noReport('"looking for" a person is a search, no stance', 'Police are looking for a man in a red jacket.', 'looking for');
    noReport('"fought for" hours is no stance', 'Firefighters fought for hours against the blaze.', 'fought for');
    noReport('"tired of" waiting is no stance', 'Fans of the club were tired of waiting in the rain.', 'tired of');
    noReport('a verb of calling after a modal is an act', 'He will call the office tomorrow.', 'call');
    noReport('a verb of accepting after a modal is an act', 'The museum can accept donations online.', 'accept');
    noReport('after a modal, a thing holds no stance', 'The new bridge will support forty tonnes of traffic.', 'support');
    noReport('"makes clear" before a noun is no statement', 'The firm makes clear glass bottles for the brewery.', 'makes clear');
    noReport('a champion of a tournament holds no stance', 'Vantis is the champion of Wimbledon after a long final.', 'the champion of');
    noReport('a fan of a team holds no stance', 'Maria Vantis is a big fan of the Rovers and goes to every game.', 'a big fan of');
    noReport('an object pronoun after a verb of saying is no content', 'The mayor told him.', 'told');
  });

  describe('where content ends: numbers, asides, a second subject and cue after "and", a relative clause with its own cue', () => {
    check([
      { name: 'a comma inside a number is no clause break', text: "Officials said that roughly 1,100 donor names weren't reported.", fragment: '1,100 donor names', cue: 'said', speaker: 'Officials' },
      { name: 'a word that is as often a noun does not make an aside a second report', text: 'In his state, Christie said, first-time offenders are sent to treatment.', fragment: 'first-time offenders', cue: 'said', speaker: 'Christie' },
      { name: 'a new subject and cue after "and" ends the content before it', text: 'The Herald will brand him a liar and the Gazette will accuse him of lying to voters.', fragment: 'him a liar', cue: 'brand', speaker: 'Herald' },
      { name: 'the report after "and" stands on its own', text: 'The Herald will brand him a liar and the Gazette will accuse him of lying to voters.', fragment: 'lying to voters', cue: 'accuse', speaker: 'Gazette' },
      { name: 'a relative clause with a cue of its own ends the content before it', text: 'The mayor backed the pier plan, which she believes will bring tourists back.', fragment: 'the pier plan', cue: 'backed', speaker: 'The mayor' },
      { name: 'a belief verb after a relative pronoun and its subject takes the verb phrase', text: 'The mayor backed the pier plan, which she believes will bring tourists back.', fragment: 'bring tourists back', cue: 'believes', speaker: 'she' },
      { name: 'a participle of judging with an adverb and "for"', text: 'The mayor is best known for her work on the ferry line.', fragment: 'her work on the ferry', cue: 'is best known', speaker: undefined },
      { name: '"known as" after "been"', text: 'The pier has long been known as the heart of the town.', fragment: 'the heart of the town', cue: 'been known', speaker: undefined },
    ]);
    check([
      { name: '"expected to" after "is not"', text: 'The factory is not expected to close until next year.', fragment: 'The factory is not expected to close', cue: 'is not expected', speaker: undefined },
      { name: '"expected to" after a modal and "be"', text: 'Voters who might be expected to resist the plan backed it.', fragment: 'to resist the plan', cue: 'be expected', speaker: undefined },
    ]);
    check([
      { name: '"according to" as an aside after a long lead-in: the content is the clause around it', text: 'At the heart of the dispute, according to the envoy, was a decision by the mayor to close the pier.', fragment: 'At the heart of the dispute, according to the envoy, was a decision', cue: 'according to', speaker: 'the envoy' },
    ]);
    noReport('"known" with no "as" or "for" is no judgement', 'Ms. Lee is known to the staff at the harbour.', 'is known');
  });

  describe('content boundaries: a clause reported runs over clauses inside it; a fronted pronoun opens the content', () => {
    check([
      { name: 'a reason with a cue of its own is part of what was said', text: 'The mayor said the plan failed because the council wanted a new road.', fragment: 'the plan failed', cue: 'said', speaker: 'The mayor', content: 'the plan failed because the council wanted a new road' },
      { name: 'the object of a stance ends before a reason with a cue of its own', text: 'Ann Lee backed the plan because she believes the pier is safe.', fragment: 'the plan', cue: 'backed', speaker: 'Ann Lee', content: 'the plan' },
      { name: 'a relative clause with a cue of its own is part of what was said', text: 'Lee said she would keep the ferry, which she believes will bring tourists back.', fragment: 'keep the ferry', cue: 'said', speaker: 'Lee', content: 'she would keep the ferry, which she believes will bring tourists back' },
      { name: 'a relative pronoun standing for the subject opens the content', text: 'Lee said she would keep the ferry, which she believes will bring tourists back.', fragment: 'tourists', cue: 'believes', speaker: 'she', content: 'which she believes will bring tourists back' },
      { name: 'a relative pronoun standing for the object of "described as" opens the content', text: 'Voters cheered the new ferry, which the mayor described as a lifeline for the island.', fragment: 'a lifeline', cue: 'described', speaker: 'the mayor', content: 'which the mayor described as a lifeline for the island' },
      { name: 'a fronted relative clause set off by a comma ends at its next comma', text: 'The ferry, which the mayor said was late, came at nine.', fragment: 'was late', cue: 'said', speaker: 'the mayor', content: 'which the mayor said was late' },
      { name: 'a pronoun after a preposition stands for no part of the content', text: 'Lee spoke at a meeting in which she said the pier was safe.', fragment: 'the pier', cue: 'said', speaker: 'she', content: 'the pier was safe' },
      { name: 'a pronoun before a complete clause stands for no part of the content', text: 'It was the ferry, which he said the town could not afford.', fragment: 'the town', cue: 'said', speaker: 'he', content: 'the town could not afford' },
    ]);
    check([
      { name: 'a passive verb of saying with "to" and no agent: the subject is what is said about, inside the content', text: 'The harbour master was said to be furious with the council.', fragment: 'furious', cue: 'said', speaker: undefined, content: 'The harbour master was said to be furious with the council' },
      { name: 'a passive verb of stance with "as": the same', text: 'Lee was described as a moderate in the local papers.', fragment: 'a moderate', cue: 'described', speaker: undefined, content: 'Lee was described as a moderate in the local papers' },
      { name: 'a progressive is the subject\'s own stance', text: 'The mayor is seeking to rebuild the pier.', fragment: 'rebuild the pier', cue: 'seeking', speaker: 'The mayor', content: 'to rebuild the pier' },
    ]);
    check(
      [{ name: 'a cue set off inside its sentence with an article before its source', text: 'The emails covered many topics, the Times said, including the budget and the pier.', fragment: 'the budget', cue: 'said', speaker: 'Times', content: 'The emails covered many topics, the Times said, including the budget and the pier' }],
      true,
    );
    it('the report inside a reason is a candidate of its own (the arbiter then weighs it)', () => {
      const text = 'The mayor said the plan failed because the council believes the road is unsafe.';
      const quotes = findQuotes(text, splitParagraphs(text), [], { off: ['arbiter'] }).quotes;
      assert.deepStrictEqual(
        quotes.map((q) => [q.cue?.text, q.text]),
        [
          ['said', 'the plan failed because the council believes the road is unsafe'],
          ['believes', 'the road is unsafe'],
        ],
      );
    });
  });

  describe('holders of a stance ("a critic of") and adverbs of hearsay ("reportedly")', () => {
    check([
      { name: 'a noun of stance after a linking verb: the subject holds it', text: 'Ann Lee has been a fierce critic of the ferry plan.', fragment: 'the ferry plan', cue: 'a fierce critic of', speaker: 'Ann Lee' },
      { name: 'a noun of stance in an appositive: the phrase before it holds it, its comma ends it', text: 'Tom Dunne, a longtime supporter of the mayor, said the pier was safe.', fragment: 'the mayor', cue: 'a longtime supporter of', speaker: 'Tom Dunne' },
      { name: 'a noun of stance after "one of the"', text: 'He was one of the first opponents of the war in the region.', fragment: 'the war in the region', cue: 'one of the first opponents of', speaker: 'He' },
      { name: 'an adverb of hearsay reports its clause with no speaker', text: 'The board is reportedly weighing a sale of the harbour company.', fragment: 'The board is reportedly weighing', cue: 'reportedly', speaker: undefined },
    ]);
    check([
      { name: '"it is unclear" with an embedded question', text: 'It is unclear whether the pier will reopen.', fragment: 'whether the pier will reopen', cue: 'unclear', speaker: undefined },
      { name: '"it\'s not clear" with an embedded question', text: "But it's not clear why the council voted.", fragment: 'why the council voted', cue: 'clear', speaker: undefined },
    ]);
    noReport('"clear" after another subject takes no question', 'The plan is clear to everyone who reads it.', 'clear');
    noReport('a noun of stance after a thing is no one\'s stance', 'The levy is a critic of nothing at all.', 'a critic of');
  });

  describe('no report where the cue word is no act of saying or of a stance (precision)', () => {
    noReport('after a possessive subject the word is the noun it owns', "Senator Dunne's success in winning over farmers reflects a long courtship of rural voters across the county.", 'success');
    noReport('after a contracted "is" an adverb is no act', "It's always hard to find a seat on the early ferry to the island in the busy summer months.", 'always');
    noReport('a noun of time after a number is no verb', 'Four years ago, the council voted to close the old pier and sell the land to a developer from the city.', 'years');
    noReport('a verb of ending takes an event, no stance', 'Lee ended her campaign last week after a poor showing in the county vote and a long and costly fight.', 'ended');
    noReport('speaking at an event is no stance', 'Senator Lee spoke at a rally in the harbour town of Cobh on the eve of the county vote.', 'spoke');
    noReport('a label naming the kind of text is no headline source', "Editor's Note: The following is an excerpt from a new book about the history of the harbour.", ':');
    noReport('a label that is no source is no headline source', 'Contributing: Ann Lee and Tom Dunne in the capital.', ':');
    noReport('a heading over a list of names is no headline', 'Kerry: Ann Lee, Tom Dunne, Mary Byrne, Pat Walsh.', ':');
    noReport('"maintained" before a noun phrase keeps a thing', 'The harbour board maintained a steady pace of repairs through the long winter.', 'maintained');
    noReport('"found" before a noun phrase comes upon a thing', 'The divers found the wreck of an old fishing boat near the pier.', 'found');
    noReport('a word of saying after a number is a noun', 'Nevertheless, he is one state (Ohio) closer to the nomination than his rival is.', 'state');
    noReport('a word of saying before a title is a noun', 'The rally drew Ohio state Rep. Ann Lee and Kerry state Sen. Tom Dunne to the harbour.', 'state');
    noReport('a participle of naming after an indefinite noun names a thing', 'The fishermen joined a new group called Save Our Harbour, which meets every Friday.', 'called');
    noReport('a credit line of where the story was reported', 'Tom Dunne reported from New York City.', 'reported');
    noReport('a credit line of who reported', '(Additional reporting by Tom Dunne and Mary Byrne in Cork.)', 'reporting');
    noReport('"adding to" a lead increases it', 'Ann Lee won the county primary on Tuesday, adding to her run of wins in the west of the state.', 'adding');
    noReport('"thanks to" gives a cause', 'The county weathered the storm thanks to a new sea wall built along the harbour last year.', 'thanks');
    noReport('"state" between a place and a name is a level of government', 'The rally drew California state Senate candidate Ann Lee and the county board.', 'state');
    noReport('"challenges" after an adjective is a noun', 'One of the biggest challenges is finding housing for the workers at the harbour.', 'challenges');
    noReport('a word in "-ous" after a noun subject is no verb', 'The town faces momentous changes brought by a shrinking harbour and an ageing population.', 'momentous');
    check([{ name: 'a subject who "called" something a name still states a view', text: 'The mayor called the ferry plan a waste of money.', fragment: 'the ferry plan', cue: 'called', speaker: 'The mayor' }]);
    check([{ name: '"found that" still reports a finding', text: 'The divers found that the old pier was unsafe.', fragment: 'the old pier was unsafe', cue: 'found', speaker: 'The divers' }]);
    noReport('below the title, a name and a short phrase head a section', 'What each candidate needs in the county vote.\n\nDunne: Finish second. The senator trails in the polls.', ':');
    check([{ name: 'below the title, a name and a clause are still a headline', text: 'What each candidate needs in the county vote.\n\nLee: Ferry plan is a waste of money.', fragment: 'Ferry plan is a waste', cue: ':', speaker: 'Lee' }]);
    check([{ name: 'a short name before a colon still sources a headline', text: 'Dunne: Ferry plan is a waste of money.', fragment: 'Ferry plan is a waste', cue: ':', speaker: 'Dunne' }]);
  });
  describe('a target receiving judgement or backing from a source ("drew criticism from", "won the endorsement of")', () => {
    check([
      { name: 'a verb of receiving: the subject is the content, the phrase after "from" the source', text: 'The harbour plan has drawn sharp criticism from local fishermen.', fragment: 'The harbour plan', cue: 'drawn sharp criticism', speaker: 'local fishermen' },
      { name: 'a verb of winning with "the ... of"', text: 'Ann Lee won the endorsement of the teachers union on Friday.', fragment: 'Ann Lee', cue: 'won the endorsement', speaker: 'the teachers union' },
      { name: 'an appositive of the target is part of it', text: 'The mayor, a former nurse, faced stern opposition from residents.', fragment: 'a former nurse', cue: 'faced stern opposition', speaker: 'residents' },
      { name: 'a participle after its subject', text: 'The vote was close, with Okafor receiving more support from younger voters.', fragment: 'Okafor', cue: 'receiving more support', speaker: 'younger voters' },
    ]);
    noReport('after a modal nothing is received yet', 'The town could face a backlash from residents.', 'face a backlash');
    noReport('"support of" with no article names what is backed, not a source', 'The motion drew support of the new budget in the end.', 'drew support');
  });
  describe('a participle of saying that opens the sentence speaks for the subject of the main clause', () => {
    check([
      { name: 'after a preposition', text: 'After thanking the volunteers, the mayor opened the pier.', fragment: 'the volunteers', cue: 'thanking', speaker: 'the mayor' },
      { name: 'alone, with a "that" clause', text: 'Noting that the pier was old, the mayor closed it for good.', fragment: 'the pier was old', cue: 'Noting', speaker: 'the mayor' },
      { name: 'after "But" and a preposition', text: 'But after praising the volunteers, Ann Lee left early.', fragment: 'the volunteers', cue: 'praising', speaker: 'Ann Lee' },
    ]);
    noReport('a date after the comma is no source', 'After thanking the crowd, Friday was a day of rest.', 'thanking');
    noReport('a participle whose other sense takes a thing, with a noun phrase, is an act', 'After adding the flour, the cook stirred the pot.', 'adding');
    noReport('"noting" a thing is noticing it', 'Noting the time, the driver sped up.', 'Noting');
  });
  describe('adjectives of certainty and stance after "be" or a linking verb, with words of degree between', () => {
    check([
      { name: '"well aware that"', text: 'The mayor is well aware that the pier is old.', fragment: 'the pier is old', cue: 'aware', speaker: 'The mayor' },
      { name: '"so sure that"', text: 'Ann Lee is so sure that the pier will reopen.', fragment: 'the pier will reopen', cue: 'sure', speaker: 'Ann Lee' },
      { name: 'a frame: "well aware of"', text: 'Fishermen are well aware of the new quotas.', fragment: 'the new quotas', cue: 'aware of', speaker: 'Fishermen' },
      { name: 'after "remain"', text: 'Residents remain confident that the pier will reopen.', fragment: 'the pier will reopen', cue: 'confident', speaker: 'Residents' },
    ]);
  });
  describe('a participle of saying after "before", "after", "while" or "upon" speaks for the subject of the main clause', () => {
    check([
      { name: '"before adding that"', text: 'Governor Tom Dunne paused, before adding that the pier would stay open.', fragment: 'the pier would stay open', cue: 'adding', speaker: 'Governor Tom Dunne' },
      { name: '"while insisting that"', text: 'Ann Lee smiled while insisting that the pier was safe.', fragment: 'the pier was safe', cue: 'insisting', speaker: 'Ann Lee' },
      { name: '"after praising"', text: 'Ann Lee was thanked after praising the volunteers.', fragment: 'the volunteers', cue: 'praising', speaker: 'Ann Lee' },
    ]);
    noReport('"by" with a participle is a means, not a report', 'Developers grew the district by adding a few farms.', 'adding');
    noReport('"adding" a thing after "before" is an act', 'She baked the cake before adding the icing.', 'adding');
    check([
      { name: '"adding" with a clause without "that"', text: 'Governor Tom Dunne paused, before adding the pier would stay open.', fragment: 'the pier would stay open', cue: 'adding', speaker: 'Governor Tom Dunne' },
    ]);
  });

  describe('verb frames: shares of people as subjects, verbs of belief, judging, wanting and infinitives', () => {
    check([
      { name: 'a percentage with its sign is the subject', text: 'The poll was taken last week. On taxes, 42% say they favour a cut.', fragment: 'they favour a cut', cue: 'say', speaker: '42%' },
      { name: 'a ratio is the subject', text: 'The poll was taken last week. About four in 10 said they were angry with the council.', fragment: 'they were angry', cue: 'said', speaker: 'About four in 10' },
      { name: '"out of" in a ratio', text: 'The poll was taken last week. Nine out of 10 say the ferry is too slow.', fragment: 'the ferry is too slow', cue: 'say', speaker: 'Nine out of 10' },
      { name: 'a percentage of a group is the subject', text: 'The poll was taken last week. In the north, 85% of farmers said the levy was unfair.', fragment: 'the levy was unfair', cue: 'said', speaker: '85% of farmers' },
    ]);
    check([
      { name: 'a verb of belief as an aside', text: 'The vote is near. Such efforts, they believe, will sink the ferry plan.', fragment: 'will sink the ferry plan', cue: 'believe', speaker: 'they' },
      { name: 'a verb of belief after its content', text: 'The vote is near. The levy could cost the mayor her seat, her advisers believe.', fragment: 'The levy could cost', cue: 'believe', speaker: 'her advisers' },
    ]);
    check([
      { name: '"call" with a pronoun object and its complement after a plural subject', text: 'The dinner ran late. Critics call it a waste of money.', fragment: 'it a waste of money', cue: 'call', speaker: 'Critics' },
      { name: '"consider" with an object complement after a count', text: 'The poll was taken last week. Just 30 percent of voters consider the mayor honest.', fragment: 'the mayor honest', cue: 'consider', speaker: 'Just 30 percent of voters' },
      { name: '"view" with "as" after a count', text: 'The board met on Monday. Some view the merger as a hostile takeover.', fragment: 'the merger as a hostile takeover', cue: 'view', speaker: 'Some' },
    ]);
    check([
      { name: 'an -s stance form before a bare verb of thinking is a plural noun', text: 'The vote is near. Many economists and reform advocates believe the levy is too high.', fragment: 'the levy is too high', cue: 'believe', speaker: 'reform advocates' },
      { name: '"like" after a modal is a verb of wanting', text: 'The vote is near. The mayor would like to see a new pier built.', fragment: 'to see a new pier built', cue: 'like', speaker: 'The mayor' },
    ]);
    check([
      { name: 'a bare verb after a modal and "not"', text: 'The vote is near. The mayor does not want to close the pier.', fragment: 'to close the pier', cue: 'want', speaker: 'The mayor' },
      { name: 'a bare verb after a plural subject and an adverb', text: 'The vote is near. Voters still view the mayor as the favourite.', fragment: 'the mayor as the favourite', cue: 'view', speaker: 'Voters' },
      { name: 'a bare verb after two names joined by "and"', text: 'The vote is near. Lee and Cole oppose the new levy.', fragment: 'the new levy', cue: 'oppose', speaker: 'Cole' },
    ]);
    check([
      { name: 'an -ing form of a verb of belief after a comma', text: 'The vote is near. Mayor Ann Cole is sticking to her message, hoping to avoid any misstep.', fragment: 'to avoid any misstep', cue: 'hoping', speaker: 'Mayor Ann Cole' },
    ], true);
    check([
      { name: 'a bare verb of deciding after a modal', text: 'The vote is near. The council might decide to close the pier.', fragment: 'to close the pier', cue: 'decide', speaker: 'The council' },
      { name: 'a bare verb of refusing after a plural subject', text: 'The vote is near. Farmers refuse to pay the new levy.', fragment: 'to pay the new levy', cue: 'refuse', speaker: 'Farmers' },
    ]);
    check([
      { name: '"cast" with its object and "as"', text: 'The vote is near. Throughout her speech, Mayor Ann Cole cast herself as a friend of the harbour.', fragment: 'herself as a friend of the harbour', cue: 'cast', speaker: 'Mayor Ann Cole' },
      { name: '"painted" with its object and "as"', text: 'The vote is near. The mayor painted the levy as a tax on the poor.', fragment: 'the levy as a tax on the poor', cue: 'painted', speaker: 'The mayor' },
    ]);
    noReport('"cast" with no "as" is no judgement', 'The vote is near. The fishermen cast their nets at dawn.', 'cast');
    noReport('"viewed" right before "as" is passive', 'The vote is near. Groups must avoid activities viewed as partisan.', 'viewed');
    noReport('"as" opening a clause after the object is no role', 'The vote is near. The voters cast their ballots as the sun rose over the hills.', 'cast');
    noReport('"as" with a clause of asking after the object is no role', 'The vote is near. He painted the house red as his wife had asked.', 'painted');
    noReport('"as far as" is a comparison, no role', 'The vote is near. She cast the net as far as she could.', 'cast');
    noReport('"as ... as" is a comparison, no role', 'The vote is near. Mum painted the kitchen as yellow as a lemon.', 'painted');
    noReport('"would like" a thing is no stance', 'The vote is near. I would like the chicken, please.', 'like');
    check([
      { name: '"would like" someone to act is wanting', text: 'The vote is near. We would like the council to act now.', fragment: 'the council to act now', cue: 'like', speaker: 'We' },
    ]);
    check([
      { name: 'a role of a determiner and a noun with more words after it', text: 'The vote is near. The mayor cast the levy as the cause of the closures.', fragment: 'the levy as the cause of the closures', cue: 'cast', speaker: 'The mayor' },
    ]);
    check([
      { name: 'an infinitive after a causative verb speaks for its object', text: 'The vote is near. The victory led the party chairman to declare him the nominee.', fragment: 'him the nominee', cue: 'declare', speaker: 'the party chairman' },
      { name: 'an infinitive after a phrase that singles someone out', text: 'The vote is near. Lee was the first member of the council to endorse the levy.', fragment: 'the levy', cue: 'endorse', speaker: 'the first member of the council' },
      { name: 'a bare verb of thinking after a causative verb', text: 'The vote is near. The closure has caused many to wonder if the pier will reopen.', fragment: 'if the pier will reopen', cue: 'wonder', speaker: 'many' },
    ]);
    noReport('an infinitive after a singled-out thing is no one\'s', 'The vote is near. Delegates will be bound on the first ballot to back the winner of their district.', 'back');
    noReport('an infinitive after a verb of wanting is its content, not a cue of its own', 'The vote is near. She wants to endorse the mayor.', 'endorse');
    check([
      { name: '"fear" after a count standing alone', text: 'The vote is near. Many fear the mayor will close the pier.', fragment: 'the mayor will close the pier', cue: 'fear', speaker: 'Many' },
    ]);
    noReport('"see" after two names is sight, not a view', 'The vote is near. Tom and Anna see the sea from their window.', 'see');
    noReport('"back down" is no support', 'The vote is near. The senator did not back down after the vote.', 'back');
    noReport('"like" after a modal with no source as subject is no report', 'It would look like a storm, and the dog would like a walk.', 'like');
    noReport('"call" with a noun object is no judgement', 'The bars close at two. Residents call the police when the music starts.', 'call');
    noReport('"view" with no "as" or adverb is no judgement', 'The hall opened on Monday. Tourists view the paintings in the east wing.', 'view');
    noReport('a share after a preposition is no subject', 'The group rated 22% of the claims as true, compared to 11% of Republican claims that year.', 'claims');
    it('a percentage before a noun "support" is no subject of a verb', () => {
      const text = 'The vote was close. His 32% support gives him a lead over the field.';
      assert.ok(!findQuotes(text, splitParagraphs(text), []).quotes.some((q) => q.cue?.text === 'support'));
    });
  });
});
