/**
 * Small function-word lists for the languages we see most. They serve three purposes: telling a
 * sentence start from an abbreviation ("in the U.S. The …" vs "the U.S. Army"), guessing the
 * language of Latin-script text, and keeping function words out of sentence similarity.
 * Languages without a list still work: similarity then down-weights words that occur in most
 * sentences (see core/summary/terms.ts).
 */
const LISTS: Record<string, string> = {
  en:
    'a about above after again against all also am an and any are as at be because been before ' +
    'being below between both but by can could did do does doing down during each few for from ' +
    'further had has have having he her here hers herself him himself his how i if in into is it ' +
    'its itself just me more most my myself no nor not now of off on once only or other our ours ' +
    'out over own same she should so some such than that the their theirs them themselves then ' +
    'there these they this those through to too under until up very was we were what when where ' +
    'which while who whom why will with would you your yours however although though yet said ' +
    'says after meanwhile still',
  de:
    'aber alle als also am an auch auf aus bei bin bis bist da damit dann das dass dein dem den ' +
    'denn der des deshalb die dies diese dieser dieses doch dort du durch ein eine einem einen ' +
    'einer eines er es euer für hat hatte haben hier ich ihr ihre im in ist ja jedoch kann kein ' +
    'keine mit muss nach nicht noch nun nur ob oder ohne sehr sein seine sich sie sind so soll ' +
    'über um und uns unser unter vom von vor war waren warum was weil wenn wer wie wir wird wo ' +
    'zu zum zur zwar trotzdem',
  fr:
    'au aux avec ce ces cet cette dans de des du elle elles en est et été être eu il ils je la le ' +
    'les leur leurs lui ma mais me même mes moi mon ne nos notre nous on ou où par pas pour qu que ' +
    'qui sa se ses son sur ta te tes toi ton tu un une vos votre vous y ainsi alors aussi car cependant ' +
    'donc puis selon sont avait ont',
  es:
    'al algo como con cuando de del desde donde el ella ellas ellos en entre era es esta este esto ' +
    'fue ha hay la las le les lo los más me mi muy no nos o para pero por que quien se sin sobre ' +
    'su sus también te tu un una uno y ya además sin embargo aunque',
  it:
    'a al alla alle anche che chi ci come con da dal dalla dei del della delle di e è gli ha hanno ' +
    'i il in io la le lo ma mi ne negli nel nella non per più quando questo questa se si sono su ' +
    'sua suo tra un una uno però inoltre',
  pt:
    'a ao aos as com como da das de do dos e é ela ele eles em entre era essa esse esta este foi ' +
    'há mais mas na nas no nos não o os ou para pela pelo por que se sem seu sua são também um uma ' +
    'porém além',
  nl:
    'aan al bij dan dat de deze die dit door een en er het hij hoe hun ik in is je maar met na naar ' +
    'niet nog of om ook op over te tot uit van voor was wat we werd wij zal ze zich zijn zo echter',
};

const SETS = new Map(
  Object.entries(LISTS).map(([lang, words]) => [lang, new Set(words.split(' '))]),
);

/** The languages that have a list. */
export const STOPWORD_LANGUAGES: readonly string[] = Object.keys(LISTS);

const EMPTY: ReadonlySet<string> = new Set();

/** The primary subtag of a BCP 47 tag: "en-GB" → "en". */
export function baseLanguage(lang: string | undefined): string {
  if (!lang) return '';
  const cut = lang.search(/[-_]/);
  return (cut < 0 ? lang : lang.slice(0, cut)).toLowerCase();
}

/** The stop list of `lang` (lowercase words), empty when we have none. */
export function stopwords(lang: string | undefined): ReadonlySet<string> {
  return SETS.get(baseLanguage(lang)) ?? EMPTY;
}
