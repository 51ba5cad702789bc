// The worker's Russian actor evidence, loaded on demand (lib/worker/actor-languages.ts).
import { RUSSIAN } from '@/core/actors/evidence/ru';
import { registerLanguage } from '@/lib/worker/actor-language-tables';

export default defineUnlistedScript(() => registerLanguage('ru', RUSSIAN));
