import { gunzipSync } from 'node:zlib';
import { CliError, messageOf } from './errors';
import type { CliIo } from './io';

export type DocumentKind = 'html' | 'text';

/** One document to analyse, whatever it came from (a file, stdin or a JSONL line). */
export interface InputDocument {
  kind: DocumentKind;
  content: string;
  /** How messages name it: the path, "stdin" or "line N". */
  label: string;
  /** The page's address, when the request gives it (its site's name is never an actor). */
  url?: string;
}

const GZIP_MAGIC = [0x1f, 0x8b];

function isGzip(bytes: Buffer): boolean {
  return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/** A short reason for a failed read, without the errno noise. */
function readFailure(path: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return new CliError(`no such file: ${path}`);
    case 'EISDIR':
      return new CliError(`${path} is a directory, not a file`);
    case 'EACCES':
    case 'EPERM':
      return new CliError(`cannot read ${path}: permission denied`);
    default:
      return new CliError(`cannot read ${path}: ${messageOf(error)}`);
  }
}

/** HTML or text, judged from the start of the content: markup starts with a tag. */
export function sniffKind(content: string): DocumentKind {
  const head = content.slice(0, 2000).trimStart();
  if (/^<(?:!doctype|html|head|body|\?xml|!--)/i.test(head)) return 'html';
  if (/^<[a-z][a-z0-9-]*[\s/>]/i.test(head)) return 'html';
  return /<(?:html|body|article|main|p|div)[\s>]/i.test(head) ? 'html' : 'text';
}

function kindFromName(path: string): DocumentKind | null {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  if (/\.(?:html?|xhtml)$/.test(name)) return 'html';
  if (/\.(?:txt|text|md)$/.test(name)) return 'text';
  return null;
}

/** Bytes to text: gzip unpacked, UTF-8 decoded (invalid bytes replaced), BOM dropped. */
export function decode(bytes: Buffer, label: string): string {
  let raw = bytes;
  if (isGzip(bytes)) {
    try {
      raw = gunzipSync(bytes);
    } catch {
      throw new CliError(`${label} is not valid gzip data`);
    }
  }
  return new TextDecoder('utf-8').decode(raw).replace(/^\uFEFF/, '');
}

/** Reads a path, or stdin for `-`, into a document; empty input is an error here. */
export async function readInput(path: string, io: CliIo): Promise<InputDocument> {
  const fromStdin = path === '-';
  const label = fromStdin ? 'stdin' : path;
  let bytes: Buffer;
  try {
    bytes = fromStdin ? await io.readStdin() : await io.readFile(path);
  } catch (error) {
    throw fromStdin
      ? new CliError(`cannot read stdin: ${messageOf(error)}`)
      : readFailure(path, error);
  }
  if (!fromStdin && path.toLowerCase().endsWith('.gz') && !isGzip(bytes) && bytes.length > 0) {
    throw new CliError(`${label} is not valid gzip data`);
  }
  const content = decode(bytes, label);
  if (content.trim() === '') throw new CliError(`${label} is empty`);
  // NUL bytes never occur in HTML or text: this is an image, a PDF or the like.
  if (content.slice(0, 4096).includes('\u0000')) {
    throw new CliError(`${label} looks like a binary file, not HTML or text`);
  }
  const kind = (fromStdin ? null : kindFromName(path)) ?? sniffKind(content);
  return { kind, content, label };
}

/** Reads the raw text of a JSONL batch (a path or `-`). */
export async function readBatch(path: string, io: CliIo): Promise<string> {
  const fromStdin = path === '-';
  try {
    const bytes = fromStdin ? await io.readStdin() : await io.readFile(path);
    return decode(bytes, fromStdin ? 'stdin' : path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw fromStdin
      ? new CliError(`cannot read stdin: ${messageOf(error)}`)
      : readFailure(path, error);
  }
}
