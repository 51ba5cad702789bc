import {
  displayTitle,
  keyActorsLabel,
  keyActorNames,
  linkTarget,
  oneLine,
  type FormatOptions,
  type Summarised,
} from './common';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Untrusted text as inert HTML text (safe in element content and quoted attributes). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * Rich HTML for the clipboard: the title as a link to the source (only for http(s) URLs), the
 * summary as a list, optionally a line of key actors. Every piece of page text is escaped.
 */
export function toHtml(analysis: Summarised, url: string, options: FormatOptions = {}): string {
  const title = escapeHtml(displayTitle(analysis.title, url, options));
  const href = linkTarget(url);
  const heading = href ? `<a href="${escapeHtml(href)}">${title}</a>` : title;
  const parts = [`<p><strong>${heading}</strong></p>`];
  if (analysis.summary.length > 0) {
    const items = analysis.summary.map((s) => `<li>${escapeHtml(oneLine(s.text))}</li>`);
    parts.push(`<ul>${items.join('')}</ul>`);
  }
  const actors = keyActorNames(analysis.actors, options);
  if (actors.length > 0) {
    const label = escapeHtml(keyActorsLabel(options));
    parts.push(`<p><strong>${label}</strong> ${actors.map(escapeHtml).join(', ')}</p>`);
  }
  return parts.join('\n') + '\n';
}
