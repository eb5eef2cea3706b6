import type { Block } from '@/lib/cpv/article';
import { webUrl } from '@/lib/library/format';
import { useText } from './text';

/** The saved snapshot, block by block, as text: stored markup is never interpreted. */
export function ArticleBody({ blocks }: { blocks: readonly Block[] }) {
  return (
    <div class="article-body" data-testid="article-body">
      {blocks.map((block, index) => (
        <BlockView key={index} block={block} index={index} />
      ))}
    </div>
  );
}

function BlockView({ block, index }: { block: Block; index: number }) {
  const { t } = useText();
  const common = { id: `block-${index}`, tabIndex: -1, 'data-block-index': index };
  switch (block.type) {
    case 'paragraph':
      return <p {...common}>{block.text}</p>;
    case 'heading': {
      // h1 is the title and h2 the page's sections: body headings start at h3.
      const level = Math.min(6, Math.max(3, block.level + 1));
      const Tag = `h${level}` as 'h3' | 'h4' | 'h5' | 'h6';
      return (
        <Tag {...common} class="body-heading">
          {block.text}
        </Tag>
      );
    }
    case 'quote':
      return (
        <blockquote {...common}>
          <p>{block.text}</p>
        </blockquote>
      );
    case 'list': {
      const items = block.items.map((item, i) => <li key={i}>{item}</li>);
      return block.ordered ? <ol {...common}>{items}</ol> : <ul {...common}>{items}</ul>;
    }
    case 'table':
      return (
        <div {...common} class="table-wrap">
          <table>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'image': {
      const src = webUrl(block.src);
      const caption = [block.caption, block.credit].filter(Boolean).join(' · ');
      return (
        <figure {...common} class="body-figure">
          {src ? (
            <img
              src={src}
              alt={block.alt ?? block.caption ?? ''}
              loading="lazy"
              referrerpolicy="no-referrer"
            />
          ) : (
            <span class="muted">{t('imageFallback')}</span>
          )}
          {caption ? <figcaption class="muted">{caption}</figcaption> : null}
        </figure>
      );
    }
  }
}
