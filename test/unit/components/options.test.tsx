import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings';
import { TOPICS } from '../../../utils/knowledge';
import { OptionsApp, isValidEmail, type OptionsAppProps } from '../../../components/options/OptionsApp';
import { all, click, labelled, mount, one, typeInto } from './render';

function props(overrides: Partial<OptionsAppProps> = {}): OptionsAppProps {
  return {
    settings: DEFAULT_SETTINGS,
    onChange: vi.fn(async () => undefined),
    cache: { entries: 1234, bytes: 2_100_000 },
    onClearCache: vi.fn(),
    onTestKey: vi.fn(async () => ({ ok: true, message: 'Key accepted by NCBI' })),
    onExportAll: vi.fn(),
    onEraseAll: vi.fn(),
    libraryCount: 12,
    ...overrides,
  };
}

describe('OptionsApp', () => {
  it('groups fields in fieldsets with legends and ties labels to inputs', async () => {
    const { root } = await mount(<OptionsApp {...props()} />);
    expect(all(root, 'fieldset > legend').map((el) => el.textContent)).toEqual([
      'NCBI E-utilities',
      'What ExoLens shows',
      'Topics to show',
      'Cache and data',
    ]);
    expect(labelled(root, 'E-mail address').getAttribute('type')).toBe('email');
    expect(labelled(root, 'API key').tagName).toBe('INPUT');
  });

  it('says when the browser withholds site access and asks for it on a click', async () => {
    const onGrantSiteAccess = vi.fn();
    const { root } = await mount(<OptionsApp {...props({ onGrantSiteAccess })} />);
    await click(one(root, '[data-exolens="site-access"] [data-action="grant-site-access"]'));
    expect(onGrantSiteAccess).toHaveBeenCalledTimes(1);
    const { root: granted } = await mount(<OptionsApp {...props()} />);
    expect(all(granted, '[data-exolens="site-access"]')).toEqual([]);
  });

  it('rejects an invalid e-mail with a message and saves a valid one', async () => {
    const p = props();
    const { root } = await mount(<OptionsApp {...p} />);
    const email = labelled(root, 'E-mail address');
    await typeInto(email, 'someone-at-example');
    expect(p.onChange).not.toHaveBeenCalled();
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const error = one(root, '[data-error="email"]');
    expect(error.textContent).toContain('Enter a valid e-mail address');
    expect(email.getAttribute('aria-describedby')).toContain(error.id);
    await typeInto(email, 'someone@example.org');
    expect(p.onChange).toHaveBeenCalledWith({ ncbiEmail: 'someone@example.org' });
    expect(root.querySelector('[data-error="email"]')).toBeNull();
    expect(email.getAttribute('aria-invalid')).toBe('false');
    expect(all(root, '[role="status"]').some((el) => el.textContent === 'Saved')).toBe(true);
  });

  it('validates e-mail addresses loosely', () => {
    expect(isValidEmail('a.b@c.example.org')).toBe(true);
    expect(isValidEmail('a@b')).toBe(false);
    expect(isValidEmail('a b@c.org')).toBe(false);
  });

  it('saves the API key and shows the result of testing it', async () => {
    const p = props();
    const { root } = await mount(<OptionsApp {...p} />);
    const key = labelled(root, 'API key');
    const test = one(root, '[data-action="test-key"]') as HTMLButtonElement;
    expect(test.disabled).toBe(true);
    await typeInto(key, '  0123456789abcdef  ');
    expect(p.onChange).toHaveBeenCalledWith({ ncbiApiKey: '0123456789abcdef' });
    await click(test);
    await act(async () => {
      await Promise.resolve();
    });
    expect(p.onTestKey).toHaveBeenCalledWith('0123456789abcdef');
    expect(one(root, '[data-key-test]').getAttribute('data-key-test')).toBe('ok');
    expect(one(root, '[data-key-test]').textContent).toContain('Key accepted by NCBI');
  });

  it('reports a failing key test, including a rejected promise', async () => {
    const onTestKey = vi.fn(async () => {
      throw new Error('NCBI said: API key invalid');
    });
    const settings: Settings = { ...DEFAULT_SETTINGS, ncbiApiKey: 'bad' };
    const { root } = await mount(<OptionsApp {...props({ settings, onTestKey })} />);
    await click(one(root, '[data-action="test-key"]'));
    await act(async () => {
      await Promise.resolve();
    });
    expect(one(root, '[data-key-test]').getAttribute('data-key-test')).toBe('fail');
    expect(one(root, '[data-key-test]').textContent).toContain('API key invalid');
  });

  it('says "Saved" only once the change is stored, and why when it could not be', async () => {
    let store!: () => void;
    let refuse!: (error: Error) => void;
    const onChange = vi.fn()
      .mockImplementationOnce(() => new Promise<void>((resolve) => (store = resolve)))
      .mockImplementationOnce(() => new Promise<void>((_resolve, reject) => (refuse = reject)));
    const { root } = await mount(<OptionsApp {...props({ onChange })} />);
    const status = () => all(root, '[role="status"]').map((el) => el.textContent).join('|');
    await click(one(root, '[data-setting="showBadges"]'));
    expect(status()).toContain('Saving…');
    expect(status()).not.toContain('Saved');
    await act(async () => store());
    expect(status()).toContain('Saved');
    await click(one(root, '[data-setting="showOverlay"]'));
    await act(async () => refuse(new Error('QUOTA_BYTES quota exceeded')));
    expect(status()).toContain('Not saved: QUOTA_BYTES quota exceeded');
    expect(one(root, '[data-kind="error"]').textContent).toBe('Not saved: QUOTA_BYTES quota exceeded');
  });

  it('sends each toggle as a patch', async () => {
    const p = props();
    const { root } = await mount(<OptionsApp {...p} />);
    await click(one(root, '[data-setting="showBadges"]'));
    expect(p.onChange).toHaveBeenCalledWith({ showBadges: false });
    await click(one(root, '[data-setting="fetchFullText"]'));
    expect(p.onChange).toHaveBeenCalledWith({ fetchFullText: false });
  });

  it('offers one checkbox per KB topic and stores the hidden ones in KB order', async () => {
    const p = props({ settings: { ...DEFAULT_SETTINGS, hiddenTopics: ['pigmentation'] } });
    const { root } = await mount(<OptionsApp {...p} />);
    const boxes = all(root, '[data-topic-setting]') as HTMLInputElement[];
    expect(boxes.map((box) => box.getAttribute('data-topic-setting'))).toEqual(TOPICS.map((topic) => topic.id));
    expect(boxes.find((box) => box.dataset.topicSetting === 'pigmentation')?.checked).toBe(false);
    // Each label explains its topic in a tooltip (the descriptions live in kb-docs.ts).
    const label = one(root, `label[for="${boxes[0]?.id}"]`);
    expect(label.textContent).toBe('Immunomodulation / anti-inflammation');
    expect(label.getAttribute('title')).toMatch(/^Effects on immune cells or inflammation/);
    await click(one(root, '[data-topic-setting="immunomodulation"]'));
    expect(p.onChange).toHaveBeenCalledWith({ hiddenTopics: ['immunomodulation', 'pigmentation'] });
  });

  it('shows the cache size and clears it', async () => {
    const p = props();
    const { root } = await mount(<OptionsApp {...p} />);
    expect(one(root, '[data-cache-size]').textContent).toBe('Cache: 1,234 analyses · 2.1 MB');
    await click(one(root, '[data-action="clear-cache"]'));
    expect(p.onClearCache).toHaveBeenCalledTimes(1);
  });

  it('exports all data, and erases only after confirmation', async () => {
    const p = props();
    const { root } = await mount(<OptionsApp {...p} />);
    await click(one(root, '[data-action="export-all"]'));
    expect(p.onExportAll).toHaveBeenCalledTimes(1);
    await click(one(root, '[data-action="erase-all"]'));
    expect(p.onEraseAll).not.toHaveBeenCalled();
    expect(root.textContent).toContain('This deletes 12 saved references');
    await click(one(root, '[data-action="confirm-erase"]'));
    expect(p.onEraseAll).toHaveBeenCalledTimes(1);
  });
});
