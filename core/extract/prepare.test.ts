import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isStepCaption } from './prepare';

const captionIn = (html: string): Element => {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const caption = document.querySelector('figcaption');
  if (!caption) throw new Error('no <figcaption>');
  return caption as unknown as Element;
};

const picture = (caption: string) =>
  `<figure><img src="a.jpg" alt=""><figcaption>${caption}</figcaption></figure>`;

describe('isStepCaption', () => {
  it.each([
    ['<h3>Step 2</h3>', 'a heading "Step 2"'],
    ['<span>Schritt 12:</span>', 'a label with a colon, another language'],
    ['<p>3. Tease the roots loose.</p>', 'a numbered paragraph'],
    ['<b>4)</b>', 'a number and a bracket'],
  ])('%s before the picture, in the same container: %s', (label) => {
    expect(
      isStepCaption(captionIn(`<div>${label}<p>Do it.</p>${picture('Loosen (Ana Ruiz)')}</div>`)),
    ).toBe(true);
    // The caption beside the picture rather than in its <figure>, as some how-to sites set it.
    expect(
      isStepCaption(
        captionIn(
          `<div>${label}<p>Do it.</p><img src="a.jpg" alt=""><figcaption>Loosen</figcaption></div>`,
        ),
      ),
    ).toBe(true);
  });

  it.each([
    ['<span>6</span>', 'a bare number: a gallery’s count of pictures'],
    ['<span>Updated 5 hours ago</span>', 'a phrase that goes on from the number'],
    ['<span>Updated 5:30 PM</span>', 'a time'],
    ['<p>10 people were hurt in the fire.</p>', 'a sentence that opens with a number'],
    ['<h2>The harbour</h2>', 'a heading without a number'],
  ])('%s before the picture: no step (%s)', (label) => {
    expect(isStepCaption(captionIn(`<div>${label}${picture('A crane (Photo: AP)')}</div>`))).toBe(
      false,
    );
  });

  it('reads the container’s text before the caption, never the caption’s own', () => {
    expect(
      isStepCaption(captionIn(`<div><p>The quay.</p>${picture('3. The quay at night')}</div>`)),
    ).toBe(false);
  });

  it('reads the picture’s container: the nearest element above it with text of its own', () => {
    const wrapped = `<div><h3>Step 1</h3><div><div>${picture('A crane')}</div></div></div>`;
    expect(isStepCaption(captionIn(wrapped))).toBe(true);
    const inStory = `<div><h3>Step 1</h3><div><p>The story goes on.</p>${picture('A crane')}</div></div>`;
    expect(isStepCaption(captionIn(inStory))).toBe(false);
    const far = `<div><h3>Step 1</h3><div><div><div><div>${picture('A crane')}</div></div></div></div></div>`;
    expect(isStepCaption(captionIn(far))).toBe(false);
  });
});
