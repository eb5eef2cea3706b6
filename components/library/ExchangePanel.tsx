import type { ExportKind } from '@/lib/library/data';
import { useText } from './text';

interface ExchangePanelProps {
  busy: boolean;
  onExport: (kind: ExportKind) => void;
  onImport: (file: File) => void;
}

export function ExchangePanel({ busy, onExport, onImport }: ExchangePanelProps) {
  const { t } = useText();
  return (
    <section class="exchange" aria-labelledby="exchange-heading" data-testid="exchange">
      <h2 id="exchange-heading" class="visually-hidden">
        {t('exportHeading')}
      </h2>
      <button
        type="button"
        class="button"
        data-testid="export-json"
        disabled={busy}
        onClick={() => onExport('json')}
      >
        {t('exportAll')}
      </button>
      <button
        type="button"
        class="button"
        data-testid="export-csv"
        disabled={busy}
        onClick={() => onExport('csv')}
      >
        {t('exportFigures')}
      </button>
      <button
        type="button"
        class="button"
        data-testid="export-jsonld"
        disabled={busy}
        onClick={() => onExport('jsonld')}
      >
        {t('exportAnnotations')}
      </button>
      <label class="button file-button">
        <input
          type="file"
          class="visually-hidden"
          accept=".json,application/json"
          data-testid="import-input"
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            // Cleared so that choosing the same file again imports again.
            input.value = '';
            if (file) onImport(file);
          }}
        />
        {busy ? t('importing') : t('importLabel')}
      </label>
    </section>
  );
}
