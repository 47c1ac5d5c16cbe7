import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { NCBI_HOST_PERMISSIONS } from '../../../utils/pages/match-patterns';
import { hasSiteAccess, onSiteAccessChange, requestSiteAccess } from '../../../utils/platform/site-access';

beforeEach(() => fakeBrowser.reset());

describe('site access', () => {
  it('asks the browser about every NCBI host permission', async () => {
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    expect(await hasSiteAccess()).toBe(false);
    expect(contains).toHaveBeenCalledWith({ origins: NCBI_HOST_PERMISSIONS });
    contains.mockResolvedValue(true);
    expect(await hasSiteAccess()).toBe(true);
  });

  it('raises no false alarm when the browser cannot tell', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockRejectedValue(new Error('permissions API unavailable'));
    expect(await hasSiteAccess()).toBe(true);
  });

  it('requests the NCBI origins and reports a refusal or a failed prompt as not granted', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    expect(await requestSiteAccess()).toBe(true);
    expect(request).toHaveBeenCalledWith({ origins: NCBI_HOST_PERMISSIONS });
    request.mockResolvedValue(false);
    expect(await requestSiteAccess()).toBe(false);
    request.mockRejectedValue(new Error('requires a user gesture'));
    expect(await requestSiteAccess()).toBe(false);
  });

  it('tells of permissions granted or withdrawn in the browser, until unsubscribed', () => {
    // fakeBrowser has no permissions events: a minimal stand-in per event.
    const events = (['onAdded', 'onRemoved'] as const).map((name) => {
      const listeners = new Set<() => void>();
      vi.spyOn(fakeBrowser.permissions[name], 'addListener').mockImplementation((listener) => void listeners.add(listener as () => void));
      vi.spyOn(fakeBrowser.permissions[name], 'removeListener').mockImplementation((listener) => void listeners.delete(listener as () => void));
      return () => listeners.forEach((listener) => listener());
    });
    const changed = vi.fn();
    const stop = onSiteAccessChange(changed);
    for (const fire of events) fire();
    expect(changed).toHaveBeenCalledTimes(2);
    stop();
    for (const fire of events) fire();
    expect(changed).toHaveBeenCalledTimes(2);
  });
});
