// Reference vocabularies: the fixed domains and the countries (China and the ASEAN members).
import { boolean, char, date, pgTable, text } from "drizzle-orm/pg-core";

export const domains = pgTable("domains", {
  slug: text().primaryKey(),
  label: text().notNull(),
  description: text().notNull(),
});

export const countries = pgTable("countries", {
  code: char({ length: 2 }).primaryKey(),
  nameEn: text().notNull(),
  nameZh: text().notNull(),
  nameDe: text().notNull(),
  variants: text().array().notNull().default([]),
  isAsean: boolean().notNull(),
  aseanMemberSince: date({ mode: "string" }),
});

export type Domain = typeof domains.$inferSelect;
export type Country = typeof countries.$inferSelect;
