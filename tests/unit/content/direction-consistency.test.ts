import { describe, expect, it } from 'vitest';
import { textDirection } from '../../../shared/content/render/direction';
import { directionOf } from '../../../renderer/editor/meta/language';

describe('the editor and the exports agree on direction', () => {
  it.each(['ur', 'ar', 'ar-EG', 'fa', 'he', 'pnb', 'ks', 'bal', 'pa-Arab', 'az-Arab', 'sd', 'sd-Deva', 'en', 'en-GB', 'hi', ''])('%s', (tag) => {
    expect(directionOf(tag)).toBe(textDirection(tag));
  });

  it('turns right to left for Urdu, Arabic and Shahmukhi Punjabi, and stays left to right for Sindhi in Devanagari', () => {
    expect(['ur', 'ar', 'pnb', 'pa-Arab'].map(directionOf)).toEqual(['rtl', 'rtl', 'rtl', 'rtl']);
    expect(directionOf('sd-Deva')).toBe('ltr');
  });
});
