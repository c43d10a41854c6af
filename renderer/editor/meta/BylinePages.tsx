import { useId, useState } from 'react';
import type { ArticleMeta } from '../../../shared/domain/article';
import { WebUrlSchema } from '../../../shared/domain/web-address';

interface Props {
  meta: ArticleMeta;
  onChange: (meta: ArticleMeta) => void;
  onBlur: () => void;
}

/**
 * Each byline's author page (optional): it goes out as the NewsArticle author's url and in
 * ninjs `people`. Folded away under the bylines, since most articles need none.
 */
export function BylinePages({ meta, onChange, onBlur }: Props) {
  if (meta.bylines.length === 0) return null;
  const count = meta.bylines.filter((name) => meta.bylineUrls?.[name] !== undefined).length;
  const commit = (name: string, url: string | null) => {
    const rest = Object.fromEntries(Object.entries(meta.bylineUrls ?? {}).filter(([other]) => other !== name));
    const next = url === null ? rest : { ...rest, [name]: url };
    const { bylineUrls: _old, ...without } = meta;
    onChange(Object.keys(next).length === 0 ? without : { ...without, bylineUrls: next });
  };
  return (
    <details className="byline-pages">
      <summary className="field__label">Author pages{count > 0 ? ` (${count})` : ''}</summary>
      {meta.bylines.map((name) => (
        <BylinePage key={name} name={name} url={meta.bylineUrls?.[name] ?? ''} onCommit={(url) => commit(name, url)} onBlur={onBlur} />
      ))}
    </details>
  );
}

/** An author page as typed: none (empty), a web address, or why it is not one. */
function parsePage(value: string): { url: string | null } | { error: string } {
  if (value.trim() === '') return { url: null };
  const checked = WebUrlSchema.safeParse(value);
  return checked.success ? { url: checked.data } : { error: checked.error.issues[0]?.message ?? 'give a web address starting with https://' };
}

/** One author page: kept as typed while it is not a web address yet, and said why when the box is left. */
function BylinePage({ name, url, onCommit, onBlur }: { name: string; url: string; onCommit: (url: string | null) => void; onBlur: () => void }) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        Author page for {name}
      </label>
      <input
        id={id}
        className="input"
        type="url"
        dir="ltr"
        placeholder="https://… (optional)"
        value={draft ?? url}
        aria-invalid={error !== null}
        aria-describedby={error === null ? undefined : `${id}-error`}
        onChange={(event) => {
          const value = event.target.value;
          setDraft(value);
          const checked = parsePage(value);
          if ('url' in checked) {
            setError(null);
            onCommit(checked.url);
          }
        }}
        onBlur={() => {
          const checked = draft === null ? null : parsePage(draft);
          if (checked !== null && 'error' in checked) setError(checked.error);
          else setDraft(null);
          onBlur();
        }}
      />
      {error === null ? null : (
        <p id={`${id}-error`} className="field-error" role="alert">
          Not saved: {error}.
        </p>
      )}
    </div>
  );
}
