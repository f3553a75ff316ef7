/**
 * Word lists the event rules share: general English vocabulary (nouns that name talks, captives,
 * troops, sanctions; adverbs that may sit inside a verb group; group nouns), as data.
 */

/** A comma-separated list as a set (entries may be phrases of several words). */
export const words = (s: string): ReadonlySet<string> => new Set(s.split(',').map((w) => w.trim()).filter(Boolean));

/** The numbers of words of the entries of a set (for phrase lookups). */
export const phraseLengths = (set: ReadonlySet<string>): number[] => [...new Set([...set].map((w) => w.split(' ').length))].sort((a, b) => a - b);

/** Nouns that name a meeting or a conversation. */
export const TALK_NOUNS = words('talks, talk, meeting, meetings, summit, summits, discussions, discussion, consultations, negotiations, conversation, conversations, phone call, telephone call, conference call, video call, news conference, press conference, dialogue');

/** Partners one meets as a spouse, not a party (`met his wife in 1990`); still people after a possessive (`met Reis's wife`). */
/** Forms of `be` before a past participle: a passive (`was described as`, `was dismissed as`). */
export const PASSIVE_BE = words('been, was, were, is, are, being, be');

export const SPOUSE_WORDS = words('wife, husband, girlfriend, boyfriend, fiancee, fiance, spouse, partner');
/** Objects that make `met` mean satisfying (`met the deadline`), a spouse or a ball in play, not a meeting. */
export const MET_NOT_MEETING: ReadonlySet<string> = new Set([...SPOUSE_WORDS, ...words('target, targets, rule, rules, deadline, deadlines, demand, demands, criteria, requirement, requirements, standard, standards, cost, costs, goal, goals, condition, conditions, expectation, expectations, need, needs, obligation, obligations, threshold, thresholds, quota, quotas, test, tests, pledge, pledges, promise, promises, commitment, commitments, resistance, opposition, criticism, fate, end, death, approval, everything, anything, something, nothing, challenge, challenges, problem, problems, question, questions, cross, crosses, ball, pass, corner, delivery, header, shot')]);

/** What `agreed` continues with when it reports an agreement (`agreed to`, `agreed on`); a bare `X agreed, but` is assent. */
export const AGREED_NEXT = words('to, with, on, that, upon, in, at, during, after, before, a, an, the, terms, last, this, late, early, plans, steps, measures');

/** What one actor seeks from another (`sought talks`, `sought clarification from`): not a goal of one's own (`sought prowess`). */
export const REQUESTED_THINGS = words('from, talks, meeting, meetings, help, assistance, aid, support, backing, clarification, explanation, explanations, answers, assurances, assurance, guarantees, guarantee, release, extradition, asylum, access, permission, approval, compensation, apology, damages, injunction, ceasefire, truce, dialogue, negotiations, information, cooperation, investigation, inquiry, review, sanctions, intervention, mediation, recount, referendum, resignation');

/** What an admission owns when it concedes (`admitted his guilt`, `acknowledged that it had lied`): faults, defeat, blame. */
export const CONCESSIONS = words('guilt, guilty, mistake, mistakes, error, errors, wrong, wrongly, wrongdoing, fault, faults, failure, failures, failed, failing, lie, lies, lied, lying, misled, deceived, responsibility, responsible, liability, blame, defeat, breach, breached, breaches, broke, broken, violated, violation, misconduct, negligence, charge, charges, count, counts, felony, offence, offences, offense, offenses, crime, crimes, fraud, cheating, cheated, doping, bribes, bribery, involvement, role, shortcomings, flaws, lapses, lapse, misjudged, too, regret, sorry, apologise, apologize, abuse, abused, killed, killing, bombed, attacked, attack, struck, shot, fired, targeted, caused, damaged, harmed, injured, deaths, casualties, civilians, hacked, leaked, overcharged, flouted, ignored, mishandled');

export const AGREEMENT_NOUNS = words('agreement, agreements, deal, deals, accord, accords, consensus, understanding, compromise, settlement, truce, ceasefire, cease-fire, pact, treaty, arrangement');
export const CONCERN_NOUNS = words('concern, concerns, worries, worry, alarm, dismay, displeasure, anger, disappointment, objection, objections, outrage, indignation, fear, fears, regret, doubts, doubt, skepticism, scepticism, criticism, protest');
export const SUPPORT_NOUNS = words('support, backing, solidarity, faith, confidence, gratitude, thanks, appreciation, sympathy, condolences');
export const AID_NOUNS = words('aid, assistance, relief, supplies, funding, loan, loans, grant, grants, donation, donations, food, medicine, medicines, vaccines, weapons, arms, equipment');
export const CAPTIVE_NOUNS = words('prisoners, prisoner, hostages, hostage, detainees, detainee, captives, captive, activists, journalists, journalist, inmates, sailors, soldiers, dissidents, pilot, crew, fishermen');
export const TROOP_NOUNS = words('troops, soldiers, forces, warships, ships, jets, fighter, fighters, bombers, tanks, reservists, battalion, battalions, marines, paratroopers, police, riot police, artillery, missiles, carrier, submarines, drones');
export const MISSILE_NOUNS = words('missile, missiles, rocket, rockets, satellite, icbm, icbms, warhead, nuclear, weapon, projectile, projectiles');
export const MILITARY_DRILL_NOUNS = words('exercise, exercises, drill, drills, manoeuvres, maneuvers, test, tests, war games');
export const SANCTION_NOUNS = words('sanctions, sanction, embargo, embargoes, tariffs, tariff, penalties, restrictions, no-fly zone, ban, travel ban, asset freeze, measures');
export const ATTACK_NOUNS = words('attack, attacks, strike, strikes, airstrike, airstrikes, air strike, air strikes, raid, raids, air raids, offensive, assault, bombing, bombings, bombardment, shelling, operation, incursion');
export const PROTEST_NOUNS = words('protest, protests, rally, rallies, demonstration, demonstrations, strike, strikes, walkout, sit-in, march, marches, vigil, boycott');
export const TIES_NOUNS = words('ties, relations, contacts, talks, cooperation');
export const CUSTODY_PHRASES = words('in custody, in detention, in jail, in prison, under arrest, under house arrest');

/** Objects of `dismissed ... as` that are claims (rejecting them), not people (disparaging them). */
export const PROPOSITION_NOUNS = words('claim, claims, information, data, report, reports, article, articles, headline, headlines, coverage, research, study, studies, survey, surveys, analysis, figures, forecast, forecasts, estimate, estimates, ruling, rulings, allegation, allegations, accusation, accusations, idea, ideas, suggestion, suggestions, notion, charge, charges, proposal, proposals, criticism, speculation, talk, rumour, rumours, rumor, rumors, finding, findings, argument, arguments, verdict, decision, result, results, statement, statements, warning, warnings, threat, threats, criticisms, story, stories, theory, account, evidence, concerns, fears, move, plan, plans, offer, request, demand, demands, appeal, case, bid, complaint, complaints');

/** Objects that make `attacked` a verbal attack (ACCUSE), not a physical one. */
export const VERBAL_TARGETS = words('way, manner, cost, costs, record, budget, plans, spending, handling, idea, notion, suggestion, failure, handling, treatment, scheme, law, legislation, rules, measures, tax, taxes, cuts, policy, government, chancellor, president, minister, premier, leader, leadership, policy, policies, plan, plans, decision, decisions, remarks, comments, statement, opposition, party, critics, media, press, reaction, record, handling, approach, stance, proposal, proposals, rivals, rival, budget, reform, reforms, bill, deal, speech, claims, coalition, administration, cabinet, judge, judges, court, ruling, report');

/** Participles that give the words of what came before (`attacked X, saying they ...`): a verbal act. */
export const SPEECH_PARTICIPLES = words('saying, claiming, calling, describing, branding, labelling, labeling, accusing, arguing, insisting, adding, warning, telling');

/** Adverbs that may sit inside a verb group (`has also agreed`, `will formally sign`). */
export const VERB_GROUP_ADVERBS = words('also, again, then, soon, likely, probably, formally, each, both, all, now, later, officially, first, reportedly, allegedly, apparently, already, previously, once, recently, just, heavily, strongly, firmly, publicly, openly, quickly, immediately, still, jointly, repeatedly, sharply, bitterly, fiercely, vehemently, separately, personally, directly, further, finally, eventually, initially, originally, effectively, swiftly, promptly, long, since, ever, even, never, not, today, yesterday, tonight, duly, briefly, privately, secretly, unanimously, overwhelmingly, narrowly, angrily, roundly, flatly, categorically, emphatically, implicitly, explicitly, indirectly, verbally, herself, himself, themselves, itself, however, meanwhile, too, in, turn, last, night, week, on, this, morning, afternoon, evening');

/** Adverbs in the verb group that place the event before the news: `previously`, `once`, `has long`. */
export const BACKGROUND_ADVERBS = words('previously, recently, once, formerly, long, repeatedly, often, already, earlier, originally, initially, ever, since, '
  // Habits are no single event (`frequently worked with`).
  + 'frequently, regularly, routinely, usually, habitually, typically, traditionally, sometimes, occasionally, customarily');

/** Cues before `to + verb` that make it planned (`plans to meet`, `is due to sign`). */
export const PLAN_CUES = words('plan, plans, planned, planning, intend, intends, intended, intending, aim, aims, aimed, expect, expects, expected, scheduled, due, set, slated, poised, going, hope, hopes, hoped, is, are, was, were, agreed, agree, agrees, decided, decide, decides, prepared, preparing, ready, wants, want, wanted, wish, wishes, seeks, sought, seek, vowed, vows, pledged, pledges, promised, promises, offered, offers, proposed, proposes, invited, set');
/** Cues before `to + verb` that report the verb as done (`managed to seal a deal`, `went on to sign`). */
export const DONE_CUES = words('managed, went, moved, proceeded, voted, rushed, hurried, finally, succeeded, used, helped');

/** Modal verbs: what follows is hypothetical (or, for `would` in reported speech, planned). */
export const MODALS = words('could, might, may, should, must, can, cannot, would, ought');
export const FUTURE = words('will, shall, wo, ll');

/** Reporting verbs: the complement is what was said. */
export const REPORTING_VERBS = words('said, says, say, told, tells, stated, states, stressed, stresses, added, adds, insisted, insists, argued, argues, announced, announces, declared, declares, noted, notes, explained, explains, claimed, claims, wrote, writes, tweeted, posted, reiterated, reiterates, repeated, emphasised, emphasized, underlined, maintained, maintains, asserted, asserts, warned, warns, suggested, suggests, believes, believed, thinks, described, describes, called, calls, admitted, acknowledged, conceded, confirmed, vowed, vows, pledged, promised, predicted, hinted, revealed, reveals, disclosed, discloses, recalled, recalls, recounted, alleges, testified, testifies');

/** Group nouns and phrases that stand for the participants of the article's main event. */
export const GROUP_SUBJECTS = words('both, both sides, the two sides, both parties, the two parties, the parties, the sides, both countries, the two countries, both nations, the two nations, both governments, the two governments, both leaders, the two leaders, the two men, the two women, the pair, the two, the three, the four, the three leaders, the leaders, the ministers, the participants, all participants, participants, the delegates, delegates, major powers, world powers, the powers, diplomats, the diplomats, negotiators, the negotiators, the allies, both men, both women, all sides, all parties, the three countries, the two ministers, the foreign ministers, foreign ministers, the group, they');

/** Time words that say a clause is about the news day (not background): `last night`, `this morning`. */
export const NIGHT_WORDS = words('night, morning, afternoon, evening');

/** Words before a `-s` form that make it a plural noun (`the protests`, `faxed requests`), not a verb. */
export const NOUN_BEFORE = words('the, a, an, their, his, her, its, our, your, my, this, these, those, some, any, no, all, many, several, new, fresh, further, more, recent, such, other, two, three, four, five, six, of, for, with, against, after, before, amid, during, over, under, into, from, by, to, in, on, at, tougher, stricter, economic, targeted, sectoral, international, western');
/** Prepositions: a capitalised run after one is a prepositional object (`of United Nations sanctions`), not a subject. */
export const PREPOSITION_WORDS = words('of, for, with, against, after, before, amid, during, over, under, into, from, by, to, in, on, at, about, despite, toward, towards, without, within, between, among');
/** Words after a `-s` form that make it a noun (`sanctions against`, `requests for`). */
export const NOUN_AFTER = words('of, for, on, against, in, over, from, by, at, were, was, are, is, have, had, and, or, which, that, targeting, barring, imposed, would, will, could, can, may, might, should, must');
/** Present-tense stances (`Russia backs Assad`): a state of affairs, not a reported act. */
export const STANCE_PRESENT = words('backs, supports, opposes, favours, favors, welcomes, fears, believes');
/** Complements of a present `refuses` that make it a standing policy (`refuses to recognise X`), not a refusal made. */
export const STANDING_REFUSALS = words('recognise, recognize, acknowledge, accept, allow, permit, deal, negotiate, engage, talk');
/** Agreement objects of `signed` (a unilateral declaration is not an agreement). */
export const SIGNED_OBJECTS = words('agreement, agreements, deal, deals, accord, accords, treaty, treaties, pact, memorandum, contract, contracts, protocol, charter, convention, plan, roadmap, road map, communique, truce, ceasefire, cease-fire, armistice, joint declaration, joint statement, framework');
/** Words that end a `by` agent phrase (`accused by some within the party`). */
export const AGENT_STOP = words('within, of, in, at, on, over, for, during, from, to, after, before, since, who, which, that, as, amid, because, following');
/** Subjects that can be asked to act (`Parliament must`, `the government should`). */
export const ADDRESSEES = words('government, governments, parliament, council, commission, authorities, leaders, leadership, country, countries, west, world, community, side, sides, president, minister, ministers, regime, administration, congress, court, police, army, military, party, parties, union, nations, states, members');
