/**
 * The seed page's expected actors (../shared/fixtures/pyongyang-visit/expected.json) on its body
 * text, through the whole text pipeline. Skips when ../shared is absent locally; runs under CI.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../core/pipeline';
import type { Actor, ActorType } from '../../core/types';

const fixture = resolve(__dirname, '../../../shared/fixtures/pyongyang-visit/expected.json');
const present = existsSync(fixture);
if (process.env.CI && !present) throw new Error(`CI run without the seed page fixture: ${fixture}`);

interface Expected {
  title: string;
  body: string;
  actors: {
    top8_must_include: [string, ActorType][];
    must_include: [string, ActorType][];
    must_exclude: string[];
    aliases: [string, string][];
    not_aliases: [string, string][];
  };
}

const names = (a: Actor): string[] => [a.name, ...a.aliases];
const find = (actors: readonly Actor[], name: string): Actor | undefined =>
  actors.find((a) => names(a).includes(name));

describe.skipIf(!present)('actors on the seed page (pyongyang-visit)', () => {
  const expected = present ? (JSON.parse(readFileSync(fixture, 'utf8')) as Expected) : null;
  const run = (): { actors: Actor[]; text: string } => {
    const e = expected as Expected;
    const analysis = analyzeText(e.body, { title: e.title, lang: 'en' });
    return { actors: analysis.actors, text: analysis.text };
  };

  it('ranks every top8_must_include actor among the first eight, with its type', () => {
    const { actors } = run();
    const top = actors.slice(0, 8);
    for (const [name, type] of expected?.actors.top8_must_include ?? []) {
      expect(find(top, name), `${name} in the top eight`).toMatchObject({ type });
    }
  });

  it('finds every must_include actor with its type and none of must_exclude', () => {
    const { actors } = run();
    for (const [name, type] of expected?.actors.must_include ?? []) {
      expect(find(actors, name), name).toMatchObject({ type });
    }
    for (const name of expected?.actors.must_exclude ?? [])
      expect(find(actors, name), name).toBeUndefined();
  });

  it('merges the aliases pairs and keeps the not_aliases pairs apart', () => {
    const { actors } = run();
    for (const [a, b] of expected?.actors.aliases ?? []) {
      const actor = find(actors, a);
      expect(actor, a).toBeDefined();
      expect(names(actor as Actor), `${a} / ${b}`).toContain(b);
    }
    for (const [a, b] of expected?.actors.not_aliases ?? []) {
      const actor = find(actors, a);
      expect(actor, a).toBeDefined();
      expect(names(actor as Actor), `${a} / ${b}`).not.toContain(b);
    }
  });

  it('gives mentions that point at the actor in the analysed text', () => {
    const { actors, text } = run();
    for (const actor of actors) {
      expect(actor.count).toBe(actor.mentions.length);
      for (const m of actor.mentions) expect(names(actor)).toContain(text.slice(m.start, m.end));
    }
  });
});
