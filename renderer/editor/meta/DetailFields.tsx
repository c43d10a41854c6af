import { useId, useState } from 'react';
import type { ArticleMeta } from '../../../shared/domain/article';
import { ChipInput } from './ChipInput';
import { BylinePages } from './BylinePages';
import { LANGUAGE_TAG, SUGGESTED_LANGUAGES, directionOf, languageName } from './language';
import { slugFollowsHeadline, slugify } from './slug';

interface Props {
  meta: ArticleMeta;
  /** Shown but not editable (the workflow says so): every field of the fieldset is disabled. */
  readOnly?: boolean;
  onChange: (meta: ArticleMeta) => void;
  /** A field lost focus: a good moment to save. */
  onBlur: () => void;
}

/** Byline, section, tags, slug, dateline and language: the details a desk needs, compact under the headline. */
export function DetailFields({ meta, readOnly = false, onChange, onBlur }: Props) {
  // While a writer types in these boxes they see what they type; the article gets the cleaned value.
  const [slugDraft, setSlugDraft] = useState<string | null>(null);
  const [languageDraft, setLanguageDraft] = useState<string | null>(null);
  const slugIsAuto = slugFollowsHeadline(meta);
  const ids = {
    section: useId(),
    slug: useId(),
    slugHelp: useId(),
    dateline: useId(),
    language: useId(),
    languageHelp: useId(),
    languages: useId(),
  };
  const languageIsValid = LANGUAGE_TAG.test((languageDraft ?? meta.language).trim());
  const name = languageName(meta.language);

  return (
    <section className="doc-details" aria-label="Article details">
      <fieldset className="doc-details__fields" disabled={readOnly}>
      <ChipInput
        label="Byline"
        itemName="byline"
        values={meta.bylines}
        onChange={(bylines) => onChange({ ...meta, bylines })}
        onBlur={onBlur}
        placeholder="Writer names, separated by commas"
        maxItems={20}
        maxLength={200}
      />
      <BylinePages meta={meta} onChange={onChange} onBlur={onBlur} />
      <div className="field">
        <label htmlFor={ids.section} className="field__label">
          Section
        </label>
        <input
          id={ids.section}
          className="input"
          type="text"
          maxLength={200}
          dir="auto"
          placeholder="e.g. World"
          value={meta.section}
          onChange={(event) => onChange({ ...meta, section: event.target.value })}
          onBlur={onBlur}
        />
      </div>
      <ChipInput
        label="Tags"
        itemName="tag"
        values={meta.tags}
        onChange={(tags) => onChange({ ...meta, tags })}
        onBlur={onBlur}
        placeholder="Topics, separated by commas"
        maxItems={50}
        maxLength={100}
      />
      <div className="field">
        <label htmlFor={ids.dateline} className="field__label">
          Dateline
        </label>
        <input
          id={ids.dateline}
          className="input"
          type="text"
          maxLength={200}
          dir="auto"
          placeholder="e.g. NAIROBI"
          value={meta.dateline}
          onChange={(event) => onChange({ ...meta, dateline: event.target.value })}
          onBlur={onBlur}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.slug} className="field__label">
          Slug
        </label>
        <input
          id={ids.slug}
          className="input input--mono"
          type="text"
          maxLength={200}
          spellCheck={false}
          autoComplete="off"
          value={slugDraft ?? meta.slug}
          aria-describedby={ids.slugHelp}
          onFocus={() => setSlugDraft(meta.slug)}
          onChange={(event) => {
            setSlugDraft(event.target.value);
            const typed = slugify(event.target.value);
            // Cleared: the headline suggests the slug again.
            onChange({ ...meta, slug: typed === '' ? slugify(meta.headline) : typed });
          }}
          onBlur={() => {
            setSlugDraft(null);
            onBlur();
          }}
        />
        <p id={ids.slugHelp} className="field__help">
          {slugIsAuto ? 'Suggested from the headline' : 'Used in the article’s web address'}
        </p>
      </div>
      <div className="field">
        <label htmlFor={ids.language} className="field__label">
          Language
        </label>
        <input
          id={ids.language}
          className="input input--mono"
          type="text"
          list={ids.languages}
          maxLength={35}
          spellCheck={false}
          autoComplete="off"
          value={languageDraft ?? meta.language}
          aria-invalid={!languageIsValid}
          aria-describedby={ids.languageHelp}
          onFocus={() => setLanguageDraft(meta.language)}
          onChange={(event) => {
            const text = event.target.value;
            setLanguageDraft(text);
            if (LANGUAGE_TAG.test(text.trim())) onChange({ ...meta, language: text.trim() });
          }}
          onBlur={() => {
            setLanguageDraft(null);
            onBlur();
          }}
        />
        <datalist id={ids.languages}>
          {SUGGESTED_LANGUAGES.map((tag) => (
            <option key={tag} value={tag}>
              {languageName(tag) ?? tag}
            </option>
          ))}
        </datalist>
        <p id={ids.languageHelp} className={languageIsValid ? 'field__help' : 'field__help field__help--error'}>
          {languageIsValid
            ? `${name ?? meta.language}${directionOf(meta.language) === 'rtl' ? ' · right to left' : ''}`
            : 'Use a language code such as en, fr or ur-PK.'}
        </p>
      </div>
      </fieldset>
    </section>
  );
}
