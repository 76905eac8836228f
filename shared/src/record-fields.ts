/**
 * Reading records out of znode data, which is untrusted input: a missing,
 * oversized or malformed record reads as null, and so does a field of the
 * wrong type, never an exception.
 */

/** The JSON object in `data`, or null when it is empty, larger than `maxBytes`, not JSON, or not an object. */
export function parseJsonObject(data: Buffer | null | undefined, maxBytes: number): Record<string, unknown> | null {
  if (!data || data.length === 0 || data.length > maxBytes) return null;
  try {
    const value: unknown = JSON.parse(data.toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The field as a string, or null. */
export const stringField = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The field as a safe integer of at least `min`, or null. */
export const integerField = (value: unknown, min: number): number | null =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= min ? value : null;
