import { describe, expect, it } from 'vitest';
import { textDirection } from '../../../shared/content/render/direction';
import { safeLinkUrl } from '../../../shared/content/render/safe-url';
import { cleanText } from '../../../shared/content/render/clean-text';

describe('safeLinkUrl', () => {
  it('keeps absolute http, https and mailto links as written', () => {
    expect(safeLinkUrl('https://example.com/path?q=1#top')).toBe('https://example.com/path?q=1#top');
    expect(safeLinkUrl('  HTTP://Example.com  ')).toBe('HTTP://Example.com');
    expect(safeLinkUrl('mailto:desk@example.com')).toBe('mailto:desk@example.com');
    expect(safeLinkUrl('https://ur.wikipedia.org/wiki/کراچی')).toBe('https://ur.wikipedia.org/wiki/کراچی');
  });

  it('refuses every other scheme, however it is disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      '\u0001javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.com',
      '/relative/path',
      '//protocol-relative.example',
      '#fragment',
      'http://',
      '',
    ]) {
      expect(safeLinkUrl(url), JSON.stringify(url)).toBeNull();
    }
  });

  it('gives the normalised address when the written one hides whitespace', () => {
    expect(safeLinkUrl('https://exa\tmple.com/a b')).toBe('https://example.com/a%20b');
  });
});

describe('textDirection', () => {
  it('is right to left for the languages of right-to-left scripts', () => {
    for (const language of ['ur', 'ar', 'fa', 'he', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'ur-PK', 'AR-eg', 'pa-Arab', 'az-Arab-IR']) {
      expect(textDirection(language), language).toBe('rtl');
    }
  });

  it('is left to right otherwise, and when a script subtag says so', () => {
    for (const language of ['en', 'en-GB', 'de', 'hi', 'zh-Hant', 'sd-Deva', 'ur-Latn', 'xx', '']) {
      expect(textDirection(language), language).toBe('ltr');
    }
  });
});

describe('cleanText', () => {
  it('removes control characters and repairs lone surrogates, keeping tabs, newlines and emoji', () => {
    expect(cleanText('a\u0000b\u0008c\u001Bd\u007Fe\u0085f\tg\nh\r')).toBe('abcdef\tg\nh');
    expect(cleanText('x\uD800y\uDC00z 😀')).toBe('x\uFFFDy\uFFFDz 😀');
  });
});
