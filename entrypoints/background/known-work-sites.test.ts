import { describe, expect, it } from 'vitest';
import { knownWorkSites } from './known-work-sites';

const wiki = { pattern: '*://spa.hearth.test/work/*', category: 'docs', label: 'Wiki' } as const;
const chat = { pattern: '*://chat.hearth.test/*', category: 'chat', label: 'Chat' } as const;

describe('knownWorkSites', () => {
  it('makes an early caller wait for the first derivation instead of guessing', async () => {
    const sites = knownWorkSites();
    const early = sites.get();
    expect(early).toBeInstanceOf(Promise);
    sites.set([wiki]);
    await expect(early).resolves.toEqual([wiki]);
  });

  it('answers from memory once known, and follows every later derivation', () => {
    const sites = knownWorkSites();
    sites.set([wiki]);
    expect(sites.get()).toEqual([wiki]);
    sites.set([chat]);
    expect(sites.get()).toEqual([chat]);
    sites.set([]);
    expect(sites.get()).toEqual([]);
  });
});
