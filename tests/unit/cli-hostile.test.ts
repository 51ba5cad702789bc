import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../cli/input';
import { runBatch } from '../../cli/jsonl';
import { ARTICLE_TEXT, runCli } from './cli-helpers';

/** Issue 17, the CLI: bounded input, and a JSONL batch that outlives a line that runs too long. */
describe('cli: hostile input', { timeout: 120_000 }, () => {
  it('stops unpacking gzip at the limit, with a clear error and little memory', async () => {
    // 64 MB + 1 of zeros packs into some 65 KB; a bomb packs gigabytes the same way.
    const bomb = gzipSync(Buffer.alloc(MAX_INPUT_BYTES + 1));
    expect(bomb.length).toBeLessThan(100_000);
    const heap = process.memoryUsage().rss;
    const res = await runCli(['summarize', '-'], { readStdin: () => Promise.resolve(bomb) });
    expect(res.code).toBe(1);
    expect(res.stderr).toBe('nutshell: stdin is larger than 64 MB (unpacked); split it\n');
    expect(process.memoryUsage().rss - heap).toBeLessThan(400 * 1024 * 1024);
  });

  it('refuses uncompressed input over the limit too', async () => {
    const big = Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61);
    const res = await runCli(['extract', '-'], { readStdin: () => Promise.resolve(big) });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/larger than 64 MB/);
  });

  it('answers the lines after one that runs past the time limit', async () => {
    const slow = `<html><body><article>${'<p>The council met on Tuesday and approved the plan.</p>'.repeat(200_000)}</article></body></html>`;
    const lines = [
      JSON.stringify({ id: 'before', text: ARTICLE_TEXT }),
      JSON.stringify({ id: 'slow', html: slow }),
      JSON.stringify({ id: 'after', text: ARTICLE_TEXT }),
    ].join('\n');
    const out: string[] = [];
    const warnings: string[] = [];
    const report = await runBatch(
      lines,
      'summarize',
      {},
      (line) => out.push(line),
      (message) => warnings.push(message),
      1_000,
    );
    const answers = out.map((line) => JSON.parse(line) as { id: string; error?: string });
    expect(answers.map((a) => a.id)).toEqual(['before', 'slow', 'after']);
    expect(answers[1]?.error).toBe('line 2: took longer than 1 s, stopped');
    expect(answers[0]?.error).toBeUndefined();
    expect(answers[2]?.error).toBeUndefined();
    expect(report).toEqual({ answered: 2, failed: 1 });
    expect(warnings).toEqual(['line 2: took longer than 1 s, stopped']);
  });
});
