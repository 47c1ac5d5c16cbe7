import { describe, expect, it, vi } from 'vitest';
import { ResultBadge } from '../../../components/badge/ResultBadge';
import type { BadgeSummary } from '../../../utils/protocol';
import { shortTopicLabel } from '../../../components/shared/format';
import { all, click, mount, one } from './render';

const SUMMARY: BadgeSummary = { topics: ['wound-healing', 'skin-aging'], qcReported: 5, retracted: false, corrected: false, isEv: true };

describe('ResultBadge', () => {
  it('shows short topic chips, the QC count and what the call was based on', async () => {
    const { root } = await mount(<ResultBadge pmid="11111111" summary={SUMMARY} basis="abstract" />, { shadow: true });
    const badge = one(root, '[data-exolens-badge-root]');
    expect(all(root, '[data-topic]').map((el) => el.getAttribute('data-topic'))).toEqual(['wound-healing', 'skin-aging']);
    expect(one(root, '[data-topic="skin-aging"]').textContent).toBe(shortTopicLabel('skin-aging'));
    expect(badge.textContent).toContain('QC 5/14');
    expect(badge.getAttribute('title')).toBe('From the full abstract');
    const description = root.querySelector(`[id="${badge.getAttribute('aria-describedby')}"]`);
    expect(description?.textContent).toBe('From the full abstract');
    expect(badge.getAttribute('aria-label')).toContain('11111111');
    expect(root.querySelector('[data-note="retracted"]')).toBeNull();
  });

  it('warns that a snippet-based call is provisional', async () => {
    const { root } = await mount(<ResultBadge pmid="1" summary={SUMMARY} basis="snippet" />);
    expect(one(root, '[data-exolens-badge-root]').getAttribute('title')).toBe('From title and snippet only — full abstract pending');
  });

  it('marks retractions and corrections, and says when no topic applies', async () => {
    const { root } = await mount(
      <ResultBadge pmid="2" summary={{ topics: [], qcReported: 0, retracted: true, corrected: true, isEv: false }} basis="abstract" />,
    );
    expect(one(root, '[data-note="retracted"]').textContent).toContain('Retracted');
    expect(root.querySelector('[data-note="corrected"]')).not.toBeNull();
    expect(root.querySelector('[data-topic]')).toBeNull();
    expect(root.textContent).toContain('no topic');
    expect(root.textContent).not.toContain('QC');
  });

  it('shows a pending state before any summary', async () => {
    const { root } = await mount(<ResultBadge pmid="3" summary={null} basis="pending" status="NCBI busy" />);
    const badge = one(root, '[data-exolens-badge-root]');
    expect(badge.getAttribute('data-basis')).toBe('pending');
    expect(badge.textContent).toContain('NCBI busy');
    expect(badge.getAttribute('title')).toBe('ExoLens analysis pending');
  });

  it('toggles saving through its save control', async () => {
    const onToggleSave = vi.fn();
    const { root, rerender } = await mount(<ResultBadge pmid="4" summary={SUMMARY} basis="abstract" saved={false} onToggleSave={onToggleSave} />);
    const save = one(root, '[data-action="save"]');
    expect(save.getAttribute('data-saved')).toBe('false');
    expect(save.getAttribute('aria-label')).toBe('Save PMID 4 to library');
    await click(save);
    expect(onToggleSave).toHaveBeenCalledTimes(1);
    await rerender(<ResultBadge pmid="4" summary={SUMMARY} basis="abstract" saved onToggleSave={onToggleSave} />);
    expect(one(root, '[data-action="save"]').getAttribute('data-saved')).toBe('true');
    expect(one(root, '[data-action="save"]').getAttribute('aria-pressed')).toBe('true');
  });

  it('shows a read-only saved mark when saving is not offered', async () => {
    const { root } = await mount(<ResultBadge pmid="5" summary={SUMMARY} basis="abstract" saved />);
    expect(root.querySelector('[data-action="save"]')).toBeNull();
    expect(one(root, '[data-saved="true"]').textContent).toContain('Saved');
  });
});
