import type { SummarySentence } from '@/lib/analysis/types';
import { ExpandableList } from './ExpandableList';
import { useI18n } from './i18n';
import { RevealButton } from './RevealButton';
import { Section } from './Section';

interface SummarySectionProps {
  sentences: readonly SummarySentence[];
  onReveal: (blockIndex: number, text?: string) => void;
}

export function SummarySection({ sentences, onReveal }: SummarySectionProps) {
  const { t } = useI18n();
  return (
    <Section id="summary" title={t('summaryHeading')}>
      <ExpandableList
        id="summary"
        ordered
        items={sentences}
        empty={t('summaryEmpty')}
        itemKey={(s, i) => `${i}:${s.blockIndex}`}
        renderItem={(s) => (
          <RevealButton testId="summary-item" blockIndex={s.blockIndex} text={s.text} onReveal={onReveal}>
            <span class="sentence">{s.text}</span>
          </RevealButton>
        )}
      />
    </Section>
  );
}
