import type { ComponentChildren } from 'preact';

interface SectionProps {
  id: string;
  title: string;
  count?: number;
  children: ComponentChildren;
}

/** A collapsible section: a native `<details>`, open at first, with an h2 in its summary. */
export function Section({ id, title, count, children }: SectionProps) {
  const headingId = `${id}-heading`;
  return (
    <details class="section" open data-testid={`section-${id}`}>
      <summary class="section-summary">
        <h2 id={headingId} class="section-title">
          {title}
          {count !== undefined && count > 0 ? <span class="section-count"> {count}</span> : null}
        </h2>
      </summary>
      <div class="section-body">{children}</div>
    </details>
  );
}
