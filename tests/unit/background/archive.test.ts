import { describe, expect, it } from 'vitest';
import { ARCHIVE_SCRIPT_ID, syncArchiveScript } from '@/lib/background/archive';

/** Just enough of `permissions` and `scripting` to watch what the sync does. */
function fakeApi(granted: boolean) {
  const registered = new Set<string>();
  let registrations = 0;
  const api = {
    granted,
    permissions: { contains: async () => api.granted },
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) =>
        ids.filter((id) => registered.has(id)).map((id) => ({ id })),
      registerContentScripts: async (scripts: { id: string }[]) => {
        await new Promise((r) => setTimeout(r, 5));
        for (const s of scripts) {
          if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          registered.add(s.id);
          registrations++;
        }
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        for (const id of ids) registered.delete(id);
      },
    },
  };
  return { api, registered, count: () => registrations };
}

type Api = Parameters<typeof syncArchiveScript>[0];

describe('the archive content script', () => {
  it('is not registered while web.archive.org access is not granted', async () => {
    const { api, registered } = fakeApi(false);
    await expect(syncArchiveScript(api as unknown as Api)).resolves.toBe(false);
    expect(registered.size).toBe(0);
  });

  it('is registered once, even when the grant and the popup ask at the same moment', async () => {
    const { api, registered, count } = fakeApi(true);
    const results = await Promise.all([1, 2, 3].map(() => syncArchiveScript(api as unknown as Api)));
    expect(results).toEqual([true, true, true]);
    expect([...registered]).toEqual([ARCHIVE_SCRIPT_ID]);
    expect(count()).toBe(1);
  });

  it('is unregistered when the user revokes the permission', async () => {
    const { api, registered } = fakeApi(true);
    await syncArchiveScript(api as unknown as Api);
    api.granted = false;
    await syncArchiveScript(api as unknown as Api);
    expect(registered.size).toBe(0);
  });
});
