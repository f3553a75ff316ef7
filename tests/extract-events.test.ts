import { describe, expect, test } from 'vitest';
import { extractEvents } from '../pipeline/extract-events/index.js';
import { runFixtures } from './helpers/fixtures.js';
import { eventFixture } from './helpers/event-fixture.js';
import { furniture, tokenize } from '../pipeline/extract-events/tokens.js';

// Goldens: one line per mention (what a reviewer checks), plus the reasons of what was left out.
runFixtures('extract-events', (input) => {
  const { article, people, quoted, quotes } = eventFixture(input);
  const { mentions, messages } = extractEvents(article, people, quoted, undefined, quotes);
  return {
    mentions: mentions.map((m) => ({
      type: m.eventType,
      status: m.status,
      actors: m.actors,
      location: m.location,
      date: m.date ?? m.monthDay,
      dateText: m.dateText,
      trigger: m.trigger,
      rule: m.rule,
      reference: m.reference,
      sentence: article.text.slice(m.sentenceStart, m.sentenceEnd),
    })),
    leftOut: messages.map((m) => m.reason),
  };
});

describe('extractEvents', () => {
  test('an article without a date keeps the month-day so the year can be filled in later', () => {
    const { article, people, quoted } = eventFixture('date: null\ndateline: null\npeople: Anna Berg | Foreign Minister | Sweden; Paulo Reis | Foreign Minister | Brazil\n---\nBerg met Reis in Lisbon on March 3.');
    const [m] = extractEvents(article, people, quoted).mentions;
    expect(m?.date).toBeNull();
    expect(m?.monthDay).toBe('03-03');
    expect(m?.pendingDate?.text).toBe('March 3');
  });

  test('output is structured-cloneable (worker-safe)', () => {
    const { article, people, quoted } = eventFixture('date: 2021-01-05\ndateline: null\npeople: Anna Berg | Foreign Minister | Sweden\n---\nBerg criticised the plan on Monday.');
    const out = extractEvents(article, people, quoted);
    expect(out.mentions).toHaveLength(1);
    expect(structuredClone(out)).toEqual(out);
  });
});

describe('places', () => {
  const place = (body: string) => {
    const { article, people, quoted } = eventFixture(`date: 2021-01-05\ndateline: LIMA\npeople: Anna Berg | Foreign Minister | Sweden; Paulo Reis | Foreign Minister | Brazil\n---\n${body}`);
    return extractEvents(article, people, quoted).mentions[0]?.location;
  };
  test.each([
    ['Berg met Reis in Lisbon on Monday.', 'Lisbon'],
    ['Berg met Reis on Monday in Lisbon.', 'Lisbon'],
    ['Berg met Reis at the Palacio Hotel in Lisbon on Monday.', 'Palacio Hotel, Lisbon'],
    ['Berg met Reis here on Monday.', 'Lima'],
    ['In the northern port of Varsund, Berg met Reis on Monday.', 'Varsund'],
    // A capitalised name followed by a lowercase noun modifies it: a product, not a place; the
    // meeting is then placed at the dateline, the default for the article's news.
    ['Berg met Reis on Monday to talk about investment in Condor Shield radars.', 'Lima'],
    // Where a journey ended is the place of the clause it fronts.
    ['Soon after flying in to Lisbon on Monday, Berg had talks with Reis.', 'Lisbon'],
    // A place in the object of an earlier coordinated verb is not this verb's place.
    ['Berg said a mission should be based in Porvik and criticised the plan on Monday.', 'Lima'],
    // Where a statement was made: its reporting clause.
    ['"The plan is unacceptable," Berg told reporters in Porvik on Monday.', 'Porvik'],
    // A state other than the dateline's acts at home: no place (the dateline is Lima, Peru).
    ['Japan condemned the plan on Monday.', null],
    ['Peru condemned the plan on Monday.', 'Lima'],
  ] as [string, string | null][])('%s → %s', (body, expected) => {
    expect(place(body) ?? null).toBe(expected);
  });
});

describe('event types', () => {
  const types = (body: string) => {
    const { article, people, quoted } = eventFixture(`date: 2021-01-05\ndateline: null\npeople: Anna Berg | Foreign Minister | Sweden; Paulo Reis | Foreign Minister | Brazil\n---\n${body}`);
    return extractEvents(article, people, quoted).mentions.map((m) => m.eventType);
  };
  test.each([
    ['Berg dismissed the opposition as a spent force on Monday.', ['ACCUSE']],
    ['Berg dismissed the claim on Monday.', ['REJECT']],
    // Someone's own briefing is not a meeting; a joint one is.
    ['At his weekly press conference on Monday, Reis criticised the plan.', ['ACCUSE']],
    ['Berg and Reis held a joint press conference on Monday.', ['CONSULT']],
  ])('%s → %j', (body, expected) => {
    expect(types(body)).toEqual(expected);
  });
});

test('a place after `in` is where the actor is, not another actor', () => {
  const { article, people, quoted } = eventFixture('date: 2021-01-05\ndateline: null\npeople: \n---\nThe top bishop in England and Wales backed the plan on Monday.');
  expect(extractEvents(article, people, quoted).mentions.map((m) => m.actors)).toEqual([]);
});

describe('not events between actors', () => {
  const mentions = (body: string) => {
    const { article, people, quoted } = eventFixture(`date: 2021-01-05\ndateline: null\npeople: Anna Berg | Mayor | Sweden\n---\n${body}`);
    return extractEvents(article, people, quoted).mentions.map((m) => [m.eventType, m.actors]);
  };
  test.each([
    ['Mayor Anna Berg visited the crash site on Monday.', []],
    ['Berg visited the flooded area on Monday.', []],
    ['Berg visited Norway on Monday.', [['CONSULT', ['Anna Berg']]]],
  ])('%s', (body, expected) => {
    expect(mentions(body)).toEqual(expected);
  });
  test('a name in quotation marks is not an actor, even when it reads as a person', () => {
    const { article, people, quoted } = eventFixture('date: 2021-01-05\ndateline: null\npeople: Anna Berg | Mayor | Sweden; Cold Harbor | | \n---\nBerg met the cast of "Cold Harbor" in Lisbon on Monday.');
    const actors = extractEvents(article, people, quoted).mentions.flatMap((m) => m.actors);
    expect(actors).toContain('Anna Berg');
    expect(actors).not.toContain('Cold Harbor');
  });
});

describe('who acts', () => {
  const events = (body: string, people = 'Anna Berg | Minister | Sweden; Paulo Reis | Minister | Brazil') => {
    const { article, people: ps, quoted } = eventFixture(`date: 2021-01-05\ndateline: null\npeople: ${people}\n---\n${body}`);
    return extractEvents(article, ps, quoted).mentions.map((m) => [m.eventType, m.actors]);
  };
  test('a possessor is not the actor', () => {
    expect(events("Berg's colleagues refused to support the bill on Monday.")).toEqual([]);
    expect(events("Berg's aides said on Monday that Reis rejected the offer.")).toEqual([['REJECT', ['Paulo Reis']]]);
  });
  test('a warning with a condition is a threat', () => {
    expect(events('Berg warned on Monday that there could be strikes unless wages rise.')).toEqual([['THREATEN', ['Anna Berg']]]);
    // A warning about an actor is an accusation; a forecast is none.
    expect(events('Berg warned on Monday that Brazil had cut wages.')).toEqual([['ACCUSE', ['Anna Berg']]]);
    expect(events('Berg warned on Monday that more rain was expected.')).toEqual([]);
  });
  test('an organisation actor does not keep the sentence full stop', () => {
    expect(events('The plan was condemned on Monday by unions and the Farmers Union.', '').flatMap(([, a]) => a)).toContain('Farmers Union');
  });
});

test('an organisation named with an article or a possessive is the organisation', () => {
  const names = (body: string) => {
    const { article, people, quoted } = eventFixture(`date: 2021-01-05\ndateline: null\npeople: \n---\n${body}`);
    return extractEvents(article, people, quoted).mentions.flatMap((m) => m.actors);
  };
  expect(names('A Harbour Union spokesman denied the claim on Monday.')).toEqual(['Harbour Union']);
  expect(names("The Farmers Union' campaign director denied the claim on Monday.")).toEqual(['Farmers Union']);
  expect(names('Senior members of Harbour Union denied the claim on Monday.')).toEqual(['Harbour Union']);
});

describe('readings that report no event, or another type', () => {
  const read = (body: string) => {
    const { article, people, quoted, quotes } = eventFixture(`date: 2021-01-05\ndateline: null\npeople: Anna Berg | Minister | Sweden; Paulo Reis | Minister | Brazil\n---\n${body}`);
    return extractEvents(article, people, quoted, undefined, quotes).mentions.map((m) => [m.eventType, m.actors]);
  };
  test.each([
    // No position taken.
    ['Berg refused to comment on Monday.', []],
    // An inverted condition is no report.
    ['Had Berg rejected the offer, the talks would have failed.', []],
    // Advice to the public is no accusation; a warning to an actor is.
    ['Berg warned residents to stay indoors on Monday.', []],
    ['Berg warned Reis on Monday that the quotas were too low.', [['ACCUSE', ['Anna Berg']]]],
    // People of a country are not the state acting.
    ['A Swedish man criticised the plan on Monday.', []],
    // Nor are its media.
    ['The Swedish media criticised the plan on Monday.', []],
    // A superlative participle describes; it reports no visit.
    ["Five million visitors made the gallery Sweden's most visited museum in 2020.", []],
    // Meeting a challenge is no meeting.
    ['Berg met everything else head on.', []],
    // Nor is meeting a ball in play.
    ["Berg met Reis's cross with a header into the far corner.", []],
    // A violation that would be is a warning, not an accusation made.
    ['Berg said that a launch would represent a serious violation of the treaty.', []],
    ['Berg said that the launch was a serious violation of the treaty.', [['ACCUSE', ['Anna Berg']]]],
    // Dismissive words reject a claim, or criticise a deed.
    ['Berg said the claims were absurd.', [['REJECT', ['Anna Berg']]]],
    ['Berg said it was absurd to tax fishermen for their boats.', [['ACCUSE', ['Anna Berg']]]],
    // `the will` is no future: a hope is a demand only when others will act.
    ['Berg said: "I hope we find a way if the will is there."', []],
    ['Berg said: "We hope Brazil will lift the ban."', [['REQUEST', ['Anna Berg']]]],
    // Mostly-plural nouns are verbs only between a subject and an object.
    ['Brazil responded to new UN sanctions with a missile test on Monday.', []],
    ['The resolution condemns the attack and demands a ceasefire.', []],
    ['Berg condemns the attack and demands a ceasefire.', [['ACCUSE', ['Anna Berg']], ['REQUEST', ['Anna Berg']]]],
    // A fronted subordinate clause names neither the subject nor hides the time.
    ['While some Brazilian officials welcomed the vote, Berg criticised the move.', [['SUPPORT', ['Brazil']], ['ACCUSE', ['Anna Berg']]]],
    // A passive without its agent names no actor, adverbs inside the verb group notwithstanding.
    ['Berg said he was brutally interrogated at the camp.', []],
    // A participle after its clause's own verb is a modifier: `measures agreed with Brazil`.
    ['The plan is part of a package of measures agreed with Brazil.', []],
    // `it is vital that we ...` is the speaker's own resolve; `that Brazil ...` a demand.
    ['Berg said: "It is vital that we move ahead with the reform."', []],
    ['Berg said: "It is vital that Brazil lifts the ban."', [['REQUEST', ['Anna Berg']]]],
    // Militants of a country are not its state; `Four months ago` is background.
    ['Swedish militants attacked the port on Monday.', []],
    // A second clause joined by `and` has its own subject.
    ['Reis was abroad and the Farmers Union rejected the plan on Monday.', [['REJECT', ['Farmers Union']]]],
    // A verbal attack is an accusation, a physical one an assault.
    ['Berg launched an attack on the spending plans on Monday.', [['ACCUSE', ['Anna Berg']]]],
    ['Berg reiterated calls for a ceasefire on Monday.', [['REQUEST', ['Anna Berg']]]],
    // Physical senses of verbal triggers.
    ['Berg slammed into the barrier on Monday.', []],
    ['Berg and Reis called off their engagement on Monday.', []],
    // Mere facts confirmed are no agreement.
    ['Berg and Reis confirmed another missile test on Monday.', []],
    // Politicians (campaigners, voters, ...) of a country are not the state.
    ['Swedish politicians hailed the ruling on Monday.', []],
    // Another's act relayed by a speaker is that act, not the speaker's statement.
    ['The two "agreed that Brazil must lift the ban," the Swedish government said.', []],
    // A wish about how things turn out is no demand; one addressed to an actor (even in brackets) is.
    ['Berg said: "I hope that everything will be fine for him."', []],
    ['Berg said: "We hope (Brazil) will lift the ban."', [['REQUEST', ['Anna Berg']]]],
    // `what X described as`: what was said follows `as`.
    ['Berg listed two problems: the quotas and what Reis described as indiscriminate shelling by the navy.', [['ACCUSE', ['Paulo Reis']]]],
    // Every sentence of a quotation is read; the strongest reading wins.
    ['"Find the smugglers. Show them no mercy," Berg said.', [['THREATEN', ['Anna Berg']]]],
    // General dismissal vocabulary.
    ['"The report gives no particular facts, so it is mere words," Berg said.', [['REJECT', ['Anna Berg']]]],
    ['"The process has been fair and peaceful so far," Reis said.', [['SUPPORT', ['Paulo Reis']]]],
    ['"This is completely separated from reality," Reis said.', [['ACCUSE', ['Paulo Reis']]]],
    // A relative clause's subject is its antecedent; a group a named state joins stands for it.
    ['The Harbour Union, which rejected the plan on Monday, met again.', [['REJECT', ['Harbour Union']]]],
    ['Sweden is joining a growing number of countries that rejected the pact on Monday.', [['REJECT', ['Sweden']]]],
    ['The countries that rejected the pact on Monday are few.', []],
    // A question asks nothing of anyone; `can and must` is a demand on the subject before both.
    ['"What does Brazil have to do with that?" Berg said.', []],
    ['"Must Brazil always pay?" Berg said.', []],
    ['Berg said the findings raised "questions that only Brazil can and must answer."', [['REQUEST', ['Anna Berg']]]],
    // A pronoun subject right after a reporting verb is that verb's subject.
    ['The Harbour Union says it "condemns this attack in the strongest terms".', [['ACCUSE', ['Harbour Union']]]],
    // A habit is no happening; a person described by a demonym is no state.
    ['Reis meets Swedish officials regularly.', []],
    ['Lars Holm, a Swedish political analyst who criticised the plan on Monday, spoke.', []],
  ])('%s', (body, expected) => {
    expect(read(body)).toEqual(expected);
  });
});

test("commentators' words are no event; an official's are", () => {
  const read = (body: string) => {
    const { article, people, quoted, quotes } = eventFixture(`date: 2021-01-05\ndateline: null\npeople: Lena Odin | Analyst | Sweden; Paulo Reis | Minister | Brazil\n---\n${body}`);
    return extractEvents(article, people, quoted, undefined, quotes).mentions.map((m) => [m.eventType, m.actors]);
  };
  expect(read('Odin said the blockade was a provocation.')).toEqual([]);
  expect(read('Reis said the blockade was a provocation.')).toEqual([['ACCUSE', ['Paulo Reis']]]);
});

describe('background and the narrative', () => {
  const read = (body: string, date = '2021-01-07') => {
    const { article, people, quoted, quotes } = eventFixture(`date: ${date}\ndateline: null\npeople: Anna Berg | Minister | Sweden; Paulo Reis | Minister | Brazil\n---\n${body}`);
    return extractEvents(article, people, quoted, undefined, quotes).mentions.map((m) => [m.eventType, m.status, m.date, m.actors]);
  };
  test('a reply to a sentence that tells no event is context, left out; a reply to news is news', () => {
    expect(read('Reis was freed on Thursday.\n\nAt his trial, Reis was accused of spying. He denied this.')).toEqual([]);
    expect(read('Berg accused Reis of spying on Wednesday. Reis denied this.')).toEqual([
      ['ACCUSE', 'occurred', '2021-01-06', ['Anna Berg']],
      ['REJECT', 'occurred', '2021-01-06', ['Paulo Reis']],
    ]);
  });
  test('a verb in an appositive after a reporting verb is not reported speech: `has denied` past the lead is background', () => {
    expect(read('Berg met Reis on Thursday.\n\nThe quotas rose.\n\nThe navy sank a boat that Sweden said carried arms, an allegation Brazil has denied.')).toEqual([
      ['CONSULT', 'occurred', '2021-01-07', ['Anna Berg', 'Paulo Reis']],
    ]);
  });
  test('`he` is the subject of the sentence before, not the last name in it', () => {
    expect(read('Berg rejected claims that Reis had failed on Wednesday.\n\n"This is not true," he said.').map((m) => m[3])).toEqual([['Anna Berg'], ['Anna Berg']]);
  });
  test("the speaker's words that follow share the time of the act they explain", () => {
    expect(read('Berg on Tuesday rejected claims that Sweden had failed.\n\n"We are accused of nothing. This is not true," she said.').map((m) => m[2])).toEqual(['2021-01-05', '2021-01-05']);
  });
  test('a refusal announced is made now; the time after it is the refused act\'s', () => {
    expect(read('Sweden will refrain from signing the pact in March, the government said on Wednesday.')).toEqual([['REJECT', 'occurred', '2021-01-06', ['Sweden']]]);
    expect(read('Berg will not sign the pact in March, she said on Wednesday.')).toEqual([['REJECT', 'occurred', '2021-01-06', ['Anna Berg']]]);
  });
  test('a fragment quoted inside narration is no saying', () => {
    expect(read("Sweden demanded answers on Wednesday after the 'despicable' attack on the port.")).toEqual([['REQUEST', 'occurred', '2021-01-06', ['Sweden']]]);
  });
  test("a participle's saying has the main clause's time and aspect", () => {
    expect(read("Berg met Reis on Wednesday.\n\nThe quotas rose.\n\nBerg had revealed in May that Brazil had spied on her, saying she had proof of the 'outrageous' spying.").map((m) => [m[0], m[1], m[2]])).toEqual([
      ['CONSULT', 'occurred', '2021-01-06'],
      ['ACCUSE', 'background', '2020-05'],
    ]);
  });
  test('one statement per sentence and type: the speaker, not also the office they speak for', () => {
    expect(read('The Brazilian presidential spokesman Paulo Reis stressed that the claims were "baseless".').map((m) => m[3])).toEqual([['Paulo Reis']]);
  });
  test('a sentence telling no event still sets the day of the narrative that follows', () => {
    expect(read("Reis's hearing, held Tuesday, ended by noon. Reis asked the court for leniency.").map((m) => m[2])).toEqual(['2021-01-05']);
  });
});

test("a one-word name right before another's title and name modifies the title: no second signer", () => {
  const { article, people, quoted } = eventFixture('date: 2021-01-05\ndateline: null\npeople: Lakonian | |; Carl Puig | Leader | Lakonia\n---\nLakonian leader Carl Puig signed a declaration of independence on Monday.');
  expect(extractEvents(article, people, quoted).mentions).toEqual([]);
});

describe('classes found by hand-checking rows of real news', () => {
  const read = (body: string, extra = '') => {
    const { article, people, quoted, quotes } = eventFixture(`date: 2021-01-07\ndateline: null\npeople: Anna Berg | Minister | Sweden; Paulo Reis | Minister | Brazil${extra}\n---\n${body}`);
    return extractEvents(article, people, quoted, undefined, quotes).mentions.map((m) => [m.eventType, m.actors]);
  };
  test.each([
    // `a firm called X` names the firm; nobody phoned.
    ['A firm called Paulo Reis Holdings hired Berg.', []],
    // The possessor of who acts is not the actor.
    ["Lars Holm, Berg's former press secretary, criticised the plan on Monday.", []],
    // A possessor is no pronoun's referent.
    ["Reis wrote a letter.\n\nWhile saying he admired Berg's leadership, he criticised the plan on Monday.", [['ACCUSE', ['Paulo Reis']]]],
    // `X said he ...`: the reporter.
    ['After Berg spoke, Reis said he had accepted the offer on Monday.', [['AGREE', ['Paulo Reis']]]],
    // A rejection word on a noun that is no claim disparages it.
    ['"The Tories are an irrelevant party," Berg said.', [['ACCUSE', ['Anna Berg']]]],
    ['"The claims are irrelevant," Berg said.', [['REJECT', ['Anna Berg']]]],
    // Praise words under a loss are none; another's condemnation quoted is not the speaker's.
    ['Berg said the war had hit trust in politicians hard.', []],
    ['"They have condemned these tests like everyone else," Berg said.', []],
    // A saying verb with a noun phrase says nothing here.
    ['Berg announced her divorce in 2014 with a laughable line.', []],
    // A city's police is that force, not the state.
    ['The zone was requested by Oslo police on Monday.', [['REQUEST', ['Oslo police']]]],
    // A non-restrictive relative clause with no time describes; repeated acts are context.
    ['Berg, who met Reis on the set of a film, has two sons.', []],
    ['The council has on numerous occasions condemned the plan, calling for a halt.', []],
    ['Berg had said for years that she would not support the plan.', []],
    // A clause of its own after `although` is no longer what was said.
    ['Berg said the timing was fine, although Brazil had requested access to the files.', []],
    // A place after a preposition modifies the subject; seeking needs something sought from others.
    ['"Taxpayers in Brazil should see little change," Berg said.', []],
    ['Brazil has sought a technological prowess of its own.', []],
    ['Brazil sought talks with Sweden on Monday.', [['REQUEST', ['Brazil']]]],
    // Outlets explain; their words are no position taken.
    ['"Offshore accounts are used by criminals," the Lindholm Times said.', []],
    // `should have been` reproaches; a condition states nothing; praise of oneself backs no one.
    ['Berg said the money should have been used to reduce poverty.', [['ACCUSE', ['Anna Berg']]]],
    ['"It would be troubling if Brazil did not accept the ruling," Berg said.', []],
    ['"We take pride in exemplary service," Berg said.', []],
    // A warning against doing something urges others not to.
    ['Berg warned against drawing hasty conclusions on Monday.', [['REQUEST', ['Anna Berg']]]],
    // Meeting one's future spouse is no meeting between actors.
    ['Reis met his future wife at university.', []],
    // A passive's speaker is its agent.
    ['Her comments have been described as "irresponsible" by the Harbour Union.', []],
    // Public outrage mobilised is no condemnation by the speaker; the law of negligence is a term.
    ['Berg said the movement had failed to mobilise public outrage.', []],
    ['Berg said the ruling left the common law of negligence open.', []],
    // Attacking the way something was done is verbal; branding criticisms rubbish rejects them.
    ['Berg attacked the way the plan was sold to the public.', [['ACCUSE', ['Anna Berg']]]],
    ['Berg brands such criticisms as "absolutely rubbish".', [['REJECT', ['Anna Berg']]]],
    // A rule announced for anyone is no demand on an actor.
    ['Anyone moving to Brazil will have to pass a test, Berg has said.', []],
  ])('%s', (body, expected) => {
    expect(read(body)).toEqual(expected);
  });
  test('a one-word name the article also writes in lower case is a common noun', () => {
    expect(read('Gunman attacked the consulate on Monday. The gunman fled.', '; Gunman | |')).toEqual([]);
  });
  test('a contraction and a place found as names are no people', () => {
    expect(read("We've called for a pension rise.", "; We've | |")).toEqual([]);
    expect(read('Speaking from a cafe in Brick Lane, Reis said he had accepted the offer on Monday.', '; Brick Lane | |')).toEqual([['AGREE', ['Paulo Reis']]]);
  });
  test('a weekday after a report\'s date is the next day, across the date line', () => {
    const { article, people, quoted } = eventFixture('date: 2021-01-07\ndateline: null\npeople: \n---\nBrazil fired a missile on Friday.');
    expect(extractEvents(article, people, quoted).mentions.map((m) => m.date)).toEqual(['2021-01-08']);
  });
});

test("what the speaker's own country should do asks nothing, when another mention of the speaker gives the country", async () => {
  const { analyzeArticle } = await import('../pipeline/index.js');
  const text = 'Budget row\n\nChilean Prime Minister Ana Prieto spoke on Thursday. "Chile should save more, and soon," Prieto said.\n';
  const raw = { articleId: 'c', file: 'c.txt', format: 'txt' as const, sha256: '0'.repeat(64), bytes: text.length, meta: {}, raw: text };
  expect(analyzeArticle(raw).events.filter((m) => m.eventType === 'REQUEST')).toEqual([]);
});

describe('page furniture', () => {
  const people = 'people: Anna Berg | Foreign Minister | Sweden; Paulo Reis | Foreign Minister | Brazil';
  test('a teaser list run together in capitals among ordinary words reports nothing', () => {
    const { article, people: p, quoted } = eventFixture(`date: 2021-01-05\ndateline: null\n${people}\n---\nMOST READ IN WORLD NEWS TODAY ONLINE Berg met Reis in Lisbon on Monday and more stories.`);
    expect(extractEvents(article, p, quoted).mentions).toHaveLength(0);
  });
  test('a wire written all in capitals is text, not furniture', () => {
    expect(furniture(tokenize('BERG MET REIS IN LISBON ON MONDAY TO DISCUSS TRADE.', 0, 51))).toBe(false);
    expect(furniture(tokenize('MOST READ IN WORLD NEWS TODAY ONLINE Berg met Reis in Lisbon.', 0, 62))).toBe(true);
  });
});

test('a statement whose cue has a group subject (both said) speaks for everyone named before it', () => {
  const body = 'President Lise Moran and Prime Minister Taro Ishida gathered their cabinets on Tuesday, during which both said they could "not accept" a blockade of the strait.';
  const { article, people } = eventFixture(`date: 2021-06-09\ndateline: null\npeople: Lise Moran | President | Chile; Taro Ishida | Prime Minister | Japan\n---\n${body}`);
  const start = article.text.indexOf('not accept');
  const quote = { articleId: article.articleId, text: 'not accept', quoteStart: start, quoteEnd: start + 10, sentenceStart: 0, sentenceEnd: article.text.length, speaker: 'Taro Ishida', speakerMention: 'Taro Ishida', cue: 'said', partial: true, rule: 'test', groupKey: null };
  const rejects = extractEvents(article, people, [[start - 1, start + 11]], undefined, [quote]).mentions.filter((m) => m.eventType === 'REJECT');
  expect(rejects.map((m) => m.actors)).toEqual([['Lise Moran', 'Taro Ishida']]);
});
