// The worker's Portuguese actor evidence, loaded on demand (lib/worker/actor-languages.ts).
import { PORTUGUESE } from '@/core/actors/evidence/pt';
import { registerLanguage } from '@/lib/worker/actor-language-tables';

export default defineUnlistedScript(() => registerLanguage('pt', PORTUGUESE));
