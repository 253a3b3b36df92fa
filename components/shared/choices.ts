import type { MessageKey } from '../../utils/i18n/messages.ts';
import type { Choice } from './fields.tsx';
import { useT } from './i18n.tsx';

/** Select options for a closed set of values, labelled through a typed label map. */
export function useChoices<T extends string>(
  values: readonly T[],
  labels: Record<T, MessageKey>,
): Choice<T>[] {
  const t = useT();
  return values.map((value) => ({ value, label: t(labels[value]) }));
}
