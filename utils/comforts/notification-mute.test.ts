import { planIn, site } from './comfort-fixture';
import { contentSettingPattern, notificationMutePatterns } from './notification-mute';

describe('contentSettingPattern', () => {
  it.each([
    ['*://app.slack.com/*', '*://app.slack.com/*'],
    ['https://*.atlassian.net/*', 'https://*.atlassian.net/*'],
    ['http://Mail.Example.com/*', 'http://mail.example.com/*'],
    // A notification permission is per origin: a path-limited site mutes its whole host.
    ['*://docs.example.com/work/*', '*://docs.example.com/*'],
    ['https://example.com/a*b?c', 'https://example.com/*'],
  ])('%s becomes %s', (match, content) => {
    expect(contentSettingPattern(match)).toBe(content);
  });

  it.each(['<all_urls>', '*://*/*', 'ftp://example.com/*', 'example.com'])('has no pattern for %s', (match) => {
    expect(contentSettingPattern(match)).toBeUndefined();
  });
});

describe('notificationMutePatterns', () => {
  const sites = [site('*://app.slack.com/*'), site('https://*.atlassian.net/*'), site('*://docs.example.com/work/*'), site('*://docs.example.com/team/*')];

  it.each(['dim', 'block'] as const)('mutes every work site while the guard says %s, each pattern once, sorted', (mode) => {
    expect(notificationMutePatterns(planIn(mode), sites)).toEqual(['*://app.slack.com/*', '*://docs.example.com/*', 'https://*.atlassian.net/*']);
  });

  it.each(['off', 'track'] as const)('mutes nothing while the guard says %s', (mode) => {
    expect(notificationMutePatterns(planIn(mode), sites)).toEqual([]);
  });

  it('leaves a host with a running override alone, but keeps a wildcard pattern that covers it', () => {
    const plan = planIn('dim', [
      { site: 'app.slack.com', end: 1 },
      { site: 'team.atlassian.net', end: 1 },
    ]);
    expect(notificationMutePatterns(plan, sites)).toEqual(['*://docs.example.com/*', 'https://*.atlassian.net/*']);
  });

  it('skips a pattern that does not parse instead of muting the wrong thing', () => {
    expect(notificationMutePatterns(planIn('dim'), [site('<all_urls>'), site('*://app.slack.com/*')])).toEqual(['*://app.slack.com/*']);
  });
});
