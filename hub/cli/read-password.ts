/**
 * A new password from standard input, never from the command line (which `ps` shows to
 * everyone on the machine). Piped in: the first line. At a terminal: typed without echo.
 */
export async function readPassword(prompt: string, input: NodeJS.ReadStream = process.stdin): Promise<string> {
  if (!input.isTTY) {
    let text = '';
    for await (const chunk of input) text += String(chunk);
    return text.split(/\r?\n/)[0] ?? '';
  }
  process.stderr.write(prompt);
  input.setRawMode(true);
  input.setEncoding('utf8');
  try {
    return await new Promise<string>((resolve, reject) => {
      let typed = '';
      const onData = (chunk: string) => {
        for (const char of chunk) {
          if (char === '\r' || char === '\n') {
            input.off('data', onData);
            process.stderr.write('\n');
            return resolve(typed);
          }
          if (char === '\u0003') {
            input.off('data', onData);
            return reject(new Error('cancelled'));
          }
          typed = char === '\u007f' || char === '\b' ? typed.slice(0, -1) : typed + char;
        }
      };
      input.on('data', onData);
      input.resume();
    });
  } finally {
    input.setRawMode(false);
    input.pause();
  }
}
