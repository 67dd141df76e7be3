import { planIn, site } from './comfort-fixture';
import { parkingStep, planParking, type OpenTab } from './tab-parking';

const sites = [site('*://app.slack.com/*'), site('*://docs.example.com/work/*')];
let nextId = 1;
const tab = (url: string, changes: Partial<OpenTab> = {}): OpenTab => ({
  id: nextId++,
  windowId: 1,
  index: 0,
  url,
  title: url,
  active: false,
  audible: false,
  pinned: false,
  grouped: false,
  ...changes,
});
const ids = (tabs: readonly OpenTab[]) => tabs.map((t) => t.id);

describe('planParking', () => {
  it('parks the work tabs of each window in strip order and leaves the rest', () => {
    const news = tab('https://news.example.org/', { index: 0, active: true });
    const slack = tab('https://app.slack.com/client', { index: 2 });
    const docs = tab('https://docs.example.com/work/plan', { index: 1 });
    const docsElsewhere = tab('https://docs.example.com/recipes', { index: 3 });
    const otherWindow = tab('https://app.slack.com/other', { windowId: 2, index: 0 });
    const plan = planParking([news, slack, docs, docsElsewhere, otherWindow], sites, planIn('dim'), 'group');
    expect(plan).toEqual([
      { windowId: 1, tabs: [docs, slack], activate: null },
      { windowId: 2, tabs: [otherWindow], activate: 'new-tab' },
    ]);
  });

  it('keeps a call (an audible tab) and a site with a running override', () => {
    const call = tab('https://app.slack.com/huddle', { audible: true });
    const released = tab('https://docs.example.com/work/urgent', { index: 1 });
    const parked = tab('https://app.slack.com/client', { index: 2 });
    const plan = planIn('dim', [{ site: 'docs.example.com', end: 1 }]);
    expect(planParking([call, released, parked], sites, plan, 'close').flatMap((w) => ids(w.tabs))).toEqual([parked.id]);
  });

  it('groups neither pinned tabs nor tabs in a group, but saves and closes them', () => {
    const pinned = tab('https://app.slack.com/a', { pinned: true });
    const inGroup = tab('https://app.slack.com/b', { index: 1, grouped: true });
    const news = tab('https://news.example.org/', { index: 2 });
    expect(planParking([pinned, inGroup, news], sites, planIn('dim'), 'group')).toEqual([]);
    expect(ids(planParking([pinned, inGroup, news], sites, planIn('dim'), 'close')[0]!.tabs)).toEqual([pinned.id, inGroup.id]);
  });

  it('brings the nearest kept tab to the right forward when the active tab is parked, else the nearest to the left', () => {
    const left = tab('https://news.example.org/left', { index: 0 });
    const active = tab('https://app.slack.com/a', { index: 1, active: true });
    const work = tab('https://app.slack.com/b', { index: 2 });
    const right = tab('https://news.example.org/right', { index: 3 });
    expect(planParking([left, active, work, right], sites, planIn('dim'), 'group')[0]!.activate).toBe(right.id);
    expect(planParking([left, active, work], sites, planIn('dim'), 'group')[0]!.activate).toBe(left.id);
  });

  it('opens a new tab page first when every tab in the window is parked', () => {
    const only = tab('https://app.slack.com/a', { active: true });
    expect(planParking([only], sites, planIn('dim'), 'close')).toEqual([{ windowId: 1, tabs: [only], activate: 'new-tab' }]);
  });

  it('ignores tabs that are not web pages', () => {
    expect(planParking([tab('chrome://newtab/'), tab('about:blank')], sites, planIn('dim'), 'close')).toEqual([]);
  });
});

describe('parkingStep', () => {
  it.each([
    [true, 'group', false, 'park'],
    [true, 'close', false, 'park'],
    [true, 'group', true, 'none'],
    [true, 'off', false, 'none'],
    [true, 'off', true, 'unpark'],
    [false, 'group', true, 'unpark'],
    [false, 'close', false, 'none'],
  ] as const)('guarding %s, mode %s, parked %s: %s', (guarding, mode, parked, step) => {
    expect(parkingStep(guarding, mode, parked)).toBe(step);
  });
});
