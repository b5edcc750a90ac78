import * as assert from 'assert';
import { speakerName } from '../../src/panel/quoteRows';
import * as fs from 'fs';
import * as path from 'path';
import { findEntities } from '../../src/analysis/entities';
import { splitParagraphs } from '../../src/analysis/paragraphs';
import { analyze, defaultAnalysisOptions } from '../../src/analysis';
import { findQuotes, QuoteRuleFamily } from '../../src/analysis/quotes';
import { Entity, Quote } from '../../src/analysis/types';

function quotesOf(text: string, entities: Entity[] = [], off: QuoteRuleFamily[] = []) {
  return findQuotes(text, splitParagraphs(text), entities, { off });
}

/** The quote whose text contains `fragment`. */
function quoteWith(quotes: Quote[], fragment: string): Quote | undefined {
  return quotes.find((q) => q.text.includes(fragment));
}

/** A person entity with its mentions found by text, for tests that need resolution. */
function person(text: string, canonical: string, forms: string[], roles: string[] = []): Entity {
  const mentions = forms.flatMap((form) => {
    const out = [];
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) out.push({ start: at, end: at + form.length, text: form });
    return out;
  });
  return { id: `person:${canonical}`, type: 'person', canonical, aliases: forms.filter((f) => f !== canonical), roles, mentions: mentions.sort((a, b) => a.start - b.start) };
}

/** One row of a quote table: the quote containing `fragment` has this kind, cue and speaker. */
function assertQuote(c: { text: string; fragment: string; kind: Quote['kind']; cue?: string; speaker?: string }): void {
  const q = quoteWith(quotesOf(c.text).quotes, c.fragment);
  assert.ok(q, `no quote containing "${c.fragment}"`);
  assert.strictEqual(q.kind, c.kind);
  assert.strictEqual(q.cue?.text, c.cue);
  assert.strictEqual(q.speaker?.text, c.speaker);
  assert.strictEqual(c.text.slice(q.start, q.end), q.text);
}

describe('findQuotes', () => {
  describe('direct quotes', () => {
    const cases: Array<{ name: string; text: string; fragment: string; kind: Quote['kind']; cue?: string; speaker?: string }> = [
      { name: 'curly marks, cue after', text: '“We will build the bridge,” the mayor said.', fragment: 'build the bridge', kind: 'direct', cue: 'said', speaker: 'the mayor' },
      { name: 'straight marks, inverted cue', text: '"Prices will fall next year," said Anna Lindqvist, an economist.', fragment: 'Prices will fall', kind: 'direct', cue: 'said', speaker: 'Anna Lindqvist' },
      { name: 'cue before with a comma', text: 'The coach told reporters, "We played badly and we know it."', fragment: 'played badly', kind: 'direct', cue: 'told', speaker: 'The coach' },
      { name: 'cue before with a colon', text: 'Maria Ortiz said: “Nobody expected the river to rise so fast.”', fragment: 'river to rise', kind: 'direct', cue: 'said', speaker: 'Maria Ortiz' },
      { name: 'curly opener closed by a straight mark', text: 'The envoy said, “Talks will resume in May."', fragment: 'Talks will resume', kind: 'direct', cue: 'said', speaker: 'The envoy' },
      { name: 'newswire double apostrophes', text: "''The vote is final,'' Mr. Haines said.", fragment: 'vote is final', kind: 'direct', cue: 'said', speaker: 'Mr. Haines' },
      { name: 'newswire apostrophes closing a nested and an outer quote at once', text: "''Then they say, 'You should all go home,''' said Greta Sand, a former envoy. ''This is my home.''", fragment: 'You should all go home', kind: 'direct', cue: 'said', speaker: 'Greta Sand' },
      { name: 'nested single quotes stay inside', text: '“He told me ‘never again’ and left,” she said.', fragment: 'never again', kind: 'direct', cue: 'said', speaker: 'she' },
      { name: 'appositive between speaker and cue', text: '“The plant will close,” Tom Reed, a union official, said.', fragment: 'plant will close', kind: 'direct', cue: 'said', speaker: 'Tom Reed' },
      { name: 'quote finishing a sentence begun outside it', text: 'The plan is “a step backwards for everyone,” Lee said.', fragment: 'The plan is', kind: 'mixed', cue: 'said', speaker: 'Lee' },
      { name: 'a quote opening with the verb of a subject before it', text: 'The old mayor, as he was known, “was never much of a talker,” Lee said.', fragment: 'The old mayor', kind: 'mixed', cue: 'said', speaker: 'Lee' },
      { name: 'a quote after an opening adjunct is still direct', text: 'As for the budget, “cutting it now would hurt every school,” Lee said.', fragment: 'cutting it now', kind: 'direct', cue: 'said', speaker: 'Lee' },
      { name: 'an opening clause that frames the quote makes the sentence mixed', text: 'If the ferry runs late again, “we will lose the summer visitors,” Ida Berg said.', fragment: 'If the ferry', kind: 'mixed', cue: 'said', speaker: 'Ida Berg' },
      { name: '"that" after a preposition is a determiner, no clause between cue and quote', text: 'He told reporters at that meeting, “We will win the vote.”', fragment: 'We will win', kind: 'direct', cue: 'told', speaker: 'He' },
      { name: 'a single connective before the quote keeps it direct', text: 'Yet, “the harbour is busier than ever,” Ida Berg said.', fragment: 'harbour is busier', kind: 'direct', cue: 'said', speaker: 'Ida Berg' },
      { name: 'an inverted cue after a quote with no closing punctuation', text: '"We have waited for the new bridge for ten long years" said Nick Merrow, a council spokesman.', fragment: 'new bridge', kind: 'direct', cue: 'said', speaker: 'Nick Merrow' },
      { name: 'a quote finishing a "that" clause after its cue is a fragment', text: 'Ada Holm spoke for an hour, saying that in the current climate, "it is an advantage to be unknown."', fragment: 'current climate', kind: 'mixed', cue: 'saying', speaker: 'Ada Holm' },
      { name: 'a relative "that" between cue and quote keeps it direct', text: 'Ada Holm answered with a phrase that could have come from her rival: “Do not complain to me about the budget.”', fragment: 'Do not complain', kind: 'direct', cue: 'answered', speaker: 'Ada Holm' },
      { name: 'an "as" clause before a lower-case quote keeps it direct', text: 'As the local paper put it, “nobody in the valley expected the dam to hold.”', fragment: 'nobody in the valley', kind: 'direct', cue: 'put', speaker: 'the local paper' },
      { name: 'an "as" clause with a phrase after its cue keeps a lower-case quote direct', text: 'As they say about the old mayor, “steady hands, long memory.”', fragment: 'steady hands', kind: 'direct', cue: 'say', speaker: 'they' },
      { name: 'quotes listed with "and" after a cue are one direct quote', text: 'The mayor told the crowd, “We will rebuild the pier,” and, “Nobody here will be forgotten.”', fragment: 'rebuild the pier,” and, “Nobody', kind: 'direct', cue: 'told', speaker: 'The mayor' },
      { name: 'a list of quotes with no punctuation in the first is attributed by the cue before it', text: 'The fans chanted “Home again” and “One more year.”', fragment: 'Home again” and “One more', kind: 'direct', cue: 'chanted', speaker: 'The fans' },
      { name: 'a quote after a participle of saying, the sentence going on with an adjunct, is direct', text: 'Outside the hall, the strikers were chanting “No contract, no peace” after the talks failed.', fragment: 'No contract', kind: 'direct', cue: 'chanting', speaker: 'the strikers' },
      { name: 'a quote after "reading", followed by a time adjunct, is direct', text: 'The mayor posted a message reading “Thank you all” moments after the polls closed.', fragment: 'Thank you all', kind: 'direct', cue: 'reading', speaker: 'a message' },
      { name: 'a quote after a colon closing a "that" clause ends the report: mixed', text: 'He adds that voters here have two choices: “You either leave or you fight.”', fragment: 'two choices', kind: 'mixed', cue: 'adds', speaker: 'He' },
      { name: 'a "that" clause a few words of adjunct after its cue, closed by a colon before a quote: mixed', text: 'Ann Lee said in an interview on Friday that she sent the same text to every voter: “Please come and vote for me.”', fragment: 'every voter', kind: 'mixed', cue: 'said', speaker: 'Ann Lee' },
      { name: 'a "that" before an auxiliary opens no clause: the quote after the colon stays direct', text: 'Lee knows how hard that can be: “Nobody ever said this job was easy.”', fragment: 'Nobody ever said', kind: 'direct', speaker: 'Lee' },
      { name: 'an aside cue after a lone connective keeps a lower-case quote direct', text: 'But, the commission said, “nobody should expect the fares to fall.”', fragment: 'nobody should expect', kind: 'direct', cue: 'said', speaker: 'the commission' },
      { name: 'the noun phrase after a verb of asking is the one asked, not a new clause', text: 'The mayor spoke first. “Did you know whose words those were?” Ola Tadd asked the mayor.', fragment: 'whose words', kind: 'direct', cue: 'asked', speaker: 'Ola Tadd' },
      { name: 'a verb of saying after a possessive is a noun', text: 'The lawmaker said the minister’s remarks “were unfair to every farmer in the valley.”', fragment: 'unfair to every farmer', kind: 'mixed', cue: 'said', speaker: 'The lawmaker' },
      { name: 'a cue joined by "and" to an earlier verb takes the subject of that verb', text: 'Asked whom she backed, Mira Sund smiled and said, “I am waiting for a better candidate.”', fragment: 'waiting for a better', kind: 'direct', cue: 'said', speaker: 'Mira Sund' },
      { name: 'a content clause before the quote makes it a fragment', text: 'Ruiz said it is unrealistic to think that, “the river will simply stop.”', fragment: 'it is unrealistic', kind: 'mixed', cue: 'said', speaker: 'Ruiz' },
      { name: 'a new sentence after a quote is not its attribution', text: 'The inquiry is “ongoing.” He said the board had not met.', fragment: 'the board had not met', kind: 'indirect', cue: 'said', speaker: 'He' },
      { name: 'signed with a dash and a name', text: '“The buses never come on time.” ― Rosa Ilves\n“We need a second bridge.” ― Omar Tull', fragment: 'second bridge', kind: 'direct', cue: '―', speaker: 'Omar Tull' },
      { name: 'speaker with a long relative clause', text: '“The vote was close,” Ada Brandt, who chaired the finance committee of the regional council for nine years, said.', fragment: 'vote was close', kind: 'direct', cue: 'said', speaker: 'Ada Brandt' },
      { name: 'state abbreviation inside the appositive', text: '“The levee held,” Tom Ross, a farmer from Dayton, Ohio, said.', fragment: 'levee held', kind: 'direct', cue: 'said', speaker: 'Tom Ross' },
      { name: 'a cue with a comma after a finished quote belongs to the next quote', text: 'Fares rose because “fuel costs more.” Lund says, “That is only part of it.”', fragment: 'only part of it', kind: 'direct', cue: 'says', speaker: 'Lund' },
      { name: 'a sign reading a quote', text: 'Protesters held a sign reading “No more tolls on the bridge.”', fragment: 'No more tolls', kind: 'direct', cue: 'reading', speaker: 'a sign' },
      { name: 'as X put it', text: 'As the historian Ana Berg put it, “Every town needs a river.”', fragment: 'Every town', kind: 'direct', cue: 'put', speaker: 'Ana Berg' },
      { name: 'a pronoun and a verb outside the lexicon closing the sentence', text: '“The budget is a fantasy,” she scoffed. “Nobody believes it.”', fragment: 'Nobody believes it', kind: 'direct', cue: 'scoffed', speaker: 'she' },
      { name: 'a name and a verb outside the lexicon after a question', text: '“Who pays for the bridge?” Ida Marsh wondered.', fragment: 'Who pays', kind: 'direct', cue: 'wondered', speaker: 'Ida Marsh' },
      { name: 'a definite group noun and a verb with a particle', text: 'Intro line.\n\n“Tomorrow!” the crowd shouted back.', fragment: 'Tomorrow', kind: 'direct', cue: 'shouted', speaker: 'the crowd' },
      { name: 'a known verb after a quote with no closing punctuation', text: '“The river is a road for us” Ivo Lind said.', fragment: 'river is a road', kind: 'direct', cue: 'said', speaker: 'Ivo Lind' },
      { name: 'as X puts it', text: 'As the mayor puts it, “Every street needs trees.”', fragment: 'Every street', kind: 'direct', cue: 'puts', speaker: 'the mayor' },
      { name: 'a participle cue in the attribution owns the next quote', text: 'Intro line.\n\n“We start in May,” he said, adding, “The money is ready.”', fragment: 'money is ready', kind: 'direct', cue: 'adding', speaker: 'he' },
      { name: 'a participle and an adverb in the attribution own the next quote', text: 'Intro line.\n\n“We start in May,” Lena Voss said, adding later, “The money is ready for the second bridge.”', fragment: 'money is ready', kind: 'direct', cue: 'adding', speaker: 'Lena Voss' },
      { name: 'an aside cue before a lower-case quote makes the sentence mixed', text: 'That, the commission said, “would be helpful in avoiding confusion.”', fragment: 'would be helpful', kind: 'mixed', cue: 'said', speaker: 'the commission' },
      { name: 'a name labelling a quote in a headline', text: 'Moreno: ‘We Will Keep Fighting All The Way To Denver.’', fragment: 'All The Way', kind: 'direct', cue: undefined, speaker: 'Moreno' },
      { name: 'a name and an outlet labelling a quote in a round-up', text: 'Polls were right after all - Jeffrey M. Jones, Gallup: “Twenty states are solidly Republican this year.”', fragment: 'Twenty states', kind: 'direct', cue: undefined, speaker: 'Jeffrey M. Jones' },
      { name: 'a name, a verb outside the lexicon and its object after a comma', text: '“The bridge will hold,” Lena Voss assured the crowd.', fragment: 'bridge will hold', kind: 'direct', cue: 'assured', speaker: 'Lena Voss' },
      { name: 'a definite noun, a verb with a particle and a participle', text: 'Intro line.\n\n“Never!” the crowd cried out, booing.', fragment: 'Never', kind: 'direct', cue: 'cried', speaker: 'the crowd' },
      { name: 'an inverted verb outside the lexicon and a name', text: '“The fares were always too high,” remembered Ana Voss, a former driver.', fragment: 'fares were always', kind: 'direct', cue: 'remembered', speaker: 'Ana Voss' },
      { name: 'a rarer verb of saying after the quote', text: '“The stock has not done well,” scoffed Ann Gil.', fragment: 'has not done well', kind: 'direct', cue: 'scoffed', speaker: 'Ann Gil' },
      { name: 'a verb of saying with its particle after the quote', text: '“The stock has not done well,” Mr. Rubel pointed out.', fragment: 'has not done well', kind: 'direct', cue: 'pointed', speaker: 'Mr. Rubel' },
      { name: 'a participle after a sentence with no reporting verb', text: 'Ms. Varga attacked the council over the budget, saying, “The numbers do not add up.”', fragment: 'numbers do not add up', kind: 'direct', cue: 'saying', speaker: 'Ms. Varga' },
      { name: 'a participle after an opening adjunct and no reporting verb', text: 'Later on Sunday, Ms. Varga posted the budget online, writing “Read it for yourselves.”', fragment: 'Read it for yourselves', kind: 'direct', cue: 'writing', speaker: 'Ms. Varga' },
      { name: 'a participle outside the participle list set off by a comma', text: 'Pavel Dorn walked onto the stage, chanting “One more year!”', fragment: 'One more year', kind: 'direct', cue: 'chanting', speaker: 'Pavel Dorn' },
      { name: 'a height in feet and inches inside the quote', text: '“He is like 6’2”, and I am 5’9”,” Ida Marsh said.', fragment: 'I am 5’9', kind: 'direct', cue: 'said', speaker: 'Ida Marsh' },
      { name: 'a sentence that is only a cue and its subject before the quote', text: 'The mayor spoke first. Ida Marsh agreed. “The bridge must be rebuilt before the winter comes.”', fragment: 'bridge must be rebuilt', kind: 'direct', cue: 'agreed', speaker: 'Ida Marsh' },
      { name: 'a sentence that is only a cue, a phrase after it and its subject before the quote', text: 'The council met on Monday. Ida Marsh said in a statement. “We will rebuild the bridge before winter.”', fragment: 'rebuild the bridge', kind: 'direct', cue: 'said', speaker: 'Ida Marsh' },
    ];
    for (const c of cases) it(c.name, () => assertQuote(c));

    const notTheSpeaker: Array<{ name: string; text: string; fragment: string; wrong: string }> = [
      { name: 'a verb after an inverted cue\'s phrase makes it a subject', text: "Mr. Haines, citing ''the will of the voters,'' said the council could act.", fragment: 'will of the voters', wrong: 'the council' },
      { name: 'a cue with its own clause after a finished quote', text: "He called it ''the best deal in years.'' Mr. Haines said he would sign it.", fragment: 'best deal', wrong: 'Mr. Haines' },
      { name: 'a capitalised cue inside a name is no cue', text: 'He spoke on the radio program “River Talk,” broadcast on 970 The Answer.', fragment: 'River Talk', wrong: 'broadcast' },
      { name: 'the one a participle of asking addresses', text: 'Intro line.\n\n“Keep your hands in sight,” Ada Lind sings to the mayor before asking her, “Where do we go from here?”', fragment: 'Where do we go', wrong: 'her' },
      { name: 'a name and a verb starting the next sentence after a question', text: 'Intro line.\n\n“Was I going to stay at home?” Lena Voss put her house up for sale.', fragment: 'going to stay', wrong: 'Lena Voss' },
      { name: 'a belief verb after a singular noun is a noun', text: 'She was the star of the reality show “Fast Bakers.”', fragment: 'Fast Bakers', wrong: 'reality' },
    ];
    for (const c of notTheSpeaker) {
      it(`does not attribute the quote: ${c.name}`, () => {
        const q = quoteWith(quotesOf(c.text).quotes, c.fragment);
        assert.notStrictEqual(q?.speaker?.text, c.wrong);
      });
    }

    // A quote with no cue that a lower-case word goes on from is part of a sentence (a title, a
    // subject), not speech standing alone.
    const notStandalone: Array<{ name: string; text: string; fragment: string }> = [
      { name: 'a show title before its star', text: 'The fire spread fast.\n\n“Harbour Lights Tonight” star Ana Ruiz spoke about her childhood in the town.', fragment: 'Harbour Lights' },
      { name: 'a quote after a narrative sentence in its paragraph', text: '“We will win,” Jane Holt said.\n\nThe judge leaned back in his chair. “Explain to me why you are here today.”', fragment: 'Explain to me' },
      { name: 'a quoted sentence as a subject', text: 'The town hall was full.\n\n“We will rebuild every single house” sounds good in a campaign speech.', fragment: 'rebuild every' },
      { name: 'a quote after a paraphrase that ends in its cue', text: 'The town hall was full.\n\nThe plan will fail, Ida Marsh says. “We need a new one before the winter comes.”', fragment: 'We need a new one' },
      { name: 'a quote after a cue with an object of its own', text: 'The town hall was full.\n\nIda Marsh said so. “We have no idea what happened to the money at all.”', fragment: 'no idea what happened' },
    ];
    for (const c of notStandalone) {
      it(`finds no standalone quote: ${c.name}`, () => {
        assert.strictEqual(quoteWith(quotesOf(c.text).quotes, c.fragment), undefined);
      });
    }

    // A short quote in title case after a noun for a work, an authoring verb or a verb of telling
    // names a work or a programme: a quoted term, not speech.
    const titles: Array<{ name: string; text: string; fragment: string; speech: boolean }> = [
      { name: 'a book after its noun and a comma', text: 'In his new book, “Rivers of the North,” Ivo Lind said the dams must go.', fragment: 'Rivers of the North', speech: false },
      { name: 'a programme after its noun', text: '“The tide is turning,” said Ada Holm, who hosts the weekly show “Harbour Lights.”', fragment: 'Harbour Lights', speech: false },
      { name: 'a play after an authoring verb', text: 'The director, who wrote “Ships in the Night,” has left the theatre, Ivo Lind said.', fragment: 'Ships in the Night', speech: false },
      { name: 'a programme told', text: '“We will rebuild,” the mayor told “Morning Report” on Monday.', fragment: 'Morning Report', speech: false },
      { name: 'a sentence after a cue stays speech', text: 'Intro line.\n\nThe mayor said, “We Will Rebuild The Pier.”', fragment: 'Rebuild The Pier', speech: true },
    ];
    for (const c of titles) {
      it(`${c.speech ? 'keeps' : 'takes no'} direct quote for a title: ${c.name}`, () => {
        const found = quotesOf(c.text);
        assert.strictEqual(found.quotes.some((q) => q.kind === 'direct' && q.text.includes(c.fragment)), c.speech);
      });
    }

    it('keeps a cue-less quote that follows another quote in its paragraph', () => {
      const text = 'The hall emptied.\n\n“Our members agree with every word.” “We will not wait for anyone to decide for us.”';
      assert.strictEqual(quoteWith(quotesOf(text).quotes, 'We will not wait')?.kind, 'direct');
    });

    // A cue-less quote after a colon belongs to the subject of the clause the colon closes.
    const colonSpeakers: Array<{ name: string; text: string; fragment: string; speaker?: string }> = [
      { name: 'a name and a verb of manner', text: '“We will win,” Jane Holt said.\n\nTom Reed leaned in and boomed: “Nobody here will give up on this town.”', fragment: 'Nobody here', speaker: 'Tom Reed' },
      { name: 'a pronoun and an adverb', text: '“We will win,” Jane Holt said.\n\nHe then told the crowd: “Nobody here will give up on this town.”', fragment: 'Nobody here', speaker: 'He' },
      { name: 'a capitalised opener that is no subject keeps the earlier speaker', text: '“We will win,” Jane Holt said.\n\nEach election cycle brings the same line: “Nobody here will give up on this town.”', fragment: 'Nobody here', speaker: 'Jane Holt' },
    ];
    for (const c of colonSpeakers) {
      it(`takes the speaker before a colon: ${c.name}`, () => {
        const q = quoteWith(quotesOf(c.text).quotes, c.fragment);
        assert.strictEqual(q?.kind, 'direct');
        assert.strictEqual(q?.speaker?.text, c.speaker);
        if (c.speaker && /^(?:i|we)$/i.test(c.speaker)) assert.strictEqual(q?.speakerEntity, undefined, 'a first-person speaker resolves to nobody');
      });
    }

    it('joins a run of quoted lines that stand alone into one quote', () => {
      const text = 'The coach spoke only in slogans.\n“We have to fight.”\n“We have to be tougher than them.”';
      const q = quoteWith(quotesOf(text).quotes, 'We have to fight');
      assert.ok(q, 'no quote containing "We have to fight"');
      assert.ok(q.text.includes('tougher than them'));
      assert.strictEqual(q.kind, 'direct');
    });

    it('keeps a quote interrupted by its attribution as one quote', () => {
      const text = '“We are ready,” the captain said. “The crew has trained for months.”';
      const { quotes } = quotesOf(text);
      assert.strictEqual(quotes.length, 1);
      assert.strictEqual(quotes[0].start, 0);
      assert.strictEqual(quotes[0].end, text.length);
    });

    it('keeps a quote whose long attribution has initials and an appositive as one quote', () => {
      const text = '“We are ready,” said Rep. J.K. Moss (D-N.C.), who chairs the committee on rivers and harbours. “The crew has trained for months.”';
      const { quotes } = quotesOf(text);
      assert.strictEqual(quotes.length, 1);
      assert.strictEqual(quotes[0].end, text.length);
      assert.strictEqual(quotes[0].speaker?.text, 'Rep. J.K. Moss');
    });

    it('resumes a quote after a comma: “A,” he said, “and B.”', () => {
      const text = '“The charts come in every morning,” he said, “and they are alarming.”';
      const { quotes } = quotesOf(text);
      assert.strictEqual(quotes.length, 1);
      assert.strictEqual(quotes[0].end, text.length);
    });

    it('gives the quote after a second cue with its own subject in the attribution ("though she said,") to that cue', () => {
      const { quotes } = quotesOf('“We are not ready to decide this week,” Ann Lee said on Monday, though she said, “We hope to.”');
      assert.deepStrictEqual(quotes.map((q) => [q.text, q.cue?.text, q.speaker?.text]), [
        ['“We are not ready to decide this week,”', 'said', 'Ann Lee'],
        ['“We hope to.”', 'said', 'she'],
      ]);
    });

    it('runs an attributed quote on into a next paragraph that is only a quote', () => {
      const text = '“The first point is the budget,” Holt said.\n\n“The second point is the timetable for the works.”\n\nOther news followed.';
      const { quotes } = quotesOf(text);
      assert.strictEqual(quotes.length, 1);
      assert.ok(quotes[0].text.endsWith('works.”'));
      assert.strictEqual(quotes[0].speaker?.text, 'Holt');
    });

    it('takes a paragraph that is only a quote into the attributed quote opening the next paragraph', () => {
      const text = 'The crowd waited in the rain.\n\n“We will not move.”\n\n“The square belongs to all of us,” Ida Marsh said.\n\nThe police left at noon.';
      const q = quoteWith(quotesOf(text).quotes, 'We will not move');
      assert.ok(q, 'no quote containing "We will not move"');
      assert.ok(q.text.endsWith('all of us,”'), q.text);
      assert.strictEqual(q.speaker?.text, 'Ida Marsh');
    });

    it('takes a paragraph that is only a quote into the report of speech ending the paragraph before it', () => {
      const text = 'Nora Vik praised the ferry crews and said the service would expand next year.\n\n“We owe them a great deal, and the town knows it.”\n\nTickets went on sale.';
      const { quotes } = quotesOf(text);
      const q = quoteWith(quotes, 'We owe them');
      assert.ok(q, 'no quote containing "We owe them"');
      assert.strictEqual(q.kind, 'mixed');
      assert.ok(q.text.includes('service would expand'), q.text);
      assert.deepStrictEqual(q.fragments?.map((f) => text.slice(f.start, f.end)), ['“We owe them a great deal, and the town knows it.”']);
      assert.strictEqual(q.speaker?.text, 'Nora Vik');
      assert.ok(!quotes.some((o) => o.kind === 'direct'), 'the quote is no direct quote of its own');
    });

    it('takes a paragraph that is only a quote into the report before it that ends in its own attribution', () => {
      const text = 'The ferry service should expand next year, Nora Vik told reporters.\n\n“We owe the crews a great deal, and the town knows it.”';
      const { quotes } = quotesOf(text);
      assert.strictEqual(quotes.length, 1);
      assert.strictEqual(quotes[0].kind, 'mixed');
      assert.ok(quotes[0].text.startsWith('The ferry service') && quotes[0].text.endsWith('knows it.”'), quotes[0].text);
      assert.strictEqual(quotes[0].speaker?.text, 'Nora Vik');
    });

    it('takes a quote under a headline in capitals run into its paragraph as standing alone', () => {
      const { quotes } = quotesOf('MORNING BRIEFING. HOW THE HARBOUR WAS SAVED “The council voted on Tuesday to keep the old pier open for another year.” [Gazette.]');
      assert.deepStrictEqual(quotes.map((q) => [q.kind, q.text]), [['direct', '“The council voted on Tuesday to keep the old pier open for another year.”']]);
    });

    it('takes no quote in capitals inside a paragraph as speech: it is a headline', () => {
      const { quotes, scareQuotes } = quotesOf('The storm has passed. 3. FOR THE FISHERMEN ‘NETS ARE HALF FULL FOR ONCE.’ The season goes on.');
      assert.deepStrictEqual(quotes, []);
      assert.deepStrictEqual(scareQuotes.map((q) => q.text), ['‘NETS ARE HALF FULL FOR ONCE.’']);
    });

    it('keeps a quote direct after a paragraph that ends in a colon', () => {
      const text = 'Nora Vik said the ferry service, which has run between the two islands since the war, would expand next spring:\n\n“We owe the crews a great deal, and the town knows it.”';
      const q = quoteWith(quotesOf(text).quotes, 'We owe the crews');
      assert.ok(q, 'no quote containing "We owe the crews"');
      assert.strictEqual(q.kind, 'direct');
      assert.strictEqual(q.text, '“We owe the crews a great deal, and the town knows it.”');
    });

    it('reads a verb of saying after an article or a preposition as a noun, not a cue', () => {
      const text = '“The flood is a disaster,” Ann Lee said. “We need help from the capital.” It’s unclear whether money for state programs will come.';
      const { quotes } = quotesOf(text);
      assert.strictEqual(quotes.filter((q) => q.kind === 'direct').length, 1);
      assert.ok(quotes[0].text.endsWith('capital.”'), quotes[0].text);
      assert.strictEqual(quotes[0].speaker?.text, 'Ann Lee');
    });

    it('takes a paragraph that is only a short quoted phrase, or a quote in capitals, for a subhead, not speech', () => {
      const text = 'The board fired her in the spring.\n\n‘A born fighter.’\n\nShe ran again a year later.\n\n“VOTERS WILL DECIDE IN THE END”\n\nThe polls open at eight.';
      const { quotes, scareQuotes } = quotesOf(text);
      assert.deepStrictEqual(quotes.filter((q) => q.kind === 'direct').map((q) => q.text), []);
      assert.deepStrictEqual(scareQuotes.map((s) => s.text), ['‘A born fighter.’', '“VOTERS WILL DECIDE IN THE END”']);
    });

    it('keeps a short quoted sentence standing as its paragraph as speech', () => {
      const text = '“The plan will not pass,” Lena Kask said.\n\n“This is irresponsible.”\n\nThe vote is on Monday.';
      const q = quoteWith(quotesOf(text).quotes, 'irresponsible');
      assert.ok(q, 'no quote containing "irresponsible"');
      assert.strictEqual(q.speaker?.text, 'Lena Kask');
    });

    it('keeps the attribution of a finished quote whose cue runs on into a long clause before the next quote', () => {
      const text = 'She was fined in July.\n\n"Close the gates!" she wrote, arguing that if the council did nothing, "the square will burn."';
      const q = quoteWith(quotesOf(text).quotes, 'Close the gates');
      assert.ok(q, 'no quote containing "Close the gates"');
      assert.strictEqual(q.kind, 'direct');
      assert.strictEqual(q.cue?.text, 'wrote');
      assert.strictEqual(q.speaker?.text, 'she');
    });

    it('never attributes a quote by a cue on the next line', () => {
      const text = 'Talks resumed.\n"We sue," he said. "Everyone sues."\nLater, Moss claimed that nobody had been sued.';
      const { quotes } = quotesOf(text);
      const q = quoteWith(quotes, 'Everyone sues');
      assert.ok(q && q.text.startsWith('"We sue,"'), 'the quote interrupted by its attribution stays one quote');
      assert.strictEqual(q.speaker?.text, 'he');
    });

    it('passes over a quoted title in the attribution', () => {
      const text = '“I expect to be questioned,” he said on “Morning Report.” “But not like this.”';
      const { quotes } = quotesOf(text);
      assert.strictEqual(quotes.length, 1);
      assert.strictEqual(quotes[0].end, text.length);
    });

    // One quote interrupted by its attribution and by narrative about the same speaker, the way
    // news copy runs a speaker's quote on in its paragraph; a colon, a cue or a stance verb in
    // between starts a report of its own.
    const interrupted: Array<{ name: string; text: string; first: string; last: string; joined: boolean; speaker: string }> = [
      { name: 'an abbreviated title in the attribution', text: '“The river is rising,” said the Rev. Ada Holm, of Hill Street Chapel. “We will open the hall tonight.”', first: 'river is rising', last: 'open the hall', joined: true, speaker: 'the Rev. Ada Holm' },
      { name: 'a long appositive before the cue', text: '“The plan is sound,” Lena Voss, director of the regional transport office and a lecturer at the technical college of the northern district, said of the proposal. “It will not raise fares.”', first: 'plan is sound', last: 'raise fares', joined: true, speaker: 'Lena Voss' },
      { name: 'a narrative sentence about the speaker', text: '“We lost the harvest,” said Omar Tull, 52, a farmer. He has worked the same fields for 30 years. “Nobody here remembers a summer this dry.”', first: 'lost the harvest', last: 'summer this dry', joined: true, speaker: 'Omar Tull' },
      { name: 'an adverb before the rest', text: '“The vote was fair,” Ida Marsh said. Still, “the count took far too long.”', first: 'vote was fair', last: 'far too long', joined: true, speaker: 'Ida Marsh' },
      { name: 'a colon introducing the next quote', text: '“The vote was fair,” Ida Marsh said. Her rival went further: “The count was rigged from the start.”', first: 'vote was fair', last: 'rigged from the start', joined: false, speaker: 'Ida Marsh' },
      { name: 'a quote inside the content clause of a participle', text: '“The vote was fair,” Ida Marsh said, adding that the count was “slower than anyone had hoped for.”', first: 'vote was fair', last: 'slower than anyone', joined: false, speaker: 'Ida Marsh' },
      { name: 'a participle clause finished before the next quote', text: '“The vote was fair,” Ida Marsh said, adding that the count took long. “Nobody here doubts the result at all.”', first: 'vote was fair', last: 'doubts the result', joined: true, speaker: 'Ida Marsh' },
      { name: 'a stance verb of another speaker', text: '“The vote was fair,” Ida Marsh said. Her rivals called the count “a disgrace to the town.”', first: 'vote was fair', last: 'disgrace to the town', joined: false, speaker: 'Ida Marsh' },
      { name: 'a verb of saying with a phrase after it, no punctuation in the quote', text: '“We lost a lot of money on that job" Ida Marsh said after the vote on Monday. "In fact, nobody here made a profit."', first: 'lost a lot of money', last: 'nobody here made', joined: true, speaker: 'Ida Marsh' },
      { name: 'a name with a long description before the cue', text: '"Both of them scare me," Ida Marsh, 30, of Leeds, N.C., who was among those polled, said in an interview. "We need people who bring us together."', first: 'Both of them', last: 'bring us together', joined: true, speaker: 'Ida Marsh' },
      { name: 'a sentence with a stance verb about the speaker', text: '"You cannot blame her for it," said Ida Marsh, a nurse who came to the rally. Marsh plans to vote next month. "All she went through is not fair."', first: 'cannot blame her', last: 'All she went through', joined: true, speaker: 'Ida Marsh' },
      { name: 'a long programme title after a preposition in the attribution', text: '“The plan is dead,” Ida Marsh said on “Late Night With Ann Lee” last week, when asked about it. “We start again tomorrow.”', first: 'plan is dead', last: 'start again', joined: true, speaker: 'Ida Marsh' },
      { name: 'a comma and "or" after the attribution', text: 'The envoy leaned in. “On verra,” Ida Marsh said, or “We shall see.”', first: 'On verra', last: 'We shall see', joined: true, speaker: 'Ida Marsh' },
      { name: 'a quote the closing cue of its sentence attributes', text: '“People were dancing” before the storm, Ida Marsh said. “Then the roof came down on all of us.”', first: 'People were dancing', last: 'roof came down', joined: true, speaker: 'Ida Marsh' },
      {
        name: 'a quote running on into a paragraph where it has an attribution of its own',
        text: '“The vote was fair,” Ida Marsh said. “The count took long.\n\n“Nobody here doubts the result,” she added. “We move on.”',
        first: 'vote was fair',
        last: 'doubts the result',
        joined: false,
        speaker: 'Ida Marsh',
      },
    ];
    for (const c of interrupted) {
      it(`${c.joined ? 'joins' : 'does not join'} the parts of an interrupted quote: ${c.name}`, () => {
        const q = quoteWith(quotesOf(c.text).quotes, c.first);
        assert.ok(q, `no quote containing "${c.first}"`);
        assert.strictEqual(q.kind, 'direct');
        assert.strictEqual(q.text.includes(c.last), c.joined);
        assert.strictEqual(q.speaker?.text, c.speaker);
      });
    }

    it('continues a quote over paragraphs and gives a cue-less quote the previous speaker', () => {
      const text = 'Jane Holt said: “The first point is the budget.\n\n“The second point is the timetable.”\n\nOther news followed.\n\n“We will not wait for anyone to decide for us,” she said.\n\nThe hall emptied.\n\n“Our members agree with every word of the proposal.”';
      const { quotes } = quotesOf(text);
      const first = quoteWith(quotes, 'first point');
      assert.ok(first && first.text.includes('second point'), 'the unclosed quote runs into the next paragraph');
      const last = quoteWith(quotes, 'Our members');
      assert.strictEqual(last?.kind, 'direct');
      assert.strictEqual(last?.speaker?.text, 'she');
      assert.strictEqual(last?.cue, undefined);
    });
  });

  describe('reported speech', () => {
    const cases: Array<{ name: string; text: string; fragment: string; kind: Quote['kind']; cue: string; speaker?: string }> = [
      { name: 'X said that ...', text: 'The minister said that the road would reopen on Friday.', fragment: 'the road would reopen', kind: 'indirect', cue: 'said', speaker: 'The minister' },
      { name: 'X said ... without that', text: 'Officials warned the dam could fail within days.', fragment: 'the dam could fail', kind: 'indirect', cue: 'warned', speaker: 'Officials' },
      { name: 'trailing cue', text: 'The factory will hire 200 workers next year, the company announced.', fragment: 'hire 200 workers', kind: 'indirect', cue: 'announced', speaker: 'the company' },
      { name: 'according to, leading', text: 'According to the police, three people were arrested overnight.', fragment: 'three people were arrested', kind: 'indirect', cue: 'According to', speaker: 'the police' },
      { name: 'according to, trailing', text: 'The bridge was closed for repairs, according to city engineers.', fragment: 'bridge was closed', kind: 'indirect', cue: 'according to', speaker: 'city engineers' },
      { name: 'headline', text: 'Mayor Lopez says new tram line will open in June', fragment: 'new tram line', kind: 'indirect', cue: 'says', speaker: 'Mayor Lopez' },
      { name: 'told with an addressee', text: 'She told reporters that the talks had stalled.', fragment: 'talks had stalled', kind: 'indirect', cue: 'told', speaker: 'She' },
      { name: 'mixed: reported speech with a quoted fragment', text: 'Grant said the decision was “deeply unfair” to farmers.', fragment: 'deeply unfair', kind: 'mixed', cue: 'said', speaker: 'Grant' },
      { name: 'a quote in the content clause of a participle after a direct quote', text: '“The vote was fair,” Ida Marsh said, adding that the count was “slower than anyone had hoped for.”', fragment: 'the count was', kind: 'mixed', cue: 'adding', speaker: 'Ida Marsh' },
      { name: 'participle continues the subject', text: 'Moreno said prices were stable, adding that wages had risen.', fragment: 'wages had risen', kind: 'indirect', cue: 'adding', speaker: 'Moreno' },
      { name: 'two appositives between subject and cue', text: 'Ana Ruiz, 21, a student from Lyon, said she voted for the first time.', fragment: 'she voted', kind: 'indirect', cue: 'said', speaker: 'Ana Ruiz' },
      { name: 'three set-off phrases before a direct quote cue', text: '“The fares are too high,” Ada Finch, 44, of Carlow, who rides the bus daily, said.', fragment: 'fares are too high', kind: 'direct', cue: 'said', speaker: 'Ada Finch' },
      { name: 'appositive set off by dashes', text: 'Many farmers — including dairy and grain growers — said the rules were unclear.', fragment: 'rules were unclear', kind: 'indirect', cue: 'said', speaker: 'Many farmers' },
      { name: 'appositive opened by a name and a preposition', text: 'Councillor Jo Park of Leeds, a Labour member, said it would help both sides.', fragment: 'help both sides', kind: 'indirect', cue: 'said', speaker: 'Councillor Jo Park of Leeds' },
      { name: 'inverted trailing cue with an appositive', text: 'Prices will rise, said Tom Hale, an economist.', fragment: 'Prices will rise', kind: 'indirect', cue: 'said', speaker: 'Tom Hale' },
      { name: 'a cue set off inside its sentence', text: 'Otherwise, she said, the towns would compete for the same workers.', fragment: 'the towns would compete', kind: 'indirect', cue: 'said', speaker: 'she' },
      { name: 'an adjunct before "that"', text: 'Lena Ott said in a radio interview that the harbour would stay open.', fragment: 'the harbour would stay open', kind: 'indirect', cue: 'said', speaker: 'Lena Ott' },
      { name: 'a partitive subject', text: 'About half of the residents said they would leave.', fragment: 'they would leave', kind: 'indirect', cue: 'said', speaker: 'half of the residents' },
      { name: 'a reporting noun as the subject', text: 'The report said the river had risen.', fragment: 'the river had risen', kind: 'indirect', cue: 'said', speaker: 'The report' },
      { name: 'an abbreviation inside an appositive', text: 'Ben Cole, who worked with Mrs. Lind for years, said the plan was sound.', fragment: 'the plan was sound', kind: 'indirect', cue: 'said', speaker: 'Ben Cole' },
      { name: 'a weekday between the subject and the cue', text: 'Mayor Ruth Ames on Tuesday said the ferry would run all winter.', fragment: 'the ferry would run', kind: 'indirect', cue: 'said', speaker: 'Mayor Ruth Ames' },
      { name: 'a name after a sentence adjunct, then an appositive', text: 'On Monday, Carl Dunn, head of the county board, said the vote would wait.', fragment: 'the vote would wait', kind: 'indirect', cue: 'said', speaker: 'Carl Dunn' },
      { name: 'a contracted pronoun after the cue is content, not an inverted speaker', text: 'Jo Banks, wearing a cap covered in pins, said he’s proud of the volunteers.', fragment: 'proud of the volunteers', kind: 'indirect', cue: 'said', speaker: 'Jo Banks' },
      { name: 'a bare stance verb after a counted subject', text: 'About 40 percent of the farmers support a new tax on imported grain.', fragment: 'a new tax', kind: 'indirect', cue: 'support', speaker: '40 percent of the farmers' },
      { name: 'a plural common-noun subject of a plain verb with a long object', text: 'The shopkeepers offered a detailed plan to rebuild the harbour wall before the winter storms arrive.', fragment: 'a detailed plan', kind: 'indirect', cue: 'offered', speaker: 'The shopkeepers' },
      { name: 'a trailing cue whose subject keeps its article outside the name', text: 'The ferry will stop running in March, the BBC reported.', fragment: 'ferry will stop', kind: 'indirect', cue: 'reported', speaker: 'BBC' },
      { name: 'an appositive before the cue and a clause after it is no inversion', text: 'Ana Voss, dean of the law school, said there had been a change in tone.', fragment: 'change in tone', kind: 'indirect', cue: 'said', speaker: 'Ana Voss' },
      { name: 'a trailing addressee verb is never inverted', text: 'The strike will go on, his deputy, Lev Sand, told The Daily Post.', fragment: 'strike will go on', kind: 'indirect', cue: 'told', speaker: 'his deputy' },
      { name: 'a capitalised cue in a title-case headline', text: 'Mayor Lopez Says New Tram Line Will Open in June', fragment: 'New Tram Line', kind: 'indirect', cue: 'Says', speaker: 'Mayor Lopez' },
      { name: 'a stance verb with an infinitive', text: 'Rubio wants to emerge as the main rival of the governor.', fragment: 'to emerge as', kind: 'indirect', cue: 'wants', speaker: 'Rubio' },
      { name: 'a stance participle after a comma takes the subject of the sentence', text: 'At the rally, Hale went after Dunn, calling him a weak leader.', fragment: 'a weak leader', kind: 'indirect', cue: 'calling', speaker: 'Hale' },
      { name: 'a plain verb with a long object', text: 'The mayor offered a detailed plan to rebuild the harbour wall before the winter storms arrive.', fragment: 'a detailed plan', kind: 'indirect', cue: 'offered', speaker: 'The mayor' },
      { name: 'content ends before a new clause with its own cue', text: 'Dale said the mill had closed, but the owner did not say why it happened.', fragment: 'the mill had closed', kind: 'indirect', cue: 'said', speaker: 'Dale' },
      { name: 'a count standing alone before a belief verb', text: 'Most believe that the harbour will reopen by spring.', fragment: 'the harbour will reopen', kind: 'indirect', cue: 'believe', speaker: 'Most' },
      { name: 'a belief verb with an infinitive', text: 'Ruiz hopes to win the seat back next year.', fragment: 'to win the seat', kind: 'indirect', cue: 'hopes', speaker: 'Ruiz' },
      { name: 'a particle cue with a one-verb infinitive', text: 'A spokesman for the mill declined to comment.', fragment: 'comment', kind: 'indirect', cue: 'declined to', speaker: 'A spokesman' },
      { name: '"called on" someone to act', text: 'Dunn called on the council to resign over the flooding.', fragment: 'the council to resign', kind: 'indirect', cue: 'called on', speaker: 'Dunn' },
      { name: 'an approximate count as the subject', text: 'About 75 percent support a new tax on imported grain.', fragment: 'a new tax', kind: 'indirect', cue: 'support', speaker: 'About 75 percent' },
      { name: 'a bare stance verb after a relative pronoun', text: 'The plan suits the farmers, who want to keep their land after the merger.', fragment: 'to keep their land', kind: 'indirect', cue: 'want', speaker: 'the farmers' },
      { name: 'an evidential source with an embedded question', text: 'The survey results show where each candidate found support.', fragment: 'where each candidate', kind: 'indirect', cue: 'show', speaker: 'The survey results' },
      { name: 'a participle after a direct quote takes the quote\'s speaker', text: '“People are angry,” Mayor Lund said, citing the slow growth of wages in the region.', fragment: 'the slow growth', kind: 'indirect', cue: 'citing', speaker: 'Mayor Lund' },
      { name: 'a survey finding a noun phrase', text: 'A recent county survey found broad support for the new ferry.', fragment: 'broad support', kind: 'indirect', cue: 'found', speaker: 'A recent county survey' },
      { name: 'a second verb of the subject after "and" is a report of its own', text: 'Dunn called on the council to repair the pier and proposed a new ferry line for the island.', fragment: 'a new ferry line', kind: 'indirect', cue: 'proposed', speaker: 'Dunn' },
      { name: 'a rarer verb of saying', text: 'Ortiz lamented that the ferry had stopped running.', fragment: 'the ferry had stopped', kind: 'indirect', cue: 'lamented', speaker: 'Ortiz' },
      { name: 'a verb of saying with its particle', text: 'Ortiz pointed out that the ferry had stopped running.', fragment: 'the ferry had stopped', kind: 'indirect', cue: 'pointed out', speaker: 'Ortiz' },
      { name: 'a possessive in the object refers to the subject', text: 'Ortiz has toned down her criticism of the port authority.', fragment: 'the port authority', kind: 'indirect', cue: 'criticism of', speaker: 'Ortiz' },
      { name: 'a subject after a conjunction that is also a preposition', text: 'A week after Ortiz announced that the ferry would stop, the island voted.', fragment: 'the ferry would stop', kind: 'indirect', cue: 'announced', speaker: 'Ortiz' },
      { name: 'a participle after a quoted fragment ending in a comma reports on its own', text: 'Ortiz said the ferry was “the island’s lifeline,” adding that the pier must be repaired.', fragment: 'the pier must be repaired', kind: 'indirect', cue: 'adding', speaker: 'Ortiz' },
      { name: '"who" makes its common-noun antecedent a person', text: 'The council never paid an architect who said the pier was unsafe.', fragment: 'the pier was unsafe', kind: 'indirect', cue: 'said', speaker: 'an architect' },
      { name: 'a relative clause set off by dashes speaks for the phrase before it', text: 'The study -- which notes that the pier was unsafe -- was ignored.', fragment: 'the pier was unsafe', kind: 'indirect', cue: 'notes', speaker: 'The study' },
      { name: 'the agent of a passive cue is the source', text: 'Ortiz was asked by radio host Ann Lee whether the ferry would run in winter.', fragment: 'whether the ferry would run', kind: 'indirect', cue: 'asked', speaker: 'radio host Ann Lee' },
      { name: 'a document\'s participle speaks for whoever issued it', text: 'The harbour board issued a statement saying that the pier would close.', fragment: 'the pier would close', kind: 'indirect', cue: 'saying', speaker: 'The harbour board' },
      { name: 'a quoted fragment before a participle stays in the report of the cue before it', text: 'Ortiz said the ferry was “the island’s lifeline,” adding that the pier must be repaired.', fragment: 'lifeline', kind: 'mixed', cue: 'said', speaker: 'Ortiz' },
    ];
    for (const c of cases) it(c.name, () => assertQuote(c));

    const nounPhraseContent: Array<{ name: string; text: string; content: string; cue: string; speaker?: string }> = [
      { name: 'verb + preposition: talked about', text: 'The senator talked about the rising cost of housing.', content: 'the rising cost of housing', cue: 'talked about', speaker: 'The senator' },
      { name: 'verb + preposition: called for', text: 'Union leaders called for a higher minimum wage.', content: 'a higher minimum wage', cue: 'called for', speaker: 'Union leaders' },
      { name: 'verb + preposition: warned of', text: 'She warned of a long and costly strike.', content: 'a long and costly strike', cue: 'warned of', speaker: 'She' },
      { name: 'verb + preposition after a contracted auxiliary', text: "He's talked about the budget for weeks.", content: 'the budget for weeks', cue: 'talked about', speaker: "He's" },
      { name: 'nominalisation with a possessive name', text: "Moreau's criticism of the new tax drew applause.", content: 'the new tax drew applause', cue: 'criticism of', speaker: "Moreau's" },
      { name: 'nominalisation with a possessive pronoun', text: 'The council repeated its support for the bike lanes.', content: 'the bike lanes', cue: 'support for', speaker: 'its' },
      { name: 'noun of communication with a content clause', text: 'His promise that taxes would fall was broken.', content: 'that taxes would fall was broken', cue: 'promise', speaker: 'His' },
      { name: 'noun of belief with a content clause and no source', text: 'Few shared the belief that the mine would reopen.', content: 'that the mine would reopen', cue: 'belief' },
      { name: 'verb + preposition: voted for', text: 'The mayor voted for a ban on night flights.', content: 'a ban on night flights', cue: 'voted for', speaker: 'The mayor' },
      { name: 'adjective + preposition: critical of', text: 'Ortiz has been critical of the new ferry timetable.', content: 'the new ferry timetable', cue: 'critical of', speaker: 'Ortiz' },
      { name: 'headline with a source and a colon', text: 'Mayor Lopez: Tram line will open in June', content: 'Tram line will open in June', cue: ':', speaker: 'Mayor Lopez' },
    ];
    for (const c of nounPhraseContent) {
      it(c.name, () => {
        const q = quotesOf(c.text).quotes.find((x) => x.cue?.text === c.cue);
        assert.ok(q, `no quote with cue "${c.cue}"`);
        assert.strictEqual(q.text, c.content);
        assert.strictEqual(q.kind, 'indirect');
        assert.strictEqual(q.speaker?.text, c.speaker);
      });
    }

    const noReport: Array<[string, string]> = [
      ['a bare nominalisation has no source', 'Criticism of the plan grew quickly.'],
      ['a noun-like frame after a common noun', 'Their controversial comments on taxes drew anger.'],
      ['a label in capitals before a colon', 'UPDATE: The road is open again.'],
      ['a tally after a name and a colon', 'Lopez: 1,204.'],
      ['a possessive noun is not a reporting verb', "The mayor's remarks were brief."],
      ['a reporting word as a plural noun', 'Clinton has won six states with large rural populations.'],
      ['a reporting word as the subject of an auxiliary', 'The AP report is misleading.'],
      ['a capitalised reporting word inside a name', 'The United States pose no risk to the talks.'],
      ['"continues to" is aspect, not a report', 'The lead continues to grow.'],
      ['a plain verb with a short object is an event', 'The mayor won the vote.'],
      ['a bare stance verb after a singular noun is a noun', 'The union support was strong across the region this year.'],
      ['a plural noun inside a prepositional phrase is not a verb', 'Apart from promoting bilateral trade relations, the visit will help both countries grow their economies.'],
      ['"seen" without "as" is no judgement', 'The mayor was seen at the harbour on Friday night with two aides.'],
      ['a plural noun after a numeral is not a verb', 'The talks between the two delegations focused on building trust between the neighbouring countries over the coming decade.'],
      ['a predicate after "was" is no act', 'He was one of the first members of the union in the region, and is a socialist.'],
      ['a contracted "is" is a copula, no act', 'Well there’s no defence against the storm on the coast, so the town is gone.'],
      ['"I mean" is a discourse marker', 'I mean the plan was that it would be a safe harbour for the fleet in winter.'],
      ['"most" after an ordinal makes a superlative', 'Professor Lind is the eighth most cited scholar of all time.'],
      ['"have" before anything but a participle is a verb of state, no act', "I don't have enough facts to judge the plan for the harbour, one way or the other."],
      ['a plural noun in the subject is not its cue', 'Young athletes also challenge old ideas of strength by showing skill and hard work.'],
      ['interviewing someone is an event, not a report', 'The Herald interviews the new mayor of the town about the plans for the harbour next year.'],
      ['catching up with someone is an event, not a report', 'The Herald caught up with her in a cafe in the leafy suburb of Preston on a rainy day.'],
    ];
    for (const [name, text] of noReport) {
      it(`finds no report: ${name}`, () => {
        assert.deepStrictEqual(quotesOf(text).quotes, []);
      });
    }

    const evaluative: Array<[string, string, string | undefined]> = [
      ['The minister is expected to resign on Friday.', 'is expected', undefined],
      ['The crowd seemed unmoved by the speech.', 'seemed', 'The crowd'],
      ['The mayor is widely seen as the favourite to win.', 'is widely seen', undefined],
      ['The old pier is considered unsafe by the harbour engineers.', 'is considered', 'the harbour engineers'],
    ];
    for (const [text, cue, speaker] of evaluative) {
      it(`evaluative report, the whole clause: ${text}`, () => {
        const q = quotesOf(text).quotes[0];
        assert.strictEqual(q?.cue?.text, cue);
        assert.strictEqual(q.speaker?.text, speaker);
        assert.strictEqual(q.start, 0);
      });
    }

    // The rules alone, without the learned arbiter's verdict (arbiter.test.ts).
    it('keeps a report inside another report\'s content unless it has its own "that"', () => {
      const plain = quotesOf('The ministry said the mayor believes the bridge is safe for lorries.', [], ['arbiter']).quotes;
      assert.deepStrictEqual(plain.map((q) => q.cue?.text), ['said']);
      const that = quotesOf('The ministry said that the mayor believes that the bridge is safe.', [], ['arbiter']).quotes;
      assert.deepStrictEqual(that.map((q) => q.cue?.text), ['said', 'believes']);
    });

    it('ends the content before a new clause that has its own cue', () => {
      const q = quotesOf('Dale said the mill had closed, but the owner did not say why it happened.').quotes.find((x) => x.cue?.text === 'said');
      assert.strictEqual(q?.text, 'the mill had closed');
    });

    it('does not take an aside cue in the next sentence as the attribution of a finished quote', () => {
      const text = "Intro line.\n\n''The pier will open in May,'' he said. ''It is nearly done.'' That is why, he added, the town is hiring.";
      const q = quoteWith(quotesOf(text).quotes, 'nearly done');
      assert.strictEqual(q?.kind, 'direct');
      assert.strictEqual(q?.cue?.text, 'said');
      assert.ok(q?.text.includes('open in May'));
    });

    it('closes the attribution after a parenthesis with a period ("(D-Ill.)") and joins the next quote', () => {
      const text = 'Intro line.\n\n“We lack the votes,” said Sen. Ann Hale (D-Ill.) in an interview. “It takes an election.”';
      const q = quoteWith(quotesOf(text).quotes, 'lack the votes');
      assert.ok(q?.text.includes('takes an election'));
    });

    it('joins "“A.” He added, “B.”" into one quote', () => {
      const text = 'Intro line.\n\n“We will rebuild the pier.” He added, “It will take two years.”';
      const quotes = quotesOf(text).quotes.filter((q) => q.kind === 'direct');
      assert.strictEqual(quotes.length, 1);
      assert.ok(quotes[0].text.includes('rebuild') && quotes[0].text.includes('two years'));
    });

    it('keeps a report by a named person inside another report', () => {
      const quotes = quotesOf('The aide said Mayor Ruth Ames told donors the bridge would be finished by spring.', [], ['arbiter']).quotes;
      assert.deepStrictEqual(quotes.map((q) => q.cue?.text), ['said', 'told']);
      assert.strictEqual(quotes[1].speaker?.text, 'Mayor Ruth Ames');
    });

    it('asks about a question with no named asker', () => {
      const q = quotesOf('When asked whether she would run again, the mayor smiled.').quotes.find((x) => x.cue?.text === 'asked');
      assert.strictEqual(q?.text, 'whether she would run again');
    });

    it('reports a question after "Asked" and a short adjunct', () => {
      const q = quoteWith(quotesOf('Asked on local radio who leads the council, the mayor laughed.').quotes, 'who leads');
      assert.strictEqual(q?.cue?.text, 'Asked');
      assert.strictEqual(q.text, 'who leads the council');
    });

    it('reads no report in a count before a noun or a passive "expected to"', () => {
      assert.deepStrictEqual(quotesOf('Most support for the plan came from farmers.').quotes, []);
      assert.deepStrictEqual(quotesOf('The bill is expected to pass.').quotes.map((q) => q.cue?.text), ['is expected']);
    });

    it('does not read "appeared on" as a report', () => {
      assert.deepStrictEqual(quotesOf('She appeared on television on Sunday.').quotes, []);
    });

    it('splits a sentence at a participle cue', () => {
      const { quotes } = quotesOf('Moreno said prices were stable, adding that wages had risen.');
      assert.ok(!quoteWith(quotes, 'prices were stable')?.text.includes('wages'));
    });
  });

  describe('sentence and paragraph boundaries', () => {
    // Each row: the text and every quote found in it, as [kind, text, speaker]. Rules read a
    // cue's neighbours only inside its sentence: nothing before the first token, nothing from
    // the paragraph before.
    const cases: Array<{ name: string; text: string; quotes: Array<[Quote['kind'], string, string | undefined]> }> = [
      { name: 'a text opening with "Seems"', text: 'Seems fine. "We will not sign this deal," Smith said.', quotes: [['direct', '"We will not sign this deal,"', 'Smith']] },
      { name: 'a text opening with "Appears"', text: 'Appears so. "We will not sign this deal," Smith said.', quotes: [['direct', '"We will not sign this deal,"', 'Smith']] },
      { name: 'a text opening with "Is expected to"', text: 'Is expected to pass. "We will not sign this deal," Smith said.', quotes: [['direct', '"We will not sign this deal,"', 'Smith']] },
      { name: 'a paragraph opening with "Seems" after one with no full stop', text: 'The talks ended\n\nSeems the deal is off.', quotes: [] },
      { name: 'a paragraph opening with "Appears", then a quote', text: 'The talks ended in Geneva\n\nAppears to be over. "We will not sign," Smith said.', quotes: [['direct', '"We will not sign,"', 'Smith']] },
      { name: 'a report with a cue in a paragraph after one with no full stop', text: 'The deal\n\nSeems to be off, officials said.', quotes: [['indirect', 'Seems to be off', 'officials']] },
      { name: 'a trailing cue ending a paragraph with no full stop', text: 'Prices will rise next year, he said\n\nMarkets fell.', quotes: [['indirect', 'Prices will rise next year', 'he']] },
      {
        name: 'content ends before "and said" after another verb',
        text: 'Ortiz also expressed concern about the closed ferry terminal at the north end of the island and said she hoped it would reopen in spring.',
        quotes: [['indirect', 'concern about the closed ferry terminal at the north end of the island', 'Ortiz'], ['indirect', 'she hoped it would reopen in spring', 'Ortiz']],
      },
      {
        name: 'content ends before a new clause whose subject opens with a determiner',
        text: 'Ortiz said she would stand for the harbour board, and other Labour leaders said she was the likely winner.',
        quotes: [['indirect', 'she would stand for the harbour board', 'Ortiz'], ['indirect', 'she was the likely winner', 'Labour leaders']],
      },
      { name: 'a capitalised cue opening a paragraph after a word', text: 'Talks went on\n\nSaid the mayor: "We will rebuild the pier."', quotes: [['direct', '"We will rebuild the pier."', 'the mayor']] },
    ];
    for (const c of cases) {
      it(c.name, () => {
        assert.deepStrictEqual(
          quotesOf(c.text).quotes.map((q) => [q.kind, q.text, q.speaker?.text]),
          c.quotes,
        );
      });
    }
  });

  describe('scare quotes', () => {
    const cases: Array<{ text: string; scare: string[] }> = [
      { text: "Two ministers sign 'landmark' water deal", scare: ["'landmark'"] },
      { text: 'The film “Quiet Harbour” opened on Friday to full houses.', scare: ['“Quiet Harbour”'] },
      { text: 'The so-called "reform" package passed the house on Tuesday.', scare: ['"reform"'] },
      { text: 'The farmers’ union rejected the offer.', scare: [] },
    ];
    for (const c of cases) {
      it(c.text, () => {
        const result = quotesOf(c.text);
        assert.deepStrictEqual(result.scareQuotes.map((s) => s.text), c.scare);
        assert.ok(!result.quotes.some((q) => q.kind === 'direct'));
      });
    }
  });

  describe('quotation mark problems', () => {
    type Problem = { kind: string; mark: string; at: number; replacement?: string; fixAt?: number };
    const cases: Array<{ name: string; text: string; problems: Problem[] }> = [
      { name: 'balanced curly and straight quotes', text: '“Yes,” she said. "No," he said.', problems: [] },
      { name: 'curly opener closed by a straight mark', text: 'She said, “It will rain."', problems: [{ kind: 'mismatched', mark: '"', at: 24, replacement: '”' }] },
      { name: 'straight opener closed by a curly mark', text: 'She said, "It will rain.”', problems: [{ kind: 'mismatched', mark: '”', at: 24, replacement: '"' }] },
      { name: 'opening mark used as a closer', text: '“It will rain.“ she said.', problems: [{ kind: 'mismatched', mark: '“', at: 14, replacement: '”' }] },
      { name: 'closing mark used as an opener', text: 'She said: ”It will rain.”', problems: [{ kind: 'mismatched', mark: '”', at: 10, replacement: '“' }] },
      { name: 'quote never closed', text: '“Yes,” he said. “It will rain\n\nNext story.', problems: [{ kind: 'unclosed', mark: '“', at: 16, replacement: '”', fixAt: 29 }] },
      { name: 'straight quote never closed', text: 'He said: "It will rain', problems: [{ kind: 'unclosed', mark: '"', at: 9, replacement: '"', fixAt: 22 }] },
      { name: 'quote continued into the next paragraph is not unclosed', text: 'He said: “One.\n\n“Two.”', problems: [] },
      { name: 'continued quote that never closes: its last paragraph', text: 'He said: “One.\n\n“Two.\n\nThree.', problems: [{ kind: 'unclosed', mark: '“', at: 16, replacement: '”', fixAt: 21 }] },
      { name: 'opener abandoned for another opener has no safe fix', text: '“One, he said. “Two.”', problems: [{ kind: 'unclosed', mark: '“', at: 0 }] },
      { name: 'closing mark with no opener', text: 'He left early.” Then the rain came.', problems: [{ kind: 'unopened', mark: '”', at: 14 }] },
      { name: 'apostrophes and single quotes are never problems', text: "It's the ministers' plan from the '90s, the ‘deal’ and the 'pact.", problems: [] },
      { name: 'an inch mark is not a closing quote', text: 'A 12" pipe burst.', problems: [] },
      { name: 'an inch mark in feet and inches inside a curly quote', text: '“He is 6’2” and fit,” she said.', problems: [] },
      { name: 'an inch mark in feet and inches inside a straight quote', text: '"He is 5\'11" and fit," she said.', problems: [] },
      { name: 'newswire double apostrophes and backticks', text: "''Done,'' he said. ``Fine,'' she said.", problems: [] },
      { name: 'German quotes', text: '„Ja“, sagte er.', problems: [] },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const got = quotesOf(c.text).markProblems.map((p) => {
          const out: Problem = { kind: p.kind, mark: p.mark, at: p.start };
          if (p.replacement !== undefined) out.replacement = p.replacement;
          if (p.fixAt !== undefined) out.fixAt = p.fixAt;
          assert.strictEqual(c.text.slice(p.start, p.end), p.mark);
          return out;
        });
        assert.deepStrictEqual(got, c.problems);
      });
    }
  });

  describe('speaker resolution', () => {
    it('resolves names, pronouns through earlier pronouns, and role nouns', () => {
      const text = 'Prime Minister Ravi Menon met Elena Soto on Monday.\nSoto praised the talks.\nShe added that trade would grow.\n“We will open two new routes,” she said.\nThe premier said that the visit was a success.';
      const entities = [person(text, 'Elena Soto', ['Elena Soto', 'Soto']), person(text, 'Ravi Menon', ['Ravi Menon'], ['Prime Minister'])];
      const { quotes } = quotesOf(text, entities);
      assert.strictEqual(quoteWith(quotes, 'trade would grow')?.speakerEntity, 'person:Elena Soto');
      assert.strictEqual(quoteWith(quotes, 'two new routes')?.speakerEntity, 'person:Elena Soto');
      assert.strictEqual(quoteWith(quotes, 'visit was a success')?.speakerEntity, 'person:Ravi Menon');
    });

    it('finds speaker mentions without entities but leaves them unresolved', () => {
      const { quotes } = quotesOf('“It works,” he said.');
      assert.strictEqual(quotes[0].speaker?.text, 'he');
      assert.strictEqual(quotes[0].speakerEntity, undefined);
    });
  });

  describe('speakers are names, roles or described sources', () => {
    // Each row: the speaker mention of the quote containing the fragment; undefined is
    // "Unattributed" (or no quote at all, where the phrase was taken for a subject). "I" and
    // "we" stay as the mention (the writer or an interviewee) but never resolve to a person.
    const cases: Array<{ name: string; text: string; fragment: string; speaker: string | undefined }> = [
      { name: 'first person, direct', text: '“We will not sign,” I said.', fragment: 'will not sign', speaker: 'I' },
      { name: 'first person plural, reported', text: 'We think that the plan will fail.', fragment: 'the plan will fail', speaker: 'We' },
      { name: 'second person after a modal', text: 'In fact you can ask questions about why it should ever have existed.', fragment: 'why it should', speaker: undefined },
      { name: 'first person before a negated auxiliary', text: "When we started out I didn't know the difference between the two licences.", fragment: 'the difference', speaker: 'I' },
      { name: 'first person as an object', text: 'They told me that the plan will fail.', fragment: 'the plan will fail', speaker: 'They' },
      { name: 'a relative pronoun stands for the name before it', text: 'Nothing changed for Ann Lee, who said the plan would fail.', fragment: 'the plan would fail', speaker: 'Ann Lee' },
      { name: 'a relative pronoun stands for the document before it', text: 'They published the audit, which found that the river had risen.', fragment: 'the river had risen', speaker: 'the audit' },
      { name: 'an interjection opening a sentence', text: 'Well there’s no defence against that kind of attack, so the plan is gone.', fragment: 'no defence', speaker: undefined },
      { name: 'a discourse word', text: 'People were fighting for their land, either defending it or extending it.', fragment: 'extending it', speaker: undefined },
      { name: 'a first-person possessive', text: 'That was our reaction to all of the coverage.', fragment: 'the coverage', speaker: undefined },
      { name: 'a time phrase', text: 'A couple of years back said that the singer was ill.', fragment: 'the singer was ill', speaker: undefined },
      { name: 'the object of "told"', text: 'And then told the council: “We will not sign the deal.”', fragment: 'sign the deal', speaker: undefined },
      { name: 'a modal taken for a noun', text: 'This shall be applauded given the size of the storm.', fragment: 'the size of the storm', speaker: undefined },
      { name: 'an adjective before a reporting noun', text: 'The short answer is that we do not know.', fragment: 'we do not know', speaker: undefined },
      { name: 'an imperative opening a sentence', text: 'Take say on Obama, the adviser is on record.', fragment: 'the adviser is on record', speaker: undefined },
      // Sources that stay.
      { name: 'a plural people noun opening a sentence', text: 'Voters said the plan was fair.', fragment: 'the plan was fair', speaker: 'Voters' },
      { name: 'a quantifier standing for people', text: 'Others said the plan was fair.', fragment: 'the plan was fair', speaker: 'Others' },
      { name: '"one" before a noun after the cue', text: '"They lied to us," said one protester, who asked not to be named.', fragment: 'lied to us', speaker: 'one protester' },
      { name: '"one" before a noun before the cue', text: '"They lied to us," one protester said.', fragment: 'lied to us', speaker: 'one protester' },
      { name: 'a part of a group after the cue', text: '"They lied to us," said one of the protesters.', fragment: 'lied to us', speaker: 'one of the protesters' },
      { name: '"one" alone stays a pronoun', text: '"They lied to us," said one.', fragment: 'lied to us', speaker: 'one' },
      { name: 'a run of "one of" is read once and loses no quote', text: `"They lied to us," said ${'one of '.repeat(20000)}the protesters.`, fragment: 'lied to us', speaker: 'one' },
      { name: 'a described source with a preposition', text: 'A spokesperson for the ministry said the road would reopen.', fragment: 'the road would reopen', speaker: 'A spokesperson' },
      { name: 'a third-person pronoun', text: 'He said the road would reopen.', fragment: 'the road would reopen', speaker: 'He' },
      { name: 'a contracted third-person pronoun', text: "He's said the road would reopen.", fragment: 'the road would reopen', speaker: "He's" },
      // Adverbs and time adjuncts between the subject and its verb.
      { name: 'an adverb of duration before the verb', text: 'Ms. Okafor has long said that the bridge was unsafe.', fragment: 'the bridge was unsafe', speaker: 'Ms. Okafor' },
      { name: 'a time adjunct before the verb', text: 'The Harbour Board this week announced that the pier would close.', fragment: 'the pier would close', speaker: 'Harbour Board' },
      { name: 'a dated time adjunct before the verb', text: 'Dana Whitfield earlier this month said the fund was empty.', fragment: 'the fund was empty', speaker: 'Dana Whitfield' },
      { name: 'a weekday before the verb', text: 'Mr. Baptiste on Tuesday said the fund was empty.', fragment: 'the fund was empty', speaker: 'Mr. Baptiste' },
      { name: 'a preposition before a time noun is no adjunct', text: 'In this week said that the fund was empty.', fragment: 'the fund was empty', speaker: undefined },
      // A bare plural noun opening a sentence stands for the people or papers it names.
      { name: 'a bare plural opening a sentence', text: 'Associates say the mayor will run again.', fragment: 'the mayor will run', speaker: 'Associates' },
      { name: 'a bare singular opening a sentence stays unattributed', text: 'Progress shows the plan was fair.', fragment: 'the plan was fair', speaker: undefined },
      // A clause closed by ", according to X" is X's report, not its subject's act.
      { name: 'a long clause closed by "according to"', text: 'Ms. Varga led the count by about 1,500 votes out of nearly 620,000 cast in the early returns, according to the Harbour Gazette.', fragment: '1,500 votes', speaker: 'the Harbour Gazette' },
      // Verbs of seeming: the one whose impression it is is the subject, an empty "it" or "there" nobody.
      { name: 'the subject of a verb of seeming', text: 'Mayor Lindqvist seemed to welcome the ruling.', fragment: 'welcome the ruling', speaker: 'Mayor Lindqvist' },
      { name: 'the plural subject of a verb of seeming', text: 'Voters seem to care more about the roads.', fragment: 'care more about', speaker: 'Voters' },
      { name: 'an empty "it" before a verb of seeming', text: 'It seems likely that the bill will pass.', fragment: 'the bill will pass', speaker: undefined },
      { name: 'an empty "there" before a verb of seeming', text: 'There appears to be no way out of the deal.', fragment: 'no way out', speaker: undefined },
      // Any participle set off by a comma reports for the sentence's subject.
      { name: 'a participle of a rarer verb set off by a comma', text: 'Ms. Adeyemi released a statement on Friday, describing the audit as thorough.', fragment: 'the audit as thorough', speaker: 'Ms. Adeyemi' },
      { name: 'a participle after an opening adjunct', text: 'At the hearing, Ms. Adeyemi released a statement on Friday, describing the audit as thorough.', fragment: 'the audit as thorough', speaker: 'Ms. Adeyemi' },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const q = quoteWith(quotesOf(c.text).quotes, c.fragment);
        assert.strictEqual(q?.speaker?.text, c.speaker);
        if (c.speaker && /^(?:i|we)$/i.test(c.speaker)) assert.strictEqual(q?.speakerEntity, undefined, 'a first-person speaker resolves to nobody');
      });
    }

    it('passes over an opening participle clause to find the subject a participle reports for', () => {
      const text = 'Facing mounting criticism from the council, Mr. Okonkwo released a statement on Saturday night, describing the audit as thorough.';
      const q = quoteWith(analyze(text).quotes, 'the audit as thorough');
      assert.strictEqual(q?.speaker?.text, 'Mr. Okonkwo');
    });

    it('never shows a word of the ignore list as a speaker', () => {
      const text = '“We will win,” Wikinews said.\n\nThe Herald said the vote was close.';
      const ignore = ['Wikinews', 'herald'];
      const { quotes } = findQuotes(text, splitParagraphs(text), [], { ignore });
      assert.deepStrictEqual(quotes.map((q) => [q.text, q.speaker?.text]), [['“We will win,”', undefined], ['the vote was close', undefined]]);
      const analysed = analyze(text, { ...defaultAnalysisOptions, entities: { ignore } });
      assert.deepStrictEqual(analysed.quotes.map((q) => q.speaker?.text), [undefined, undefined]);
    });

    it('gives a quote that continues an unattributed one no earlier speaker', () => {
      const text = '“We start in May,” Ann Lee said.\n\n“We will not sign,” someone said.\n\n“Nobody asked us about the budget at all.”';
      const q = quoteWith(quotesOf(text).quotes, 'Nobody asked');
      assert.ok(q);
      assert.strictEqual(q.speaker, undefined);
    });

    describe('in the Wikinews interviews', () => {
      // Words never shown as a speaker: first and second person (the first person is listed as
      // "Unattributed (I)" until interviews are resolved), relative and interrogative pronouns,
      // interjections and discourse words, and phrases that end in a time noun.
      const nonWords = new Set(['i', 'we', 'you', 'me', 'us', 'my', 'our', 'your', 'who', 'whom', 'which', 'that', 'what', 'well', 'yes', 'no', 'oh', 'so', 'either', 'neither', 'someone', 'can', "don't", "didn't", 'very']);
      const timeNoun = /\b(?:years?|days?|weeks?|months?|hours?|minutes?|decades?|time|ago)$/i;
      const dir = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'wikinews');
      const files = fs.readdirSync(dir).filter((f) => f.startsWith('wikinews-interview-') && f.endsWith('.txt'));
      it('has the 19 interviews', () => assert.strictEqual(files.length, 19));
      it('attributes the answers of most interviews to the interviewee named in the opening', function () {
        this.timeout(20_000);
        const attributed = files.filter((file) => {
          const analysis = analyze(fs.readFileSync(path.join(dir, file), 'utf8'));
          return analysis.quotes.some((q) => !q.cue && q.speakerEntity !== undefined && q.speaker !== undefined && q.speaker.end <= q.start && q.text.length > 100);
        });
        // Two openings name no one (a caption only; several experts) and one names a group.
        assert.ok(attributed.length >= 15, `answers attributed in ${attributed.length} of 19`);
      });
      for (const file of files) {
        it(file, () => {
          const text = fs.readFileSync(path.join(dir, file), 'utf8');
          const analysis = analyze(text);
          const bad = analysis.quotes
            .map((q) => ({ q, shown: speakerName(analysis, q) }))
            .filter(({ shown }) => nonWords.has(shown.toLowerCase().replace(/['’].*$/, '')) || timeNoun.test(shown))
            .map(({ q, shown }) => `${shown}: ${q.text.slice(0, 60)}`);
          // "I" and "we" are the interviewee inside an answer, else "Unattributed (I)"; never a person called "I".
          const turns = analysis.quotes.filter((q) => !q.cue && q.kind === 'direct' && q.speaker && q.speaker.end <= q.start && !/^["“‘']/.test(q.text));
          const interviewees = new Set(turns.map((q) => speakerName(analysis, q)));
          const firstPerson = analysis.quotes.filter((q) => q.speaker && /^(?:i|we)$/i.test(q.speaker.text));
          for (const q of firstPerson) {
            const shown = speakerName(analysis, q);
            assert.ok(shown.startsWith('Unattributed (') || (q.speakerEntity !== undefined && interviewees.has(shown)), `first person shown as ${shown}`);
          }
          assert.deepStrictEqual(bad, []);
        });
      }
    });
  });

  describe('odd input', () => {
    const inputs: Array<[string, string]> = [
      ['empty', ''],
      ['only marks', '"“”\'‘’``\'\'""'],
      ['unbalanced', '“He said, "no\n\n‘maybe'],
      ['emoji and CRLF', '“Great day 🎉🎉,” she said.\r\n\r\nThe 👍 team “won”'],
      ['a cue alone', 'said'],
    ];
    for (const [name, text] of inputs) {
      it(`never throws and keeps offsets valid: ${name}`, () => {
        const result = quotesOf(text);
        for (const q of [...result.quotes, ...result.scareQuotes]) {
          assert.ok(q.start >= 0 && q.end <= text.length && q.start < q.end);
          assert.strictEqual(text.slice(q.start, q.end), q.text);
        }
      });
    }

    // Speed is measured by npm run bench, not here: this checks that a 1 MB text is read whole.
    it('finds the quotes of every paragraph of a 1 MB text', () => {
      const para = 'The council said that the budget would rise. “We are ready,” the mayor said, adding that taxes would not change. ';
      const text = (para.repeat(9) + '\n\n').repeat(1000);
      const direct = quotesOf(text).quotes.filter((q) => q.kind === 'direct');
      assert.strictEqual(direct.length, 9000);
      const last = direct[direct.length - 1];
      assert.strictEqual(text.slice(last.start, last.end), last.text);
    });

    it('keeps every quoted term of one paragraph with 150,000 of them', () => {
      // Pairing once spread the paragraph's quotes into one call's arguments, which overflows
      // the stack at about a hundred thousand and lost every quote of the text.
      const text = `Intro.\n\n${'"a" '.repeat(150_000)}`;
      assert.strictEqual(quotesOf(text).scareQuotes.length, 150_000);
    });
  });

  describe('the seed article', () => {
    const file = path.resolve(__dirname, '..', '..', '..', 'seeds', '000_9eeae5c25ec30b8d.txt');
    const text = fs.readFileSync(file, 'utf8');
    const paragraphs = splitParagraphs(text);
    const { quotes, scareQuotes } = findQuotes(text, paragraphs, findEntities(text, paragraphs));
    const cases: Array<{ fragment: string; kind: Quote['kind']; speaker: string; entity: string }> = [
      { fragment: 'Both sides will translate', kind: 'direct', speaker: 'he', entity: 'person:Khawaja Asif' },
      { fragment: 'The world community', kind: 'direct', speaker: 'Shoigu', entity: 'person:Sergei Shoigu' },
      { fragment: 'Our ties with Moscow', kind: 'direct', speaker: 'Tasneem Aslam', entity: 'person:Tasneem Aslam' },
      { fragment: 'Pakistan wants to promote', kind: 'indirect', speaker: 'The premier', entity: 'person:Nawaz Sharif' },
      { fragment: 'Pakistan was keen', kind: 'indirect', speaker: 'Nawaz', entity: 'person:Nawaz Sharif' },
      { fragment: 'strong ties between Pakistan and Russia', kind: 'indirect', speaker: 'He', entity: 'person:Khawaja Asif' },
      { fragment: 'strong ties between the two countries', kind: 'indirect', speaker: 'Khawaja Asif', entity: 'person:Khawaja Asif' },
      { fragment: 'held in-depth talks', kind: 'indirect', speaker: 'Radio Pakistan', entity: 'organization:Radio Pakistan' },
    ];
    for (const c of cases) {
      it(`${c.kind} "${c.fragment}" by ${c.speaker}`, () => {
        const q = quoteWith(quotes, c.fragment);
        assert.ok(q);
        assert.strictEqual(q.kind, c.kind);
        assert.strictEqual(q.speaker?.text, c.speaker);
        assert.strictEqual(q.speakerEntity, c.entity);
      });
    }

    it('closes the curly quote opened by Tasneem Aslam with its straight mark', () => {
      const q = quoteWith(quotes, 'Our ties with Moscow');
      assert.ok(q?.text.endsWith('development."'));
    });

    it('does not make a place the speaker of a headline verb of wanting', () => {
      assert.ok(!quotes.some((q) => q.cue?.text === 'seeks' && q.speakerEntity?.startsWith('place:')));
    });

    it('reports the straight mark closing a curly quote as mismatched', () => {
      const { markProblems } = findQuotes(text, paragraphs, []);
      const last = markProblems[markProblems.length - 1];
      assert.deepStrictEqual([last?.kind, last?.mark, last?.replacement, last?.end], ['mismatched', '"', '”', text.trimEnd().length]);
    });

    it("reports 'milestone' as a scare quote, not speech", () => {
      assert.ok(scareQuotes.some((s) => s.text === "'milestone'"));
      assert.ok(!quotes.some((q) => q.text === "'milestone'"));
    });

    it('reports the duplicated lines again', () => {
      assert.strictEqual(quotes.filter((q) => q.text.includes('Both sides will translate')).length, 2);
    });
  });
});
