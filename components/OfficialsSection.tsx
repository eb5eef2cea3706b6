import type { Official } from '@/lib/analysis/types';
import { ExpandableList } from './ExpandableList';
import { useI18n } from './i18n';
import { RevealButton } from './RevealButton';
import { Section } from './Section';

interface OfficialsSectionProps {
  officials: readonly Official[];
  onReveal: (blockIndex: number, text?: string) => void;
}

export function OfficialsSection({ officials, onReveal }: OfficialsSectionProps) {
  const { t, plural } = useI18n();
  return (
    <Section id="officials" title={t('officialsHeading')} count={officials.length}>
      <ExpandableList
        id="officials"
        items={officials}
        empty={t('officialsEmpty')}
        itemKey={(o, i) => `${i}:${o.name}`}
        renderItem={(o) => (
          <RevealButton testId="official-item" blockIndex={o.blockIndex} text={o.name} onReveal={onReveal}>
            <span class="official-head">
              <span class="official-name" data-testid="official-name">
                {o.name}
              </span>
              {o.attributes.length > 0 ? (
                <span class="badges" title={t('attributesLabel')}>
                  {o.attributes.map((a) => (
                    <span key={a} class="badge" data-testid="official-badge">
                      {a}
                    </span>
                  ))}
                </span>
              ) : null}
            </span>
            {o.positions.length > 0 ? (
              <span class="positions" title={t('positionsLabel')}>
                {o.positions.map((p) => (
                  <span key={p} class="position" data-testid="official-position">
                    {p}
                  </span>
                ))}
              </span>
            ) : null}
            <span class="muted mentions" data-testid="official-mentions">
              {plural('mentions', o.mentions)}
            </span>
          </RevealButton>
        )}
      />
    </Section>
  );
}
