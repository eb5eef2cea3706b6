import { CPV_MATCH_PATTERNS } from '@/lib/cpv/hosts';

export default defineContentScript({
  matches: [...CPV_MATCH_PATTERNS],
  runAt: 'document_idle',
  main() {
    document.documentElement.dataset.cpvReader = 'ran';
  },
});
