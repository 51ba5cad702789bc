/**
 * Portuguese evidence (European and Brazilian). Written for this project from general knowledge
 * of Portuguese news style (no list is taken from an evaluation set): roles before names,
 * "em"/"no"/"na" before places, heads that open an organisation's or a place's name, particles
 * inside names, and the function words that open sentences but never names.
 */
import { COUNTRIES_PT } from '../lexicon/countries';
import { COMMON_WORDS } from '../lexicon/common-pt';
import { ORDINARY_PT } from '../lexicon/ordinary-words';
import { buildEvidence } from './build';
import type { LanguageEvidence } from './types';
import { LOCAL_TOWNS } from '../lexicon/local-towns-pt';

const TABLE = buildEvidence({
  countries: COUNTRIES_PT,
  ordinary: ORDINARY_PT,
  everyday: COMMON_WORDS,
  events:
    'prémio|prêmio|gp|volta|tour|rali|torneio|idade|dia|taça|copa|campeonato|festival|jogos|olímpicos|mundial|terramoto|terremoto|guerra|batalha|tratado|acordo|lei|decreto|decreto-lei|reforma|greve|salão|feira|exposição|expo|revolução|crise|massacre|operação|conferência|cimeira|jornada|semana|noite|bienal|série|liga|estatuto|regulamento|directiva|diretiva|plano|programa|protocolo|pacto|convenção|carta|código|orçamento|estratégia|agenda|indexante|decisão|resolução|despacho|portaria|deliberação',
  places:
    'europa|américa|américa latina|américa do sul|américa do norte|áfrica|ásia|oceânia|médio oriente|oriente médio|extremo oriente|eua|união soviética|urss|holanda|inglaterra|escócia|país de gales|balcãs|caraíbas|caribe|antárctida|antártida|londres|moscovo|moscou|varsóvia|praga|viena|bruxelas|lisboa|atenas|copenhaga|estocolmo|pequim|nova deli|jerusalém|cairo|teerão|teerã|bagdade|damasco|beirute|kiev|são petersburgo|washington|nova iorque|nova york|roma|milão|nápoles|turim|veneza|florença|munique|colónia|frankfurt|hamburgo|genebra|zurique|berlim|paris|amesterdão|amsterdã|madrid|barcelona|sevilha|porto|coimbra|braga|faro|aveiro|setúbal|funchal|évora|viseu|leiria|são paulo|rio de janeiro|brasília|salvador|fortaleza|belo horizonte|manaus|curitiba|recife|porto alegre|belém|goiânia|luanda|maputo|praia|bissau|díli|macau|algarve|alentejo|minho|madeira|açores|trás-os-montes|beira|ribatejo|amazónia|amazônia|nordeste|bahia|pernambuco|minas gerais|tejo|douro|mondego',
  towns: LOCAL_TOWNS,
  roles:
    'sr.|sra.|senhor|senhora|dom|dona|d.|presidente|ministro|ministra|primeiro-ministro|prefeito|prefeita|presidente|senador|senadora|deputado|deputada|secretário|secretária|porta-voz|diretor|diretora|director|directora|general|coronel|capitão|comandante|doutor|doutora|dr.|dra.|professor|professora|padre|papa|bispo|cardeal|rei|rainha|príncipe|princesa|duque|conde|juiz|juíza|procurador|advogado|embaixador|governador|treinador|técnico|avançado|atacante|cantor|cantora|ator|atriz|actor|actriz|escritor|escritora|jornalista|fundador|líder|chefe|dj|candidato|candidata|vereador|autarca|engenheiro|eng.|arquiteto|arquitecto|frei|irmã',
  // Feasts: "a Páscoa", "o Carnaval" name a time of year, not an actor ("Natal" below).
  notActors: 'páscoa|carnaval|quaresma|pentecostes',
  placeBefore: 'em',
  placeBeforeWeak: 'a|desde|no|na|nos|nas|para',
  orgWords:
    'partido|banco|grupo|sociedade|companhia|empresa|associação|fundação|instituto|universidade|ministério|conselho|congresso|senado|governo|assembleia|câmara|tribunal|supremo|agência|federação|confederação|união|liga|movimento|sindicato|comité|comitê|comissão|academia|escola|colégio|museu|teatro|hospital|caixa|junta|exército|polícia|guarda|organização|clube|sporting|igreja|ordem|rádio|editora|secretaria|prefeitura|departamento|centro|serviço|direcção|direção|instituição|cooperativa|faculdade',
  orgSuffixes: 's.a.|sa|lda|lda.|ltda|ltda.|s/a',
  placeWords:
    'rua|avenida|praça|largo|travessa|serra|monte|lago|rio|ilha|ilhas|golfo|vale|cabo|porto|estado|distrito|concelho|município|baía|mar|bairro|são|santa|santo|mosteiro|convento|capela|catedral|basílica|santuário|palácio|castelo|torre|ponte|estádio|aeroporto|parque|jardim|maternidade|biblioteca|residência|circuito|pavilhão|auditório|cemitério|quinta|freguesia|região|província|aldeia|vila|alameda|calçada|estrada|rodovia|lagoa|ribeira|praia|planalto|península|arquipélago',
  notParticles: 'y',
  sayVerbs2: 'tem dito|havia dito|disse que|afirmou que|declarou que|explicou que',
  sayVerbs:
    'disse|afirmou|declarou|explicou|acrescentou|garantiu|referiu|disse|diz|anunciou|sublinhou',
  particles: 'de|do|da|dos|das',
  stopWords:
    'o|a|os|as|um|uma|uns|umas|de|do|da|dos|das|em|no|na|nos|nas|ao|aos|à|às|por|pelo|pela|pelos|pelas|para|com|sem|sobre|entre|até|desde|e|ou|mas|que|quem|qual|quais|cujo|onde|quando|como|não|sim|mais|menos|muito|todo|todos|toda|todas|este|esta|estes|estas|esse|essa|esses|essas|aquele|aquela|isto|isso|seu|sua|seus|suas|nosso|nossa|ele|ela|eles|elas|se|lhe|lhes|é|são|era|eram|foi|foram|ser|estar|tem|têm|tinha|há|após|segundo|depois|antes|durante|hoje|ontem|amanhã|agora|então|também|além|ainda|já|assim|porém|contudo|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|cada|outro|outra|outros|outras|mesmo|mesma|alguns|vários|eu|você|vocês|nós|meu|minha|quanto|quanta|quantos|quantas|ora|pois|nesta|neste|nestes|nestas|nesse|nessa|dois|duas|três|quatro|cinco|qual|porque|porquê|onde|aqui|ali|lá|depois|enquanto',
  firstNames:
    'joão|josé|antónio|antônio|manuel|francisco|carlos|paulo|pedro|luís|luiz|jorge|miguel|rui|nuno|ricardo|fernando|rafael|tiago|thiago|bruno|andré|marcelo|marcos|rodrigo|eduardo|sérgio|vítor|vitor|alberto|armando|augusto|diogo|duarte|fábio|filipe|gonçalo|henrique|hugo|joaquim|júlio|leonardo|lucas|mário|mateus|raimundo|roberto|sebastião|tomás|vasco|álvaro|aníbal|cavaco|lula|dilma|maria|ana|francisca|antónia|adriana|juliana|márcia|fernanda|patrícia|aline|sandra|camila|amanda|bruna|jéssica|letícia|júlia|luciana|vanessa|mariana|gabriela|beatriz|inês|catarina|sofia|rita|joana|teresa|helena|isabel|cristina|marta|sara|filipa|margarida|leonor|carla|paula|sónia|sônia|fátima|rosa|conceição|graça',
  possessives: {},
  nameBeforePerson: true,
  quotedTitles: true,
  stopWordsNoNames: true,
  of: 'de|do|da|dos|das',
});

/** A verb with its pronoun joined by a hyphen: "Acusa-se", "Chama-se", "Diga-me", "Procura-se". */
const CLITIC_VERB = /^\p{L}{2,}-(?:se|me|te|lhe|lhes|nos|vos|o|a|os|as|lo|la|los|las|no|na)$/u;

/** Endings of Portuguese abstract nouns: -ção, -dade, -mento, -ência, -ância, -agem, -ismo. */
const ABSTRACT = /(?:ção|ções|dade|dades|mento|mentos|ência|ância|agem|ismo)$/;

/**
 * Abstract nouns that head the names of institutions and offices: "Autoridade da Concorrência",
 * "Comunidade Europeia", "Presidência Alemã", "Administração Interna", "Entidade Reguladora".
 */
const INSTITUTION_HEADS = new Set(
  'autoridade|comunidade|entidade|presidência|administração|inspecção|inspeção|fiscalização|coordenação|superintendência|intendência|vigilância|procuradoria|provedoria|assistência|previdência|defensoria|delegação|representação|irmandade|confraria|congregação|agremiação|corporação|federação|confederação|associação|fundação|organização|direcção|direção|sociedade|universidade|comissão|conferência|assembleia|agência|fraternidade|misericórdia|câmara|prefeitura|secretaria|ministério'.split(
    '|',
  ),
);

export const PORTUGUESE: LanguageEvidence = {
  ...TABLE,
  notNameStart: (lower) => CLITIC_VERB.test(lower),
  // "a Constituição", "a Ocupação", "na Presidência": an abstract noun alone names no one.
  abstractNoun: (lower) => lower.length > 7 && ABSTRACT.test(lower),
  // Portuguese capitalises policies and fields: "as Alterações Climáticas", "o Desenvolvimento
  // Rural", "a Prevenção do Tabagismo" name what is done, not who does it.
  topicHead: (lower) => lower.length > 7 && ABSTRACT.test(lower) && !INSTITUTION_HEADS.has(lower),
  // "D. João II", "Dr. Catanho de Meneses": Portuguese writes Dom / Dona and the doctor's title as
  // part of the name a person is known by, kings' above all.
  // "o filme Tropa de Elite", "o jogo Mario Bros", "o sistema HSD": works, products and
  // techniques are introduced by their kind; people, firms and places by none of these.
  thingBefore: new Set(
    'filme|filmes|livro|romance|álbum|disco|canção|música|single|peça|série|novela|telenovela|jogo|videojogo|mangá|curta-metragem|longa-metragem|documentário|musical|ópera|poema|quadro|software|aplicação|aplicativo|sistema|tecnologia|termo|cartão|formato|protocolo|padrão|motor|modelo|vírus|worm|trojan|cerveja|carro|automóvel|telemóvel|celular'.split(
      '|',
    ),
  ),
  fieldBefore: new Set(
    'ministro|ministra|ministros|ministério|secretário|secretária|secretaria|pasta|licenciatura|licenciado|licenciada|licenciados|mestrado|doutoramento|doutorado|bacharelato|bacharelado|graduação|pós-graduação|curso|cursos|estagiário|estagiária|estagiários|catedrático'.split(
      '|',
    ),
  ),
  // "no Natal", "a ceia de Natal", "o Natal de 1999": Christmas; "em Natal": the city.
  feasts: new Set(['natal']),
  civilities: new Set(['d.', 'dom', 'dona', 'dr.', 'dra.', 'sr.', 'sra.']),
  capitalsSayLittle: true,
};
