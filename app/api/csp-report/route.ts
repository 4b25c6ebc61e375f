// POST /api/csp-report – receives browsers' Content-Security-Policy violation reports and logs them
import { readTextBody } from "@/lib/api/read-body";
import { errorResponse } from "@/lib/errors";
import { otherMethods } from "@/lib/api/methods";

// A report is a few hundred bytes; anything far larger is not a report and is refused unread (413).
const MAX_REPORT_BYTES = 16_384;

export async function POST(request: Request) {
  try {
    const body = (await readTextBody(request, { maxBytes: MAX_REPORT_BYTES })).slice(0, 4_000);
    console.warn("[csp] violation report:", body.replace(/\s+/g, " "));
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
export const { GET, HEAD, OPTIONS, PUT, DELETE, PATCH } = otherMethods({ POST });
