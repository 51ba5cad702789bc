// The worker's Spanish actor evidence, loaded on demand (lib/worker/actor-languages.ts).
import { SPANISH } from '@/core/actors/evidence/es';
import { registerLanguage } from '@/lib/worker/actor-language-tables';

export default defineUnlistedScript(() => registerLanguage('es', SPANISH));
