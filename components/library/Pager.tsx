import type { PageInfo } from '@/lib/library/format';
import { useText } from './text';

interface PagerProps {
  info: PageInfo;
  onPage: (page: number) => void;
}

export function Pager({ info, onPage }: PagerProps) {
  const { t, number } = useText();
  if (info.pages <= 1) return null;
  return (
    <nav class="pager" aria-label={t('pageOf', number(info.page), number(info.pages))} data-testid="pager">
      <button
        type="button"
        class="button"
        data-testid="page-previous"
        disabled={info.page <= 1}
        onClick={() => onPage(info.page - 1)}
      >
        {t('previousPage')}
      </button>
      <span class="muted" data-testid="page-label">
        {t('pageOf', number(info.page), number(info.pages))}
      </span>
      <button
        type="button"
        class="button"
        data-testid="page-next"
        disabled={info.page >= info.pages}
        onClick={() => onPage(info.page + 1)}
      >
        {t('nextPage')}
      </button>
    </nav>
  );
}
