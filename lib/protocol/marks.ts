import type { Actor, ActorType, Sentence } from '@/core/types';

/** A piece of a summary sentence: plain, or a mention of one of the listed actors. */
export interface Segment {
  text: string;
  type?: ActorType;
  /** The actor's rank: its index in the analysis' actors (and in the result's actor titles). */
  actor?: number;
}

/**
 * Splits a sentence at the mentions of the given actors that fall inside it, so the view can
 * colour them. Mentions are offsets into the analysed text, as the sentence's own are.
 */
export function segmentSentence(sentence: Sentence, actors: readonly Actor[]): Segment[] {
  const inside = actors
    .flatMap((actor, rank) =>
      actor.mentions
        .filter((m) => m.start >= sentence.start && m.end <= sentence.end && m.end > m.start)
        .map((m) => ({ start: m.start, end: m.end, actor, rank })),
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = sentence.start;
  for (const m of inside) {
    if (m.start < at) continue; // overlaps a longer mention already marked
    if (m.start > at)
      segments.push({ text: sentence.text.slice(at - sentence.start, m.start - sentence.start) });
    segments.push({
      text: sentence.text.slice(m.start - sentence.start, m.end - sentence.start),
      type: m.actor.type,
      actor: m.rank,
    });
    at = m.end;
  }
  if (at < sentence.end) segments.push({ text: sentence.text.slice(at - sentence.start) });
  return segments;
}
