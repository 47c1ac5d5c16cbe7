/** What the NCBI layer is doing, in a shape the UI can render without knowing HTTP. */

export type NcbiRetryReason = 'server-error' | 'network' | 'timeout';

export type NcbiStatus =
  | { kind: 'ok' }
  | { kind: 'rate-limited'; retryInMs: number }
  | { kind: 'retrying'; attempt: number; retryInMs: number; reason: NcbiRetryReason; status?: number }
  | { kind: 'offline' }
  | { kind: 'error'; message: string };

function seconds(ms: number): string {
  return `${Math.max(1, Math.ceil(ms / 1000))} s`;
}

const REASON_TEXT: Record<NcbiRetryReason, string> = {
  'server-error': 'NCBI server error',
  network: 'Network error',
  timeout: 'NCBI did not answer in time',
};

/** One line of user-facing text for a status. */
export function describeStatus(status: NcbiStatus): string {
  switch (status.kind) {
    case 'ok':
      return 'NCBI data loaded';
    case 'rate-limited':
      return `NCBI rate limit — retrying in ${seconds(status.retryInMs)}`;
    case 'retrying': {
      const code = status.status === undefined ? '' : ` (HTTP ${status.status})`;
      return `${REASON_TEXT[status.reason]}${code} — retry ${status.attempt} in ${seconds(status.retryInMs)}`;
    }
    case 'offline':
      return 'Offline: showing page-only analysis';
    case 'error':
      return `NCBI error (${status.message}): showing page-only analysis`;
  }
}
