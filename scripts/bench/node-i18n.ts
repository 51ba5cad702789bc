/**
 * The extension's messages for code run in Node by the benchmarks: the worker's code says things
 * through browser.i18n (lib/shared/i18n.ts), which Node has not. English, from the extension's
 * own message file. Imported before anything that reads `browser` (wxt/browser takes it once).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Messages = Record<string, { message: string }>;

const english = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8'),
) as Messages;

const scope = globalThis as { chrome?: unknown; browser?: unknown };
scope.chrome ??= {
  runtime: { id: 'nutshell-bench' },
  i18n: {
    getMessage: (key: string, subs: string[] = []) =>
      (english[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? ''),
  },
};
