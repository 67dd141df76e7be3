// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MyStatus } from '@/utils/status/my-status';
import { MyState } from './my-state';

vi.mock('../i18n', () => import('./english-catalog'));

const root = document.createElement('div');
afterEach(() => render(null, root));
const clock = (instant: number) => (instant === 1 ? '07:00' : '21:15');

describe('MyState', () => {
  it.each<[MyStatus, string]>([
    [{ kind: 'working-in-hours' }, 'Working, in hours'],
    [{ kind: 'after-hours', minutesToday: 35 }, 'After hours: 35 min today'],
    [{ kind: 'zone', labels: ['Family evenings'], until: 1 }, 'Family evenings until 07:00'],
    [{ kind: 'zone', labels: ['Family evenings', 'Shared breakfast'], until: 1 }, 'Family evenings · Shared breakfast until 07:00'],
    [{ kind: 'zone', labels: ['Our Sunday'], until: null }, 'Our Sunday, for now'],
    [{ kind: 'override', until: 2, site: 'app.slack.com' }, 'Override until 21:15'],
    [{ kind: 'away-in-hours' }, 'In working hours, away from work sites'],
    [{ kind: 'off' }, 'Off the clock'],
  ])('%o reads "%s"', (me, text) => {
    render(<MyState me={me} clock={clock} />, root);
    expect(root.querySelector('.state')?.textContent).toBe(text);
    expect(root.querySelector('section')?.getAttribute('aria-labelledby')).toBe('me-title');
    expect(root.querySelector('#me-title')?.textContent).toBe('Right now');
  });

  it('names the site an override opened', () => {
    render(<MyState me={{ kind: 'override', until: 2, site: 'app.slack.com' }} clock={clock} />, root);
    expect(root.textContent).toContain('app.slack.com is open for you until then.');
  });
});
