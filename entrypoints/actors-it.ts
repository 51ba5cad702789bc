// The worker's Italian actor evidence, loaded on demand (lib/worker/actor-languages.ts).
import { ITALIAN } from '@/core/actors/evidence/it';
import { registerLanguage } from '@/lib/worker/actor-language-tables';

export default defineUnlistedScript(() => registerLanguage('it', ITALIAN));
