import { cleanText } from './clean-text';

const ENTITY: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and for quoted attribute values alike, so a caller
 * cannot pick the wrong one. Control characters are removed first (see cleanText).
 */
export function escapeHtml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (ch) => ENTITY[ch] ?? ch);
}
