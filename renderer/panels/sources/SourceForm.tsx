import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import {
  ATTRIBUTION_RULES,
  SOURCE_KINDS,
  SourceFieldsSchema,
  type AttributionRule,
  type SourceFields,
  type SourceKind,
} from '../../../shared/domain/source';
import { ATTRIBUTION_LABELS, KIND_LABELS } from '../../common/sources/sourceLabels';

interface FormState {
  kind: SourceKind;
  title: string;
  url: string;
  publisher: string;
  author: string;
  publishedDate: string;
  accessedDate: string;
  archiveUrl: string;
  notes: string;
  name: string;
  role: string;
  contact: string;
  attribution: AttributionRule;
}

type FieldName = keyof FormState;

function stateOf(fields: SourceFields | null): FormState {
  return {
    kind: fields?.kind ?? 'web_page',
    title: fields?.title ?? '',
    url: fields?.url ?? '',
    publisher: fields?.publisher ?? '',
    author: fields?.author ?? '',
    publishedDate: fields?.publishedDate ?? '',
    accessedDate: fields?.accessedDate ?? '',
    archiveUrl: fields?.archiveUrl ?? '',
    notes: fields?.notes ?? '',
    name: fields?.interview?.name ?? '',
    role: fields?.interview?.role ?? '',
    contact: fields?.interview?.contact ?? '',
    attribution: fields?.interview?.attribution ?? 'on_the_record',
  };
}

/** The form as the contract's fields: interview details only for interviews. */
function fieldsOf(state: FormState) {
  return {
    kind: state.kind,
    title: state.title,
    url: state.url.trim(),
    publisher: state.publisher,
    author: state.author,
    publishedDate: state.publishedDate,
    accessedDate: state.accessedDate,
    archiveUrl: state.archiveUrl.trim(),
    notes: state.notes,
    interview: state.kind === 'interview' ? { name: state.name, role: state.role, contact: state.contact, attribution: state.attribution } : null,
  };
}

type Validated = { ok: true; fields: SourceFields } | { ok: false; errors: Partial<Record<FieldName, string>> };

/** The fields, or a message per field from the schema's issues ("interview.name" → name). */
function validate(state: FormState): Validated {
  const parsed = SourceFieldsSchema.safeParse(fieldsOf(state));
  if (parsed.success) return { ok: true, fields: parsed.data };
  const errors: Partial<Record<FieldName, string>> = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path.at(-1) ?? 'title') as FieldName;
    const message = key === 'url' || key === 'archiveUrl' ? 'Enter a full web address starting with https://' : issue.message;
    errors[key] ??= message.charAt(0).toUpperCase() + message.slice(1);
  }
  return { ok: false, errors };
}

interface Props {
  /** The source being edited, or null for a new one. */
  initial: SourceFields | null;
  busy: boolean;
  submitLabel: string;
  /** Saves; resolves to whether it was saved. */
  onSubmit: (fields: SourceFields) => Promise<boolean>;
  /** Closes the form: Cancel, or a save with nothing typed since. */
  onClose: () => void;
  /** Extra actions under the form (Delete from library). */
  extra?: ReactNode;
}

/** Every field of a source, with the interview fields and attribution rule for interviews. */
export function SourceForm({ initial, busy, submitLabel, onSubmit, onClose, extra }: Props) {
  const [state, setState] = useState<FormState>(() => stateOf(initial));
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const baseId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [attempt, setAttempt] = useState(0);
  // Counts changes to the form, so that a save closes it only if nothing was typed while it went out.
  const edits = useRef(0);
  const set = (name: FieldName) => (value: string) => {
    edits.current += 1;
    setState((s) => ({ ...s, [name]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validate(state);
    setErrors(result.ok ? {} : result.errors);
    if (!result.ok) {
      setAttempt((n) => n + 1);
      return;
    }
    const editsAtSubmit = edits.current;
    if ((await onSubmit(result.fields)) && edits.current === editsAtSubmit) onClose();
  };

  // After a refused submit, the caret goes to the first field that needs fixing (its message is read with it).
  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const text = (name: FieldName, label: string, options: { type?: string; placeholder?: string; help?: string; multiline?: boolean } = {}) => {
    const id = `${baseId}-${name}`;
    const error = errors[name];
    const describedBy = [error ? `${id}-error` : null, options.help ? `${id}-help` : null].filter(Boolean).join(' ') || undefined;
    const common = {
      id,
      className: 'input',
      value: state[name],
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy,
      placeholder: options.placeholder,
    };
    return (
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        {options.multiline ? (
          <textarea {...common} rows={3} onChange={(e) => set(name)(e.target.value)} />
        ) : (
          <input {...common} type={options.type ?? 'text'} onChange={(e) => set(name)(e.target.value)} />
        )}
        {options.help ? (
          <span id={`${id}-help`} className="field__help">
            {options.help}
          </span>
        ) : null}
        {error ? (
          <span id={`${id}-error`} className="field__help--error">
            {error}
          </span>
        ) : null}
      </div>
    );
  };

  const interview = state.kind === 'interview';
  const confidential = interview && state.attribution !== 'on_the_record';

  return (
    <form ref={formRef} className="source-form" aria-label={initial === null ? 'New source' : 'Edit source'} onSubmit={(event) => void submit(event)} noValidate>
      <div className="field">
        <label className="field__label" htmlFor={`${baseId}-kind`}>
          Kind
        </label>
        <select id={`${baseId}-kind`} className="input" value={state.kind} onChange={(e) => set('kind')(e.target.value)}>
          {SOURCE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      {text('title', 'Title', { placeholder: interview ? 'e.g. Interview at the port office' : 'As the source titles itself' })}
      {interview ? (
        <fieldset className={`source-form__interview${confidential ? ' source-form__interview--confidential' : ''}`}>
          <legend>Interviewee</legend>
          <div className="source-form__row">
            {text('name', 'Name')}
            {text('role', 'Role', { placeholder: 'e.g. a port official', help: 'How the article may describe them.' })}
          </div>
          {text('contact', 'Contact', { placeholder: 'Phone or e-mail' })}
          <div className="field">
            <label className="field__label" htmlFor={`${baseId}-attribution`}>
              Attribution
            </label>
            <select
              id={`${baseId}-attribution`}
              className="input"
              value={state.attribution}
              aria-describedby={confidential ? `${baseId}-confidential` : undefined}
              onChange={(e) => set('attribution')(e.target.value)}
            >
              {ATTRIBUTION_RULES.map((rule) => (
                <option key={rule} value={rule}>
                  {ATTRIBUTION_LABELS[rule]}
                </option>
              ))}
            </select>
          </div>
          {confidential ? (
            <p id={`${baseId}-confidential`} className="source-form__warning">
              Confidential: the name and contact never leave Galley. Exports, publications and logs show “[confidential
              source]”, and the checks block publication if the name appears in the article.
            </p>
          ) : null}
        </fieldset>
      ) : null}
      {text('url', 'Address (URL)', { type: 'url', placeholder: 'https://' })}
      <div className="source-form__row">
        {text('publisher', interview ? 'Organisation' : 'Publisher')}
        {text('author', 'Author')}
      </div>
      <div className="source-form__row">
        {text('publishedDate', 'Published', { type: 'date' })}
        {text('accessedDate', 'Accessed', { type: 'date' })}
      </div>
      {text('archiveUrl', 'Archived copy (URL)', { type: 'url', placeholder: 'https://web.archive.org/…' })}
      {text('notes', 'Notes', { multiline: true, help: 'How an editor can check it, if there is no address.' })}
      <div className="source-form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Cancel
        </button>
      </div>
      {extra}
    </form>
  );
}
