// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PartnerAgreementOffer } from './partner-agreement-offer';
import { openOptions, request } from './request';

vi.mock('../i18n', () => import('./english-catalog'));
vi.mock('./request', () => ({ request: vi.fn(), openOptions: vi.fn() }));

const root = document.createElement('div');
document.body.append(root);
afterEach(() => {
  render(null, root);
  vi.mocked(request).mockReset();
  vi.mocked(openOptions).mockReset();
});

function offer(onTaken = vi.fn(), names = { from: 'Alex', takeAs: 'Sam' }) {
  render(<PartnerAgreementOffer offer={names} onTaken={onTaken} />, root);
  return { onTaken, button: (name: string) => [...root.querySelectorAll('button')].find((button) => button.textContent === name)! };
}

describe('PartnerAgreementOffer', () => {
  it("names whose agreement it is and whose this browser becomes, as the section's name and description", () => {
    offer();
    const section = root.querySelector('section')!;
    expect(root.querySelector(`#${section.getAttribute('aria-labelledby')}`)?.textContent).toBe("Alex's agreement is here");
    expect(root.querySelector(`#${section.getAttribute('aria-describedby')}`)?.textContent).toBe(
      "Alex's browser holds your agreement. Take it, and Hearth keeps it in this browser too. This browser is then Sam's, since the agreement came from Alex's.",
    );
  });

  it('keeps a name in a right-to-left script, or with a direction override, to itself', () => {
    offer(vi.fn(), { from: 'נועה', takeAs: 'Sam\u202E' });
    expect(root.querySelector('h2')?.textContent).toBe("\u2068נועה\u2069's agreement is here");
    expect(root.querySelector('#offer-body')?.textContent).toContain('This browser is then \u2068Sam\u202E\u2069\'s, since');
  });

  it('takes it in one step, then reads the status again', async () => {
    vi.mocked(request).mockResolvedValue({ ok: true });
    const { onTaken, button } = offer();
    await act(async () => button("Take Alex's agreement").click());
    expect(request).toHaveBeenCalledWith({ type: 'link:takeAgreement' });
    expect(onTaken).toHaveBeenCalledOnce();
  });

  it('says why when it cannot, and can be tried again', async () => {
    vi.mocked(request).mockResolvedValue({ ok: false, key: 'partnerAgreementGone' });
    const { onTaken, button } = offer();
    await act(async () => button("Take Alex's agreement").click());
    expect(root.querySelector('[role=alert]')?.textContent).toBe("Hearth could not take the agreement: Your partner's agreement is no longer here. It comes again once their browser is online.");
    expect(onTaken).not.toHaveBeenCalled();
    expect(button("Take Alex's agreement").disabled).toBe(false);
  });

  it('opens the settings to read it first', async () => {
    const { button } = offer();
    await act(async () => button('Read it first').click());
    expect(openOptions).toHaveBeenCalledOnce();
    expect(request).not.toHaveBeenCalled();
  });
});
