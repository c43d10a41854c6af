import { describe, expect, it } from 'vitest';
import { sameSource, titleKey, urlKey } from '../../../shared/sources/identity';

describe('source identity', () => {
  it.each([
    ['https://www.Example.org/a/', 'http://example.org/a'],
    ['https://example.org/a?utm_source=mail&id=3#top', 'https://example.org/a?id=3'],
    ['https://example.org/a?b=2&a=1', 'https://example.org/a?a=1&b=2'],
  ])('reads %s and %s as one address', (a, b) => {
    expect(urlKey(a)).toBe(urlKey(b));
  });

  it('keeps different pages, ports and queries apart', () => {
    expect(urlKey('https://example.org/a')).not.toBe(urlKey('https://example.org/b'));
    expect(urlKey('https://example.org:8080/a')).not.toBe(urlKey('https://example.org/a'));
    expect(urlKey('https://example.org/a?id=3')).not.toBe(urlKey('https://example.org/a?id=4'));
    expect(urlKey('')).toBe('');
  });

  it('compares titles and publishers without case, accents or punctuation', () => {
    const key = (title: string, publisher: string) => titleKey({ title, publisher, interview: null });
    expect(key('Café Report, 2025', 'The Times')).toBe(key('cafe report 2025', 'the times.'));
    expect(sameSource({ title: 'A', publisher: 'P', interview: null, url: '' }, { title: 'B', publisher: 'P', interview: null, url: '' })).toBe(false);
  });
});
