import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import pack from '../utils/convert/packs/cn2t.ts';
import { registerKit } from '../utils/platform/kits.ts';

/** The opencc tables of one direction, injected only into frames converted that way. */
export default defineUnlistedScript(() => {
  registerKit('dict-cn2t', pack);
});
