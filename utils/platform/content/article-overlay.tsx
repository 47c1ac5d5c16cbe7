/**
 * Feature: the analysis overlay on article pages.
 * Runs on: PubMed articles (https://pubmed.ncbi.nlm.nih.gov/32392899/) and PMC articles, new
 * (https://pmc.ncbi.nlm.nih.gov/articles/PMC7290908/) and old
 * (https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1280342/).
 *
 * The page's own text is analysed at once (the panel is ready before any network), then
 * the background enriches it from NCBI (full record, PMC full text) and the panel updates.
 */
import { Component, render } from 'preact';
import { Overlay, type OverlayStatus, type ReferencesProgress } from '../../../components/overlay/Overlay';
// The stylesheet is not bundled into the script: WXT emits it as content-scripts/<entrypoint>.css
// (the entrypoints use cssInjectionMode "ui"), and loadOverlayCss() reads it. See there.
import '../../../components/shared/shared.css';
import '../../../components/overlay/overlay.css';
import { analyze } from '../../analysis/engine';
import type { Analysis, ArticleInput, Evidence } from '../../model';
import type { KbTexts } from '../../knowledge';
import { highlightEvidence, type FieldSources } from '../../pages/highlight';
import type { Settings } from '../../settings';
import type { StatusPush } from '../../protocol';
import { LIBRARY_KEY } from '../../storage-keys';
import { loadKnowledgeBase } from './knowledge-base';
import { MARKS } from './marks';
import { createShadowMount } from './shadow-host';
// Imported last on purpose: rollup lays modules out in import order, and with the extension-API
// polyfill these pull in after the UI code (not between preact and the overlay) the content
// scripts compress ~50 B smaller.
import { readPageSettings, rememberOverlayCollapsed } from './page-storage';
import { send } from '../messaging';
import { browser, type PublicPath } from 'wxt/browser';

export type ArticleExtraction = { input: ArticleInput; sources: FieldSources };

const REFERENCE_BATCH = 20;

type Props = { extraction: ArticleExtraction; initialAnalysis: Analysis; settings: Settings; initialCollapsed: boolean };

/** The `type` of a message from the background, if it has one. */
function messageType(message: unknown): unknown {
  return typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
}

type AppState = {
  analysis: Analysis;
  input: ArticleInput;
  status: OverlayStatus | undefined;
  saved: boolean;
  busy: boolean;
  collapsed: boolean;
  active: string | null;
  progress: ReferencesProgress | undefined;
  texts: KbTexts | undefined;
};

// A class component rather than hooks: the content scripts then ship without preact/hooks. Members
// only the class uses are #private, which terser can shorten (the content scripts' 40 kB budget).
class ArticleOverlayApp extends Component<Props, AppState> {
  override state: AppState = {
    analysis: this.props.initialAnalysis,
    input: this.props.extraction.input,
    status: { kind: 'loading', text: 'Checking NCBI for the full record…' },
    saved: false,
    busy: false,
    collapsed: this.props.initialCollapsed,
    active: null,
    progress: undefined,
    texts: undefined,
  };
  #highlight: { clear(): void } | null = null;
  #live = true;

  readonly #refreshSaved = async () => {
    const answer = await send({ type: 'library/status', ids: [this.props.extraction.input.ids] });
    if (answer.ok) this.setState({ saved: answer.value.saved[0] ?? false });
  };

  readonly #onMessage = (message: unknown) => {
    const type = messageType(message);
    if (type === 'exolens/status' && this.#live) this.setState({ status: (message as StatusPush).status });
    if (type === 'exolens/save-current') {
      // The keyboard shortcut: save what the panel shows now.
      void this.#toggleSave(true);
    }
  };

  readonly #onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && LIBRARY_KEY in changes) void this.#refreshSaved();
  };

  override componentDidMount(): void {
    browser.runtime.onMessage.addListener(this.#onMessage);
    browser.storage.onChanged.addListener(this.#onStorage);
    // The QC notes and note texts are not in this script (its size budget): the background has them.
    void send({ type: 'kb/texts' }).then((answer) => {
      if (this.#live && answer.ok) this.setState({ texts: answer.value });
    });
    void send({ type: 'article/analyze', page: this.props.extraction.input }).then((answer) => {
      if (!this.#live) return;
      if (answer.ok) {
        this.setState({
          analysis: answer.value.analysis,
          input: answer.value.input,
          saved: answer.value.saved,
          status: answer.value.status ?? undefined,
        });
      } else {
        this.setState({ status: { kind: 'warning', text: `Showing page-only analysis: ${answer.error}` } });
      }
    });
  }

  override componentWillUnmount(): void {
    this.#live = false;
    browser.runtime.onMessage.removeListener(this.#onMessage);
    browser.storage.onChanged.removeListener(this.#onStorage);
  }

  async #toggleSave(onlySave = false): Promise<void> {
    const { saved, input } = this.state;
    this.setState({ busy: true });
    try {
      if (saved && !onlySave) {
        const status = await send({ type: 'library/status', ids: [input.ids] });
        const key = status.ok ? status.value.keys[0] : null;
        if (key) {
          const answer = await send({ type: 'library/remove', key });
          if (answer.ok) this.setState({ saved: false });
        }
        return;
      }
      const answer = await send({ type: 'library/save', input });
      if (answer.ok) this.setState({ saved: true });
      else this.setState({ status: { kind: 'error', text: `Could not save: ${answer.error}` } });
    } finally {
      this.setState({ busy: false });
    }
  }

  readonly #clearHighlight = () => {
    this.#highlight?.clear();
    this.#highlight = null;
    this.setState({ active: null });
  };

  readonly #onHighlight = (key: string, evidence: Evidence[]): number => {
    this.#highlight?.clear();
    const result = highlightEvidence(document, this.props.extraction.sources, evidence);
    this.#highlight = result;
    this.setState({ active: result.count > 0 ? key : null });
    result.first?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    return result.count;
  };

  readonly #onCollapsedChange = (next: boolean) => {
    this.setState({ collapsed: next });
    void rememberOverlayCollapsed(next);
  };

  #citedPmids(): string[] {
    return (this.state.input.references ?? []).map((reference) => reference.pmid).filter((pmid): pmid is string => !!pmid);
  }

  async #saveReferences(): Promise<void> {
    const unique = [...new Set(this.#citedPmids())];
    let cancelled = false;
    let done = 0;
    const update = () => this.setState({ progress: { done, total: unique.length, onCancel: () => (cancelled = true) } });
    update();
    let missing = 0;
    for (let start = 0; start < unique.length && !cancelled; start += REFERENCE_BATCH) {
      const batch = unique.slice(start, start + REFERENCE_BATCH);
      const answer = await send({ type: 'library/save-pmids', pmids: batch });
      if (!answer.ok) {
        // Say what stopped it and what was saved before: the summary below must not replace this.
        this.setState({
          progress: undefined,
          status: { kind: 'error', text: `Saving references stopped after ${done - missing} of ${unique.length}: ${answer.error}` },
        });
        return;
      }
      missing += answer.value.missing.length;
      done += batch.length;
      update();
    }
    this.setState({ progress: undefined });
    const savedCount = done - missing;
    this.setState({
      status: {
        kind: cancelled ? 'info' : 'ok',
        text: `${cancelled ? 'Cancelled: ' : ''}saved ${savedCount} of ${unique.length} cited references${missing ? ` (${missing} not found at NCBI)` : ''}.`,
      },
    });
  }

  override render() {
    const { analysis, input, status, saved, busy, collapsed, active, progress, texts } = this.state;
    return (
      <Overlay
        analysis={analysis}
        title={input.title}
        status={status}
        save={{ saved, busy, onToggle: () => void this.#toggleSave() }}
        activeHighlight={active}
        onHighlight={this.#onHighlight}
        onClearHighlight={this.#clearHighlight}
        collapsed={collapsed}
        onCollapsedChange={this.#onCollapsedChange}
        hiddenTopics={this.props.settings.hiddenTopics}
        onSaveReferences={this.#citedPmids().length > 0 ? () => void this.#saveReferences() : undefined}
        referencesProgress={progress}
        texts={texts}
      />
    );
  }
}

/**
 * The overlay's stylesheet read from the package, as text for its shadow root. Inlined, it cost
 * each article script ~1.9 kB gzip of its 40 kB budget. The background stores the same CSS where
 * the scripts read their settings (publishOverlayCss), which costs the panel no wait; this read is
 * for when it has not yet (just after an install): WXT builds the CSS this module imports into
 * content-scripts/<entrypoint>.css, web-accessible on the script's own pages only
 * (cssInjectionMode "ui": never injected into the page). An unreadable file gives an unstyled
 * but working panel, and says so.
 */
export async function loadOverlayCss(): Promise<string> {
  const url = browser.runtime.getURL(`/content-scripts/${import.meta.env.ENTRYPOINT}.css` as PublicPath);
  try {
    const response = await fetch(url);
    if (response.ok) return await response.text();
    console.warn(`ExoLens: overlay styles unavailable (${response.status} from ${url})`);
  } catch (error) {
    console.warn(`ExoLens: overlay styles unavailable (${url})`, error);
  }
  return '';
}

/**
 * An article script's work once it has recognised its page: the settings, the stylesheet and the
 * compiled knowledge base from storage (the knowledge base from the package until the background
 * has stored it), the page read and its own text analysed at once (the panel is ready before any
 * network), the panel mounted until the script is invalidated.
 */
export async function showArticleOverlay(ctx: { onInvalidated(cleanup: () => void): void }, read: () => ArticleExtraction): Promise<void> {
  const stored = readPageSettings();
  // The page is read while storage answers (the read costs a few ms of the main thread; the
  // storage read is a round trip to the browser).
  const extraction = read();
  const { settings, overlayCollapsed, overlayCss, knowledgeBase: published } = await stored;
  if (!settings.showOverlay) return;
  const knowledgeBase = loadKnowledgeBase(published);
  const analysis = await knowledgeBase.then(
    () => analyze(extraction.input),
    (error: unknown) => {
      // Never expected (the knowledge base is a file of the package), but then the background's
      // analyzer, which has the same knowledge base, gives the first view after NCBI's answer.
      console.warn(error);
      return analysisFromBackground(extraction.input);
    },
  );
  // The stylesheet normally comes with the settings; until the background has stored it (just
  // after an install), it is read from the package.
  const css = overlayCss ?? (await loadOverlayCss());
  ctx.onInvalidated(mountArticleOverlay(extraction, analysis, settings, overlayStartsCollapsed(overlayCollapsed, window.innerWidth), css));
}

/** Below this viewport width (phones: Firefox for Android) the open panel would cover most of the article. */
const NARROW_VIEWPORT_PX = 600;

/**
 * Does the article panel start collapsed? As the user last left it; before any choice, collapsed
 * on a narrow viewport only, where its header alone says what ExoLens found.
 */
export function overlayStartsCollapsed(stored: boolean | undefined, viewportWidth: number): boolean {
  return stored ?? viewportWidth < NARROW_VIEWPORT_PX;
}

async function analysisFromBackground(page: ArticleInput): Promise<Analysis> {
  const answer = await send({ type: 'article/analyze', page });
  if (!answer.ok) throw new Error(`ExoLens: no analysis for this page: ${answer.error}`);
  return answer.value.analysis;
}

/** Mounts the overlay showing the analysis of the page's own text; returns an unmount function. */
export function mountArticleOverlay(
  extraction: ArticleExtraction,
  initialAnalysis: Analysis,
  settings: Settings,
  initialCollapsed: boolean,
  css: string,
): () => void {
  const mount = createShadowMount({
    tag: 'exolens-overlay',
    attributes: { 'data-exolens': 'overlay' },
    css,
  });
  render(
    <ArticleOverlayApp extraction={extraction} initialAnalysis={initialAnalysis} settings={settings} initialCollapsed={initialCollapsed} />,
    mount.container,
  );
  performance.mark(MARKS.overlayReady);
  return () => {
    render(null, mount.container);
    mount.remove();
  };
}
