import { describe, expect, it, vi } from 'vitest';
import type { LibraryEntry } from '../../../utils/library/types';
import { TOPICS } from '../../../utils/knowledge';
import { PopupApp, type PopupAppProps, type PopupTab } from '../../../components/popup/PopupApp';
import { REPORTED_QC_COUNT, exolensSummary, makeAnalysis, makeEntry } from './analysis-fixture';
import { all, click, labelled, mount, one, typeInto } from './render';

const LIBRARY: LibraryEntry[] = [
  makeEntry({
    key: 'pmid:100',
    ids: { pmid: '100', doi: '10.1000/a' },
    title: 'Umbilical cord vesicles for burn wounds',
    year: '2022',
    addedAt: '2026-01-03T00:00:00.000Z',
    exolens: exolensSummary(['wound-healing'], ['qc-isolation', 'qc-ev-markers']),
  }),
  makeEntry({
    key: 'doi:10.1000/b',
    ids: { doi: '10.1000/b' },
    title: 'Vesicles against UVB photoaging',
    year: '2020',
    addedAt: '2026-01-02T00:00:00.000Z',
    exolens: exolensSummary(['skin-aging', 'wound-healing'], ['qc-isolation']),
  }),
  makeEntry({
    key: 'pmid:300',
    ids: { pmid: '300' },
    title: 'Dermal papilla responses to stromal secretome',
    year: '2019',
    addedAt: '2026-01-01T00:00:00.000Z',
    exolens: exolensSummary(['hair-growth']),
  }),
];

function props(overrides: Partial<PopupAppProps> = {}): PopupAppProps {
  return {
    tab: { kind: 'unsupported' },
    library: LIBRARY,
    onOpen: vi.fn(),
    onRemove: vi.fn(),
    onExport: vi.fn(),
    onImport: vi.fn(),
    onCopyCitation: vi.fn(),
    onUpdate: vi.fn(),
    ...overrides,
  };
}

const refs = (root: ParentNode) => all(root, '[data-exolens-ref]').map((el) => el.getAttribute('data-exolens-ref'));

describe('PopupApp: this page', () => {
  it('summarises the article on the current tab with a save control', async () => {
    const onToggleSave = vi.fn();
    const tab: PopupTab = { kind: 'article', title: 'A synthetic article', ids: { pmid: '42', pmcid: 'PMC42' }, analysis: makeAnalysis(), saved: false, onToggleSave };
    const { root, rerender } = await mount(<PopupApp {...props({ tab })} />);
    const summary = one(root, '[data-exolens="tab-summary"]');
    expect(summary.textContent).toContain('A synthetic article');
    expect(summary.textContent).toContain('PMID 42');
    expect(all(summary, '[data-topic]').map((el) => el.getAttribute('data-topic'))).toEqual(['wound-healing', 'immunomodulation']);
    expect(summary.textContent).toContain(`QC ${REPORTED_QC_COUNT}/14`);
    expect(summary.textContent).toContain('abstract only');
    expect(one(summary, '[data-note="coi-industry"]')).toBeTruthy();
    const save = one(summary, '[data-action="save"]');
    expect(save.getAttribute('data-saved')).toBe('false');
    await click(save);
    expect(onToggleSave).toHaveBeenCalledTimes(1);
    await rerender(<PopupApp {...props({ tab: { ...tab, saved: true } })} />);
    expect(one(root, '[data-exolens="tab-summary"] [data-action="save"]').getAttribute('data-saved')).toBe('true');
  });

  it('offers to save every result on a search page', async () => {
    const onSaveAll = vi.fn();
    const { root } = await mount(<PopupApp {...props({ tab: { kind: 'results', count: 20, onSaveAll } })} />);
    const button = one(root, '[data-action="save-all"]');
    expect(button.textContent).toBe('Save all 20');
    await click(button);
    expect(onSaveAll).toHaveBeenCalledTimes(1);
  });

  it('says when the browser withholds site access and asks for it on a click; nothing otherwise', async () => {
    const onGrantSiteAccess = vi.fn();
    const { root, rerender } = await mount(<PopupApp {...props({ onGrantSiteAccess })} />);
    const notice = one(root, '[data-exolens="site-access"]');
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toMatch(/cannot read PubMed and PMC pages/);
    await click(one(notice, '[data-action="grant-site-access"]'));
    expect(onGrantSiteAccess).toHaveBeenCalledTimes(1);
    await rerender(<PopupApp {...props()} />);
    expect(all(root, '[data-exolens="site-access"]')).toEqual([]);
  });

  it('renders a hostile title as text', async () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const tab: PopupTab = { kind: 'article', title: hostile, ids: {}, analysis: null, saved: false, onToggleSave: vi.fn() };
    const library = [makeEntry({ key: 'pmid:9', ids: { pmid: '9' }, title: hostile })];
    const { root } = await mount(<PopupApp {...props({ tab, library })} />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('script')).toBeNull();
    expect(one(root, '[data-exolens="tab-summary"]').textContent).toContain(hostile);
    expect(one(root, '[data-exolens-ref="9"]').textContent).toContain(hostile);
  });
});

describe('PopupApp: library', () => {
  it('lists every entry under its PMID, else its DOI, with author and journal', async () => {
    const { root } = await mount(<PopupApp {...props()} />);
    expect(refs(root).sort()).toEqual(['10.1000/b', '100', '300']);
    expect(one(root, '[data-exolens-ref="100"]').textContent).toContain('Doe J et al. · J Synth Dermatol 2022');
  });

  it('draws one bar per topic whose length follows the saved counts', async () => {
    const { root } = await mount(<PopupApp {...props()} />);
    const bars = all(root, 'svg [data-bar]');
    expect(bars.map((bar) => bar.getAttribute('data-bar'))).toEqual(TOPICS.map((topic) => topic.id));
    const count = (id: string) => Number(one(root, `[data-bar="${id}"]`).getAttribute('data-count'));
    const width = (id: string) => Number(one(root, `[data-bar="${id}"]`).getAttribute('width'));
    expect(count('wound-healing')).toBe(2);
    expect(count('skin-aging')).toBe(1);
    expect(count('hair-growth')).toBe(1);
    expect(count('psoriasis')).toBe(0);
    expect(width('wound-healing')).toBeGreaterThan(width('skin-aging'));
    expect(width('skin-aging')).toBe(width('hair-growth'));
    expect(width('psoriasis')).toBe(0);
    const svg = one(root, 'svg[role="img"]');
    const title = root.querySelector(`[id="${svg.getAttribute('aria-labelledby')}"]`);
    expect(title?.textContent).toContain('Wound healing 2');
  });

  it('narrows the list by search text, topic and QC item, and exports just that selection', async () => {
    const onExport = vi.fn();
    const { root } = await mount(<PopupApp {...props({ onExport })} />);
    const ris = one(root, '[data-export="ris"]');
    expect(ris.textContent).toBe('Export 3 as RIS');

    await typeInto(labelled(root, 'Topic'), 'wound-healing');
    expect(refs(root).sort()).toEqual(['10.1000/b', '100']);
    expect(one(root, '[data-export="bibtex"]').textContent).toBe('Export 2 as BibTeX');

    await typeInto(one(root, 'input[type="search"]'), 'photoaging');
    expect(refs(root)).toEqual(['10.1000/b']);
    await click(one(root, '[data-export="csl-json"]'));
    expect(onExport).toHaveBeenCalledWith('csl-json', ['doi:10.1000/b']);

    await typeInto(one(root, 'input[type="search"]'), '');
    await typeInto(labelled(root, 'Reports'), 'qc-ev-markers');
    expect(refs(root)).toEqual(['100']);
    expect(root.textContent).toContain('Showing 1 of 3');
  });

  it('filters by a user tag and by "at least one QC item" when the library has them', async () => {
    const library = [
      ...LIBRARY,
      makeEntry({ key: 'pmid:400', ids: { pmid: '400' }, title: 'Untagged, unanalysed', tags: [] }),
    ].map((entry) => (entry.key === 'pmid:300' ? { ...entry, tags: ['Hair'] } : entry));
    const { root } = await mount(<PopupApp {...props({ library })} />);
    await typeInto(labelled(root, 'Tag'), 'Hair');
    expect(refs(root)).toEqual(['300']);
    await typeInto(labelled(root, 'Tag'), '');
    await typeInto(labelled(root, 'Reports'), 'any');
    expect(refs(root).sort()).toEqual(['10.1000/b', '100']);
  });

  it('offers every export format with a stable data-export id', async () => {
    const { root } = await mount(<PopupApp {...props()} />);
    expect(all(root, '[data-export]').map((el) => el.getAttribute('data-export')).sort()).toEqual(['bibtex', 'csl-json', 'csv', 'medline', 'ris']);
  });

  it('opens and copies an entry, and removes it only after confirmation', async () => {
    const p = props();
    const { root } = await mount(<PopupApp {...p} />);
    const row = one(root, '[data-exolens-ref="300"]');
    await click(one(row, '[data-action="open"]'));
    expect(p.onOpen).toHaveBeenCalledWith(LIBRARY[2]);
    await click(one(row, '[data-action="copy-citation"]'));
    expect(p.onCopyCitation).toHaveBeenCalledWith(LIBRARY[2]);
    await click(one(row, '[data-action="remove"]'));
    expect(p.onRemove).not.toHaveBeenCalled();
    const confirm = one(root, '[data-exolens-ref="300"] [data-action="confirm-remove"]');
    expect(document.activeElement).toBe(confirm);
    await click(confirm);
    expect(p.onRemove).toHaveBeenCalledWith('pmid:300');
  });

  it('edits an entry\'s own tags and note', async () => {
    const p = props();
    const { root } = await mount(<PopupApp {...p} />);
    const row = one(root, '[data-exolens-ref="300"]');
    await click(one(row, '[data-action="edit-user-data"]'));
    const form = one(row, 'form[data-editor]') as HTMLFormElement;
    (form.elements.namedItem('tags') as HTMLInputElement).value = ' dermatology,  to read ;; ';
    (form.elements.namedItem('note') as HTMLTextAreaElement).value = '  Check the dose section.  ';
    await click(one(form, '[data-action="save-user-data"]'));
    expect(p.onUpdate).toHaveBeenCalledWith('pmid:300', { tags: ['dermatology', 'to read'], note: 'Check the dose section.' });
    expect(row.querySelector('form[data-editor]')).toBeNull();
  });

  it('hands a picked file to onImport and accepts the supported extensions', async () => {
    const onImport = vi.fn();
    const { root } = await mount(<PopupApp {...props({ onImport, message: 'Imported 2 references' })} />);
    const input = one(root, 'input[type="file"]') as HTMLInputElement;
    expect(input.getAttribute('accept')).toBe('.ris,.nbib,.txt,.json');
    const file = new File(['TY  - JOUR\nER  - \n'], 'refs.ris', { type: 'application/x-research-info-systems' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onImport).toHaveBeenCalledWith(file);
    expect(root.textContent).toContain('Imported 2 references');
  });

  it('explains an empty library and disables export', async () => {
    const { root } = await mount(<PopupApp {...props({ library: [] })} />);
    expect(root.textContent).toContain('No saved references yet');
    expect((one(root, '[data-export="ris"]') as HTMLButtonElement).disabled).toBe(true);
  });
});
