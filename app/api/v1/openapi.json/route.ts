import { OPENAPI } from "@/lib/api/openapi";

export const dynamic = "force-static";

/** The API's description; public, so a client can be set up before it has a token. */
export function GET() {
  return Response.json(OPENAPI);
}
