/**
 * English evidence: the words around a name that say what it names, and the names that are no
 * actors. Written for this project from general knowledge of English news style (no list is
 * taken from an evaluation set). Weights: 1 a hint, 2 a clear cue, 3 near proof, 4 as strong as
 * a word list.
 */
import type { KnownType } from '../votes';
import type { Cue, LanguageEvidence } from './types';

function table(...groups: (readonly [KnownType, number, string])[]): Map<string, Cue> {
  const map = new Map<string, Cue>();
  for (const [type, weight, words] of groups) {
    for (const w of words.split('|')) map.set(w, [type, weight]);
  }
  return map;
}

const words = (...lists: string[]): Set<string> => new Set(lists.join('|').split('|'));

function kinds(type: KnownType, list: string): [string, KnownType][] {
  return list.split('|').map((w) => [w, type]);
}

/** Nouns a company is called by: "retailer X", "X's rival". */
const COMPANY_NOUNS =
  'company|companies|firm|firms|maker|makers|manufacturer|producer|carrier|airline|bank|banks|lender|insurer|retailer|broker|brokerage|newspaper|publisher|broadcaster|network|chain|conglomerate|giant|subsidiary|unit|division|operator|distributor|supplier|developer|startup|start-up|rival|rivals|competitor|competitors|brand|label|studio|miner|automaker|carmaker|chipmaker|drugmaker|titan|group|outfit|fund|insurer|regulator|watchdog|agency|club|team|side|champions|charity|union|party|exchange|consultancy|lobby|platform|app|website|site|service|provider|owner|parent|partner|vendor|bidder|acquirer|suitor|peer|peers|specialist|player';

/** Things a company has or does, after its name: "X shares", "X's board". */
const COMPANY_THINGS =
  'business|businesses|platform|services|shares|share|stock|stocks|shareholders|stockholders|investors|profit|profits|earnings|revenue|revenues|sales|board|unit|units|subsidiary|subsidiaries|ceo|cfo|coo|cto|chairman|chairwoman|executives|executive|employees|staff|workers|plant|plants|factory|factories|headquarters|products|brand|brands|results|bonds|debt|stores|outlets|customers|clients|subscribers|users|website|spokesman|spokeswoman|spokesperson|analysts|economists|strategists|founder|co-founder|management|ipo|listing|merger|takeover|acquisition|chief|president|directors|dividend|dividends|margin|margins|guidance|valuation|portfolio|division|brand|bankruptcy|reorganization|reorganisation|restructuring|creditors|lenders|bondholders';

/** People's relations and life, after a possessive: "X's wife", "X's death". */
const PERSON_THINGS =
  'wife|husband|son|sons|daughter|daughters|father|mother|brother|sister|family|parents|children|widow|girlfriend|boyfriend|lawyer|lawyers|attorney|death|funeral|birthday|career|memoir|biography|resignation|campaign|presidency|tenure|successor|predecessor|aide|aides|spokesman|spokeswoman|supporters|speech|remarks|testimony';

/** A place's people and parts, after a possessive: "X's residents", "X's capital". */
const PLACE_THINGS =
  'residents|citizens|population|people|capital|economy|government|parliament|prime|coast|coastline|border|borders|north|south|east|west|northern|southern|eastern|western|largest|provinces|regions|states|cities|streets|neighbourhoods|neighborhoods|suburbs|mayor|governor|embassy|president|army|military|navy|currency|central|inflation|gdp|exports|imports|farmers|voters|housing';

const MONTH_OR_DAY =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

/** US states as party labels abbreviate them: AP style ("Minn.", "N.Y.") and postal codes ("MN"). */
const US_STATES: readonly (readonly [string, string, string])[] = [
  ['Alabama', 'ala', 'al'],
  ['Alaska', 'alaska', 'ak'],
  ['Arizona', 'ariz', 'az'],
  ['Arkansas', 'ark', 'ar'],
  ['California', 'calif', 'ca'],
  ['Colorado', 'colo', 'co'],
  ['Connecticut', 'conn', 'ct'],
  ['Delaware', 'del', 'de'],
  ['Florida', 'fla', 'fl'],
  ['Georgia', 'ga', 'ga'],
  ['Hawaii', 'hawaii', 'hi'],
  ['Idaho', 'idaho', 'id'],
  ['Illinois', 'ill', 'il'],
  ['Indiana', 'ind', 'in'],
  ['Iowa', 'iowa', 'ia'],
  ['Kansas', 'kan', 'ks'],
  ['Kentucky', 'ky', 'ky'],
  ['Louisiana', 'la', 'la'],
  ['Maine', 'maine', 'me'],
  ['Maryland', 'md', 'md'],
  ['Massachusetts', 'mass', 'ma'],
  ['Michigan', 'mich', 'mi'],
  ['Minnesota', 'minn', 'mn'],
  ['Mississippi', 'miss', 'ms'],
  ['Missouri', 'mo', 'mo'],
  ['Montana', 'mont', 'mt'],
  ['Nebraska', 'neb', 'ne'],
  ['Nevada', 'nev', 'nv'],
  ['New Hampshire', 'nh', 'nh'],
  ['New Jersey', 'nj', 'nj'],
  ['New Mexico', 'nm', 'nm'],
  ['New York', 'ny', 'ny'],
  ['North Carolina', 'nc', 'nc'],
  ['North Dakota', 'nd', 'nd'],
  ['Ohio', 'ohio', 'oh'],
  ['Oklahoma', 'okla', 'ok'],
  ['Oregon', 'ore', 'or'],
  ['Pennsylvania', 'pa', 'pa'],
  ['Rhode Island', 'ri', 'ri'],
  ['South Carolina', 'sc', 'sc'],
  ['South Dakota', 'sd', 'sd'],
  ['Tennessee', 'tenn', 'tn'],
  ['Texas', 'texas', 'tx'],
  ['Utah', 'utah', 'ut'],
  ['Vermont', 'vt', 'vt'],
  ['Virginia', 'va', 'va'],
  ['Washington', 'wash', 'wa'],
  ['West Virginia', 'wva', 'wv'],
  ['Wisconsin', 'wis', 'wi'],
  ['Wyoming', 'wyo', 'wy'],
];

/** English nicknames that are not the start of the given name they shorten. */
const NICKNAMES =
  'william:bill|billy|will|willy|liam,robert:bob|bobby|bert|robbie,richard:dick|rick|ricky|rich|richie,james:jim|jimmy|jamie,john:jack|johnny,edward:ted|teddy|ned|eddie|ed,anthony:tony,margaret:peggy|maggie|meg|greta,elizabeth:betty|beth|liz|lizzy|libby|bess|betsy,katherine:kate|katie|kathy|cathy|catherine|kathryn|kat,susan:sue|susie,charles:chuck|charlie,henry:hank|harry,lawrence:larry,gerald:jerry,michael:mike|mikey|mickey,steven:steve|stephen,joseph:joe|joey,david:dave,andrew:andy|drew,alexander:sandy|xander,daniel:danny,donald:donny,ronald:ronnie,kenneth:kenny,nathaniel:nate,rebecca:becky,abigail:abby,deborah:debbie|deb,victoria:vicky,gabriel:gabe,zachary:zach|zack,frederick:freddy,bernard:bernie,theodore:theo,thomas:tommy,peter:pete,jacob:jake,isabel:izzy|isabelle,jennifer:jenny';

export const ENGLISH: LanguageEvidence = {
  before: table(
    ['organization', 2, COMPANY_NOUNS],
    [
      'person',
      2,
      'analyst|economist|strategist|spokesman|spokeswoman|spokesperson|founder|co-founder|chairman|chairwoman|ceo|cfo|executive|director|author|reporter|correspondent|columnist|writer|editor|actor|actress|singer|rapper|player|striker|coach|lawyer|attorney|judge|senator|lawmaker|minister|secretary|adviser|advisor|professor|researcher|scientist|investor|billionaire|entrepreneur|candidate|colleague|wife|husband|son|daughter|brother|sister|mother|father|photographer|manager|partner|president|chief|boss|businessman|businesswoman|tycoon|mogul|banker|trader|governor|mayor|commissioner|officer|official|leader|premier|dr|mr|mrs|ms|sir|dame',
    ],
    ['place', 2, 'in|near|across|throughout|outside|inside|around|towards|toward|via|within'],
    ['place', 1, 'from|to|into'],
  ),
  before2: table(
    // "according to X" says nothing of X's kind (and overrules "to X").
    ['organization', 0, 'according to|thanks to|due to|compared to|compared with|similar to'],
    [
      'organization',
      1,
      'research from|data from|report from|survey by|research by|investment in|invested in|invest in|investing in',
    ],
    [
      'organization',
      3,
      'shares of|shares in|stake in|stock of|shareholders of|shareholder in|acquisition of|takeover of|chief executive of|executive of|ceo of|cfo of|chairman of|founder of|co-founder of|subsidiary of|unit of|division of|spokesman for|spokeswoman for|spokesperson for|analyst at|analysts at|analyst from|analysts from|researchers at|researchers from|economist at|economists at|strategist at|strategists at|partner at|director at|professor at|works at|worked at|joined|customers of|employees of|board of|deal with|merger with',
    ],
    [
      'place',
      3,
      'city of|town of|village of|state of|province of|county of|region of|capital of|people of|residents of|citizens of|government of|north of|south of|east of|west of|outskirts of|suburbs of|coast of|centre of|center of|streets of|mayor of|governor of|born in|based in|headquartered in|lives in|moved to|travelled to|traveled to|flew to|visit to|trip to',
    ],
  ),
  after: table(
    ['organization', 2, COMPANY_THINGS + '|group'],
    [
      'place',
      2,
      "region|province|area|county|district|state|region’s|region's|coast|peninsula|valley|basin",
    ],
    [
      'organization',
      1,
      'data|survey|report|filing|announced|reported|launched|acquired|shipped|hired|unveiled|filed',
    ],
  ),
  titleAfter: table(
    [
      'organization',
      2,
      'ceo|cfo|coo|cto|chairman|chairwoman|founder|co-founder|spokesman|spokeswoman|spokesperson|executive|chief|analyst|analysts|economist|strategist|managing|partner',
    ],
    ['organization', 1, 'president|director|head|boss'],
    [
      'place',
      2,
      'minister|prime|premier|governor|mayor|senator|ambassador|foreign|finance|interior|defence|defense',
    ],
  ),
  afterPossessive: table(
    ['organization', 2, COMPANY_THINGS],
    ['person', 2, PERSON_THINGS],
    ['place', 2, PLACE_THINGS],
  ),
  after2: table(
    ['organization', 3, 'said it|says it|said its|says its|, which|which is|which has'],
    [
      'person',
      3,
      'said he|says he|said she|says she|said his|said her|, who|who is|who was|, whose',
    ],
  ),
  kindNouns: new Map<string, KnownType>([
    ...kinds(
      'organization',
      COMPANY_NOUNS +
        '|provider|maker|manufacturer|business|corporation|institution|organisation|organization|association|charity|foundation|university|college|school|hospital|ministry|department|authority|council|committee|court|government|newspaper|magazine|broadcaster',
    ),
    ...kinds(
      'place',
      'city|town|village|country|state|province|region|county|district|island|islands|suburb|capital|port|river|lake|mountain|valley|neighbourhood|neighborhood|municipality|territory|nation|republic|kingdom|area|resort|peninsula|borough',
    ),
    ...kinds(
      'person',
      'man|woman|boy|girl|father|mother|son|daughter|wife|husband|analyst|economist|executive|founder|lawyer|politician|player|actor|actress|singer|writer|author|journalist|reporter|professor|scientist|doctor|investor|entrepreneur|billionaire|businessman|businesswoman|official|spokesman|spokeswoman|student|teacher|veteran|resident|native|chief|director|manager|partner|chairman|president|minister|senator|governor|mayor|candidate|member|former|retired|colleague|friend|mr|ms|mrs',
    ),
  ]),
  describers: words('a|an|the|one'),
  definite: words('the'),
  hyphenSuffix: table(
    ['place', 3, '-based|-born|-headquartered|-bound'],
    ['organization', 2, '-listed|-owned|-backed|-funded|-led'],
  ),
  sayVerbs: words('said|says|told|added|asked|wrote|stated|explained|noted|insisted|argued|warned'),
  possessives: new Map<string, KnownType>([
    ['his', 'person'],
    ['her', 'person'],
    ['its', 'organization'],
  ]),
  exchanges: words(
    'nyse|nasdaq|nasdaqgs|nasdaqgm|nasdaqcm|amex|nysemkt|nyse american|otc|otcqx|otcqb|lse|aim|tsx|tsxv|asx|nzx|jse|hkex|sgx|bse|nse|xetra|euronext|six|tyo|tse|krx|kosdaq',
  ),
  notActors: words(
    // Parties' adjectives alone ("a Democratic senator", "Republican voters").
    'democratic|republican',
    // Holidays and seasons.
    "christmas|easter|thanksgiving|halloween|hanukkah|chanukah|ramadan|eid|diwali|passover|lent|advent|new year|new year’s|new year's|boxing day|independence day|memorial day|labor day|labour day|valentine’s day|valentine's day|black friday|cyber monday|super bowl",
    // Diseases.
    "covid|covid-19|coronavirus|sars|sars-cov-2|mers|ebola|hiv|aids|zika|malaria|cholera|influenza|flu|measles|polio|tuberculosis|dengue|mpox|monkeypox|alzheimer|alzheimer’s|alzheimer's|parkinson’s|parkinson's|h1n1|h5n1|omicron|delta variant",
    // Economic and business terms, written in capitals.
    'gdp|gnp|cpi|ppi|pmi|eps|ipo|ipos|etf|etfs|reit|reits|ebitda|ebit|roi|roe|p/e|yoy|qoq|ytd|m&a|capex|opex|nav|aum|fx|saas|paas|b2b|b2c|api|apis|ai|ar|vr|iot|hr|pr|ceo|ceos|cfo|coo|cto|cio|cmo|vp|svp|evp|md|ngo|ngos|faq|pdf|url|usb|gps|tv|pc|pcs|dvd|gmo|ppe|vat|gst|esg|kpi|kpis|ev|evs|lng|lpg|bpd|mbps|gbps|5g|4g|3g|wi-fi|ads|adr|adrs|ads|mba|phd|uv|sme|smes|sms|rsvp|diy|asap|aka|ok|dna|rna|mri|icu|ftse 100|dow jones industrial average|s&p 500',
    // Stock market indices.
    'ftse|ftse 250|ftse 350|ftseurofirst|ftseurofirst 300|stoxx|stoxx 600|euro stoxx|euro stoxx 50|dax|cac 40|ibex 35|nikkei 225|topix|hang seng|kospi|sensex|nifty|nifty 50|s&p/asx 200|s&p/tsx|russell 2000|msci',
    // Currencies.
    'usd|eur|gbp|jpy|cny|rmb|inr|aud|cad|chf|hkd|sgd|nzd|krw|rub|zar|brl|mxn|sek|nok|dkk|pln|huf|czk|idr|myr|php|thb|vnd|ngn|kes|egp|sar|aed|rs|rp|bitcoin|ether',
    // Time zones, times, units.
    'et|pt|gmt|utc|bst|est|edt|cst|cdt|mst|mdt|pst|pdt|cet|cest|eet|ist|jst|kst|aest|aedt|hkt|sgt|am|pm|a.m.|p.m.|km|kg|mph|kph|mw|gw|kwh|mwh|bbl|mt',
    // Abbreviated months and days.
    'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat',
    // Page furniture.
    'view photo|view photos|photo|photos|image|images|video|videos|share|tweet|email|print|comments|comment|next page|prev page|previous page|full story|read more|related|advertisement|sponsored|subscribe|sign up|log in|click here|home|menu|search|getty images|file photo|photo credit|image source|source',
  ),
  creditLabels: words(
    'photo|photos|image|images|picture|pictures|credit|credits|caption|photograph|photographer|illustration|graphic|video|file photo|source|image source|photo credit|pictured',
  ),
  bylineWords: words(
    'by|reporting by|editing by|writing by|additional reporting by|compiled by|written by|edited by|reported by|photos by|photo by|interview by|story by',
  ),
  abstractNoun: (w) =>
    w.length > 7 && /(?:ment|tion|sion|ity|ness|ance|ence|ism|ture|ship)$/.test(w),
  // Verbs and adverbs opening a headline or sentence: "Questioning X", "Additionally".
  notNameStart: (w) => w.length > 5 && (w.endsWith('ing') || w.endsWith('ally')),
  // "1) Extremely Satisfied": suffixes of adverbs that English names hardly end in.
  adverb: (w) => w.length > 6 && /(?:ely|ously|fully|ively|edly|ently|antly|ably|ibly)$/.test(w),
  // "I’m", "We've", "They'll", "Don't": names take only the possessive 's ("O'Brien" goes on in
  // capitals).
  clitic: (w) => /['’](?:m|re|ve|d|ll)$|n['’]t$/.test(w),
  thingHeads: words(
    'act|acts|bill|law|laws|treaty|accord|accords|amendment|protocol|doctrine|plan|programme|program|scheme|initiative|index|indices|rank|ranking|rating|average|call|report|survey|app|software|edition|podcast|podcasts|newsletter|prize|ratio|rule|rules|code|directive|regulation|regulations|guidelines|manifesto|framework|formula|model|syndrome|disease|virus|variant|website|webpage|blog|crude|loan|bond|bonds|note|notes|weekend|gala|dinner|expo|fair',
  ),
  monthOrDay: (w) => MONTH_OR_DAY.test(w),
  productNouns: words(
    'port|ports|cable|cables|connector|connectors|charger|chargers|charging|adapter|adapters|adaptor|dongle|socket|slot|slots|chip|chips|chipset|processor|processors|core|cores|clock|usage|card|cards|drive|drives|display|displays|screen|keyboard|trackpad|strip|sensor|sensors|memory|storage|bandwidth|firmware|driver|drivers|support|compatibility|standard|interface|output|input|connectivity|cable-free|headset|earbuds|stylus|module|modules|feature|features|button|buttons|dock|docks|connection|connections|protocol|hub|hubs|controller|controllers',
  ),
  quantityWords: words('more|less|much|extra|enough'),
  salutations: words('dear'),
  samePerson: {
    nicknames: new Map(
      NICKNAMES.split(',').flatMap((entry) => {
        const [formal = '', short = ''] = entry.split(':');
        return short.split('|').map((n) => [n, formal] as const);
      }),
    ),
    suffixes: words('jr|jr.|sr|sr.|ii|iii|iv'),
  },
  partyStates: new Map(
    US_STATES.flatMap(([name, ap, postal]) => [
      [ap, name],
      [postal, name],
    ]),
  ),
  citations: true,
  thingAfter: words(
    'index|indices|indexes|futures|syndrome|virus|industrials|industrial average|composite index',
  ),
  acronymSmallWords: words('of|to|and|for|the|&|on|in|a'),
  namedOverLower: 4,
  fullNameFirms: 3,
  titleCaseNames: true,
  closedClass: words(
    'about|above|across|after|against|along|amid|among|around|at|before|behind|below|beside|besides|between|beyond|by|despite|during|except|for|from|in|inside|into|like|near|of|off|on|onto|over|per|since|through|throughout|to|toward|towards|under|unlike|until|upon|via|with|within|without',
    'also|meanwhile|however|moreover|furthermore|nevertheless|still|yet|now|then|today|yesterday|tomorrow|recently|earlier|later|previously|currently|finally|instead|indeed|thus|here|there|why|how|what|when|where|who|whom|whose|which|while|whether|although|though|because|unless|if|so|as|and|or|but|nor|not|both|each|every|some|such',
    // Page furniture before a name: "Related Acme Inc", "Read Acme Corp".
    'read|view|watch|related|latest|exclusive|breaking|updated|sponsored|advertisement|articles|podcasts',
  ),
  jobWords: words(
    'ambassador|president|chairman|chairwoman|chief|ceo|cfo|coo|officer|officers|spokesman|spokeswoman|spokesperson|minister|secretary|director|commissioner|governor|mayor|senator|envoy|official|officials|executive|head|leader|analyst|economist|correspondent|editor|reporter|founder|judge|prosecutor|attorney|counsel|adviser|advisor|manager|md|vice',
  ),
};
