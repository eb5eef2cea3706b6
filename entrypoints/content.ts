import { browser } from 'wxt/browser';
import { extract } from '@/lib/cpv';
import { CPV_MATCH_PATTERNS, isCpvHost } from '@/lib/cpv/hosts';
import { createListener } from '@/lib/messaging/listener';
import type { ContentMessages } from '@/lib/messaging/protocol';
import { PageSession } from '@/lib/page/session';

export default defineContentScript({
  matches: [...CPV_MATCH_PATTERNS],
  runAt: 'document_idle',
  main() {
    if (!isCpvHost(location.hostname)) return;
    const session = new PageSession(document, location.href, extract);
    browser.runtime.onMessage.addListener(
      createListener<ContentMessages>({
        'page/state': () => session.pageState(),
        'page/reveal': ({ blockIndex, text }) => session.reveal(blockIndex, text),
        'page/annotations': () => ({ total: 0, anchored: 0, orphans: 0 }),
      }),
    );
    // Extract while the page is idle, so the popup finds the result ready.
    const warm = () => session.pageState();
    if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 1000 });
    else setTimeout(warm, 0);
    document.documentElement.dataset.cpvReader = 'ran';
  },
});
