/**
 * Feature: the analysis overlay on article pages.
 * Runs on: PubMed articles (https://pubmed.ncbi.nlm.nih.gov/32392899/) and PMC articles, new
 * (https://pmc.ncbi.nlm.nih.gov/articles/PMC7290908/) and old
 * (https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1280342/).
 *
 * The page's own text is analysed at once (the panel is ready before any network), then
 * the background enriches it from NCBI (full record, PMC full text) and the panel updates.
 */
import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Overlay, type OverlayStatus, type ReferencesProgress } from '../../../components/overlay/Overlay';
import overlayCss from '../../../components/overlay/overlay.css?inline';
import sharedCss from '../../../components/shared/shared.css?inline';
import { analyze } from '../../analysis/analyze';
import type { Analysis, ArticleInput, Evidence } from '../../model';
import { highlightEvidence, type FieldSources } from '../../pages/highlight';
import type { Settings } from '../../settings';
import type { StatusPush } from '../../protocol';
import { send } from '../messaging';
import { LIBRARY_KEY } from '../../storage-keys';
import { rememberOverlayCollapsed } from './page-storage';
import { MARKS } from './marks';
import { createShadowMount } from './shadow-host';

export type ArticleExtraction = { input: ArticleInput; sources: FieldSources };

const REFERENCE_BATCH = 20;

type Props = { extraction: ArticleExtraction; initialAnalysis: Analysis; settings: Settings; initialCollapsed: boolean };

function isStatusPush(message: unknown): message is StatusPush {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'exolens/status';
}

function ArticleOverlayApp({ extraction, initialAnalysis, settings, initialCollapsed }: Props) {
  const [analysis, setAnalysis] = useState<Analysis>(initialAnalysis);
  const [input, setInput] = useState<ArticleInput>(extraction.input);
  const [status, setStatus] = useState<OverlayStatus | undefined>({ kind: 'loading', text: 'Checking NCBI for the full record…' });
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [collapsed, setCollapsed] = useState(initialCollapsed);
  const [active, setActive] = useState<string | null>(null);
  const [progress, setProgress] = useState<ReferencesProgress | undefined>(undefined);
  const highlight = useRef<{ clear(): void } | null>(null);

  const refreshSaved = useCallback(async () => {
    const answer = await send({ type: 'library/status', ids: [extraction.input.ids] });
    if (answer.ok) setSaved(answer.value.saved[0] ?? false);
  }, [extraction]);

  useEffect(() => {
    let live = true;
    const onMessage = (message: unknown) => {
      if (isStatusPush(message) && live) setStatus(message.status);
      if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'exolens/save-current') {
        void saveCurrent.current();
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && LIBRARY_KEY in changes) void refreshSaved();
    };
    browser.storage.onChanged.addListener(onStorage);

    void send({ type: 'article/analyze', page: extraction.input }).then((answer) => {
      if (!live) return;
      if (answer.ok) {
        setAnalysis(answer.value.analysis);
        setInput(answer.value.input);
        setSaved(answer.value.saved);
        setStatus(answer.value.status ?? undefined);
      } else {
        setStatus({ kind: 'warning', text: `Showing page-only analysis: ${answer.error}` });
      }
    });
    return () => {
      live = false;
      browser.runtime.onMessage.removeListener(onMessage);
      browser.storage.onChanged.removeListener(onStorage);
    };
  }, [extraction]);

  const toggleSave = async (onlySave = false) => {
    setBusy(true);
    try {
      if (saved && !onlySave) {
        const status = await send({ type: 'library/status', ids: [input.ids] });
        const key = status.ok ? status.value.keys[0] : null;
        if (key) {
          const answer = await send({ type: 'library/remove', key });
          if (answer.ok) setSaved(false);
        }
        return;
      }
      const answer = await send({ type: 'library/save', input });
      if (answer.ok) setSaved(true);
      else setStatus({ kind: 'error', text: `Could not save: ${answer.error}` });
    } finally {
      setBusy(false);
    }
  };

  // The keyboard shortcut's listener outlives renders: it must save what the panel shows now.
  const saveCurrent = useRef(() => toggleSave(true));
  saveCurrent.current = () => toggleSave(true);

  const clearHighlight = () => {
    highlight.current?.clear();
    highlight.current = null;
    setActive(null);
  };

  const onHighlight = (key: string, evidence: Evidence[]): number => {
    highlight.current?.clear();
    const result = highlightEvidence(document, extraction.sources, evidence);
    highlight.current = result;
    setActive(result.count > 0 ? key : null);
    result.first?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    return result.count;
  };

  const onCollapsedChange = (next: boolean) => {
    setCollapsed(next);
    void rememberOverlayCollapsed(next);
  };

  const citedPmids = (input.references ?? []).map((reference) => reference.pmid).filter((pmid): pmid is string => !!pmid);

  const saveReferences = async () => {
    const unique = [...new Set(citedPmids)];
    let cancelled = false;
    let done = 0;
    const update = () => setProgress({ done, total: unique.length, onCancel: () => (cancelled = true) });
    update();
    let missing = 0;
    for (let start = 0; start < unique.length && !cancelled; start += REFERENCE_BATCH) {
      const batch = unique.slice(start, start + REFERENCE_BATCH);
      const answer = await send({ type: 'library/save-pmids', pmids: batch });
      if (!answer.ok) {
        setStatus({ kind: 'error', text: `Saving references stopped: ${answer.error}` });
        break;
      }
      missing += answer.value.missing.length;
      done += batch.length;
      update();
    }
    setProgress(undefined);
    const savedCount = done - missing;
    setStatus({
      kind: cancelled ? 'info' : 'ok',
      text: `${cancelled ? 'Cancelled: ' : ''}saved ${savedCount} of ${unique.length} cited references${missing ? ` (${missing} not found at NCBI)` : ''}.`,
    });
  };

  return (
    <Overlay
      analysis={analysis}
      title={input.title}
      status={status}
      save={{ saved, busy, onToggle: () => void toggleSave() }}
      activeHighlight={active}
      onHighlight={onHighlight}
      onClearHighlight={clearHighlight}
      collapsed={collapsed}
      onCollapsedChange={onCollapsedChange}
      hiddenTopics={settings.hiddenTopics}
      onSaveReferences={citedPmids.length > 0 ? () => void saveReferences() : undefined}
      referencesProgress={progress}
    />
  );
}

/** Analyses the page's own text and mounts the overlay at once; returns an unmount function. */
export function mountArticleOverlay(extraction: ArticleExtraction, settings: Settings, initialCollapsed: boolean): () => void {
  const initialAnalysis = analyze(extraction.input);
  const mount = createShadowMount({
    tag: 'exolens-overlay',
    attributes: { 'data-exolens': 'overlay' },
    css: sharedCss + overlayCss,
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
