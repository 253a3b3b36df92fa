import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerKit } from '../utils/platform/kits.ts';
import { repairDocument } from '../utils/repair/dom-repair.ts';

/** Mirror repair with its reading and GBK tables: injected only where artifacts were seen. */
export default defineUnlistedScript(() => {
  registerKit('repair', { repairDocument });
});
