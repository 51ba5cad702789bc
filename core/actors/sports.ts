/**
 * Sports reporting names clubs after their towns: "Surrey beat Kent", "CHICAGO 71 64 .526". In a
 * document that reads as sports news, a town or region that is not introduced as a location
 * ("in Chicago", a dateline) is the team, an organisation. Countries stay places: national teams
 * are reported as the country.
 */
import type { Token } from './tokens';

const SPORTS_WORDS = new Set(
  'innings|wicket|wickets|batting|bowling|bowled|goal|goals|scored|scorer|scorers|striker|midfielder|penalty|penalties|half-time|halftime|league|cup|season|championship|tournament|seeded|inning|pitcher|homer|homers|touchdown|quarterback|playoff|playoffs|standings|coach|game|games|beat|defeated|drew|draw|victory|defeat|points|club|champions|race|lap|match|matches|final|semifinal|quarter-final|semi-final|set|sets|unbeaten|runs|hits|rbi|nhl|nba|nfl|soccer|cricket|tennis|golf|rugby|baseball|basketball|hockey|football|racing|cycling|athletics|olympic|medal'.split(
    '|',
  ),
);
const SCORE = /^\d{1,3}-\d{1,3}$/;
const LOCATIVE = new Set([
  'in',
  'at',
  'near',
  'from',
  'to',
  'into',
  'outside',
  'across',
  'around',
  'of',
]);
const DATE = /^\d{4}-\d{2}-\d{2}$|^\d{1,2}\/\d{1,2}(\/\d{2,4})?$/;

export function isSportsDocument(tokens: readonly Token[]): boolean {
  let markers = 0;
  let scores = 0;
  for (const t of tokens) {
    if (SPORTS_WORDS.has(t.lower)) markers++;
    else if (SCORE.test(t.text)) scores++;
  }
  return markers >= 5 || (markers >= 2 && scores >= 2);
}

/** Whether a town named at tokens[first] stands as a location rather than as a team. */
export function standsAsLocation(
  tokens: readonly Token[],
  first: number,
  length: number,
  text: string,
): boolean {
  const prev = tokens[first - 1];
  if (prev && LOCATIVE.has(prev.text)) return true;
  // A dateline: the name opens its line and a date ends it ("LONDON 1996-08-30").
  const opensLine = !prev || text.slice(prev.end, (tokens[first] as Token).start).includes('\n');
  if (!opensLine) return false;
  for (let i = first + length; i < first + length + 8 && i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (text.slice((tokens[i - 1] as Token).end, t.start).includes('\n')) return false;
    if (DATE.test(t.text)) return true;
  }
  return false;
}
