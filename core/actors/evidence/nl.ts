/**
 * Dutch evidence. Written for this project from general knowledge of Dutch news style (no list is
 * taken from an evaluation set): roles before names, "in"/"naar" before places, organisation and
 * place heads, particles inside names (van, de, der, ten), and the function words that open
 * sentences but never names.
 */
import { COUNTRIES_NL } from '../lexicon/countries';
import { buildEvidence } from './build';
import { LOCAL_TOWNS } from '../lexicon/local-towns-nl';

export const DUTCH = buildEvidence({
  countries: COUNTRIES_NL,
  events:
    'prijs|gp|ronde|beker|kampioenschap|festival|spelen|wereldkampioenschap|wereldbeker|aardbeving|oorlog|wereldoorlog|slag|verdrag|akkoord|wet|hervorming|staking|beurs|tentoonstelling|expo|revolutie|crisis|operatie|conferentie|top|dag|week|nacht|serie|competitie|eredivisie',
  places:
    'europa|azië|afrika|amerika|noord-amerika|zuid-amerika|latijns-amerika|midden-oosten|verre oosten|verenigde staten|engeland|schotland|wales|holland|sovjet-unie|balkan|antarctica|londen|moskou|warschau|praag|wenen|brussel|lissabon|athene|kopenhagen|stockholm|peking|new delhi|jeruzalem|caïro|teheran|bagdad|damascus|beiroet|kiev|sint-petersburg|washington|new york|rome|milaan|napels|turijn|venetië|florence|münchen|keulen|frankfurt|hamburg|genève|zürich|berlijn|parijs|madrid|barcelona|sevilla|amsterdam|rotterdam|den haag|utrecht|eindhoven|groningen|tilburg|almere|breda|nijmegen|arnhem|haarlem|enschede|maastricht|leiden|dordrecht|zwolle|delft|antwerpen|gent|brugge|leuven|luik|namen|bergen|charleroi|hasselt|mechelen|paramaribo|willemstad|noord-holland|zuid-holland|noord-brabant|gelderland|overijssel|friesland|drenthe|flevoland|zeeland|limburg|vlaanderen|wallonië|randstad|veluwe|twente|waddenzee|noordzee|ijsselmeer|markermeer|rijn|maas|schelde|ijssel|waal|engeland|schotland|wales|beieren|elzas|catalonië|andalusië|siberië|midden-oosten|noord-ierland',
  towns: LOCAL_TOWNS,
  roles:
    'dhr.|mevr.|mevrouw|meneer|heer|de heer|president|premier|minister|burgemeester|wethouder|staatssecretaris|kamerlid|senator|voorzitter|woordvoerder|woordvoerster|directeur|generaal|kolonel|kapitein|dokter|dr.|prof.|professor|mr.|ir.|ing.|drs.|paus|bisschop|kardinaal|koning|koningin|prins|prinses|hertog|graaf|gravin|keizer|keizerin|sint|rechter|officier|advocaat|ambassadeur|gouverneur|trainer|coach|spits|zanger|zangeres|acteur|actrice|schrijver|schrijfster|journalist|oprichter|leider|chef|topman|topvrouw|kandidaat|bondscoach|ceo|pastoor|dominee|schilder|componist',
  placeBefore: 'in|naar|te',
  placeBeforeWeak: 'uit|bij|via|vanuit',
  orgWords:
    'partij|bank|groep|vereniging|stichting|instituut|universiteit|hogeschool|ministerie|raad|kamer|senaat|regering|kabinet|rechtbank|hof|agentschap|federatie|bond|unie|liga|beweging|vakbond|comité|commissie|academie|school|museum|theater|ziekenhuis|gemeente|provincie|politie|leger|organisatie|club|kerk|omroep|krant|maatschappij|fonds',
  orgSuffixes: 'n.v.|nv|b.v.|bv|v.o.f.|vof',
  placeWords:
    'straat|plein|gracht|laan|weg|kade|rivier|meer|eiland|eilanden|baai|golf|kaap|berg|dal|provincie|gemeente|regio|district|haven',
  sayVerbs: 'zei|zegt|verklaarde|stelde|liet|meldde|schreef|vertelde',
  particles: "van|de|der|den|ten|ter|het|'t|in|op|von|la|le|du",
  stopWords:
    "de|het|een|'t|van|in|op|te|ten|ter|aan|met|voor|door|over|bij|naar|uit|om|tot|tegen|onder|tussen|na|sinds|zonder|en|of|maar|want|dus|dat|die|dit|deze|wie|wat|waar|wanneer|hoe|niet|geen|wel|ook|nog|al|meer|minder|zeer|heel|alle|elk|elke|ieder|zijn|haar|hun|ons|onze|hij|zij|ze|wij|we|jij|u|ik|het|is|was|waren|werd|werden|wordt|worden|heeft|hebben|had|hadden|zal|zullen|kan|kunnen|volgens|na|voor|tijdens|vandaag|gisteren|morgen|nu|toen|dan|daarna|daarom|echter|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|er|hier|daar|zo|reeds|enkele|andere|sommige|veel|vele|beide",
  firstNames:
    'jan|johannes|pieter|peter|hendrik|cornelis|willem|gerrit|jacob|dirk|klaas|hans|henk|kees|wim|piet|johan|joost|bart|bas|ruud|mark|erik|frank|geert|joris|jeroen|koen|maarten|marco|martijn|michiel|niels|pim|rob|robert|ronald|sander|sjaak|stefan|thijs|tom|wouter|arjen|arie|bram|daan|fleur|anne|anna|maria|johanna|cornelia|elisabeth|hendrika|wilhelmina|petra|ingrid|marieke|sanne|femke|lotte|sophie|emma|julia|eva|linda|esther|annemarie|ellen|els|ilse|karin|marjolein|monique|nicole|saskia|wilma|yvonne|mieke|jeltje|lieke',
  possessives: {},
  nameBeforePerson: true,
  stopWordsNoNames: true,
  of: 'van|voor',
});
