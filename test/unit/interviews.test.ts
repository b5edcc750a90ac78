import * as assert from 'assert';
import { analyze } from '../../src/analysis';
import { Analysis, Quote } from '../../src/analysis/types';
import { speakerName } from '../../src/panel/quoteRows';

/** The name each quote containing `fragment` is listed under. */
function listedAs(analysis: Analysis, fragment: string): string[] {
  return analysis.quotes.filter((q: Quote) => q.text.includes(fragment)).map((q) => speakerName(analysis, q));
}

/** One layout as a table: each row names a fragment of a turn and whom the turns holding it are listed under. */
function turnTable(title: string, blocks: string[], rows: Array<{ rule: string; fragment: string; speakers: string[] }>): void {
  describe(title, () => {
    const analysis = analyze(blocks.join('\n\n'));
    const turns = analysis.quotes.filter((q) => q.cue === undefined);
    for (const r of rows) {
      it(r.rule, () => assert.deepStrictEqual(turns.filter((q) => q.text.includes(r.fragment)).map((q) => speakerName(analysis, q)), r.speakers));
    }
  });
}

describe('interviews (quotes/interviews.ts)', () => {
  const layouts: Array<{ name: string; text: string; answer: string; interviewee: string; firstPerson?: string }> = [
    {
      name: 'question paragraphs after an opening that says who is interviewed',
      text: 'Wikinews interviews Maria Lopez about the harbour\n\nLast week Wikinews interviewed Maria Lopez, the harbour master of Porto Lindo.\n\nHow did the season start?\n\nThe season started slowly because the ferries were late. I said at the time that we would catch up.\n\nWhat comes next?\n\nWe will build a second pier before the summer.',
      answer: 'second pier',
      interviewee: 'Maria Lopez',
      firstPerson: 'we would catch up',
    },
    {
      name: '"Q:" and "A:" labels',
      text: 'An interview with Daniel Okafor, who runs the city library.\n\nQ: Why did the library open on Sundays?\n\nA: Because families asked for it, and the council agreed to pay the staff.\n\nQ: Will it stay open?\n\nA: Yes, at least until the end of next year.',
      answer: 'families asked for it',
      interviewee: 'Daniel Okafor',
    },
    {
      name: 'name labels taking turns',
      text: 'The mayor spoke to our reporter about the floods.\n\nReporter: What went wrong in March?\n\nMayor Ruth Ames: The river rose faster than any model predicted.\n\nReporter: What will change?\n\nMayor Ruth Ames: We are moving the pumps to higher ground.',
      answer: 'river rose faster',
      interviewee: 'Ruth Ames',
    },
    {
      name: 'an opening where the interviewee is the subject ("X tells ...")',
      text: 'Biologist Nick Bos tells Wikinews about ants\n\nThe ants were studied for two years.\n\nWhat first attracted you to ants?\n\nI was always curious about how colonies fight disease together.\n\nHow reliable are the results?\n\nThe results held across three separate colonies.',
      answer: 'results held across',
      interviewee: 'Nick Bos',
    },
    {
      name: 'a title naming the interviewee before "An interview with"',
      text: 'Frank Messina: An interview with the poet of the stadium\n\nHow did you start writing?\n\nI started writing on the train to work every morning.\n\nWhy baseball?\n\nBaseball gave my father and me something to share.',
      answer: 'train to work',
      interviewee: 'Frank Messina',
    },
    {
      name: 'an opening that says "interviewed him" after a full name and a one-word name the recogniser takes for a person',
      text: 'Watching the sky: Tomas Virtanen about Kestrel\n\nTomas Virtanen is the director of Harper. Wikinews interviewed him last week.\n\nWhat does the project do?\n\nWe ask volunteers to look at pictures of the sky.\n\nHow many volunteers are there?\n\nAbout four thousand, more every week.',
      answer: 'four thousand',
      interviewee: 'Tomas Virtanen',
    },
    {
      name: 'a title naming the answering party, no entity, before "An interview with"; "we" in answers is that party',
      text: "The Lantern: An interview with the town's oldest paper\n\nHow do you choose the stories?\n\nWe start with the headline. We believe that a joke must come first.\n\nDo you ever run out of ideas?\n\nNever, the town gives us more every week.",
      answer: 'town gives us',
      interviewee: 'The Lantern',
      firstPerson: 'a joke must come first',
    },
  ];
  for (const c of layouts) {
    it(c.name, () => {
      const analysis = analyze(c.text);
      assert.deepStrictEqual(listedAs(analysis, c.answer).slice(0, 1), [c.interviewee]);
      // The quote with a cue ("I said that ...") inside the answer, not the answer itself.
      const firstPerson = c.firstPerson ? analysis.quotes.filter((q) => q.cue !== undefined && q.text.includes(c.firstPerson!)) : [];
      if (c.firstPerson) assert.deepStrictEqual(firstPerson.map((q) => speakerName(analysis, q)), [c.interviewee], `"I" in an answer is ${c.interviewee}`);
      // Questions are never the interviewee's.
      const questions = analysis.quotes.filter((q) => q.text.trim().endsWith('?') && !q.text.includes('\n'));
      assert.ok(questions.every((q) => speakerName(analysis, q) !== c.interviewee), 'a question attributed to the interviewee');
    });
  }

  turnTable(
    'turns between headings and captions',
    [
      'Interview with the sculptor Lena Marsh',
      'Saturday, May 2, 2020',
      'On May 1, sculptor Lena Marsh sat down with Tom Reyes for an interview in her studio.',
      'On bronze',
      'I wanted to know if you still cast your own bronze, since you moved the studio.',
      'Mostly, yes. Why would anyone hand that part away?',
      'Marsh with a cast in her studio. Image: Tom Reyes.',
      'Casting in the yard',
      'What comes next for you?',
      'A long series of small heads for the museum.',
      'A bronze head by Lena Marsh. Photo: Tom Reyes.',
      'Tell us about the plans of the museum, if you can.',
      'They want one room for each decade of my work.',
    ],
    [
      { rule: 'a question put as a statement ("Tell us about ...") is a question, the interviewer\'s ("sat down with X")', fragment: 'Tell us about', speakers: ['Tom Reyes'] },
      { rule: 'a question is the interviewer\'s', fragment: 'What comes next', speakers: ['Tom Reyes'] },
      { rule: "the answer to a question put as a statement is the interviewee's", fragment: 'one room for each decade', speakers: ['Lena Marsh'] },
      { rule: 'the block after a question answers it, though it ends in a question', fragment: 'Mostly, yes', speakers: ['Lena Marsh'] },
      { rule: 'a section heading is no answer', fragment: 'Casting in the yard', speakers: [] },
      { rule: "a caption opening with the interviewee's surname is no answer", fragment: 'Marsh with a cast', speakers: [] },
      { rule: 'a caption with a photo credit is no answer', fragment: 'A bronze head', speakers: [] },
      { rule: "the last answer is the interviewee's", fragment: 'small heads', speakers: ['Lena Marsh'] },
    ],
  );

  turnTable(
    'a dialogue that never says it is an interview',
    [
      'The future of the harbour',
      '"Ships will come back." Image: Piet Mol.',
      'Madam Mayor, do you think the harbour has a future?',
      'I think it has. We have the deepest water on the coast.',
      'How will you pay for the new quay?',
      'We will ask the region first. "Water is our oil." — Brandt, on the budget.',
      'And who else would pay for a quay, if not the region?',
      'The old docks',
      "Isn't the old dock a problem for you too?",
      'My answer is no. Our engineers checked it twice.',
    ],
    [
      { rule: 'questions to "you" answered in the first person are turns; the signer of a quote in an answer answers', fragment: 'deepest water', speakers: ['Brandt'] },
      { rule: 'the photographer named in a credit is no interviewee', fragment: 'ask the region', speakers: ['Brandt'] },
      { rule: 'the block after a section heading is a question, though the block before it asked', fragment: 'old dock a problem', speakers: [] },
      { rule: "the answer after a heading's question is the interviewee's", fragment: 'engineers checked', speakers: ['Brandt'] },
    ],
  );

  turnTable(
    'two interviewees who introduce themselves',
    [
      'Wikinews interviews Tom Berger and Ida Lenz of the Harbour Lights band',
      'Who plays in the band?',
      "I'm Tom Berger, I play the drums.",
      "And I'm Ida Lenz, I write the songs.",
      'When did you start?',
      'We started in a garage in 2010.',
      'How did you meet?',
      'Tom and I met at school, where he had a drum kit in the basement.',
      'And then?',
      'I asked Ida and Tom about their first record, and I still remember that day.',
    ],
    [
      { rule: "an answer that says \"I'm <name>\" is that person's", fragment: 'write the songs', speakers: ['Ida Lenz'] },
      { rule: 'the other answers stay with the interviewee the opening names first', fragment: 'play the drums', speakers: ['Tom Berger'] },
      { rule: 'an answer naming one of two interviewees is the other\'s', fragment: 'drum kit in the basement', speakers: ['Ida Lenz'] },
      { rule: 'an answer naming both stays with the first interviewee', fragment: 'first record', speakers: ['Tom Berger'] },
      { rule: 'an answer naming neither stays with the first interviewee', fragment: 'in a garage', speakers: ['Tom Berger'] },
    ],
  );

  turnTable(
    'two interviewees named together in the opening',
    [
      'Wikinews interviews Ana Silva and Marco Reyes, who run the corner bakery',
      'How does your day start?',
      'Ana and I bake every morning from four, before the shop opens.',
      'What sells best?',
      'The rye bread, every single day.',
    ],
    [
      { rule: 'the person joined to the interviewee by "and" answers too: an answer naming the first is the second\'s', fragment: 'bake every morning', speakers: ['Marco Reyes'] },
      { rule: 'an answer naming neither is the first interviewee\'s', fragment: 'rye bread', speakers: ['Ana Silva'] },
    ],
  );

  const asked = [
    'The harbour in spring',
    'Last week Portnews interviewed Maria Lopez, the harbour master of Porto Lindo.',
    'I believe that you had a slow start. Was it the ferries?',
    'Yes, the ferries were late all through March.',
    'What comes next?',
    'A second pier before the summer.',
  ];
  turnTable('an interviewer named before "interviewed" without an entity', asked, [
    { rule: 'a question is the interviewer\'s, named by the words before "interviewed"', fragment: 'What comes next', speakers: ['Portnews'] },
    { rule: 'an answer stays the interviewee\'s', fragment: 'ferries were late', speakers: ['Maria Lopez'] },
  ]);
  it('reads "I" in a question as the interviewer', () => {
    const analysis = analyze(asked.join('\n\n'));
    const said = analysis.quotes.filter((q) => q.cue !== undefined && q.text.includes('slow start'));
    assert.deepStrictEqual(said.map((q) => speakerName(analysis, q)), ['Portnews']);
  });

  it('lists an answer that is one signed quotation once', () => {
    const text = ['Wikinews interviewed Ida Brandt, the mayor.', 'What will the ferries cost?', '"Less than the bus, and we promise it." — Brandt, on fares.', 'When do they start?', 'In May, if the pier is ready.'].join('\n\n');
    const analysis = analyze(text);
    assert.strictEqual(analysis.quotes.filter((q) => q.kind === 'direct' && q.text.includes('Less than the bus')).length, 1);
  });

  it('reads no interview in an article with questions that never says it is one', () => {
    const text = 'Council raises parking fees\n\nWhy now? The council says the garages lose money.\n\nIs that true? Figures from last year show a small loss.\n\nWho pays? Mostly commuters from the suburbs, said Ann Lee.';
    const analysis = analyze(text);
    assert.ok(analysis.quotes.every((q) => q.cue !== undefined), 'a turn found in an article that is no interview');
  });

  it('takes no earlier interview for this one ("In a 2003 interview with ...")', () => {
    const text = 'Wikinews interviewed one of the owners of a bar in Boston.\n\nIn a 2003 interview with the Associated Press, Rick Santorum spoke about taxes.\n\nWhy did you name a drink after him?\n\nCustomers asked for it and it sold well.\n\nWill you keep it?\n\nFor as long as people order it.';
    const analysis = analyze(text);
    for (const name of listedAs(analysis, 'Customers asked')) assert.ok(!/Santorum|Associated Press/.test(name), name);
  });
});
