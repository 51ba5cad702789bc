/**
 * Key actors beyond English, on the first documents of each set of ../shared/eval/entities-multi
 * (or $NUTSHELL_EVAL_DIR), each read in the language its line declares: strict F1 and junk@10
 * held at the levels reached (issue 13's targets, F1 ≥ 65 / 55 / 45 and junk@10 ≤ 15, are not
 * all met yet; docs/actors.md has the full-set figures of `npm run eval:entities`). A fast
 * subset so that CI stays quick; skips when the data is absent locally, never under CI.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../scripts/entities/evaluate';
import { readJsonl } from '../../scripts/entities/jsonl';
import { runActors } from '../../scripts/entities/systems';

const evalRoot = process.env.NUTSHELL_EVAL_DIR ?? resolve(__dirname, '../../../shared/eval');
const dir = resolve(evalRoot, 'entities-multi');
const present = existsSync(dir);
if (process.env.CI && !present) throw new Error(`CI run without the multilingual data: ${dir}`);

/** Documents scored per set at most: the first ones in file order. */
const SUBSET = 60;

/** Per set: least strict F1 (all three types) and most junk@10 reached on the subset. */
const LEVELS: Record<string, { f1: number; junk10: number }> = {
  'de-germeval-dev.jsonl': { f1: 67, junk10: 12.7 },
  'de-newseye-dev.jsonl': { f1: 29.2, junk10: 63.1 },
  'es-wikineural-dev.jsonl': { f1: 79.3, junk10: 14.5 },
  'fr-newseye-dev.jsonl': { f1: 47, junk10: 28.3 },
  'fr-wikineural-dev.jsonl': { f1: 77.8, junk10: 10.8 },
  'it-kind-dev.jsonl': { f1: 59.3, junk10: 14 },
  'nl-wikineural-dev.jsonl': { f1: 73, junk10: 15 },
  'pt-harem-dev.jsonl': { f1: 57.7, junk10: 23.4 },
  'ru-factrueval-dev.jsonl': { f1: 74, junk10: 15 },
};

const round = (x: number): number => Math.round(x * 10) / 10;

describe.skipIf(!present)('core/actors beyond English (entities-multi, first documents)', () => {
  for (const [file, level] of Object.entries(LEVELS)) {
    it(`${file}: strict F1 ≥ ${level.f1}, junk@10 ≤ ${level.junk10}`, () => {
      const documents = readJsonl(readFileSync(resolve(dir, file), 'utf8'), file).slice(0, SUBSET);
      // de-newseye has 24 (long) documents, the others hundreds.
      expect(documents.length).toBeGreaterThanOrEqual(24);
      // Every document says its language: the scores are those of that language's evidence.
      expect(documents.every((d) => d.lang && file.startsWith(d.lang))).toBe(true);
      const report = evaluate('core/actors', documents, runActors);
      const scores = { f1: round(report.strict.ALL.f1), junk10: round(report.keyActors.junk10) };
      const said = JSON.stringify(scores);
      expect(scores.f1, said).toBeGreaterThanOrEqual(level.f1);
      expect(scores.junk10, said).toBeLessThanOrEqual(level.junk10);
    }, 60_000);
  }
});
