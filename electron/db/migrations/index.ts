import type { Migration } from './types';
import { migration001 } from './001-articles';
import { migration002 } from './002-revisions';
import { migration003 } from './003-search';
import { migration004 } from './004-users';
import { migration005 } from './005-workflow';
import { migration006 } from './006-sources';
import { migration007 } from './007-assets';
import { migration008 } from './008-publishing';
import { migration009 } from './009-review';
import { migration010 } from './010-style-and-review-views';
import { migration011 } from './011-claim-verdict-words';
import { migration012 } from './012-approved-publications';
import { migration013 } from './013-sign-in-and-audit-signatures';
import { migration014 } from './014-look-bases';
import { migration015 } from './015-search-notes';
import { migration016 } from './016-claim-authors-and-byline-urls';
import { migration017 } from './017-collab-replica';
import { migration018 } from './018-newsroom-membership';
import { migration019 } from './019-shared-articles';
import { migration020 } from './020-newsroom-people';
import { migration021 } from './021-collab-held';

/** In order; a migration, once released, is never edited: add the next number instead. */
export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
  migration013,
  migration014,
  migration015,
  migration016,
  migration017,
  migration018,
  migration019,
  migration020,
  migration021,
];

export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;
