/** Minimal types for npm `sbd` 1.0.19 (it ships none); used only by the eval baselines. */
declare module 'sbd' {
  export interface SbdOptions {
    newline_boundaries?: boolean;
    html_boundaries?: boolean;
    sanitize?: boolean;
    allowed_tags?: false | string[];
    preserve_whitespace?: boolean;
    abbreviations?: string[];
  }
  export function sentences(text: string, options?: SbdOptions): string[];
  const sbd: { sentences: typeof sentences };
  export default sbd;
}
