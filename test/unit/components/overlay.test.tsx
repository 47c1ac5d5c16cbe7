import { describe, expect, it, vi } from 'vitest';
import { useState } from 'preact/hooks';
import type { Evidence, TopicId } from '../../../utils/model';
import { QC_ITEMS, type KbTexts } from '../../../utils/knowledge';
import { NOTE_TEXTS, QC_GUIDELINES, QC_NOTES } from '../../../utils/knowledge/kb-docs';
import { Overlay, qcHighlightKey, topicHighlightKey, type OverlayProps } from '../../../components/overlay/Overlay';
import { COI_NOTE, IMMUNO_TOPIC, REPORTED_QC_COUNT, WOUND_TOPIC, makeAnalysis, span } from './analysis-fixture';
import { all, click, keyDown, mount, one } from './render';

type HarnessSpies = {
  onHighlight: (key: string, evidence: Evidence[]) => number;
  onClearHighlight: () => void;
  onCollapsedChange: (collapsed: boolean) => void;
};

/** Plays the content script's part: owns the highlight and collapse state the overlay reports. */
function Harness(props: Omit<OverlayProps, 'activeHighlight' | 'onHighlight' | 'onClearHighlight' | 'collapsed' | 'onCollapsedChange'> &
  { spies: HarnessSpies; initiallyCollapsed?: boolean }) {
  const { spies, initiallyCollapsed = false, ...rest } = props;
  const [active, setActive] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState(initiallyCollapsed);
  return (
    <Overlay
      {...rest}
      activeHighlight={active}
      onHighlight={(key, evidence) => {
        const count = spies.onHighlight(key, evidence);
        setActive(count > 0 ? key : null);
        return count;
      }}
      onClearHighlight={() => {
        spies.onClearHighlight();
        setActive(null);
      }}
      collapsed={collapsed}
      onCollapsedChange={(next) => {
        spies.onCollapsedChange(next);
        setCollapsed(next);
      }}
    />
  );
}

/** What the background answers to kb/texts. */
const TEXTS: KbTexts = { qcNotes: QC_NOTES, qcGuidelines: QC_GUIDELINES, noteTexts: NOTE_TEXTS };

function spies(highlightCount = 2): HarnessSpies {
  return {
    onHighlight: vi.fn(() => highlightCount),
    onClearHighlight: vi.fn(),
    onCollapsedChange: vi.fn(),
  };
}

describe('Overlay', () => {
  it('is ready at once and announces background progress in a polite live region, never with a spinner', async () => {
    const status = { kind: 'loading', text: 'Checking NCBI for the full record…' } as const;
    const { root, rerender } = await mount(<Harness spies={spies()} analysis={makeAnalysis()} status={status} />, { shadow: true });
    const panel = one(root, '[data-exolens-root]');
    expect(panel.getAttribute('role')).toBe('complementary');
    expect(panel.getAttribute('aria-label')).toBe('ExoLens analysis');
    expect(panel.getAttribute('data-ready')).toBe('true');
    const line = one(root, '[role="status"]');
    expect(line.getAttribute('aria-live')).toBe('polite');
    expect(line.textContent).toBe('Checking NCBI for the full record…');
    expect(root.querySelector('.exl-spinner')).toBeNull();
    await rerender(<Harness spies={spies()} analysis={makeAnalysis()} status={{ kind: 'error', text: 'NCBI unreachable' }} />);
    expect(one(root, '[role="status"]').textContent).toBe('NCBI unreachable');
  });

  it('renders the contract attributes for topics, all 14 QC items, notes and coverage', async () => {
    const analysis = makeAnalysis({ notes: [COI_NOTE, { id: 'retracted', evidence: [] }, { id: 'regulatory', evidence: [] }] });
    const { root } = await mount(<Harness spies={spies()} analysis={analysis} title="A synthetic article" texts={TEXTS} />, { shadow: true });
    const panel = one(root, '[data-exolens-root]');
    expect(panel.getAttribute('data-ready')).toBe('true');
    expect(panel.getAttribute('data-coverage')).toBe('abstract');
    expect(all(root, '[data-topic]').map((el) => el.getAttribute('data-topic'))).toEqual(['wound-healing', 'immunomodulation']);
    expect(one(root, '[data-topic="wound-healing"]').textContent).toContain('high 91%');
    expect(one(root, '[data-topic="immunomodulation"]').textContent).toContain('medium 55%');

    const items = all(root, '[data-qc]');
    expect(items.map((el) => el.getAttribute('data-qc'))).toEqual(QC_ITEMS.map((item) => item.id));
    expect(all(root, '[data-status="reported"]')).toHaveLength(REPORTED_QC_COUNT);
    expect(all(root, '[data-status="not-found"]')).toHaveLength(14 - REPORTED_QC_COUNT);
    const isolation = one(root, '[data-qc="qc-isolation"]');
    expect(isolation.getAttribute('data-status')).toBe('reported');
    expect(isolation.textContent).toContain('ultracentrifugation');
    expect(isolation.textContent).toContain(QC_NOTES['qc-isolation']);
    expect(one(root, '[data-qc="qc-dose"]').getAttribute('data-status')).toBe('not-found');

    // The retraction comes first whatever order the analyzer listed the notes in.
    expect(all(root, '[data-note]').map((el) => el.getAttribute('data-note'))).toEqual(['retracted', 'coi-industry', 'regulatory']);
    expect(one(root, '[data-note="coi-industry"]').textContent).toContain('founders and stockholders');
    expect(one(root, '[data-note="regulatory"]').textContent).toContain(NOTE_TEXTS.regulatory);
    expect(root.textContent).toContain("Checked: abstract only — 'not found' means little");
    expect(one(root, 'ul[aria-label]').getAttribute('aria-label')).toBe(`QC checklist: ${REPORTED_QC_COUNT} of 14 reported`);
  });

  it('is complete without the QC notes and note texts, and shows them once the background has sent them', async () => {
    const analysis = makeAnalysis({ notes: [COI_NOTE, { id: 'regulatory', evidence: [] }] });
    const { root, rerender } = await mount(<Harness spies={spies()} analysis={analysis} />);
    expect(one(root, '[data-exolens-root]').getAttribute('data-ready')).toBe('true');
    expect(all(root, '[data-qc]')).toHaveLength(14);
    // "Why it matters" stays an empty disclosure until its note and guidelines arrive.
    expect(all(root, '[data-qc="qc-isolation"] details p')).toEqual([]);
    expect(one(root, '[data-note="regulatory"]').textContent).toBe('Regulatory status');
    expect(root.querySelector('.exl-note__text')).toBeNull();

    await rerender(<Harness spies={spies()} analysis={analysis} texts={TEXTS} />);
    expect(all(root, '[data-qc="qc-isolation"] details p').map((el) => el.textContent))
      .toEqual([QC_NOTES['qc-isolation'], 'Guidelines: MISEV2018; MISEV2023; EV-TRACK']);
    expect(all(root, '.exl-note__text').map((el) => el.textContent)).toEqual([NOTE_TEXTS['coi-industry'], NOTE_TEXTS.regulatory]);
  });

  it('says when the full text was checked', async () => {
    const { root } = await mount(<Harness spies={spies()} analysis={makeAnalysis({ coverage: 'full-text' })} />);
    expect(one(root, '[data-exolens-root]').getAttribute('data-coverage')).toBe('full-text');
    expect(root.textContent).toContain('Checked: full text');
    expect(root.textContent).not.toContain('abstract only');
  });

  it('leaves out topics hidden in the options', async () => {
    const hidden: TopicId[] = ['immunomodulation'];
    const { root } = await mount(<Harness spies={spies()} analysis={makeAnalysis()} hiddenTopics={hidden} />);
    expect(all(root, '[data-topic]').map((el) => el.getAttribute('data-topic'))).toEqual(['wound-healing']);
  });

  it('highlights a topic with its evidence on the first click and clears on the second', async () => {
    const spy = spies(3);
    const { root } = await mount(<Harness spies={spy} analysis={makeAnalysis()} />, { shadow: true });
    const chip = one(root, '[data-topic="wound-healing"]');
    expect(chip.tagName).toBe('BUTTON');
    expect(chip.getAttribute('aria-pressed')).toBe('false');
    await click(chip);
    expect(spy.onHighlight).toHaveBeenCalledWith(topicHighlightKey('wound-healing'), WOUND_TOPIC.evidence);
    expect(one(root, '[data-topic="wound-healing"]').getAttribute('aria-pressed')).toBe('true');
    expect(root.textContent).toContain('3 passages highlighted');
    await click(one(root, '[data-topic="wound-healing"]'));
    expect(spy.onClearHighlight).toHaveBeenCalledTimes(1);
    expect(spy.onHighlight).toHaveBeenCalledTimes(1);
    expect(one(root, '[data-topic="wound-healing"]').getAttribute('aria-pressed')).toBe('false');
  });

  it('switches the highlight from one QC item to another and reports text not on the page', async () => {
    const spy = spies(0);
    const { root } = await mount(<Harness spies={spy} analysis={makeAnalysis()} />);
    const markersButton = one(root, '[data-qc="qc-ev-markers"] button[aria-pressed]');
    await click(markersButton);
    expect(spy.onHighlight).toHaveBeenCalledWith(qcHighlightKey('qc-ev-markers'), [
      expect.objectContaining({ text: 'CD63' }),
      expect.objectContaining({ text: 'TSG101' }),
    ]);
    expect(root.textContent).toContain('not on this page');
    // Not-found items have nothing to highlight, so they are not buttons.
    expect(root.querySelector('[data-qc="qc-dose"] button[aria-pressed]')).toBeNull();
  });

  it('collapses with Esc from inside the panel, clearing the highlight and keeping focus on the pill', async () => {
    const spy = spies(1);
    const { root } = await mount(<Harness spies={spy} analysis={makeAnalysis()} />, { shadow: true });
    const toggle = one(root, '[aria-expanded]');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await click(one(root, '[data-topic="immunomodulation"]'));
    expect(spy.onHighlight).toHaveBeenCalledWith(topicHighlightKey('immunomodulation'), IMMUNO_TOPIC.evidence);
    await keyDown(one(root, '[data-qc="qc-purity"] button'), 'Escape');
    expect(spy.onCollapsedChange).toHaveBeenCalledWith(true);
    expect(spy.onClearHighlight).toHaveBeenCalledTimes(1);
    expect(one(root, '[aria-expanded]').getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('[data-qc]')).toBeNull();
    expect((root as ShadowRoot).activeElement).toBe(one(root, '[aria-expanded]'));
    // The collapsed pill still says what was found; the header button expands again.
    expect(one(root, '[aria-expanded]').textContent).toContain(`QC ${REPORTED_QC_COUNT}/14`);
    await click(one(root, '[aria-expanded]'));
    expect(spy.onCollapsedChange).toHaveBeenLastCalledWith(false);
    expect(all(root, '[data-qc]')).toHaveLength(14);
  });

  it('ignores keys other than Esc', async () => {
    const spy = spies();
    const { root } = await mount(<Harness spies={spy} analysis={makeAnalysis()} />);
    await keyDown(one(root, '[aria-expanded]'), 'Enter');
    expect(spy.onCollapsedChange).not.toHaveBeenCalled();
  });

  it('reflects the saved state on the save control and calls onToggle', async () => {
    const onToggle = vi.fn();
    const { root, rerender } = await mount(
      <Harness spies={spies()} analysis={makeAnalysis()} save={{ saved: false, busy: false, onToggle }} />,
    );
    const save = one(root, '[data-action="save"]');
    expect(save.getAttribute('data-saved')).toBe('false');
    await click(save);
    expect(onToggle).toHaveBeenCalledTimes(1);
    await rerender(<Harness spies={spies()} analysis={makeAnalysis()} save={{ saved: true, busy: false, onToggle }} />);
    expect(one(root, '[data-action="save"]').getAttribute('data-saved')).toBe('true');
    expect(one(root, '[data-action="save"]').getAttribute('aria-pressed')).toBe('true');
    await rerender(<Harness spies={spies()} analysis={makeAnalysis()} save={{ saved: true, busy: true, onToggle }} />);
    expect((one(root, '[data-action="save"]') as HTMLButtonElement).disabled).toBe(true);
  });

  it('asks before removing a saved reference, and Keep leaves it saved', async () => {
    const onToggle = vi.fn();
    const { root } = await mount(<Harness spies={spies()} analysis={makeAnalysis()} save={{ saved: true, busy: false, onToggle }} />);
    await click(one(root, '[data-action="save"]'));
    expect(onToggle).not.toHaveBeenCalled();
    await click(one(root, '[data-action="keep"]'));
    expect(one(root, '[data-action="save"]').getAttribute('data-saved')).toBe('true');
    await click(one(root, '[data-action="save"]'));
    await click(one(root, '[data-action="confirm-remove"]'));
    expect(onToggle).toHaveBeenCalledTimes(1);
  });

  it('has no save control when the caller offers none', async () => {
    const { root } = await mount(<Harness spies={spies()} analysis={makeAnalysis()} />);
    expect(root.querySelector('[data-action="save"]')).toBeNull();
  });

  it('shows reference-saving progress with a working Cancel', async () => {
    const onCancel = vi.fn();
    const { root } = await mount(
      <Harness spies={spies()} analysis={makeAnalysis()} onSaveReferences={vi.fn()} referencesProgress={{ done: 3, total: 40, onCancel }} />,
    );
    expect(root.textContent).toContain('Saving cited references: 3 of 40');
    expect(root.querySelector('[data-action="save-references"]')).toBeNull();
    const cancel = all(root, 'button').find((button) => button.textContent === 'Cancel') ?? null;
    await click(cancel);
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('renders hostile title and evidence strings as text, never as elements', async () => {
    const hostileTitle = '<img src=x onerror=alert(1)>Exosomes';
    const hostileText = '<script>alert("x")</script>';
    const hostileSource = `before ${hostileText} after`;
    const hostileEvidence = span('abstract', 0, hostileSource, hostileText);
    const analysis = makeAnalysis({
      topics: [{ ...WOUND_TOPIC, evidence: [hostileEvidence] }],
      notes: [{ id: 'coi-industry', evidence: [span('coi', 0, '<img src=y onerror=alert(2)>', '<img src=y onerror=alert(2)>')] }],
      qc: makeAnalysis().qc.map((item) => (item.id === 'qc-isolation' ? { ...item, evidence: [hostileEvidence] } : item)),
    });
    const { root } = await mount(<Harness spies={spies()} analysis={analysis} title={hostileTitle} />, { shadow: true });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('script')).toBeNull();
    expect(root.textContent).toContain(hostileTitle);
    expect(one(root, '[data-qc="qc-isolation"]').textContent).toContain(hostileText);
    expect(one(root, '[data-note="coi-industry"]').textContent).toContain('<img src=y onerror=alert(2)>');
  });

  it('says when the article is not about vesicles', async () => {
    const base = makeAnalysis();
    const analysis = makeAnalysis({
      topics: [],
      facets: { ...base.facets, isEv: false, evSource: [] },
      qc: base.qc.map((item) => ({ id: item.id, status: 'not-found' as const, evidence: [] })),
    });
    const { root } = await mount(<Harness spies={spies()} analysis={analysis} />);
    expect(root.textContent).toContain('No therapeutic topic found');
    expect(root.textContent).toContain('the checklist does not apply');
    expect(one(root, '[data-facet="is-ev"]').textContent).toBe('no');
    expect(all(root, '[data-status="reported"]')).toHaveLength(0);
  });
});
