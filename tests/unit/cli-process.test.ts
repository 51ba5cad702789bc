import { spawnSync } from 'node:child_process';
import { chmodSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_TEXT, writeInputs } from './cli-helpers';

/** The real CLI process, as `npm run cli` starts it (tsx), for exit codes and real stdio. */
const ROOT = join(import.meta.dirname, '../..');
function cli(args: string[], stdin?: string) {
  const res = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], {
    cwd: ROOT,
    input: stdin,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

const inputs = writeInputs();

describe('cli as a process', { timeout: 60_000 }, () => {
  it('answers JSON on stdout with exit code 0', () => {
    const res = cli(['summarize', inputs.html, '--json', '--sentences', '2']);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as { sentences: unknown[] };
    expect(out.sentences).toHaveLength(2);
  });

  it('reads text piped to stdin', () => {
    const res = cli(['extract', '-', '--json'], ARTICLE_TEXT);
    expect(res.code).toBe(0);
    expect((JSON.parse(res.stdout) as { text: string }).text).toBe(ARTICLE_TEXT);
  });

  it('fails on a missing file with one line and exit code 1', () => {
    const res = cli(['actors', join(inputs.dir, 'missing.html')]);
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toBe(`nutshell: no such file: ${join(inputs.dir, 'missing.html')}\n`);
  });

  it('fails on a bad option with exit code 2 and a hint', () => {
    const res = cli(['summarize', inputs.html, '--sentences', 'many']);
    expect(res.code).toBe(2);
    expect(res.stderr).toBe(
      'nutshell: --sentences must be a whole number of at least 1 (got "many")\nTry --help for usage.\n',
    );
  });

  it('fails on a file it cannot read, with one line and exit code 1', () => {
    // root reads any file whatever its mode: as root, the unreadable file is a symlink loop.
    const asRoot = process.getuid?.() === 0;
    const path = asRoot ? join(inputs.dir, 'loop.html') : inputs.txt;
    if (asRoot) symlinkSync(path, path);
    else chmodSync(path, 0o000);
    const res = cli(['summarize', path]);
    if (!asRoot) chmodSync(path, 0o644);
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toBe(
      asRoot
        ? `nutshell: cannot read ${path}: ELOOP: too many symbolic links encountered, open '${path}'\n`
        : `nutshell: cannot read ${path}: permission denied\n`,
    );
  });
});
