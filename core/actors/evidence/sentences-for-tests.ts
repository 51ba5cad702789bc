/**
 * What the language tests ask of the actors: the actors of a plain text in a language, and an
 * actor by one of its names. Test support only; nothing in the pipeline imports it.
 */
import { fromPlainText } from '../../text/source-text';
import { splitSentences } from '../../text/sentences';
import type { Actor } from '../../types';
import { findActors } from '../index';

export function actorsOf(text: string, lang: string): Actor[] {
  const source = fromPlainText(text);
  return findActors(source, splitSentences(source, lang), { lang });
}

export const find = (actors: readonly Actor[], name: string): Actor | undefined =>
  actors.find((a) => a.name === name || a.aliases.includes(name));

export const names = (actors: readonly Actor[]): string[] => actors.map((a) => a.name);
