// GET /api/v1/export/citation.bib – how to cite the tracker's page on one initiative (permalink, version, access date) as BibTeX
import { readHandler } from "@/lib/api/handler";
import { parseQueryStrict } from "@/lib/api/params";
import { citationFile } from "@/lib/export/files";
import { citationQuerySchema } from "@/lib/export/params";
import { otherMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

export const GET = readHandler(async ({ db, searchParams }) => {
  const { initiative, asOf } = parseQueryStrict(searchParams, citationQuerySchema);
  return citationFile(db, initiative, asOf, "bibtex");
});
export const { OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods({ GET }, { cors: true });
