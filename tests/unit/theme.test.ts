import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '@/lib/view/contrast';
import { applyTheme } from '@/lib/view/theme';

const css = readFileSync('components/theme.css', 'utf8');

/** The custom properties declared in the first block after `selector`. */
function tokens(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  expect(start, `${selector} in theme.css`).toBeGreaterThanOrEqual(0);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]),
  );
}

/**
 * A palette with the light block's aliases ("--other-ink: var(--muted)") resolved in it: an
 * alias declared once on :root takes each theme's value of the token it names.
 */
function resolved(palette: Record<string, string>, base: Record<string, string>) {
  const out = { ...palette };
  for (const [key, value] of Object.entries(base)) {
    const alias = /^var\((--[\w-]+)\)$/.exec(value)?.[1];
    if (alias) out[key] = palette[alias] ?? base[alias] ?? value;
  }
  return out;
}

const declaredLight = tokens(':root');
const light = resolved(declaredLight, declaredLight);
const dark = resolved(tokens(":root[data-theme='dark']"), declaredLight);
const systemDark = resolved(tokens(":root:not([data-theme='light'])"), declaredLight);

describe('components/theme.css', () => {
  it('has the same dark palette for "dark" and for a dark system', () => {
    expect(systemDark).toEqual(dark);
  });

  it('gives every light token a dark value', () => {
    expect(Object.keys(dark).sort()).toEqual(Object.keys(light).sort());
  });

  it.each([
    ['light', light],
    ['dark', dark],
  ])('%s: text colours pass WCAG AA on the backgrounds', (_name, palette) => {
    const backgrounds = [palette['--bg'], palette['--surface']];
    const texts = ['--fg', '--muted', '--brand', '--accent', '--ok', '--danger'];
    for (const background of backgrounds) {
      for (const text of texts) {
        const ratio = contrastRatio(palette[text] ?? '', background ?? '');
        expect(ratio, `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
      }
      // Focus rings are non-text: 3:1. Field borders (options page) are --muted, checked above.
      expect(contrastRatio(palette['--focus'] ?? '', background ?? '')).toBeGreaterThanOrEqual(3);
    }
    for (const type of ['person', 'organization', 'place', 'other']) {
      const ink = palette[`--${type}-ink`] ?? '';
      expect(contrastRatio(ink, palette['--bg'] ?? ''), `${type} ink`).toBeGreaterThanOrEqual(4.5);
      const wash = palette[`--${type}-wash`] ?? '';
      expect(
        contrastRatio(palette['--fg'] ?? '', wash),
        `text on ${type} wash`,
      ).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('contrastRatio', () => {
  it('matches the WCAG extremes and is symmetric', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
  });

  it('rejects what is not #rrggbb', () => {
    expect(() => contrastRatio('red', '#ffffff')).toThrow(/rrggbb/);
  });
});

describe('applyTheme', () => {
  it('sets data-theme for light and dark and removes it for system', () => {
    const root = { dataset: {} as DOMStringMap } as HTMLElement;
    applyTheme('dark', root);
    expect(root.dataset.theme).toBe('dark');
    applyTheme('light', root);
    expect(root.dataset.theme).toBe('light');
    applyTheme('system', root);
    expect(root.dataset.theme).toBeUndefined();
  });
});

describe('lib/shared/palette.ts', () => {
  it('gives the options page the same washes as the default highlight colours', async () => {
    const { DEFAULT_HIGHLIGHT_COLORS, TYPE_STYLES } = await import('@/lib/shared/palette');
    for (const [type, style] of Object.entries(TYPE_STYLES)) {
      expect(style.wash, type).toBe(
        DEFAULT_HIGHLIGHT_COLORS[type as keyof typeof DEFAULT_HIGHLIGHT_COLORS],
      );
    }
  });
});
