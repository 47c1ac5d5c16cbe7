/**
 * Performance marks on the page's timeline: the benchmark (scripts/bench-browser.ts) reads
 * them to time the content script in a real browser, without test-only hooks in the UI.
 */
export const MARKS = {
  start: 'exolens:start',
  overlayReady: 'exolens:overlay-ready',
  badgesFromSnippets: 'exolens:badges-snippets',
  resultsRequest: 'exolens:results-request',
  resultsData: 'exolens:results-data',
  badgesFromAbstracts: 'exolens:badges-abstracts',
} as const;
