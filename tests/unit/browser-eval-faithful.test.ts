import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/dom';
import {
  bodyIndex,
  inBody,
  isHeadline,
  standfirstIndex,
} from '../../scripts/browser-eval/faithful';

describe('eval:browser checks against the ground truth', () => {
  const body = bodyIndex(
    'The council voted on Tuesday.\n\n“We will rebuild the pier,” the mayor said. 今回はそのKindleデスクトップアプリ Kindle for PC に関する話。',
  );

  it('finds a sentence of the body whatever its quotes, spaces and line breaks', () => {
    expect(inBody('"We will rebuild the pier," the mayor said.', body)).toBe(true);
    expect(inBody('今回はそのKindleデスクトップアプリKindle for PCに関する話。', body)).toBe(true);
  });

  it('does not find a sentence that is not in the body', () => {
    expect(inBody('Subscribe to our newsletter for more stories.', body)).toBe(false);
    expect(inBody('The council voted on Wednesday.', body)).toBe(false);
    expect(inBody('', body)).toBe(false);
  });

  it('knows the headline again, with or without the site name after it', () => {
    expect(
      isHeadline(
        'Council votes to rebuild the pier',
        'Council votes to rebuild the pier - Gazette',
      ),
    ).toBe(true);
    expect(isHeadline('Council votes', 'Council votes to rebuild the pier')).toBe(false);
  });

  it("finds a sentence of the page's standfirst in its description tags, and only there", () => {
    const doc = parseDocument(
      '<html><head><meta property="og:description" content="The pier will be rebuilt by May, the council says."></head><body><p>Story.</p></body></html>',
    );
    const described = standfirstIndex(doc);
    expect(inBody('The pier will be rebuilt by May, the council says.', described)).toBe(true);
    expect(inBody('Subscribe to our newsletter for more stories.', described)).toBe(false);
    expect(standfirstIndex(parseDocument('<p>No tags.</p>'))).toBe('');
  });
});
