// GET|POST /api/auth/* – better-auth: sign-in, sign-out, session (sign-up is disabled; admins create accounts)
import { withBoundedBody } from "@/lib/api/read-body";
import { getAuth } from "@/lib/auth/server";
import { errorResponse } from "@/lib/errors";
import { otherMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

// Auth requests are tiny JSON bodies; the body is read within this limit before better-auth sees it.
const MAX_AUTH_BODY_BYTES = 65_536;

export async function GET(request: Request): Promise<Response> {
  return (await getAuth()).handler(request);
}

export async function POST(request: Request): Promise<Response> {
  let bounded: Request;
  try {
    bounded = await withBoundedBody(request, MAX_AUTH_BODY_BYTES);
  } catch (error) {
    return errorResponse(error);
  }
  return (await getAuth()).handler(bounded);
}
export const { OPTIONS, PUT, DELETE, PATCH } = otherMethods({ GET, POST });
