import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { openGalley } from '../services';
import type { ChannelOutput } from '../../shared/contract/channels';
import type { Finding } from '../../shared/checks/finding';
import { locationLabel, paragraphNumber } from '../../shared/checks/location-label';
import type { Session } from '../../shared/domain/session';
import { CliFailure, EXIT, plural, printJson } from './output';
import { call, type CommandContext } from './commands';

const MAX_FILE_BYTES = 20 * 1024 * 1024;
const ARTICLE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The writer a file is imported as in its temporary store: the store is private to this run and deleted after it. */
const FILE_CHECKER: Session = { userId: 'galley-check', displayName: 'galley check', role: 'writer' };

/** What `galley check` was given: a file on disk, else an article id; anything else is bad input. */
export async function checkTarget(target: string): Promise<{ kind: 'file'; path: string } | { kind: 'article'; id: string }> {
  const info = await stat(target).catch(() => null);
  if (info !== null) {
    if (!info.isFile()) throw new CliFailure(`galley: ${target} is not a file.`, EXIT.badInput);
    if (info.size > MAX_FILE_BYTES) {
      throw new CliFailure(`galley: ${target} is ${Math.round(info.size / 1048576)} MB; the limit for an import is 20 MB.`, EXIT.badInput);
    }
    return { kind: 'file', path: target };
  }
  if (ARTICLE_ID.test(target)) return { kind: 'article', id: target };
  throw new CliFailure(`galley: ${target} is neither a file nor an article id (see galley list).`, EXIT.badInput);
}

/**
 * Checks a file: imports it into a temporary data directory through the same importers,
 * validation and checks as the app, then removes the directory. Nothing touches the
 * newsroom's own data. Import errors are bad input (exit 2).
 */
export async function checkFile(path: string): Promise<Finding[]> {
  // Bytes, not text: a Word document (.docx) is read from its bytes; text formats are decoded as UTF-8.
  const bytes = new Uint8Array(await readFile(path));
  const dir = await mkdtemp(join(tmpdir(), 'galley-check-'));
  const galley = openGalley({ dataDir: dir, log: () => {} });
  try {
    const article = await galley.services.transfer.importDocument(FILE_CHECKER, basename(path), { bytes });
    return galley.services.checks.run(article.id);
  } finally {
    galley.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** An article's findings, through the router as the signed-in user. */
export async function checkArticle(ctx: CommandContext, id: string): Promise<Finding[]> {
  return (await call<ChannelOutput<'checks.run'>>(ctx, 'checks.run', { articleId: id })).findings;
}

/**
 * Prints the findings (`--json`: `{"findings":[{code, severity, message, location, paragraph}]}`)
 * and fails with exit status 1 when any finding blocks publication. `location` is the app's
 * own (block indexes from 0, as the editor selects them); `paragraph` is the number the text
 * output and the Checks panel print (from 1, or null outside the body's paragraphs).
 */
export function reportFindings(findings: readonly Finding[], json: boolean): void {
  if (json) {
    printJson({ findings: findings.map(({ code, severity, message, location }) => ({ code, severity, message, location, paragraph: paragraphNumber(location) })) });
  } else {
    for (const finding of findings) {
      process.stdout.write(`${finding.severity.padEnd(5)}  ${finding.code}  ${finding.message} (${locationLabel(finding.location)})\n`);
    }
    const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
    process.stdout.write(`${count('block')} blocking, ${plural(count('warn'), 'warning', 'warnings')}, ${plural(count('info'), 'note', 'notes')}\n`);
  }
  const blocking = findings.filter((finding) => finding.severity === 'block').length;
  if (blocking > 0) {
    throw new CliFailure(`galley: ${blocking === 1 ? 'one finding blocks' : `${blocking} findings block`} publication.`, EXIT.blocked);
  }
}
