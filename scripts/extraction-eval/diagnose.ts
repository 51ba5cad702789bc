/**
 * What went wrong on one page: the extracted paragraphs that are mostly not in the ground truth
 * (clutter kept) and the ground-truth paragraphs that are mostly not in the extraction (text lost).
 */
import { shingles, tokenize } from './metrics';

export interface Diagnosis {
  status: string;
  error?: string;
  /** Extracted paragraphs whose shingles are mostly absent from the ground truth. */
  extra: string[];
  /** Ground-truth paragraphs whose shingles are mostly absent from the extraction. */
  missing: string[];
  extraWords: number;
  missingWords: number;
}

const SHOWN = 6;
const SHOWN_CHARS = 110;

function blocks(text: string): string[] {
  return text
    .split(/\n+/)
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Blocks of `text` less than half of whose shingles occur in `other`. */
function unmatched(text: string, other: string): { shown: string[]; words: number } {
  const known = new Set(shingles(tokenize(other)));
  const out: string[] = [];
  let words = 0;
  for (const block of blocks(text)) {
    const tokens = tokenize(block);
    if (!tokens.length) continue;
    const own = shingles(tokens);
    const found = own.filter((s) => known.has(s)).length;
    if (found / own.length < 0.5) {
      words += tokens.length;
      out.push(block.length > SHOWN_CHARS ? `${block.slice(0, SHOWN_CHARS)}…` : block);
    }
  }
  return { shown: out.slice(0, SHOWN), words };
}

export function diagnose(
  gold: string,
  result: { status: string; error?: string; text: string },
): Diagnosis {
  const extra = unmatched(result.text, gold);
  const missing = unmatched(gold, result.text);
  return {
    status: result.status,
    ...(result.error !== undefined ? { error: result.error } : {}),
    extra: extra.shown,
    missing: missing.shown,
    extraWords: extra.words,
    missingWords: missing.words,
  };
}
