import { useMemo } from 'preact/hooks';
import { DocumentsSection } from '@/components/DocumentsSection';
import { FiguresSection } from '@/components/FiguresSection';
import { I18nContext } from '@/components/i18n';
import { OfficialsSection } from '@/components/OfficialsSection';
import { SummarySection } from '@/components/SummarySection';
import { createTranslator } from '@/lib/i18n';
import type { ReaderData } from '@/lib/library/data';
import { dateTimeAttribute, formatDate, formatDateTime, webUrl } from '@/lib/library/format';
import { formatHash, HOME } from '@/lib/library/route';
import { articleUrl } from '@/lib/store/key';
import { AnnotationList } from './AnnotationList';
import { ArticleBody } from './ArticleBody';
import { CapturesPanel } from './CapturesPanel';
import type { LibraryActions } from './LibraryApp';
import { NoteEditor } from './NoteEditor';
import { TagEditor } from './TagEditor';
import { useText } from './text';

interface ReaderViewProps {
  data: ReaderData;
  actions: LibraryActions;
}

// The popup's lists "reveal" a sentence on the live page; here the page is the snapshot.
function revealBlock(blockIndex: number) {
  const block = document.getElementById(`block-${blockIndex}`);
  if (!block) return;
  block.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  block.focus({ preventScroll: true });
}

export function ReaderView({ data, actions }: ReaderViewProps) {
  const { t, lang } = useText();
  const popupText = useMemo(() => createTranslator(lang), [lang]);
  const { record, annotations } = data;
  const { article, analysis } = record;
  const original = articleUrl(article);
  const originalHref = webUrl(original);
  const published = formatDateTime(article.publishedAt);
  return (
    <article class="reader" data-testid="reader-view" data-key={record.key}>
      <p class="back">
        <a href={formatHash(HOME)} data-testid="back-link">
          ← {t('back')}
        </a>
      </p>
      <header class="reader-head">
        <h1 id="view-heading" tabIndex={-1} data-testid="reader-title">
          {article.title}
        </h1>
        <dl class="meta">
          {published ? (
            <div>
              <dt>{t('published')}</dt>
              <dd>
                <time dateTime={dateTimeAttribute(article.publishedAt) ?? undefined}>{published}</time>
              </dd>
            </div>
          ) : null}
          {article.category ? (
            <div>
              <dt>{t('category')}</dt>
              <dd data-testid="reader-category">{article.category}</dd>
            </div>
          ) : null}
          {article.author ? (
            <div>
              <dt>{t('author')}</dt>
              <dd>{article.author}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('original')}</dt>
            <dd>
              {originalHref ? (
                <a href={originalHref} target="_blank" rel="noopener noreferrer" data-testid="original-link">
                  {original}
                </a>
              ) : (
                original
              )}
            </dd>
          </div>
          <div>
            <dt class="visually-hidden">{t('savedOn', '')}</dt>
            <dd class="muted">{t('savedOn', formatDate(record.savedAt) ?? '')}</dd>
          </div>
        </dl>
        {article.sapo ? (
          <p class="sapo" data-testid="reader-sapo">
            {article.sapo}
          </p>
        ) : null}
      </header>
      <div class="reader-columns">
        <section class="reader-text" aria-labelledby="body-heading">
          <h2 id="body-heading">{t('bodyHeading')}</h2>
          <ArticleBody blocks={article.blocks} />
        </section>
        <aside class="reader-side">
          <I18nContext.Provider value={popupText}>
            <div class="analysis">
              <SummarySection sentences={analysis.summary} onReveal={revealBlock} />
              <OfficialsSection officials={analysis.officials} onReveal={revealBlock} />
              <FiguresSection figures={analysis.figures} onReveal={revealBlock} />
              <DocumentsSection documents={analysis.documents} onReveal={revealBlock} />
            </div>
          </I18nContext.Provider>
          <NoteEditor note={record.note} onSave={(note) => actions.saveNote(record.key, note)} />
          <TagEditor tags={record.tags} onChange={(tags) => actions.setTags(record.key, tags)} />
          <AnnotationList
            annotations={annotations}
            onSave={actions.saveAnnotation}
            onDelete={actions.deleteAnnotation}
          />
          <CapturesPanel captures={record.captures} originalUrl={original} />
        </aside>
      </div>
    </article>
  );
}
