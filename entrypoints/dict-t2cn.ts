import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import pack from '../utils/convert/packs/t2cn.ts';
import { registerKit } from '../utils/platform/kits.ts';

/** The opencc tables of one direction, injected only into frames converted that way. */
export default defineUnlistedScript(() => {
  registerKit('dict-t2cn', pack);
});
