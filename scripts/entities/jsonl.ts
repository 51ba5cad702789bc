/**
 * Reads the JSONL entity sets (../shared/eval/entities-news, entities-multi): one document per
 * line, `{id, lang?, text, tokens, gold: [{type, start, end}], misc: [{start, end}]}`, offsets in
 * UTF-16 code units. Misc names become MISC spans, which scoring leaves out.
 */
import type { EntitySpan, EntityType, EvalDocument } from './conll';

interface Line {
  id?: unknown;
  lang?: unknown;
  text?: unknown;
  tokens?: unknown;
  gold?: unknown;
  misc?: unknown;
}

const TYPES = new Set<EntityType>(['PER', 'ORG', 'LOC', 'MISC']);

function spans(x: unknown, type?: EntityType): EntitySpan[] {
  if (!Array.isArray(x)) return [];
  const out: EntitySpan[] = [];
  for (const s of x as { start?: unknown; end?: unknown; type?: unknown }[]) {
    const t = type ?? (s.type as EntityType);
    if (typeof s.start !== 'number' || typeof s.end !== 'number' || !TYPES.has(t)) continue;
    out.push({ start: s.start, end: s.end, type: t });
  }
  return out;
}

export function readJsonl(raw: string, source = 'JSONL'): EvalDocument[] {
  const docs: EvalDocument[] = [];
  raw.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const d = JSON.parse(line) as Line;
    if (typeof d.text !== 'string') throw new Error(`${source}:${i + 1}: no "text"`);
    docs.push({
      id: typeof d.id === 'string' ? d.id : `${source}:${i + 1}`,
      lang: typeof d.lang === 'string' ? d.lang : undefined,
      text: d.text,
      tokenCount: typeof d.tokens === 'number' ? d.tokens : d.text.split(/\s+/).length,
      gold: [...spans(d.gold), ...spans(d.misc, 'MISC')].sort((a, b) => a.start - b.start),
    });
  });
  return docs;
}
