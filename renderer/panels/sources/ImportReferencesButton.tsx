import { useRef } from 'react';

/** What Galley accepts from a file picker; the main side tells the formats apart and refuses anything else. */
const ACCEPT = '.json,.bib,.bibtex,.biblatex,application/json,application/x-bibtex,text/x-bibtex';
const MAX_BYTES = 5 * 1024 * 1024;

interface Props {
  disabled: boolean;
  onFile: (file: { name: string; text: string }) => void;
  onError: (message: string) => void;
}

/** "Import CSL-JSON or BibTeX…": a file picker for reference managers' exports (Zotero, Mendeley, JabRef). */
export function ImportReferencesButton({ disabled, onFile, onError }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button" disabled={disabled} onClick={() => input.current?.click()}>
        Import CSL-JSON or BibTeX…
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        aria-label="Reference file (CSL-JSON or BibTeX)"
        className="visually-hidden"
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file === undefined) return;
          if (file.size > MAX_BYTES) {
            onError(`“${file.name}” is ${Math.round(file.size / 1048576)} MB; a reference file can be at most 5 MB. Export fewer references at a time.`);
            return;
          }
          file.text().then(
            (text) => onFile({ name: file.name, text }),
            () => onError(`Couldn't read “${file.name}”.`),
          );
        }}
      />
    </>
  );
}
