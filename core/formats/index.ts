/** Copy formats: pure functions from an analysis and the page URL to text to paste. */
export { linkTarget, type FormatLabels, type FormatOptions, type Summarised } from './common';
export { escapeHtml, toHtml } from './html';
export { escapeMarkdown, toMarkdown } from './markdown';
export { toPlainText } from './plain';
