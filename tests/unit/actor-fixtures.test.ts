import { describe, expect, it } from 'vitest';
import {
  actorFixtures,
  pendingRules,
  ruleFailures,
  type ShownActor,
} from '../fixtures/actors/rules';
import { runCli } from './cli-helpers';

/**
 * Issue 13's news pages in seven languages (tests/fixtures/actors) through the CLI, as a user
 * runs it: `actors <page> --json` meets each page's expected.json, `summarize <page> --json`
 * gives a summary free of the page's clutter, `extract <page> --json` reads the page's language.
 */
async function cliJson(args: string[]): Promise<unknown> {
  const { code, stdout, stderr } = await runCli(args);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

describe.each(actorFixtures())('CLI on $id (tests/fixtures/actors)', (fixture) => {
  it('actors --json meets expected.json, and each pending rule is still unmet', async () => {
    const { actors } = (await cliJson(['actors', fixture.page, '--json'])) as {
      actors: ShownActor[];
    };
    expect(ruleFailures(actors, fixture.actors)).toEqual([]);
    for (const rule of pendingRules(fixture.actors.pending)) {
      expect(
        ruleFailures(actors, rule),
        `now met, move it from pending to the checked rules of ${fixture.id}/expected.json: ${JSON.stringify(rule)}`,
      ).not.toEqual([]);
    }
  });

  it('summarize --json gives two or more sentences free of the page clutter', async () => {
    const { title, sentences } = (await cliJson(['summarize', fixture.page, '--json'])) as {
      title: string;
      sentences: { text: string }[];
    };
    expect(title).toBe(fixture.title);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    for (const { text } of sentences) {
      for (const banned of fixture.summary.must_not_contain) expect(text).not.toContain(banned);
    }
  });

  it('extract --json reads the page’s language', async () => {
    const { lang } = (await cliJson(['extract', fixture.page, '--json'])) as { lang: string };
    expect(lang).toBe(fixture.lang);
  });
});
