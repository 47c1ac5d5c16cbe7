/**
 * The popup: what the active tab shows, and the library. Wiring only: the views are in
 * components/popup, all data comes from the background through the protocol.
 */
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupApp, type PopupTab } from '../../components/popup/PopupApp';
import '../../components/popup/popup.css';
import { formatNlmCitation } from '../../utils/library/citation';
import type { LibraryEntry } from '../../utils/library/types';
import type { ExportFormat, ImportFormat } from '../../utils/protocol';
import { send } from '../../utils/platform/messaging';
import { LIBRARY_KEY } from '../../utils/storage-keys';
import { downloadText } from '../../utils/platform/download';
import { useSiteAccessRequest } from '../../utils/platform/site-access';

function importFormatFor(file: File, text: string): ImportFormat {
  const name = file.name.toLowerCase();
  if (name.endsWith('.json') || text.trimStart().startsWith('[') || text.trimStart().startsWith('{')) return 'csl-json';
  if (name.endsWith('.ris') || /^TY {2}- /m.test(text)) return 'ris';
  return 'medline';
}

function App() {
  const [tab, setTab] = useState<PopupTab>({ kind: 'loading' });
  const [library, setLibrary] = useState<LibraryEntry[]>([]);
  const [message, setMessage] = useState<string | undefined>(undefined);
  const onGrantSiteAccess = useSiteAccessRequest();

  const loadLibrary = useCallback(async () => {
    const answer = await send({ type: 'library/list' });
    if (answer.ok) setLibrary(answer.value.entries);
    else setMessage(`Library unavailable: ${answer.error}`);
  }, []);

  const loadTab = useCallback(async () => {
    // popup.html?tab=<id> shows a given tab: for opening the popup as a page (tests, screenshots).
    const requested = Number(new URLSearchParams(location.search).get('tab'));
    const tabId = Number.isInteger(requested) && requested > 0 ? requested : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return setTab({ kind: 'unsupported' });
    const answer = await send({ type: 'tab/summary', tabId });
    if (!answer.ok || answer.value.kind === 'none') return setTab({ kind: 'unsupported' });
    const summary = answer.value;
    if (summary.kind === 'article') {
      setTab({
        kind: 'article',
        title: summary.page.title,
        ids: summary.page.ids,
        analysis: summary.analysis,
        saved: summary.saved,
        onToggleSave: async () => {
          if (summary.saved) {
            const status = await send({ type: 'library/status', ids: [summary.page.ids] });
            const key = status.ok ? status.value.keys[0] : null;
            if (key) await send({ type: 'library/remove', key });
          } else {
            await send({ type: 'library/save', input: summary.page });
          }
          await Promise.all([loadTab(), loadLibrary()]);
        },
      });
    } else {
      setTab({
        kind: 'results',
        count: summary.pmids.length,
        onSaveAll: async () => {
          setMessage(`Saving ${summary.pmids.length} results…`);
          let saved = 0;
          for (let start = 0; start < summary.pmids.length; start += 20) {
            const answer = await send({ type: 'library/save-pmids', pmids: summary.pmids.slice(start, start + 20) });
            if (answer.ok) saved += answer.value.saved.length;
          }
          setMessage(`Saved ${saved} of ${summary.pmids.length} results.`);
          await loadLibrary();
        },
      });
    }
  }, [loadLibrary]);

  useEffect(() => {
    void loadTab();
    void loadLibrary();
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && LIBRARY_KEY in changes) void loadLibrary();
    };
    browser.storage.onChanged.addListener(onStorage);
    return () => browser.storage.onChanged.removeListener(onStorage);
  }, []);

  const onExport = async (format: ExportFormat, keys: string[]) => {
    const answer = await send({ type: 'library/export', format, keys });
    if (!answer.ok) return setMessage(`Export failed: ${answer.error}`);
    downloadText(answer.value.filename, answer.value.mime, answer.value.text);
    setMessage(`Exported ${answer.value.count} references as ${answer.value.filename}.`);
  };

  const onImport = async (file: File) => {
    const text = await file.text();
    setMessage(`Importing ${file.name}…`);
    const answer = await send({ type: 'library/import', format: importFormatFor(file, text), text });
    if (!answer.ok) return setMessage(`Import failed: ${answer.error}`);
    const { added, merged, problems } = answer.value;
    setMessage(`Imported ${file.name}: ${added} added, ${merged} merged${problems.length ? `, ${problems.length} problems (${problems.slice(0, 2).join('; ')})` : ''}.`);
    await loadLibrary();
  };

  return (
    <PopupApp
      tab={tab}
      library={library}
      message={message}
      onGrantSiteAccess={onGrantSiteAccess}
      onOpen={(entry) => {
        const url = entry.ids.pmid
          ? `https://pubmed.ncbi.nlm.nih.gov/${entry.ids.pmid}/`
          : entry.ids.doi
            ? `https://doi.org/${entry.ids.doi}`
            : undefined;
        if (url) void browser.tabs.create({ url });
      }}
      onRemove={async (key) => {
        await send({ type: 'library/remove', key });
        await Promise.all([loadLibrary(), loadTab()]);
      }}
      onExport={(format, keys) => void onExport(format, keys)}
      onImport={(file) => void onImport(file)}
      onUpdate={async (key, patch) => {
        const answer = await send({ type: 'library/update', key, tags: patch.tags, note: patch.note });
        setMessage(answer.ok ? 'Tags and note saved.' : `Could not save: ${answer.error}`);
        await loadLibrary();
      }}
      onCopyCitation={async (entry) => {
        await navigator.clipboard.writeText(formatNlmCitation(entry));
        setMessage('Citation copied (NLM).');
      }}
    />
  );
}

render(<App />, document.getElementById('app')!);
