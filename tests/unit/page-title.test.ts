import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { titleWithoutSite } from '@/lib/worker/page-title';

describe('the title the popup shows (lib/worker/page-title.ts)', () => {
  it('leaves out the site’s name after or before a separator', () => {
    const site = 'The Daily Meridian';
    expect(titleWithoutSite('Politics | The Daily Meridian', site)).toBe('Politics');
    expect(titleWithoutSite('Rates rise again – THE DAILY MERIDIAN', site)).toBe(
      'Rates rise again',
    );
    expect(titleWithoutSite('The Daily Meridian: Rates rise again', site)).toBe('Rates rise again');
    expect(
      titleWithoutSite(
        'Black Friday offers - Remember 80/90 - Memorabilia',
        'Remember 80/90 - Memorabilia',
      ),
    ).toBe('Black Friday offers');
  });

  it('finds the site’s name written without its spaces', () => {
    expect(titleWithoutSite('Man pleads guilty to threats | TheHill', 'The Hill')).toBe(
      'Man pleads guilty to threats',
    );
    expect(titleWithoutSite('DailyMeridian - Rates rise again', 'Daily Meridian')).toBe(
      'Rates rise again',
    );
  });

  it('keeps a title that only names the site, or names it inside', () => {
    expect(titleWithoutSite('The Daily Meridian', 'The Daily Meridian')).toBe('The Daily Meridian');
    expect(titleWithoutSite(' | The Daily Meridian', 'The Daily Meridian')).toBe(
      ' | The Daily Meridian',
    );
    expect(titleWithoutSite('Why The Daily Meridian is closing', 'The Daily Meridian')).toBe(
      'Why The Daily Meridian is closing',
    );
    expect(titleWithoutSite('Harbour news', 'News')).toBe('Harbour news');
    expect(titleWithoutSite('Harbour news', null)).toBe('Harbour news');
  });

  it('takes any site name as text, never as a pattern', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'B', ' ', '|', '-', '\\', '(', '[', '*', '?', '$', '/', '\ud800'),
    });
    fc.assert(
      fc.property(text, text, (title, site) => {
        const shown = titleWithoutSite(title, site);
        expect(shown === title || title.includes(shown)).toBe(true);
      }),
      { numRuns: 500 },
    );
    expect(titleWithoutSite('News | a.c', 'a*c')).toBe('News | a.c');
  });
});
