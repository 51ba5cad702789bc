import type { Analysis, ExtractedArticle } from '../../core/types';

/**
 * Well-formedness of the pipeline's output, as plain assertions that throw with a message
 * (so fast-check can report and shrink the failing input).
 */

const ACTOR_TYPES = new Set(['person', 'organization', 'place', 'other']);
const KINDS = new Set(['paragraph', 'heading', 'list-item', 'quote']);

function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

function isIndex(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

/** How a surface form is compared: case, Unicode form, apostrophes, possessive and spacing. */
export function surfaceKey(form: string): string {
  return form
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/'s?$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function checkArticle(article: ExtractedArticle): void {
  check(typeof article.title === 'string', 'title is a string');
  check(typeof article.lang === 'string', 'lang is a string');
  check(typeof article.readerable === 'boolean', 'readerable is a boolean');
  for (const [i, p] of article.paragraphs.entries()) {
    check(typeof p.text === 'string' && p.text.trim() !== '', `paragraph ${i} has text`);
    check(KINDS.has(p.kind), `paragraph ${i} kind "${p.kind}" is valid`);
  }
}

export function checkAnalysis(analysis: Analysis): void {
  const { text } = analysis;
  check(typeof text === 'string', 'text is a string');

  let previousEnd = 0;
  for (const [i, s] of analysis.summary.entries()) {
    check(isIndex(s.start) && isIndex(s.end), `sentence ${i} offsets are indices`);
    check(s.start < s.end && s.end <= text.length, `sentence ${i} [${s.start}, ${s.end}) in range`);
    check(s.start >= previousEnd, `sentence ${i} is in document order, not overlapping`);
    check(text.slice(s.start, s.end) === s.text, `sentence ${i} text equals its slice`);
    check(isIndex(s.paragraph), `sentence ${i} paragraph is an index`);
    previousEnd = s.end;
  }

  for (const actor of analysis.actors) {
    const who = `actor "${actor.name}"`;
    check(typeof actor.name === 'string' && actor.name.trim() !== '', `${who} has a name`);
    check(ACTOR_TYPES.has(actor.type), `${who} type "${actor.type}" is valid`);
    check(!actor.aliases.includes(actor.name), `${who} aliases exclude the name`);
    check(new Set(actor.aliases).size === actor.aliases.length, `${who} aliases are distinct`);
    check(actor.count === actor.mentions.length, `${who} count equals its mentions`);
    check(Number.isFinite(actor.score), `${who} score is finite`);
    const forms = new Set([actor.name, ...actor.aliases].map(surfaceKey));
    let end = 0;
    for (const m of actor.mentions) {
      check(isIndex(m.start) && isIndex(m.end), `${who} mention offsets are indices`);
      check(m.start < m.end && m.end <= text.length, `${who} mention in range`);
      check(m.start >= end, `${who} mentions ordered, not overlapping`);
      const said = text.slice(m.start, m.end);
      check(forms.has(surfaceKey(said)), `${who} mention "${said}" is its name or an alias`);
      end = m.end;
    }
  }

  const { stats } = analysis;
  for (const [key, value] of Object.entries(stats)) {
    check(Number.isFinite(value) && value >= 0, `stats.${key} is a non-negative number`);
  }
}
