/**
 * Word tables for finding people's names: capitalised words that are no names, words that make a
 * capitalised phrase an organisation or place, honorifics, post-nominal letters, things named
 * after people. General English vocabulary only.
 */

/** Capitalised words that are not names: sentence starters, pronouns, function words. */
export const NAME_STOPWORDS: readonly string[] = (
  'The A An And But Or Nor So Yet For If When While Where Whereas As At In On Of To By With From Into Onto Upon ' +
  'After Before During Since Until Although Though Because Despite Under Over About Above Below Between Among ' +
  'Against Across Along Around Through Throughout Toward Towards Without Within Via Per Than Like Unlike ' +
  'This That These Those It Its He His Him She Her Hers They Their Them We Our Us You Your I Me My Mine Who Whom ' +
  'Whose Which What Why How Whether There Here Then Now Today Tonight Yesterday Tomorrow Meanwhile However ' +
  'Whatever Whoever Whichever Wherever Whenever ' +
  'Also Still Even Only Just Already Again Further Furthermore Moreover Instead Indeed Thus Hence Therefore ' +
  'Some Many Most Much More Less Few Several All Both Each Every Either Neither Any No Not None Other Another ' +
  'Such Same One Two Three Four Five Six Seven Eight Nine Ten First Second Third Last Next Earlier Later Once ' +
  'Asked Speaking According Following Including Regarding Concerning Given Called Visiting Having Being ' +
  'Let Please Yes Thank Thanks Dear Sorry Well Oh Perhaps Maybe Mostly Overall Finally Initially Currently ' +
  'Recently Previously Separately Similarly Specifically Additionally Nevertheless Nonetheless Otherwise ' +
  // Sentence adverbs (`Simply put, ...`, `Sadly, ...`).
  'Simply Clearly Frankly Honestly Obviously Sadly Happily Fortunately Unfortunately Ironically Interestingly Importantly ' +
  'Crucially Basically Essentially Ultimately Apparently Reportedly Allegedly Likewise Alternatively Consequently ' +
  'Accordingly Hopefully Surely Certainly Luckily Curiously Strangely Notably Significantly Elsewhere Arguably Admittedly ' +
  'Is Are Was Were Be Been Has Have Had Do Does Did Would Can Could Should Shall Might Must ' +
  'Photo Video Image Read Watch Listen See Share Click Advertisement Related Copyright Update Updated Editing ' +
  'Reporting Writing Additional Sources Source Note Editor Editors Story Stories Top News Breaking Live ' +
  // Reporting verbs opening an inverted attribution (`Added Haynes: ...`, `Said one official`).
  'Said Says Added Adds Explained Explains Noted Notes Told Tells Wrote Writes Warned Warns Insisted Insists ' +
  'Continued Continues Recalled Recalls Replied Replies Argued Argues Stressed Stresses Declared Announced ' +
  'Acknowledged Admitted Claimed Countered Concluded Observed Suggested Tweeted Posted Remarked Quipped Joked'
).split(' ');
/** Weekdays: capitalised, never names. */
export const WEEKDAY_NAMES: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Month names and abbreviations (`Theresa May` closes a name; `May 3` is a date). */
export const MONTH_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Jan.', 'Feb.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
];
/** Words that make a capitalised phrase an organisation, place, event or work, never a person. */
export const NON_PERSON_WORDS: readonly string[] = (
  'Ministry Ministries Department Party Parties Council University College School Academy Institute Company Co Inc ' +
  'Ltd Corp Corporation Group Holdings Times News Post Journal Herald Gazette Tribune Daily Press Telegraph ' +
  // Heads of publications' names (`Harbour Weekly`, `Rail World`): no surname.
  'World Magazine Weekly Monthly Quarterly Review Digest Chronicle Observer Courier Examiner Inquirer Sentinel Bulletin Mirror ' +
  'Shimbun Broadcasting Television TV Radio Network Agency Bank Fund Committee Commission Union Office Bureau ' +
  'Service Services Authority Board Court Parliament Congress Senate Assembly Government Cabinet Administration ' +
  'Police Army Navy Force Forces Fleet Guard Guards Corps Association Foundation Organization Organisation Club ' +
  'League Federation Alliance Coalition Movement Front Democrats Republicans Conservatives Tories Labour Socialists ' +
  'Communists Greens Liberals Treaty Accord Agreement Act Bill Charter Summit Conference Forum Games Olympics ' +
  'Cup Championship War Revolution Crisis Peninsula Island Islands Isles Territories Territory Sea Ocean River ' +
  'Lake Mountain Mountains Valley Province Prefecture Region District City County Republic Kingdom Empire ' +
  'Strait Gulf Bay Coast Street Road Avenue Square Station Airport Port Harbour Harbor Bridge Palace ' +
  'House Center Centre Hospital Cathedral Mosque Temple Museum Stadium Tower Building Base Castle Abbey Chapel Church ' +
  'Camp Prison Plaza Hotel Exchange Market Markets Index Stock Stocks Airlines Airways Motors Energy Oil Gas ' +
  'Systems Technologies Technology Software Pharmaceuticals Industries Project Program Programme Plan Initiative ' +
  // Heads of firms' names (`Harbor Capital`, `Vale Fund Management`): no surname.
  'Capital Management Partners Investments Investment Securities Advisers Advisors Associates Ventures Equity Assets Trust ' +
  'Financial Insurance Brewing Breweries Media Communications Telecom Telecoms Studios Productions Logistics Solutions ' +
  'Consulting Resources Mining Petroleum Foods Brands Stores Laboratories Electronics Enterprises ' +
  'Week Year Festival Prize Award Awards Street Kremlin Pentagon Vatican Whitehall Downing God Christ Tory ' +
  'Internet Web Twitter Facebook Google YouTube Instagram Chambers Morning Evening Afternoon Tonight Breakfast Nations States ' +
  'Missile Missiles System Systems Shuttle Line Lines Channel Show Series Album Film Book Guide Report ' +
  'Constitution Budget Election Elections Referendum Eve Christmas Easter Ramadan Olympic Airline Fleet Corner ' +
  'Lib Dem Dems Plaid Cymru Democrat Republican Conservative Liberal Labor Socialist Communist Unionist Nationalist Greens ' +
  // Agent nouns in -man, capitalised at a sentence's start (`Gunman opened fire`): nobody's name.
  'Gunman Gunmen Policeman Policemen Fireman Firemen Fisherman Fishermen Militiaman Militiamen Tribesman Tribesmen ' +
  'Serviceman Servicemen Businessman Businessmen Businesswoman Cameraman ' +
  'Horseman Horsemen Madman Marksman Marksmen Airman Airmen Sportsman Sportsmen Salesman Postman'
).split(' ');
/**
 * Given names that are also words of NON_PERSON_WORDS: before another name (`Bill Varnell`) they
 * open a person's name; alone or last (`the Finance Bill`) they stay what they were.
 */
export const GIVEN_NAME_WORDS: readonly string[] = ['Bill'];
/** Letters after a name (`QC`, `Jr.`): not part of it. */
export const POST_NOMINAL_LETTERS: readonly string[] = ['QC', 'KC', 'MP', 'MEP', 'MSP', 'AM', 'MLA', 'Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV', 'OBE', 'MBE', 'CBE', 'KBE', 'PhD', 'Esq'];
/** First words of place names (`North Korea`, `New York`, `St. Petersburg`). */
export const PLACE_PREFIX_WORDS: readonly string[] = (
  'North South East West Northern Southern Eastern Western Central Upper Lower Greater Inner Outer New San Santa ' +
  'Los Las St St. Saint Fort Port Mount Mt Lake Cape Gulf Sierra Costa Puerto Rio El'
).split(' ');
/** Honorifics, with the sex they tell where they tell one. */
export const HONORIFICS: Readonly<Record<string, 'm' | 'f' | null>> = {
  Mr: 'm', 'Mr.': 'm', Mrs: 'f', 'Mrs.': 'f', Ms: 'f', 'Ms.': 'f', Miss: 'f', Dr: null, 'Dr.': null, Prof: null,
  'Prof.': null, Professor: null, Sir: 'm', Dame: 'f', Lord: 'm', Lady: 'f', Baroness: 'f', Baron: 'm', Rev: null,
  'Rev.': null, Reverend: null, Rabbi: null, Imam: null, Madam: 'f', Mme: 'f', Archbishop: null, Bishop: null,
  Cardinal: null, Pastor: null, Ayatollah: null, Mullah: null, Sheikh: null, Sheik: null,
  'M.': 'm', Herr: 'm', Frau: 'f', Senor: 'm', Señor: 'm', Senora: 'f', Señora: 'f',
};

/** Honorifics of peers: with one name after them (`Lord Penhallow`, `Baroness Ellory`) they are how the person is called. */
export const PEERAGE_HONORIFICS: readonly string[] = ['Lord', 'Lady', 'Baroness', 'Baron'];

/** Nouns after a capitalised phrase that make it the name of a thing (`the Aegis Ashore system`). */
export const THING_NOUNS: readonly string[] = [
  'system', 'systems', 'station', 'stations', 'missile', 'missiles', 'programme', 'program', 'project', 'plan', 'policy',
  'doctrine', 'regime', 'administration', 'government', 'era', 'family', 'dynasty', 'camp', 'campaign', 'case', 'trial',
  'affair', 'scandal', 'inquiry', 'deal', 'accord', 'treaty', 'summit', 'talks', 'visit', 'model', 'brand', 'company',
  'group', 'line', 'technology', 'site', 'sites', 'plant', 'base', 'bases', 'class', 'award', 'prize', 'index', 'method',
];

/** Role words that tell a person's sex (`the spokeswoman`, `his wife`), for pronoun agreement. */
export const GENDERED_ROLE_WORDS: Readonly<Record<string, 'm' | 'f'>> = {
  spokesman: 'm', spokeswoman: 'f', chairman: 'm', chairwoman: 'f', congressman: 'm', congresswoman: 'f',
  businessman: 'm', businesswoman: 'f', king: 'm', queen: 'f', prince: 'm', princess: 'f', emperor: 'm', empress: 'f',
  actor: 'm', actress: 'f', widow: 'f', widower: 'm', mother: 'f', father: 'm', wife: 'f', husband: 'm', son: 'm',
  daughter: 'f', brother: 'm', sister: 'f', grandmother: 'f', grandfather: 'm', aunt: 'f', uncle: 'm', nun: 'f',
  priest: 'm', monk: 'm', duchess: 'f', duke: 'm', baroness: 'f', baron: 'm', countess: 'f', lady: 'f', lord: 'm',
  sir: 'm', dame: 'f', madam: 'f', girl: 'f', boy: 'm', woman: 'f', man: 'm', policeman: 'm', policewoman: 'f',
  sportsman: 'm', sportswoman: 'f', councilman: 'm', councilwoman: 'f', assemblyman: 'm', assemblywoman: 'f',
};

/** Words of kinship (`son`, `widow`): a name introduced through them is someone's relative. */
export const KIN_WORDS: readonly string[] = [
  'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father', 'mother', 'nephew', 'niece', 'cousin', 'widow',
  'uncle', 'aunt', 'grandson', 'granddaughter', 'grandfather', 'grandmother',
];

/** Plural verb forms: a lone name right before one (`Harrowfield have rejected`) is a team or a body, not a person. */
export const PLURAL_VERB_FORMS: readonly string[] = ['have', 'are', 'were', "haven't", "aren't", "weren't", "'ve", "’ve"];
