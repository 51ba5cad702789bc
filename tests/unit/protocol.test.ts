import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBackgroundToContent, isPopupToBackground } from '@/lib/protocol/protocol';

describe('popupToBackground messages', () => {
  it('accepts each well-formed request', () => {
    for (const m of [
      { type: 'popupToBackground:analyze', tabId: 3, options: { force: false } },
      { type: 'popupToBackground:analyze', tabId: 3, options: { force: true, length: 'long' } },
      {
        type: 'popupToBackground:analyze',
        tabId: 3,
        options: { force: false, length: 'long', complete: true, watch: false },
      },
      { type: 'popupToBackground:highlightActors', tabId: 3, types: ['person', 'place'] },
      { type: 'popupToBackground:clearHighlights', tabId: 3 },
      { type: 'popupToBackground:showMention', tabId: 3, actor: 0, mention: 4 },
      { type: 'popupToBackground:showSentence', tabId: 3, sentence: 1 },
      { type: 'popupToBackground:setLength', length: 'short' },
      { type: 'popupToBackground:countSelection', tabId: 3 },
      { type: 'popupToBackground:summariseSelection', tabId: 3 },
      { type: 'popupToBackground:summariseSelection', tabId: 3, length: 'medium' },
    ]) {
      expect(isPopupToBackground(m), JSON.stringify(m)).toBe(true);
    }
  });

  it('rejects wrong directions, shapes and values', () => {
    for (const m of [
      null,
      'popupToBackground:analyze',
      { type: 'backgroundToContent:extract', force: true, tabId: 1 },
      { type: 'popupToBackground:analyze', tabId: -1, options: { force: false } },
      { type: 'popupToBackground:analyze', tabId: 1.5, options: { force: false } },
      { type: 'popupToBackground:analyze', tabId: 1, options: { force: 'yes' } },
      { type: 'popupToBackground:analyze', tabId: 1, options: { force: false, length: 'huge' } },
      { type: 'popupToBackground:analyze', tabId: 1, options: { force: false, complete: 1 } },
      { type: 'popupToBackground:analyze', tabId: 1, options: { force: false, watch: 'yes' } },
      { type: 'popupToBackground:highlightActors', tabId: 1, types: ['person', 'event'] },
      { type: 'popupToBackground:showMention', tabId: 1, actor: '0', mention: 0 },
      { type: 'popupToBackground:showSentence', tabId: 1 },
      { type: 'popupToBackground:unknown', tabId: 1 },
      { type: 'popupToBackground:setLength' },
      { type: 'popupToBackground:setLength', length: 'huge' },
      { type: 'popupToBackground:countSelection' },
      { type: 'popupToBackground:countSelection', tabId: '3' },
      { type: 'popupToBackground:summariseSelection', tabId: 3, length: 'huge' },
    ]) {
      expect(isPopupToBackground(m), JSON.stringify(m)).toBe(false);
    }
  });

  it('rejects arbitrary values', () => {
    fc.assert(fc.property(fc.anything(), (x) => !isPopupToBackground(x)));
  });
});

describe('backgroundToContent messages', () => {
  it('accepts each well-formed request', () => {
    for (const m of [
      { type: 'backgroundToContent:ping' },
      { type: 'backgroundToContent:clear' },
      {
        type: 'backgroundToContent:highlight',
        text: 'Kim met Putin.',
        groups: [{ type: 'person', spans: [{ start: 0, end: 3 }] }],
      },
      { type: 'backgroundToContent:show', text: 'x', span: { start: 0, end: 1 }, kind: 'sentence' },
    ]) {
      expect(isBackgroundToContent(m), JSON.stringify(m)).toBe(true);
    }
  });

  it('rejects malformed requests (a page cannot forge one that passes)', () => {
    for (const m of [
      { type: 'backgroundToContent:extract', force: false },
      {
        type: 'backgroundToContent:highlight',
        text: 'x',
        groups: [{ type: 'person', spans: [{ start: 3, end: 1 }] }],
      },
      { type: 'backgroundToContent:highlight', text: 'x', groups: [{ type: 'alien', spans: [] }] },
      { type: 'backgroundToContent:show', text: 'x', span: { start: 0, end: 1 }, kind: 'script' },
      { type: 'popupToBackground:clearHighlights', tabId: 1 },
    ]) {
      expect(isBackgroundToContent(m), JSON.stringify(m)).toBe(false);
    }
    fc.assert(fc.property(fc.anything(), (x) => !isBackgroundToContent(x)));
  });
});
