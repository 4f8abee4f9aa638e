"""The server's door: a random token (from ?token=, a Bearer header or the cookie it sets), a Host check
against DNS rebinding, a same-origin check (Fetch metadata and Origin) against other pages on this machine,
read-only methods, and headers that keep pages out of frames, caches and other origins' documents."""

from __future__ import annotations

import html
import json
import secrets
from urllib.parse import parse_qsl, urlencode

COOKIE = "autocapture_token"
READ_METHODS = {"GET", "HEAD"}
SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
        b"script-src 'self'; frame-ancestors 'none'; form-action 'self'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]
WEBSOCKET_POLICY_VIOLATION = 1008


def new_token() -> str:
    return secrets.token_urlsafe(24)


def cookie_name(port: int) -> str:
    """Cookies ignore ports: a name per port keeps two servers (or another app on 127.0.0.1) from
    overwriting each other's."""
    return f"{COOKIE}_{port}"


def _bytes(value: str | None) -> bytes:
    """A candidate token as bytes: any text (a non-ASCII header or %-escape) compares, and simply fails."""
    return (value or "").encode("utf-8", "replace")


def _cookie(header: str, name: str) -> str | None:
    for part in header.split(";"):
        key, sep, value = part.strip().partition("=")
        if sep and key == name:
            return value.strip('"')
    return None


class TokenGate:
    """ASGI middleware: every request must carry the token, name this server's own host and come from this
    server's own pages (or be a navigation the user started: the printed link, a bookmark)."""

    def __init__(self, app, token: str, hosts: set[str], port: int = 0, on_exchange=None):
        self.app, self.hosts, self.cookie, self.on_exchange = app, hosts, cookie_name(port), on_exchange
        self.token, self._token_text = _bytes(token), token

    async def __call__(self, scope, receive, send):
        if scope["type"] == "websocket":  # nothing here speaks WebSocket; refuse before any route sees it
            await receive()
            return await send({"type": "websocket.close", "code": WEBSOCKET_POLICY_VIOLATION})
        if scope["type"] != "http":  # lifespan and anything newer: no route of ours is reached
            return None
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if headers.get("host", "") not in self.hosts:
            return await _refuse(
                scope, send, 403, "unknown Host header (only 127.0.0.1/localhost are served)"
            )
        if scope["method"] not in READ_METHODS:
            return await _refuse(scope, send, 405, "this server is read-only")
        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        given = dict(query).get("token")
        given_ok = given is not None and secrets.compare_digest(_bytes(given), self.token)
        site, mode = headers.get("sec-fetch-site"), headers.get("sec-fetch-mode")
        navigation = mode in (None, "navigate") and headers.get("sec-fetch-dest") in (None, "document")
        exchange = given_ok and navigation and not scope["path"].startswith("/api/")
        # Fetch metadata (every current browser sends it): another page, even on another port of 127.0.0.1
        # ("same-site"), must not use the cookie. "none" is a navigation the user started. The one exception is
        # the token itself in a navigation (the --open launch file is a file:// page): it proves knowledge.
        if (
            site is not None
            and site != "same-origin"
            and not (site == "none" and navigation)
            and not exchange
        ):
            return await _refuse(
                scope,
                send,
                403,
                f"refused a request from another site (Sec-Fetch-Site: {site}); "
                "open the link `autocapture serve` printed",
            )
        origin = headers.get("origin")
        if origin is not None and not exchange and origin not in {f"http://{h}" for h in self.hosts}:
            return await _refuse(scope, send, 403, "refused a request from another origin")
        auth = headers.get("authorization", "")
        candidates = [
            auth[7:] if auth.lower().startswith("bearer ") else None,
            headers.get("x-autocapture-token"),
            _cookie(headers.get("cookie", ""), self.cookie),
        ]
        if not given_ok and not any(
            c is not None and secrets.compare_digest(_bytes(c), self.token) for c in candidates
        ):
            return await _refuse(
                scope,
                send,
                401,
                "missing or wrong token: open the URL that `autocapture serve` "
                "printed (it ends in ?token=...)",
            )
        if exchange:
            # a page opened from the printed link: keep the token in a cookie, not in the address bar
            if self.on_exchange is not None:
                self.on_exchange()
            rest = urlencode([(k, v) for k, v in query if k != "token"])
            location = scope["path"] + (f"?{rest}" if rest else "")
            cookie = (
                b"set-cookie",
                f"{self.cookie}={self._token_text}; HttpOnly; SameSite=Strict; Path=/".encode("latin-1"),
            )
            if site in (None, "none", "same-origin"):
                return await _send(
                    send, 303, b"", b"text/plain", [(b"location", location.encode("latin-1")), cookie]
                )
            # Arrived from another site (the launch file): a redirect would stay "cross-site" and the Strict cookie
            # would not be sent, so hop once more from a page of our own.
            target = html.escape(location, quote=True)
            body = (
                f'<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0;url={target}">'
                f'<title>autocapture</title><p><a href="{target}">Open autocapture</a></p>'
            ).encode()
            return await _send(send, 200, body, b"text/html; charset=utf-8", [cookie])

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
