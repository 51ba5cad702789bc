/**
 * Russian evidence. Written for this project from general knowledge of Russian news style (no
 * list is taken from an evaluation set). Russian capitalises names as English does, but declines
 * them: "Путин", "Путина", "Путину", "Путиным" are one name. Words are looked up, and names
 * merged, by their stem (the word less its case ending), so every list here is stemmed too.
 */
import type { Token } from '../tokens';
import type { KnownType } from '../votes';
import { COUNTRIES_RU } from '../lexicon/countries';
import { buildEvidence, shapeGuess } from './build';
import type { LanguageEvidence } from './types';

/** Case endings of nouns and adjectives, longest first. */
const ENDINGS = [
  'ами',
  'ями',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ой',
  'ей',
  'ом',
  'ем',
  'ым',
  'им',
  'ую',
  'юю',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ых',
  'их',
  'ам',
  'ям',
  'ах',
  'ях',
  'а',
  'я',
  'у',
  'ю',
  'е',
  'и',
  'ы',
  'о',
  'ь',
  'й',
];
const MIN_STEM = 3;
const CYRILLIC = /^[\u0400-\u04ff]/;

/**
 * The word less its case ending, when at least three letters are left: "москвы", "москве" →
 * "москв"; "медведевым" → "медведев". Surname suffixes (-ов, -ев, -ин) are no case endings and
 * stay. Words in other scripts are returned as they are.
 */
export function russianStem(lower: string): string {
  if (!CYRILLIC.test(lower)) return lower;
  const w = lower.replace(/ё/g, 'е');
  for (const e of ENDINGS) {
    if (w.length - e.length >= MIN_STEM && w.endsWith(e)) {
      // "Китай"/"Китая", "Сергей"/"Сергея", "Жириновский"/"Жириновского": the ending met first
      // ("й", "ая") may leave a vowel that another case takes away; the stem ends before it.
      const stem = w.slice(0, -e.length);
      return stem.length > MIN_STEM && VOWEL_END.test(stem) ? stem.slice(0, -1) : stem;
    }
  }
  return w;
}
const VOWEL_END = /[аеиоуыэюяй]$/;

/** Family names and patronymics by their (stemmed) ending: "Иванов", "Лавровым", "Петрович". */
const PERSON_ENDING = /(?:ов|ев|ин|ын|ск|цк|ович|евич|овн|евн|ичн|ук|юк|енк|ко|швили|дзе|ян)$/;

const ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю|ом|ем)$/;
/** Family names shaped as adjectives: "Жириновский", "Толстой", "Вяземская". */
const SURNAME_ADJECTIVE = /(?:ский|цкий|ская|цкая|ского|цкого|скому|цкому|ским|цким|ской|цкой)$/;

function russianGuess(
  tokens: readonly Token[],
  votes: Readonly<Record<KnownType, number>>,
): KnownType | null {
  const first = tokens[0];
  // "Федеральное", "Восточного": an adjective alone is part of a name the run lost, or none.
  if (tokens.length === 1 && first && ADJECTIVE.test(first.text.toLowerCase())) {
    if (!SURNAME_ADJECTIVE.test(first.text.toLowerCase())) return null;
    // "Российской", "Московского": adjectives of places far more often than family names;
    // only a cue ("президент", "сказал") makes one a person.
    if (votes.person === 0) return null;
  }
  if (tokens.length === 1 && first && !first.allCaps && PERSON_ENDING.test(first.lower)) {
    if (votes.place === 0 && votes.organization === 0) return 'person';
  }
  // "Заседание Московской", "Жители Соединённого": two capitalised words and no first name, role
  // or verb of saying are a sentence's opening word and an adjective more often than a person.
  const adjective = tokens.some((t) => ADJECTIVE.test(t.text.toLowerCase()));
  if (tokens.length > 1 && adjective && votes.organization + votes.place === 0 && votes.person <= 1)
    return null;
  return shapeGuess(tokens, votes);
}

/** Common Russian given names, both genders (nominative). */
const FIRST_NAMES =
  'александр|владимир|алексей|анатолий|андрей|антон|аркадий|борис|вадим|валентин|валерий|василий|виктор|виталий|владислав|вячеслав|геннадий|георгий|григорий|дмитрий|евгений|егор|иван|игорь|илья|кирилл|константин|леонид|максим|михаил|никита|николай|олег|павел|петр|пётр|роман|руслан|сергей|станислав|степан|юрий|ярослав|эдуард|артем|артём|денис|глеб|федор|фёдор|тимур|рамзан|вадим|всеволод|лев|семен|семён|ефим|марат|рустам|ильдар|айдар|анна|елена|ольга|наталья|татьяна|ирина|светлана|мария|екатерина|юлия|людмила|галина|марина|надежда|валентина|вера|оксана|дарья|ксения|алла|нина|любовь|лариса|жанна|зоя|полина|софья|анастасия|виктория|евгения|элла|эльвира';

/** Endings and how much each says a word is in the nominative, the form a name is shown in. */
const NOMINATIVE: readonly [RegExp, number][] = [
  // "Петровой", "Алтынбаевой": a woman's family name in an oblique case (her nominative is
  // "Петрова").
  [/(?:ов|ев|ёв|ин|ын)ой$/, 0],
  // "Путин", "Кремль", "Жириновский", "Андрей": a masculine nominative (their other cases add an ending).
  [/(?:[бвгджзклмнпрстфхцчшщ]|ь|ий|ый|[аеуыэюя]?й)$/, 2],
  // "Государственная", "Федеральное": an adjective's feminine or neuter nominative.
  [/(?:ая|яя|ое|ее)$/, 1.5],
  // "Москва", "Россия", "Анна": a feminine nominative, or a masculine genitive ("Путина").
  [/[аяо]$/, 1],
  // "Толстой" and "Петровой": a nominative as often as an oblique case.
  [/ой$/, 0.5],
];

/**
 * How much a name as written looks like its nominative ("Путин" 2 over "Путина" 1, "Москва" 1
 * over "Москвы" 0): words in capitals or another script say nothing.
 */
export function russianNominative(form: string): number {
  let score = 0;
  for (const word of form.split(/\s+/)) {
    const w = word.toLowerCase();
    if (!CYRILLIC.test(w) || word === word.toUpperCase()) {
      score += 1;
      continue;
    }
    score += NOMINATIVE.find(([ending]) => ending.test(w))?.[1] ?? 0;
  }
  return score;
}

const GIVEN = new Set(FIRST_NAMES.split('|'));
/** Given names ending in -а/-я that are men's. */
const MEN_IN_A = new Set(['илья', 'никита', 'фома', 'кузьма', 'савва']);

/** A given name's oblique ending → its nominative endings: "Олега" → "Олег", "Марии" → "Мария". */
const GIVEN_ENDINGS: readonly [string, readonly string[]][] = [
  ['ии', ['ия']],
  ['ьи', ['ья']],
  ['ом', ['']],
  ['ем', ['й', 'ь']],
  ['ой', ['а']],
  ['ей', ['я']],
  ['а', ['']],
  ['я', ['й', 'ь']],
  ['у', ['', 'а']],
  ['ю', ['й', 'ь', 'я']],
  ['е', ['', 'й', 'ь', 'а']],
  ['ы', ['а']],
  ['и', ['а', 'ь']],
];

/** A family name's oblique ending → its nominative, for a man and for a woman. */
const MAN_SURNAME: readonly [RegExp, string][] = [
  [/([сц]к)(?:ого|ому|им|ом)$/, '$1ий'],
  [/([оеё]в|[иы]н)(?:а|у|ым|е)$/, '$1'],
];
const WOMAN_SURNAME: readonly [RegExp, string][] = [
  [/([сц]к)(?:ой|ую)$/, '$1ая'],
  [/([оеё]в|[иы]н)(?:ой|у)$/, '$1а'],
];
/** A woman's family name that does not decline: a consonant's ("Осепчук", "Матевосян"), -о, -их. */
const WOMAN_UNDECLINED = /(?:[бвгджзклмнпрстфхцчшщ]|о|[иы]х)$/;
/** The ending a man's family name of a consonant takes in the case of his given name's. */
const MAN_ENDING = new Map([
  ['а', 'а'],
  ['я', 'а'],
  ['у', 'у'],
  ['ю', 'у'],
  ['ом', 'ом'],
  ['ем', 'ом'],
  ['е', 'е'],
]);

function capitalised(word: string, like: string): string {
  return like[0] === like[0]?.toLowerCase() ? word : (word[0]?.toUpperCase() ?? '') + word.slice(1);
}

/**
 * "Марии Алтынбаевой" → "Мария Алтынбаева", "Олега Ильина" → "Олег Ильин": a person's given name
 * and family name written only in an oblique case, put in the nominative when the given name is
 * a listed one (which says the person's sex and the case) and the family name has a regular
 * ending for it; anything else (a name left undeclined, "Толстой") undefined.
 */
export function russianPersonNominative(form: string): string | undefined {
  const words = form.split(' ');
  if (words.length !== 2) return undefined;
  const [given = '', family = ''] = words.map((w) => w.toLowerCase());
  if (GIVEN.has(given) || !CYRILLIC.test(given)) return undefined;
  const found = new Map<string, string>();
  for (const [ending, nominatives] of GIVEN_ENDINGS) {
    if (!given.endsWith(ending)) continue;
    for (const n of nominatives) {
      const base = given.slice(0, given.length - ending.length) + n;
      if (base.length > 2 && GIVEN.has(base)) found.set(base, ending);
    }
  }
  if (found.size !== 1) return undefined;
  const [[name, ending]] = [...found] as [[string, string]];
  // "Александра Петрова", "Ярослава": a woman's given name as well as a man's genitive.
  if (ending === 'а' && /(?:слав|андр)$/.test(name)) return undefined;
  const woman = (/[ая]$/.test(name) && !MEN_IN_A.has(name)) || name === 'любовь';
  let surname: string | undefined;
  for (const [pattern, to] of woman ? WOMAN_SURNAME : MAN_SURNAME) {
    if (pattern.test(family)) {
      surname = family.replace(pattern, to);
      break;
    }
  }
  if (!surname && woman && WOMAN_UNDECLINED.test(family)) surname = family;
  // A man's family name of another shape takes the given name's ending ("Олега Осепчука").
  const manEnding = MAN_ENDING.get(ending);
  if (!surname && !woman && manEnding && family.endsWith(manEnding)) {
    const stem = family.slice(0, family.length - manEnding.length);
    if (/[бвгджзклмнпрстфхчшщ]$/.test(stem)) surname = stem;
  }
  if (!surname) return undefined;
  return `${capitalised(name, words[0] ?? '')} ${capitalised(surname, words[1] ?? '')}`;
}

/** Places the text names without a cue: the country, its regions and cities, neighbours, rivers. */
const PLACES =
  'рф|кнр|оаэ|фрг|англия|китай|белоруссия|корея|южная корея|северная корея|европа|азия|африка|америка|северная америка|южная америка|латинская америка|ближний восток|арктика|антарктида|москва|санкт-петербург|петербург|новосибирск|екатеринбург|казань|нижний новгород|челябинск|самара|омск|ростов-на-дону|уфа|красноярск|воронеж|пермь|волгоград|краснодар|саратов|тюмень|тольятти|ижевск|барнаул|иркутск|ульяновск|хабаровск|владивосток|ярославль|махачкала|томск|оренбург|кемерово|новокузнецк|рязань|астрахань|пенза|липецк|тула|чебоксары|калининград|курск|улан-удэ|ставрополь|сочи|тверь|магнитогорск|брянск|белгород|сургут|архангельск|чита|смоленск|калуга|мурманск|грозный|якутск|севастополь|симферополь|киев|минск|харьков|одесса|донецк|луганск|львов|днепр|алматы|астана|ташкент|баку|тбилиси|ереван|кишинев|рига|вильнюс|таллин|лондон|париж|берлин|вашингтон|нью-йорк|пекин|токио|рим|мадрид|вена|варшава|прага|брюссель|женева|анкара|стамбул|тегеран|дамаск|багдад|каир|иерусалим|подмосковье|сибирь|урал|кавказ|крым|дагестан|чечня|татарстан|башкирия|башкортостан|якутия|камчатка|сахалин|кубань|приморье|поволжье|донбасс|волга|днепр|енисей|обь|амур|байкал';

/** Listed place names by their words' stems ("росс" → "россия"), when no two share one. */
let listedPlaces: Map<string, string> | undefined;

function placesByStem(): Map<string, string> {
  if (listedPlaces) return listedPlaces;
  const byStem = new Map<string, string | null>();
  for (const name of `${COUNTRIES_RU}|${PLACES}`.split('|')) {
    const key = name.split(' ').map(russianStem).join(' ');
    const seen = byStem.get(key);
    byStem.set(key, seen === undefined || seen === name ? name : null);
  }
  listedPlaces = new Map();
  for (const [key, name] of byStem) if (name) listedPlaces.set(key, name);
  return listedPlaces;
}

/** `listed`'s letters with the capitals of the text's `form`, part by part ("Санкт-Петербурге"). */
function withCapitalsOf(listed: string, form: string): string {
  const written = form.split(/([ -])/);
  return listed
    .split(/([ -])/)
    .map((part, i) => capitalised(part, written[i] ?? ''))
    .join('');
}

/**
 * "России" → "Россия", "Германии" → "Германия": a listed place the text writes only in an oblique
 * case, shown as the list gives it (the place is the same whatever the case; the nominative is
 * the form a reader looks for). A name in capitals ("США") or not listed is left as written.
 */
export function russianPlaceNominative(form: string): string | undefined {
  if (!CYRILLIC.test(form) || form === form.toUpperCase()) return undefined;
  const lower = form.toLowerCase();
  const listed = placesByStem().get(lower.split(' ').map(russianStem).join(' '));
  return listed && listed !== lower.replace(/ё/g, 'е') ? withCapitalsOf(listed, form) : undefined;
}

/**
 * Stems of common nouns by their suffix ("Правительство", "Позицию", "Представитель",
 * "Помощник", "Новость"): capitalised only where a sentence opens ("Позицию Кудрина…").
 */
const NOUN_STEM = /(?:ств|ост|[аиу]ц|тел|[щтд]ник|щик|чик)$/;

const TABLE = buildEvidence({
  countries: COUNTRIES_RU,
  events:
    'премия|гран-при|кубок|чемпионат|фестиваль|олимпиада|игры|война|битва|договор|соглашение|закон|реформа|забастовка|выставка|экспо|революция|кризис|операция|конференция|саммит|форум|день|неделя|ночь|серия|лига',
  places: PLACES,
  stem: russianStem,
  roles:
    'президент|премьер|премьер-министр|министр|замминистра|заместитель|губернатор|мэр|глава|председатель|депутат|сенатор|спикер|посол|послом|директор|генеральный|руководитель|лидер|секретарь|пресс-секретарь|представитель|советник|генерал|полковник|майор|капитан|адмирал|маршал|патриарх|митрополит|епископ|папа|король|королева|принц|принцесса|царь|император|судья|прокурор|адвокат|следователь|тренер|нападающий|форвард|певец|певица|актер|актриса|режиссер|писатель|журналист|основатель|владелец|бизнесмен|господин|госпожа|г-н|г-жа|вице-премьер|вице-президент|канцлер|аналитик|эксперт|профессор|доктор|академик|коллега',
  placeBefore: 'в|во',
  placeBeforeWeak: 'из|на|под|около|через|до',
  orgWords:
    'партия|фронт|собрание|палата|управление|инспекция|прокуратура|церковь|банк|компания|корпорация|концерн|холдинг|группа|фонд|агентство|министерство|ведомство|служба|комитет|комиссия|совет|суд|университет|институт|академия|школа|музей|театр|больница|клуб|союз|федерация|ассоциация|объединение|движение|организация|правительство|администрация|мэрия|дума|парламент|сенат|госдума|газета|журнал|телеканал|радиостанция|завод|фабрика',
  orgSuffixes: 'ооо|оао|зао|пао|ао|нко|фгуп|гуп|муп',
  placeWords:
    'область|край|район|округ|республика|улица|проспект|площадь|переулок|бульвар|шоссе|река|озеро|море|остров|острова|гора|горы|залив|пролив|полуостров',
  sayVerbs:
    'сказал|сказала|заявил|заявила|отметил|отметила|сообщил|сообщила|подчеркнул|добавил|пояснил',
  stopWords:
    'и|в|во|не|на|с|со|по|к|ко|у|о|об|от|из|за|для|до|при|про|без|над|под|через|между|после|перед|около|а|но|или|да|что|чтобы|как|так|также|тоже|же|ли|бы|если|когда|где|куда|это|этот|эта|эти|тот|та|те|то|его|ее|её|их|он|она|они|оно|мы|вы|я|ты|свой|своя|свои|весь|вся|все|всё|который|которая|которые|уже|еще|ещё|только|даже|всего|более|менее|очень|был|была|были|было|будет|есть|может|нет|здесь|там|теперь|сейчас|сегодня|вчера|завтра|однако|поэтому|кроме|кто|чем|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь|по|словам|тем|при|этом|вместе|пусть|пока|нужно|надо|можно|нельзя|наконец|нам|вам|им|ему|ей|сам|сама|сами|хотя|одновременно|почему|зачем|тогда|затем|потом|именно|лишь|ведь|вот|несмотря|согласно|вместо|впрочем|кстати|видимо|возможно|конечно|например|итак|сначала|далее|всё-таки|все-таки|причем|причём|зато|между|тем',
  firstNames: FIRST_NAMES,
  guess: russianGuess,
  nameBeforePerson: true,
});

export const RUSSIAN: LanguageEvidence = {
  ...TABLE,
  quoted: 'organization',
  nominative: russianNominative,
  personNominative: russianPersonNominative,
  placeNominative: russianPlaceNominative,
  adjective: (lower) => ADJECTIVE.test(lower),
  nounShape: (stem) => NOUN_STEM.test(stem),
};
