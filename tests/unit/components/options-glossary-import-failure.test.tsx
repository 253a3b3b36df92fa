import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp.tsx';
import type * as Io from '../../../utils/glossary/io.ts';
import { exportGlossaryJson, readGlossaryImport } from '../../../utils/glossary/io.ts';
import type { Term } from '../../../utils/glossary/schema.ts';
import { control, mount, pickFile, settle, textOf } from './helpers.tsx';
import { en, fakeOptionsApi } from './options-fixtures.ts';

// Reading a glossary file that throws (a fault of ours, not of the file) ends the reading and
// says so: the page is not left "Loading…" for ever, nor a preview of terms that have changed.

vi.mock('../../../utils/glossary/io.ts', async (importActual) => {
  const actual = await importActual<typeof Io>();
  return { ...actual, readGlossaryImport: vi.fn(actual.readGlossaryImport) };
});

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
  vi.mocked(readGlossaryImport).mockClear();
});

const file = exportGlossaryJson([
  {
    id: 'other-lab',
    hans: '另一个实验室',
    hant: '另一個實驗室',
    category: 'organization',
    definition: { en: 'Another lab.' },
  },
]);

describe('options: a glossary file whose reading fails', () => {
  it('stops loading and says what went wrong, and the next file is read again', async () => {
    const { api } = fakeOptionsApi();
    const mounted = await mount(<OptionsApp api={api} />);
    cleanup = mounted.unmount;
    const page = mounted.container;
    vi.mocked(readGlossaryImport).mockRejectedValueOnce(new Error('out of memory'));
    await pickFile(control(page, en('import_choose_glossary_file')), 'terms.json', file);
    await settle();
    expect(textOf(page)).not.toContain(en('state_loading'));
    const items = [...page.querySelectorAll('#glossary-import-errors li')].map(textOf);
    expect(items).toEqual([en('error_generic', 'out of memory')]);
    expect(page.querySelector('.import-preview')).toBeNull();
    // Chosen again, it is read as any file is.
    await pickFile(control(page, en('import_choose_glossary_file')), 'terms.json', file);
    await settle();
    expect(page.querySelector('#glossary-import-errors')).toBeNull();
    expect(page.querySelector('.import-preview')).not.toBeNull();
  });

  it('drops a preview that cannot be checked again once the terms change, saying why', async () => {
    const fake = fakeOptionsApi();
    let listener: ((glossary: { revision: number; terms: Term[] }) => void) | null = null;
    fake.api.watchUserGlossary.mockImplementation((callback) => {
      listener = callback;
      return () => {
        listener = null;
      };
    });
    const mounted = await mount(<OptionsApp api={fake.api} />);
    cleanup = mounted.unmount;
    const page = mounted.container;
    await pickFile(control(page, en('import_choose_glossary_file')), 'terms.json', file);
    expect(page.querySelector('.import-preview')).not.toBeNull();
    vi.mocked(readGlossaryImport).mockRejectedValueOnce(new Error('out of memory'));
    // Another page saves a term: the preview is checked again, which fails.
    fake.store.glossary = { revision: fake.store.glossary.revision + 1, terms: [] };
    await act(async () => listener?.(structuredClone(fake.store.glossary)));
    await settle();
    expect(page.querySelector('.import-preview')).toBeNull();
    const items = [...page.querySelectorAll('#glossary-import-errors li')].map(textOf);
    expect(items).toEqual([en('error_generic', 'out of memory')]);
  });
});
