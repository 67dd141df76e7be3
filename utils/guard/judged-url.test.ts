import { describe, expect, it } from 'vitest';
import { judgedUrl } from './judged-url';

describe('judgedUrl', () => {
  it('judges a web page by its own URL, in a tab or a frame', () => {
    expect(judgedUrl('https://mail.example.com/u/0/#inbox', 'https://mail.example.com', true)).toBe('https://mail.example.com/u/0/#inbox');
    expect(judgedUrl('http://work.test:8080/a?b', 'http://work.test:8080', false)).toBe('http://work.test:8080/a?b');
  });

  it.each(['about:blank', 'blob:https://mail.example.com/0f5c', 'about:srcdoc'])('judges a window on %s by the origin it inherited', (url) => {
    expect(judgedUrl(url, 'https://mail.example.com', true)).toBe('https://mail.example.com/');
  });

  it('judges a frame without a URL of its own by that URL: its parent is guarded already', () => {
    expect(judgedUrl('about:blank', 'https://mail.example.com', false)).toBe('about:blank');
  });

  it.each([undefined, 'null', 'moz-extension://6b1f'])('leaves a window whose origin is %s to its own URL', (origin) => {
    expect(judgedUrl('about:blank', origin, true)).toBe('about:blank');
  });
});
