import { describe, expect, it } from 'vitest';
import { ensureOverlay, flashElement } from '@/lib/page/overlay';

describe('the page overlay', () => {
  it('is one host element, reused by every flash, even beside other UI of ours', () => {
    const doc = document.implementation.createHTMLDocument('t');
    const style = doc.createElement('style');
    style.setAttribute('data-cpv-reader-ui', '');
    doc.head.append(style);
    const p = doc.createElement('p');
    p.textContent = 'Đoạn văn';
    doc.body.append(p);
    flashElement(doc, p);
    flashElement(doc, p);
    expect(doc.querySelectorAll('cpv-reader-overlay').length).toBe(1);
    expect(ensureOverlay(doc).host.tagName.toLowerCase()).toBe('cpv-reader-overlay');
  });

  it('leaves the page content untouched', () => {
    const doc = document.implementation.createHTMLDocument('t');
    doc.body.innerHTML = '<div class="post-content"><p>Một</p><p>Hai</p></div>';
    const before = doc.body.innerHTML;
    flashElement(doc, doc.querySelector('p')!);
    expect(doc.body.innerHTML).toBe(before);
  });
});
