import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ChannelOutput } from '../../shared/contract/channels';
import { licenceById } from '../../shared/licences/catalogue';
import { figureCredit } from '../../shared/licences/image-credit';
import { MAX_IMAGE_BYTES, megabytes } from '../assets/limits';
import { call, type CommandContext } from './commands';
import { CliFailure, EXIT, printJson } from './output';

type Added = ChannelOutput<'assets.add'>;

/**
 * The stable shape `galley assets add --json` prints (scripts depend on it): every rights
 * field the file's metadata can fill, and the credit line Galley prints with the image.
 */
export function addedAssetJson(added: Added) {
  const { asset, rights, findings } = added;
  return {
    asset: { id: asset.id, mime: asset.mime, width: asset.width, height: asset.height },
    rights: {
      creator: rights.creator,
      creditLine: rights.creditLine,
      source: rights.source,
      sourceUrl: rights.sourceUrl,
      copyrightNotice: rights.copyrightNotice,
      webStatement: rights.webStatement,
      licensor: rights.licensor,
      licensorUrl: rights.licensorUrl,
      licence: rights.licence === null ? null : { id: rights.licence.id, url: rights.licence.url },
      usageTerms: rights.usageTerms,
      restrictions: rights.restrictions,
      digitalSourceType: rights.digitalSourceType,
      aiGenerated: rights.aiGenerated,
    },
    credit: figureCredit('', rights).text,
    findings,
  };
}

function printHuman(added: Added): void {
  const { asset, rights, findings } = added;
  const out: string[] = [
    `${added.duplicate ? 'Already in the library' : 'Added'}: “${asset.fileName}” (${asset.format.toUpperCase()}, ${asset.width} × ${asset.height}) as ${asset.id}`,
  ];
  const field = (label: string, value: string) => {
    if (value.trim() !== '') out.push(`  ${label}: ${value.replace(/\s+/g, ' ').trim()}`);
  };
  field('Creator', rights.creator);
  field('Credit line', rights.creditLine);
  field('Source', rights.source);
  field('Source page', rights.sourceUrl);
  field('Copyright', rights.copyrightNotice);
  field('Web statement', rights.webStatement);
  field('Licensor', [rights.licensor, rights.licensorUrl].filter((part) => part !== '').join(', '));
  field('Licence', rights.licence === null ? '(none)' : (licenceById(rights.licence.id)?.name ?? rights.licence.id));
  field('Usage terms', rights.usageTerms);
  field('Restrictions', rights.restrictions);
  field('Digital source type', rights.digitalSourceType);
  if (rights.aiGenerated) out.push('  AI-generated: yes');
  field('Printed credit', figureCredit('', rights).text);
  if (findings.length > 0) {
    out.push('Findings:');
    for (const finding of findings) out.push(`  ${finding.severity.padEnd(5)} ${finding.code}  ${finding.message}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

/**
 * `galley assets add FILE`: stores an image in the library through the same channel as the
 * app (so the same checks of its bytes apply) and prints its rights as read from its
 * metadata, and its findings. Exit 0 once stored, whatever the findings (they are about
 * how the image may be used, which is decided where it is used); 2 for a bad file.
 */
export async function assetsAddCommand(ctx: CommandContext, file: string): Promise<void> {
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new CliFailure(`galley: cannot read ${file}: no such file.`, EXIT.badInput);
  }
  if (!info.isFile()) throw new CliFailure(`galley: ${file} is not a file.`, EXIT.badInput);
  if (info.size > MAX_IMAGE_BYTES) {
    throw new CliFailure(`galley: ${file} is ${megabytes(info.size)}; the limit for an image is ${megabytes(MAX_IMAGE_BYTES)}.`, EXIT.badInput);
  }
  const bytes = await readFile(file);
  const added = await call<Added>(ctx, 'assets.add', { fileName: basename(file), data: bytes.toString('base64') });
  if (ctx.json) printJson(addedAssetJson(added));
  else printHuman(added);
}
