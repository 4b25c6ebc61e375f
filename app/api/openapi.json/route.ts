// GET /api/openapi.json – the OpenAPI 3.1 description of the API, generated from the handlers' zod schemas
import { json } from "@/lib/api/handler";
import { representationResponse } from "@/lib/api/http";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { API_OPERATIONS } from "@/lib/api/operations";
import { getEnv } from "@/lib/env";
import { otherMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return representationResponse(request, json(buildOpenApiDocument(API_OPERATIONS, getEnv().APP_URL)));
}
export const { OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods({ GET }, { cors: true });
