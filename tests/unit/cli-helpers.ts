import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CliIo } from '../../cli/io';
import { main } from '../../cli/main';

/** A news-like page written for these tests: a real article body plus page clutter. */
export const ARTICLE_HTML = `<!DOCTYPE html>
<html lang="en"><head><title>Harbour council approves new ferry line</title>
<meta property="og:title" content="Harbour council approves new ferry line"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Harbour council approves new ferry line</h1>
<p>The Harbour Council voted on Tuesday to open a ferry line between Port Elmsley and Carrow Bay, ending two years of debate over the route. Mayor Ingrid Haller said the service would start in the spring.</p>
<p>Haller told reporters that the line would cut the commute for about four thousand residents. The council expects the first boats to carry passengers in April, once the piers in Carrow Bay are rebuilt.</p>
<p>Opponents, led by the Elmsley Fishers Association, argued that the ferries would disturb the fishing grounds. The association said it would appeal the decision to the regional court in Vossburg.</p>
<p>Engineers from Northline Marine will build two electric boats for the route. The company said the boats would be the first of their kind on the coast and would run every forty minutes.</p>
<p>The vote passed by nine to four. Haller thanked residents of Port Elmsley for their patience and promised public meetings before the timetable is fixed.</p>
</article><footer>© Harbour Times · <a href="/privacy">Privacy</a></footer></body></html>`;

export const ARTICLE_TEXT = `Rain returned to the valley on Monday after a dry month.

Farmers in Dunmore said the rain came too late for the early harvest. Teresa Okafor, who grows barley near the river, said half her crop was lost. The weather service expects more rain this week.

The regional council will meet on Friday to discuss support for growers.`;

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI's main in-process with captured output and optional fake stdin / files. */
export async function runCli(
  argv: string[],
  overrides: Partial<Pick<CliIo, 'readFile' | 'readStdin'>> = {},
): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const { readFile } = await import('node:fs/promises');
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readFile: overrides.readFile ?? ((p) => readFile(p)),
    readStdin: overrides.readStdin ?? (() => Promise.resolve(Buffer.alloc(0))),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A temporary folder holding the test inputs in every supported form. */
export function writeInputs(): Record<
  'html' | 'gz' | 'txt' | 'empty' | 'blank' | 'noText' | 'badGz' | 'dir',
  string
> {
  const dir = mkdtempSync(join(tmpdir(), 'nutshell-cli-'));
  const file = (name: string, data: string | Buffer): string => {
    const path = join(dir, name);
    writeFileSync(path, data);
    return path;
  };
  return {
    html: file('article.html', ARTICLE_HTML),
    gz: file('article.html.gz', gzipSync(ARTICLE_HTML)),
    txt: file('article.txt', ARTICLE_TEXT),
    empty: file('empty.html', ''),
    blank: file('blank.txt', ' \n\t\n'),
    noText: file(
      'no-text.html',
      '<!DOCTYPE html><html><head><title>Nothing</title></head><body><script>var a = 1;</script><img src="x.png"></body></html>',
    ),
    badGz: file('broken.html.gz', 'this is not gzip'),
    dir,
  };
}
