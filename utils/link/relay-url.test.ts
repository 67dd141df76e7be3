import { describe, expect, it } from 'vitest';
import { parseRelayUrl } from './relay-url';

describe('the relay address', () => {
  it.each([
    ['ws://127.0.0.1:8787/v1', 'ws://127.0.0.1:8787/v1'],
    ['  wss://relay.example.org/v1 ', 'wss://relay.example.org/v1'],
    ['ws://localhost:9000/v1', 'ws://localhost:9000/v1'],
  ])('takes %j', (text, url) => {
    expect(parseRelayUrl(text)).toEqual({ ok: true, url });
  });

  it.each([
    ['relay.example.org', 'linkRelayUrlInvalid'],
    ['', 'linkRelayUrlInvalid'],
    ['https://relay.example.org/v1', 'linkRelayUrlScheme'],
    ['ws://relay.example.org/v1', 'linkRelayUrlInsecure'],
    ['wss://me:secret@relay.example.org/v1', 'linkRelayUrlInvalid'],
  ])('refuses %j, saying why', (text, key) => {
    expect(parseRelayUrl(text)).toEqual({ ok: false, key });
  });
});
