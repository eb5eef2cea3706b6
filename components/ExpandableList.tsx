import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useI18n } from './i18n';

interface ExpandableListProps<T> {
  id: string;
  items: readonly T[];
  /** Items shown before "show all". */
  limit?: number;
  ordered?: boolean;
  empty: string;
  itemKey: (item: T, index: number) => string;
  renderItem: (item: T, index: number) => ComponentChildren;
}

export const LIST_LIMIT = 5;

/** A list that shows its first `limit` items and a "show all (n)" toggle. */
export function ExpandableList<T>({
  id,
  items,
  limit = LIST_LIMIT,
  ordered = false,
  empty,
  itemKey,
  renderItem,
}: ExpandableListProps<T>) {
  const { t } = useI18n();
  const [expanded, setExpanded] = useState(false);
  if (items.length === 0) {
    return (
      <p class="empty" data-testid={`${id}-empty`}>
        {empty}
      </p>
    );
  }
  const shown = expanded ? items : items.slice(0, limit);
  const listId = `${id}-list`;
  const children = shown.map((item, index) => (
    <li key={itemKey(item, index)} class="list-item">
      {renderItem(item, index)}
    </li>
  ));
  return (
    <>
      {ordered ? (
        <ol id={listId} class="list">
          {children}
        </ol>
      ) : (
        <ul id={listId} class="list">
          {children}
        </ul>
      )}
      {items.length > limit ? (
        <button
          type="button"
          class="link-button show-all"
          aria-expanded={expanded}
          aria-controls={listId}
          data-testid="show-all"
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('showFewer') : t('showAll', items.length)}
        </button>
      ) : null}
    </>
  );
}
