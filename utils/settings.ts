import { TOPICS } from './knowledge';
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

const TOPIC_IDS: readonly TopicId[] = TOPICS.map((topic) => topic.id);

/**
 * Field by field, so one bad value falls back to its default instead of losing the rest.
 * Hand-written rather than zod: this runs in the content script, whose bundle stays small.
 */
export function normalizeSettings(raw: unknown): Settings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const text = (v: unknown, fallback: string, max: number) => (typeof v === 'string' && v.length <= max ? v.trim() : fallback);
  const flag = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback);
  const hidden = Array.isArray(value.hiddenTopics)
    ? value.hiddenTopics.filter((id): id is TopicId => typeof id === 'string' && TOPIC_IDS.includes(id as TopicId))
    : DEFAULT_SETTINGS.hiddenTopics;
  return {
    ncbiEmail: text(value.ncbiEmail, DEFAULT_SETTINGS.ncbiEmail, 320),
    ncbiApiKey: text(value.ncbiApiKey, DEFAULT_SETTINGS.ncbiApiKey, 200),
    showOverlay: flag(value.showOverlay, DEFAULT_SETTINGS.showOverlay),
    showBadges: flag(value.showBadges, DEFAULT_SETTINGS.showBadges),
    fetchFullText: flag(value.fetchFullText, DEFAULT_SETTINGS.fetchFullText),
    hiddenTopics: [...new Set(hidden)],
  };
}
