/**
 * Site access: whether the browser lets ExoLens read NCBI pages and call E-utilities. Users can
 * withdraw it after install (Firefox's add-on manager, Chrome's "site access" menu); then the
 * content scripts never run and NCBI requests fail, with nothing on the page to say why. The popup
 * and options page check it and offer to ask for it again.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { NCBI_HOST_PERMISSIONS } from '../pages/match-patterns';

const NCBI_ORIGINS = { origins: NCBI_HOST_PERMISSIONS };

/** Has ExoLens every NCBI host permission? True when the browser cannot tell (no false alarm). */
export async function hasSiteAccess(): Promise<boolean> {
  try {
    return await browser.permissions.contains(NCBI_ORIGINS);
  } catch {
    return true;
  }
}

/**
 * Asks the user for the NCBI host permissions. Call it straight from a click handler, before any
 * await: browsers grant permission prompts to user gestures only. Resolves to the outcome.
 */
export function requestSiteAccess(): Promise<boolean> {
  return browser.permissions.request(NCBI_ORIGINS).catch(() => false);
}

/** Calls `changed` whenever the extension's permissions change (granted here or in the browser's settings). */
export function onSiteAccessChange(changed: () => void): () => void {
  browser.permissions.onAdded.addListener(changed);
  browser.permissions.onRemoved.addListener(changed);
  return () => {
    browser.permissions.onAdded.removeListener(changed);
    browser.permissions.onRemoved.removeListener(changed);
  };
}

/**
 * For the popup and options page: undefined while ExoLens has site access (or before the check
 * answers), else the click handler that asks for it (SiteAccessNotice's onGrant).
 */
export function useSiteAccessRequest(): (() => void) | undefined {
  const [granted, setGranted] = useState(true);
  useEffect(() => {
    const check = () => void hasSiteAccess().then(setGranted);
    check();
    return onSiteAccessChange(check);
  }, []);
  return granted ? undefined : () => void requestSiteAccess().then(setGranted);
}
