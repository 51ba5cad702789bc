import { parseArgs } from 'node:util';
import type { SummaryLength } from '../core/types';
import { CliError, messageOf } from './errors';

export const COMMANDS = ['extract', 'summarize', 'actors'] as const;
export type Command = (typeof COMMANDS)[number];

const LENGTHS: readonly SummaryLength[] = ['short', 'medium', 'long'];

export interface CliArgs {
  command: Command;
  /** A file path or `-` for stdin; absent in JSONL mode. */
  input?: string;
  /** A JSONL file (or `-`): one document per line, one answer per line. */
  jsonl?: string;
  json: boolean;
  sentences?: number;
  length?: SummaryLength;
  /** The documents' language (BCP 47); detected from the text when absent. */
  lang?: string;
}

export type ParsedArgs = { help: true } | ({ help: false } & CliArgs);

function isCommand(word: string): word is Command {
  return (COMMANDS as readonly string[]).includes(word);
}

function isLength(word: string): word is SummaryLength {
  return (LENGTHS as readonly string[]).includes(word);
}

function parseSentences(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new CliError(`--sentences must be a whole number of at least 1 (got "${raw}")`, 2);
  }
  return n;
}

/** A BCP 47 language tag such as "de", "pt-BR" or "zh-Hant-TW". */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

export function parseLang(raw: string | undefined, what = '--lang'): string | undefined {
  if (raw === undefined) return undefined;
  if (!LANGUAGE_TAG.test(raw)) {
    throw new CliError(`${what} must be a language tag such as de or pt-BR (got "${raw}")`, 2);
  }
  return raw;
}

function parseLength(raw: string | undefined): SummaryLength | undefined {
  if (raw === undefined) return undefined;
  if (!isLength(raw)) {
    throw new CliError(`--length must be one of ${LENGTHS.join(', ')} (got "${raw}")`, 2);
  }
  return raw;
}

/** Command-line words to a checked request; every mistake becomes a one-line CliError. */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        json: { type: 'boolean' },
        jsonl: { type: 'string' },
        sentences: { type: 'string' },
        length: { type: 'string' },
        lang: { type: 'string' },
      },
    });
  } catch (error) {
    throw new CliError(messageOf(error).replace(/\. To specify a positional.*$/, ''), 2);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };

  const [command, input, ...extra] = positionals;
  if (command === undefined)
    throw new CliError('missing command (extract, summarize or actors)', 2);
  if (!isCommand(command)) {
    throw new CliError(`unknown command "${command}" (use extract, summarize or actors)`, 2);
  }
  if (extra.length > 0) throw new CliError(`unexpected argument "${extra[0]}"`, 2);
  if (values.jsonl !== undefined && input !== undefined) {
    throw new CliError('give either an input file or --jsonl FILE, not both', 2);
  }
  if (values.jsonl === undefined && input === undefined) {
    throw new CliError(
      'missing input: a .html, .html.gz or .txt file, - for stdin, or --jsonl FILE',
      2,
    );
  }
  return {
    help: false,
    command,
    input,
    jsonl: values.jsonl,
    json: values.json ?? false,
    sentences: parseSentences(values.sentences),
    length: parseLength(values.length),
    lang: parseLang(values.lang),
  };
}

export const USAGE = `Usage: npm run cli -- <command> <input> [options]

Commands:
  extract     the article's title, language, reader verdict and paragraphs
  summarize   the key sentences, in document order
  actors      the people, organisations and places, ranked, with their mentions

Input:
  FILE        a .html, .html.gz or .txt file (other names: HTML or text is detected)
  -           standard input (HTML or text is detected; gzip is unpacked)
  --jsonl F   one {"id", "html"?, "text"?, "url"?, "lang"?} per line (F may be -); one JSON
              answer per line with the same id, or {"id", "error"} for a line that fails

Options:
  --json               machine-readable output
  --sentences N        summary length in sentences (N >= 1)
  --length L           short, medium (default) or long
  --lang TAG           the text's language (de, fr, es, it, pt, nl, ru, en, …); without it
                       the page's <html lang>, else the language detected from the text
  -h, --help           this text

Offsets in JSON point into the analysed text: for HTML, the extracted paragraphs joined by a
blank line ("\\n\\n"); for text, the input itself.
`;
