/**
 * The ExoLens panel on PubMed / PMC article pages. Rendered by the content script inside an
 * open shadow root (the lead imports overlay.css there). Purely presentational: highlighting,
 * saving and collapse state are owned by the caller and reached through the callbacks.
 */
import { Component, createRef } from 'preact';
import type { Analysis, Evidence, NoteCall, NoteId, QcCall, TopicCall, TopicId } from '../../utils/model';
import { EV_SOURCE_LABELS, NOTES, STUDY_TYPE_LABELS, qcLabel, topicLabel, type KbTexts } from '../../utils/knowledge';
import { TopicChip } from '../shared/TopicChip';
import { StatusLine, type StatusKind } from '../shared/StatusLine';
import { EvidenceQuotes } from '../shared/Evidence';
import { coverageText, plural } from '../shared/format';

export type OverlayStatus = { kind: StatusKind; text: string };

export type OverlaySave = { saved: boolean; busy: boolean; onToggle(): void };

export type ReferencesProgress = { done: number; total: number; onCancel(): void };

export type OverlayProps = {
  /** Always present: the content script analyses the page's own text before it mounts the panel. */
  analysis: Analysis;
  /** The article title as the page shows it (plain text). */
  title?: string;
  status?: OverlayStatus;
  /** Absent = no Save button (e.g. the library is unavailable). */
  save?: OverlaySave;
  /** The key last passed to onHighlight that is still highlighted on the page, or null. */
  activeHighlight: string | null;
  /** Highlights the spans on the page; returns how many were found there (0 → "not on this page"). */
  onHighlight(key: string, evidence: Evidence[]): number;
  onClearHighlight(): void;
  collapsed: boolean;
  onCollapsedChange(collapsed: boolean): void;
  hiddenTopics?: readonly TopicId[];
  /** Offer "Save cited references" (the caller knows whether the article has any). */
  onSaveReferences?: () => void;
  referencesProgress?: ReferencesProgress;
  /** Each QC item's note and guidelines, and the note texts; absent until the background has sent them (kb/texts). */
  texts?: KbTexts;
};

/** Highlight keys the overlay hands to onHighlight: one per topic, QC item and note. */
export function topicHighlightKey(id: TopicId): string {
  return `topic:${id}`;
}
export function qcHighlightKey(id: QcCall['id']): string {
  return `qc:${id}`;
}
export function noteHighlightKey(id: NoteId): string {
  return `note:${id}`;
}

/** Retraction first: it is the most important thing the panel can say. */
const NOTE_ORDER: readonly NoteId[] = ['retracted', 'corrected', 'coi-industry', 'regulatory'];
const PROMINENT_NOTES: readonly NoteId[] = ['retracted', 'corrected'];

type HighlightOutcome = { key: string; label: string; count: number };

/** The panel body's id (aria-controls). The overlay is alone in its shadow root, so a fixed id is unique there. */
const BODY_ID = 'exl-overlay-body';

type OverlayState = { outcome: HighlightOutcome | null };

// Class components rather than hooks: the content scripts then ship without preact/hooks. Members
// only the class uses are #private, which terser can shorten (the content scripts' 40 kB budget).
export class Overlay extends Component<OverlayProps, OverlayState> {
  override state: OverlayState = { outcome: null };
  readonly #toggleRef = createRef<HTMLButtonElement>();
  /** Set by Esc: once the panel has collapsed, the focused control inside the body is gone. */
  #refocusToggle = false;

  override componentDidUpdate(previous: OverlayProps): void {
    // After Esc keep keyboard users on the pill.
    if (this.props.collapsed !== previous.collapsed && this.props.collapsed && this.#refocusToggle) {
      this.#refocusToggle = false;
      this.#toggleRef.current?.focus();
    }
  }

  readonly #toggleHighlight: ToggleHighlight = (key, label, evidence) => {
    const { activeHighlight, onClearHighlight, onHighlight } = this.props;
    if (activeHighlight === key) {
      onClearHighlight();
      this.setState({ outcome: null });
      return;
    }
    this.setState({ outcome: { key, label, count: onHighlight(key, evidence) } });
  };

  readonly #collapse = () => {
    if (this.props.activeHighlight !== null) this.props.onClearHighlight();
    this.setState({ outcome: null });
    this.props.onCollapsedChange(true);
  };

  readonly #onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || this.props.collapsed) return;
    // Only our own panel reacts: the listener sits on the panel, so page shortcuts are untouched.
    event.stopPropagation();
    this.#refocusToggle = true;
    this.#collapse();
  };

  override render() {
    const { analysis, title, status, save, activeHighlight, collapsed, onCollapsedChange } = this.props;
    const hidden = new Set(this.props.hiddenTopics ?? []);
    const shownTopics = analysis.topics.filter((topic) => !hidden.has(topic.id));
    const qcReported = analysis.qc.filter((item) => item.status === 'reported').length;
    const retracted = analysis.notes.some((note) => note.id === 'retracted');

    return (
      <div
        class={`exl-theme exl-overlay${collapsed ? ' exl-overlay--collapsed' : ''}`}
        role="complementary"
        aria-label="ExoLens analysis"
        data-exolens-root=""
        data-ready="true"
        data-coverage={analysis.coverage}
        onKeyDown={this.#onKeyDown}
      >
        <button
          ref={this.#toggleRef}
          type="button"
          class="exl-overlay__toggle"
          aria-expanded={!collapsed}
          aria-controls={BODY_ID}
          onClick={() => (collapsed ? onCollapsedChange(false) : this.#collapse())}
        >
          <span class="exl-brand">ExoLens</span>
          {retracted && <span class="exl-pill-flag">Retracted</span>}
          <span class="exl-overlay__summary">
            {plural(shownTopics.length, 'topic', 'topics')} · QC {qcReported}/{analysis.qc.length}
          </span>
          <span class="exl-sr-only">{collapsed ? ' (show panel)' : ' (hide panel)'}</span>
          <span class="exl-overlay__chevron" aria-hidden="true">{collapsed ? '▴' : '▾'}</span>
        </button>
        <StatusLine kind={status?.kind} text={status?.text} visuallyHidden={collapsed} />
        {!collapsed && (
          <div id={BODY_ID} class="exl-overlay__body">
            {title && <h2 class="exl-overlay__title">{title}</h2>}
            <AnalysisView
              analysis={analysis}
              shownTopics={shownTopics}
              hiddenCount={analysis.topics.length - shownTopics.length}
              qcReported={qcReported}
              activeHighlight={activeHighlight}
              toggleHighlight={this.#toggleHighlight}
              texts={this.props.texts}
            />
            <HighlightFeedback outcome={this.state.outcome} activeHighlight={activeHighlight} />
            <Actions save={save} onSaveReferences={this.props.onSaveReferences} progress={this.props.referencesProgress} />
          </div>
        )}
      </div>
    );
  }
}

type ToggleHighlight = (key: string, label: string, evidence: Evidence[]) => void;

function AnalysisView({ analysis, shownTopics, hiddenCount, qcReported, activeHighlight, toggleHighlight, texts }: {
  analysis: Analysis;
  shownTopics: TopicCall[];
  hiddenCount: number;
  qcReported: number;
  activeHighlight: string | null;
  toggleHighlight: ToggleHighlight;
  texts: KbTexts | undefined;
}) {
  const notes = [...analysis.notes].sort((a, b) => NOTE_ORDER.indexOf(a.id) - NOTE_ORDER.indexOf(b.id));
  // Record-level warnings lead; the longer context notes follow the checklist so topics stay in view.
  const warnings = notes.filter((note) => PROMINENT_NOTES.includes(note.id));
  const context = notes.filter((note) => !PROMINENT_NOTES.includes(note.id));
  const renderNote = (note: NoteCall) => (
    <NoteView key={note.id} note={note} text={texts?.noteTexts[note.id]} activeHighlight={activeHighlight} toggleHighlight={toggleHighlight} />
  );
  return (
    <>
      {warnings.length > 0 && <div class="exl-notes">{warnings.map(renderNote)}</div>}
      <section class="exl-section" aria-label="Therapeutic topics">
        <h3 class="exl-section__title">Topics</h3>
        {shownTopics.length === 0 ? (
          <p class="exl-muted">
            No therapeutic topic found{hiddenCount > 0 ? ` (${plural(hiddenCount, 'topic', 'topics')} hidden in options)` : ''}.
          </p>
        ) : (
          <div class="exl-chips">
            {shownTopics.map((topic) => {
              const key = topicHighlightKey(topic.id);
              return (
                <TopicChip
                  key={topic.id}
                  id={topic.id}
                  confidence={topic.confidence}
                  pressed={activeHighlight === key}
                  onClick={() => toggleHighlight(key, topicLabel(topic.id), topic.evidence)}
                />
              );
            })}
          </div>
        )}
      </section>
      <FacetsView analysis={analysis} />
      <section class="exl-section" aria-label="MISEV quality control">
        <h3 class="exl-section__title">
          Quality control <span class="exl-muted">(MISEV) · {qcReported}/{analysis.qc.length} reported</span>
        </h3>
        <p class="exl-coverage">{coverageText(analysis.coverage)}</p>
        {!analysis.facets.isEv && (
          <p class="exl-muted">Not about extracellular vesicles: the checklist does not apply.</p>
        )}
        <ul class="exl-qc" aria-label={`QC checklist: ${qcReported} of ${analysis.qc.length} reported`}>
          {analysis.qc.map((item) => (
            <QcItemView key={item.id} item={item} note={texts?.qcNotes[item.id]} guidelines={texts?.qcGuidelines[item.id]}
              activeHighlight={activeHighlight} toggleHighlight={toggleHighlight} />
          ))}
        </ul>
      </section>
      {context.length > 0 && (
        <section class="exl-section" aria-label="Notes">
          <h3 class="exl-section__title">Notes</h3>
          <div class="exl-notes">{context.map(renderNote)}</div>
        </section>
      )}
    </>
  );
}

function FacetsView({ analysis }: { analysis: Analysis }) {
  const { facets } = analysis;
  // [term, data-facet, value]; EV source and study type only when the analyzer found one.
  const rows: [string, string, string][] = [
    ['Extracellular vesicles', 'is-ev', facets.isEv ? 'yes' : 'no'],
    ['MSC', 'is-msc', facets.isMsc ? 'yes' : 'no'],
    ['EV source', 'ev-source', facets.evSource.map((source) => EV_SOURCE_LABELS[source]).join(', ')],
    ['Study type', 'study-type', facets.studyType.map((type) => STUDY_TYPE_LABELS[type]).join(', ')],
  ];
  return (
    <section class="exl-section" aria-label="What the article is">
      <dl class="exl-facets">
        {rows.filter(([, , value]) => value).map(([term, facet, value]) => (
          <div key={facet}>
            <dt>{term}</dt>
            <dd data-facet={facet}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function QcItemView({ item, note, guidelines, activeHighlight, toggleHighlight }: {
  item: QcCall;
  note: string | undefined;
  guidelines: readonly string[] | undefined;
  activeHighlight: string | null;
  toggleHighlight: ToggleHighlight;
}) {
  const label = qcLabel(item.id);
  const reported = item.status === 'reported';
  const key = qcHighlightKey(item.id);
  const statusText = reported ? 'reported' : 'not found';
  const rowContent = (
    <>
      <span class="exl-qc__mark" aria-hidden="true">{reported ? '✓' : '–'}</span>
      <span class="exl-qc__label">{label}</span>
      <span class="exl-sr-only">: {statusText}</span>
    </>
  );
  return (
    <li class={`exl-qc__item exl-qc__item--${reported ? 'reported' : 'not-found'}`} data-qc={item.id} data-status={item.status}>
      {reported && item.evidence.length > 0 ? (
        <button type="button" class="exl-qc__row exl-qc__row--button" aria-pressed={activeHighlight === key}
          title="Show the supporting text on the page" onClick={() => toggleHighlight(key, label, item.evidence)}>
          {rowContent}
        </button>
      ) : (
        <div class="exl-qc__row">{rowContent}</div>
      )}
      {reported && <EvidenceQuotes evidence={item.evidence} />}
      <details class="exl-qc__why">
        <summary>Why it matters</summary>
        {note && <p>{note}</p>}
        {guidelines && guidelines.length > 0 && <p class="exl-muted">Guidelines: {guidelines.join('; ')}</p>}
      </details>
    </li>
  );
}

function NoteView({ note, text, activeHighlight, toggleHighlight }: {
  note: NoteCall;
  text: string | undefined;
  activeHighlight: string | null;
  toggleHighlight: ToggleHighlight;
}) {
  const kb = NOTES.find((candidate) => candidate.id === note.id);
  const label = kb?.label ?? note.id;
  const key = noteHighlightKey(note.id);
  return (
    <section class={`exl-note exl-note--${note.id}`} data-note={note.id} aria-label={label}>
      <p class="exl-note__label">{note.id === 'retracted' && <span aria-hidden="true">⚠ </span>}{label}</p>
      {text && <p class="exl-note__text">{text}</p>}
      <EvidenceQuotes evidence={note.evidence} max={1} maxChars={400} />
      {note.evidence.length > 0 && (
        <button type="button" class="exl-link-button" aria-pressed={activeHighlight === key}
          onClick={() => toggleHighlight(key, label, note.evidence)}>
          {activeHighlight === key ? 'Clear highlight' : 'Show on page'}
        </button>
      )}
    </section>
  );
}

function HighlightFeedback({ outcome, activeHighlight }: { outcome: HighlightOutcome | null; activeHighlight: string | null }) {
  let text = '';
  if (outcome && outcome.count === 0) {
    text = `${outcome.label}: not on this page (the supporting text comes from the record NCBI returned).`;
  } else if (outcome && activeHighlight === outcome.key) {
    text = `${outcome.label}: ${plural(outcome.count, 'passage', 'passages')} highlighted on the page.`;
  }
  return (
    <p class={`exl-highlight-feedback${text ? '' : ' exl-status--empty'}`} role="status" aria-live="polite"
      data-highlight-count={outcome ? String(outcome.count) : undefined}>
      {text}
    </p>
  );
}

type ActionsProps = { save?: OverlaySave; onSaveReferences?: () => void; progress?: ReferencesProgress };

/** A saved reference is removed only after a second, explicit choice (confirmingRemove). */
class Actions extends Component<ActionsProps, { confirmingRemove: boolean }> {
  override state = { confirmingRemove: false };

  override render() {
    const { save, onSaveReferences, progress } = this.props;
    const { confirmingRemove } = this.state;
    const setConfirmingRemove = (confirming: boolean) => this.setState({ confirmingRemove: confirming });
    if (!save && !onSaveReferences && !progress) return null;
    return (
      <div class="exl-actions">
        {save && !confirmingRemove && (
          <button type="button" class={`exl-button${save.saved ? '' : ' exl-button--primary'}`} data-action="save"
            data-saved={save.saved ? 'true' : 'false'} aria-pressed={save.saved} aria-busy={save.busy}
            title={save.saved ? 'Saved in your library: click to remove it' : undefined}
            disabled={save.busy} onClick={save.saved ? () => setConfirmingRemove(true) : save.onToggle}>
            {save.busy ? 'Saving…' : save.saved ? '✓ Saved to library' : 'Save to library'}
          </button>
        )}
        {save && confirmingRemove && (
          <div class="exl-confirm" role="group" aria-label="Remove from library?">
            <span>Remove from library?</span>
            <button type="button" class="exl-button exl-button--danger" data-action="confirm-remove"
              onClick={() => {
                setConfirmingRemove(false);
                save.onToggle();
              }}>
              Remove
            </button>
            <button type="button" class="exl-button" data-action="keep" onClick={() => setConfirmingRemove(false)}>
              Keep
            </button>
          </div>
        )}
        {progress ? (
          <div class="exl-progress">
            <label>
              <span>Saving cited references: {progress.done} of {progress.total}</span>
              <progress max={progress.total} value={progress.done} />
            </label>
            <button type="button" class="exl-button" onClick={progress.onCancel}>Cancel</button>
          </div>
        ) : (
          onSaveReferences && (
            <button type="button" class="exl-button" data-action="save-references" onClick={onSaveReferences}>
              Save cited references
            </button>
          )
        )}
      </div>
    );
  }
}
