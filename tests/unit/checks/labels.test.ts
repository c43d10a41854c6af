import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingTitle, severityLabel, TITLED_CODES } from '../../../shared/checks/labels';

const CHECKS_DIR = join(__dirname, '../../../shared/checks');

/** Every code a check can raise: the quoted upper-case codes in shared/checks' sources. */
function raisedCodes(dir = CHECKS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return raisedCodes(path);
    if (!entry.name.endsWith('.ts') || entry.name === 'labels.ts') return [];
    return [...readFileSync(path, 'utf8').matchAll(/'([A-Z][A-Z0-9]*_[A-Z0-9_]+)'/g)].map((match) => match[1]!);
  });
}

describe('the words for findings', () => {
  it('gives every code a check raises a title of its own, in words', () => {
    const codes = [...new Set(raisedCodes())];
    expect(codes.length).toBeGreaterThan(20);
    expect(codes.filter((code) => !TITLED_CODES.includes(code))).toEqual([]);
    for (const code of codes) expect(findingTitle({ code })).not.toMatch(/_|^[A-Z]+$/);
  });

  it('names the lead’s examples as people say them', () => {
    expect(findingTitle({ code: 'METADATA_MISSING' })).toBe('Missing metadata');
    expect(findingTitle({ code: 'IMAGE_RESTRICTION' })).toBe('Image use restricted');
  });

  it('reads an unknown code as words rather than showing it', () => {
    expect(findingTitle({ code: 'SOMETHING_NEW_HERE' })).toBe('Something new here');
  });

  it('names severities Blocking, Warning and Note, in the plural for a group', () => {
    expect([severityLabel('block'), severityLabel('warn'), severityLabel('info')]).toEqual(['Blocking', 'Warning', 'Note']);
    expect([severityLabel('block', 2), severityLabel('warn', 0), severityLabel('info', 3)]).toEqual(['Blocking', 'Warnings', 'Notes']);
  });
});
