// /admin/audit filters, parsed leniently from the URL: a bad value falls back to "no filter", never an error.
import { z } from "zod";

const optionalText = z.string().trim().max(200).optional().catch(undefined).transform((v) => v || undefined);
const optionalDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

export const auditFiltersSchema = z.object({
  entityType: optionalText,
  entityId: optionalText,
  action: optionalText,
  /** Part of the user's email or name. */
  user: optionalText,
  from: optionalDay,
  to: optionalDay,
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type AuditFilters = z.infer<typeof auditFiltersSchema>;

export function parseAuditFilters(params: Record<string, string | string[] | undefined>): AuditFilters {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return auditFiltersSchema.parse(flat);
}

export const AUDIT_PAGE_SIZE = 50;
