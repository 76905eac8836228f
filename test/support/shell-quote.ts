/** Single-quotes a value for sh (tests build `script -c` command lines). */
export function shellQuoteForTest(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
