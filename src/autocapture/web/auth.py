"""The server's door: a random token (from ?token=, a Bearer header or the cookie it sets), a Host check
against DNS rebinding, read-only methods, and headers that keep pages out of frames and caches."""

from __future__ import annotations

import json
import secrets
from http.cookies import SimpleCookie
from urllib.parse import parse_qsl, urlencode

COOKIE = "autocapture_token"
READ_METHODS = {"GET", "HEAD"}
SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                 b"script-src 'self'; frame-ancestors 'none'; form-action 'self'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
]


def new_token() -> str:
    return secrets.token_urlsafe(24)


class TokenGate:
    """ASGI middleware: every request must carry the token and name this server's own host."""

    def __init__(self, app, token: str, hosts: set[str]):
        self.app, self.token, self.hosts = app, token, hosts

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if headers.get("host", "") not in self.hosts:
            return await _refuse(scope, send, 403, "unknown Host header (only 127.0.0.1/localhost are served)")
        if scope["method"] not in READ_METHODS:
            return await _refuse(scope, send, 405, "this server is read-only")
        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        given = dict(query).get("token")
        auth = headers.get("authorization", "")
        cookie = SimpleCookie(headers.get("cookie", ""))
        candidates = [given, auth[7:] if auth.lower().startswith("bearer ") else None,
                      headers.get("x-autocapture-token"), cookie[COOKIE].value if COOKIE in cookie else None]
        if not any(c and secrets.compare_digest(c, self.token) for c in candidates):
            return await _refuse(scope, send, 401, "missing or wrong token: open the URL that `autocapture serve` "
                                 "printed (it ends in ?token=...)")
        if given is not None and not scope["path"].startswith("/api/"):
            # a page opened from the printed link: keep the token in a cookie, not in the address bar
            rest = urlencode([(k, v) for k, v in query if k != "token"])
            location = scope["path"] + (f"?{rest}" if rest else "")
            return await _send(send, 303, b"", b"text/plain", [
                (b"location", location.encode("latin-1")),
                (b"set-cookie", f"{COOKIE}={self.token}; HttpOnly; SameSite=Strict; Path=/".encode("latin-1"))])

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": list(message.get("headers", [])) + SECURITY_HEADERS}
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def _refuse(scope, send, status: int, message: str):
    if scope["path"].startswith("/api/"):
        return await _send(send, status, json.dumps({"error": message}).encode(), b"application/json")
    body = f"<!doctype html><title>autocapture: {status}</title><p>{message}</p>".encode()
    return await _send(send, status, body, b"text/html; charset=utf-8")


async def _send(send, status: int, body: bytes, content_type: bytes, extra: list | None = None):
    headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode())] + (extra or [])
    await send({"type": "http.response.start", "status": status, "headers": headers + SECURITY_HEADERS})
    await send({"type": "http.response.body", "body": body})
