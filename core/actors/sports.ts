/**
 * Sports reporting names clubs after their towns: "Surrey beat Kent", "CHICAGO 71 64 .526". In a
 * document that reads as sports news, a town or region that is not introduced as a location
 * ("in Chicago", a dateline) is the team, an organisation. Countries stay places: national teams
 * are reported as the country.
 */
import type { Token } from './tokens';

/** Words that hardly occur outside sports reporting ("points", "set" or "beat" do). */
const SPORTS_WORDS = new Set(
  'innings|wicket|wickets|batting|bowling|bowled|batsman|goal|goals|goalkeeper|scorer|scorers|striker|midfielder|defender|penalty|penalties|half-time|halftime|league|cup|season|championship|championships|tournament|seeded|inning|innings|pitcher|homer|homers|touchdown|quarterback|playoff|playoffs|standings|coach|champions|unbeaten|lap|laps|medal|medals|olympic|olympics|soccer|cricket|tennis|golf|rugby|baseball|basketball|hockey|football|racing|cycling|athletics|nhl|nba|nfl|fifa|uefa|stadium|referee|semifinal|semi-final|quarter-final|quarterfinal|birdie|birdies|rbi|sprint|sprinter|marathon|boxing|knockout'.split(
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

function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

export function isSportsDocument(tokens: readonly Token[]): boolean {
  const markers = new Set<string>();
  let scores = 0;
  for (const t of tokens) {
    if (SPORTS_WORDS.has(t.lower)) markers.add(t.lower);
    // A score starts with a digit: most tokens are ruled out without running the regex.
    else if (startsWithDigit(t.text) && SCORE.test(t.text)) scores++;
  }
  return markers.size >= 2 || (markers.size >= 1 && scores >= 2);
}

/** Whether a town named at tokens[first] stands as a location rather than as a team. */
export function standsAsLocation(
  tokens: readonly Token[],
  first: number,
  length: number,
  text: string,
): boolean {
  const prev = tokens[first - 1];
  if (prev && LOCATIVE.has(prev.capsLine ? prev.lower : prev.text)) return true;
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
