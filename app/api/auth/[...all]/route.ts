// GET|POST /api/auth/* – better-auth: sign-in, sign-out, session (sign-up is disabled; admins create accounts)
import { getAuth } from "@/lib/auth/server";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return (await getAuth()).handler(request);
}

export async function POST(request: Request): Promise<Response> {
  return (await getAuth()).handler(request);
}
