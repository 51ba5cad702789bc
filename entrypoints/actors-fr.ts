// The worker's French actor evidence, loaded on demand (lib/worker/actor-languages.ts).
import { FRENCH } from '@/core/actors/evidence/fr';
import { registerLanguage } from '@/lib/worker/actor-language-tables';

export default defineUnlistedScript(() => registerLanguage('fr', FRENCH));
