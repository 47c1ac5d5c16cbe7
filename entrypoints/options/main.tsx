/** The options page: wiring only (the view is components/options/OptionsApp). */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/options/options.css';
import type { Settings } from '../../utils/settings';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { send } from '../../utils/platform/messaging';
import { readSettings, writeSettings } from '../../utils/platform/storage';
import { downloadText } from '../../utils/platform/download';
import { useSiteAccessRequest } from '../../utils/platform/site-access';

function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [cache, setCache] = useState<{ entries: number; bytes: number } | null>(null);
  const [libraryCount, setLibraryCount] = useState(0);
  const onGrantSiteAccess = useSiteAccessRequest();

  const refresh = async () => {
    const [stats, list] = await Promise.all([send({ type: 'cache/stats' }), send({ type: 'library/list' })]);
    setCache(stats.ok ? stats.value : null);
    if (list.ok) setLibraryCount(list.value.entries.length);
  };

  useEffect(() => {
    void readSettings().then(setSettings);
    void refresh();
  }, []);

  return (
    <OptionsApp
      settings={settings}
      onChange={(patch) => writeSettings(patch).then(setSettings)}
      cache={cache}
      onClearCache={() => void send({ type: 'cache/clear' }).then(refresh)}
      onTestKey={async (apiKey) => {
        const answer = await send({ type: 'ncbi/test-key', apiKey });
        return answer.ok ? answer.value : { ok: false, message: answer.error };
      }}
      onExportAll={async () => {
        // Everything ExoLens keeps that the user made: settings (the API key is a secret: left
        // out) and the library. The cache is derived data and is not exported.
        const list = await send({ type: 'library/list' });
        if (!list.ok) return;
        const { ncbiApiKey: _secret, ...shareable } = settings;
        const data = { exolens: 'all-data', exportedAt: new Date().toISOString(), settings: shareable, library: list.value.entries };
        downloadText(`exolens-all-data-${new Date().toISOString().slice(0, 10)}.json`, 'application/json', JSON.stringify(data, null, 2));
      }}
      libraryCount={libraryCount}
      onGrantSiteAccess={onGrantSiteAccess}
      onEraseAll={async () => {
        await send({ type: 'library/erase' });
        await send({ type: 'cache/clear' });
        await refresh();
      }}
    />
  );
}

render(<App />, document.getElementById('app')!);
