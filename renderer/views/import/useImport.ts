import { useCallback } from 'react';
import { openArticle } from '../../common/route';
import { useApi } from '../../platform/ApiContext';
import { useToasts } from '../../ui/toasts';
import { useFormAction } from '../../ui/useFormAction';
import { danglingReferencesNotice } from '../../../shared/content/dangling-references';
import { importOne, isImportable } from './importFiles';

/** Imports files as new articles, one after another, and opens the last one imported. */
export function useImport() {
  const api = useApi();
  const toasts = useToasts();
  const { busy, run } = useFormAction('toast');

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      const importable = files.filter(isImportable);
      for (const file of files.filter((each) => !isImportable(each))) {
        toasts.showError(`Galley cannot import “${file.name}”. It imports Word documents (.docx), plain text, Markdown and HTML files.`);
      }
      if (importable.length === 0) return;
      // One file's failure is told on its own and the next file is still imported.
      for (const file of importable) {
        await run(
          async () => {
            const article = await importOne(api, file);
            const headline = article.meta.headline.trim() || file.name;
            const dangling = danglingReferencesNotice(article.body);
            toasts.showInfo(dangling === null ? `Imported “${headline}”.` : `Imported “${headline}”. ${dangling}`);
            openArticle(article.id);
          },
          { failed: `Couldn't import “${file.name}”` },
        );
      }
    },
    [api, run, toasts],
  );

  return { importFiles, busy };
}
