/**
 * Words for peoples, nationalities, regions and faiths ("Kazakh voters", "Uzbek and Kyrgyz
 * presidents", "Central Asian leaders", "the Russians"): adjectives and group nouns, not places
 * or organisations, whatever the tagger says of them (CoNLL-2003 marks them MISC, our "other").
 * Written by us from the list of the world's countries and the regions news names most; a word
 * that is also a name of its own ("Georgian" the person, "Jordan" the country) is left out.
 */
const WORDS = `
Afghan Albanian Algerian American Andorran Angolan Argentine Argentinian Armenian Australian Austrian
Azerbaijani Azeri Bahamian Bahraini Bangladeshi Barbadian Belarusian Belgian Belizean Beninese Bhutanese
Bolivian Bosnian Botswanan Brazilian British Bruneian Bulgarian Burkinabe Burmese Burundian Cambodian
Cameroonian Canadian Chadian Chilean Chinese Colombian Comoran Congolese Croatian Cuban Cypriot Czech
Danish Djiboutian Dominican Dutch Ecuadorian Egyptian Emirati English Eritrean Estonian Ethiopian Fijian
Filipino Finnish French Gabonese Gambian German Ghanaian Greek Grenadian Guatemalan Guinean
Guyanese Haitian Honduran Hungarian Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Italian
Ivorian Jamaican Japanese Jordanian Kazakh Kazakhstani Kenyan Korean Kosovar Kuwaiti Kyrgyz Laotian
Latvian Lebanese Liberian Libyan Lithuanian Luxembourgish Macedonian Malagasy Malawian Malaysian
Maldivian Malian Maltese Mauritanian Mauritian Mexican Moldovan Mongolian Montenegrin Moroccan
Mozambican Namibian Nepali Nepalese Nicaraguan Nigerian Nigerien Norwegian Omani Pakistani
Palestinian Panamanian Paraguayan Peruvian Polish Portuguese Qatari Romanian Russian Rwandan
Salvadoran Saudi Scottish Senegalese Serbian Singaporean Slovak Slovakian Slovenian Somali Spanish
Sudanese Surinamese Swazi Swedish Swiss Syrian Taiwanese Tajik Tanzanian Thai Togolese Tunisian
Turkish Turkmen Ugandan Ukrainian Uruguayan Uzbek Venezuelan Vietnamese Welsh Yemeni Zambian Zimbabwean
African Asian European Arab Arabian Caribbean Scandinavian Balkan Nordic Baltic Soviet Kurdish Kurd
Pashtun Chechen Tatar Catalan Basque Flemish Bavarian Hispanic Latino Sunni Shiite Shia Muslim
Christian Catholic Protestant Jewish Hindu Buddhist Sikh Orthodox Islamic Persian Slavic
Celtic Anglo Sahrawi Tamil Sinhalese Uighur Uyghur Rohingya Yazidi Druze Alawite Maronite Coptic
`;

/** Words that may stand before a people's word in the same name ("Central Asian", "South Korean"). */
const DIRECTIONS = new Set(['central', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'middle', 'latin', 'sub-saharan', 'new', 'pan']);

const PEOPLES = new Set(WORDS.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase()));

/** "Kazakh", "Kazakhs": a people's word in lower case, or its plural. */
const isPeople = (word: string) => PEOPLES.has(word) || (word.endsWith('s') && PEOPLES.has(word.slice(0, -1)));

/** "Kazakh", "Central Asian", "South Koreans", "Russians": a people's word, alone or after a direction. */
function onePeople(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  return isPeople(words[words.length - 1]) && words.slice(0, -1).every((w) => DIRECTIONS.has(w));
}

/** A people's word, or several joined by "and" or commas ("Uzbek and Kyrgyz"). */
export function isPeoplesWord(text: string): boolean {
  // The last word is the last part's own: most names end in no people's word, and are not split.
  if (!isPeople(lastWord(text).toLowerCase())) return false;
  return text.split(/\s*,\s*|\s+and\s+/).every((part) => part !== '' && onePeople(part));
}

/** The text after its last white space or comma ("" when it ends in one). */
function lastWord(text: string): string {
  let from = text.length;
  while (from > 0 && !isSpaceOrComma(text.charCodeAt(from - 1))) from--;
  return text.slice(from);
}
const SPACE = /\s/;
/** Whether a code unit is a comma or white space as `\s` reads it. */
function isSpaceOrComma(c: number): boolean {
  if (c < 128) return c === 44 || c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(String.fromCharCode(c));
}
