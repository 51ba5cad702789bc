import { open } from 'node:fs/promises';
import { MAX_INPUT_BYTES } from './input';

/** Everything the CLI does to the outside world, so tests can run `main` in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Buffer>;
  readStdin(): Promise<Buffer>;
}

/**
 * Raw bytes read at most from a file or stdin: one more than cli/input.ts accepts, so it can say
 * the input is too large without holding more of it.
 */
const READ_LIMIT = MAX_INPUT_BYTES + 1;

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(buffer);
    bytes += buffer.length;
    if (bytes >= READ_LIMIT) break;
  }
  return Buffer.concat(chunks).subarray(0, READ_LIMIT);
}

/**
 * A file, or its first READ_LIMIT bytes when it is larger. Opened first and sized through the
 * handle: one system call names the error, and the size is the opened file's.
 */
async function readUpTo(path: string): Promise<Buffer> {
  const file = await open(path);
  try {
    const info = await file.stat();
    // A pipe or device says size 0: read it as a stream, up to the limit.
    if (!info.isFile()) return await readAll(file.createReadStream({ autoClose: false }));
    if (info.size <= READ_LIMIT) return await file.readFile();
    const buffer = Buffer.alloc(READ_LIMIT);
    const { bytesRead } = await file.read(buffer, 0, READ_LIMIT, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: readUpTo,
  readStdin: () => readAll(process.stdin),
};
