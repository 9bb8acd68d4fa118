/** A plain record (not null, not an array): the first check on any parsed JSON value. */
export const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
