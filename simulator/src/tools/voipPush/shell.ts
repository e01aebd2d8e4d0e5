/** Quoting for the POSIX shell: every piece of reader text becomes one single-quoted word. */

/** 'text', with each ' written as '\'' (close, escaped quote, reopen). Nothing inside expands. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * curl reads `--cert name:password` and splits at the first unescaped colon; in the name a colon
 * is written \: and a backslash \\ (curl's manual, --cert).
 */
export function curlCertName(file: string): string {
  return file.replace(/[\\:]/g, (char) => `\\${char}`);
}
