/** Polls `check` until it holds: tests wait for conditions, never for a fixed time. */
export async function waitFor(what: string, limitMs: number, check: () => Promise<boolean> | boolean): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${limitMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
