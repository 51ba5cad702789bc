// The worker's Dutch actor evidence, loaded on demand (lib/worker/actor-languages.ts).
import { DUTCH } from '@/core/actors/evidence/nl';
import { registerLanguage } from '@/lib/worker/actor-language-tables';

export default defineUnlistedScript(() => registerLanguage('nl', DUTCH));
