import { useEffect, useState } from 'preact/hooks';
import type { AiSummary } from './AiSummary';

type Props = Parameters<typeof AiSummary>[0];

/**
 * The AI summary section, loaded only in a browser that has Chrome's Summarizer API: everyone
 * else's popup never downloads its code (issue 7's popup budget).
 */
export function LazyAiSummary(props: Props) {
  const [View, setView] = useState<typeof AiSummary | null>(null);
  useEffect(() => {
    if (!('Summarizer' in globalThis)) return;
    void import('./AiSummary').then((module) => setView(() => module.AiSummary));
  }, []);
  return View ? <View {...props} /> : null;
}
