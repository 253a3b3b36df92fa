#!/usr/bin/env node
// Writes public/_locales/{en,zh_CN,zh_TW}/messages.json from the message table
// in utils/i18n/messages.ts, the single source of UI strings. Run it after
// editing the table:
//
//   eval "$(bash scripts/ensure-node.sh)" && node scripts/gen-locales.mjs
//
// Node 22.18+ strips the TypeScript types itself; no build step is needed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLocaleFiles, serializeLocaleFile } from '../utils/i18n/locale-files.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const [locale, messages] of Object.entries(buildLocaleFiles())) {
  const file = join(root, 'public', '_locales', locale, 'messages.json');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, serializeLocaleFile(messages));
  console.log(`wrote ${file} (${Object.keys(messages).length} messages)`);
}
