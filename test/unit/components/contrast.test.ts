/**
 * WCAG 2 contrast of the theme's colours (components/shared/shared.css: every ExoLens surface takes
 * its colours from there), in the light and the dark theme: 4.5:1 for text, 3:1 for the focus ring.
 */
import { describe, expect, it } from 'vitest';
import CSS from '../../../components/shared/shared.css?raw';
import { TOPIC_IDS } from '../../../utils/knowledge/schema';

const DARK = '@media (prefers-color-scheme: dark)';

/** The --exl-* colours declared in a stretch of the stylesheet (hex only: the theme uses no other form). */
function colours(css: string): Map<string, string> {
  return new Map([...css.matchAll(/--exl-([a-z-]+):\s*(#[0-9a-f]{6})\b/gi)].map((m) => [m[1] ?? '', (m[2] ?? '').toLowerCase()]));
}

/** The theme colours and each topic's chip colours, light or dark. */
function theme(dark: boolean): { base: Map<string, string>; topics: Map<string, Map<string, string>> } {
  const firstDark = CSS.indexOf(DARK);
  const secondDark = CSS.indexOf(DARK, firstDark + 1);
  expect(firstDark).toBeGreaterThan(0);
  expect(secondDark).toBeGreaterThan(firstDark);
  const base = colours(dark ? CSS.slice(firstDark, CSS.indexOf('}', CSS.indexOf('{', firstDark + DARK.length) + 1)) : CSS.slice(0, firstDark));
  const topicCss = dark ? CSS.slice(secondDark) : CSS.slice(firstDark, secondDark);
  const topics = new Map<string, Map<string, string>>();
  for (const m of topicCss.matchAll(/\.exl-topic--([a-z-]+)\s*\{([^}]*)\}/g)) topics.set(m[1] ?? '', colours(m[2] ?? ''));
  return { base, topics };
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** [text, background] pairs the stylesheets use for text. */
const TEXT_PAIRS: [string, string][] = [
  ['fg', 'bg'], ['fg', 'bg-alt'], ['muted', 'bg'], ['muted', 'bg-alt'],
  ['accent', 'bg'], ['accent-fg', 'accent'], // link buttons; primary buttons
  ['ok', 'bg'], ['warn', 'bg'], ['danger', 'bg'], // status lines
  ['fg', 'note-bg'], ['fg', 'danger-bg'], ['danger', 'danger-bg'], // notes, retraction, site-access notice
  ['bg', 'danger'], // danger buttons
];

describe.each([['light', false], ['dark', true]] as const)('%s theme contrast', (_name, dark) => {
  const { base, topics } = theme(dark);
  const colour = (name: string): string => {
    const value = base.get(name);
    expect(value, `--exl-${name}`).toBeDefined();
    return value ?? '';
  };

  it('is at least 4.5:1 for every text colour on its background', () => {
    const low = TEXT_PAIRS.map(([fg, bg]) => [`${fg} on ${bg}`, contrast(colour(fg), colour(bg))] as const).filter(([, ratio]) => ratio < 4.5);
    expect(low).toEqual([]);
  });

  it('is at least 3:1 for the focus ring (the accent) on both backgrounds', () => {
    expect(contrast(colour('accent'), colour('bg'))).toBeGreaterThanOrEqual(3);
    expect(contrast(colour('accent'), colour('bg-alt'))).toBeGreaterThanOrEqual(3);
  });

  it('gives every topic chip its own colours, at least 4.5:1', () => {
    expect([...topics.keys()].sort()).toEqual([...TOPIC_IDS].sort());
    for (const [topic, chip] of topics) {
      const fg = chip.get('topic-fg') ?? '';
      const bg = chip.get('topic-bg') ?? '';
      expect(contrast(fg, bg), topic).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('contrast()', () => {
  it('follows WCAG 2: black on white is 21:1, a colour on itself 1:1, #767676 on white 4.54:1', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#0b57d0', '#0b57d0')).toBe(1);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
