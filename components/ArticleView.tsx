import type { Analysis } from '@/lib/analysis/types';
import type { Article } from '@/lib/cpv/article';
import type { NoteView, SaveView } from '@/lib/popup/state';
import { ArticleHeader } from './ArticleHeader';
import { DocumentsSection } from './DocumentsSection';
import { FiguresSection } from './FiguresSection';
import { useI18n } from './i18n';
import { OfficialsSection } from './OfficialsSection';
import type { PopupActions } from './Popup';
import { NotesPanel, SaveBar } from './SavePanel';
import { SummarySection } from './SummarySection';

interface ArticleViewProps {
  article: Article;
  /** Null while the analysis is still running. */
  analysis: Analysis | null;
  save: SaveView;
  note: NoteView;
  revealFailed: boolean;
  now: number;
  libraryUrl: string;
  actions: PopupActions;
}

export function ArticleView({
  article,
  analysis,
  save,
  note,
  revealFailed,
  now,
  libraryUrl,
  actions,
}: ArticleViewProps) {
  const { t } = useI18n();
  return (
    <article class="article" data-testid="article-view" aria-label={t('articleLabel')}>
      <ArticleHeader article={article} now={now} />
      <SaveBar save={save} now={now} onSave={actions.onSave} />
      <p class="error-text small" role="status" data-testid="reveal-error">
        {revealFailed ? t('revealFailed') : null}
      </p>
      {analysis ? (
        <>
          <SummarySection sentences={analysis.summary} onReveal={actions.onReveal} />
          <OfficialsSection officials={analysis.officials} onReveal={actions.onReveal} />
          <FiguresSection figures={analysis.figures} onReveal={actions.onReveal} />
          <DocumentsSection documents={analysis.documents} onReveal={actions.onReveal} />
        </>
      ) : (
        <p class="muted" role="status" aria-live="polite" data-testid="analysis-loading">
          {t('analysing')}
        </p>
      )}
      <NotesPanel
        save={save}
        note={note}
        libraryUrl={libraryUrl}
        onNoteInput={actions.onNoteInput}
        onNoteBlur={actions.onNoteBlur}
        onNoteSave={actions.onNoteSave}
        onOpenLibrary={actions.onOpenLibrary}
      />
    </article>
  );
}
