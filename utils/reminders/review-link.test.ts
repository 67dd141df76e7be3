import { describe, expect, it } from 'vitest';
import { reminderNotificationId } from './reminder-text';
import { reviewPageOf } from './review-link';
import type { DateReminder } from './reminder';

const reminder = (about: DateReminder['about']): DateReminder => ({ kind: 'date', about, id: 'launch', label: 'Launch', date: '2026-12-01', start: 1, at: 0 });

describe('reviewPageOf', () => {
  it('leads a review reminder to its review', () => {
    expect(reviewPageOf(reminderNotificationId(reminder('agreementReview')))).toBe('#review');
    expect(reviewPageOf(reminderNotificationId(reminder('seasonReview')))).toBe('#season-review');
  });

  it('leaves every other notification alone', () => {
    expect(reviewPageOf(reminderNotificationId(reminder('commitmentDue')))).toBeNull();
    expect(reviewPageOf('hearth-thanks-1')).toBeNull();
  });
});
