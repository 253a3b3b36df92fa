import { hasOwn, renameField, type SettingsMigration } from './types.ts';

/**
 * Version 2 replaced the two scripts by regional targets (opencc-js locales):
 * Simplified became `cn`, Traditional became `tw` (version 1 converted to Taiwan
 * characters, so readers keep what they had). It also added reading modes; the
 * version 1 hover switch `showOriginalOnHover` is the `peek` mode now.
 */
export const migration002: SettingsMigration = {
  version: 2,
  description:
    'targetScript → target (cn/tw/hk); autoConvert → autoConvertNetease; add readingMode',
  migrate(old) {
    let next = renameField(old, 'targetScript', 'target', (script) =>
      script === 'hans' ? 'cn' : script === 'hant' ? 'tw' : script,
    );
    next = renameField(next, 'autoConvert', 'autoConvertNetease');
    if (hasOwn(next, 'showOriginalOnHover')) {
      const { showOriginalOnHover, ...rest } = next;
      next = hasOwn(rest, 'readingMode')
        ? rest
        : { ...rest, readingMode: showOriginalOnHover === true ? 'peek' : 'converted' };
    }
    return { ...next, version: 2 };
  },
};
