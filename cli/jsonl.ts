import type { AnalyzeOptions } from '../core/pipeline';
import { parseLang, type Command } from './args';
import { runCommand } from './commands';
import { CliError, messageOf } from './errors';
import type { DocumentKind, InputDocument } from './input';

type Id = string | number | null;

/** One JSONL request line, checked: `{"id", "html"?, "text"?, "url"?, "lang"?}`. */
interface BatchItem {
  id: Id;
  doc: InputDocument;
  /** The line's language, over --lang. */
  lang?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The id of a parsed line if it has a usable one (so even a failing line can be matched). */
function idOf(value: unknown): Id {
  if (!isRecord(value)) return null;
  const id = value.id;
  return typeof id === 'string' || typeof id === 'number' ? id : null;
}

const NOT_JSON = Symbol('not JSON');

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return NOT_JSON;
  }
}

/** A parsed request line to a document; "html" wins when a line carries both html and text. */
export function toBatchItem(value: unknown, lineNumber: number): BatchItem {
  const label = `line ${lineNumber}`;
  if (value === NOT_JSON) throw new CliError(`${label}: not valid JSON`);
  if (!isRecord(value)) throw new CliError(`${label}: expected a JSON object`);
  const id = idOf(value);
  if (id === null) throw new CliError(`${label}: "id" must be a string or a number`);
  if (value.url !== undefined && typeof value.url !== 'string') {
    throw new CliError(`${label}: "url" must be a string`);
  }
  const kind: DocumentKind | null =
    typeof value.html === 'string' ? 'html' : typeof value.text === 'string' ? 'text' : null;
  if (kind === null) throw new CliError(`${label}: needs an "html" or a "text" string`);
  // Messages about the content read "line 7: no article text found in this page".
  const docLabel = kind === 'html' ? 'this page' : 'this text';
  const url = typeof value.url === 'string' ? { url: value.url } : {};
  if (value.lang !== undefined && typeof value.lang !== 'string') {
    throw new CliError(`${label}: "lang" must be a string`);
  }
  const lang = parseLang(value.lang, `${label}: "lang"`);
  return {
    id,
    doc: { kind, content: value[kind] as string, label: docLabel, ...url },
    ...(lang ? { lang } : {}),
  };
}

export interface BatchReport {
  answered: number;
  failed: number;
}

/**
 * Answers every non-blank line with one JSON line carrying the same id. A failing line is
 * answered with `{"id", "error"}` and reported on stderr with its number; the rest go on.
 */
export function runBatch(
  text: string,
  command: Command,
  options: AnalyzeOptions,
  out: (line: string) => void,
  warn: (message: string) => void,
): BatchReport {
  const report: BatchReport = { answered: 0, failed: 0 };
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const lineNumber = index + 1;
    let id: Id = null;
    try {
      const value = parseJson(line);
      id = idOf(value);
      const item = toBatchItem(value, lineNumber);
      const lineOptions = item.lang ? { ...options, lang: item.lang } : options;
      const { result } = runCommand(command, item.doc, lineOptions);
      out(JSON.stringify({ id: item.id, ...result }));
      report.answered++;
    } catch (error) {
      const message = messageOf(error);
      const located = message.startsWith(`line ${lineNumber}`)
        ? message
        : `line ${lineNumber}: ${message}`;
      out(JSON.stringify({ id, error: located }));
      warn(located);
      report.failed++;
    }
  });
  return report;
}
