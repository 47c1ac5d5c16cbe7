/**
 * Feature: compact badges on result lists, and bulk saving from them.
 * Runs on: PubMed searches (https://pubmed.ncbi.nlm.nih.gov/?term=exosome+skin), linked lists
 * (https://pubmed.ncbi.nlm.nih.gov/?linkname=pubmed_pubmed_citedin&from_uid=32392899),
 * collections and the clipboard; results PubMed adds later ("Show more", next page) too.
 *
 * Each badge first shows what the title and snippet say (instantly, from the page); the
 * background then answers for the whole batch from full abstracts (one efetch when cold).
 */
import { analyze } from '../../analysis/engine';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ResultBadge, type BadgeBasis } from '../../../components/badge/ResultBadge';
import badgeCss from '../../../components/badge/badge.css?inline';
import sharedCss from '../../../components/shared/shared.css?inline';

// The theme is shared with the overlay's stylesheet: bundled once, prepended to each.
const BADGE_CSS = sharedCss + badgeCss;
import { BulkSaveBar, type BulkSaveState } from '../../../components/badge/BulkSaveBar';
import { badgeSummary } from '../../badge-summary';
import { findResultItems, watchResults, type ResultItem } from '../../pages/pubmed-results';
import type { TopicId } from '../../model';
import type { BadgeSummary, StatusPush } from '../../protocol';
import { send } from '../messaging';
import { LIBRARY_KEY } from '../../storage-keys';
import { MARKS } from './marks';
import { createShadowMount } from './shadow-host';

/** summary null: not known yet (basis 'pending'). */
type BadgeState = { item: ResultItem; summary: BadgeSummary | null; basis: BadgeBasis; saved: boolean; status?: string; container: HTMLElement };

const SAVE_BATCH = 20;

export class ResultBadges {
  /**
   * @param hiddenTopics Topics the user chose not to see (options page).
   * @param fromSnippets Whether the analyzer is ready (its knowledge base installed) to badge results
   *   from their snippets at once; else badges wait for the background's answer.
   */
  constructor(
    private readonly hiddenTopics: readonly TopicId[] = [],
    private readonly fromSnippets = true,
  ) {}

  private readonly badges = new Map<string, BadgeState>();
  private bulk: { container: HTMLElement; state: BulkSaveState } | undefined;
  private stopWatching: (() => void) | undefined;

  start(root: Document): void {
    this.add(findResultItems(root));
    this.stopWatching = watchResults(root, (items) => this.add(items));
    browser.runtime.onMessage.addListener(this.onMessage);
    browser.storage.onChanged.addListener(this.onStorage);
    this.mountBulkBar(root);
  }

  stop(): void {
    this.stopWatching?.();
    browser.runtime.onMessage.removeListener(this.onMessage);
    browser.storage.onChanged.removeListener(this.onStorage);
  }

  private readonly onMessage = (message: unknown) => {
    if (typeof message !== 'object' || message === null) return;
    if ((message as StatusPush).type === 'exolens/status') {
      const text = (message as StatusPush).status.text;
      for (const badge of this.badges.values()) if (badge.basis !== 'abstract') this.update(badge, { status: text });
    }
  };

  private readonly onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && LIBRARY_KEY in changes) void this.refreshSaved([...this.badges.keys()]);
  };

  /** Badges new results from their snippet at once, then asks the background for full analyses. */
  private add(items: ResultItem[]): void {
    const fresh = items.filter((item) => !this.badges.has(item.pmid));
    if (fresh.length === 0) return;
    for (const item of fresh) {
      const analysis = this.fromSnippets
        ? analyze({
            ids: { pmid: item.pmid },
            title: item.titleText,
            abstract: item.snippet ? [{ text: item.snippet }] : [],
            keywords: [],
            mesh: [],
            publicationTypes: item.publicationTypes,
          })
        : null;
      const mount = createShadowMount({
        tag: 'exolens-badge',
        attributes: { 'data-exolens': 'badge', 'data-pmid': item.pmid },
        css: BADGE_CSS,
        after: item.anchor,
      });
      const state: BadgeState = {
        item,
        summary: analysis && badgeSummary(analysis),
        basis: analysis ? 'snippet' : 'pending',
        saved: false,
        container: mount.container,
      };
      this.badges.set(item.pmid, state);
      this.draw(state);
    }
    performance.mark(MARKS.badgesFromSnippets);
    void this.enrich(fresh);
    void send({ type: 'tab/report', summary: { kind: 'results', pmids: [...this.badges.keys()] } });
  }

  private async enrich(items: ResultItem[]): Promise<void> {
    performance.mark(MARKS.resultsRequest);
    const answer = await send({
      type: 'results/analyze',
      items: items.map((item) => ({ pmid: item.pmid, title: item.titleText, snippet: item.snippet, publicationTypes: item.publicationTypes })),
    });
    if (!answer.ok) {
      for (const item of items) {
        const badge = this.badges.get(item.pmid);
        if (badge) this.update(badge, { status: `Full abstracts unavailable: ${answer.error}` });
      }
      return;
    }
    performance.mark(MARKS.resultsData);
    const saved = new Set(answer.value.saved);
    for (const item of items) {
      const badge = this.badges.get(item.pmid);
      const result = answer.value.items[item.pmid];
      if (!badge) continue;
      this.update(badge, {
        ...(result ? { summary: result.summary, basis: result.basis } : {}),
        saved: saved.has(item.pmid),
        status: answer.value.status && result?.basis !== 'abstract' ? answer.value.status.text : undefined,
      });
    }
    performance.mark(MARKS.badgesFromAbstracts);
  }

  private async refreshSaved(pmids: string[]): Promise<void> {
    const answer = await send({ type: 'library/status', ids: pmids.map((pmid) => ({ pmid })) });
    if (!answer.ok) return;
    pmids.forEach((pmid, index) => {
      const badge = this.badges.get(pmid);
      if (badge) this.update(badge, { saved: answer.value.saved[index] ?? false });
    });
  }

  private update(badge: BadgeState, patch: Partial<BadgeState>): void {
    Object.assign(badge, patch);
    this.draw(badge);
  }

  private draw(badge: BadgeState): void {
    render(
      <ResultBadge
        pmid={badge.item.pmid}
        summary={badge.summary && this.hiddenTopics.length ? { ...badge.summary, topics: badge.summary.topics.filter((id) => !this.hiddenTopics.includes(id)) } : badge.summary}
        basis={badge.basis}
        saved={badge.saved}
        status={badge.status}
        onToggleSave={() => void this.toggleSave(badge)}
      />,
      badge.container,
    );
  }

  private async toggleSave(badge: BadgeState): Promise<void> {
    if (badge.saved) {
      const status = await send({ type: 'library/status', ids: [{ pmid: badge.item.pmid }] });
      const key = status.ok ? status.value.keys[0] : null;
      if (key && (await send({ type: 'library/remove', key })).ok) this.update(badge, { saved: false });
      return;
    }
    const answer = await send({ type: 'library/save-pmids', pmids: [badge.item.pmid] });
    if (answer.ok && answer.value.saved.includes(badge.item.pmid)) this.update(badge, { saved: true });
    else this.update(badge, { status: answer.ok ? 'Not found at NCBI' : answer.error });
  }

  // ---- Bulk save ("Save selected" uses PubMed's own checkboxes) ----

  private mountBulkBar(root: Document): void {
    // Right above the first results: PubMed's chunk of docsums, else the list holding them.
    const anchor = root.querySelector('.search-results-chunk') ?? root.querySelector('article.full-docsum, li.full-docsum')?.parentElement;
    if (!anchor) return;
    const mount = createShadowMount({ tag: 'exolens-bulk', attributes: { 'data-exolens': 'bulk-save' }, css: BADGE_CSS, parent: anchor.parentElement ?? undefined });
    anchor.before(mount.host);
    this.bulk = { container: mount.container, state: { kind: 'idle' } };
    this.drawBulk();
  }

  private drawBulk(): void {
    if (!this.bulk) return;
    render(
      <BulkSaveBar
        state={this.bulk.state}
        resultCount={this.badges.size}
        onSaveSelected={() => void this.saveMany(this.selectedPmids())}
        onSaveAll={() => void this.saveMany([...this.badges.keys()])}
      />,
      this.bulk.container,
    );
  }

  private selectedPmids(): string[] {
    return [...document.querySelectorAll<HTMLInputElement>('input.search-result-selector:checked')]
      .map((box) => box.value)
      .filter((value) => /^\d+$/.test(value));
  }

  private setBulk(state: BulkSaveState): void {
    if (!this.bulk) return;
    this.bulk.state = state;
    this.drawBulk();
  }

  async saveMany(pmids: string[]): Promise<void> {
    const unique = [...new Set(pmids)];
    if (unique.length === 0) {
      this.setBulk({ kind: 'done', text: 'Nothing selected: tick results with PubMed’s checkboxes first.' });
      return;
    }
    let cancelled = false;
    let done = 0;
    let savedCount = 0;
    const progress = () => this.setBulk({ kind: 'progress', done, total: unique.length, onCancel: () => (cancelled = true) });
    progress();
    for (let start = 0; start < unique.length && !cancelled; start += SAVE_BATCH) {
      const batch = unique.slice(start, start + SAVE_BATCH);
      const answer = await send({ type: 'library/save-pmids', pmids: batch });
      if (!answer.ok) {
        this.setBulk({ kind: 'done', text: `Stopped: ${answer.error}` });
        return;
      }
      savedCount += answer.value.saved.length;
      for (const pmid of answer.value.saved) {
        const badge = this.badges.get(pmid);
        if (badge) this.update(badge, { saved: true });
      }
      done += batch.length;
      progress();
    }
    this.setBulk({ kind: 'done', text: `${cancelled ? 'Cancelled: saved' : 'Saved'} ${savedCount} of ${unique.length}.` });
  }
}
