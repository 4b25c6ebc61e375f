/** "en" → "English", "zh" → "Chinese"; unknown codes are shown as they are. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
