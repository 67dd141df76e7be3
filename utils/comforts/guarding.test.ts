import { planIn } from './comfort-fixture';
import { isGuarding } from './guarding';

describe('isGuarding', () => {
  it.each([
    ['off', false],
    ['track', false],
    ['dim', true],
    ['block', true],
  ] as const)('%s: %s', (mode, guarding) => {
    expect(isGuarding(planIn(mode))).toBe(guarding);
  });
});
