import type { ActorType, Analysis } from '../core/types';
import type { ExtractResult } from './commands';

const TYPE_HEADINGS: Record<ActorType, string> = {
  person: 'People',
  organization: 'Organisations',
  place: 'Places',
  other: 'Other names',
};

const TYPE_ORDER: readonly ActorType[] = ['person', 'organization', 'place', 'other'];

function titleLine(title: string): string {
  return title.trim() || '(untitled)';
}

export function renderExtract(result: ExtractResult): string {
  const facts = [
    `language: ${result.lang || 'unknown'}`,
    `reads as an article: ${result.readerable ? 'yes' : 'no'}`,
    `${result.paragraphs.length} paragraph${result.paragraphs.length === 1 ? '' : 's'}`,
  ];
  const body = result.paragraphs.map((p) => (p.kind === 'heading' ? `## ${p.text}` : p.text));
  return [titleLine(result.title), facts.join(' · '), '', body.join('\n\n'), ''].join('\n');
}

export function renderSummary(analysis: Analysis): string {
  const lines = [titleLine(analysis.title), ''];
  if (analysis.summary.length === 0) lines.push('(no sentences to summarise)');
  analysis.summary.forEach((s, i) => lines.push(`${i + 1}. ${s.text}`));
  const { words, summaryWords, readingMinutes } = analysis.stats;
  lines.push('', `${summaryWords} of ${words} words · about ${readingMinutes} min to read in full`);
  return lines.join('\n') + '\n';
}

export function renderActors(analysis: Analysis): string {
  const lines = [titleLine(analysis.title)];
  if (analysis.actors.length === 0) lines.push('', '(no people, organisations or places found)');
  for (const type of TYPE_ORDER) {
    const group = analysis.actors.filter((a) => a.type === type);
    if (group.length === 0) continue;
    lines.push('', TYPE_HEADINGS[type]);
    for (const actor of group) {
      const also = actor.aliases.length > 0 ? ` (also: ${actor.aliases.join(', ')})` : '';
      lines.push(`  ${actor.name} ×${actor.count}${also}`);
    }
  }
  return lines.join('\n') + '\n';
}
