/**
 * The evaluation vocabulary (general English): words and phrases that condemn, reject, dismiss,
 * threaten or praise. `evaluation.ts` reads a statement with them.
 */
import { words } from './lexicon.js';

/** Condemnation and blame. */
export const CONDEMNATION = words(
  'unacceptable, outrageous, despicable, cowardly, shocking, irresponsible, reckless, deplorable, disgraceful, shameful, appalling, abhorrent, ' +
  'barbaric, barbarous, heinous, atrocious, monstrous, illegitimate, violation, violations, ' +
  'provocation, provocations, provocative, aggression, aggressor, lies, liar, liars, falsification, falsified, fabricated, fabrication, ' +
  'faked, hoax, sham, farce, delusional, vandalism, hypocrisy, hypocritical, betrayal, scandalous, disgrace, insulting, ' +
  'intolerable, inexcusable, unjustified, unjustifiable, unprovoked, brutality, inhumane, genocide, murderous, traitor, traitors, ' +
  'treason, thugs, criminals, murderers, propaganda, smear, slander, blackmail, bullying, meddling, destabilising, destabilizing, ' +
  'incompetent, incompetence, corrupt, fraudulent, rigged, vile, wicked, evil, sinister, contemptible, ' +
  'reprehensible, condemnable, unforgivable, cynical, dishonest, deceitful, irrational, unscrupulousness, unscrupulous, arrogant, ' +
  'arrogance, sabotage, sabotaged, wrecks, wreck, indiscriminate, deception, deceptive, misleading, ' +
  'condemn, condemns, condemned, denounce, denounces, blame, blames, accuse, accuses, culprit, perpetrators',
);

/** Phrases of condemnation (several words). */
export const CONDEMNATION_PHRASES = words(
  'case to answer, an outrage, gross negligence, criminal negligence, negative reaction, negative attitude, deep concern, serious concern, grave concern, act of aggression, war crime, ' +
  'war crimes, crimes against humanity, is a crime, was a crime, state terrorism, act of war, clear violation, gross violation, ' +
  'supporting terrorism, sponsoring terrorism, sponsor of terrorism, is illegal, was illegal, is unlawful, was unlawful, ' +
  'breach of international law, violation of international law, break international law, breaking international law, witch hunt, political persecution, show trial, blood on its hands, blood on his hands, blood on their hands, responsible for the deaths, ' +
  'eroded trust, erodes trust, eroding trust, eroded confidence, erodes confidence, eroding confidence, ' +
  'separated from reality, divorced from reality, detached from reality, out of touch with reality',
);

/** Rejection and denial. */
export const REJECTION = words('baseless, groundless, unfounded, untrue, unsubstantiated, irrelevant, fabrications, slanderous');
/** Dismissive words: a rejection of a claim (`the claims are absurd`), else a criticism (`it is absurd to charge farmers`). */
export const DISMISSIVE = words('nonsense, absurd, ridiculous, preposterous, ludicrous, rubbish, laughable, false, misleading, inaccurate, distorted');
export const REJECTION_PHRASES = words(
  'not true, no proof, no evidence, without basis, without any basis, without proof, without any proof, without evidence, without any evidence, ' +
  'no basis, no grounds, no reason to, cannot be true, can not be true, can\'t be true, will not accept, ' +
  'won\'t accept, do not accept, never accept, not accept, no intention, out of the question, no question of, far from the truth, ' +
  'has nothing to do, had nothing to do, have nothing to do, no involvement, not involved, not responsible, we deny, we reject, ' +
  'i deny, i reject, categorically deny, categorically denied, categorically denies, strongly deny, strongly denied, firmly reject, ' +
  'mere words, empty words, just words, pure speculation, mere speculation, pure fiction, pure fantasy',
);

/** Threats: harm promised to others. */
export const THREAT_PHRASES = words(
  'pay a high price, pay a heavy price, pay the price, pay dearly, pay a price, face consequences, face the consequences, ' +
  'serious consequences, severe consequences, take legal action, face legal action, launch legal action, will be punished, no mercy, will retaliate, ' +
  'wipe out, crush them, destroy them, will use force, take military action, ' +
  'hunt them down, all options are on the table, severe response, harsh response, decisive response, will not go unpunished, ' +
  'will exterminate, will annihilate, will obliterate, will strike back, will hit back, will punish, will wipe out',
);

/** Praise, thanks, backing. */
export const PRAISE = words(
  'welcome, welcomes, welcomed, praise, praises, praised, commend, ' +
  'commends, congratulate, congratulations, congratulated, applaud, applauds, hail, hails, hailed, ' +
  'exemplary, admirable, commendable, laudable',
);
export const PRAISE_PHRASES = words(
  'important step, significant step, big step, step forward, major achievement, significant achievement, ' +
  'good news, great news, faith in, confidence in, trust in, solidarity with, ' +
  'free and fair, fair and peaceful, peaceful and fair, great success, big success, positive step',
);
