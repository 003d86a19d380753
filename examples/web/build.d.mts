/** Builds the example into examples/web/dist and returns that folder. */
export function buildExample(options?: { quiet?: boolean }): Promise<string>;
