/**
 * Italian evidence. Written for this project from general knowledge of Italian news style (no
 * list is taken from an evaluation set): roles before names, "in"/"a" before places, heads that
 * open an organisation's or a place's name, particles inside names, and the function words that
 * open sentences but never names.
 */
import { COUNTRIES_IT } from '../lexicon/countries';
import { COMMON_WORDS } from '../lexicon/common-it';
import { ORDINARY_IT } from '../lexicon/ordinary-words';
import { buildEvidence, shapeGuess } from './build';
import type { LanguageEvidence } from './types';
import { LOCAL_TOWNS } from '../lexicon/local-towns-it';

const TABLE = buildEvidence({
  countries: COUNTRIES_IT,
  ordinary: ORDINARY_IT,
  everyday: COMMON_WORDS,
  events:
    'premio|gp|giro|coppa|campionato|campionati|festival|olimpiadi|olimpiade|mondiali|mondiale|europei|terremoto|alluvione|guerra|battaglia|trattato|accordo|legge|decreto|riforma|sciopero|salone|fiera|mostra|expo|rivoluzione|crisi|strage|processo|operazione|conferenza|vertice|summit|giornata|settimana|anno|notte|palio|serie',
  places:
    "stati uniti|gran bretagna|europa|americhe|medio oriente|vicino oriente|estremo oriente|vaticano|città del vaticano|olanda|sud america|nord america|america latina|unione sovietica|urss|oceania|antartide|artico|balcani|caucaso|roma|milano|napoli|torino|palermo|genova|bologna|firenze|bari|catania|venezia|verona|messina|padova|trieste|brescia|taranto|parma|prato|modena|reggio calabria|reggio emilia|perugia|livorno|ravenna|cagliari|foggia|rimini|salerno|ferrara|sassari|latina|monza|siracusa|pescara|bergamo|trento|bolzano|vicenza|ancona|udine|lecce|pisa|siena|aosta|potenza|campobasso|catanzaro|l'aquila|parigi|londra|berlino|mosca|madrid|lisbona|vienna|bruxelles|amsterdam|atene|varsavia|praga|budapest|stoccolma|copenaghen|dublino|edimburgo|ginevra|zurigo|monaco di baviera|francoforte|amburgo|colonia|marsiglia|lione|barcellona|siviglia|pechino|nuova delhi|gerusalemme|il cairo|istanbul|ankara|teheran|baghdad|damasco|beirut|kiev|san pietroburgo|new york|los angeles|washington|città del messico|buenos aires|rio de janeiro|san paolo|tokyo|lombardia|piemonte|veneto|liguria|toscana|lazio|campania|puglia|calabria|sicilia|sardegna|emilia-romagna|friuli-venezia giulia|trentino-alto adige|umbria|marche|abruzzo|molise|basilicata|valle d'aosta|baviera|catalogna|andalusia|scozia|galles|inghilterra|normandia|bretagna|provenza|alpi|appennini|dolomiti|vesuvio|etna|sahara|mediterraneo",
  towns: LOCAL_TOWNS,
  notActors:
    'paese|natale|pasqua|pasquetta|ferragosto|capodanno|epifania|carnevale|quaresima|ognissanti',
  roles:
    'presidente|ministro|ministra|premier|sindaco|sindaca|senatore|senatrice|deputato|deputata|segretario|segretaria|leader|portavoce|direttore|direttrice|assessore|governatore|consigliere|onorevole|signor|signora|sig.|sig.ra|dott.|dottor|dottoressa|prof.|professor|professore|professoressa|avvocato|giudice|procuratore|generale|papa|cardinale|monsignor|don|padre|suor|re|regina|principe|principessa|allenatore|tecnico|attaccante|centrocampista|difensore|portiere|cantante|attore|attrice|regista|scrittore|scrittrice|giornalista|ad|amministratore|fondatore|imprenditore|capo|pm|commissario|ambasciatore|vicepresidente|vicepremier|sottosegretario|cancelliera|cancelliere',
  placeBefore: 'in|nel|nella|nello|verso|presso',
  placeBeforeWeak: 'a',
  orgWords:
    'partito|banca|banco|gruppo|società|azienda|compagnia|associazione|fondazione|istituto|università|ministero|comune|regione|provincia|camera|senato|governo|consiglio|corte|tribunale|procura|agenzia|federazione|confederazione|unione|lega|movimento|sindacato|polizia|carabinieri|esercito|museo|teatro|ospedale|scuola|accademia|consorzio|ente|autorità|commissione|comitato|organizzazione|radio|assemblea|fiat|guardia|forze|servizio|protezione|croce|brigate|brigata|rifondazione|alleanza|fronte|autonomia|cooperazione|ufficio|direzione|dipartimento|reparto|reggimento|stormo|aeronautica|collegio|circolo|club|sezione|cooperativa|edizioni|gazzetta|corriere|telegiornale|ferrovie|autostrade|poste',
  orgSuffixes: 's.p.a.|spa|s.r.l.|srl|s.a.s.|snc|onlus',
  placeWords:
    'piazza|via|viale|corso|monte|lago|fiume|isola|isole|golfo|valle|mar|mare|stretto|capo|porto|borgo|santo|san|santa|palazzo|castello|castel|stazione|aeroporto|parco|stadio|cattedrale|basilica|duomo|cappella|lido|val|punta|quartiere|frazione|autodromo',
  notParticles: 'y|al|la|le|les|los|las|el|du|des',
  sayVerbs2:
    'ha detto|ha dichiarato|ha spiegato|ha aggiunto|ha affermato|ha sottolineato|ha commentato|ha ribadito|ha replicato|ha raccontato|ha ricordato|aveva detto',
  sayVerbs: 'disse|dice|afferma|dichiara|spiega|aggiunge|sostiene|commenta|ribadisce|replica',
  particles: "di|de|del|della|dello|dei|degli|delle|da|dal|dalla|d'|d’|dell'|dell’",
  stopWords:
    "il|lo|la|i|gli|le|un|uno|una|l'|l’|di|a|da|in|con|su|per|tra|fra|del|della|dello|dei|degli|delle|al|alla|allo|ai|agli|alle|nel|nella|nello|nei|negli|nelle|sul|sulla|sui|sugli|sulle|dal|dalla|dai|dagli|dalle|e|ed|o|ma|se|che|chi|cui|non|come|dove|quando|perché|anche|ancora|già|più|meno|molto|tutto|tutti|tutte|questo|questa|questi|queste|quello|quella|quelli|quelle|suo|sua|suoi|sue|loro|nostro|essere|è|sono|era|erano|stato|stata|ha|hanno|aveva|secondo|dopo|prima|oggi|ieri|domani|ora|poi|però|infatti|inoltre|quindi|mentre|nel|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|egli|ella|lui|lei|noi|voi|essi|si|ci|ne|qui|là|così|sempre|mai|solo|nessun|nessuna|ogni|alcuni|altri|altre|altro|altra|due|tre|quattro|cinque|dieci|cento|mille|questa|quest'|quest’|nessuno|qualche|tutta|pure|invece|oltre|circa|tanto|troppo|poco|siamo|sei|siete|fu|furono|sarà|saranno|c'è|c’è|tuttavia|dunque|comunque|pertanto|infine|insomma|allora|anzi|cioè|ovvero|oppure|eppure|nonostante|purtroppo|finalmente|soprattutto|forse|appena|durante|entro|contro|sotto|sopra|dentro|fuori|senza|attraverso|grazie|intanto|ormai|proprio|inizialmente|successivamente|attualmente|recentemente|probabilmente|certamente|naturalmente|secondo|ecco|ieri|stamattina|stasera|stanotte|dobbiamo|possiamo|vogliamo|devo|posso|voglio|cerco|credo|penso|spero|abbiamo|avevamo|ho|hai",
  firstNames:
    'vittorio|vittoria|pier|pierluigi|piergiorgio|giancarlo|gianfranco|gianluigi|gianpaolo|giampaolo|ottavio|corrado|arturo|ernesto|ettore|fausto|flavio|franca|gino|ivo|lamberto|lino|mauro|nino|oreste|osvaldo|pasquale|rocco|rodolfo|rosario|sabrina|samuele|saverio|tiziana|tiziano|vito|virginia|ilaria|ilda|irene|lorella|loredana|luisa|manuela|marisa|mirella|nadia|ornella|patrizia|raffaella|rita|rossana|rosanna|serena|simona|stefania|susanna|veronica|vincenza|cristoforo|leopoldo|bettino|arnaldo|amintore|achille|alcide|palmiro|cesare|dino|elio|emilio|ferdinando|gabriella|gaetano|gennaro|girolamo|italo|marcello|marcella|mariano|massimiliano|matilde|nicolò|niccolò|remo|rinaldo|teodoro|ubaldo|camillo|giuseppe|giovanni|antonio|mario|luigi|francesco|angelo|vincenzo|pietro|salvatore|carlo|franco|domenico|bruno|paolo|michele|giorgio|aldo|sergio|luciano|roberto|stefano|andrea|marco|alessandro|matteo|lorenzo|davide|simone|federico|riccardo|luca|fabio|massimo|gianni|enrico|enzo|silvio|romano|walter|beppe|dario|maurizio|claudio|alberto|nicola|emanuele|raffaele|gianluca|daniele|alessio|ignazio|graziano|umberto|guido|giulio|piero|ugo|renato|sandro|giacomo|filippo|tommaso|gabriele|edoardo|leonardo|valerio|maria|anna|giuseppina|rosa|angela|giovanna|teresa|lucia|carmela|caterina|francesca|laura|chiara|giulia|sara|martina|valentina|elena|paola|silvia|federica|alessandra|roberta|monica|barbara|cristina|elisabetta|emma|giorgia|sofia|aurora|beatrice|alice|mara|rosy|mariastella|debora|livia',
  possessives: {},
  nameBeforePerson: true,
  quotedTitles: true,
  stopWordsNoNames: true,
  of: "di|del|della|dello|dell'|dell’|dei|degli|delle",
  // Italian writes the kind of a water in lower case before its name ("il fiume Po").
  lowerHeads: 'fiume|torrente|lago|golfo|stretto|canale',
  ofCues: {
    organization:
      'azionisti|azioni|titolo|dipendenti|lavoratori|amministratore|ceo|sede|sedi|fondatore|acquisto|acquisizione|bilancio|fatturato|clienti|vertici|dirigenti|stabilimento|stabilimenti|marchio|prodotti|utenti|iscritti|militanti|tifosi|giocatori|maglia|allenatore|squadra|deputati|senatori|eletti|segreteria|portavoce|esponenti|sito|servizi|offerta|comunicato|quotazione|capitalizzazione',
    person:
      'moglie|marito|figlio|figlia|padre|madre|fratello|sorella|nipote|vedova|compagna|compagno|avvocato|legale|legali|morte|funerali|governo|dimissioni|elezione|biografia',
    place:
      'abitanti|cittadini|sindaco|città|comune|centro|periferia|pressi|zona|provincia|regione|porto|aeroporto|stazione|nord|sud|est|ovest|capitale|territorio|confine|costa|coste|isola|ambasciata|prefettura|questura|diocesi|vescovo|arcivescovo',
  },
});

/** Institutions Italian news names by their head word, capitalised: "il Senato", "la Regione". */
const INSTITUTIONS = new Set(
  'senato|camera|parlamento|governo|regione|comune|esercito|cassazione|procura|questura|prefettura|quirinale|viminale|farnesina|consulta'.split(
    '|',
  ),
);

export const ITALIAN: LanguageEvidence = {
  ...TABLE,
  institutions: INSTITUTIONS,
  guess: (tokens, votes) => {
    const only = tokens.length === 1 ? tokens[0] : undefined;
    if (only && INSTITUTIONS.has(only.lower) && !only.atStart) return 'organization';
    return (TABLE.guess ?? shapeGuess)(tokens, votes);
  },
};
