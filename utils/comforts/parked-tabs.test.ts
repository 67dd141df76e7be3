import { parseParkedTabs, savedTabsByWindow, type SavedTab } from './parked-tabs';

const saved = (id: number, windowId: number, index: number): SavedTab => ({ id, windowId, index, url: `https://app.slack.com/${id}`, title: `Tab ${id}`, pinned: false });

describe('parseParkedTabs', () => {
  it('reads both kinds of record', () => {
    expect(parseParkedTabs({ kind: 'group', groups: [{ windowId: 1, groupId: 7 }] })).toEqual({ kind: 'group', groups: [{ windowId: 1, groupId: 7 }] });
    expect(parseParkedTabs({ kind: 'close', tabs: [saved(3, 1, 0)] })).toEqual({ kind: 'close', tabs: [saved(3, 1, 0)] });
  });

  it.each([undefined, null, {}, { kind: 'group' }, { kind: 'close', tabs: 'x' }, { kind: 'stash', tabs: [] }])('has no record for %j', (value) => {
    expect(parseParkedTabs(value)).toBeUndefined();
  });

  it('keeps a saved tab whose URL and window survive, filling in the rest, and drops one without a URL', () => {
    expect(parseParkedTabs({ kind: 'close', tabs: [{ windowId: 2, url: 'https://app.slack.com/' }, { windowId: 2, index: 1 }] })).toEqual({
      kind: 'close',
      tabs: [{ id: -1, windowId: 2, index: 0, url: 'https://app.slack.com/', title: '', pinned: false }],
    });
  });
});

describe('savedTabsByWindow', () => {
  it('groups by window, each in strip order', () => {
    expect(savedTabsByWindow([saved(1, 5, 3), saved(2, 9, 0), saved(3, 5, 1)])).toEqual([[saved(2, 9, 0)], [saved(3, 5, 1), saved(1, 5, 3)]]);
  });
});
