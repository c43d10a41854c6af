import { describe, expect, it } from 'vitest';
import { convertPaste, importDocument, importFile } from '../../../electron/importers/index';
import { scanBody } from '../../../shared/content/scan';
import { validateBody } from '../../../shared/content/validate';
import { stringsIn, textOf } from './helpers';

/**
 * What an attacker could put around footnotes, in a pasted fragment, a saved page or a
 * Word export: every path must leave only text, safe links and plain notes.
 */
const HOSTILE = [
  `<p>Claim<sup><a href="#n1" id="r1" onclick="window.__pwned=1">[1]</a></sup></p>
   <ol><li id="n1"><img src=x onerror="window.__pwned=1">Note <a href="javascript:window.__pwned=1">click</a>
   <script>window.__pwned=1</script><a href="#r1">↩</a></li></ol>`,
  `<p>Word<a href="#_ftn1" name="_ftnref1">[1]</a></p><div id=ftn1><p><a href="#_ftnref1" name="_ftn1">[1]</a>
   <iframe src="https://evil.example/"></iframe><svg onload="window.__pwned=1"></svg> note
   <a href="data:text/html,<script>window.__pwned=1</script>">data</a></p></div>`,
  `<p>Docs<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup></p><div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a>
   <a href="https://www.google.com/url?q=javascript:window.__pwned%3D1">redirect</a>
   <a href="https://www.google.com/url?q=//evil.example/x">relative</a></p></div>`,
  `<p><a href="#x" id="y" style="background:url(https://evil.example/t.png)">[2]</a></p>
   <p id="x" onmouseover="window.__pwned=1">note <a href="#y">back</a><object data="https://evil.example/o"></object></p>`,
  `<template><p>hidden<a href="#a">[1]</a></p></template><noscript><img src="https://evil.example/n.png"></noscript>
   <base href="javascript:window.__pwned=1//"><meta http-equiv="refresh" content="0;url=https://evil.example/">
   <form action="https://evil.example"><button formaction="javascript:window.__pwned=1">go</button></form>
   <p>[8] after <a href=" JaVaScRiPt:window.__pwned=1">mixed</a> <a href="java&#x09;script:x">tab</a></p>`,
  `<html><head><title>Page</title><link rel=stylesheet href="https://evil.example/s.css"></head><body>
   <nav><a href="/">Home</a><a href="/a">A</a></nav><article><h1>Page</h1>
   <p>${'Long enough article text to be found by the reader view. '.repeat(12)}<sup><a href="#n" id="r">1</a></sup></p>
   <p onclick="window.__pwned=1">${'More article text here for the reader view to keep. '.repeat(12)}</p>
   <ol><li id="n">Note<script>window.__pwned=1</script> <a href="#r">↩</a></li></ol></article>
   <aside class="related"><a href="/b">Related</a></aside><footer>Footer</footer><script>window.__pwned=1</script></body></html>`,
];

const DANGER = /javascript|vbscript|data:|evil\.example|onerror|onload|onclick|onmouseover|__pwned|<script|<iframe|<svg|<img|url\(/i;

describe('hostile HTML through import and paste', () => {
  HOSTILE.forEach((html, index) => {
    it(`leaves only text, safe links and plain notes (sample ${index + 1})`, async () => {
      const results = [
        importFile('hostile.html', html),
        importFile('hostile.md', html),
        { body: convertPaste(html).body },
        await importDocument('hostile.htm', { bytes: new TextEncoder().encode(html) }),
      ];
      for (const result of results) {
        expect(() => validateBody(result.body)).not.toThrow();
        expect(stringsIn(result.body).join('\n')).not.toMatch(DANGER);
        const urls = stringsIn(result.body).filter((value) => /^[a-z][a-z0-9+.-]*:/i.test(value));
        for (const url of urls) expect(url).toMatch(/^(?:https?|mailto):/);
      }
    });
  });

  it('still finds the footnotes in hostile markup', () => {
    expect(scanBody(convertPaste(HOSTILE[0] ?? '').body).footnotes.map((note) => note.text)).toEqual(['Note click']);
    expect(scanBody(importFile('w.html', HOSTILE[1] ?? '').body).footnotes.map((note) => note.text)).toEqual(['note data']);
  });
});

describe('a whole saved web page', () => {
  const article = 'The committee met on Thursday and agreed to publish the revised figures next week, after an internal review. ';
  const page = `<!doctype html><html lang="en"><head><title>Figures delayed | The Daily Example</title></head><body>
    <header><nav><a href="/">Home</a><a href="/news">News</a><a href="/sport">Sport</a><a href="/weather">Weather</a></nav></header>
    <main><article><h1>Figures delayed</h1><p class="byline">By Amina Khan</p>
      <p>${article.repeat(4)}</p><p>${article.repeat(3)} It said so [8].</p><p>${article.repeat(4)}</p></article></main>
    <aside class="sidebar related"><h3>Related posts</h3><ul><li><a href="/one">Storm hits coast</a></li><li><a href="/two">Markets fall</a></li></ul></aside>
    <footer><p>© 2026 The Daily Example. <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></footer></body></html>`;

  it('keeps the article and leaves the site around it out, with the headline and byline', () => {
    const result = importFile('figures.html', page);
    expect(result.meta.headline).toBe('Figures delayed');
    expect(result.meta.bylines).toEqual(['Amina Khan']);
    const text = textOf(result);
    expect(text).toContain('The committee met on Thursday');
    expect(text).toContain('It said so [8].');
    expect(text).not.toMatch(/Related posts|Storm hits coast|Privacy|Weather/);
    expect(result.warnings[0]).toMatch(/Only the article was kept from this web page/);
  });
});
