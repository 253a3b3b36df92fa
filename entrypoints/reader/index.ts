import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerKit } from '../../utils/platform/kits.ts';
import type { ReaderKit } from './kit.ts';
import { startReaderSession } from './session.ts';
import { convertTextWithoutSession, tellSelectionCopied } from './text-only.ts';

/** The reader kit: injected by the background into frames that need it. */
export default defineUnlistedScript(() => {
  const kit: ReaderKit = { startReaderSession, convertTextWithoutSession, tellSelectionCopied };
  registerKit('reader', kit);
});
