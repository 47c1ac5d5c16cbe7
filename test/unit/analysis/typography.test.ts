/**
 * Published text comes typeset: no-break spaces, Unicode hyphens and quotes, soft hyphens and
 * zero-width spaces inside words, the fi/fl ligatures of PDFs, CRLF line ends. None of that may change what the analyzer finds, and every evidence span
 * must still be an exact slice of the text as given. Checked on every devset record, each
 * retypeset at random (seeded, so a failure reproduces).
 */
import { describe, expect, it } from 'vitest';
import { analyze, toLabels } from '../../../utils/analysis/analyze';
import { devRecordToInput, parseDevRecord } from '../../../utils/analysis/records';
import type { ArticleInput } from '../../../utils/model';
import { readShared } from '../../shared';
import { allEvidence, sourceOf } from './helpers';

function devInputs(): { id: string; input: ArticleInput }[] {
  return readShared('devset', 'devset.jsonl').split('\n').filter((l) => l.trim()).map((l) => {
    const record = parseDevRecord(JSON.parse(l));
    if (typeof record === 'string') throw new Error(record);
    return { id: record.id, input: devRecordToInput(record) };
  });
}

/** mulberry32: a small seeded generator. */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The same text as a typesetter might give it. */
function retypeset(text: string, next: () => number): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    const prev = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    if (c === ' ' && next() < 0.3) out += '\u00a0';
    else if (c === '-' && next() < 0.5) out += next() < 0.5 ? '\u2010' : '\u2011';
    else if (c === "'" && next() < 0.7) out += '\u2019';
    else if (c === '\n') out += '\r\n';
    else if (c === 'f' && (after === 'i' || after === 'l') && next() < 0.5) {
      // The fi and fl ligatures of text taken from PDFs.
      out += after === 'i' ? '\ufb01' : '\ufb02';
      i++;
    }
    else if (/[a-z]/i.test(prev) && /[a-z]/i.test(c) && /[a-z]/i.test(after) && next() < 0.04) out += `${next() < 0.5 ? '\u00ad' : '\u200b'}${c}`;
    else out += c;
  }
  return out;
}

function retypesetInput(input: ArticleInput, next: () => number): ArticleInput {
  return {
    ...input,
    title: retypeset(input.title, next),
    abstract: input.abstract.map((s) => ({ ...s, text: retypeset(s.text, next) })),
    keywords: input.keywords.map((k) => retypeset(k, next)),
  };
}

describe('typeset text', () => {
  const records = devInputs();

  it.each([1, 2, 3])('gives every devset record the labels of its plain text, with exact evidence (seed %i)', (seed) => {
    const next = generator(seed);
    let changedChars = 0;
    for (const { id, input } of records) {
      const typeset = retypesetInput(input, next);
      changedChars += [...typeset.title].filter((c, i) => c !== input.title[i]).length;
      expect(toLabels(analyze(typeset)), id).toEqual(toLabels(analyze(input)));
      for (const ev of allEvidence(typeset)) expect(sourceOf(typeset, ev).slice(ev.start, ev.end), `${id} ${ev.field}`).toBe(ev.text);
    }
    // The retypesetting did touch the text (a test that changed nothing could not fail).
    expect(changedChars).toBeGreaterThan(50);
  });
});
