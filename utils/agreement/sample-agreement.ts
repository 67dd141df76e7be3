import sample from '../../docs/agreement.example.json';

/** The documented example doubles as the starting point offered to a new couple. */
export const SAMPLE_AGREEMENT: unknown = sample;
