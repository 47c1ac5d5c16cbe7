/**
 * The options page: NCBI identity, what ExoLens shows, which topics, the cache and the user's
 * data. Presentational: every change goes out through onChange(patch); the entrypoint stores it.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { TopicId } from '../../utils/model';
import type { Settings } from '../../utils/settings';
import { TOPICS } from '../../utils/knowledge';
import { TOPIC_DESCRIPTIONS } from '../../utils/knowledge/kb-docs';
import { SiteAccessNotice } from '../shared/SiteAccessNotice';
import { StatusLine } from '../shared/StatusLine';
import { formatBytes, plural } from '../shared/format';

export type OptionsAppProps = {
  settings: Settings;
  /** Stores a change; resolves once it is stored (the status line says "Saved" only then). */
  onChange(patch: Partial<Settings>): Promise<unknown>;
  /** null while the size is being read. */
  cache: { entries: number; bytes: number } | null;
  onClearCache(): void;
  onTestKey(key: string): Promise<{ ok: boolean; message: string }>;
  onExportAll(): void;
  onEraseAll(): void;
  libraryCount: number;
  /** Set when the browser withholds the NCBI host permissions: asks for them (SiteAccessNotice). */
  onGrantSiteAccess?: () => void;
};

/** Deliberately loose (NCBI only needs a reachable address); catches typos like a missing "@" or domain. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function isValidEmail(value: string): boolean {
  return EMAIL_PATTERN.test(value);
}

type KeyTest = { state: 'idle' } | { state: 'testing' } | { state: 'done'; ok: boolean; message: string };

export function OptionsApp(props: OptionsAppProps) {
  const { settings } = props;
  const [save, setSave] = useState<SaveState>({ state: 'idle' });
  // The status follows the latest change; a failed one stays said until the next change.
  const latest = useRef(0);
  const change = (patch: Partial<Settings>) => {
    const ticket = ++latest.current;
    setSave({ state: 'saving' });
    props.onChange(patch).then(
      () => setSave((now) => (ticket === latest.current && now.state === 'saving' ? { state: 'saved' } : now)),
      (error: unknown) => setSave({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  };
  return (
    <main class="exl-theme exl-options">
      <h1>ExoLens options</h1>
      {props.onGrantSiteAccess && <SiteAccessNotice onGrant={props.onGrantSiteAccess} />}
      <NcbiFieldset settings={settings} change={change} onTestKey={props.onTestKey} />
      <DisplayFieldset settings={settings} change={change} />
      <TopicsFieldset hiddenTopics={settings.hiddenTopics} change={change} />
      <DataFieldset cache={props.cache} onClearCache={props.onClearCache} onExportAll={props.onExportAll}
        onEraseAll={props.onEraseAll} libraryCount={props.libraryCount} />
      <StatusLine kind={save.state === 'failed' ? 'error' : 'ok'} text={saveText(save)} />
    </main>
  );
}

type SaveState = { state: 'idle' | 'saving' | 'saved' } | { state: 'failed'; message: string };

function saveText(save: SaveState): string {
  if (save.state === 'saving') return 'Saving…';
  if (save.state === 'saved') return 'Saved';
  if (save.state === 'failed') return `Not saved: ${save.message}`;
  return '';
}

type Change = (patch: Partial<Settings>) => void;

function NcbiFieldset({ settings, change, onTestKey }: {
  settings: Settings;
  change: Change;
  onTestKey: OptionsAppProps['onTestKey'];
}) {
  const emailId = useId();
  const emailHintId = useId();
  const emailErrorId = useId();
  const keyId = useId();
  const keyHintId = useId();
  const [email, setEmail] = useState(settings.ncbiEmail);
  const [emailError, setEmailError] = useState(false);
  const [apiKey, setApiKey] = useState(settings.ncbiApiKey);
  const [keyTest, setKeyTest] = useState<KeyTest>({ state: 'idle' });
  const mounted = useRef(true);
  useEffect(() => () => {
    mounted.current = false;
  }, []);
  // Stored values can change elsewhere (another options tab, an import): follow them.
  useEffect(() => setEmail(settings.ncbiEmail), [settings.ncbiEmail]);
  useEffect(() => setApiKey(settings.ncbiApiKey), [settings.ncbiApiKey]);

  const commitEmail = (value: string) => {
    const trimmed = value.trim();
    const valid = trimmed === '' || isValidEmail(trimmed);
    setEmailError(!valid);
    if (valid && trimmed !== settings.ncbiEmail) change({ ncbiEmail: trimmed });
  };

  const testKey = async () => {
    setKeyTest({ state: 'testing' });
    let result: { ok: boolean; message: string };
    try {
      result = await onTestKey(apiKey.trim());
    } catch (error) {
      result = { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    if (mounted.current) setKeyTest({ state: 'done', ...result });
  };

  return (
    <fieldset>
      <legend>NCBI E-utilities</legend>
      <div class="exl-field">
        <label for={emailId}>E-mail address</label>
        <input id={emailId} class="exl-input" type="email" autocomplete="email" value={email}
          aria-invalid={emailError} aria-describedby={emailError ? `${emailErrorId} ${emailHintId}` : emailHintId}
          onInput={(event) => {
            const value = event.currentTarget.value;
            setEmail(value);
            // Clear a stale error as soon as the address becomes valid; new errors wait for the commit.
            if (emailError && (value.trim() === '' || isValidEmail(value.trim()))) setEmailError(false);
          }}
          onChange={(event) => commitEmail(event.currentTarget.value)} />
        {emailError && (
          <p id={emailErrorId} class="exl-error" data-error="email">
            Enter a valid e-mail address, such as name@example.org.
          </p>
        )}
        <p id={emailHintId} class="exl-hint">Sent with each request so NCBI can contact you before blocking heavy use.</p>
      </div>
      <div class="exl-field">
        <label for={keyId}>API key</label>
        <div class="exl-field__row">
          <input id={keyId} class="exl-input" type="text" autocomplete="off" spellcheck={false} value={apiKey}
            aria-describedby={keyHintId}
            onInput={(event) => setApiKey(event.currentTarget.value)}
            onChange={(event) => {
              const trimmed = event.currentTarget.value.trim();
              setKeyTest({ state: 'idle' });
              if (trimmed !== settings.ncbiApiKey) change({ ncbiApiKey: trimmed });
            }} />
          <button type="button" class="exl-button" data-action="test-key" disabled={apiKey.trim() === '' || keyTest.state === 'testing'}
            onClick={() => void testKey()}>
            {keyTest.state === 'testing' ? 'Testing…' : 'Test key'}
          </button>
        </div>
        <p id={keyHintId} class="exl-hint">Optional. Raises NCBI's limit from 3 to 10 requests per second.</p>
        <p role="status" aria-live="polite" data-key-test={keyTest.state === 'done' ? (keyTest.ok ? 'ok' : 'fail') : undefined}
          class={keyTest.state === 'done' ? `exl-result--${keyTest.ok ? 'ok' : 'fail'}` : 'exl-hint'}>
          {keyTest.state === 'done' ? `${keyTest.ok ? '✓' : '✗'} ${keyTest.message}` : ''}
        </p>
      </div>
    </fieldset>
  );
}

type Toggle = { key: 'showOverlay' | 'showBadges' | 'fetchFullText'; label: string; hint: string };

const TOGGLES: readonly Toggle[] = [
  { key: 'showOverlay', label: 'Show the analysis panel on article pages', hint: 'PubMed and PMC article pages.' },
  { key: 'showBadges', label: 'Show badges on PubMed search results', hint: 'One compact badge per result.' },
  {
    key: 'fetchFullText',
    label: 'Fetch PMC full text for the QC checklist',
    hint: 'Open-access articles only; lets the checklist cover the Methods, not just the abstract.',
  },
];

function DisplayFieldset({ settings, change }: { settings: Settings; change: Change }) {
  const baseId = useId();
  return (
    <fieldset>
      <legend>What ExoLens shows</legend>
      {TOGGLES.map((toggle) => {
        const id = `${baseId}-${toggle.key}`;
        return (
          <div key={toggle.key} class="exl-check">
            <input id={id} type="checkbox" data-setting={toggle.key} checked={settings[toggle.key]}
              aria-describedby={`${id}-hint`}
              onChange={(event) => change({ [toggle.key]: event.currentTarget.checked })} />
            <div>
              <label for={id}>{toggle.label}</label>
              <p id={`${id}-hint`} class="exl-hint">{toggle.hint}</p>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}

function TopicsFieldset({ hiddenTopics, change }: { hiddenTopics: readonly TopicId[]; change: Change }) {
  const baseId = useId();
  const hidden = new Set(hiddenTopics);
  const setShown = (id: TopicId, shown: boolean) => {
    if (shown) hidden.delete(id);
    else hidden.add(id);
    // Keep the stored list in KB order so equal settings compare equal.
    change({ hiddenTopics: TOPICS.map((topic) => topic.id).filter((topicId) => hidden.has(topicId)) });
  };
  return (
    <fieldset>
      <legend>Topics to show</legend>
      <div class="exl-topic-grid">
        {TOPICS.map((topic) => {
          const id = `${baseId}-${topic.id}`;
          return (
            <div key={topic.id} class="exl-check">
              <input id={id} type="checkbox" data-topic-setting={topic.id} checked={!hidden.has(topic.id)}
                onChange={(event) => setShown(topic.id, event.currentTarget.checked)} />
              <label for={id} title={TOPIC_DESCRIPTIONS[topic.id]}>{topic.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

function DataFieldset({ cache, onClearCache, onExportAll, onEraseAll, libraryCount }: {
  cache: OptionsAppProps['cache'];
  onClearCache(): void;
  onExportAll(): void;
  onEraseAll(): void;
  libraryCount: number;
}) {
  const [confirmingErase, setConfirmingErase] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirmingErase) confirmRef.current?.focus();
  }, [confirmingErase]);
  return (
    <fieldset>
      <legend>Cache and data</legend>
      <div class="exl-options__row">
        <span data-cache-size="">
          Cache: {cache === null ? 'reading size…' : `${plural(cache.entries, 'analysis', 'analyses')} · ${formatBytes(cache.bytes)}`}
        </span>
        <button type="button" class="exl-button" data-action="clear-cache" disabled={cache !== null && cache.entries === 0}
          onClick={onClearCache}>
          Clear cache
        </button>
      </div>
      <p class="exl-hint">The cache only holds analyses and NCBI records; your library is kept.</p>
      <div class="exl-options__row">
        <button type="button" class="exl-button" data-action="export-all" onClick={onExportAll}>Export all data</button>
        {!confirmingErase && (
          <button type="button" class="exl-button" data-action="erase-all" onClick={() => setConfirmingErase(true)}>
            Erase all data
          </button>
        )}
      </div>
      {confirmingErase && (
        <div class="exl-options__row" role="group" aria-label="Confirm erasing all data">
          <p class="exl-error">
            This deletes {plural(libraryCount, 'saved reference', 'saved references')}, the cache and your settings. It cannot be undone.
          </p>
          <button ref={confirmRef} type="button" class="exl-button exl-button--danger" data-action="confirm-erase"
            onClick={() => {
              setConfirmingErase(false);
              onEraseAll();
            }}>
            Erase everything
          </button>
          <button type="button" class="exl-button" onClick={() => setConfirmingErase(false)}>Cancel</button>
        </div>
      )}
    </fieldset>
  );
}
