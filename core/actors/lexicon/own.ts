/**
 * Hand-written cue lists for the actor tagger (this project's own work, MIT like the project).
 * General English news conventions only: titles before names, company and club suffixes, the
 * common alternative names of a few countries and institutions. Lowercase, "|"-separated.
 */

/** Capitalised words that stand right before a person's name: "President Bill Clinton", "Mr. Smith". */
export const PERSON_TITLES =
  'ceo|cfo|coo|mp|mep|msp|qc|mr|mr.|mrs|mrs.|ms|ms.|dr|dr.|prof|prof.|sir|dame|lord|lady|rev|rev.|fr.|sen|sen.|rep.|gov.|gen|gen.|col.|lt.|capt.|sgt.|maj.|adm.|president|minister|premier|chancellor|secretary|senator|congressman|congresswoman|governor|mayor|judge|justice|king|queen|prince|princess|pope|cardinal|bishop|archbishop|rabbi|imam|sheikh|emir|ayatollah|general|colonel|captain|lieutenant|sergeant|commander|admiral|marshal|chairman|chairwoman|director|ambassador|envoy|spokesman|spokeswoman|coach|striker|midfielder|defender|goalkeeper|leader|president-elect|chief|commissioner|inspector|detective|officer|professor|doctor|prosecutor|attorney|lawyer|sheriff|agent|trooper|constable|superintendent|father|brother|sister|saint';

/** Words that qualify a title without being one: "Deputy Prime Minister", "Foreign Minister". */
export const TITLE_MODIFIERS =
  'vice|prime|deputy|foreign|defence|defense|finance|interior|trade|economy|health|education|opposition|state|acting|former|late|new|head|executive|assistant|associate|senior|junior|first|second|supreme|grand|crown|general|attorney|home|chief|federal|national|central|regional|provincial|district';

/** Tokens that end company, club and institution names: "Barrick Gold Corp", "Porto FC". */
export const ORG_SUFFIXES =
  'inc|inc.|corp|corp.|co|co.|ltd|ltd.|plc|llc|llp|ag|sa|nv|bv|gmbh|spa|s.a.|n.v.|ab|asa|oyj|kk|bhd|pty|pte|holdings|group|fc|f.c.|afc|cf|sc|ac|united|rovers|wanderers|athletic|albion|club|associates|partners|cpas|accountants|consultants|consulting|bancorp|bankshares|airlines|airways|motors|industries|international|technologies|systems|securities|capital|investments|resources|mining|petroleum|oil|energy|pharmaceuticals|communications|telecom|media|press|news|times|post|journal|herald|tribune|gazette|daily|agency|ministry|council|committee|commission|party|front|movement|army|police|court|parliament|assembly|congress|senate|federation|association|union|institute|university|college|school|foundation|trust|bank|exchange|board|bureau|service|services|office|authority|organisation|organization|forces|guard|brigade|church|hospital|robotics|therapeutics|biosciences|bioscience|pharma|labs|networks|software|solutions|logistics|analytics|dynamics|electronics|semiconductor|semiconductors|aerospace|shipping|brewing|foods|apparel|studios|pictures|records|ventures|advisors|advisers|realty|properties|mills|telecommunications|broadcasting|publishing|airline|railway|railways|facility';

/** Alternative names of one place or body: canonical name, its type, the other forms. */
export const EQUIVALENT_NAMES: readonly (readonly [
  string,
  'place' | 'organization',
  ...string[],
])[] = [
  ['United States', 'place', 'US', 'U.S.', 'USA', 'U.S.A.', 'United States of America'],
  ['United Kingdom', 'place', 'UK', 'U.K.', 'Britain', 'Great Britain'],
  ['United Arab Emirates', 'place', 'UAE', 'U.A.E.'],
  ['Soviet Union', 'place', 'USSR', 'U.S.S.R.'],
  ['United Nations', 'organization', 'UN', 'U.N.'],
  ['European Union', 'organization', 'EU', 'E.U.'],
  ['NATO', 'organization', 'Nato', 'North Atlantic Treaty Organization'],
];

/** Places the word lists miss or list under another class. */
export const OWN_PLACES =
  // Former states still named in news archives, and world regions.
  'yugoslavia|czechoslovakia|zaire|burma|rhodesia|east germany|west germany|east timor|bosnia|herzegovina|serbia|montenegro|macedonia|dagestan|ingushetia|kurdistan|punjab|xinjiang|midwest|far east|north america|south america|central america|southeast asia|south east asia|east asia|south asia|central asia|west africa|east africa|southern africa|north africa|central africa|horn of africa|sub-saharan africa|caucasus|north caucasus|indochina|oceania|antarctica|arctic|wall street|silicon valley|' +
  'united states|united kingdom|britain|great britain|england|scotland|wales|northern ireland|europe|asia|africa|latin america|middle east|gaza|gaza strip|west bank|hong kong|taiwan|tibet|kosovo|chechnya|crimea|kashmir|siberia|balkans|caribbean|scandinavia|baltic|pacific|atlantic|mediterranean|persian gulf|gulf|north korea|south korea|south africa|new zealand|washington|moscow|beijing|pyongyang|seoul|tokyo|london|paris|berlin|brussels|kiev|kyiv|tehran|baghdad|jerusalem|cairo|damascus|kabul|islamabad|new delhi|geneva|vienna|rome|madrid|ankara|istanbul|nairobi|lagos|sydney|toronto|havana';

/** Organisations written without any suffix that news names all the time. */
export const OWN_ORGANIZATIONS =
  'kremlin|white house|fed|treasury|pentagon|downing street|vatican|nato|united nations|european union|european commission|european parliament|world bank|imf|international monetary fund|wto|world trade organization|opec|interpol|fbi|cia|nsa|reuters|associated press|bbc|cnn|al jazeera|xinhua|tass|interfax|itar-tass|nasdaq|nymex|fifa|uefa|ioc|red cross|greenpeace|amnesty international|hamas|hezbollah|taliban|al qaeda|congress|senate|parliament|supreme court|federal reserve|bundesbank|bundestag|duma|knesset|security council|general assembly|politburo|world health organization|unicef|unesco|asean|african union|arab league|commonwealth|microsoft|apple|google|facebook|amazon|ibm|intel|toyota|boeing|airbus|nasa|nike';

/** Particles that may sit inside a multi-word name: "Bank of England", "Ludwig van Beethoven". */
export const NAME_PARTICLES =
  'of|de|da|di|del|della|der|den|van|von|du|la|le|al|el|bin|ibn|y|dos|das';

/** Words that end place names, beyond the general word list: "Kim Il Sung Square". */
export const OWN_PLACE_WORDS =
  'square|street|avenue|road|boulevard|park|bridge|palace|guesthouse|mausoleum|stadium|airport|harbour|harbor|strait|straits|sea|ocean|river|province|district|territory|region|oblast|prefecture|governorate|canal|channel|peninsula|desert|valley|mountains|islands|island|coast|quay|wharf|marina|pier|docks|junction|circle|estate|reservoir|forest|heath|moor';

/** Nationality words the general list lacks (MISC in news, never an actor by themselves). */
export const OWN_DEMONYMS =
  'israeli|israelis|iraqi|iraqis|kuwaiti|pakistani|saudi|somali|yemeni|bangladeshi|nepali|omani|qatari|azerbaijani|bahraini|emirati|afghani|kazakh|uzbek|tajik|kyrgyz|turkmen|thai|lao|burmese|sri lankan|western|eastern|northern|southern|european|asian|african|arab|arabic|latin|islamic|muslim|christian|jewish|catholic|protestant|orthodox|sunni|shia|shiite|kurdish|palestinian|palestinians|soviet|olympic|communist|socialist|democrat|democrats|republican|republicans|conservative|conservatives|liberal|liberals|labour|tory|tories';

/** Last words of event and competition names (not actors): "U.S. Open", "Fed Cup", "Labor Day". */
export const EVENT_WORDS =
  'open|cup|tour|day|championship|championships|games|olympics|series|trophy|prix|classic|masters|qualifier|tournament|war|award|awards|prize|festival|derby|grand slam|marathon|rally|week|conference|summit|standings|scoreboard|results|league';
