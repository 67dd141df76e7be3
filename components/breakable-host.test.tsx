// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { BreakableHost } from './breakable-host';

describe('BreakableHost', () => {
  it('reads as the host and may wrap only before its dots', () => {
    const root = document.createElement('td');
    render(<BreakableHost host="app.slack.com" />, root);
    expect(root.textContent).toBe('app.slack.com');
    expect(root.innerHTML).toBe('app<wbr>.slack<wbr>.com');
  });
});
