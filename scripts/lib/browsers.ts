/** Which of the two real browsers the end-to-end tests need are installed here. */
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from '../../test/e2e/harness/chromium';
import { FIREFOX_PATH } from '../../test/e2e/harness/firefox';

export type BrowserCheck = { name: 'chromium' | 'firefox'; path: string; present: boolean; install: string };

export function checkBrowsers(): BrowserCheck[] {
  return [
    { name: 'chromium', path: CHROMIUM_PATH, present: existsSync(CHROMIUM_PATH), install: 'apt-get install -y chromium' },
    { name: 'firefox', path: FIREFOX_PATH, present: existsSync(FIREFOX_PATH), install: 'apt-get install -y firefox-esr' },
  ];
}
