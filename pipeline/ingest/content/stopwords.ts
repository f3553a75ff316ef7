/**
 * Function words per language: the articles, pronouns, prepositions, conjunctions and auxiliaries
 * that running prose is made of and menus, labels and headline lists mostly lack (jusText's
 * signal). General vocabulary of each language, nothing taken from any page.
 *
 * `words` languages are tokenised on letters; `chars` languages (written without spaces) are
 * counted per character, their lists being function characters and particles.
 */

export interface StopList {
  readonly kind: 'words' | 'chars';
  readonly items: readonly string[];
}

export const STOP_LISTS = {
  en: {
    kind: 'words',
    items: [
      'a', 'about', 'above', 'after', 'again', 'against', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'as', 'at',
      'be', 'because', 'been', 'before', 'being', 'below', 'between', 'both', 'but', 'by', 'can', 'could', 'did', 'do',
      'does', 'doing', 'down', 'during', 'each', 'even', 'ever', 'few', 'for', 'from', 'further', 'had', 'has', 'have',
      'having', 'he', 'her', 'here', 'hers', 'herself', 'him', 'himself', 'his', 'how', 'however', 'i', 'if', 'in',
      'into', 'is', 'it', 'its', 'itself', 'just', 'last', 'least', 'less', 'like', 'may', 'me', 'might', 'more',
      'most', 'much', 'must', 'my', 'myself', 'no', 'nor', 'not', 'now', 'of', 'off', 'on', 'once', 'one', 'only',
      'or', 'other', 'our', 'ours', 'ourselves', 'out', 'over', 'own', 'said', 'same', 'says', 'she', 'should', 'since',
      'so', 'some', 'such', 'than', 'that', 'the', 'their', 'theirs', 'them', 'themselves', 'then', 'there', 'these',
      'they', 'this', 'those', 'though', 'through', 'to', 'too', 'under', 'until', 'up', 'upon', 'us', 'very', 'was',
      'we', 'were', 'what', 'when', 'where', 'whether', 'which', 'while', 'who', 'whom', 'whose', 'why', 'will', 'with',
      'within', 'without', 'would', 'yet', 'you', 'your', 'yours', 'yourself', 'according', 'although', 'among',
      'around', 'away', 'back', 'become', 'became', 'before', 'behind', 'being', 'beyond', 'cannot', 'either',
      'else', 'enough', 'every', 'many', 'neither', 'never', 'next', 'often', 'onto', 'per', 'perhaps', 'quite',
      'rather', 'several', 'still', 'thus', 'toward', 'towards', 'unless', 'via', 'whatever', 'whereas', 'who',
      "it's", "don't", "didn't", "isn't", "wasn't", "won't", "can't", "he's", "she's", "that's", "there's", "they're",
      "we're", "i'm", "i've", "we've", "you're", "doesn't", "aren't", "weren't", "hasn't", "haven't", "wouldn't",
    ],
  },
  fr: {
    kind: 'words',
    items: [
      'à', 'au', 'aux', 'avec', 'ce', 'ces', 'cet', 'cette', 'dans', 'de', 'des', 'du', 'elle', 'elles', 'en', 'et',
      'est', 'été', 'être', 'il', 'ils', 'je', 'la', 'le', 'les', 'leur', 'leurs', 'lui', 'mais', 'me', 'même', 'mes',
      'moi', 'mon', 'ne', 'nos', 'notre', 'nous', 'on', 'ont', 'ou', 'où', 'par', 'pas', 'pour', 'qu', 'que', 'qui',
      'sa', 'sans', 'se', 'ses', 'son', 'sont', 'sur', 'ta', 'te', 'tes', 'toi', 'ton', 'tu', 'un', 'une', 'vos',
      'votre', 'vous', 'a', 'ai', 'avait', 'avoir', 'aussi', 'comme', 'dont', 'donc', 'entre', 'fait', 'plus', 'peut',
      'si', 'sous', 'tout', 'tous', 'toute', 'toutes', 'très', 'y', 'était', 'sera', 'ainsi', 'alors', 'après',
      'avant', 'c', 'd', 'j', 'l', 'm', 'n', 's', 't', 'depuis', 'encore', 'lors', 'selon', 'car', 'cela', 'ça',
    ],
  },
  es: {
    kind: 'words',
    items: [
      'a', 'al', 'algo', 'ante', 'como', 'con', 'contra', 'cual', 'cuando', 'de', 'del', 'desde', 'donde', 'durante',
      'e', 'el', 'él', 'ella', 'ellas', 'ellos', 'en', 'entre', 'era', 'es', 'esa', 'ese', 'eso', 'esta', 'está',
      'este', 'esto', 'estos', 'fue', 'ha', 'han', 'hasta', 'hay', 'la', 'las', 'le', 'les', 'lo', 'los', 'más', 'me',
      'mi', 'muy', 'ni', 'no', 'nos', 'o', 'para', 'pero', 'por', 'porque', 'que', 'qué', 'se', 'sea', 'según', 'ser',
      'si', 'sí', 'sin', 'sino', 'sobre', 'son', 'su', 'sus', 'también', 'tiene', 'todo', 'todos', 'tras', 'un', 'una',
      'uno', 'unos', 'y', 'ya', 'yo', 'había', 'sido', 'esa', 'esas', 'estas', 'nuestro', 'otro', 'otra', 'otros',
    ],
  },
  pt: {
    kind: 'words',
    items: [
      'a', 'à', 'ao', 'aos', 'as', 'às', 'com', 'como', 'da', 'das', 'de', 'do', 'dos', 'e', 'é', 'ela', 'elas', 'ele',
      'eles', 'em', 'entre', 'era', 'essa', 'esse', 'esta', 'está', 'este', 'eu', 'foi', 'há', 'isso', 'isto', 'já',
      'lhe', 'mais', 'mas', 'me', 'mesmo', 'muito', 'na', 'nas', 'não', 'nem', 'no', 'nos', 'num', 'numa', 'o', 'os',
      'ou', 'para', 'pela', 'pelas', 'pelo', 'pelos', 'por', 'porque', 'quando', 'que', 'se', 'sem', 'ser', 'seu',
      'seus', 'sua', 'suas', 'são', 'também', 'tem', 'têm', 'um', 'uma', 'umas', 'uns', 'sobre', 'após', 'até',
    ],
  },
  it: {
    kind: 'words',
    items: [
      'a', 'al', 'alla', 'alle', 'anche', 'che', 'chi', 'con', 'come', 'da', 'dal', 'dalla', 'dei', 'del', 'della',
      'delle', 'di', 'e', 'è', 'gli', 'ha', 'hanno', 'i', 'il', 'in', 'la', 'le', 'lo', 'ma', 'mi', 'nel', 'nella',
      'non', 'o', 'per', 'più', 'quando', 'questa', 'questo', 'se', 'si', 'sono', 'su', 'sua', 'suo', 'tra', 'un',
      'una', 'uno', 'essere', 'stato', 'loro', 'lui', 'lei', 'ci', 'ne', 'dopo', 'prima', 'degli', 'sul', 'sulla',
    ],
  },
  de: {
    kind: 'words',
    items: [
      'aber', 'als', 'am', 'an', 'auch', 'auf', 'aus', 'bei', 'bin', 'bis', 'da', 'damit', 'dann', 'das', 'dass',
      'dem', 'den', 'der', 'des', 'die', 'dies', 'diese', 'diesem', 'diesen', 'dieser', 'doch', 'du', 'durch', 'ein',
      'eine', 'einem', 'einen', 'einer', 'eines', 'er', 'es', 'für', 'hat', 'hatte', 'ich', 'ihm', 'ihn', 'ihr', 'ihre',
      'im', 'in', 'ist', 'ja', 'kann', 'kein', 'keine', 'man', 'mit', 'nach', 'nicht', 'noch', 'nur', 'ob', 'oder',
      'sehr', 'sein', 'seine', 'sich', 'sie', 'sind', 'so', 'um', 'und', 'uns', 'unter', 'vom', 'von', 'vor', 'war',
      'waren', 'was', 'wenn', 'werden', 'wie', 'wir', 'wird', 'wurde', 'zu', 'zum', 'zur', 'über', 'haben', 'soll',
    ],
  },
  nl: {
    kind: 'words',
    items: [
      'aan', 'al', 'als', 'bij', 'dat', 'de', 'deze', 'die', 'dit', 'door', 'een', 'en', 'er', 'het', 'hij', 'hun',
      'ik', 'in', 'is', 'je', 'maar', 'met', 'naar', 'niet', 'nog', 'of', 'om', 'ook', 'op', 'over', 'te', 'tot',
      'uit', 'van', 'voor', 'was', 'we', 'werd', 'wordt', 'zich', 'zij', 'zijn', 'ze', 'zo', 'heeft', 'hebben',
    ],
  },
  cs: {
    kind: 'words',
    items: [
      'a', 'aby', 'ale', 'ani', 'asi', 'by', 'byl', 'byla', 'bylo', 'byli', 'být', 'co', 'do', 'i', 'jak', 'jako',
      'je', 'jeho', 'její', 'jejich', 'jen', 'ještě', 'již', 'jsem', 'jsou', 'již', 'k', 'kde', 'kdy', 'když', 'ke',
      'která', 'které', 'který', 'kteří', 'má', 'mezi', 'mu', 'na', 'nad', 'než', 'o', 'od', 'po', 'pod', 'podle',
      'pro', 'před', 'při', 's', 'se', 'si', 'so', 'tak', 'také', 'to', 'tom', 'tu', 'u', 'už', 'v', 've', 'však',
      'z', 'za', 'ze', 'že', 'jí', 'jsme', 'mají', 'bude', 'budou', 'což', 'jejím', 'tím', 'tento', 'tato', 'toto',
    ],
  },
  pl: {
    kind: 'words',
    items: [
      'a', 'ale', 'by', 'był', 'była', 'było', 'co', 'do', 'i', 'jak', 'jest', 'jego', 'jej', 'już', 'ma', 'na',
      'nie', 'o', 'od', 'po', 'przez', 'się', 'są', 'tak', 'także', 'to', 'w', 'we', 'z', 'za', 'że', 'oraz', 'dla',
    ],
  },
  ar: {
    kind: 'words',
    items: [
      'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'أن', 'ان', 'إن', 'التي', 'الذي', 'الذين', 'هذا', 'هذه', 'ذلك',
      'تلك', 'كان', 'كانت', 'لم', 'لا', 'ما', 'قد', 'و', 'أو', 'ثم', 'بين', 'كما', 'بعد', 'قبل', 'حتى', 'عند', 'كل',
      'هو', 'هي', 'هم', 'وقد', 'وفي', 'ومن', 'وأن', 'إلا', 'أي', 'لكن', 'منذ', 'خلال', 'حيث', 'فيها', 'فيه', 'له', 'لها',
    ],
  },
  ru: {
    kind: 'words',
    items: [
      'и', 'в', 'во', 'не', 'что', 'он', 'на', 'я', 'с', 'со', 'как', 'а', 'то', 'все', 'она', 'так', 'его', 'но',
      'да', 'ты', 'к', 'у', 'же', 'вы', 'за', 'бы', 'по', 'только', 'ее', 'её', 'мне', 'было', 'вот', 'от', 'меня',
      'еще', 'ещё', 'нет', 'о', 'из', 'ему', 'для', 'при', 'это', 'этот', 'который', 'которые', 'также', 'был', 'была',
    ],
  },
  zh: {
    kind: 'chars',
    items: [
      '的', '了', '是', '在', '和', '有', '不', '这', '也', '就', '都', '而', '及', '与', '对', '为', '以', '于', '他',
      '她', '我', '们', '你', '之', '其', '或', '被', '从', '到', '把', '将', '但', '并', '个', '所', '着', '过', '会',
      '能', '要', '说', '该', '此', '已', '还', '又', '向', '由', '让', '给', '着', '地', '得', '吗', '呢', '吧', '這',
      '個', '們', '與', '對', '為', '於', '說', '將', '並', '會', '還', '從', '讓', '給', '過',
    ],
  },
  ja: {
    kind: 'chars',
    items: [
      'の', 'は', 'が', 'を', 'に', 'で', 'と', 'も', 'た', 'し', 'て', 'な', 'る', 'す', 'い', 'か', 'ら', 'れ',
      'ま', 'だ', 'っ', 'う', 'こ', 'そ', 'あ', 'や', 'よ', 'ね', 'へ', 'ど', 'り', 'き', 'く', 'さ', 'せ', 'ん',
    ],
  },
} as const satisfies Record<string, StopList>;

export type StopLanguage = keyof typeof STOP_LISTS;
