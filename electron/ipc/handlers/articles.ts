import type { articlesChannels } from '../../../shared/contract/channels/articles';
import type { HandlersOf } from './types';

export const articlesHandlers: HandlersOf<typeof articlesChannels> = {
  'articles.create': (input, { session, services }) => services.articles.create(session, input.meta ?? {}),
  'articles.get': (input, { services }) => services.articles.get(input.id),
  'articles.list': (input, { services }) => services.articles.list(input.query, input.offset, input.limit),
  'articles.save': (input, { session, services }) => services.articles.save(session, input),
  'articles.import': (input, { session, services }) =>
    services.transfer.importDocument(
      session,
      input.fileName,
      input.data !== undefined ? { bytes: Buffer.from(input.data, 'base64') } : { text: input.text ?? '' },
      input.format,
    ),
  'articles.convertPaste': (input, { services }) => services.transfer.convertPaste(input.html),
  'articles.export': (input, { services }) => services.transfer.exportArticle(input.id, input.format),
  'revisions.create': (input, { session, services }) =>
    services.articles.createRevision(session, input.articleId, input.name),
  'revisions.list': (input, { services }) => services.articles.listRevisions(input.articleId),
  'revisions.get': (input, { services }) => services.articles.getRevision(input.id),
  'revisions.restore': (input, { session, services }) =>
    services.articles.restore(session, input.articleId, input.revisionId),
};
