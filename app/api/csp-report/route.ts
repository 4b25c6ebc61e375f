// POST /api/csp-report – receives browsers' Content-Security-Policy violation reports and logs them
export async function POST(request: Request) {
  const body = (await request.text()).slice(0, 4_000);
  console.warn("[csp] violation report:", body.replace(/\s+/g, " "));
  return new Response(null, { status: 204 });
}
