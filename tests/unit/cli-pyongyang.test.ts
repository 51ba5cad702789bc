import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 2's acceptance through the CLI: `npm run cli -- actors <seed page> --json` meets the
 * actor rules of ../shared/fixtures/pyongyang-visit/expected.json (and `summarize` its summary
 * rules). The fixture lives outside the repo: skipped locally without it, mandatory under CI.
 */
const ROOT = join(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, '../shared/fixtures/pyongyang-visit');
const PAGE = join(FIXTURE, 'page.html');
const present = existsSync(PAGE);
if (!present && process.env.CI) {
  throw new Error(`CI: the seed fixture is missing at ${FIXTURE}`);
}

type Pair = [string, string];
interface Expected {
  actors: {
    top8_must_include: Pair[];
    must_include: Pair[];
    must_exclude: string[];
    aliases: Pair[];
    not_aliases: Pair[];
  };
  summary: { must_not_contain: string[] };
}
interface CliActor {
  name: string;
  type: string;
  aliases: string[];
  count: number;
  mentions: { start: number; end: number }[];
}

function runCli(args: string[]): unknown {
  const res = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(res.stderr).toBe('');
  expect(res.status).toBe(0);
  return JSON.parse(res.stdout);
}

/** Case, Unicode form and apostrophe style do not make a different name. */
function norm(s: string): string {
  return s.normalize('NFC').replace(/[’‘]/g, "'").trim().toLowerCase();
}

/** A possessive is the same actor: "Putin’s" resolves like "Putin". */
function stripPossessive(s: string): string {
  return s.replace(/'s?$/, '');
}

function formsOf(actor: CliActor): string[] {
  return [actor.name, ...actor.aliases].map(norm);
}

/** The actors a surface form names (by name or alias, possessive ignored). */
function resolve(actors: CliActor[], form: string): CliActor[] {
  const wanted = stripPossessive(norm(form));
  return actors.filter((a) => formsOf(a).some((f) => stripPossessive(f) === wanted));
}

describe.skipIf(!present)('CLI on the seed page (expected.json)', { timeout: 120_000 }, () => {
  const expected = (): Expected =>
    JSON.parse(readFileSync(join(FIXTURE, 'expected.json'), 'utf8')) as Expected;

  it('actors --json meets the actor rules', () => {
    const rules = expected().actors;
    const { actors } = runCli(['actors', PAGE, '--json']) as { actors: CliActor[] };
    const { text } = runCli(['extract', PAGE, '--json']) as { text: string };
    const show = (list: CliActor[]) => list.map((a) => `${a.name} (${a.type})`).join(', ');

    const top8 = actors.slice(0, 8);
    for (const [name, type] of rules.top8_must_include) {
      const hits = resolve(top8, name).filter((a) => a.type === type);
      expect(hits, `${name} (${type}) in the first eight: ${show(top8)}`).toHaveLength(1);
    }
    for (const [name, type] of rules.must_include) {
      const hits = resolve(actors, name).filter((a) => a.type === type);
      expect(hits, `${name} (${type}) listed: ${show(actors)}`).toHaveLength(1);
    }
    for (const name of rules.must_exclude) {
      expect(resolve(actors, name), `${name} must not be listed`).toEqual([]);
    }
    for (const [a, b] of rules.aliases) {
      const one = new Set([...resolve(actors, a), ...resolve(actors, b)]);
      expect(resolve(actors, a), `${a} listed`).not.toEqual([]);
      expect(resolve(actors, b), `${b} listed as a name or alias`).not.toEqual([]);
      expect(
        [...one].map((x) => x.name),
        `${a} and ${b} are one actor`,
      ).toHaveLength(1);
    }
    for (const [a, b] of rules.not_aliases) {
      const both = resolve(actors, a).filter((x) => resolve(actors, b).includes(x));
      expect(
        both.map((x) => x.name),
        `${a} and ${b} are different actors`,
      ).toEqual([]);
    }
    for (const actor of actors) {
      expect(actor.count).toBe(actor.mentions.length);
      for (const m of actor.mentions) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeGreaterThan(m.start);
        expect(m.end).toBeLessThanOrEqual(text.length);
      }
    }
  });

  it('summarize --json gives at least two sentences free of page clutter', () => {
    const { sentences } = runCli(['summarize', PAGE, '--json']) as {
      sentences: { text: string }[];
    };
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    for (const s of sentences) {
      for (const banned of expected().summary.must_not_contain) {
        expect(s.text, `summary sentence contains "${banned}"`).not.toContain(banned);
      }
    }
  });
});
