import {
  displayTitle,
  keyActorNames,
  keyActorsLabel,
  oneLine,
  urlText,
  type FormatOptions,
  type Summarised,
} from './common';

/**
 * Plain text: the title, the URL, then the summary as "- " lines (and optionally the key
 * actors). Plain text is never rendered, so any absolute URL is given as it is.
 */
export function toPlainText(
  analysis: Summarised,
  url: string,
  options: FormatOptions = {},
): string {
  const lines = [displayTitle(analysis.title, url, options)];
  const source = urlText(url);
  if (source) lines.push(source);
  lines.push('');
  for (const sentence of analysis.summary) lines.push(`- ${oneLine(sentence.text)}`);
  const actors = keyActorNames(analysis.actors, options);
  if (actors.length > 0) lines.push('', `${keyActorsLabel(options)} ${actors.join(', ')}`);
  return lines.join('\n') + '\n';
}
