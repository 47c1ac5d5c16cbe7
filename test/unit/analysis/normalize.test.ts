import { describe, expect, it } from 'vitest';
import { normalize, originalRange } from '../../../utils/analysis/normalize';
import { stem, tokenize } from '../../../utils/analysis/matcher';

describe('normalize', () => {
  it('spells out Greek letters and folds micro signs', () => {
    expect(normalize('TNF-α, NF-κB, TGF-β1, IFN-γ').text).toBe('tnf-alpha, nf-kappab, tgf-beta1, ifn-gamma');
    expect(normalize('5 µg/mL and 5 μg/mL').text).toBe('5 microg/ml and 5 microg/ml');
  });

  it('unifies dashes, minus signs and exotic spaces', () => {
    expect(normalize('−80\u00a0°C – freeze‐thaw').text).toBe('-80  deg c - freeze-thaw');
  });

  it('folds British spellings but leaves look-alikes alone', () => {
    expect(normalize('Macrophage polarisation in photoageing tumours was characterised and randomised').text)
      .toBe('macrophage polarization in photoaging tumors was characterized and randomized');
    expect(normalize('haematopoietic oedema, analysed fibre, lyophilisation').text).toBe('hematopoietic edema, analyzed fiber, lyophilization');
    expect(normalize('a promise to exercise four hours').text).toBe('a promise to exercise four hours');
  });

  it('strips diacritics and blanks control characters and lone surrogates', () => {
    expect(normalize('Café naïve').text).toBe('cafe naive');
    expect(normalize('a\u0000b\uD800c\uDC00d').text).toBe('a b c d');
  });

  it('maps every normalised span back to the exact original text', () => {
    const original = 'The TNF‑α level in Photoageing skin fell (µg/mL).';
    const n = normalize(original);
    const find = (needle: string) => {
      const i = n.text.indexOf(needle);
      const [a, b] = originalRange(n, i, i + needle.length);
      return original.slice(a, b);
    };
    expect(find('tnf-alpha')).toBe('TNF‑α');
    expect(find('photoaging')).toBe('Photoageing');
    expect(find('microg/ml')).toBe('µg/mL');
  });
});

describe('tokenize and stem', () => {
  it('folds plurals the same way for cues and text', () => {
    expect(stem('exosomes')).toBe('exosome');
    expect(stem('therapies')).toBe('therapy');
    expect(stem('psoriasis')).toBe('psoriasis');
    expect(stem('mscs')).toBe('msc');
  });

  it('splits sentences but not abbreviations or decimals', () => {
    const t = tokenize(normalize('Cells (e.g. HaCaT) grew 1.5 fold. Mice were used.').text);
    expect(t.sentence[t.text.indexOf('mice')]).toBe(1);
    expect(t.sentence[t.text.indexOf('fold')]).toBe(0);
  });

  it('marks sentences under a Background: heading as background', () => {
    const t = tokenize(normalize('Background: Burns are common. Methods: Mice were treated.').text);
    expect(t.sentenceRole[t.sentence[t.text.indexOf('burn')] ?? -1]).toBe('background');
    expect(t.sentenceRole[t.sentence[t.text.indexOf('mice')] ?? -1]).toBe('');
  });
});
