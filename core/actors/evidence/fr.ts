/**
 * French evidence. Written for this project from general knowledge of French news style (no list
 * is taken from an evaluation set): roles and civilities before names (M., Mme, président),
 * "à"/"en" before places, heads that open an organisation's or a place's name, particles inside
 * names, and the function words that open sentences but never names.
 */
import { COUNTRIES_FR } from '../lexicon/countries';
import { COMMON_WORDS } from '../lexicon/common-fr';
import { ORDINARY_FR } from '../lexicon/ordinary-words';
import { buildEvidence } from './build';
import type { LanguageEvidence } from './types';
import { LOCAL_TOWNS } from '../lexicon/local-towns-fr';

const TABLE = buildEvidence({
  countries: COUNTRIES_FR,
  ordinary: ORDINARY_FR,
  everyday: COMMON_WORDS,
  events:
    'prix|gp|tour|coupe|championnat|festival|jeux|olympiques|mondial|séisme|tremblement|guerre|bataille|traité|accord|loi|décret|réforme|grève|salon|foire|exposition|expo|révolution|crise|massacre|opération|conférence|sommet|journée|semaine|nuit|série|ligue',
  places:
    'europe|amérique|amérique latine|amérique du sud|amérique du nord|afrique|asie|océanie|moyen-orient|proche-orient|extrême-orient|états-unis|angleterre|écosse|pays de galles|hollande|union soviétique|urss|indochine|balkans|antarctique|londres|moscou|varsovie|prague|vienne|bruxelles|lisbonne|athènes|copenhague|stockholm|pékin|new delhi|jérusalem|le caire|téhéran|bagdad|damas|beyrouth|kiev|saint-pétersbourg|washington|new york|rome|milan|naples|turin|venise|florence|gênes|munich|cologne|francfort|hambourg|genève|zurich|bâle|berne|lausanne|anvers|gand|liège|bruges|marseille|lyon|toulouse|nice|nantes|strasbourg|montpellier|bordeaux|lille|rennes|reims|toulon|grenoble|dijon|angers|nîmes|brest|limoges|tours|amiens|metz|besançon|perpignan|orléans|rouen|caen|nancy|avignon|alger|tunis|rabat|casablanca|dakar|abidjan|montréal|québec|bretagne|normandie|alsace|lorraine|provence|corse|bourgogne|aquitaine|occitanie|picardie|savoie|wallonie|flandre|québec|île-de-france|seine|loire|rhône|garonne|alpes|pyrénées|méditerranée|manche',
  towns: LOCAL_TOWNS,
  roles:
    'm.|mme|mlle|mm.|monsieur|madame|mademoiselle|président|présidente|ministre|premier|maire|député|députée|sénateur|sénatrice|secrétaire|porte-parole|directeur|directrice|général|général|colonel|capitaine|commandant|maréchal|amiral|lieutenant|docteur|dr|professeur|maître|me|abbé|père|mgr|cardinal|pape|roi|reine|prince|princesse|duc|duchesse|comte|comtesse|baron|marquis|empereur|impératrice|saint|sainte|st|ste|juge|procureur|avocat|préfet|ambassadeur|consul|chancelier|chancelière|entraîneur|attaquant|chanteur|chanteuse|acteur|actrice|écrivain|journaliste|patron|fondateur|pdg|sieur|veuve|feu|citoyen|gouverneur|commissaire|inspecteur|candidat|candidate|leader|chef',
  // "S. Exc. M. Morel", "S. M. l'Empereur", "S. Em. le cardinal": Son Excellence, Sa Majesté, Son
  // Éminence abbreviated are honorifics before a name or a title, no one by themselves.
  notActors: 'exc|s. exc|s. ex|son exc|s. em|son em',
  placeBefore: 'en|au|aux|vers|dans',
  placeBeforeWeak: 'à|de|depuis|sur',
  orgWords:
    'parti|banque|bibliothèque|garde|front|groupe|société|compagnie|entreprise|association|fondation|institut|université|ministère|conseil|assemblée|sénat|gouvernement|cour|tribunal|agence|fédération|confédération|union|ligue|mouvement|syndicat|comité|commission|académie|école|lycée|collège|musée|théâtre|hôpital|office|chambre|caisse|crédit|société|journal|radio|club|église|armée|police|gendarmerie|organisation|cabinet|maison',
  orgSuffixes: 's.a.|sa|sarl|sas|s.a.s.|cie|et cie',
  placeWords:
    'rue|r.|avenue|boulevard|place|quai|mont|lac|fleuve|île|îles|golfe|vallée|cap|port|pont|faubourg|département|région|canton|arrondissement|saint-|château',
  notParticles: 'y|dos|das',
  sayVerbs2:
    'a déclaré|a dit|a expliqué|a affirmé|a ajouté|a souligné|a indiqué|a précisé|a estimé|a raconté',
  sayVerbs: 'dit|déclare|affirme|explique|ajoute|estime|souligne|précise|indique|raconte',
  particles: "de|du|des|d'|d’|la|le|les|l'|l’|sur",
  stopWords:
    "le|la|les|l'|l’|un|une|des|du|de|d'|d’|au|aux|à|en|dans|par|pour|sur|sous|avec|sans|entre|vers|chez|et|ou|mais|donc|or|ni|car|que|qu'|qu’|qui|quoi|dont|où|ne|pas|plus|moins|très|tout|tous|toute|toutes|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|votre|vos|il|elle|ils|elles|on|nous|vous|je|tu|se|si|est|sont|était|étaient|été|être|avoir|a|ont|avait|selon|après|avant|depuis|pendant|lors|aujourd'hui|hier|demain|alors|ainsi|aussi|encore|déjà|puis|enfin|cependant|toutefois|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|c'est|c’est|cela|ceci|celui|celle|ceux|chaque|aucun|aucune|certains|plusieurs|autre|autres|même|comme|quand|lorsque|parce|puisque",
  firstNames:
    'jean|pierre|michel|andré|philippe|louis|jacques|bernard|alain|françois|henri|paul|marcel|rené|georges|claude|nicolas|christophe|patrick|daniel|éric|laurent|thierry|olivier|stéphane|frédéric|julien|sébastien|emmanuel|dominique|gérard|yves|guy|charles|lucien|raymond|roger|robert|maurice|édouard|jules|émile|léon|victor|auguste|joseph|xavier|vincent|antoine|benoît|bruno|didier|fabien|gilles|hervé|jérôme|marc|mathieu|pascal|serge|maxime|hugo|lucas|théo|marie|jeanne|françoise|monique|catherine|nathalie|isabelle|sylvie|anne|martine|christine|jacqueline|brigitte|valérie|sophie|sandrine|céline|julie|camille|léa|manon|chloé|emma|marguerite|germaine|suzanne|madeleine|louise|yvonne|simone|ségolène|marine|élisabeth|hélène|claire|aurélie|delphine|véronique|agnès',
  possessives: {},
  nameBeforePerson: true,
  quotedTitles: true,
  stopWordsNoNames: true,
  of: "de|du|des|d'|d’",
});

/**
 * Adjectives of scope, creed and nation that French writes in lower case at the end of an
 * institution's name: "Assemblée nationale", "Parti communiste français", "Garde républicaine".
 */
const NAME_ADJECTIVE =
  /^(?:(?:nation|municip|génér|centr|fédér|roy|impéri|internation|radic|libér|coloni|région|territori|provinci|continent|mondi)(?:al|ale|aux|ales)|départementa(?:l|le|ux|les)|universel(?:le)?s?|populaires?|républicain(?:e)?s?|supérieur(?:e)?s?|européen(?:ne)?s?|socialistes?|communistes?|démocrat(?:e|ique)s?|catholiques?|protestants?|ouvri(?:er|ère)s?|agricoles?|militaires?|maritimes?|français(?:e|es)?|britanniques?|allemand(?:e)?s?|américain(?:e)?s?|italien(?:ne)?s?|espagnol(?:e)?s?|belges?|suisses?|russes?|soviétiques?)$/;

/**
 * Lower-case compounds French writes only with a hyphen, by a part: a pronoun after a verb
 * ("dit-il", "a-t-il", "disions-nous"), "-même", "-ci", "-là", "peut-être", numbers ("vingt-deux"),
 * and the prefixes of "sous-préfet", "demi-cercle", "chef-lieu", "celui-ci".
 */
const HYPHEN_SECOND = new Set(
  'même|mêmes|ci|là|t|être|il|elle|on|ils|elles|je|nous|vous|moi|toi|lui|dessus|dessous|deux|trois|quatre|cinq|six|sept|huit|neuf'.split(
    '|',
  ),
);
const HYPHEN_FIRST = new Set(
  'celui|celle|ceux|celles|peut|sous|vice|arrière|avant|grand|grande|demi|ex|anti|chef|après|porte|vingt|trente|quarante|cinquante|soixante|dix'.split(
    '|',
  ),
);

/**
 * French abstract nouns and trades by their ending ("Présidence", "Constitution", "Ferblanterie",
 * "Libéralisme"): alone, they name no one in particular.
 */
const ABSTRACT = /(?:tion|sion|ence|ance|ment|isme|erie|ité)s?$/;

export const FRENCH: LanguageEvidence = {
  ...TABLE,
  abstractNoun: (lower) => lower.length > 7 && ABSTRACT.test(lower),
  spacedCompound: (first, second) => HYPHEN_FIRST.has(first) || HYPHEN_SECOND.has(second),
  // "la veille de Noël", "les vacances de Pâques": the feast. A full name holding one stays
  // ("Noël Coward"); a strong place cue before it would make it a place.
  feasts: new Set(['noël', 'pâques', 'pentecôte', 'toussaint']),
  civilities: new Set([
    'm.',
    'mme',
    'mlle',
    'mm.',
    'mmes',
    'mlles',
    'me',
    'mgr',
    'lord',
    'lady',
    'sir',
  ]),
  lowerHeads: new Set(
    'rue|r.|avenue|boulevard|quai|impasse|faubourg|château|mer|lac|détroit|golfe|baie|péninsule|mont|monts|massif|comté|canal|îles'.split(
      '|',
    ),
  ),
  // "ministre de la Guerre", "ministère des Finances", "licence en Droit": a field, no actor.
  fieldBefore: new Set(
    'ministre|ministres|ministère|secrétaire|sous-secrétaire|secrétariat|portefeuille|licence|licencié|licenciée|agrégé|agrégée|agrégation|doctorat|diplôme'.split(
      '|',
    ),
  ),
  trailingNameAdjective: (lower) => NAME_ADJECTIVE.test(lower),
  streets: new Set(['rue', 'r.', 'avenue', 'boulevard', 'quai', 'impasse', 'faubourg']),
};
