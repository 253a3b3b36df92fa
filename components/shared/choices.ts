import type { MessageKey } from '../../utils/i18n/messages.ts';
import type { Choice } from './fields.tsx';
import type { Translate } from './i18n.tsx';

/** Select options for a closed set of values, labelled through a typed label map. */
export function choicesOf<T extends string>(
  values: readonly T[],
  labels: Record<T, MessageKey>,
  t: Translate,
): Choice<T>[] {
  return values.map((value) => ({ value, label: t(labels[value]) }));
}
