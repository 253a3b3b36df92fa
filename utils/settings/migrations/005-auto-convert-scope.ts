import { renameField, type SettingsMigration } from './types.ts';

/**
 * Version 5 turned the switch `autoConvertNetease` into a choice, `autoConvert`, so that a
 * reader can have every Chinese page converted on load, not only NetEase's: on (true) is
 * `netease`, as before, and off (false) is `none`. Anything else passes through for the
 * parser to report (and replace with the default).
 */
export const migration005: SettingsMigration = {
  version: 5,
  description: 'autoConvertNetease (true | false) → autoConvert (netease | none; or chinese)',
  migrate(old) {
    const next = renameField(old, 'autoConvertNetease', 'autoConvert', (on) =>
      on === true ? 'netease' : on === false ? 'none' : on,
    );
    return { ...next, version: 5 };
  },
};
