/**
 * Reads CoNLL-2003 (IOB2) into plain documents with character-span gold entities, rebuilding each
 * document's text from its tokens as ../shared/eval/BASELINES.md §3 describes: sentences joined
 * with "\n", tokens with single spaces except around punctuation, brackets and quotes.
 */

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface EntitySpan {
  start: number;
  end: number;
  type: EntityType;
}

/** One evaluation document: its text and gold spans (CoNLL-2003 or the JSONL sets). */
export interface EvalDocument {
  id?: string;
  /** The document's language where the set says it (JSONL `lang`). */
  lang?: string;
  text: string;
  tokenCount: number;
  /** Gold mentions (MISC included; scoring leaves it out). */
  gold: EntitySpan[];
}

interface Token {
  word: string;
  tag: string;
}

const NO_SPACE_BEFORE = new Set([
  ',',
  '.',
  ':',
  ';',
  '?',
  '!',
  ')',
  ']',
  '}',
  '%',
  "'s",
  "n't",
  "'re",
  "'ve",
  "'ll",
  "'d",
  "'m",
  "'",
]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$']);

function splitDocuments(raw: string): Token[][][] {
  const documents: Token[][][] = [];
  let sentences: Token[][] | null = null;
  let sentence: Token[] = [];
  const endSentence = (): void => {
    if (sentence.length && sentences) sentences.push(sentence);
    sentence = [];
  };
  for (const line of raw.split(/\r?\n/)) {
    if (line.startsWith('-DOCSTART-')) {
      endSentence();
      sentences = [];
      documents.push(sentences);
      continue;
    }
    if (!line.trim()) {
      endSentence();
      continue;
    }
    const cols = line.split(' ');
    if (!sentences) {
      sentences = [];
      documents.push(sentences);
    }
    sentence.push({ word: cols[0] ?? '', tag: cols[cols.length - 1] ?? 'O' });
  }
  endSentence();
  return documents.filter((d) => d.length > 0);
}

function buildDocument(sentences: Token[][]): ConllDocument {
  let text = '';
  let tokenCount = 0;
  const gold: EntitySpan[] = [];
  sentences.forEach((sentence, si) => {
    if (si > 0) text += '\n';
    let quoteOpen = false;
    let glueNext = true;
    let open: EntitySpan | null = null;
    const close = (): void => {
      if (open) gold.push(open);
      open = null;
    };
    for (const { word, tag } of sentence) {
      let glue = glueNext || NO_SPACE_BEFORE.has(word);
      glueNext = NO_SPACE_AFTER.has(word);
      if (word === '"') {
        if (quoteOpen) glue = true;
        else glueNext = true;
        quoteOpen = !quoteOpen;
      }
      if (!glue) text += ' ';
      const start = text.length;
      text += word;
      tokenCount++;
      const [prefix, type] = tag.split('-') as [string, EntityType | undefined];
      if (prefix === 'B' && type) {
        close();
        open = { start, end: text.length, type };
      } else if (prefix === 'I' && type && open && (open as EntitySpan).type === type) {
        (open as EntitySpan).end = text.length;
      } else if (prefix === 'I' && type) {
        close();
        open = { start, end: text.length, type };
      } else close();
    }
    close();
  });
  return { text, tokenCount, gold };
}

export type ConllDocument = EvalDocument;

export function readConll(raw: string): ConllDocument[] {
  return splitDocuments(raw).map(buildDocument);
}
