/**
 * The bar above a result list: save the ticked results, or all shown, with progress
 * (n of N) and a way to cancel.
 */
export type BulkSaveState =
  | { kind: 'idle' }
  | { kind: 'progress'; done: number; total: number; onCancel(): void }
  | { kind: 'done'; text: string };

export type BulkSaveBarProps = {
  state: BulkSaveState;
  resultCount: number;
  onSaveSelected(): void;
  onSaveAll(): void;
};

export function BulkSaveBar({ state, resultCount, onSaveSelected, onSaveAll }: BulkSaveBarProps) {
  const working = state.kind === 'progress';
  return (
    <div class="exl-theme exl-bulk" role="group" aria-label="ExoLens: save results to your library" data-exolens-bulk-root="">
      <span class="exl-bulk__brand">ExoLens</span>
      <button type="button" class="exl-button" data-action="save-selected" disabled={working} onClick={onSaveSelected}>
        Save selected
      </button>
      <button type="button" class="exl-button" data-action="save-all" disabled={working || resultCount === 0} onClick={onSaveAll}>
        Save all {resultCount} on this page
      </button>
      {state.kind === 'progress' && (
        <>
          <progress class="exl-bulk__progress" max={state.total} value={state.done} aria-label="Saving results" />
          <span role="status" aria-live="polite" data-progress={`${state.done}/${state.total}`}>
            {state.done} of {state.total}
          </span>
          <button type="button" class="exl-button" data-action="cancel" onClick={state.onCancel}>
            Cancel
          </button>
        </>
      )}
      {state.kind === 'done' && (
        <span role="status" aria-live="polite" class="exl-bulk__message">
          {state.text}
        </span>
      )}
    </div>
  );
}
