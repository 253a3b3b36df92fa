/**
 * tongwen-core for the page (bundled into bench/out/tongwen.js, global `__tongwen`): its
 * converter, its DOM walker and the dictionaries the package ships. A baseline only; it is a
 * dev dependency and never part of the extension.
 */
import { createConverterMap, walkNode } from 'tongwen-core';
import s2tChar from 'tongwen-core/dictionaries/s2t-char.json';
import s2tPhrase from 'tongwen-core/dictionaries/s2t-phrase.json';
import t2sChar from 'tongwen-core/dictionaries/t2s-char.json';
import t2sPhrase from 'tongwen-core/dictionaries/t2s-phrase.json';

export { createConverterMap, walkNode };
export const dictionaries = { s2t: [s2tChar, s2tPhrase], t2s: [t2sChar, t2sPhrase] };
