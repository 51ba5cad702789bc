import {
  displayTitle,
  keyActorsLabel,
  keyActorNames,
  linkTarget,
  oneLine,
  type FormatOptions,
  type Summarised,
} from './common';

/**
 * Page text as literal Markdown: every character that could start markup (emphasis, code,
 * links, images, raw HTML, entities, tables, strikethrough) is backslash-escaped, and a line
 * cannot start a heading, quote or list. Text stays readable: "U.S." is left alone.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]{}<>&|~!]/g, '\\$&')
    .replace(/^([#+-]|\d+[.)])/, (lead) => lead.replace(/[#+\-.)]/, '\\$&'));
}

/** A URL as a Markdown link destination: characters that would end or break it are encoded. */
function markdownDestination(href: string): string {
  return href.replace(
    /[()<>\s[\]\\"'`]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/**
 * Markdown: the title as a link to the source (plain text when the URL is not http(s)), the
 * summary as bullets, and optionally a line of key actors.
 */
export function toMarkdown(analysis: Summarised, url: string, options: FormatOptions = {}): string {
  const title = escapeMarkdown(displayTitle(analysis.title, url, options));
  const href = linkTarget(url);
  const lines = [href ? `[${title}](${markdownDestination(href)})` : title, ''];
  for (const sentence of analysis.summary) lines.push(`- ${escapeMarkdown(sentence.text)}`);
  const actors = keyActorNames(analysis.actors, options);
  if (actors.length > 0) {
    const label = escapeMarkdown(keyActorsLabel(options));
    lines.push('', `**${label}** ${actors.map(escapeMarkdown).join(', ')}`);
  }
  return lines.join('\n') + '\n';
}
