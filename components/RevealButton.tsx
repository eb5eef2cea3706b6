import type { ComponentChildren } from 'preact';
import { useI18n } from './i18n';

interface RevealButtonProps {
  testId: string;
  blockIndex: number;
  text?: string;
  onReveal: (blockIndex: number, text?: string) => void;
  children: ComponentChildren;
}

/** A list entry the reader can click (or press Enter on) to scroll the page to it. */
export function RevealButton({ testId, blockIndex, text, onReveal, children }: RevealButtonProps) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      class="reveal"
      title={t('revealHint')}
      data-testid={testId}
      data-block-index={blockIndex}
      onClick={() => onReveal(blockIndex, text)}
    >
      {children}
    </button>
  );
}
