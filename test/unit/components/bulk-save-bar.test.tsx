import { describe, expect, it, vi } from 'vitest';
import { BulkSaveBar } from '../../../components/badge/BulkSaveBar';
import { click, mount, one } from './render';

describe('BulkSaveBar', () => {
  it('saves selected or all results when idle', async () => {
    const onSaveSelected = vi.fn();
    const onSaveAll = vi.fn();
    const { root } = await mount(<BulkSaveBar state={{ kind: 'idle' }} resultCount={20} onSaveSelected={onSaveSelected} onSaveAll={onSaveAll} />);
    await click(one(root, '[data-action="save-selected"]'));
    await click(one(root, '[data-action="save-all"]'));
    expect(onSaveSelected).toHaveBeenCalledTimes(1);
    expect(onSaveAll).toHaveBeenCalledTimes(1);
    expect(one(root, '[data-action="save-all"]').textContent).toBe('Save all 20 on this page');
  });

  it('shows progress with Cancel and disables saving while it runs', async () => {
    const onCancel = vi.fn();
    const { root } = await mount(
      <BulkSaveBar state={{ kind: 'progress', done: 20, total: 45, onCancel }} resultCount={50} onSaveSelected={vi.fn()} onSaveAll={vi.fn()} />,
    );
    expect(one(root, '[data-progress]').getAttribute('data-progress')).toBe('20/45');
    expect((one(root, '[data-action="save-all"]') as HTMLButtonElement).disabled).toBe(true);
    await click(one(root, '[data-action="cancel"]'));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
