import { useId, type KeyboardEvent } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { ArticleMeta } from '../../../shared/domain/article';
import { useArticleQuotes } from '../plugins/articleQuotes';
import { StyledTextarea } from '../style/StyledTextarea';
import { withHeadline } from './slug';

interface Props {
  meta: ArticleMeta;
  direction: 'ltr' | 'rtl';
  /** Shown, selectable, but not editable (the workflow says so). */
  readOnly?: boolean;
  onChange: (meta: ArticleMeta) => void;
  /** A field lost focus: a good moment to save. */
  onBlur: () => void;
  /** Enter in the standfirst moves to the body. */
  onFocusBody: () => void;
}

/** The headline and standfirst, set large above the text as they will be read; quotes typed in them curl as in the body. */
export function HeadlineFields({ meta, direction, readOnly = false, onChange, onBlur, onFocusBody }: Props) {
  const dekId = useId();
  const [editor] = useLexicalComposerContext();
  const quotes = useArticleQuotes(editor);

  const setHeadline = (headline: string) => {
    const clean = headline.replace(/\s*\n\s*/g, ' ');
    onChange(withHeadline(meta, clean));
  };

  const onHeadlineKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      document.getElementById(dekId)?.focus();
    }
  };

  const onDekKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      onFocusBody();
    }
  };

  return (
    <header className="doc-header" lang={meta.language} dir={direction}>
      <label className="visually-hidden" htmlFor="article-headline">
        Headline
      </label>
      <StyledTextarea
        field="headline"
        id="article-headline"
        className="doc-headline"
        rows={1}
        maxLength={500}
        placeholder="Headline"
        readOnly={readOnly}
        quotes={quotes}
        value={meta.headline}
        onText={setHeadline}
        onKeyDown={onHeadlineKeyDown}
        onBlur={onBlur}
      />
      <label className="visually-hidden" htmlFor={dekId}>
        Standfirst (dek)
      </label>
      <StyledTextarea
        field="dek"
        id={dekId}
        className="doc-dek"
        rows={1}
        maxLength={2000}
        placeholder="Standfirst: the one or two sentences under the headline"
        readOnly={readOnly}
        quotes={quotes}
        value={meta.dek}
        onText={(dek) => onChange({ ...meta, dek: dek.replace(/\s*\n\s*/g, ' ') })}
        onKeyDown={onDekKeyDown}
        onBlur={onBlur}
      />
    </header>
  );
}
