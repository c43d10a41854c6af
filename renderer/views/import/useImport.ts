import { useCallback, useState } from 'react';
import { openArticle } from '../../app/route';
import { errorMessage } from '../../platform/api';
import { useApi } from '../../platform/ApiContext';
import { useToasts } from '../../ui/toasts';
import { danglingReferencesNotice } from '../../../shared/content/dangling-references';
import { importOne, isImportable } from './importFiles';

/** Imports files as new articles, one after another, and opens the last one imported. */
export function useImport() {
  const api = useApi();
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      const importable = files.filter(isImportable);
      for (const file of files.filter((each) => !isImportable(each))) {
        toasts.showError(`Galley cannot import “${file.name}”. It imports Word documents (.docx), plain text, Markdown and HTML files.`);
      }
      if (importable.length === 0) return;
      setBusy(true);
      try {
        for (const file of importable) {
          try {
            const article = await importOne(api, file);
            const headline = article.meta.headline.trim() || file.name;
            const dangling = danglingReferencesNotice(article.body);
            toasts.showInfo(dangling === null ? `Imported “${headline}”.` : `Imported “${headline}”. ${dangling}`);
            openArticle(article.id);
          } catch (error) {
            toasts.showError(`Couldn't import “${file.name}”: ${errorMessage(error)}`);
          }
        }
      } finally {
        setBusy(false);
      }
    },
    [api, toasts],
  );

  return { importFiles, busy };
}
