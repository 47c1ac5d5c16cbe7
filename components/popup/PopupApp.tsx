/**
 * The toolbar popup: what ExoLens found on the current tab, and the local references library
 * (chart, search and filters, per-entry actions, export of the filtered selection, import).
 * Presentational: the popup entrypoint owns messaging and passes data plus callbacks.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { Analysis, ArticleIds, QcId, TopicId } from '../../utils/model';
import type { LibraryEntry } from '../../utils/library/types';
import { EV_SOURCE_LABELS, NOTES, QC_ITEMS, STUDY_TYPE_LABELS, TOPICS } from '../../utils/knowledge';
import { countByTopic, filterEntries, sortEntries, type LibraryFilter, type LibrarySort } from '../../utils/library/query';
import { EXPORT_FORMATS, type ExportFormatId } from '../../utils/library/formats';
import { TopicChip } from '../shared/TopicChip';
import { SiteAccessNotice } from '../shared/SiteAccessNotice';
import { StatusLine } from '../shared/StatusLine';
import { authorsShort, coverageText, entryRef, formatCount, plural, shortTopicLabel } from '../shared/format';
import { TopicChart } from './TopicChart';

export type PopupTab =
  | {
      kind: 'article';
      title: string;
      ids: ArticleIds;
      analysis: Analysis | null;
      saved: boolean;
      onToggleSave(): void;
    }
  | { kind: 'results'; count: number; onSaveAll(): void }
  | { kind: 'unsupported' }
  | { kind: 'loading' };

export type PopupAppProps = {
  tab: PopupTab;
  library: LibraryEntry[];
  onOpen(entry: LibraryEntry): void;
  onRemove(key: string): void;
  /** keys = the library keys of the currently filtered selection, in display order. */
  onExport(format: ExportFormatId, keys: string[]): void;
  onImport(file: File): void;
  onCopyCitation(entry: LibraryEntry): void;
  /** Saves the user's own tags and note for one reference. */
  onUpdate(key: string, patch: { tags: string[]; note: string }): void;
  /** Shown while an import runs (e.g. "Importing 40 of 120…"); the import button is disabled meanwhile. */
  importProgress?: string;
  /** The outcome of the last library action ("Imported 12 references, 3 duplicates skipped"). */
  message?: string;
  /** Set when the browser withholds the NCBI host permissions: asks for them (SiteAccessNotice). */
  onGrantSiteAccess?: () => void;
};

/** Rendering thousands of rows makes the popup sluggish; the filters narrow the rest. */
const MAX_LISTED = 200;

export function PopupApp(props: PopupAppProps) {
  return (
    <main class="exl-theme exl-popup">
      <h1 class="exl-sr-only">ExoLens</h1>
      {props.onGrantSiteAccess && <SiteAccessNotice onGrant={props.onGrantSiteAccess} />}
      <TabSummary tab={props.tab} />
      <Library {...props} />
    </main>
  );
}

function TabSummary({ tab }: { tab: PopupTab }) {
  const headingId = useId();
  return (
    <section class="exl-popup__section" data-exolens="tab-summary" aria-labelledby={headingId}>
      <h2 id={headingId} class="exl-popup__heading">This page</h2>
      {tab.kind === 'loading' && <StatusLine kind="loading" text="Reading this page…" busy />}
      {tab.kind === 'unsupported' && (
        <p class="exl-muted">Open a PubMed or PMC article, or a PubMed search, to see its ExoLens analysis.</p>
      )}
      {tab.kind === 'results' && (
        <div class="exl-popup__row">
          <p>{plural(tab.count, 'search result', 'search results')} on this page.</p>
          <button type="button" class="exl-button exl-button--primary" data-action="save-all" disabled={tab.count === 0}
            onClick={tab.onSaveAll}>
            Save all {formatCount(tab.count)}
          </button>
        </div>
      )}
      {tab.kind === 'article' && <ArticleSummary tab={tab} />}
    </section>
  );
}

function ArticleSummary({ tab }: { tab: Extract<PopupTab, { kind: 'article' }> }) {
  const { analysis } = tab;
  const idParts = [
    tab.ids.pmid && `PMID ${tab.ids.pmid}`,
    tab.ids.pmcid,
    tab.ids.doi && `doi:${tab.ids.doi}`,
  ].filter((part): part is string => typeof part === 'string' && part.length > 0);
  const qcReported = analysis ? analysis.qc.filter((item) => item.status === 'reported').length : 0;
  const facetParts = analysis
    ? [
        `EV: ${analysis.facets.isEv ? 'yes' : 'no'}`,
        `MSC: ${analysis.facets.isMsc ? 'yes' : 'no'}`,
        ...analysis.facets.evSource.map((source) => EV_SOURCE_LABELS[source]),
        ...analysis.facets.studyType.map((type) => STUDY_TYPE_LABELS[type]),
      ]
    : [];
  return (
    <>
      <p class="exl-popup__title">{tab.title}</p>
      {idParts.length > 0 && <p class="exl-popup__ids exl-muted">{idParts.join(' · ')}</p>}
      {analysis === null ? (
        <p class="exl-muted">No analysis yet — open the page's ExoLens panel or wait for it to load.</p>
      ) : (
        <>
          {analysis.notes.map((note) => {
            const kb = NOTES.find((candidate) => candidate.id === note.id);
            return (
              <p key={note.id} class={`exl-popup__note exl-popup__note--${note.id}`} data-note={note.id}>
                {kb?.label ?? note.id}
              </p>
            );
          })}
          <div class="exl-chips">
            {analysis.topics.length === 0 ? (
              <span class="exl-muted">No therapeutic topic found.</span>
            ) : (
              analysis.topics.map((topic) => <TopicChip key={topic.id} id={topic.id} confidence={topic.confidence} />)
            )}
          </div>
          <p class="exl-popup__facets">{facetParts.join(' · ')}</p>
          <p class="exl-popup__qc" data-coverage={analysis.coverage}>
            <strong>QC {qcReported}/{analysis.qc.length}</strong> reported. {coverageText(analysis.coverage)}
          </p>
        </>
      )}
      <button type="button" class={`exl-button${tab.saved ? '' : ' exl-button--primary'}`} data-action="save"
        data-saved={tab.saved ? 'true' : 'false'} aria-pressed={tab.saved} onClick={tab.onToggleSave}>
        {tab.saved ? '✓ Saved to library' : 'Save to library'}
      </button>
    </>
  );
}

function Library(props: PopupAppProps) {
  const { library } = props;
  const headingId = useId();
  const searchId = useId();
  const topicId = useId();
  const qcId = useId();
  const sortId = useId();
  const tagId = useId();
  const [text, setText] = useState('');
  const [topic, setTopic] = useState<TopicId | ''>('');
  const [qc, setQc] = useState<NonNullable<LibraryFilter['qc']> | ''>('');
  const [tag, setTag] = useState('');
  const [sort, setSort] = useState<LibrarySort>('added');

  const filtered = useMemo(
    () =>
      sortEntries(
        filterEntries(library, {
          text: text.trim() || undefined,
          topic: topic || undefined,
          qc: qc || undefined,
          tag: tag || undefined,
        }),
        sort,
      ),
    [library, text, topic, qc, tag, sort],
  );
  const tags = useMemo(() => distinctTags(library), [library]);
  const counts = useMemo(() => {
    const byTopic = countByTopic(library);
    return TOPICS.map(({ id }) => ({ id, count: byTopic[id] ?? 0 }));
  }, [library]);
  const filteredKeys = filtered.map((entry) => entry.key);
  const listed = filtered.slice(0, MAX_LISTED);
  const isFiltered = filtered.length !== library.length;

  return (
    <section class="exl-popup__section" aria-labelledby={headingId}>
      <h2 id={headingId} class="exl-popup__heading">
        Library <span class="exl-muted">({formatCount(library.length)})</span>
      </h2>
      {library.length === 0 ? (
        <p class="exl-muted">No saved references yet. Save articles from PubMed or PMC, or import a file.</p>
      ) : (
        <>
          <TopicChart counts={counts} />
          <div class="exl-filters" role="search" aria-label="Filter the library">
            <label for={searchId} class="exl-sr-only">Search the library</label>
            <input id={searchId} type="search" class="exl-input exl-filters__search" placeholder="Search title, author, journal, tag…"
              value={text} onInput={(event) => setText(event.currentTarget.value)} />
            <label for={topicId} class="exl-filters__label">Topic</label>
            <select id={topicId} class="exl-input" value={topic}
              onChange={(event) => setTopic(topicOption(event.currentTarget.value))}>
              <option value="">All topics</option>
              {TOPICS.map((option) => <option key={option.id} value={option.id}>{option.label}</option>)}
            </select>
            <label for={qcId} class="exl-filters__label">Reports</label>
            <select id={qcId} class="exl-input" value={qc} onChange={(event) => setQc(qcOption(event.currentTarget.value))}>
              <option value="">Any (no QC filter)</option>
              <option value="any">At least one QC item</option>
              {QC_ITEMS.map((option) => <option key={option.id} value={option.id}>{option.label}</option>)}
            </select>
            {tags.length > 0 && (
              <>
                <label for={tagId} class="exl-filters__label">Tag</label>
                <select id={tagId} class="exl-input" value={tag} onChange={(event) => setTag(event.currentTarget.value)}>
                  <option value="">All tags</option>
                  {tags.map((option) => <option key={option} value={option}>{option}</option>)}
                </select>
              </>
            )}
            <label for={sortId} class="exl-filters__label">Sort</label>
            <select id={sortId} class="exl-input" value={sort} onChange={(event) => setSort(sortOption(event.currentTarget.value))}>
              <option value="added">Recently added</option>
              <option value="year">Year</option>
              <option value="title">Title</option>
            </select>
          </div>
          <p class="exl-muted" role="status" aria-live="polite" data-filtered-count={String(filtered.length)}>
            {isFiltered ? `Showing ${formatCount(filtered.length)} of ${formatCount(library.length)}` : `${plural(library.length, 'reference', 'references')}`}
          </p>
          <ul class="exl-library" aria-label="Saved references">
            {listed.map((entry) => (
              <LibraryRow key={entry.key} entry={entry} onOpen={props.onOpen} onRemove={props.onRemove} onUpdate={props.onUpdate}
                onCopyCitation={props.onCopyCitation} />
            ))}
          </ul>
          {filtered.length > listed.length && (
            <p class="exl-muted">…and {formatCount(filtered.length - listed.length)} more: refine the search to see them.</p>
          )}
        </>
      )}
      <div class="exl-export" role="group" aria-label={isFiltered ? 'Export the filtered references' : 'Export the library'}>
        {EXPORT_FORMATS.map((format) => (
          <button key={format.id} type="button" class="exl-button" data-export={format.id} disabled={filtered.length === 0}
            onClick={() => props.onExport(format.id, filteredKeys)}>
            Export {formatCount(filtered.length)} as {format.label}
          </button>
        ))}
      </div>
      <ImportControl onImport={props.onImport} progress={props.importProgress} />
      <StatusLine kind="info" text={props.message ?? ''} />
    </section>
  );
}

function topicOption(value: string): TopicId | '' {
  return TOPICS.find((option) => option.id === value)?.id ?? '';
}
function qcOption(value: string): QcId | 'any' | '' {
  if (value === 'any') return 'any';
  return QC_ITEMS.find((option) => option.id === value)?.id ?? '';
}
function sortOption(value: string): LibrarySort {
  return value === 'year' || value === 'title' ? value : 'added';
}

/** The user's tags across the library, case-insensitively distinct, alphabetical. */
function distinctTags(entries: readonly LibraryEntry[]): string[] {
  const byFolded = new Map<string, string>();
  for (const entry of entries) for (const tag of entry.tags) if (!byFolded.has(tag.toLowerCase())) byFolded.set(tag.toLowerCase(), tag);
  return [...byFolded.values()].sort((a, b) => a.localeCompare(b));
}

/** Tags as typed: comma- or semicolon-separated, trimmed, empty ones dropped. */
export function parseTags(text: string): string[] {
  return text.split(/[,;]/).map((tag) => tag.trim()).filter(Boolean);
}

function LibraryRow({ entry, onOpen, onRemove, onCopyCitation, onUpdate }: {
  entry: LibraryEntry;
  onOpen(entry: LibraryEntry): void;
  onRemove(key: string): void;
  onCopyCitation(entry: LibraryEntry): void;
  onUpdate(key: string, patch: { tags: string[]; note: string }): void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);
  const tagsId = useId();
  const noteId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    // Keep keyboard focus on the control that replaced the one just pressed.
    if (confirming) confirmRef.current?.focus();
    else if (returnFocus.current) removeRef.current?.focus();
    returnFocus.current = false;
  }, [confirming]);

  const journal = entry.journalAbbrev ?? entry.journal;
  const meta = [authorsShort(entry.authors), [journal, entry.year].filter(Boolean).join(' ')].filter(Boolean).join(' · ');
  const topics = entry.exolens?.topics ?? [];
  const openLabel = entry.ids.pmid ? 'Open on PubMed' : 'Open';
  return (
    <li class="exl-library__entry" data-exolens-ref={entryRef(entry)}>
      <p class="exl-library__title">{entry.title}</p>
      {meta && <p class="exl-library__meta exl-muted">{meta}</p>}
      {entry.exolens?.notes.includes('retracted') && (
        <p class="exl-popup__note exl-popup__note--retracted" data-note="retracted">Retracted</p>
      )}
      {topics.length > 0 && (
        <div class="exl-chips">{topics.map((id) => <TopicChip key={id} id={id} label={shortTopicLabel(id)} />)}</div>
      )}
      {(entry.tags.length > 0 || entry.note) && !editing && (
        <p class="exl-library__user exl-muted" data-user-data="">
          {entry.tags.length > 0 && <span class="exl-library__tags">{entry.tags.map((tag) => `#${tag}`).join(' ')}</span>}
          {entry.note && <span class="exl-library__note">{entry.note}</span>}
        </p>
      )}
      {editing && (
        <form class="exl-library__editor" data-editor=""
          onSubmit={(event) => {
            event.preventDefault();
            const form = event.currentTarget;
            const tags = (form.elements.namedItem('tags') as HTMLInputElement).value;
            const note = (form.elements.namedItem('note') as HTMLTextAreaElement).value;
            onUpdate(entry.key, { tags: parseTags(tags), note: note.trim() });
            setEditing(false);
          }}>
          <label for={tagsId}>Tags (comma-separated)</label>
          <input id={tagsId} name="tags" type="text" value={entry.tags.join(', ')} />
          <label for={noteId}>Note</label>
          <textarea id={noteId} name="note" rows={3} value={entry.note} />
          <div class="exl-library__actions">
            <button type="submit" class="exl-button exl-button--primary" data-action="save-user-data">Save</button>
            <button type="button" class="exl-button" onClick={() => setEditing(false)}>Cancel</button>
          </div>
        </form>
      )}
      {confirming ? (
        <div class="exl-library__actions" role="group" aria-label="Confirm removal">
          <span>Remove this reference?</span>
          <button ref={confirmRef} type="button" class="exl-button exl-button--danger" data-action="confirm-remove"
            onClick={() => onRemove(entry.key)}>
            Remove
          </button>
          <button type="button" class="exl-button" onClick={() => { returnFocus.current = true; setConfirming(false); }}>
            Cancel
          </button>
        </div>
      ) : (
        <div class="exl-library__actions">
          <button type="button" class="exl-link-button" data-action="open" onClick={() => onOpen(entry)}>{openLabel}</button>
          <button type="button" class="exl-link-button" data-action="copy-citation" onClick={() => onCopyCitation(entry)}>
            Copy citation
          </button>
          <button type="button" class="exl-link-button" data-action="edit-user-data" aria-expanded={editing} onClick={() => setEditing(!editing)}>
            Tags &amp; note
          </button>
          <button ref={removeRef} type="button" class="exl-link-button" data-action="remove" onClick={() => setConfirming(true)}>
            Remove
          </button>
        </div>
      )}
    </li>
  );
}

function ImportControl({ onImport, progress }: { onImport(file: File): void; progress?: string }) {
  const inputId = useId();
  return (
    <div class="exl-import">
      <label for={inputId} class={`exl-button exl-import__label${progress ? ' exl-import__label--busy' : ''}`}>
        Import RIS, MEDLINE or CSL-JSON…
      </label>
      <input id={inputId} class="exl-sr-only" type="file" accept=".ris,.nbib,.txt,.json" disabled={progress !== undefined}
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          if (file) onImport(file);
          // Let the same file be picked again after a failed import.
          input.value = '';
        }} />
      {progress && <StatusLine kind="loading" text={progress} busy />}
    </div>
  );
}
