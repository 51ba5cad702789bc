import { describe, expect, it } from 'vitest';
import { articleFromSelection, SELECTION_MIN_WORDS } from './selection';

const sentence = 'The council voted to build a protected cycle lane on Quay Road this spring.';

describe('articleFromSelection', () => {
  it('makes one paragraph per selected line and keeps title and language', () => {
    const text = `${sentence}\n\n  ${sentence}  \r\n${sentence}`;
    const article = articleFromSelection(text, ' A title ', 'en');
    expect(article.paragraphs).toEqual([
      { text: sentence, kind: 'paragraph' },
      { text: sentence, kind: 'paragraph' },
      { text: sentence, kind: 'paragraph' },
    ]);
    expect(article.title).toBe('A title');
    expect(article.lang).toBe('en');
  });

  it(`is readerable from ${SELECTION_MIN_WORDS} words on`, () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    expect(articleFromSelection(words(SELECTION_MIN_WORDS - 1), '', '').readerable).toBe(false);
    expect(articleFromSelection(words(SELECTION_MIN_WORDS), '', '').readerable).toBe(true);
  });
});
