import type { TopicId } from './model';

/** User settings (stored as one versioned storage item; see entrypoints' storage declarations). */
export type Settings = {
  /** Sent as E-utilities' `email` parameter so NCBI can reach the user before blocking. */
  ncbiEmail: string;
  /** The user's own NCBI API key: raises the rate limit from 3 to 10 requests/s. */
  ncbiApiKey: string;
  showOverlay: boolean;
  showBadges: boolean;
  /** Fetch PMC full text (efetch db=pmc) so the QC checklist covers Methods on PubMed pages too. */
  fetchFullText: boolean;
  /** Topics to show; empty = all. */
  hiddenTopics: TopicId[];
};

export const DEFAULT_SETTINGS: Settings = {
  ncbiEmail: '',
  ncbiApiKey: '',
  showOverlay: true,
  showBadges: true,
  fetchFullText: true,
  hiddenTopics: [],
};
