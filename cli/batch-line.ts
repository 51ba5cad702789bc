/**
 * One JSONL request line answered, and the worker thread that answers lines for cli/jsonl.ts
 * (this module's second role, when loaded there), so a line that runs too long can be stopped.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { AnalyzeOptions } from '../core/pipeline';
import { analyzeText } from '../core/pipeline';
import { parseLang, type Command } from './args';
import { runCommand } from './commands';
import { CliError, messageOf } from './errors';
import type { DocumentKind, InputDocument } from './input';

type Id = string | number | null;

/** One JSONL request line, checked: `{"id", "html"?, "text"?, "url"?}`. */
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
export function idOf(value: unknown): Id {
  if (!isRecord(value)) return null;
  const id = value.id;
  return typeof id === 'string' || typeof id === 'number' ? id : null;
}

export const NOT_JSON = Symbol('not JSON');

export function parseJson(line: string): unknown {
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

/** What a line is answered with: the JSON line to print; `error` (for stderr) when it failed. */
export interface LineAnswer {
  json: string;
  error?: string;
}

/** `{"id", "error"}` for a line, the message starting with its number. */
export function failedLine(id: Id, lineNumber: number, message: string): LineAnswer {
  const located = message.startsWith(`line ${lineNumber}`)
    ? message
    : `line ${lineNumber}: ${message}`;
  return { json: JSON.stringify({ id, error: located }), error: located };
}

export interface LineRequest {
  line: string;
  lineNumber: number;
  command: Command;
  options: AnalyzeOptions;
}

export function answerLine({ line, lineNumber, command, options }: LineRequest): LineAnswer {
  let id: Id = null;
  try {
    const value = parseJson(line);
    id = idOf(value);
    const item = toBatchItem(value, lineNumber);
    const lineOptions = item.lang ? { ...options, lang: item.lang } : options;
    const { result } = runCommand(command, item.doc, lineOptions);
    return { json: JSON.stringify({ id: item.id, ...result }) };
  } catch (error) {
    return failedLine(id, lineNumber, messageOf(error));
  }
}

/** Marks the worker cli/jsonl.ts starts (workerData), so importing this module elsewhere does nothing. */
export const BATCH_WORKER = 'nutshell-batch-line';

if (!isMainThread && parentPort && workerData?.role === BATCH_WORKER) {
  const port = parentPort;
  // First-time work (word lists) before the first line, so no line's time limit pays for it.
  analyzeText('The council met on Tuesday. Mayor Ana Silva approved the plan.');
  port.on('message', (request: LineRequest) => port.postMessage(answerLine(request)));
  port.postMessage('ready');
}
