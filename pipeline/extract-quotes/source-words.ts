/**
 * Word tables for reading a quotation's source: the heads of role phrases (`the minister`), of
 * unnamed sources (`officials`), of organisations named by a common noun (`the ministry`) and the
 * class of organisation each stands for, the words that make a capitalised phrase an organisation
 * of that class, and gendered role words. General English vocabulary only.
 */

/** Heads of phrases naming one person by office or role (`the minister`, `the senator`). */
export const PERSON_ROLE_HEADS: readonly string[] = [
  'minister', 'president', 'secretary', 'chancellor', 'premier', 'leader', 'chief', 'chairman', 'chairwoman', 'chair',
  'governor', 'mayor', 'senator', 'ambassador', 'envoy', 'king', 'queen', 'pope', 'prince', 'princess', 'emperor',
  'director', 'commissioner', 'general', 'admiral', 'commander', 'prosecutor', 'judge', 'justice', 'lawmaker',
  'congressman', 'congresswoman', 'representative', 'mp', 'counterpart', 'diplomat', 'head', 'nominee', 'candidate',
  'billionaire', 'businessman', 'businesswoman', 'mogul', 'challenger', 'incumbent', 'frontrunner', 'front-runner',
  'speaker', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'aide', 'adviser', 'advisor', 'lawyer', 'attorney',
  'economist', 'analyst', 'professor', 'author', 'host', 'anchor', 'founder', 'executive', 'ceo', 'actor', 'actress',
  'singer', 'star', 'activist', 'veteran', 'widow', 'widower', 'doctor', 'physician', 'officer', 'sheriff', 'coach',
  'manager', 'owner', 'reporter', 'columnist', 'writer', 'strategist', 'pollster', 'consultant', 'expert', 'scholar',
  'historian', 'commentator', 'campaigner', 'organizer', 'organiser', 'witness', 'victim', 'mother', 'father', 'wife',
  'husband', 'son', 'daughter', 'brother', 'sister', 'monarch', 'dictator', 'strongman', 'autocrat', 'ruler', 'boss',
  'lady', 'nominee', 'mogul', 'tycoon', 'businessman', 'incumbent', 'rival', 'opponent', 'contender', 'hopeful',
  // People of sport, arts and the media (`Chess legend X`, `Veteran presenter X`).
  'icon', 'legend', 'pundit', 'presenter', 'broadcaster', 'journalist', 'editor', 'comedian', 'musician', 'artist', 'painter',
  'novelist', 'poet', 'playwright', 'producer', 'rapper', 'celebrity', 'chef', 'designer', 'photographer', 'filmmaker',
  'player', 'captain', 'striker', 'midfielder', 'goalkeeper', 'defender', 'winger', 'champion', 'athlete', 'sprinter',
  'jockey', 'trainer', 'boxer', 'golfer', 'entrepreneur', 'investor', 'banker', 'scientist', 'researcher', 'teacher',
];

/**
 * Role words that tie a person to someone named before them (`Lind ally Ana Ruiz`, `Lind campaign
 * manager Ana Ruiz`): with the person role heads, they make the later name the phrase's head.
 */
export const AFFILIATION_ROLE_HEADS: readonly string[] = [
  'ally', 'supporter', 'backer', 'donor', 'surrogate', 'staffer', 'constituent', 'delegate', 'friend', 'confidant',
  'confidante', 'loyalist', 'deputy', 'lieutenant', 'associate', 'colleague', 'partner', 'volunteer', 'employee',
  'nephew', 'niece', 'cousin', 'uncle', 'aunt', 'grandson', 'granddaughter', 'grandfather', 'grandmother', 'neighbor',
  'neighbour', 'classmate', 'roommate',
];

/** Every role head a name may follow (`senator X`, `Lind ally X`), persons' and affiliations' together. */
export const ROLE_HEADS: ReadonlySet<string> = new Set([...PERSON_ROLE_HEADS, ...AFFILIATION_ROLE_HEADS]);

/** Heads of phrases naming people or groups the text does not name (`officials`, `critics`, `a source`). */
export const UNNAMED_SOURCE_HEADS: readonly string[] = [
  'official', 'officials', 'source', 'sources', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen',
  'analyst', 'analysts', 'expert', 'experts', 'diplomat', 'diplomats', 'aide', 'aides', 'authorities', 'authority',
  'residents', 'resident', 'witness', 'witnesses', 'critics', 'critic', 'observers', 'people', 'campaigners',
  'activists', 'organisers', 'organizers', 'lawyer', 'lawyers', 'prosecutors', 'prosecutor', 'investigators',
  'researchers', 'scientists', 'economists', 'officers', 'spokespersons', 'insiders', 'members', 'member', 'leaders',
  'protesters', 'protestors', 'opponents', 'supporters', 'voters', 'ministers', 'lawmakers', 'legislators', 'mps',
  'doctors', 'doctor', 'teachers', 'students', 'workers', 'employees', 'staff', 'executives', 'judges', 'jury',
  'regulators', 'advisers', 'advisors', 'allies', 'ally', 'friends', 'friend', 'colleagues', 'associates', 'others',
  'participants', 'delegates', 'negotiators', 'representatives', 'democrats', 'republicans', 'conservatives',
  'liberals', 'progressives', 'pollsters', 'strategists', 'observers', 'commentators', 'fans', 'parents', 'families',
  'police', 'questioner', 'narrator', 'caller', 'man', 'woman', 'someone', 'one', 'person', 'group', 'crowd', 'audience',
];

/** The kinds of organisation a common noun can stand for (`the ministry` → a ministry named before). */
export type OrganisationClass =
  | 'ministry' | 'agency' | 'body' | 'court' | 'legislature' | 'company' | 'group' | 'campaign' | 'party'
  | 'outlet' | 'government' | 'military' | 'police' | 'embassy' | 'institution' | 'document';

/** Common nouns that stand for an organisation named earlier (`the ministry said`), by class. */
export const ORGANISATION_NOMINALS: Readonly<Record<string, OrganisationClass>> = {
  ministry: 'ministry', department: 'ministry', office: 'ministry',
  agency: 'agency', bureau: 'agency', service: 'agency', administration: 'government', regulator: 'agency', watchdog: 'agency',
  committee: 'body', commission: 'body', council: 'body', board: 'body', panel: 'body', authority: 'agency',
  court: 'court', tribunal: 'court',
  parliament: 'legislature', congress: 'legislature', senate: 'legislature', assembly: 'legislature', house: 'legislature',
  company: 'company', firm: 'company', corporation: 'company', bank: 'company', airline: 'company', carrier: 'company',
  group: 'group', organization: 'group', organisation: 'group', union: 'group', alliance: 'group', coalition: 'group',
  association: 'group', federation: 'group', foundation: 'group', institute: 'group', charity: 'group', bloc: 'group',
  trust: 'group', society: 'group', club: 'group', league: 'group', chamber: 'group', movement: 'group', caucus: 'group',
  campaign: 'campaign', team: 'campaign',
  party: 'party',
  newspaper: 'outlet', paper: 'outlet', network: 'outlet', broadcaster: 'outlet', magazine: 'outlet', channel: 'outlet',
  outlet: 'outlet', website: 'outlet', site: 'outlet', daily: 'outlet', publication: 'outlet', tabloid: 'outlet',
  government: 'government', cabinet: 'government', palace: 'government', regime: 'government',
  military: 'military', army: 'military', navy: 'military', command: 'military',
  police: 'police', force: 'police',
  embassy: 'embassy', consulate: 'embassy', mission: 'embassy',
  hospital: 'institution', clinic: 'institution', university: 'institution', school: 'institution', college: 'institution',
  museum: 'institution', church: 'institution', laboratory: 'institution', lab: 'institution', centre: 'institution', center: 'institution',
  report: 'document', statement: 'document', letter: 'document', memo: 'document', study: 'document',
  document: 'document', ruling: 'document', complaint: 'document', filing: 'document', lawsuit: 'document', suit: 'document', petition: 'document', motion: 'document',
  indictment: 'document', order: 'document', resolution: 'document', survey: 'document', poll: 'document',
  release: 'document', analysis: 'document', review: 'document', audit: 'document', assessment: 'document',
  editorial: 'document', article: 'document', story: 'document', post: 'document', tweet: 'document', message: 'document',
};

/** Capitalised words that make a name an organisation of a class (`Ministry of Defence`, `New York Times`). */
export const ORGANISATION_NAME_WORDS: Readonly<Record<string, OrganisationClass>> = {
  Ministry: 'ministry', Department: 'ministry', Office: 'ministry', Treasury: 'ministry', Secretariat: 'ministry',
  Agency: 'agency', Bureau: 'agency', Service: 'agency', Administration: 'government', Authority: 'agency',
  Committee: 'body', Commission: 'body', Council: 'body', Board: 'body', Panel: 'body',
  Court: 'court', Tribunal: 'court',
  Parliament: 'legislature', Congress: 'legislature', Senate: 'legislature', Assembly: 'legislature', Duma: 'legislature', Bundestag: 'legislature',
  Company: 'company', Inc: 'company', Corp: 'company', Corporation: 'company', Ltd: 'company', Bank: 'company',
  Airlines: 'company', Airways: 'company', Group: 'company', Holdings: 'company', Motors: 'company',
  Union: 'group', Alliance: 'group', Organization: 'group', Organisation: 'group', Association: 'group',
  Federation: 'group', Foundation: 'group', Institute: 'group', Center: 'group', Centre: 'group', Coalition: 'group',
  Network: 'outlet', Times: 'outlet', Post: 'outlet', Journal: 'outlet', News: 'outlet', Herald: 'outlet', Tribune: 'outlet',
  Gazette: 'outlet', Telegraph: 'outlet', Guardian: 'outlet', Magazine: 'outlet', Broadcasting: 'outlet', Radio: 'outlet',
  Television: 'outlet', TV: 'outlet', Press: 'outlet', Daily: 'outlet', Chronicle: 'outlet', Observer: 'outlet',
  Campaign: 'campaign', Party: 'party',
  Government: 'government', Kremlin: 'government', Cabinet: 'government', Palace: 'government', House: 'government', Pentagon: 'military',
  Army: 'military', Navy: 'military', Command: 'military', Forces: 'military', Force: 'military', Guard: 'military',
  Police: 'police', Embassy: 'embassy', Consulate: 'embassy', Mission: 'embassy',
  Hospital: 'institution', Clinic: 'institution', University: 'institution', School: 'institution', College: 'institution',
  Museum: 'institution', Laboratory: 'institution',
};

// Looked up by words of the text: a Map is faster than the object and finds no inherited key (`constructor`).
const nominals = new Map(Object.entries(ORGANISATION_NOMINALS));
const nameWords = new Map(Object.entries(ORGANISATION_NAME_WORDS));
/** The class of organisation a common noun stands for (`ministry`), else undefined. */
export const organisationNominal = (word: string): OrganisationClass | undefined => nominals.get(word);
/** The class of organisation a capitalised word of a name makes (`Ministry`), else undefined. */
export const organisationNameWord = (word: string): OrganisationClass | undefined => nameWords.get(word);

/** Words that may stand inside a role phrase before its head (`a senior government official`). */
export const ROLE_MODIFIERS: readonly string[] = [
  'official', 'senior', 'former', 'close', 'top', 'leading', 'other', 'government', 'ministry', 'police', 'military',
  'opposition', 'party', 'local', 'state', 'federal', 'regional', 'foreign', 'defence', 'defense', 'deputy', 'shadow',
  'chief', 'cabinet', 'press', 'white', 'house', 'home', 'office', 'department', 'interior', 'finance', 'trade', 'health',
  'education', 'justice', 'security', 'intelligence', 'presidential', 'royal', 'palace', 'unnamed', 'anonymous',
  'independent', 'veteran', 'outgoing', 'incoming', 'then', 'acting', 'interim', 'new', 'longtime', 'long-time',
  'current', 'vice', 'campaign', 'communications', 'economic', 'policy', 'national', 'democratic', 'republican',
  'conservative', 'liberal', 'top', 'retired', 'prominent', 'outspoken', 'frequent', 'fellow', 'rival', 'young',
];

/** Words that make a different office of the same head (`deputy prime minister` is not `the prime minister`). */
export const RANK_WORDS: readonly string[] = ['deputy', 'vice', 'shadow', 'assistant', 'junior', 'former', 'acting', 'interim', 'under', 'associate', 'ex'];

/** Determiners and quantifiers opening a source phrase. */
export const SOURCE_DETERMINERS: readonly string[] = [
  'the', 'a', 'an', 'one', 'two', 'three', 'several', 'some', 'many', 'his', 'her', 'their', 'its', 'our', 'another',
  'other', 'this', 'that', 'these', 'those', 'both', 'most', 'multiple', 'numerous', 'few', 'four', 'five',
];

/** Heads of sources speaking for someone else (`a spokesman for X`, `aides to X`): the speaker is not X. */
export const FOR_SOMEONE_HEADS: readonly string[] = [
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'aide', 'aides', 'official', 'officials',
  'source', 'sources', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'solicitor', 'solicitors', 'representative',
  'representatives', 'friend', 'friends', 'allies', 'ally', 'adviser', 'advisers', 'advisor', 'advisors', 'colleague',
  'colleagues', 'supporter', 'supporters', 'associate', 'associates', 'staff', 'office', 'camp', 'team', 'campaign',
  'party', 'government', 'ministry', 'department', 'family', 'relatives', 'members', 'member', 'people',
];


/** Words opening an introductory phrase before a sentence's subject (`At a rally, X said`). */
export const INTRO_WORDS: readonly string[] = [
  'In', 'At', 'After', 'During', 'Speaking', 'Following', 'Asked', 'On', 'While', 'When', 'Before', 'Since', 'Despite',
  'Earlier', 'Later', 'Meanwhile', 'However', 'Also', 'Addressing', 'Referring', 'Under', 'With', 'For', 'Amid', 'Upon',
  'Prior', 'Ahead', 'Separately', 'Elsewhere', 'Last', 'This', 'Responding', 'Writing', 'Commenting', 'Interviewed',
  'Like', 'Unlike', 'As', 'Given', 'Although', 'Though', 'If', 'Once', 'Then', 'Now', 'Still', 'Yet', 'Even', 'Over',
  'Through', 'From', 'By', 'To', 'Outside', 'Inside', 'Back', 'Standing', 'Sitting', 'Turning', 'Launching', 'Opening',
  'Closing', 'Appearing', 'Visiting', 'Pressed', 'Challenged', 'Questioned', 'Reacting', 'Explaining', 'Noting',
  'Yesterday', 'Today', 'Tonight', 'Overnight', 'Nonetheless', 'Nevertheless', 'Instead', 'Indeed', 'Moreover',
  // Time adverbs and spans (`Shortly after the vote ended, X said`, `Hours later, X said`).
  'Shortly', 'Soon', 'Recently', 'Previously', 'Initially', 'Finally', 'Eventually', 'Ultimately', 'Sometimes',
  'Afterward', 'Afterwards', 'Minutes', 'Moments', 'Hours', 'Days', 'Weeks', 'Months', 'Years',
  // Place adverbs (`Here in the capital, X said`).
  'Here', 'There',
];

/** Conjunctions and adverbs opening a sentence before its subject (`But he said ...`). */
export const LEADING_CONJUNCTIONS: readonly string[] = ['But', 'And', 'So', 'Yet', 'Or', 'Meanwhile', 'However', 'Still', 'Instead', 'Now', 'Then', 'Also', 'Later', 'Earlier'];

/** Words right before a quoted span that make it a name or term, not someone's words. */
export const TERM_INTRODUCERS: readonly string[] = [
  'so-called', 'known as', 'titled', 'entitled', 'headlined', 'the word', 'the words', 'the term', 'the phrase',
  'the slogan', 'the hashtag', 'the motto', 'the headline', 'the label', 'the name', 'the title', 'under the banner',
  'the banner', 'the theme', 'the song', 'the film', 'the book', 'the show', 'the program', 'the programme', 'the album',
  'the movie', 'the series', 'the episode', 'the play', 'the documentary', 'the column', 'the segment', 'operation',
  'marked', 'stamped', 'labeled', 'labelled', 'reading',
];

/** Words before a quoted title that make it the name of a show, paper or work (`on "Meet the Press"`). */
export const TITLE_PREPOSITIONS: readonly string[] = ['on', 'in', 'of', 'to', 'for', 'at', 'from', 'with', 'about', 'by', 'titled', 'entitled', 'called', 'named'];

/** Words that make a role phrase definite (`the minister`, `his spokesman`): it points at one known person. */
export const DEFINITE_DETERMINERS: readonly string[] = ['the', 'his', 'her', 'their', 'its', 'this', 'that'];

/** Pronouns that stand for one person, and pronouns for unnamed groups or the speaker. */
export const PERSON_PRONOUNS: readonly string[] = ['he', 'she'];
export const OTHER_PRONOUNS: readonly string[] = ['they', 'we', 'i', 'you'];

/** Weekdays and time nouns of phrases between a subject and its verb (`on Monday`, `last night`). */
export const WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const TIME_NOUNS: readonly string[] = ['night', 'week', 'month', 'year', 'morning', 'evening', 'afternoon', 'weekend', 'day'];

/** Prepositions after a `for someone` head: `a spokesman for`, `sources close to`. */
export const FOR_PREPOSITIONS: readonly string[] = ['for', 'to', 'of', 'at', 'from', 'in', 'with'];

/** Words that open a clause, so that a role phrase after them is its subject. */
export const CLAUSE_OPENERS: readonly string[] = [
  'and', 'but', 'while', 'as', 'because', 'although', 'though', 'when', 'where', 'after', 'before', 'since', 'that',
  'whereas', 'yet', 'so', 'meanwhile', 'however', 'earlier', 'later', 'now', 'then', 'also', 'which', 'who', 'if', 'until',
];
