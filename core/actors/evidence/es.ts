/**
 * Spanish evidence. Written for this project from general knowledge of Spanish news style (no
 * list is taken from an evaluation set): roles and civilities before names (Sr., presidente),
 * "en" before places, heads that open an organisation's or a place's name, particles inside
 * names, and the function words that open sentences but never names.
 */
import { COUNTRIES_ES } from '../lexicon/countries';
import { COMMON_WORDS } from '../lexicon/common-es';
import { ORDINARY_ES } from '../lexicon/ordinary-words';
import { buildEvidence } from './build';
import { LOCAL_TOWNS } from '../lexicon/local-towns-es';

export const SPANISH = buildEvidence({
  countries: COUNTRIES_ES,
  ordinary: ORDINARY_ES,
  everyday: COMMON_WORDS,
  events:
    'premio|gp|gran premio|vuelta|copa|campeonato|festival|juegos|olímpicos|mundial|mundiales|terremoto|guerra|batalla|tratado|acuerdo|ley|decreto|reforma|huelga|salón|feria|exposición|expo|revolución|crisis|masacre|operación|conferencia|cumbre|jornada|semana|noche|serie|liga',
  places:
    'europa|américa|américa latina|latinoamérica|norteamérica|sudamérica|centroamérica|oriente medio|oriente próximo|extremo oriente|eeuu|áfrica|oceanía|unión soviética|urss|holanda|inglaterra|escocia|gales|balcanes|caribe|antártida|londres|moscú|varsovia|praga|viena|bruselas|lisboa|atenas|copenhague|estocolmo|pekín|nueva delhi|jerusalén|el cairo|teherán|bagdad|damasco|beirut|kiev|san petersburgo|washington|nueva york|roma|milán|nápoles|turín|venecia|florencia|múnich|colonia|fráncfort|hamburgo|ginebra|zúrich|berlín|parís|ámsterdam|madrid|barcelona|valencia|sevilla|zaragoza|málaga|murcia|palma|bilbao|alicante|córdoba|valladolid|vigo|gijón|granada|la coruña|vitoria|santander|pamplona|san sebastián|salamanca|toledo|cádiz|ciudad de méxico|guadalajara|monterrey|buenos aires|bogotá|medellín|lima|santiago|caracas|quito|la habana|montevideo|asunción|la paz|cataluña|andalucía|galicia|castilla|aragón|país vasco|navarra|extremadura|asturias|cantabria|canarias|baleares|tierra del fuego|patagonia|amazonia|ebro|tajo|guadalquivir|pirineos|andes|mediterráneo',
  towns: LOCAL_TOWNS,
  roles:
    'sr.|sra.|srta.|señor|señora|don|doña|presidente|presidenta|ministro|ministra|alcalde|alcaldesa|senador|senadora|diputado|diputada|secretario|secretaria|portavoz|director|directora|general|coronel|capitán|comandante|doctor|doctora|dr.|dra.|profesor|profesora|padre|papa|obispo|cardenal|rey|reina|príncipe|princesa|infanta|duque|duquesa|conde|condesa|juez|jueza|fiscal|abogado|embajador|gobernador|gobernadora|entrenador|técnico|delantero|cantante|actor|actriz|escritor|escritora|periodista|fundador|líder|jefe|jefa|consejero|consejera|candidato|candidata|emperador|fray|sor|vicepresidente|canciller|expresidente',
  placeBefore: 'en|hacia|desde',
  placeBeforeWeak: 'a|de|por',
  orgWords:
    'partido|banco|grupo|sociedad|compañía|empresa|asociación|fundación|instituto|universidad|ministerio|consejo|congreso|senado|gobierno|corte|tribunal|agencia|federación|confederación|unión|liga|movimiento|sindicato|comité|comisión|academia|escuela|colegio|museo|teatro|hospital|cámara|caja|junta|ayuntamiento|diputación|ejército|policía|guardia|organización|club|real|iglesia|orden|radio|editorial|selección',
  orgSuffixes: 's.a.|sa|s.l.|sl|s.a.u.',
  placeWords:
    'calle|avenida|plaza|paseo|monte|sierra|lago|río|isla|islas|golfo|valle|cabo|puerto|provincia|departamento|estado|cerro|bahía|mar|san|santa|santo',
  notParticles: 'y',
  sayVerbs2:
    'ha dicho|ha declarado|ha explicado|ha afirmado|ha señalado|ha asegurado|ha añadido|ha indicado|ha comentado',
  sayVerbs: 'dijo|afirmó|declaró|explicó|añadió|aseguró|señaló|indicó|dice|comentó',
  particles: 'de|del|la|las|los|da|do',
  stopWords:
    'el|la|los|las|lo|un|una|unos|unas|de|del|a|al|en|con|por|para|sin|sobre|entre|hacia|desde|hasta|y|e|o|u|pero|sino|que|quien|quienes|cual|cuales|cuyo|donde|cuando|como|no|sí|más|menos|muy|todo|todos|toda|todas|este|esta|estos|estas|ese|esa|esos|esas|aquel|aquella|su|sus|nuestro|nuestra|él|ella|ellos|ellas|se|le|les|es|son|era|eran|fue|fueron|ser|estar|ha|han|había|tras|según|después|antes|durante|hoy|ayer|mañana|ahora|entonces|también|además|aunque|sin embargo|lunes|martes|miércoles|jueves|viernes|sábado|domingo|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|cada|otro|otra|otros|otras|mismo|misma|algunos|varios|ya|aún|así',
  firstNames:
    'josé|juan|antonio|manuel|francisco|luis|javier|carlos|miguel|jesús|pedro|ángel|rafael|fernando|pablo|jorge|alberto|sergio|alejandro|andrés|diego|daniel|david|enrique|ramón|vicente|joaquín|ignacio|mariano|alfredo|felipe|gabriel|ricardo|roberto|santiago|emilio|julio|raúl|rubén|óscar|iván|hugo|álvaro|gonzalo|martín|nicolás|sebastián|mateo|lucas|hernán|gustavo|eduardo|esteban|agustín|maría|carmen|ana|isabel|dolores|pilar|teresa|rosa|josefa|cristina|laura|marta|lucía|elena|sara|paula|patricia|beatriz|raquel|mercedes|rocío|silvia|mónica|sofía|valentina|camila|gabriela|andrea|alejandra|verónica|claudia|soraya|susana|inés|juana|margarita|victoria|fátima|concepción|montserrat|núria|jordi|josep|pere|xavier|iñaki|aitor|mikel',
  possessives: {},
  nameBeforePerson: true,
  quotedTitles: true,
  stopWordsNoNames: true,
  of: 'de|del',
  // Spanish writes the kind of a water, a mountain or a land in lower case before its name.
  lowerHeads:
    'río|mar|lago|laguna|estrecho|golfo|bahía|península|cordillera|monte|montes|desierto|cantón|condado|prefectura|canal|isla|islas|archipiélago|volcán',
});
