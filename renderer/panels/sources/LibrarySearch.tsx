import { useEffect, useId, useState } from 'react';
import type { Source } from '../../../shared/domain/source';
import { errorMessage } from '../../platform/api';
import { useApi } from '../../platform/ApiContext';
import { useDebouncedValue } from '../../ui/hooks/useDebouncedValue';
import { sourceSubtitle } from '../../common/sources/sourceLabels';

interface Props {
  /** Already attached: shown as such, not offered again. */
  attachedIds: ReadonlySet<string>;
  canAttach: boolean;
  busy: boolean;
  onAttach: (source: Source) => void;
}

type Results = { kind: 'loading' } | { kind: 'ready'; sources: Source[] } | { kind: 'failed'; message: string };

/** The newsroom's library: search it by title, publisher, author or address, and attach what was used before. */
export function LibrarySearch({ attachedIds, canAttach, busy, onAttach }: Props) {
  const api = useApi();
  const inputId = useId();
  const [query, setQuery] = useState('');
  const settled = useDebouncedValue(query, 200);
  const [results, setResults] = useState<Results>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    api.call('sources.list', { query: settled, limit: 20 }).then(
      (sources) => {
        if (current) setResults({ kind: 'ready', sources });
      },
      (error: unknown) => {
        if (current) setResults({ kind: 'failed', message: errorMessage(error) });
      },
    );
    return () => {
      current = false;
    };
    // attachedIds: after attaching, the list is fetched again so the library's order stays current.
  }, [api, settled, attachedIds]);

  const sources = results.kind === 'ready' ? results.sources : [];
  return (
    <section className="library" aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`} className="sources__heading">
        From the library
      </h3>
      <label htmlFor={inputId} className="visually-hidden">
        Search the library
      </label>
      <input
        id={inputId}
        className="input"
        type="search"
        // The placeholder is short enough for the narrowest panel; what is searched is said under the box.
        placeholder="Search the library"
        aria-describedby={`${inputId}-help`}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <span id={`${inputId}-help`} className="field__help">
        By title, publisher, author or address.
      </span>
      {results.kind === 'failed' ? (
        <p className="field-error" role="alert">
          Couldn't search the library: {results.message}
        </p>
      ) : null}
      {results.kind === 'ready' && sources.length === 0 ? (
        <p className="panel-empty">{settled.trim() === '' ? 'The library is empty.' : `No source matches “${settled.trim()}”.`}</p>
      ) : null}
      {sources.length > 0 ? (
        <ul className="library__results" aria-label="Library sources">
          {sources.map((source) => {
            const attached = attachedIds.has(source.id);
            return (
              <li key={source.id} className="library__result">
                <div className="library__text">
                  <span className="source__title">{source.title}</span>
                  <span className="source__meta">{sourceSubtitle(source)}</span>
                </div>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={attached ? `${source.title} is attached` : `Attach ${source.title}`}
                  disabled={attached || !canAttach || busy}
                  onClick={() => onAttach(source)}
                >
                  {attached ? 'Attached' : 'Attach'}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
