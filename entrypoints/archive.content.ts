import { isCpvHost } from '@/lib/cpv/hosts';
import { parseWaybackUrl } from '@/lib/cpv/wayback';
import { startContentScript } from '@/lib/page/start';

// Registered at run time, and only once the user has granted the optional
// web.archive.org permission (see lib/background/archive.ts). The empty `matches`
// keeps WXT from turning the archive into a required host permission.
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  runAt: 'document_idle',
  main() {
    const capture = parseWaybackUrl(location.href);
    if (capture && isCpvHost(new URL(capture.originalUrl).hostname)) startContentScript();
  },
});
