import { describe, expect, it } from 'vitest';
import { normalize, originalRange } from '../../../utils/analysis/normalize';
import { F_USER, intern, setWordFlag, stem, tokenize, wordFlags, words, type Tokens } from '../../../utils/analysis/matcher';

/** Index of the first token whose stemmed text is `word` (-1 when none). */
function wordAt(norm: string, t: Tokens, word: string): number {
  for (let k = t.from; k < t.to; k++) if (stem(norm.slice(t.start[k], t.end[k]).toLowerCase()) === word) return k;
  return -1;
}

describe('normalize', () => {
  it('spells out Greek letters and folds micro signs', () => {
    expect(normalize('TNF-α, NF-κB, TGF-β1, IFN-γ').text).toBe('TNF-alpha, NF-kappaB, TGF-beta1, IFN-gamma');
    expect(normalize('5 µg/mL and 5 μg/mL').text).toBe('5 microg/mL and 5 microg/mL');
  });

  it('keeps the case of ASCII letters: the tokenizer and the patterns fold it', () => {
    expect(normalize('Exosomes From ADSCs').text).toBe('Exosomes From ADSCs');
    expect(normalize('ÉPIDERME, Ωmega').text).toBe('ePIDERME, omegamega');
  });

  it('unifies dashes, minus signs and exotic spaces', () => {
    expect(normalize('−80\u00a0°C – freeze‐thaw').text).toBe('-80  deg C - freeze-thaw');
  });

  it('strips diacritics and blanks control characters and lone surrogates', () => {
    expect(normalize('Café naïve').text).toBe('Cafe naive');
    expect(normalize('a\u0000b\uD800c\uDC00d').text).toBe('a b c d');
  });

  it('leaves pure ASCII: other symbols and scripts become "#", never part of a word', () => {
    const n = normalize('12 ± 3 nm, ∆Np63, ©, 細胞 and ħ');
    expect(n.text).toBe('12 # 3 nm, #Np63, #, ## and #');
    expect(/^[\x00-\x7f]*$/.test(n.text)).toBe(true);
  });

  it('maps every normalised span back to the exact original text', () => {
    const original = 'The TNF‑α level in Photoageing skin fell (µg/mL).';
    const n = normalize(original);
    const find = (needle: string) => {
      const i = n.text.toLowerCase().indexOf(needle);
      const [a, b] = originalRange(n, i, i + needle.length);
      return original.slice(a, b);
    };
    expect(find('tnf-alpha')).toBe('TNF‑α');
    expect(find('photoageing')).toBe('Photoageing');
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

  it('reads sibilant "-es" forms as their word, in text and in cues, and keeps "-e" words whole', () => {
    const idOf = (text: string) => {
      const t = tokenize(normalize(text).text);
      expect(t.to - t.from, text).toBe(1);
      return t.id[t.from];
    };
    for (const [word, forms] of [
      ['patch', ['patch', 'Patches']],
      ['process', ['processes', 'PROCESS']],
      ['complex', ['complexes']],
      ['suppress', ['suppresses']],
      ['scratch', ['scratches']],
    ] as const) {
      const id = intern(word);
      for (const form of forms) expect(idOf(form), form).toBe(id);
      // A cue written in the "-es" form is the same word.
      expect(words(`${word}es`)).toEqual([word]);
    }
    // "niches": the stem of an "-e" word; "niche" and "niches" stay one word, "she" is not "sh".
    const niche = intern('niche');
    expect(idOf('niches')).toBe(niche);
    expect(idOf('niche')).toBe(niche);
    expect(intern('she')).not.toBe(intern('sh'));
    // "-us" is left out: "focuses" is not "focus".
    expect(intern('focuse')).not.toBe(intern('focus'));
  });

  it('splits sentences but not abbreviations or decimals', () => {
    const norm = normalize('Cells (e.g. HaCaT) grew 1.5 fold. Mice were used.').text;
    const t = tokenize(norm);
    expect(t.sentence[wordAt(norm, t, 'mice')]).toBe(1);
    expect(t.sentence[wordAt(norm, t, 'fold')]).toBe(0);
  });

  it('ends a sentence at a unit after a number, not at an initial', () => {
    const norm = normalize('MVs were pelleted at 20,000 g. Mice were burned at 80 °C. E. coli was absent.').text;
    const t = tokenize(norm);
    expect(t.sentence[wordAt(norm, t, 'mice')]).toBe(1);
    expect(t.sentence[wordAt(norm, t, 'coli')]).toBe(2);
    expect(t.sentence[wordAt(norm, t, 'absent')]).toBe(2);
  });

  it('marks sentences under a Background: heading as background', () => {
    const norm = normalize('Background: Burns are common. Methods: Mice were treated.').text;
    const t = tokenize(norm);
    expect(t.sentenceRole[t.sentence[wordAt(norm, t, 'burn')] ?? -1]).toBe('background');
    expect(t.sentenceRole[t.sentence[wordAt(norm, t, 'mice')] ?? -1]).toBe('');
  });

  it('marks a heading of several words as background when any of them is one ("Background aims:")', () => {
    const norm = normalize('Background aims: Burns are common. Methods and results: Mice were treated.').text;
    const t = tokenize(norm);
    expect(t.sentenceRole[t.sentence[wordAt(norm, t, 'burn')] ?? -1]).toBe('background');
    expect(t.sentenceRole[t.sentence[wordAt(norm, t, 'mice')] ?? -1]).toBe('');
  });
});

describe('normalize: offset maps on both paths', () => {
  it('uses the identity map for printable ASCII and still maps spans back', () => {
    const original = 'Exosomes From ADSCs';
    const n = normalize(original);
    expect(n.segments).toBeNull();
    const i = n.text.indexOf('ADSCs');
    expect(original.slice(...originalRange(n, i, i + 5))).toBe('ADSCs');
  });

  it('needs no map when every other char is replaced one for one (dashes, quotes, accents)', () => {
    const original = 'IL‐6 – “Exosomes” from Café’s ±cells';
    const n = normalize(original);
    expect(n.segments).toBeNull();
    expect(n.text.length).toBe(original.length);
    const i = n.text.indexOf('Cafe');
    expect(original.slice(...originalRange(n, i, i + 4))).toBe('Café');
  });

  it('maps spans around dropped chars (soft hyphens, zero-width spaces, combining marks)', () => {
    const original = 'exo\u00adsomes and\u200b ce\u0301lls, then MSCs';
    const n = normalize(original);
    expect(n.text).toBe('exosomes and cells, then MSCs');
    const span = (needle: string) => {
      const i = n.text.toLowerCase().indexOf(needle);
      return original.slice(...originalRange(n, i, i + needle.length));
    };
    expect(span('exosomes')).toBe('exo\u00adsomes');
    expect(span('cells')).toBe('ce\u0301lls');
    expect(span('mscs')).toBe('MSCs');
  });

  it('spells out the Latin ligatures of PDF text and maps spans back over them', () => {
    const original = 'Dermal \ufb01broblasts: \ufb02ow cytometry of \ufb00ects, e\ufb03cacy';
    const n = normalize(original);
    expect(n.text).toBe('Dermal fibroblasts: flow cytometry of ffects, efficacy');
    const span = (needle: string) => {
      const i = n.text.indexOf(needle);
      return original.slice(...originalRange(n, i, i + needle.length));
    };
    expect(span('fibroblasts')).toBe('\ufb01broblasts');
    expect(span('flow cytometry')).toBe('\ufb02ow cytometry');
    expect(span('efficacy')).toBe('e\ufb03cacy');
  });

  it('keeps exact offsets when expansions outgrow the first map allocation', () => {
    // Every α expands to five characters, far more than the map's initial headroom.
    const original = `${'α'.repeat(400)} IL-1β and TNF-α in Photoageing skin ${'µg '.repeat(200)}END`;
    const n = normalize(original);
    const span = (needle: string) => {
      const i = n.text.toLowerCase().indexOf(needle);
      return original.slice(...originalRange(n, i, i + needle.length));
    };
    expect(span('il-1beta')).toBe('IL-1β');
    expect(span('tnf-alpha')).toBe('TNF-α');
    expect(span('photoageing')).toBe('Photoageing');
    expect(span('end')).toBe('END');
  });
});

describe('tokenize: word ids', () => {
  it('gives plural and singular forms the same vocabulary id without building substrings', () => {
    intern('vesicle');
    intern('study');
    const norm = normalize('Vesicles vesicle studies study unknownword').text;
    const t = tokenize(norm);
    const ids = [...t.id.subarray(t.from, t.to)];
    expect(ids.length).toBe(5);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).toBe(ids[3]);
    expect(ids[0]).not.toBe(0);
    expect(ids[4]).toBe(0);
  });

  it('flags the word a text word reads as, also where the stem drops an "s" ("was", "LPS")', () => {
    const flag = F_USER << 25;
    setWordFlag('was', flag);
    setWordFlag('LPS', flag);
    const norm = normalize('It was LPS.').text;
    const t = tokenize(norm);
    expect(wordFlags(t.id[wordAt(norm, t, 'wa')] ?? 0) & flag).toBe(flag);
    expect(wordFlags(t.id[wordAt(norm, t, 'lp')] ?? 0) & flag).toBe(flag);
  });
});
