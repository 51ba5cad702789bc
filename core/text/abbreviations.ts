/**
 * Abbreviations that end in a period, which Intl.Segmenter (ICU without its suppression data)
 * takes for sentence ends: "He met Dr. | Jones". Two kinds:
 * - `title`: a word that precedes a name or number and never ends a sentence (Mr., Dr., Prof.,
 *   German "Nr.", French "M."): the sentence always continues.
 * - `ambiguous`: an abbreviation that may end a sentence (U.S., Inc., Jan., etc.): the sentence
 *   continues unless the next word is a function word that typically opens a sentence.
 * Lists are per language (primary subtag); `*` applies to every language.
 */
const TITLES: Record<string, string> = {
  '*': 'dr prof',
  en:
    'mr mrs ms messrs mt ft gen sen rep gov lt col capt sgt cpl pvt adm maj cmdr rev hon pres ' +
    'supt det insp fr atty reps sens',
  de: 'hr hrn fr frl abg frhr nr bzw ca vgl sog ggf evtl inkl abs bd tel',
  fr: 'm mm mme mlle me mgr pr st ste av apr env cf n°',
  es: 'sr sra srta sres dra ud uds pág',
  it: 'sig sigg dott ing avv',
  pt: 'sr sra srta dra',
  nl: 'dhr mevr mw',
};

const AMBIGUOUS: Record<string, string> = {
  '*': 'etc',
  en:
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'no nos vs inc ltd co corp dept univ approx est fig vol pp ed eds al jr sr st ave rd blvd ' +
    'mass calif fla ariz ill mich minn wash conn penn',
  de: 'jan feb febr apr aug sep sept okt nov dez usw str mio mrd tsd',
  fr: 'janv févr avr juil sept oct nov déc',
};

/**
 * Results between two sides, as score lines write them: "Palm Bay d. Rockledge 70-44", "Nadal
 * def. Smith 6-3, 6-4", "Celtic bt. Rangers 2-1" (defeated, beat).
 */
const RESULTS: Record<string, string> = {
  en: 'd def bt',
};

function table(source: Record<string, string>): Map<string, Set<string>> {
  return new Map(Object.entries(source).map(([lang, words]) => [lang, new Set(words.split(' '))]));
}

const TITLE_SETS = table(TITLES);
const AMBIGUOUS_SETS = table(AMBIGUOUS);
const RESULT_SETS = table(RESULTS);

function has(sets: Map<string, Set<string>>, lang: string, word: string): boolean {
  return (sets.get('*')?.has(word) ?? false) || (sets.get(lang)?.has(word) ?? false);
}

export type AbbreviationKind = 'title' | 'ambiguous' | null;

/**
 * What kind of abbreviation `word` (as written, ending in ".") is in `lang` (primary subtag).
 * Dotted letter sequences (U.S., e.g., z.B., a.m.) count as ambiguous in every language.
 */
export function abbreviationKind(word: string, lang: string): AbbreviationKind {
  if (!word.endsWith('.')) return null;
  const bare = word.slice(0, -1).toLowerCase();
  if (has(TITLE_SETS, lang, bare)) return 'title';
  if (has(AMBIGUOUS_SETS, lang, bare)) return 'ambiguous';
  if (/^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(bare)) return 'ambiguous';
  return null;
}

/** Whether `word` (as written, "d.") abbreviates "defeated" in `lang`'s score lines. */
export function isResultWord(word: string, lang: string): boolean {
  return word.endsWith('.') && has(RESULT_SETS, lang, word.slice(0, -1));
}
