import { useEffect, useState } from 'preact/hooks';

/**
 * Moves keyboard focus once the next render is on the page, to what `find` returns then: an
 * element the change being made creates, moves or keeps. A control that goes away with the
 * change it made (a deleted row's button, an applied preview's) would otherwise leave the
 * focus on the page's body, sending keyboard and screen reader users back to the top.
 */
export function useFocusAfterRender(): (find: () => HTMLElement | null | undefined) => void {
  const [request, setRequest] = useState<{ find: () => HTMLElement | null | undefined } | null>(
    null,
  );
  useEffect(() => {
    if (request === null) return;
    request.find()?.focus();
  }, [request]);
  return (find) => setRequest({ find });
}
