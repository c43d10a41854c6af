import { useEffect, useRef } from 'react';
import { ImportIcon } from '../../ui/icons';
import { IMPORT_ACCEPT, isImportable } from './importFiles';
import { useImport } from './useImport';

const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') === true;

/**
 * "Import…": a Word document, plain text, Markdown or HTML file becomes a new article.
 * Documents dropped anywhere on the window are imported the same way (images dropped on
 * the text are left to the image tool).
 */
export function ImportButton() {
  const inputRef = useRef<HTMLInputElement>(null);
  const { importFiles, busy } = useImport();

  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      // Never let the browser open a dropped file in place of Galley.
      if (hasFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      if (!files.every(isImportable)) {
        // Images dropped on the text are the image tool's; anywhere else, nothing opens them.
        const onText = event.target instanceof Node && document.getElementById('article-body')?.contains(event.target) === true;
        if (!onText) event.preventDefault();
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      void importFiles(files);
    };
    // Capture: the document is read here before the editor sees the drop as a paste.
    window.addEventListener('dragover', onDragOver, true);
    window.addEventListener('drop', onDrop, true);
    return () => {
      window.removeEventListener('dragover', onDragOver, true);
      window.removeEventListener('drop', onDrop, true);
    };
  }, [importFiles]);

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => inputRef.current?.click()}
        disabled={busy}
        aria-busy={busy}
        // Named here, so that the tooltip (drawn as generated content) is not read as part of the name.
        aria-label={busy ? 'Importing…' : 'Import…'}
        data-tooltip="Open a Word, text, Markdown or HTML file as an article"
      >
        <ImportIcon />
        <span>{busy ? 'Importing…' : 'Import…'}</span>
      </button>
      <input
        ref={inputRef}
        type="file"
        accept={IMPORT_ACCEPT}
        multiple
        hidden
        aria-hidden="true"
        tabIndex={-1}
        data-testid="import-file-input"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          void importFiles(files);
        }}
      />
    </>
  );
}
