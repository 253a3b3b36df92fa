import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { stripPreactHtmlSink } from './build/strip-preact-html-sink.ts';

// Permissions are justified one by one in README.md ("Permissions"), and
// tests/build/packages.test.ts fails when this list changes.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [stripPreactHtmlSink(), preact()] }),
  // One manifest version for both browsers: see docs/ARCHITECTURE.md.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting', 'contextMenus', 'clipboardWrite'],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'toggle-conversion': {
        suggested_key: { default: 'Alt+Shift+Z' },
        description: '__MSG_command_toggle_conversion__',
      },
      'cycle-target': {
        suggested_key: { default: 'Alt+Shift+X' },
        description: '__MSG_command_cycle_target__',
      },
      'cycle-mode': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: '__MSG_command_cycle_mode__',
      },
      'next-term': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_command_next_term__',
      },
      'previous-term': { description: '__MSG_command_previous_term__' },
      'peek-original': { description: '__MSG_command_peek_original__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'jianfan-reader@jianfan.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions exists on Android from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
