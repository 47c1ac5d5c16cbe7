/** Saving references and the popup (issue 6). */
import { SEARCH_PMIDS, SEARCH_URL, SEED_PMID, SEED_URL } from '../harness/fake-ncbi';
import { assert, assertEqual, type Spec } from '../harness/runner';
import { OVERLAY, recordResults, settle, waitForBadgeBasis, waitForOverlay } from './common';

const SAVE = `${OVERLAY}.shadowRoot.querySelector('[data-action="save"]')`;
const BULK = `document.querySelector('[data-exolens="bulk-save"]').shadowRoot`;

export const librarySpecs: Spec[] = [
  {
    name: 'save from the overlay on two articles and from a result list; the popup lists, charts and exports them',
    browsers: ['chromium'],
    timeoutMs: 90_000,
    async run(session) {
      session.fake.setRecord({
        pmid: '35910428',
        title: 'Adipose stem cell exosomes for diabetic wound healing',
        abstract: 'Exosomes from adipose-derived stem cells accelerated wound closure in diabetic mice.',
      });
      const article = await session.newPage();
      for (const pmid of [SEED_PMID, '15613317']) {
        await article.goto(`https://pubmed.ncbi.nlm.nih.gov/${pmid}/`);
        await waitForOverlay(article);
        await article.waitFor(`${SAVE} && !${SAVE}.disabled && !/Checking NCBI/.test(${OVERLAY}.shadowRoot.textContent)`, 'the save button');
        const started = Date.now();
        await article.evaluate(`${SAVE}.click()`);
        await article.waitFor(`${SAVE}.getAttribute('data-saved') === 'true'`, `article ${pmid} saved`);
        console.log(`    save ${pmid}: click to saved in ${Date.now() - started} ms`);
      }
      const results = await session.newPage();
      await results.goto(SEARCH_URL);
      await waitForBadgeBasis(results, 1, 'snippet', 15_000).catch(() => waitForBadgeBasis(results, 1, 'abstract'));
      const badgeSave = `document.querySelector('[data-exolens="badge"][data-pmid="35910428"]').shadowRoot.querySelector('[data-action="save"]')`;
      await results.waitFor(badgeSave, 'the badge save control');
      await results.evaluate(`${badgeSave}.click()`);
      await results.waitFor(`${badgeSave}.getAttribute('data-saved') === 'true'`, 'the result saved');

      const popup = await session.openExtensionPage!('popup.html');
      // The popup over the article tab (popup.html?tab=<id> stands in for the toolbar click).
      const articleTab = await popup.evaluate<number>(`chrome.tabs.query({ url: 'https://pubmed.ncbi.nlm.nih.gov/15613317/' }).then((tabs) => tabs[0].id)`);
      await popup.goto(`${await popup.evaluate<string>('location.origin')}/popup.html?tab=${articleTab}`);
      await popup.waitFor(`document.querySelector('[data-exolens="tab-summary"] [data-action="save"]')?.getAttribute('data-saved') === 'true'`, 'the tab summary showing the article as saved');
      assert(/coronavirus/i.test(await popup.evaluate<string>(`document.querySelector('[data-exolens="tab-summary"]').textContent`)), 'the tab summary names the article');
      await popup.waitFor(`document.querySelectorAll('[data-exolens-ref]').length === 3`, 'three references in the popup');
      assert(await popup.evaluate(`chrome.permissions.contains({ origins: chrome.runtime.getManifest().host_permissions })`), 'site access granted at install');
      assert(await popup.evaluate(`!document.querySelector('[data-exolens="site-access"]')`), 'no site-access notice while access is granted');
      const refs = await popup.evaluate<string[]>(`[...document.querySelectorAll('[data-exolens-ref]')].map((el) => el.getAttribute('data-exolens-ref')).sort()`);
      assertEqual(refs, ['15613317', SEED_PMID, '35910428'].sort(), 'the saved references, by PMID');
      assert(await popup.evaluate(`document.querySelectorAll('svg rect, svg [data-topic]').length > 0`), 'the chart draws bars');
      const exported = await popup.download!(`document.querySelector('[data-export="ris"]').click()`);
      assert(exported.filename.endsWith('.ris'), `an .ris file (${exported.filename})`);
      const records = exported.text.split(/\r?\nER {2}-/).filter((chunk) => chunk.includes('TY  - '));
      assertEqual(records.length, 3, 'three RIS records');
      assert(/AN {2}- 32392899|ID {2}- 32392899|32392899/.test(exported.text), 'the seed PMID is exported');
      assert(/KW {2}- ExoLens/i.test(exported.text), 'ExoLens topics travel as keywords');
    },
  },
  {
    name: 'the popup over a saved article: its summary and library entry, and no site-access notice',
    browsers: ['firefox'],
    timeoutMs: 90_000,
    async run(session) {
      const article = await session.newPage();
      await article.goto(SEED_URL);
      await waitForOverlay(article);
      await article.waitFor(`${SAVE} && !${SAVE}.disabled && !/Checking NCBI/.test(${OVERLAY}.shadowRoot.textContent)`, 'the save button');
      await article.evaluate(`${SAVE}.click()`);
      await article.waitFor(`${SAVE}.getAttribute('data-saved') === 'true'`, 'the article saved');
      const probe = await session.openExtensionPage!('popup.html');
      const tabId = await probe.evaluate<number>(`browser.tabs.query({ url: '${SEED_URL}' }).then((tabs) => tabs[0].id)`);
      // Firefox grants MV3 host permissions at install since version 127; the popup must not cry wolf.
      assert(await probe.evaluate(`browser.permissions.contains({ origins: browser.runtime.getManifest().host_permissions })`), 'site access granted at install');
      const popup = await session.openExtensionPage!(`popup.html?tab=${tabId}`);
      await popup.waitFor(`document.querySelector('[data-exolens="tab-summary"] [data-action="save"]')?.getAttribute('data-saved') === 'true'`, 'the tab summary showing the article as saved');
      await popup.waitFor(`document.querySelectorAll('[data-exolens-ref]').length === 1`, 'the reference in the library');
      assertEqual(await popup.evaluate<string | null>(`document.querySelector('[data-exolens-ref]').getAttribute('data-exolens-ref')`), SEED_PMID, 'the saved reference');
      assert(await popup.evaluate(`!document.querySelector('[data-exolens="site-access"]')`), 'no site-access notice while access is granted');
    },
  },
  {
    // Chrome refuses permissions.remove on required hosts; Firefox lets the user (and the API) withdraw them.
    name: 'site access withdrawn: the options page says so at once, the popup too, and PubMed gets no panel',
    browsers: ['firefox'],
    timeoutMs: 90_000,
    async run(session) {
      const options = await session.openExtensionPage!('options.html');
      assert(!(await options.evaluate(`document.querySelector('[data-exolens="site-access"]')`)), 'no notice while access is granted');
      assert(await options.evaluate(`browser.permissions.remove({ origins: ['https://pubmed.ncbi.nlm.nih.gov/*'] })`), 'access to PubMed withdrawn');
      await options.waitFor(`document.querySelector('[data-exolens="site-access"] [data-action="grant-site-access"]')`, 'the notice on the open options page');
      const popup = await session.openExtensionPage!('popup.html');
      await popup.waitFor(`/cannot read PubMed/.test(document.querySelector('[data-exolens="site-access"]')?.textContent ?? '')`, 'the notice in the popup');
      const article = await session.newPage();
      await article.goto(SEED_URL);
      await settle(article, 3000);
      assertEqual(await article.evaluate(`document.querySelectorAll('[data-exolens="overlay"]').length`), 0, 'no panel without access');
      assert(await article.evaluate(`/Mesenchymal/.test(document.title + document.body.textContent)`), 'the article page itself is there');
    },
  },
  {
    name: 'the bulk-save bar: nothing ticked says so, two ticked save two, "all" saves every result',
    browsers: ['chromium', 'firefox'],
    timeoutMs: 90_000,
    async run(session) {
      recordResults(session, SEARCH_PMIDS);
      const results = await session.newPage();
      await results.goto(SEARCH_URL);
      await waitForBadgeBasis(results, SEARCH_PMIDS.length, 'abstract');
      const count = SEARCH_PMIDS.length;
      const message = `${BULK}.querySelector('.exl-bulk__message')?.textContent ?? ''`;
      await results.evaluate(`${BULK}.querySelector('[data-action="save-selected"]').click()`);
      await results.waitFor(`/Nothing selected/.test(${message})`, 'the nothing-selected message');
      // Tick two results with PubMed's own checkboxes.
      const ticked = await results.evaluate<string[]>(`[...document.querySelectorAll('input.search-result-selector')].slice(0, 2).map((box) => { box.click(); return box.value; })`);
      assertEqual(ticked.length, 2, 'two results ticked');
      await results.evaluate(`${BULK}.querySelector('[data-action="save-selected"]').click()`);
      await results.waitFor(`/^Saved 2 of 2/.test(${message})`, 'two results saved');
      for (const pmid of ticked) {
        await results.waitFor(`document.querySelector('[data-exolens="badge"][data-pmid="${pmid}"]').shadowRoot.querySelector('[data-action="save"]').getAttribute('data-saved') === 'true'`, `result ${pmid} marked saved`);
      }
      await results.evaluate(`${BULK}.querySelector('[data-action="save-all"]').click()`);
      await results.waitFor(`/^Saved ${count} of ${count}/.test(${message})`, `all ${count} results saved`);
      const library = await session.openExtensionPage!('options.html');
      const stored = await library.evaluate<number>(`chrome.runtime.sendMessage({ type: 'library/list' }).then((answer) => answer.value.entries.length)`);
      assertEqual(stored, count, 'one library entry per result, the two saved first not doubled');
    },
  },
  {
    name: '100 saves fired from 5 tabs at once: 100 references, none lost',
    browsers: ['chromium', 'firefox'],
    timeoutMs: 90_000,
    async run(session) {
      const tabs = await Promise.all([0, 1, 2, 3, 4].map(() => session.openExtensionPage!('options.html')));
      await Promise.all(
        tabs.map((tab, t) =>
          tab.evaluate(`Promise.all(Array.from({ length: 20 }, (_, i) => chrome.runtime.sendMessage({
            type: 'library/save',
            input: { ids: { pmid: String(80000000 + ${t} * 100 + i) }, title: 'Concurrent save ' + ${t} + '-' + i, abstract: [], keywords: [], mesh: [], publicationTypes: [] },
          })))`),
        ),
      );
      const count = await tabs[0]!.evaluate<number>(`chrome.runtime.sendMessage({ type: 'library/list' }).then((answer) => answer.value.entries.length)`);
      assertEqual(count, 100, '100 references stored');
    },
  },
];
