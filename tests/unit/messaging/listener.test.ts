import { describe, expect, it } from 'vitest';
import { createListener } from '@/lib/messaging/listener';
import type { ContentMessages } from '@/lib/messaging/protocol';

const sender = { tab: { id: 7 }, url: 'https://dangcongsan.vn/x.html' };

describe('a message listener', () => {
  const listener = createListener<ContentMessages>({
    'page/reveal': ({ blockIndex }) => ({ ok: blockIndex === 2 }),
    'page/annotations': () => {
      throw Object.assign(new Error('no highlights yet'), { code: 'empty' });
    },
  });

  it('answers its own message types with the handler result', async () => {
    await expect(listener({ type: 'page/reveal', blockIndex: 2 }, sender)).resolves.toEqual({
      ok: true,
      value: { ok: true },
    });
  });

  it('leaves other message types to other listeners by returning undefined', () => {
    expect(listener({ type: 'store/save' }, sender)).toBeUndefined();
    expect(listener({ type: 'page/state' }, sender)).toBeUndefined();
  });

  it('ignores anything that is not a request', () => {
    expect(listener('page/reveal', sender)).toBeUndefined();
    expect(listener(null, sender)).toBeUndefined();
    expect(listener({ kind: 'page/reveal' }, sender)).toBeUndefined();
  });

  it('turns a thrown error into a failed envelope with its reason and code', async () => {
    await expect(listener({ type: 'page/annotations' }, sender)).resolves.toEqual({
      ok: false,
      error: 'no highlights yet',
      code: 'empty',
    });
  });
});
