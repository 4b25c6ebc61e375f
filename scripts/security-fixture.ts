// Database side of the load and crash tests (scripts/load-test.mjs, scripts/crash-test.mjs), run with tsx against
// DATABASE_URL while no server holds it:
//   setup [initiatives]   migrate, load the demo data, add an editor with an API token and `initiatives` fresh
//                         initiatives for status changes; prints JSON { token, slugs, sourceId, quote, demoSlugs }
//   verify <acks.json>    after a crash: every acknowledged write is present and nothing is half-written;
//                         prints JSON { ok, checked, problems[] }
import fs from "node:fs";
import { sql } from "drizzle-orm";
import { openDatabase, queryRows } from "@/db/client";
import { createInitiative, createSource } from "@/db/factories";
import { migrateDatabase } from "@/db/migrate";
import { ensureDemoData } from "@/db/seed/seed";
import { createApiToken } from "@/lib/api-tokens/mutations";
import { parseDatabaseTarget } from "@/lib/env";
import { createUserAccount } from "@/lib/users/mutations";

const QUOTE = "signed a memorandum of understanding on digital cooperation";

type Acks = { editorEmail: string; initiatives: string[]; statusChanges: { slug: string; id: number; version: number }[]; touched: string[] };

async function setup(count: number) {
  const database = await openDatabase(parseDatabaseTarget(process.env.DATABASE_URL));
  try {
    await migrateDatabase(database);
    await ensureDemoData(database.db);
    const email = `editor-${Date.now()}@security.test`;
    const { user } = await createUserAccount(database.db, null, { email, name: "Security test editor", role: "editor", password: "security test password 1" });
    const actor = { userId: user.id, email, name: user.name, role: "editor" as const, via: "token" as const };
    const { token } = await createApiToken(database.db, actor, { name: "security test script" });
    const source = await createSource(database.db, { title: "Security test source", fullText: `On 2 April 2025 the two ministries ${QUOTE} in Vientiane.` });
    const slugs: string[] = [];
    for (let i = 0; i < count; i++) {
      const initiative = await createInitiative(database.db, { slug: `sec-target-${Date.now().toString(36)}-${i}`, name: `Security target ${i}`, status: "proposed", source });
      slugs.push(initiative.slug);
    }
    const demo = await queryRows<{ slug: string }>(database.db, sql`select slug from initiatives order by id limit 20`);
    console.log(JSON.stringify({ token, editorEmail: email, slugs, sourceId: source.id, quote: QUOTE, demoSlugs: demo.map((d) => d.slug) }));
  } finally {
    await database.close();
  }
}

async function verify(file: string) {
  const acks = JSON.parse(fs.readFileSync(file, "utf8")) as Acks;
  const database = await openDatabase(parseDatabaseTarget(process.env.DATABASE_URL));
  const problems: string[] = [];
  const rows = <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) => queryRows<T>(database.db, query);
  try {
    // 1. Every acknowledged write is there.
    const slugs = new Set((await rows<{ slug: string }>(sql`select slug from initiatives`)).map((r) => r.slug));
    for (const slug of acks.initiatives) if (!slugs.has(slug)) problems.push(`acknowledged initiative ${slug} is missing`);
    const changes = new Map((await rows<{ id: number; slug: string }>(sql`select s.id, i.slug from status_changes s join initiatives i on i.id = s.initiative_id`)).map((r) => [Number(r.id), r.slug]));
    for (const c of acks.statusChanges) {
      if (changes.get(c.id) !== c.slug) problems.push(`acknowledged status change ${c.id} on ${c.slug} is missing`);
    }
    const versions = new Map((await rows<{ slug: string; version: number }>(sql`select slug, version from initiatives`)).map((r) => [r.slug, Number(r.version)]));
    for (const c of acks.statusChanges) {
      if ((versions.get(c.slug) ?? 0) < c.version) problems.push(`${c.slug} is at version ${versions.get(c.slug)}, below acknowledged version ${c.version}`);
    }

    // 2. Nothing half-written, anywhere.
    const checks: [string, ReturnType<typeof sql>][] = [
      ["initiatives without a status history", sql`select count(*)::int as n from initiatives i where not exists (select 1 from status_changes s where s.initiative_id = i.id)`],
      ["status changes without a citation", sql`select count(*)::int as n from status_changes s where not exists (select 1 from citations c where c.status_change_id = s.id)`],
      ["milestones without a citation", sql`select count(*)::int as n from milestones m where not exists (select 1 from citations c where c.milestone_id = m.id)`],
      [
        "status changes by the test editor without their audit entry (initiative.create for an initial status)",
        sql`select count(*)::int as n from status_changes s join users u on u.id = s.created_by_id where u.email = ${acks.editorEmail}
            and not exists (select 1 from audit_log a where a.action = 'initiative.status-change' and (a.after -> 'statusChange' ->> 'id')::int = s.id)
            and not (s.from_status is null and exists (select 1 from audit_log a where a.action = 'initiative.create' and a.entity_id = s.initiative_id::text))`,
      ],
      [
        "audit entries of the test editor for initiatives that do not exist",
        sql`select count(*)::int as n from audit_log a join users u on u.id = a.user_id where u.email = ${acks.editorEmail}
            and a.entity_type = 'initiative' and not exists (select 1 from initiatives i where i.id::text = a.entity_id)`,
      ],
    ];
    for (const [what, query] of checks) {
      const [row] = await rows<{ n: number }>(query);
      if (Number(row?.n ?? 0) > 0) problems.push(`${row?.n} ${what}`);
    }
    // Every initiative the test touched: its version counts its writes (1 at creation + 1 per status change), and its
    // status is the one its latest status change set.
    for (const slug of acks.touched) {
      const [row] = await rows<{ version: number; changes: number }>(
        sql`select i.version, (select count(*)::int from status_changes s where s.initiative_id = i.id) as changes from initiatives i where i.slug = ${slug}`,
      );
      if (row && Number(row.version) !== Number(row.changes)) problems.push(`${slug}: version ${row.version} but ${row.changes} status changes`);
      const [status] = await rows<{ ok: boolean }>(
        sql`select i.status = (select s.to_status from status_changes s where s.initiative_id = i.id order by s.id desc limit 1) as ok from initiatives i where i.slug = ${slug}`,
      );
      if (status && !status.ok) problems.push(`${slug}: its status is not its latest status change`);
    }
    console.log(JSON.stringify({ ok: problems.length === 0, checked: { initiatives: acks.initiatives.length, statusChanges: acks.statusChanges.length, touched: acks.touched.length }, problems }));
  } finally {
    await database.close();
  }
}

const [command, arg] = process.argv.slice(2);
if (command === "setup") await setup(Number(arg ?? 8));
else if (command === "verify" && arg) await verify(arg);
else {
  console.error("usage: tsx scripts/security-fixture.ts setup [count] | verify <acks.json>");
  process.exit(2);
}
