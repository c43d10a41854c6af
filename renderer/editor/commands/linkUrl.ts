/** The schemes a link in an article may use: the web and e-mail. Anything else (javascript:, file:, data:) is refused. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function isAllowedLinkUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return false;
    return parsed.protocol === 'mailto:' ? parsed.pathname.includes('@') : parsed.hostname !== '';
  } catch {
    return false;
  }
}

export type LinkUrlCheck = { ok: true; url: string } | { ok: false; message: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const BARE_DOMAIN = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(?::\d+)?(?:[/?#]\S*)?$/u;

/**
 * What a writer typed into the link box, made into a link address: a bare domain becomes
 * https://, a bare e-mail address becomes mailto:, and any other scheme is refused with a
 * reason they can act on.
 */
export function normaliseLinkUrl(input: string): LinkUrlCheck {
  const text = input.trim();
  if (text === '') return { ok: false, message: 'Type a web address such as https://example.com.' };
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) && !BARE_DOMAIN.test(text);
  let candidate = text;
  if (!hasScheme && EMAIL.test(text)) candidate = `mailto:${text}`;
  else if (!hasScheme && BARE_DOMAIN.test(text)) candidate = `https://${text}`;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(candidate)?.[1]?.toLowerCase();
  if (scheme !== undefined && !['http', 'https', 'mailto'].includes(scheme)) {
    return { ok: false, message: `Links can't use “${scheme}:”. Use an address starting with https://, http:// or mailto:.` };
  }
  if (!isAllowedLinkUrl(candidate)) {
    return { ok: false, message: 'That is not a complete address. Try https://example.com or name@example.com.' };
  }
  return { ok: true, url: candidate };
}
