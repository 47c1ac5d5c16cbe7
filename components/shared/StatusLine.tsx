export type StatusKind = 'loading' | 'ok' | 'info' | 'warning' | 'error';

export type StatusLineProps = {
  kind?: StatusKind;
  text?: string;
  /** Show the busy indicator (styled in popup.css: only the popup uses it). Callers pass true only while nothing else can be shown (never an endless spinner beside results). */
  busy?: boolean;
  /** Hide visually but keep announcing (collapsed overlay). */
  visuallyHidden?: boolean;
};

/**
 * A polite live region. It is always rendered, even when empty, because screen readers only
 * announce changes to a live region that already existed.
 */
export function StatusLine({ kind = 'info', text = '', busy = false, visuallyHidden = false }: StatusLineProps) {
  return (
    <p role="status" aria-live="polite" data-kind={text ? kind : undefined}
      class={`exl-status exl-status--${kind}${visuallyHidden ? ' exl-sr-only' : ''}${text ? '' : ' exl-status--empty'}`}>
      {busy && <span class="exl-spinner" aria-hidden="true" />}
      {text}
    </p>
  );
}
