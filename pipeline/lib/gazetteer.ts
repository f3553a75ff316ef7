/**
 * A small, general gazetteer: countries (with common short forms), their demonyms, capitals used as
 * metonyms for their governments, a few regions, and office titles. Shared by quote and event
 * extraction; lookups are case-sensitive on the capitalised form as written in news text, except
 * title words, which are matched case-insensitively.
 *
 * Stable exports: `countryOf`, `countryFromName`, `countryFromDemonym`, `countryFromCapital`,
 * `isPlaceName`, `isTitleWord`, `isTitleHead`, `canonicalTitle`, `COUNTRY_NAMES`.
 */

/**
 * One line per country: `Canonical|short forms|demonyms|capital(s)` (fields comma-separated, may be
 * empty). Only the forms news text commonly uses; the canonical name is the one `countryOf` returns.
 */
const COUNTRY_TABLE = `
Afghanistan||Afghan|Kabul
Albania||Albanian|Tirana
Algeria||Algerian|Algiers
Andorra||Andorran|
Angola||Angolan|Luanda
Antigua and Barbuda|||
Argentina||Argentine,Argentinian|Buenos Aires
Armenia||Armenian|Yerevan
Australia||Australian|Canberra
Austria||Austrian|Vienna
Azerbaijan||Azerbaijani,Azeri|Baku
Bahamas|The Bahamas|Bahamian|
Bahrain||Bahraini|Manama
Bangladesh||Bangladeshi|Dhaka
Barbados||Barbadian|
Belarus||Belarusian,Belarussian|Minsk
Belgium||Belgian|Brussels
Belize||Belizean|
Benin||Beninese|
Bhutan||Bhutanese|
Bolivia||Bolivian|La Paz
Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo
Botswana||Botswanan|
Brazil||Brazilian|Brasilia
Brunei||Bruneian|
Bulgaria||Bulgarian|
Burkina Faso||Burkinabe|
Burundi||Burundian|
Cambodia||Cambodian|Phnom Penh
Cameroon||Cameroonian|
Canada||Canadian|Ottawa
Cape Verde|Cabo Verde|Cape Verdean|
Central African Republic|||
Chad||Chadian|
Chile||Chilean|
China|People's Republic of China,PRC,Mainland China|Chinese|Beijing
Colombia||Colombian|Bogota
Comoros||Comoran|
Congo|Republic of the Congo|Congolese|Brazzaville
Democratic Republic of the Congo|DR Congo,DRC||Kinshasa
Costa Rica||Costa Rican|
Croatia||Croatian,Croat|Zagreb
Cuba||Cuban|Havana
Cyprus||Cypriot|Nicosia
Czech Republic|Czechia|Czech|Prague
Denmark||Danish,Dane|Copenhagen
Djibouti||Djiboutian|
Dominican Republic||Dominican|Santo Domingo
Ecuador||Ecuadorian,Ecuadoran|Quito
Egypt||Egyptian|Cairo
El Salvador||Salvadoran,Salvadorean|
Equatorial Guinea|||
Eritrea||Eritrean|Asmara
Estonia||Estonian|Tallinn
Eswatini|Swaziland|Swazi|
Ethiopia||Ethiopian|Addis Ababa
Fiji||Fijian|
Finland||Finnish,Finn|Helsinki
France||French|Paris
Gabon||Gabonese|
Gambia|The Gambia|Gambian|
Georgia||Georgian|Tbilisi
Germany||German|Berlin
Ghana||Ghanaian|Accra
Greece||Greek|Athens
Guatemala||Guatemalan|
Guinea||Guinean|
Guinea-Bissau|||
Guyana||Guyanese|
Haiti||Haitian|Port-au-Prince
Honduras||Honduran|
Hungary||Hungarian|Budapest
Iceland||Icelandic|Reykjavik
India||Indian|New Delhi
Indonesia||Indonesian|Jakarta
Iran||Iranian|Tehran
Iraq||Iraqi|Baghdad
Ireland|Republic of Ireland,Eire|Irish|Dublin
Israel||Israeli|Jerusalem
Italy||Italian|Rome
Ivory Coast|Cote d'Ivoire,Côte d'Ivoire|Ivorian|
Jamaica||Jamaican|
Japan||Japanese|Tokyo
Jordan||Jordanian|Amman
Kazakhstan||Kazakh|Astana
Kenya||Kenyan|Nairobi
Kosovo||Kosovar|Pristina
Kuwait||Kuwaiti|
Kyrgyzstan||Kyrgyz|Bishkek
Laos||Lao,Laotian|Vientiane
Latvia||Latvian|Riga
Lebanon||Lebanese|Beirut
Lesotho|||
Liberia||Liberian|Monrovia
Libya||Libyan|Tripoli
Liechtenstein|||
Lithuania||Lithuanian|Vilnius
Luxembourg||Luxembourgish|
Madagascar||Malagasy|
Malawi||Malawian|
Malaysia||Malaysian|Kuala Lumpur
Maldives||Maldivian|
Mali||Malian|Bamako
Malta||Maltese|Valletta
Mauritania||Mauritanian|
Mauritius||Mauritian|
Mexico||Mexican|Mexico City
Moldova||Moldovan|Chisinau
Monaco||Monegasque|
Mongolia||Mongolian|Ulaanbaatar
Montenegro||Montenegrin|
Morocco||Moroccan|Rabat
Mozambique||Mozambican|
Myanmar|Burma|Myanmarese,Burmese|Naypyitaw,Naypyidaw
Namibia||Namibian|
Nepal||Nepali,Nepalese|Kathmandu
Netherlands|The Netherlands,Holland|Dutch|Amsterdam,The Hague
New Zealand||New Zealander|Wellington
Nicaragua||Nicaraguan|Managua
Niger||Nigerien|Niamey
Nigeria||Nigerian|Abuja
North Korea|DPRK,Democratic People's Republic of Korea|North Korean|Pyongyang
North Macedonia|Macedonia|Macedonian|Skopje
Norway||Norwegian|Oslo
Oman||Omani|Muscat
Pakistan||Pakistani|Islamabad
Palestine|Palestinian Territories|Palestinian|Ramallah
Panama||Panamanian|
Papua New Guinea|||
Paraguay||Paraguayan|Asuncion
Peru||Peruvian|Lima
Philippines|The Philippines|Filipino,Philippine|Manila
Poland||Polish,Pole|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari|Doha
Romania||Romanian|Bucharest
Russia|Russian Federation|Russian|Moscow,Kremlin
Rwanda||Rwandan|Kigali
Saudi Arabia|Saudi|Saudi Arabian|Riyadh
Senegal||Senegalese|Dakar
Serbia||Serbian,Serb|Belgrade
Sierra Leone||Sierra Leonean|Freetown
Singapore||Singaporean|
Slovakia||Slovak,Slovakian|Bratislava
Slovenia||Slovenian,Slovene|Ljubljana
Somalia||Somali|Mogadishu
South Africa||South African|Pretoria
South Korea|Republic of Korea,ROK|South Korean|Seoul
South Sudan||South Sudanese|Juba
Spain||Spanish,Spaniard|Madrid
Sri Lanka||Sri Lankan|Colombo
Sudan||Sudanese|Khartoum
Suriname||Surinamese|
Sweden||Swedish,Swede|Stockholm
Switzerland||Swiss|Bern,Berne
Syria||Syrian|Damascus
Taiwan|Republic of China|Taiwanese|Taipei
Tajikistan||Tajik|Dushanbe
Tanzania||Tanzanian|Dodoma
Thailand||Thai|Bangkok
Timor-Leste|East Timor|Timorese|
Togo||Togolese|
Trinidad and Tobago|||
Tunisia||Tunisian|Tunis
Turkey|Turkiye,Türkiye|Turkish,Turk|Ankara
Turkmenistan||Turkmen|Ashgabat
Uganda||Ugandan|Kampala
Ukraine|The Ukraine|Ukrainian|Kyiv,Kiev
United Arab Emirates|UAE,U.A.E.,Emirates|Emirati|Abu Dhabi
United Kingdom|U.K.,UK,Britain,Great Britain|British,Briton|London,Downing Street,Whitehall
United States|U.S.,US,USA,U.S.A.,America,United States of America|American|Washington,White House,Pentagon
Uruguay||Uruguayan|Montevideo
Uzbekistan||Uzbek|Tashkent
Venezuela||Venezuelan|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi
Yemen||Yemeni|Sanaa
Zambia||Zambian|Lusaka
Zimbabwe||Zimbabwean|Harare
Soviet Union|USSR,U.S.S.R.|Soviet|
Yugoslavia||Yugoslav,Yugoslavian|
Czechoslovakia||Czechoslovak|
Vatican|Holy See,Vatican City||
European Union|EU,E.U.|European|Brussels
England||English|
Scotland||Scottish,Scot|Edinburgh
Wales||Welsh|Cardiff
Northern Ireland||Northern Irish|Belfast
`;

/** Regions, continents and other place names that are never people (not countries themselves). */
const REGIONS = [
  'Africa', 'Asia', 'Europe', 'America', 'North America', 'South America', 'Latin America', 'Central America',
  'Middle East', 'Near East', 'Far East', 'Asia-Pacific', 'Pacific', 'Atlantic', 'Arctic', 'Antarctica',
  'Balkans', 'Caucasus', 'Caribbean', 'Gulf', 'Persian Gulf', 'Scandinavia', 'Siberia', 'Crimea', 'Donbas',
  'Kashmir', 'Tibet', 'Xinjiang', 'Gaza', 'West Bank', 'Hong Kong', 'Macau', 'Korean Peninsula', 'Sahel',
  'Eurasia', 'Mediterranean', 'Baltic', 'Baltics', 'Westminster', 'Brussels', 'Geneva', 'New York', 'Davos',
];

/** Demonyms of regions and groups: they modify a title but name no country. */
const REGIONAL_DEMONYMS = ['European', 'Asian', 'African', 'Arab', 'Western', 'Eastern', 'Latin', 'Nordic', 'Baltic', 'Kurdish', 'Palestinian'];

const byName = new Map<string, string>();
const byDemonym = new Map<string, string>();
const byCapital = new Map<string, string>();
/** Canonical country names, in table order. */
export const COUNTRY_NAMES: readonly string[] = (() => {
  const names: string[] = [];
  for (const line of COUNTRY_TABLE.split('\n')) {
    if (!line.trim()) continue;
    const [canonical = '', shortForms = '', demonyms = '', capitals = ''] = line.split('|');
    const name = canonical.trim();
    names.push(name);
    byName.set(name, name);
    for (const form of shortForms.split(',')) if (form.trim()) byName.set(form.trim(), name);
    for (const form of demonyms.split(',')) if (form.trim()) byDemonym.set(form.trim(), name);
    for (const form of capitals.split(',')) if (form.trim() && !byCapital.has(form.trim())) byCapital.set(form.trim(), name);
  }
  return names;
})();
// `America` is a country short form above; `the Americas` is a region.
const regionSet = new Set([...REGIONS, 'Americas']);
const regionalDemonyms = new Set(REGIONAL_DEMONYMS);

/** Strip a possessive (`Japan's`, `Russia’s`) so lookups see the bare name. */
function bare(word: string): string {
  // The regex only where the word can end in a possessive: most lookups are of plain words.
  const last = word.charAt(word.length - 1);
  if (last !== "'" && last !== '’' && last !== 's') return word.trim();
  return word.replace(/['’]s?$/u, '').trim();
}

/** The canonical country for a country name or common short form (`U.S.` → `United States`), else null. */
export function countryFromName(word: string): string | null {
  return byName.get(bare(word)) ?? null;
}

/** The country of a demonym (`Russian` → `Russia`, `North Korean` → `North Korea`), else null. */
export function countryFromDemonym(word: string): string | null {
  return byDemonym.get(word.trim()) ?? null;
}

/** The country whose government a capital (or seat) stands for (`Moscow`, `Tokyo`, `Kiev`), else null. */
export function countryFromCapital(word: string): string | null {
  return byCapital.get(bare(word)) ?? null;
}

/**
 * The country a word or phrase points at: a name or short form, a demonym, or a capital used as a
 * metonym (`Moscow` → `Russia`). Null when it is none of these.
 */
export function countryOf(word: string): string | null {
  const w = bare(word);
  return byName.get(w) ?? byDemonym.get(word.trim()) ?? byCapital.get(w) ?? null;
}

/** True for a demonym of a region or group (`European`, `Arab`): a modifier, not a person's name. */
export function isRegionalDemonym(word: string): boolean {
  return regionalDemonyms.has(word.trim());
}

/** True for any place the gazetteer knows: country, short form, demonym, capital or region. */
export function isPlaceName(word: string): boolean {
  const w = bare(word);
  return byName.has(w) || byDemonym.has(word.trim()) || byCapital.has(w) || regionSet.has(w) || regionalDemonyms.has(w);
}

/**
 * Office titles, canonical spelling. Multiword titles first matter only for display: matching is by
 * words (`isTitleHead` / `isTitleWord`).
 */
const TITLE_HEADS = [
  'president', 'vice president', 'prime minister', 'premier', 'minister', 'secretary', 'chancellor', 'spokesman',
  'spokeswoman', 'spokesperson', 'senator', 'governor', 'mayor', 'king', 'queen', 'pope', 'prince', 'princess',
  'emperor', 'empress', 'sultan', 'emir', 'sheikh', 'leader', 'chief', 'chairman', 'chairwoman', 'chair', 'director',
  'ambassador', 'envoy', 'commissioner', 'congressman', 'congresswoman', 'representative', 'lawmaker', 'mp', 'judge',
  'justice', 'general', 'admiral', 'commander', 'colonel', 'lieutenant', 'captain', 'major', 'sergeant', 'marshal',
  'officer', 'official', 'head', 'executive', 'ceo', 'founder', 'counterpart', 'speaker', 'deputy', 'adviser',
  'advisor', 'aide', 'attorney', 'prosecutor', 'diplomat', 'negotiator', 'treasurer', 'councillor', 'councilor',
  'mep', 'peer', 'whip', 'candidate', 'nominee', 'premier', 'presidentelect', 'monarch', 'dictator', 'chief executive',
  // Occupations that stand before a name like a title (`Farmer Peter Walsh`, `Coach Mira Santos`).
  'farmer', 'coach', 'teacher', 'nurse', 'doctor', 'surgeon', 'lawyer', 'barrister', 'solicitor', 'pilot', 'driver',
  'chef', 'artist', 'singer', 'writer', 'author', 'novelist', 'poet', 'actor', 'actress', 'player', 'manager',
  'principal', 'headteacher', 'headmaster', 'headmistress', 'professor', 'lecturer', 'student', 'pupil', 'owner',
  'activist', 'campaigner', 'analyst', 'economist', 'historian', 'scientist', 'researcher', 'journalist', 'reporter',
  'editor', 'correspondent', 'photographer', 'businessman', 'businesswoman', 'entrepreneur', 'investor', 'banker',
  'trader', 'engineer', 'architect', 'designer', 'fisherman', 'firefighter', 'soldier', 'priest', 'vicar', 'guide',
  'master', 'captain', 'skipper', 'striker', 'goalkeeper', 'midfielder', 'defender', 'boxer', 'athlete', 'sprinter',
  'climber', 'rider', 'jockey', 'trainer', 'referee', 'umpire', 'economist', 'pollster', 'strategist', 'consultant',
  'broadcaster', 'presenter', 'comedian', 'musician', 'composer', 'conductor', 'dancer', 'director', 'producer',
  'inspector', 'constable', 'detective', 'superintendent', 'sheriff', 'warden', 'coroner', 'magistrate',
  'survivor', 'witness', 'resident', 'shopkeeper', 'landlord', 'tenant', 'volunteer', 'organiser', 'organizer',
  'physicist', 'chemist', 'biologist', 'geologist', 'astronomer', 'mathematician', 'psychologist', 'psychiatrist',
  'sociologist', 'epidemiologist', 'virologist', 'statistician', 'meteorologist', 'physician', 'scholar', 'fellow',
  'rapper', 'vocalist', 'frontman', 'frontwoman', 'songwriter', 'guitarist', 'drummer', 'bassist', 'pianist', 'violinist', 'cellist', 'filmmaker',
  'playwright', 'screenwriter', 'cyclist', 'golfer', 'swimmer', 'skier', 'batsman', 'bowler', 'wicketkeeper', 'winger',
  // Journalese heads of firms (`Norcell boss X`, `oil tycoon X`).
  'boss', 'tycoon', 'magnate',
  // Journalese labels glued before a name at a sentence's start (`Goalscorer X`, `Flanker X`).
  'goalscorer', 'matchwinner', 'playmaker', 'flanker', 'backbencher', 'frontbencher',
];

/** Words that modify a title head (`Foreign`, `Defense`, `Prime`, `Cabinet`...). */
const TITLE_MODIFIERS = [
  'foreign', 'defense', 'defence', 'prime', 'home', 'interior', 'finance', 'trade', 'industry', 'economy', 'economic',
  'health', 'education', 'justice', 'environment', 'energy', 'culture', 'transport', 'agriculture', 'labor', 'labour',
  'employment', 'work', 'works', 'pensions', 'treasury', 'exchequer', 'state', 'affairs', 'relations', 'security',
  'national', 'internal', 'external', 'cabinet', 'chief', 'deputy', 'vice', 'assistant', 'senior', 'junior', 'acting',
  'interim', 'former', 'shadow', 'first', 'general', 'attorney', 'solicitor', 'supreme', 'executive', 'managing',
  'press', 'public', 'party', 'opposition', 'government', 'presidential', 'royal', 'crown', 'lord', 'high', 'grand',
  'communications', 'information', 'development', 'science', 'technology', 'immigration', 'veterans', 'housing',
  'local', 'regional', 'social', 'welfare', 'family', 'women', 'youth', 'sports', 'sport', 'tourism', 'commerce',
  'fisheries', 'food', 'rural', 'constitutional', 'europe', 'european', 'international', 'climate', 'digital',
  'reconstruction', 'revitalization', 'unification', 'navy', 'army', 'military', 'staff', 'of', 'for', 'the',
  'and', 'policy', 'communication', 'transportation', 'infrastructure', 'land', 'planning', 'water', 'resources',
];

const titleHeadSet = new Set(TITLE_HEADS.flatMap((t) => t.split(' ')));
const titleWordSet = new Set([...titleHeadSet, ...TITLE_MODIFIERS]);

/** A word in lower case without one final period (`Gen.` → `gen`): the key of the title tables. */
function titleKey(word: string): string {
  const lower = word.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/** True when the word (any case) can end an office title: `Minister`, `president`, `spokesman`. */
export function isTitleHead(word: string): boolean {
  return titleHeadSet.has(titleKey(word));
}

/** True when the word (any case) can be part of an office title: a head or a modifier (`Foreign`, `of`). */
export function isTitleWord(word: string): boolean {
  return titleWordSet.has(titleKey(word));
}

/** Abbreviated titles and their full form (`Gen.` → `General`). */
const TITLE_ABBREVIATIONS: Record<string, string> = {
  gen: 'General', lt: 'Lieutenant', col: 'Colonel', sen: 'Senator', rep: 'Representative', gov: 'Governor',
  adm: 'Admiral', capt: 'Captain', maj: 'Major', sgt: 'Sergeant', supt: 'Superintendent', insp: 'Inspector',
  pres: 'President', amb: 'Ambassador', cmdr: 'Commander',
};

// A Map, not the object: a lookup by a word of the text is faster, and finds no inherited key (`constructor`).
const titleAbbreviations = new Map(Object.entries(TITLE_ABBREVIATIONS));

/** The full form of an abbreviated title (`Sen.` → `Senator`), else null. */
export function expandTitleAbbreviation(word: string): string | null {
  return titleAbbreviations.get(titleKey(word)) ?? null;
}

const SMALL_WORDS = new Set(['of', 'for', 'the', 'and']);
/**
 * A title as the text gives it, in canonical Title Case (`foreign minister` → `Foreign Minister`,
 * `secretary of state` → `Secretary of State`).
 */
export function canonicalTitle(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((w, i) => {
      const abbr = expandTitleAbbreviation(w);
      if (abbr && w.length <= 5) return abbr;
      const lower = w.toLowerCase();
      if (i > 0 && SMALL_WORDS.has(lower)) return lower;
      if (lower === 'mp' || lower === 'mep' || lower === 'ceo') return lower.toUpperCase();
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join(' ');
}

/** Heads of firms' and funds' names (`Harbor Capital`, `Vale Breweries`); alone (`Airlines have ...`) they are common nouns. */
export const FIRM_HEADS: readonly string[] = [
  'Holdings', 'Capital', 'Management', 'Partners', 'Investments', 'Ventures', 'Equity', 'Associates', 'Breweries', 'Brewing',
  'Airlines', 'Airways', 'Motors', 'Industries', 'Pharmaceuticals', 'Technologies', 'Enterprises', 'Studios', 'Productions',
  'Insurance', 'Fund', 'Trust', 'Foundation',
];

/**
 * Words that make a capitalised name an organisation (`Home Office`, `Labour Party`, `NATO`):
 * institutions, parties, the heads of firms' and funds' names (`Harbor Capital`, `Vale Breweries`),
 * and well-known acronyms.
 */
export const ORGANISATION_WORD = new RegExp(
  `\\b(?:Ministry|Party|Council|Union|Nations|Commission|Committee|Government|Parliament|Congress|Senate|Court|Police|Army|Navy|Bank|Agency|Office|Department|Assembly|Cabinet|Forces|Front|Movement|Organi[sz]ation|Federation|Confederation|Alliance|League|Institute|Association|Chamber|Chambers|Company|Corporation|Inc|Ltd|Group|${FIRM_HEADS.join('|')}|Tories|Conservatives|Labour|Democrats|Dems|Republicans|Liberals|Socialists|NATO|EU|UN|IMF|WHO|OPEC|ASEAN|Hamas|Hezbollah|Taliban)\\b`,
);

/** Words of a state's own organs after its name or demonym (`Russian Foreign Ministry`, `US Navy`): the state acts. Other words make a named body (`Norway Rowing`). */
const STATE_ORGAN_WORDS = new Set((
  'government foreign defence defense interior home finance economy trade justice health energy ministry ministries office department army navy air force forces ' +
  'military marines marine coast guard police embassy consulate parliament senate congress house assembly cabinet treasury state states administration mission ' +
  'delegation officials authorities customs intelligence agency central national security council commission court supreme federal republic kingdom ' +
  "people's royal presidency presidential premier leadership regime side team troops soldiers warships jets"
).split(' '));
/** Is this capitalised word one of a state's organs (see above)? */
export function isStateOrganWord(word: string): boolean {
  return STATE_ORGAN_WORDS.has(word.toLowerCase());
}

/** An organisation's name, by its words, or an all-capitals acronym. */
export function isOrganisationName(name: string): boolean {
  return ORGANISATION_WORD.test(name) || /^[A-Z]{2,}$/.test(name) || isInstitutionSeat(name);
}

/**
 * Datelines that name an institution rather than its city, by wire convention (`UNITED NATIONS`
 * is the UN headquarters in New York, `VATICAN CITY` the Vatican).
 */
const DATELINE_CITIES: Record<string, string> = {
  'United Nations': 'New York',
  'Vatican City': 'Vatican City',
  'The Hague': 'The Hague',
};

/** The city a dateline place stands for: itself unless the wire convention says otherwise. */
export function datelineCity(place: string): string {
  return DATELINE_CITIES[place] ?? place;
}

/** Short forms of international organisations and the name they stand for. */
const ORGANISATION_ALIASES: Record<string, string> = {
  UN: 'United Nations', 'U.N.': 'United Nations', 'United Nations': 'United Nations',
  UNSC: 'U.N. Security Council', 'U.N. Security Council': 'U.N. Security Council', 'Security Council': 'U.N. Security Council', 'UN Security Council': 'U.N. Security Council', 'United Nations Security Council': 'U.N. Security Council',
  NATO: 'NATO', Nato: 'NATO', OPEC: 'OPEC', IMF: 'International Monetary Fund', WHO: 'World Health Organization', 'E.U.': 'European Union',
  OSCE: 'OSCE', ASEAN: 'ASEAN', ICC: 'International Criminal Court', ECJ: 'European Court of Justice', IAEA: 'International Atomic Energy Agency',
  OPCW: 'Organisation for the Prohibition of Chemical Weapons', WTO: 'World Trade Organization', 'African Union': 'African Union', AU: 'African Union',
};

/** The full name of an organisation written in a short form (`U.N.` → United Nations), or null. */
export function organisationAlias(name: string): string | null {
  return ORGANISATION_ALIASES[name] ?? null;
}

/**
 * Seats of government that name an institution, not a city (`the Kremlin said`, `the White House
 * said`): kept as the actor's name (its country is still `countryOf` of it).
 */
const INSTITUTION_SEATS = new Set(['Kremlin', 'White House', 'Downing Street', 'Whitehall', 'Pentagon', 'Elysee', 'Élysée', 'Elysee Palace', 'Quirinale', 'Chigi Palace', 'Blue House', 'Zhongnanhai']);

/** Is this name a seat of government standing for its institution (`Kremlin`)? */
export function isInstitutionSeat(name: string): boolean {
  return INSTITUTION_SEATS.has(name.trim());
}

/**
 * Names that end in a plural of people or an organisation's subject word (`Labour MPs`, `Human
 * Rights`, `Fiscal Studies`): a group or an organisation found where a person's name would be.
 */
const GROUP_NAME = /\b(?:MPs|MEPs|MSPs|[Oo]fficials|[Mm]inisters|[Ll]eaders|[Mm]embers|[Ww]orkers|[Ll]awmakers|[Ss]enators|[Vv]oters|[Ss]upporters|[Cc]ritics|[Rr]esidents|police|troops|forces|Rights|Studies|Affairs|Relations|Nations|Institute|Foundation|Trust|Fund)$/;

/** Is this person-like name a group's or an organisation's? */
export function isGroupName(name: string): boolean {
  return GROUP_NAME.test(name);
}
