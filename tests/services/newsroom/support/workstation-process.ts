/**
 * A workstation as its own process, for the crash test: `edit` types the given words into
 * the lede one keystroke at a time (each one logged before the next), says so, and waits
 * to be killed; `deliver` links to the hub, waits until everything is acknowledged, and exits.
 */
import { $getRoot, $isElementNode, $isTextNode } from 'lexical';
import { openWorkstation } from './workstation';

interface Args {
  mode: 'edit' | 'deliver';
  file: string;
  documentName: string;
  hub: string;
  token: string;
  words?: string;
}

const args = JSON.parse(process.argv[2] ?? '{}') as Args;
const station = openWorkstation(args.file, args.documentName);
station.connect(args.hub, args.token);

if (args.mode === 'edit') {
  const words = args.words ?? '';
  for (let i = 0; i < words.length; i += 1) {
    station.replica.editor.update(
      () => {
        const lede = $getRoot().getFirstChild();
        const text = $isElementNode(lede) ? lede.getFirstDescendant() : null;
        if (!$isTextNode(text)) throw new Error('no lede to type into');
        text.spliceText(i, 0, words[i]!, false);
      },
      { discrete: true },
    );
  }
  process.stdout.write(`edited ${station.replica.waitingChanges()}\n`);
  setInterval(() => undefined, 60_000);
} else {
  const check = setInterval(() => {
    if (station.link?.state().kind !== 'synced') return;
    clearInterval(check);
    station.close();
    process.stdout.write('synced\n', () => process.exit(0));
  }, 20);
}
