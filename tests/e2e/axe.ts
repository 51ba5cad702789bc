/** axe-core in a page of ours: the serious and critical WCAG 2.x A/AA violations only. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** axe's browser bundle, to evaluate in the page under test. */
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** An expression that runs axe (already loaded) and resolves to the blocking violations. */
export const RUN_AXE = `axe.run(document, {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
}).then((r) => r.violations
  .filter((v) => v.impact === 'serious' || v.impact === 'critical')
  .map((v) => ({ id: v.id, impact: v.impact, help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })))`;

/** Makes a page use the dark palette, as the "dark" theme option does (lib/view/theme.ts). */
export const FORCE_DARK = `document.documentElement.dataset.theme = 'dark'`;
export const FORCE_LIGHT = `document.documentElement.dataset.theme = 'light'`;
