import type { Actor } from '../types';
import type { SourceText } from '../text/source-text';
import type { Sentence } from '../types';

export interface ActorOptions {
  title?: string;
  lang?: string;
}

/** Placeholder v0 (the actors issue replaces it). */
export function findActors(
  _source: SourceText,
  _sentences: readonly Sentence[],
  _options: ActorOptions = {},
): Actor[] {
  return [];
}
