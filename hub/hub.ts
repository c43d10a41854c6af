// The hub's runtime entry (built to dist/hub/hub.cjs, run on Node 22 by `galley hub`).
import { main } from './cli/main';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
