import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { activeTerms, compileMatcher, getMatcher } from '../../../utils/glossary/matcher.ts';
import {
  FORM_FIELDS,
  type Term,
  foldCodeUnit,
  isCaseSensitive,
  termForms,
} from '../../../utils/glossary/schema.ts';
import { makeTerm, seededRandom, seen, syntheticTerms } from './helpers.ts';

const nvidia = makeTerm('nvidia', {
  hans: '英伟达',
  hant: '英偉達',
  tw: '輝達',
  en: 'NVIDIA',
  caseSensitive: false,
});
const h20 = makeTerm('h20', { hans: 'H20' });
const h200 = makeTerm('h200', { hans: 'H200' });
const cuda = makeTerm('cuda', { hans: 'CUDA' });
const hbm = makeTerm('hbm', { hans: 'HBM', aliases: ['高带宽内存', '高帶寬內存'] });
const hbm3e = makeTerm('hbm3e', { hans: 'HBM3E' });
const smic = makeTerm('smic', { hans: '中芯国际', hant: '中芯國際', aliases: ['中芯'] });
const ascend = makeTerm('ascend-910c', {
  hans: '昇腾910C',
  hant: '昇騰910C',
  aliases: ['Ascend 910C'],
});

describe('compileMatcher', () => {
  const matcher = compileMatcher([nvidia, h20, h200, cuda, hbm, hbm3e, smic, ascend]);
  const find = (text: string) => seen(matcher.findAll(text), text);

  test('finds a term in Simplified, Traditional and under its Taiwan name', () => {
    expect(find('英伟达、英偉達和輝達是同一家公司')).toEqual([
      ['英伟达', 'nvidia'],
      ['英偉達', 'nvidia'],
      ['輝達', 'nvidia'],
    ]);
  });

  test('matches Latin forms only on word boundaries; Han characters are boundaries', () => {
    expect(find('用H200训练')).toEqual([['H200', 'h200']]);
    expect(find('H2000 xH200 CUDAfy H200s')).toEqual([]);
    expect(find('H200-class, (H20) and CUDA.')).toEqual([
      ['H200', 'h200'],
      ['H20', 'h20'],
      ['CUDA', 'cuda'],
    ]);
  });

  test('H20 is not found inside H200, nor HBM inside HBM3E', () => {
    expect(find('H200与H20')).toEqual([
      ['H200', 'h200'],
      ['H20', 'h20'],
    ]);
    expect(find('HBM3E比HBM快')).toEqual([
      ['HBM3E', 'hbm3e'],
      ['HBM', 'hbm'],
    ]);
  });

  test('compares Latin letters exactly unless the term ignores case', () => {
    expect(find('cuda Cuda CUDA')).toEqual([['CUDA', 'cuda']]);
    expect(find('Nvidia nvidia NVIDIA')).toEqual([
      ['Nvidia', 'nvidia'],
      ['nvidia', 'nvidia'],
      ['NVIDIA', 'nvidia'],
    ]);
  });

  test('treats full-width Latin letters and digits like ASCII', () => {
    expect(find('采购Ｈ２００和ＣＵＤＡ')).toEqual([
      ['Ｈ２００', 'h200'],
      ['ＣＵＤＡ', 'cuda'],
    ]);
  });

  test('takes any dot between the parts of a name for the middle dot', () => {
    const altman = makeTerm('altman', { hans: '山姆·奥特曼', hant: '山姆·奧特曼' });
    const names = compileMatcher([altman]);
    for (const dot of ['·', '‧', '・', '･', '•', '∙', '⋅']) {
      const mainland = `OpenAI执行长山姆${dot}奥特曼说`;
      const taiwan = `執行長山姆${dot}奧特曼表示`;
      expect(seen(names.findAll(mainland), mainland), dot).toEqual([
        [`山姆${dot}奥特曼`, 'altman'],
      ]);
      expect(seen(names.findAll(taiwan), taiwan), dot).toEqual([[`山姆${dot}奧特曼`, 'altman']]);
    }
    // Other marks are no name dots.
    expect(names.findAll('山姆.奥特曼')).toEqual([]);
    expect(names.findAll('山姆、奥特曼')).toEqual([]);
  });

  test('finds a term that ignores case in any width and case', () => {
    expect(find('ｎｖｉｄｉａ、Ｎｖｉｄｉａ和nVIDIA')).toEqual([
      ['ｎｖｉｄｉａ', 'nvidia'],
      ['Ｎｖｉｄｉａ', 'nvidia'],
      ['nVIDIA', 'nvidia'],
    ]);
  });

  test('a form written in full-width letters still compares case', () => {
    const m = compileMatcher([makeTerm('cuda-core', { hans: 'ＣＵＤＡ核心' })]);
    const text = 'cuda核心、CUDA核心和ＣＵＤＡ核心';
    expect(seen(m.findAll(text), text)).toEqual([
      ['CUDA核心', 'cuda-core'],
      ['ＣＵＤＡ核心', 'cuda-core'],
    ]);
  });

  test('a character that is in no term ends a partial match', () => {
    const m = compileMatcher([
      makeTerm('abc', { hans: '甲乙丙' }),
      makeTerm('bc', { hans: '乙丙' }),
    ]);
    const text = '甲乙丁丙甲乙，丙乙丙';
    expect(seen(m.findAll(text), text)).toEqual([['乙丙', 'bc']]);
  });

  test('prefers the longest match at the leftmost position', () => {
    expect(find('中芯国际和中芯')).toEqual([
      ['中芯国际', 'smic'],
      ['中芯', 'smic'],
    ]);
    expect(find('华为昇騰910C芯片')).toEqual([['昇騰910C', 'ascend-910c']]);
    expect(find('Ascend 910C')).toEqual([['Ascend 910C', 'ascend-910c']]);
  });

  test('a leftmost match beats a longer one that starts later', () => {
    const m = compileMatcher([
      makeTerm('ab', { hans: '甲乙' }),
      makeTerm('bcd', { hans: '乙丙丁' }),
    ]);
    const text = '甲乙丙丁';
    expect(seen(m.findAll(text), text)).toEqual([['甲乙', 'ab']]);
  });

  test('between identical forms the term listed first wins', () => {
    const first = makeTerm('first', { hans: '算力' });
    const second = makeTerm('second', { hans: '算力' });
    expect(compileMatcher([first, second]).findAll('算力')[0]?.termId).toBe('first');
    expect(compileMatcher([second, first]).findAll('算力')[0]?.termId).toBe('second');
  });

  test('reports which form and field matched', () => {
    const [match] = matcher.findAll('輝達');
    expect(match).toMatchObject({ start: 0, end: 2, termId: 'nvidia', form: '輝達', field: 'tw' });
    expect(matcher.findAll('高帶寬內存')[0]).toMatchObject({ termId: 'hbm', field: 'alias' });
  });

  test('a form written in several fields is reported under the first, in FORM_FIELDS order', () => {
    // The compile reads the fields by name; this holds it to FORM_FIELDS' order.
    const fields = FORM_FIELDS.map((_, k) => FORM_FIELDS.slice(k));
    for (const rest of fields) {
      const term = makeTerm('chip', {
        hans: 'x',
        aliases: ['晶片'],
        ...Object.fromEntries(rest.map((field) => [field, '晶片'])),
      });
      expect(compileMatcher([term]).findAll('晶片')[0]?.field).toBe(rest[0]);
    }
    const aliasOnly = makeTerm('chip', { hans: 'x', aliases: ['晶片'] });
    expect(compileMatcher([aliasOnly]).findAll('晶片')[0]?.field).toBe('alias');
  });

  test('finds terms made of characters outside the Basic Multilingual Plane', () => {
    const rare = makeTerm('rare', { hans: '𠮷野家' });
    const text = '去𠮷野家吃饭';
    expect(seen(compileMatcher([rare]).findAll(text), text)).toEqual([['𠮷野家', 'rare']]);
  });

  test('an empty term list or an empty text finds nothing', () => {
    expect(compileMatcher([]).findAll('英伟达')).toEqual([]);
    expect(matcher.findAll('')).toEqual([]);
  });

  test('term() looks terms up by id', () => {
    expect(matcher.term('cuda')).toBe(cuda);
    expect(matcher.term('missing')).toBeUndefined();
  });

  test('compiles 20,000 terms (time printed, not asserted)', () => {
    const terms = syntheticTerms(20_000);
    const started = performance.now();
    const big = compileMatcher(terms);
    const elapsed = performance.now() - started;
    console.info(
      `compileMatcher: ${terms.length} terms, ${big.formCount} forms in ${elapsed.toFixed(1)} ms`,
    );
    const probe = terms[12_345]!;
    expect(big.findAll(`前${probe.hans}后`).map((match) => match.termId)).toContain(probe.id);
  });
});

/** Leftmost-longest by brute force, following the rules in matcher.ts. */
function referenceFindAll(
  terms: readonly Term[],
  text: string,
  /** Which candidates take part in the selection (all by default). */
  takesPart: (candidate: {
    start: number;
    end: number;
    termId: string;
    form: string;
  }) => boolean = () => true,
) {
  const isWord = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);
  const candidates: { start: number; end: number; order: number; termId: string; form: string }[] =
    [];
  let order = 0;
  for (const term of terms) {
    const ignoreCase = !isCaseSensitive(term);
    for (const { form } of termForms(term)) {
      const thisOrder = order++;
      const wordStart = isWord(foldCodeUnit(form.charCodeAt(0), true));
      const wordEnd = isWord(foldCodeUnit(form.charCodeAt(form.length - 1), true));
      for (let start = 0; start + form.length <= text.length; start++) {
        let same = true;
        for (let k = 0; k < form.length && same; k++) {
          same =
            foldCodeUnit(text.charCodeAt(start + k), ignoreCase) ===
            foldCodeUnit(form.charCodeAt(k), ignoreCase);
        }
        if (!same) continue;
        const end = start + form.length;
        if (wordStart && start > 0 && isWord(foldCodeUnit(text.charCodeAt(start - 1), true)))
          continue;
        if (wordEnd && end < text.length && isWord(foldCodeUnit(text.charCodeAt(end), true)))
          continue;
        if (!takesPart({ start, end, termId: term.id, form })) continue;
        candidates.push({ start, end, order: thisOrder, termId: term.id, form });
      }
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  const chosen: { start: number; end: number; termId: string; form: string }[] = [];
  let free = 0;
  for (const { start, end, termId, form } of candidates) {
    if (start < free) continue;
    chosen.push({ start, end, termId, form });
    free = end;
  }
  return chosen;
}

describe('matching agrees with a brute-force reference', () => {
  const alphabet = ['a', 'A', 'b', '1', '中', '國', '-', ' ', 'Ａ', 'x'];
  const text = (max: number) =>
    fc.array(fc.constantFrom(...alphabet), { maxLength: max }).map((chars) => chars.join(''));

  test('for random terms and texts', () => {
    const termArb = fc.record({
      forms: fc.array(
        text(4).filter((form) => form.length > 0),
        { minLength: 1, maxLength: 3 },
      ),
      caseSensitive: fc.option(fc.boolean(), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(termArb, { minLength: 1, maxLength: 6 }), text(40), (specs, sample) => {
        const terms = specs.map((spec, index) =>
          makeTerm(`t${index}`, {
            hans: spec.forms[0]!,
            hant: spec.forms[1] ?? spec.forms[0]!,
            ...(spec.forms[2] !== undefined ? { aliases: [spec.forms[2]] } : {}),
            ...(spec.caseSensitive !== undefined ? { caseSensitive: spec.caseSensitive } : {}),
          }),
        );
        const actual = compileMatcher(terms)
          .findAll(sample)
          .map(({ start, end, termId, form }) => ({ start, end, termId, form }));
        expect(actual).toEqual(referenceFindAll(terms, sample));
      }),
      { numRuns: 2000, seed: 20251205 },
    );
  });
});

describe('matching many terms agrees with the brute-force reference', () => {
  test('for random terms over a wide alphabet, where states have many children', () => {
    // Forty Han characters, Latin letters and digits: with up to 120 terms, the first
    // characters of the forms branch widely, which the matcher lays out differently from
    // the single chains of short term lists.
    const han = Array.from({ length: 40 }, (_, k) => String.fromCharCode(0x4e00 + k * 7));
    const alphabet = [...han, 'a', 'B', 'c', '1', '2', 'Ｘ', ' '];
    const word = (min: number, max: number) =>
      fc
        .array(fc.constantFrom(...alphabet), { minLength: min, maxLength: max })
        .map((chars) => chars.join(''));
    const termArb = fc.record({
      hans: word(1, 5),
      hant: word(1, 5),
      caseSensitive: fc.option(fc.boolean(), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(termArb, { minLength: 20, maxLength: 120 }),
        word(0, 200),
        (specs, sample) => {
          const terms = specs.map((spec, index) =>
            makeTerm(`t${index}`, {
              hans: spec.hans,
              hant: spec.hant,
              ...(spec.caseSensitive !== undefined ? { caseSensitive: spec.caseSensitive } : {}),
            }),
          );
          const actual = compileMatcher(terms)
            .findAll(sample)
            .map(({ start, end, termId, form }) => ({ start, end, termId, form }));
          expect(actual).toEqual(referenceFindAll(terms, sample));
        },
      ),
      { numRuns: 300, seed: 20261128 },
    );
  });

  test('for 2,000 synthetic terms in a text made of their forms', () => {
    const terms = syntheticTerms(2_000, 7);
    const random = seededRandom(11);
    let text = '';
    while (text.length < 3_000) {
      const term = terms[Math.floor(random() * terms.length)]!;
      const pick = random();
      // Whole forms, forms cut short, and filler between them.
      if (pick < 0.4) text += term.hans;
      else if (pick < 0.6) text += term.hant;
      else if (pick < 0.8) text += term.hans.slice(0, 1 + Math.floor(random() * term.hans.length));
      else
        text += random() < 0.5 ? '，' : String.fromCharCode(0x4e00 + Math.floor(random() * 3000));
    }
    const actual = compileMatcher(terms)
      .findAll(text)
      .map(({ start, end, termId, form }) => ({ start, end, termId, form }));
    expect(actual.length).toBeGreaterThan(300);
    expect(actual).toEqual(referenceFindAll(terms, text));
  });
});

describe('blockers', () => {
  const hygon = makeTerm('hygon', { hans: '海光', hant: '海光' });
  const qualcomm = makeTerm('qualcomm', { hans: '高通', hant: '高通' });
  const matcher = compileMatcher([hygon, qualcomm, smic], {
    blockers: ['上海光机所', '高通量测序', '中芯国际'],
  });
  const find = (text: string) => seen(matcher.findAll(text), text);

  test('keep out the terms they contain, whether the term starts with them or later', () => {
    expect(find('上海光机所的研究员说，海光的芯片用了高通量测序的思路，高通也在做')).toEqual([
      ['海光', 'hygon'],
      ['高通', 'qualcomm'],
    ]);
  });

  test('lose to a term written the same', () => {
    expect(find('中芯国际')).toEqual([['中芯国际', 'smic']]);
  });

  test('are not counted as forms, and agree with a reference that drops them', () => {
    expect(matcher.formCount).toBe(compileMatcher([hygon, qualcomm, smic]).formCount);
    const alphabet = ['a', 'b', '1', '中', '國', ' '];
    const word = (max: number) =>
      fc
        .array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: max })
        .map((c) => c.join(''));
    fc.assert(
      fc.property(
        fc.array(word(3), { minLength: 1, maxLength: 5 }),
        fc.array(word(4), { minLength: 1, maxLength: 3 }),
        word(30),
        (forms, blockers, sample) => {
          const terms = forms.map((form, index) =>
            makeTerm(`t${index}`, { hans: form, hant: form }),
          );
          const pseudo = blockers.map((form, index) =>
            makeTerm(`blocker-${index}`, { hans: form, hant: form }),
          );
          const expected = referenceFindAll([...terms, ...pseudo], sample).filter(
            (match) => !match.termId.startsWith('blocker-'),
          );
          const actual = compileMatcher(terms, { blockers })
            .findAll(sample)
            .map(({ start, end, termId, form }) => ({ start, end, termId, form }));
          expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 1000, seed: 20261129 },
    );
  });

  describe('that do not apply to a form', () => {
    const light = makeTerm('light-source', { hans: '光源', hant: '光源', en: 'light source' });
    const institute = makeTerm('siom', { hans: '光机所', hant: '光機所' });
    const builtIn = new Set(['海光', '高通', '三星']);
    const isBlocked = (form: string) => builtIn.has(form);
    const own = compileMatcher([light, institute, hygon, qualcomm], {
      blockers: ['上海光机所', '上海光源', '高通量测序'],
      isBlocked,
    });
    const findOwn = (text: string) => seen(own.findAll(text), text);

    test('leave it to be found inside them, while the forms they apply to stay hidden', () => {
      expect(findOwn('上海光源和上海光机所的研究员说，海光也用高通量测序')).toEqual([
        ['光源', 'light-source'],
        ['光机所', 'siom'],
        ['海光', 'hygon'],
      ]);
      const list = own.scan('上海光源');
      expect([list.count, list.starts[0], list.ends[0], list.field(0)]).toEqual([1, 2, 4, 'hans']);
    });

    test('keep to the leftmost, then longest, rule with the matches around the blocker', () => {
      // 海光源 starts before 光源 and overlaps the blocker: found; 光源 then overlaps it.
      const wider = makeTerm('wide', { hans: '海光源' });
      const matcher = compileMatcher([light, wider, hygon], { blockers: ['上海光源'], isBlocked });
      expect(seen(matcher.findAll('上海光源'), '上海光源')).toEqual([['海光源', 'wide']]);
      // A kept match after the blocker wins over a form that would overlap it.
      const tail = makeTerm('tail', { hans: '源头' });
      const after = compileMatcher([light, tail, hygon], {
        blockers: ['上海光'],
        isBlocked: (form) => form !== '光源',
      });
      expect(seen(after.findAll('上海光源头'), '上海光源头')).toEqual([['源头', 'tail']]);
    });

    test('a form that overlaps a kept match takes no part, and cannot hide one that fits', () => {
      const samsung = makeTerm('samsung', { hans: '三星' });
      const across = makeTerm('across', { hans: '星上海光' });
      const matcher = compileMatcher([samsung, across, light, hygon], {
        blockers: ['上海光源'],
        isBlocked,
      });
      expect(seen(matcher.findAll('三星上海光源'), '三星上海光源')).toEqual([
        ['三星', 'samsung'],
        ['光源', 'light-source'],
      ]);
    });

    test('agree with a reference: the blocked search, then the other forms where blockers were', () => {
      const alphabet = ['a', 'b', '1', '中', '國', ' '];
      const word = (max: number) =>
        fc
          .array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: max })
          .map((c) => c.join(''));
      // Terms of one to three forms (a form may repeat, within a term or across terms), each
      // form with a say in whether the blockers apply to it.
      const termForms = fc.array(fc.tuple(word(3), fc.boolean()), { minLength: 1, maxLength: 3 });
      fc.assert(
        fc.property(
          fc.array(termForms, { minLength: 1, maxLength: 5 }),
          fc.array(word(4), { minLength: 1, maxLength: 3 }),
          word(30),
          (written, blockers, sample) => {
            const blockedForm = new Set<string>();
            const terms = written.map((forms, index) => {
              // The form's first appearance in the term has the say (the term lists it once).
              const decided = new Set<string>();
              for (const [form, blocked] of forms) {
                if (decided.has(form)) continue;
                decided.add(form);
                if (blocked) blockedForm.add(`t${index} ${form}`);
              }
              const [first, second, ...rest] = forms.map(([form]) => form);
              return makeTerm(`t${index}`, {
                hans: first!,
                hant: second ?? first!,
                ...(rest.length > 0 ? { aliases: rest } : {}),
              });
            });
            const blocks = (termId: string, form: string) => blockedForm.has(`${termId} ${form}`);
            const pseudo = blockers.map((form, index) =>
              makeTerm(`blocker-${index}`, { hans: form, hant: form }),
            );
            const all = referenceFindAll([...terms, ...pseudo], sample);
            const spans = all.filter((match) => match.termId.startsWith('blocker-'));
            const kept = all.filter((match) => !match.termId.startsWith('blocker-'));
            const overlaps = (
              a: { start: number; end: number },
              b: { start: number; end: number },
            ) => a.start < b.end && b.start < a.end;
            const free = referenceFindAll(
              terms,
              sample,
              (candidate) =>
                !blocks(candidate.termId, candidate.form) &&
                !kept.some((other) => overlaps(other, candidate)),
            ).filter((match) => spans.some((span) => overlaps(span, match)));
            const expected = [...kept, ...free].sort((a, b) => a.start - b.start);
            const actual = compileMatcher(terms, {
              blockers,
              isBlocked: (form, term) => blocks(term.id, form),
            })
              .findAll(sample)
              .map(({ start, end, termId, form }) => ({ start, end, termId, form }));
            expect(actual).toEqual(expected);
          },
        ),
        { numRuns: 3000, seed: 20261130 },
      );
    });

    test('add their matches in text order, past a selection of more than a thousand', () => {
      const matcher = compileMatcher([light, hygon, makeTerm('x', { hans: '芯片' })], {
        blockers: ['上海光源'],
        isBlocked,
      });
      const text = '芯片上海光源'.repeat(1500);
      const list = matcher.scan(text);
      expect(list.count).toBe(3000);
      for (let k = 0; k < list.count; k++) {
        expect([list.starts[k], list.termId(k)]).toEqual([
          (k >> 1) * 6 + (k & 1 ? 4 : 0),
          k & 1 ? 'light-source' : 'x',
        ]);
      }
    });
  });
});

describe('scan', () => {
  const matcher = compileMatcher([nvidia, h20, h200, cuda, hbm, smic, ascend]);

  test('gives the matches of findAll as arrays, with their terms, forms and fields', () => {
    const text = '輝達的H200与中芯國際的昇騰910C，还有Ascend 910C和高帶寬內存';
    const list = matcher.scan(text);
    const fromList = Array.from({ length: list.count }, (_, k) => ({
      start: list.starts[k],
      end: list.ends[k],
      termId: list.termId(k),
      form: list.form(k),
      field: list.field(k),
    }));
    expect(fromList).toEqual(matcher.findAll(text));
    expect(fromList.map(({ termId, field }) => `${termId}:${field}`)).toEqual([
      'nvidia:tw',
      'h200:hans',
      'smic:hant',
      'ascend-910c:hant',
      'ascend-910c:alias',
      'hbm:alias',
    ]);
  });

  test('a list keeps its matches after the next search, and a text without terms has none', () => {
    const first = matcher.scan('CUDA和H20');
    const second = matcher.scan('中芯国际');
    expect([...first.starts]).toEqual([0, 5]);
    expect([...first.ends]).toEqual([4, 8]);
    expect(first.termId(1)).toBe('h20');
    expect(second.termId(0)).toBe('smic');
    expect(matcher.scan('没有术语的句子。').count).toBe(0);
  });
});

describe('getMatcher', () => {
  test('compiles once per revision', () => {
    const terms = [cuda];
    const first = getMatcher({ revision: 101, terms });
    expect(getMatcher({ revision: 101, terms: [...terms] })).toBe(first);
    const next = getMatcher({ revision: 102, terms: [cuda, h200] });
    expect(next).not.toBe(first);
    expect(next.revision).toBe(102);
    expect(next.findAll('H200').map((match) => match.termId)).toEqual(['h200']);
  });
});

describe('activeTerms', () => {
  const builtIn = [cuda, h200, hbm];

  test('user terms override built-in terms with the same id and come first', () => {
    const myCuda = makeTerm('cuda', { hans: 'CUDA', aliases: ['库达'] });
    const mine = makeTerm('mine', { hans: '我的词' });
    const active = activeTerms({ builtIn, user: [myCuda, mine] });
    expect(active.map((term) => term.id)).toEqual(['cuda', 'mine', 'h200', 'hbm']);
    expect(active[0]).toBe(myCuda);
  });

  test('disabled built-in terms are left out, but a user term with that id is kept', () => {
    expect(activeTerms({ builtIn, disabledBuiltInIds: ['h200'] }).map((term) => term.id)).toEqual([
      'cuda',
      'hbm',
    ]);
    const myHbm = makeTerm('hbm', { hans: 'HBM' });
    expect(
      activeTerms({ builtIn, user: [myHbm], disabledBuiltInIds: new Set(['hbm']) }).map(
        (term) => term.id,
      ),
    ).toEqual(['hbm', 'cuda', 'h200']);
  });

  test('a term the user overrides is matched with the user form', () => {
    const myCuda = makeTerm('cuda', { hans: '库达' });
    const matcher = compileMatcher(activeTerms({ builtIn, user: [myCuda] }));
    expect(matcher.findAll('库达 CUDA').map((match) => match.form)).toEqual(['库达']);
  });
});

describe('spaces between the words of a name', () => {
  const mate = makeTerm('mate-60-pro', { hans: 'Mate 60 Pro' });
  const ascend = makeTerm('ascend-910b', { hans: '昇腾910B', aliases: ['Ascend 910B'] });
  const deepseek = makeTerm('deepseek-v3', { hans: 'DeepSeek V3', caseSensitive: false });
  const matcher = compileMatcher([mate, ascend, deepseek]);
  const found = (text: string) =>
    matcher.findAll(text).map((m) => [text.slice(m.start, m.end), m.termId]);

  test.each([
    ['a no-break space (&nbsp;)', 'Mate\u00a060\u00a0Pro'],
    ['a line break from the HTML source', 'Mate 60\nPro'],
    ['a tab', 'Mate\t60 Pro'],
    ['an ideographic space', 'Mate\u300060\u3000Pro'],
    ['a narrow no-break space', 'Mate\u202f60 Pro'],
  ])('match across %s', (_name, written) => {
    expect(found(`华为${written}搭载麒麟芯片`)).toEqual([[written, 'mate-60-pro']]);
  });

  test('in case-insensitive and alias forms too, and not across two spaces or none', () => {
    expect(found('用Ascend\u00a0910B和deepseek\u00a0v3')).toEqual([
      ['Ascend\u00a0910B', 'ascend-910b'],
      ['deepseek\u00a0v3', 'deepseek-v3'],
    ]);
    expect(found('Mate  60 Pro')).toEqual([]);
    expect(found('Mate60Pro')).toEqual([]);
  });
});
