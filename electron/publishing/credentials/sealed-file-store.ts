import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { GalleyError } from '../../../shared/contract/errors';
import { withFileLock } from './file-lock';
import type { Sealer, SecretStore } from './secret-store';

const FileSchema = z.object({
  format: z.literal('galley.secrets'),
  version: z.literal(1),
  sealer: z.string(),
  entries: z.record(z.string(), z.base64()),
});
type SecretsFile = z.infer<typeof FileSchema>;

const EntrySchema = z.object({ ref: z.string(), value: z.string() });

/**
 * Secrets in one file, each sealed on its own. The ref is sealed with its value, so an entry
 * copied under another name is refused rather than handed to the wrong target.
 */
export function sealedFileStore(path: string, sealer: Sealer | (() => Sealer), description: string): SecretStore {
  const getSealer = typeof sealer === 'function' ? sealer : () => sealer;

  function read(): SecretsFile {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return { format: 'galley.secrets', version: 1, sealer: getSealer().kind, entries: {} };
    }
    const parsed = FileSchema.safeParse(JSON.parse(text));
    if (!parsed.success) throw new GalleyError('INTERNAL', `The secrets file ${path} is damaged; remove it and enter the targets' credentials again.`);
    return parsed.data;
  }

  function write(file: SecretsFile): void {
    mkdirSync(dirname(path), { recursive: true });
    const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
    renameSync(temporary, path);
  }

  return {
    description,
    async get(ref) {
      const sealed = read().entries[ref];
      if (sealed === undefined) return null;
      let entry: z.infer<typeof EntrySchema>;
      try {
        entry = EntrySchema.parse(JSON.parse(await getSealer().open(Buffer.from(sealed, 'base64'))));
      } catch (error) {
        if (error instanceof GalleyError) throw error;
        throw new GalleyError('FORBIDDEN', `A stored credential could not be opened with ${description}: was the key changed? Enter the target's credentials again.`);
      }
      if (entry.ref !== ref) throw new GalleyError('FORBIDDEN', 'A stored credential belongs to another target: enter this target’s credentials again.');
      return entry.value;
    },
    async set(ref, value) {
      const sealer = getSealer();
      // Sealed before the lock is taken: the keychain or scrypt may take a while.
      const sealed = await sealer.seal(JSON.stringify({ ref, value }));
      await withFileLock(path, async () => {
        const file = read();
        write({ ...file, sealer: sealer.kind, entries: { ...file.entries, [ref]: sealed.toString('base64') } });
      });
    },
    async delete(ref) {
      await withFileLock(path, async () => {
        const file = read();
        if (!(ref in file.entries)) return;
        const { [ref]: _gone, ...rest } = file.entries;
        write({ ...file, entries: rest });
      });
    },
  };
}
