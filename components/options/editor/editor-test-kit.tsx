import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, vi } from 'vitest';
import type { Agreement } from '@/utils/agreement/agreement-schema';
import { parseAgreement } from '@/utils/agreement/parse-agreement';
import { SAMPLE_AGREEMENT } from '@/utils/agreement/sample-agreement';
import type { HearthMessage } from '@/utils/messages';
import { AgreementEditor } from './agreement-editor';
import { fieldId } from './draft-issues';

/**
 * Test support: the agreement editor mounted on a stored revision, and its controls found and driven
 * the way a person would. Each test file still mocks `../../i18n` itself, since `vi.mock` is hoisted
 * per file.
 */
export const root = document.createElement('div');
document.body.append(root);

// Registered here so no test file can forget it and leak a mounted editor, a spy or a fake clock
// into the next test.
afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/**
 * The documented sample with `changes`, as storage would hold it: parsed by the real schema, so no test
 * edits an agreement the app would refuse.
 */
export function sampleAgreement(changes: Partial<Agreement> = {}): Agreement {
  const result = parseAgreement({ ...(SAMPLE_AGREEMENT as object), ...changes });
  if (!result.ok) throw new Error(`invalid fixture: ${JSON.stringify(result.issues)}`);
  return result.agreement;
}

const spyOnSend = () => vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true } as never);
export type SendSpy = ReturnType<typeof spyOnSend>;

/** Shows the editor on the saved `agreement`, the background accepting whatever it is sent. */
export async function mountEditor(agreement: Agreement, onSaved = vi.fn(async () => {})) {
  const send = spyOnSend();
  await showRevision(agreement, onSaved);
  return { send, onSaved };
}

/** Renders the editor on revision `id` of `agreement`; inside act, so its effects have run before the test types. */
export async function showRevision(agreement: Agreement, onSaved: () => Promise<void>, id = 1) {
  await act(async () => render(<AgreementEditor revision={{ id, effectiveAt: 0, source: 'import', agreement }} onSaved={onSaved} />, root));
}

/** The agreement the editor sent to be saved; fails unless it sent exactly one message. */
export function savedAgreement(send: SendSpy): Agreement {
  expect(send).toHaveBeenCalledTimes(1);
  // The spy is typed by sendMessage's last overload, which takes an extension id first; the editor
  // sends the message alone.
  const message = send.mock.calls[0]![0] as unknown as HearthMessage;
  if (message.type !== 'agreement:save') throw new Error(`sent ${message.type}`);
  return message.agreement as Agreement;
}

function find<T extends Element>(selector: string, what: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`no ${what}`);
  return element;
}

/** The field that edits the draft at `path` (`zones[0].end`). */
export const field = <T extends HTMLElement = HTMLInputElement>(path: string) => find<T>(`#${fieldId(path)}`, `field at ${path}`);

/** The field whose label reads `label`, for the fields a person finds by their label. */
export function fieldLabelled(label: string): HTMLInputElement {
  const found = [...root.querySelectorAll('label')].find((candidate) => candidate.textContent === label);
  if (!found) throw new Error(`no field labelled ${label}`);
  return find<HTMLInputElement>(`[id="${found.htmlFor}"]`, `field for the label ${label}`);
}

/** A button by its accessible name: its aria-label if it has one, else its text. */
export function button(name: string, within: Element = root): HTMLButtonElement {
  const found = [...within.querySelectorAll('button')].find((candidate) => (candidate.getAttribute('aria-label') ?? candidate.textContent?.trim()) === name);
  if (!found) throw new Error(`no button named ${name}`);
  return found;
}

export const click = (element: HTMLElement) => act(async () => element.click());

export const press = (name: string, within?: Element) => click(button(name, within));

/** A control, or the draft path of the field it is (`zones[0].end`). */
type Control<T extends HTMLElement> = T | string;

// The editor's text and date fields listen for `input`, its selects and boxes for `change`: the
// events a browser fires for each.
async function drive<T extends HTMLElement>(control: Control<T>, set: (element: T) => void, event: 'input' | 'change') {
  await act(async () => {
    const element = typeof control === 'string' ? field<T>(control) : control;
    set(element);
    element.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

export const type = (input: Control<HTMLInputElement>, text: string) => drive(input, (element) => (element.value = text), 'input');

export const choose = (select: Control<HTMLSelectElement>, value: string) => drive(select, (element) => (element.value = value), 'change');

export const tick = (box: Control<HTMLInputElement>, checked: boolean) => drive(box, (element) => (element.checked = checked), 'change');

export const submit = () => act(async () => void root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
