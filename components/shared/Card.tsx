import type { ComponentChildren } from 'preact';

/**
 * A titled section; its heading names it for assistive technology. The heading takes focus from
 * script only (tabindex -1, not in the tab order): where keyboard focus goes when something
 * above the section closes, rather than falling back to the top of the page.
 */
export function Card({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ComponentChildren;
}) {
  return (
    <section class="card" id={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}
