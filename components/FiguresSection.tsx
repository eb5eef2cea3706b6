import type { Figure } from '@/lib/analysis/types';
import { contextAround, figureParts } from '@/lib/popup/format';
import { ExpandableList } from './ExpandableList';
import { useI18n } from './i18n';
import { RevealButton } from './RevealButton';
import { Section } from './Section';

interface FiguresSectionProps {
  figures: readonly Figure[];
  onReveal: (blockIndex: number, text?: string) => void;
}

export function FiguresSection({ figures, onReveal }: FiguresSectionProps) {
  const { t, lang } = useI18n();
  return (
    <Section id="figures" title={t('figuresHeading')} count={figures.length}>
      <ExpandableList
        id="figures"
        items={figures}
        empty={t('figuresEmpty')}
        itemKey={(f, i) => `${i}:${f.text}`}
        renderItem={(f) => {
          const { value, unit } = figureParts(f, lang);
          return (
            <RevealButton testId="figure-item" blockIndex={f.blockIndex} text={f.text} onReveal={onReveal}>
              <span class="figure-head">
                {f.qualifier ? <span class="figure-qualifier">{f.qualifier} </span> : null}
                <span class="figure-value" data-testid="figure-value">
                  {value}
                </span>
                {unit ? <span class="figure-unit"> {unit}</span> : null}
              </span>
              <span class="figure-sentence muted" title={f.sentence}>
                {contextAround(f.sentence, f.text)}
              </span>
            </RevealButton>
          );
        }}
      />
    </Section>
  );
}
