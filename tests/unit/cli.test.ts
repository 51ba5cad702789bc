import { describe, expect, it } from 'vitest';
import { ARTICLE_HTML, ARTICLE_TEXT, runCli, writeInputs, type RunResult } from './cli-helpers';

const inputs = writeInputs();

function json<T = Record<string, unknown>>(result: RunResult): T {
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as T;
}

interface Extracted {
  title: string;
  lang: string;
  readerable: boolean;
  text: string;
  paragraphs: { text: string; kind: string }[];
}
interface Summary {
  title?: string;
  sentences: { text: string; start: number; end: number }[];
}
interface Actors {
  actors: {
    name: string;
    type: string;
    aliases: string[];
    count: number;
    mentions: { start: number; end: number }[];
  }[];
}

describe('cli extract', () => {
  it('answers the extract JSON shape for an HTML file', async () => {
    const out = json<Extracted>(await runCli(['extract', inputs.html, '--json']));
    expect(Object.keys(out).sort()).toEqual(['lang', 'paragraphs', 'readerable', 'text', 'title']);
    expect(out.title).toBe('Harbour council approves new ferry line');
    expect(out.lang).toBe('en');
    expect(typeof out.readerable).toBe('boolean');
    expect(out.text).toBe(out.paragraphs.map((p) => p.text).join('\n\n'));
    expect(out.text).toContain('Mayor Ingrid Haller');
    expect(out.text).not.toContain('Privacy');
    for (const p of out.paragraphs) {
      expect(Object.keys(p).sort()).toEqual(['kind', 'text']);
      expect(['paragraph', 'heading', 'list-item', 'quote']).toContain(p.kind);
    }
  });

  it('reads .html.gz the same as .html', async () => {
    const plain = json(await runCli(['extract', inputs.html, '--json']));
    expect(json(await runCli(['extract', inputs.gz, '--json']))).toEqual(plain);
  });

  it('keeps a .txt input as the analysed text itself', async () => {
    const out = json<Extracted>(await runCli(['extract', inputs.txt, '--json']));
    expect(out.text).toBe(ARTICLE_TEXT);
    expect(out.paragraphs.map((p) => p.text)).toHaveLength(3);
  });

  it('prints a readable page without --json', async () => {
    const res = await runCli(['extract', inputs.html]);
    expect(res.code).toBe(0);
    expect(res.stdout.split('\n')[0]).toBe('Harbour council approves new ferry line');
    expect(res.stdout).toContain('language: en');
    expect(res.stdout).toContain('Opponents, led by the Elmsley Fishers Association');
  });
});

describe('cli summarize', () => {
  it('answers sentences whose offsets point into the analysed text of an HTML page', async () => {
    const { text } = json<Extracted>(await runCli(['extract', inputs.html, '--json']));
    const out = json<Summary>(await runCli(['summarize', inputs.html, '--json']));
    expect(Object.keys(out).sort()).toEqual(['sentences', 'title']);
    expect(out.sentences.length).toBeGreaterThanOrEqual(2);
    let last = -1;
    for (const s of out.sentences) {
      expect(Object.keys(s).sort()).toEqual(['end', 'start', 'text']);
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.start).toBeGreaterThan(last);
      last = s.end;
    }
  });

  it('points offsets into the input itself for text', async () => {
    const out = json<Summary>(await runCli(['summarize', inputs.txt, '--json']));
    expect(out.title).toBeUndefined();
    for (const s of out.sentences) expect(ARTICLE_TEXT.slice(s.start, s.end)).toBe(s.text);
  });

  it('honours --sentences and --length', async () => {
    const two = json<Summary>(
      await runCli(['summarize', inputs.html, '--json', '--sentences', '2']),
    );
    expect(two.sentences).toHaveLength(2);
    const four = json<Summary>(await runCli(['summarize', inputs.html, '--json', '--sentences=4']));
    expect(four.sentences).toHaveLength(4);
    const short = json<Summary>(
      await runCli(['summarize', inputs.html, '--json', '--length', 'short']),
    );
    const long = json<Summary>(
      await runCli(['summarize', inputs.html, '--json', '--length', 'long']),
    );
    expect(short.sentences.length).toBeLessThan(long.sentences.length);
  });

  it('prints the title and a numbered summary without --json', async () => {
    const res = await runCli(['summarize', inputs.html, '--sentences', '2']);
    expect(res.code).toBe(0);
    const lines = res.stdout.split('\n');
    expect(lines[0]).toBe('Harbour council approves new ferry line');
    expect(lines.filter((l) => /^\d+\. /.test(l)).map((l) => l.slice(0, 3))).toEqual([
      '1. ',
      '2. ',
    ]);
  });
});

describe('cli actors', () => {
  it('answers the actors JSON shape with offsets into the analysed text', async () => {
    for (const [input, text] of [
      [inputs.txt, ARTICLE_TEXT],
      [inputs.html, json<Extracted>(await runCli(['extract', inputs.html, '--json'])).text],
    ] as const) {
      const out = json<Actors>(await runCli(['actors', input, '--json']));
      expect(Object.keys(out)).toEqual(['actors']);
      for (const actor of out.actors) {
        expect(Object.keys(actor).sort()).toEqual(['aliases', 'count', 'mentions', 'name', 'type']);
        expect(['person', 'organization', 'place', 'other']).toContain(actor.type);
        expect(actor.aliases).not.toContain(actor.name);
        expect(actor.count).toBe(actor.mentions.length);
        for (const m of actor.mentions) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
        }
      }
    }
  });

  it('prints actors under their type without --json', async () => {
    const res = await runCli(['actors', inputs.html]);
    expect(res.code).toBe(0);
    expect(res.stdout.split('\n')[0]).toBe('Harbour council approves new ferry line');
  });
});

describe('cli stdin', () => {
  const stdin = (text: string) => ({ readStdin: () => Promise.resolve(Buffer.from(text)) });

  it('detects HTML on stdin', async () => {
    const fromStdin = json(await runCli(['extract', '-', '--json'], stdin(ARTICLE_HTML)));
    expect(fromStdin).toEqual(json(await runCli(['extract', inputs.html, '--json'])));
  });

  it('detects text on stdin', async () => {
    const out = json<Extracted>(await runCli(['extract', '-', '--json'], stdin(ARTICLE_TEXT)));
    expect(out.text).toBe(ARTICLE_TEXT);
  });

  it('unpacks gzip on stdin', async () => {
    const { gzipSync } = await import('node:zlib');
    const gz = { readStdin: () => Promise.resolve(gzipSync(ARTICLE_HTML)) };
    const out = json<Extracted>(await runCli(['extract', '-', '--json'], gz));
    expect(out.title).toBe('Harbour council approves new ferry line');
  });
});

// Each batch starts a worker thread (cli/jsonl.ts), which loads the pipeline anew: seconds.
describe('cli --jsonl', { timeout: 60_000 }, () => {
  it('answers each line with its id, reports bad lines by number and goes on', async () => {
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const batch = join(inputs.dir, 'batch.jsonl');
    const lines = [
      JSON.stringify({ id: 'a', html: ARTICLE_HTML, url: 'https://example.org/a' }),
      '{"id": "b", "html": ',
      JSON.stringify({ id: 7, text: ARTICLE_TEXT }),
      '',
      JSON.stringify({ text: 'no id here' }),
      JSON.stringify({ id: 'd' }),
      JSON.stringify({ id: 'e', html: '<html><body><script>1</script></body></html>' }),
      JSON.stringify({ id: 'f', text: '   ' }),
      '[1, 2]',
      JSON.stringify({ id: 'g', text: 'Last line. Still answered.' }),
    ];
    writeFileSync(batch, lines.join('\n') + '\n');
    const res = await runCli(['summarize', '--jsonl', batch, '--sentences', '1']);
    expect(res.code).toBe(1);
    const answers = res.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: unknown; error?: string; sentences?: unknown[] });
    expect(answers.map((a) => a.id)).toEqual(['a', null, 7, null, 'd', 'e', 'f', null, 'g']);
    expect(answers[0]?.sentences).toHaveLength(1);
    expect(answers[2]?.sentences).toHaveLength(1);
    expect(answers[8]?.sentences).toHaveLength(1);
    const errors = answers.filter((a) => a.error !== undefined).map((a) => a.error);
    expect(errors).toEqual([
      expect.stringMatching(/^line 2: not valid JSON/),
      expect.stringMatching(/^line 5: "id"/),
      expect.stringMatching(/^line 6: needs an "html" or a "text"/),
      expect.stringMatching(/^line 7: no article text found in this page$/),
      expect.stringMatching(/^line 8: this text is empty$/),
      expect.stringMatching(/^line 9: expected a JSON object/),
    ]);
    for (const a of answers) {
      if (a.error !== undefined) expect(Object.keys(a).sort()).toEqual(['error', 'id']);
    }
    const stderr = res.stderr.trim().split('\n');
    expect(stderr).toHaveLength(7);
    expect(stderr[6]).toBe('nutshell: 6 of 9 lines failed');
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });

  it('answers every command in JSONL with exit code 0 when all lines are good', async () => {
    const stdin = [
      JSON.stringify({ id: 1, html: ARTICLE_HTML }),
      JSON.stringify({ id: 2, text: ARTICLE_TEXT }),
    ].join('\n');
    for (const command of ['extract', 'summarize', 'actors']) {
      const res = await runCli([command, '--jsonl', '-'], {
        readStdin: () => Promise.resolve(Buffer.from(stdin)),
      });
      expect(res.stderr).toBe('');
      expect(res.code).toBe(0);
      const answers = res.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { id: number });
      expect(answers.map((a) => a.id)).toEqual([1, 2]);
    }
  });
});

describe('cli --lang and a "lang" in JSONL lines', () => {
  // "Wähler" and "Entscheidung" are nouns, capitalised as every German noun is: read as German,
  // only the names are actors; read as English they would be taken for names.
  const GERMAN =
    'Die Wähler jubelten. Landrat Jürgen Hallberg sprach am Montag in Wolfsburg über die ' +
    'Entscheidung. Hallberg sagte, die Wähler hätten entschieden.';
  const names = (out: { actors: { name: string; type: string }[] }): string[] =>
    out.actors.map((a) => `${a.name}/${a.type}`);

  it('reads the text in the language given, the same as detected for clear German', async () => {
    const stdin = { readStdin: () => Promise.resolve(Buffer.from(GERMAN)) };
    const given = json<{ actors: { name: string; type: string }[] }>(
      await runCli(['actors', '-', '--json', '--lang', 'de'], stdin),
    );
    expect(names(given)).toEqual(['Jürgen Hallberg/person', 'Wolfsburg/place']);
    const detected = json<{ actors: { name: string; type: string }[] }>(
      await runCli(['actors', '-', '--json'], stdin),
    );
    expect(names(detected)).toEqual(names(given));
  });

  it('takes each JSONL line\'s "lang" over --lang, and rejects a bad one on its line only', async () => {
    const stdin = [
      JSON.stringify({ id: 1, text: GERMAN, lang: 'de' }),
      JSON.stringify({ id: 2, text: GERMAN, lang: 'sv' }),
      JSON.stringify({ id: 3, text: GERMAN, lang: 7 }),
      JSON.stringify({ id: 4, text: GERMAN, lang: 'not a tag' }),
    ].join('\n');
    const res = await runCli(['actors', '--jsonl', '-', '--lang', 'en'], {
      readStdin: () => Promise.resolve(Buffer.from(stdin)),
    });
    const answers = res.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: number; error?: string; actors?: { name: string }[] });
    expect(answers.map((a) => a.id)).toEqual([1, 2, 3, 4]);
    expect(answers[0]?.actors?.map((a) => a.name)).toEqual(['Jürgen Hallberg', 'Wolfsburg']);
    // A language without its own evidence keeps only the names lists or clear cues vouch for.
    expect(answers[1]?.actors?.map((a) => a.name)).not.toContain('Wähler');
    expect(answers[2]?.error).toMatch(/^line 3: "lang" must be a string/);
    expect(answers[3]?.error).toMatch(/^line 4: "lang" must be a language tag/);
    expect(res.code).toBe(1);
  });
});

describe('cli bad input: one clear line on stderr, non-zero exit, no stack trace', () => {
  function expectCleanFailure(res: RunResult, message: RegExp): void {
    expect(res.code).not.toBe(0);
    expect(res.stdout).toBe('');
    const [first, ...rest] = res.stderr.trimEnd().split('\n');
    expect(first).toMatch(/^nutshell: /);
    expect(first).toMatch(message);
    expect(rest.every((l) => l === 'Try --help for usage.')).toBe(true);
    expect(res.stderr).not.toMatch(/\n\s+at |Error:/);
  }

  it.each([
    ['a missing file', ['summarize', '/no/such/page.html'], /no such file: \/no\/such\/page\.html/],
    ['a directory', ['extract', inputs.dir], /is a directory/],
    ['an empty file', ['summarize', inputs.empty], /empty\.html is empty/],
    ['a blank text file', ['actors', inputs.blank], /blank\.txt is empty/],
    [
      'a page with no text',
      ['summarize', inputs.noText],
      /no article text found in .*no-text\.html/,
    ],
    ['a page with no text (extract)', ['extract', inputs.noText], /no article text found/],
    ['broken gzip', ['extract', inputs.badGz], /not valid gzip/],
    ['--sentences 0', ['summarize', inputs.html, '--sentences', '0'], /--sentences must be/],
    ['--sentences -2', ['summarize', inputs.html, '--sentences=-2'], /--sentences must be/],
    ['--sentences abc', ['summarize', inputs.html, '--sentences', 'abc'], /--sentences must be/],
    ['--sentences 2.5', ['summarize', inputs.html, '--sentences', '2.5'], /--sentences must be/],
    ['--sentences without a value', ['summarize', inputs.html, '--sentences'], /--sentences/],
    ['a bad --length', ['summarize', inputs.html, '--length', 'huge'], /--length must be one of/],
    ['a bad --lang', ['actors', inputs.html, '--lang', 'de_DE!'], /--lang must be a language tag/],
    ['an unknown command', ['digest', inputs.html], /unknown command "digest"/],
    ['no command', [], /missing command/],
    ['no input', ['summarize'], /missing input/],
    ['an unknown option', ['summarize', inputs.html, '--fast'], /Unknown option '--fast'/],
    ['input and --jsonl', ['summarize', inputs.html, '--jsonl', inputs.txt], /not both/],
    ['a missing JSONL file', ['summarize', '--jsonl', '/no/batch.jsonl'], /no such file/],
    ['an empty JSONL file', ['summarize', '--jsonl', inputs.empty], /has no lines/],
  ])('%s', async (_name, argv, message) => {
    expectCleanFailure(await runCli(argv), message);
  });

  it('an unreadable file', async () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open 'x'"), {
      code: 'EACCES',
    });
    const res = await runCli(['summarize', 'locked.html'], {
      readFile: () => Promise.reject(denied),
    });
    expectCleanFailure(res, /cannot read locked\.html: permission denied/);
  });

  it('a binary file', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const res = await runCli(['summarize', 'photo.png'], { readFile: () => Promise.resolve(png) });
    expectCleanFailure(res, /photo\.png looks like a binary file/);
  });

  it('empty stdin', async () => {
    expectCleanFailure(await runCli(['summarize', '-']), /stdin is empty/);
  });

  it('an unexpected failure inside the pipeline is still one line', async () => {
    const res = await runCli(['summarize', 'x.html'], {
      readFile: () => Promise.reject(new TypeError('boom\n    at somewhere (file.ts:1:1)')),
    });
    expectCleanFailure(res, /cannot read x\.html: boom$/);
  });
});

describe('cli --help', () => {
  it('prints usage and exits 0', async () => {
    const res = await runCli(['--help']);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^Usage: npm run cli -- <command>/);
    expect(res.stdout).toContain('--jsonl');
    expect(res.stdout).toContain('--sentences N');
  });

  it('keeps the test page honest: it is an article', () => {
    expect(ARTICLE_HTML).toContain('<article>');
  });
});
