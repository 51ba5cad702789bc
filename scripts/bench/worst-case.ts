/**
 * Worst cases: every stage that sees page text, driven by pathological shapes of text (runs of
 * one character, of a punctuation pair, of separators, of capitals, of "&", of "@.", of line
 * breaks, very long words and names, deep nesting), and a scaling test that tells linear work
 * from superlinear work on a noisy machine. Used by the stress suite (tests/unit/stress.test.ts)
 * and by `npm run bench` (its worst-case table).
 */
// First: the worker's messages (browser.i18n) for Node.
import './node-i18n';
import { parseDocument } from '../../cli/dom';
import { decode, sniffKind } from '../../cli/input';
import { toBatchItem } from '../../cli/jsonl';
import { findActors } from '../../core/actors';
import { extractArticle } from '../../core/extract';
import { copyForReading } from '../../core/extract/copy';
import { articleFromSelection } from '../../core/extract/selection';
import { analyzeArticle, analyzeText, countWords } from '../../core/pipeline';
import { summarize } from '../../core/summary';
import { splitSentences } from '../../core/text/sentences';
import { detectLanguage } from '../../core/text/language';
import { fromParagraphs, fromPlainText, type SourceText } from '../../core/text/source-text';
import type { Analysis, Sentence } from '../../core/types';
import { collapseTexts, TextLocator } from '../../lib/page/locate';
import { paragraph } from '../../tests/fixtures/hostile/generate';
import { isExtractReply } from '../../lib/protocol/protocol';
import { MAX_SELECTION_CHARS, withinLimits } from '../../lib/protocol/validate-article';
import { pageResult } from '../../lib/worker/page-result';
import { boundedSelection, selectionResult } from '../../lib/worker/selection-result';

// ---------------------------------------------------------------------------------------------
// Shapes

/** A hostile page text, at any length: `text(n)` has exactly n UTF-16 units. */
export interface Shape {
  name: string;
  text?: (n: number) => string;
  /** A whole page of about n characters, when the shape is in the markup (deep nesting). */
  html?: (n: number) => string;
}

/** `unit` repeated to exactly n UTF-16 units (a surrogate pair may be cut at the very end). */
export function repeatTo(unit: string, n: number): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

const repeated = (name: string, unit: string): Shape => ({
  name,
  text: (n) => repeatTo(unit, n),
});

/** Distinct capitalised words ("Abe Bo Cid …"): one name thousands of words long. */
function longName(n: number): string {
  const syllables = ['ba', 'co', 'di', 'fu', 'ga', 'he', 'ki', 'lo', 'mu', 'ne', 'po', 'ri'];
  const words: string[] = [];
  let length = 0;
  for (let i = 0; length < n; i++) {
    let word = '';
    for (let k = i + 1; k > 0; k = Math.floor(k / syllables.length)) {
      word += syllables[k % syllables.length];
    }
    const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
    words.push(capitalised);
    length += capitalised.length + 1;
  }
  return words.join(' ').slice(0, n);
}

/** n characters of markup: nested divs around a short article, as only script can build. */
function deepNesting(n: number): string {
  const text = '<p>The council met on Tuesday and approved the new budget for the harbour.</p>';
  const depth = Math.max(1, Math.floor((n - text.length) / 11));
  return page('Deep', `${'<div>'.repeat(depth)}${text}${'</div>'.repeat(depth)}`, 'en');
}

/**
 * n characters of markup: a person link followed by an inline element, nested, each level one
 * more: every level looks like the start of a name card (core/extract/copy.ts), and a story at the
 * bottom (a fifth of the page) makes each one not a card after all, once all of it is read. The
 * levels are not wrappers (each holds a link and the next level), so nothing unwraps them.
 */
export function nameCardNesting(n: number): string {
  const level = '<a href="/people/ann-lee">Ann Lee</a><span>';
  const depth = Math.max(1, Math.floor((0.8 * n) / (level.length + 7)));
  const story = repeatTo(`${NORMAL} `, Math.floor(0.2 * n));
  return page('Cards', `<p>${level.repeat(depth)}${story}${'</span>'.repeat(depth)}</p>`, 'en');
}

export const SHAPES: readonly Shape[] = [
  // runs of one character
  repeated('a…', 'a'),
  repeated('A…', 'A'),
  repeated('spaces', ' '),
  repeated('full stops', '.'),
  repeated('line breaks', '\n'),
  repeated('&…', '&'),
  repeated('@…', '@'),
  repeated("'…", "'"),
  repeated('「…', '「'),
  repeated('。…', '。'),
  repeated('中…', '中'),
  // punctuation pairs
  repeated('a.', 'a.'),
  repeated('a!', 'a!'),
  repeated('a! ', 'a! '),
  repeated('!?', '!?'),
  repeated('. ', '. '),
  repeated('"a." ', '"a." '),
  repeated('「中。', '「中。'),
  repeated('a\\n', 'a\n'),
  repeated('A\\n', 'A\n'),
  // separators
  repeated('| ', '| '),
  repeated('- ', '- '),
  repeated(', ', ', '),
  repeated('* ', '* '),
  // capitals
  repeated('A ', 'A '),
  repeated('AB ', 'AB '),
  repeated('A. ', 'A. '),
  repeated('Aa ', 'Aa '),
  repeated('U.S. ', 'U.S. '),
  repeated('Mr. ', 'Mr. '),
  repeated('Ab: ', 'Ab: '),
  // "&" and "@."
  repeated('A & ', 'A & '),
  repeated('AT&T ', 'AT&T '),
  repeated('@.', '@.'),
  repeated('x@y.z ', 'x@y.z '),
  // very long words and names
  repeated('one long word', 'abcdefghijklmnopqrstuvwxyz'),
  repeated('one long URL', 'https://a.example/b?c=d&'),
  repeated('John Smith ', 'John Smith '),
  repeated('Bank of ', 'Bank of '),
  { name: 'one long name', text: longName },
  // markup
  { name: 'deep nesting', html: deepNesting },
  { name: 'name cards', html: nameCardNesting },
];

// ---------------------------------------------------------------------------------------------
// Stages

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

function page(title: string, body: string, lang: string): string {
  return `<!DOCTYPE html><html lang="${escapeAttribute(lang)}"><head><meta charset="utf-8"><title>${escapeText(title)}</title></head><body>${body}</body></html>`;
}

const NORMAL =
  'The harbour council met on Tuesday and approved the budget after a long debate. ' +
  'Mayor Ingrid Haller said the new ferry line would start in the spring.';

/** The shape as one paragraph of an article (or the shape's own page). */
function articlePage(shape: Shape, n: number): string {
  if (shape.html) return shape.html(n);
  const text = (shape.text as (n: number) => string)(n);
  return page(
    'Harbour news',
    `<article><h1>Harbour news</h1><p>${NORMAL}</p><p>${escapeText(text)}</p><p>${NORMAL}</p></article>`,
    'en',
  );
}

/**
 * The shape in the page's metadata: language, title (and the same heading, which Readability
 * compares with it) and author. Site name and date are read as the author is.
 */
function metadataPage(text: string): string {
  const attr = escapeAttribute(text);
  // An article long enough that Readability reads the page once (a short one is read again
  // with looser rules, up to three times).
  const body = `<p>${NORMAL}</p>`.repeat(6);
  return `<!DOCTYPE html><html lang="${attr}"><head><title>${escapeText(text)}</title><meta name="author" content="${attr}"></head><body><article><h1>${escapeText(text)}</h1>${body}</article></body></html>`;
}

const article = (text: string) => ({
  title: 'Harbour news',
  byline: null,
  siteName: null,
  lang: 'en',
  publishedTime: null,
  readerable: true,
  paragraphs: [{ text, kind: 'paragraph' as const }],
});

/**
 * What the stages start from, for one shape at one size, each made once (not timed) and shared
 * by the stages that need it.
 */
export class Input {
  constructor(
    readonly shape: Shape,
    readonly n: number,
  ) {}

  /** The page holding the shape, parsed (extraction reads the document and never changes it). */
  #page?: Document;
  get page(): Document {
    return (this.#page ??= parseDocument(articlePage(this.shape, this.n)));
  }

  #text?: string;
  get text(): string {
    return (this.#text ??= (this.shape.text as (n: number) => string)(this.n));
  }

  #source?: SourceText;
  get source(): SourceText {
    return (this.#source ??= fromPlainText(this.text));
  }

  #sentences?: Sentence[];
  get sentences(): Sentence[] {
    return (this.#sentences ??= splitSentences(this.source, 'en'));
  }

  /** The analysis of the shape, titled with it (from the parts above, made once). */
  #analysis?: Analysis;
  get analysis(): Analysis {
    const { text, source, sentences } = this;
    const options = { title: text, lang: 'en' };
    return (this.#analysis ??= {
      title: text,
      lang: 'en',
      text,
      summary: summarize(source, sentences, options),
      actors: findActors(source, sentences, options),
      stats: {
        words: 1,
        sentences: 1,
        summaryWords: 1,
        readingMinutes: 1,
        summaryReadingSeconds: 1,
      },
    });
  }
}

/**
 * One stage: `prepare` takes its input from page text of one shape and size (not timed) and
 * returns the timed work. `html`: the stage reads whole pages, and so also takes markup shapes.
 */
export interface Stage {
  name: string;
  /** What runs, for the report. */
  covers: string;
  html?: boolean;
  prepare: (input: Input) => () => unknown;
}

export const STAGES: readonly Stage[] = [
  {
    name: 'extract',
    covers: 'core/extract (Readability, blocks, clutter rules) on a page holding the shape',
    html: true,
    prepare:
      ({ page }) =>
      () =>
        extractArticle(page),
  },
  {
    // Its own stage: in `extract` it is hidden by Readability, whose work on a deep page grows
    // with the depth up to the depth the copy keeps (core/extract/depth.ts), so that the page of
    // 10k characters already costs much of what the 100k one does.
    name: 'reading copy',
    covers: 'core/extract/copy.ts alone: the copy of the page that Readability reads',
    html: true,
    prepare:
      ({ page }) =>
      () =>
        copyForReading(page),
  },
  {
    name: 'extract metadata',
    covers: 'core/extract with the shape as title, lang, byline, site name and date',
    prepare: ({ text }) => {
      const doc = parseDocument(metadataPage(text));
      return () => extractArticle(doc);
    },
  },
  {
    name: 'text and stats',
    covers: 'paragraphs, language, word counts (pipeline, selection), a selection as an article',
    prepare: ({ text }) => {
      const paragraphs = article(text).paragraphs;
      return () => [
        fromPlainText(text),
        fromParagraphs(paragraphs),
        detectLanguage(text),
        countWords(text),
        articleFromSelection(text, text, 'en'),
      ];
    },
  },
  {
    name: 'sentences',
    covers: 'core/text/sentences (Intl.Segmenter and the merge step)',
    prepare:
      ({ source }) =>
      () =>
        splitSentences(source, 'en'),
  },
  {
    name: 'summary',
    covers: 'core/summary (candidates, scores, selection)',
    prepare:
      ({ source, sentences }) =>
      () =>
        summarize(source, sentences, { title: 'Harbour news', lang: 'en' }),
  },
  {
    name: 'actors',
    covers: 'core/actors (tokens, candidates, types, merging, ranking)',
    prepare:
      ({ source, sentences }) =>
      () =>
        findActors(source, sentences, { title: 'Harbour news', lang: 'en' }),
  },
  {
    name: 'headline',
    covers: 'summary and actors with the shape as the title too (the CLI takes a page title whole)',
    prepare:
      ({ text, source, sentences }) =>
      () => [
        summarize(source, sentences, { title: text, lang: 'en' }),
        findActors(source, sentences, { title: text, lang: 'en' }),
      ],
  },
  {
    name: 'worker result',
    covers: 'lib/worker/page-result: copies in three formats, marks, site and date, figures',
    prepare: ({ text, analysis }) => {
      const page = {
        url: `https://news.example/${text}`,
        title: text,
        siteName: text,
        byline: text,
        publishedTime: text,
        readerable: true,
      };
      return () => pageResult(page, analysis);
    },
  },
  {
    name: 'boundary',
    covers: "the worker's check of an extraction and its limits (lib/protocol)",
    prepare: ({ text }) => {
      const reply = {
        status: 'ok',
        url: text,
        article: {
          ...article(text),
          title: text,
          byline: text,
          siteName: text,
          lang: text,
          publishedTime: text,
        },
      };
      return () => isExtractReply(reply) && withinLimits(reply.article);
    },
  },
  {
    name: 'CLI input',
    covers: 'cli/input (decoding, HTML or text) and a JSONL line',
    prepare: ({ text }) => {
      const bytes = Buffer.from(text);
      const line = JSON.stringify({ id: 1, text, url: text });
      return () => [sniffKind(decode(bytes, 'input')), toBatchItem(JSON.parse(line), 1)];
    },
  },
  {
    name: 'page locator',
    covers: 'lib/page/locate: the page text collapsed, every actor mention found again',
    prepare: ({ text, analysis }) => {
      const spans = analysis.actors.flatMap((a) => a.mentions);
      const nodes = text.split('\n');
      return () => {
        const locator = new TextLocator(analysis.text, collapseTexts(nodes));
        return spans.map((s) => locator.locate(s));
      };
    },
  },
];

/** Whether the stage takes the shape (markup shapes only go to stages that read pages). */
export function applies(stage: Stage, shape: Shape): boolean {
  return shape.text !== undefined || (stage.html === true && shape.html !== undefined);
}

// ---------------------------------------------------------------------------------------------
// Scaling

/** CPU ms of this process: steadier than the wall clock when other jobs share the cores. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * CPU ms per call: the fastest of `reps` batches, each repeated until it lasts `minMs`. Once a
 * call takes more than LONG_MS it is not repeated: noise is small beside it.
 */
export function msPerCall(work: () => unknown, reps: number, minMs: number): number {
  let best = Infinity;
  for (let r = 0; r < reps && (r === 0 || best <= LONG_MS); r++) {
    let calls = 0;
    const start = cpuMs();
    let elapsed = 0;
    do {
      work();
      calls++;
      elapsed = cpuMs() - start;
    } while (elapsed < minMs);
    best = Math.min(best, elapsed / calls);
  }
  return best;
}

const LONG_MS = 500;

export const SMALL = 10_000;
export const LARGE = 100_000;

/**
 * The test. Linear work takes ~10× as long on 10× the text, quadratic ~100×. But V8 changes
 * regime as a step past some sizes (an array of more than ~16k strings is kept in another heap
 * space: a global `match` took 30× longer on 5× the text from 10k, then 2.5× per doubling), and on
 * a shared 2-core machine single timings move by 2× and more. So a ratio above RATIO_LIMIT from
 * 10k to 100k characters is only a suspicion, confirmed when each of the next two doublings
 * (100k → 200k → 400k) costs more than DOUBLING_LIMIT times as much (linear: 2×, quadratic: 4×;
 * a step shows in one interval, quadratic growth in all), or the first of them alone when it
 * takes more than a second. Every figure is the fastest of several runs on the process's CPU
 * clock, each run at least BATCH_MS.
 */
export const RATIO_LIMIT = 30;
export const DOUBLING_LIMIT = 3.2;
const BATCH_MS = 15;
/**
 * Below this (CPU ms at 100k characters) work is too quick to matter, or to time: even if it were
 * quadratic it would stay under a second at the worker's limit of a million characters.
 */
export const FLOOR_MS = 10;
/** CPU ms at 200k characters past which one doubling of more than DOUBLING_LIMIT decides. */
const SLOW_MS = 1_000;

export interface Scaling {
  /** CPU ms at 10k and 100k characters (small 0: below the floor, not timed further). */
  small: number;
  large: number;
  /** large ÷ small, 0 below the floor. */
  ratio: number;
  /** 200k ÷ 100k and 400k ÷ 200k, as far as the test needed them. */
  doublings: number[];
  superlinear: boolean;
}

/** Times the work `prepare(n)` returns at 10k and 100k characters, and beyond when in doubt. */
export function measureScaling(prepare: (n: number) => () => unknown): Scaling {
  const large = prepare(LARGE);
  const once = msPerCall(large, 1, 0);
  if (once < FLOOR_MS)
    return { small: 0, large: once, ratio: 0, doublings: [], superlinear: false };
  const small = msPerCall(prepare(SMALL), 3, BATCH_MS);
  let before = Math.min(once, msPerCall(large, 1, BATCH_MS));
  const result: Scaling = {
    small,
    large: before,
    ratio: before / small,
    doublings: [],
    superlinear: false,
  };
  if (result.ratio <= RATIO_LIMIT) return result;
  for (const n of [2 * LARGE, 4 * LARGE]) {
    const ms = msPerCall(prepare(n), 2, BATCH_MS);
    result.doublings.push(ms / before);
    if (ms / before <= DOUBLING_LIMIT) return result;
    // Past a second on 200k characters and still growing that fast: no step of the collector,
    // and a doubling more would take minutes.
    if (ms > SLOW_MS) break;
    before = ms;
  }
  result.superlinear = true;
  return result;
}

export interface Finding extends Scaling {
  stage: string;
  shape: string;
}

/**
 * Every stage on every shape it takes; `onStart` hears each before it is measured, `onFinding`
 * after. The inputs of one shape are made once per size and dropped before the next shape.
 */
export function measureAll(
  shapes: readonly Shape[] = SHAPES,
  stages: readonly Stage[] = STAGES,
  onFinding: (finding: Finding) => void = () => undefined,
  onStart: (stage: Stage, shape: Shape) => void = () => undefined,
): Finding[] {
  const findings: Finding[] = [];
  for (const shape of shapes) {
    const inputs = new Map<number, Input>();
    const input = (n: number) => {
      let made = inputs.get(n);
      if (!made) inputs.set(n, (made = new Input(shape, n)));
      return made;
    };
    for (const stage of stages) {
      if (!applies(stage, shape)) continue;
      onStart(stage, shape);
      const scaling = measureScaling((n) => stage.prepare(input(n)));
      const finding = { stage: stage.name, shape: shape.name, ...scaling };
      findings.push(finding);
      onFinding(finding);
    }
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------
// The examples

/** An ordinary article (eight paragraphs) with one of `text` in the middle (escaped). */
function pageWithParagraph(text: string, lang = 'en'): string {
  const story = (from: number) =>
    Array.from({ length: 4 }, (_, i) => `<p>${paragraph(from + i * 5, 5)}</p>`).join('');
  return page(
    'Harbour news',
    `<article><h1>Harbour news</h1>${story(0)}<p>${escapeText(text)}</p>${story(20)}</article>`,
    lang,
  );
}

export interface Example {
  name: string;
  /** What it took before (issue 17), for the report. */
  before: string;
  /** Builds the input (not timed) and returns the work, as the extension or the CLI does it. */
  prepare: () => () => unknown;
  /** The same work on an ordinary input of the same size: the baseline, measured in the same run. */
  ordinary: () => () => unknown;
}

/** Extraction and analysis of a page, as the CLI does (the extension: in the page, then the worker). */
const wholePage = (html: string) => () => {
  const doc = parseDocument(html);
  return () => analyzeArticle(extractArticle(doc));
};

/** Varied news prose of exactly n characters, in paragraphs of five sentences. */
export function prose(n: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < n; i += 5) {
    const p = paragraph(i, 5);
    parts.push(p);
    length += p.length + 1;
  }
  return parts.join('\n').slice(0, n);
}

const asText = (text: string) => () => () => analyzeText(text);

/** The page's selection as the worker reads and summarises it (lib/worker/selection-result.ts). */
const asSelection = (text: string) => () => {
  const read = { text, lang: 'en', title: 'Page', url: '' };
  return () => {
    const selection = boundedSelection(read);
    return selection && [countWords(selection.text), selectionResult(selection, 'Page', 'medium')];
  };
};

export const EXAMPLES: readonly Example[] = [
  {
    name: '"A & A & …", 59k characters, in a page',
    before: '7.5 s in the browser',
    prepare: wholePage(pageWithParagraph(repeatTo('A & ', 59_000))),
    ordinary: wholePage(pageWithParagraph(prose(59_000))),
  },
  {
    name: '"A & A & …", 60k characters of text',
    before: '13–17 s, 1 GB in Node',
    prepare: asText(repeatTo('A & ', 60_000)),
    ordinary: asText(prose(60_000)),
  },
  {
    name: '"A & A & …", 100k characters of text',
    before: '50 s, 2.9 GB in Node',
    prepare: asText(repeatTo('A & ', 100_000)),
    ordinary: asText(prose(100_000)),
  },
  {
    name: 'a selection of 150k characters of "A & A & …"',
    before: 'no answer after 151 s',
    prepare: asSelection(repeatTo('A & ', 150_000)),
    ordinary: asSelection(prose(150_000)),
  },
  {
    name: 'a selection of 9 million characters (counted, summarised)',
    before: '"1495783 words selected", a 9 MB cache entry',
    prepare: asSelection(repeatTo(`${NORMAL}\n`, 9_000_000)),
    ordinary: asSelection(prose(MAX_SELECTION_CHARS)),
  },
  {
    name: '<html lang> of 100,000 variant subtags',
    before: '57 s (Intl.Segmenter)',
    prepare: wholePage(pageWithParagraph(NORMAL, `en${'-abcdefgh'.repeat(100_000)}`)),
    ordinary: wholePage(pageWithParagraph(NORMAL, 'en')),
  },
  {
    name: 'a paragraph of 8k characters of "@.@.…"',
    before: '15 s in the browser',
    prepare: wholePage(pageWithParagraph(repeatTo('@.', 8_000))),
    ordinary: wholePage(pageWithParagraph(prose(8_000))),
  },
  {
    name: 'a page of 6k characters of "@.@.…" (CLI)',
    before: '13.5 s',
    prepare: wholePage(page('At', `<p>${repeatTo('@.', 6_000)}</p>`, 'en')),
    ordinary: wholePage(page('At', `<p>${escapeText(prose(6_000))}</p>`, 'en')),
  },
  {
    name: '100k characters of "a\\n"',
    before: '7 s',
    prepare: asText(repeatTo('a\n', 100_000)),
    ordinary: asText(prose(100_000)),
  },
  {
    name: '100k characters of "a! "',
    before: '1.3 s',
    prepare: asText(repeatTo('a! ', 100_000)),
    ordinary: asText(prose(100_000)),
  },
];

/** CPU ms of an example: the fastest of `tries` runs. */
export function measureExample(example: Example, tries = 3): number {
  return msPerCall(example.prepare(), tries, 0);
}

// ---------------------------------------------------------------------------------------------
// The report (npm run bench)

/** The ordinary input every stage is compared with: varied news prose, no hostile shape. */
export const ORDINARY: Shape = { name: 'ordinary prose', text: prose };

export interface StageRow {
  stage: string;
  /** Its slowest shape at 100k characters, and that shape's figures. */
  worst: Finding;
  /** The same stage on ordinary prose of 100k characters, in the same run. */
  ordinary: Finding;
  superlinear: string[];
}

export interface ExampleRow {
  name: string;
  before: string;
  ms: number;
  ordinaryMs: number;
}

export interface WorstCaseReport {
  /** The hostile shapes measured. */
  shapes: string[];
  stages: StageRow[];
  examples: ExampleRow[];
}

/**
 * Every stage on every shape (or on `shapes`), and the examples (or `examples`), each
 * beside the same work on ordinary text measured in the same run. `log` hears progress.
 */
export function measureWorstCases(
  log: (line: string) => void = () => undefined,
  shapes: readonly Shape[] = SHAPES,
  examples: readonly Example[] = EXAMPLES,
): WorstCaseReport {
  const findings = measureAll(shapes, STAGES, (f) =>
    log(`  ${f.stage} on ${f.shape}: ${f.large.toFixed(1)} ms`),
  );
  // After the shapes, not before: measured first, the baseline would pay for the cold JIT.
  const ordinary = measureAll([ORDINARY]);
  const measured = STAGES.filter((stage) => findings.some((f) => f.stage === stage.name));
  const stages = measured.map((stage) => {
    const own = findings.filter((f) => f.stage === stage.name);
    const worst = own.reduce((a, b) => (b.large > a.large ? b : a));
    return {
      stage: stage.name,
      worst,
      ordinary: ordinary.find((f) => f.stage === stage.name) as Finding,
      superlinear: own.filter((f) => f.superlinear).map((f) => f.shape),
    };
  });
  const exampleRows = examples.map((e) => {
    log(`  ${e.name}`);
    return {
      name: e.name,
      before: e.before,
      ms: measureExample(e),
      ordinaryMs: msPerCall(e.ordinary(), 3, 0),
    };
  });
  return { shapes: shapes.map((s) => s.name), stages, examples: exampleRows };
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

/** Markdown tables of the report. */
export function worstCaseTables(report: WorstCaseReport): string {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const lines = [
    `Worst cases (CPU ms, fastest of the runs; ${report.shapes.length} hostile shapes; ordinary prose measured in the same run):`,
    '',
    row([
      'stage',
      'slowest shape',
      `ms at ${SMALL / 1000}k`,
      `ms at ${LARGE / 1000}k`,
      `× (${SMALL / 1000}k → ${LARGE / 1000}k)`,
      `ordinary prose at ${LARGE / 1000}k`,
      '÷ ordinary',
      'superlinear',
    ]),
    row(Array(8).fill('---')),
    ...report.stages.map((r) =>
      row([
        r.stage,
        r.worst.shape,
        r.worst.small ? ms(r.worst.small) : `< ${FLOOR_MS} at ${LARGE / 1000}k`,
        ms(r.worst.large),
        r.worst.ratio ? r.worst.ratio.toFixed(1) : '–',
        ms(r.ordinary.large),
        (r.worst.large / Math.max(r.ordinary.large, 0.1)).toFixed(1),
        r.superlinear.length ? r.superlinear.join(', ') : 'none',
      ]),
    ),
  ];
  if (!report.examples.length) return lines.join('\n');
  lines.push(
    '',
    "The issue's examples (CPU ms, fastest of 3; ordinary: the same path on ordinary prose of the same size):",
    '',
    row(['example', 'before', 'now', 'ordinary input', '÷ ordinary']),
    row(Array(5).fill('---')),
    ...report.examples.map((e) =>
      row([e.name, e.before, ms(e.ms), ms(e.ordinaryMs), (e.ms / e.ordinaryMs).toFixed(2)]),
    ),
  );
  return lines.join('\n');
}
