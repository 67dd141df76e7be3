import type { GuardPlan } from '../guard/guard-plan';

/** Whether the plan dims or blocks work sites now (a zone, special day or protected ritual): when the comforts apply. */
export const isGuarding = (plan: GuardPlan): boolean => plan.state.mode === 'dim' || plan.state.mode === 'block';
