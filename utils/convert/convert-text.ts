import { detectTextScript, type ScriptVerdict } from '../detect/script.ts';
import type { DictionaryPackName, LoadDictionaries } from './dictionaries.ts';
import { planConversion, planKey } from './plan.ts';
import type { ProtectedTerm } from './protected-terms.ts';
import type { Target } from './target.ts';
import { createTextConverter, type TextConverter } from './text-converter.ts';

export interface TextToTargetOptions {
  text: string;
  target: Target;
  regionalVocabulary: boolean;
  /**
   * The text is mainland text in Traditional characters, a mirror's copy: a selection on a page
   * the session found to be a mirror. Without it (the popup's box, a frame with no session),
   * Traditional text keeps its words whatever the regional vocabulary.
   */
  mainlandCopy?: boolean;
}

/**
 * The script to convert a piece of text from, when the reader asked for `target`. Text made only
 * of characters both scripts write (他睡著了, 葡萄乾, 回覆, 他於2020年) says nothing of its
 * script: read as Simplified, as a page without evidence is, it came back unchanged when the
 * reader asked for Simplified. Asked for one script, such text is read as the other: the tables
 * leave text already in the target as it is (著名, 乾隆 and 于 stay in Simplified; 著 and 乾 in
 * Traditional).
 */
function sourceForRequest(source: ScriptVerdict, target: Target): ScriptVerdict {
  const { han, traditionalOnly, simplifiedOnly, hongKongForms, taiwanForms } = source.counts;
  const undecided =
    (source.script === 'simplified' || source.script === 'traditional') &&
    han > 0 &&
    traditionalOnly + simplifiedOnly === 0;
  if (!undecided) return source;
  return target === 'cn'
    ? { ...source, script: 'traditional', region: hongKongForms > taiwanForms ? 'hk' : 'tw' }
    : { ...source, script: 'simplified', region: null };
}

/**
 * Converts pieces of text (the popup's convert box, a selection) to a target
 * script, whatever script they are in. The source is read from the text
 * itself (see `sourceForRequest` for text that does not tell); text already in
 * the target script, Japanese, or without Chinese comes back unchanged. Each direction's converter is built once and kept.
 */
export function createTextToTarget({
  loadDictionaries,
  protectedTerms,
}: {
  loadDictionaries: LoadDictionaries;
  protectedTerms?: readonly ProtectedTerm[];
}): (options: TextToTargetOptions) => Promise<string> {
  const converters = new Map<string, Promise<TextConverter>>();
  const packs = new Map<DictionaryPackName, ReturnType<LoadDictionaries>>();
  return async ({ text, target, regionalVocabulary: wantsWords, mainlandCopy = false }) => {
    const detected = detectTextScript(text);
    const source = sourceForRequest(detected, target);
    // Text read as Traditional only because it does not tell takes the characters, not Taiwan's
    // or Hong Kong's words: 文件, 影片 and 程式化 are mainland words too, not 文档, 视频, 程序化.
    const regionalVocabulary = wantsWords && source.script === detected.script;
    const plan = planConversion({
      source,
      target,
      regionalVocabulary,
      mainlandCopy,
    });
    if (!plan) return text;
    const key = planKey(plan);
    let converter = converters.get(key);
    if (!converter) {
      let pack = packs.get(plan.pack);
      if (!pack) {
        pack = loadDictionaries(plan.pack);
        packs.set(plan.pack, pack);
      }
      converter = pack.then((loaded) =>
        createTextConverter({
          pack: loaded,
          from: plan.from,
          to: plan.to,
          taiwanZhu: plan.taiwanZhu === true,
          regionalVocabulary,
          ...(protectedTerms ? { protectedTerms } : {}),
        }),
      );
      converters.set(key, converter);
    }
    return (await converter).convert(text);
  };
}
