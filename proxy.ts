import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_HEADER, localeFromPath } from "@/lib/i18n/path-locale";

// Runs before every page: tells the root layout which language the page is in.
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, localeFromPath(request.nextUrl.pathname, request.nextUrl.searchParams));
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|embed.js|robots.txt).*)"],
};
