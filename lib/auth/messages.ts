/** The summary line above a form's field errors. */
export function schemaMessage(errors: Record<string, string[]>): string {
  const fields = Object.keys(errors).filter((k) => k !== "_");
  if (fields.length) return `Please correct: ${fields.join(", ")}.`;
  return errors._?.[0] ?? "Please correct the form.";
}
