// Runs once when the server starts, before it serves requests: open the database (taking the PGlite lock),
// apply migrations and, on an empty database, load the demo data.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareDatabase } = await import("./db/prepare");
  await prepareDatabase();
}
