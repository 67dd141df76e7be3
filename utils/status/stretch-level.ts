/**
 * The answers to "how stretched today", 1 (at ease) to 5 (stretched thin). Their own file, without
 * valibot, so the popup's card can name them without loading the stored answers' schema.
 */
export const STRETCH_LEVELS = [1, 2, 3, 4, 5] as const;
export type StretchLevel = (typeof STRETCH_LEVELS)[number];
