// The worker's German actor evidence, loaded on demand (lib/worker/actor-languages.ts).
import { GERMAN } from '@/core/actors/evidence/de';
import { registerLanguage } from '@/lib/worker/actor-language-tables';

export default defineUnlistedScript(() => registerLanguage('de', GERMAN));
