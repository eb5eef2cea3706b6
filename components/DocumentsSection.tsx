import type { DocumentRef } from '@/lib/analysis/types';
import { formatDay } from '@/lib/popup/format';
import { ExpandableList } from './ExpandableList';
import { useI18n } from './i18n';
import { RevealButton } from './RevealButton';
import { Section } from './Section';

interface DocumentsSectionProps {
  documents: readonly DocumentRef[];
  onReveal: (blockIndex: number, text?: string) => void;
}

export function DocumentsSection({ documents, onReveal }: DocumentsSectionProps) {
  const { t } = useI18n();
  return (
    <Section id="documents" title={t('documentsHeading')} count={documents.length}>
      <ExpandableList
        id="documents"
        items={documents}
        empty={t('documentsEmpty')}
        itemKey={(d, i) => `${i}:${d.code}`}
        renderItem={(d) => {
          const date = formatDay(d.date);
          return (
            <RevealButton testId="document-item" blockIndex={d.blockIndex} text={d.text} onReveal={onReveal}>
              <span class="document-head">
                <span class="document-code">{d.code}</span>
                {d.type ? <span class="document-type"> · {d.type}</span> : null}
              </span>
              {date ? <span class="muted document-date">{t('documentDated', date)}</span> : null}
              {d.text && d.text !== d.code ? <span class="document-text muted">{d.text}</span> : null}
            </RevealButton>
          );
        }}
      />
    </Section>
  );
}
