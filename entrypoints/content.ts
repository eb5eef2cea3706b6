import { CPV_MATCH_PATTERNS, isCpvHost } from '@/lib/cpv/hosts';
import { startContentScript } from '@/lib/page/start';

export default defineContentScript({
  matches: [...CPV_MATCH_PATTERNS],
  runAt: 'document_idle',
  main() {
    if (isCpvHost(location.hostname)) startContentScript();
  },
});
