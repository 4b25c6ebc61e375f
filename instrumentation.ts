// Runs once when the server starts, before it serves requests: open the database (taking the PGlite lock),
// apply migrations and, on an empty database, load the demo data. Then the page cache around Next.js
// (lib/page-cache/server.mjs) is told how to ask the database what changed.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareDatabase } = await import("./db/prepare");
  await prepareDatabase();
  const [{ getDb }, { registerBridge }] = await Promise.all([import("./db/client"), import("./lib/page-cache/bridge")]);
  registerBridge(await getDb());
}
