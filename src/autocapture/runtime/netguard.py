"""Fail closed on network: from process start, any socket connect/send to a non-loopback address is
refused inside the process, whatever library tries it, and logged with the caller. Hub clients are
also told to stay offline. Loopback (127.0.0.0/8, ::1) and Unix sockets stay allowed."""

from __future__ import annotations

import errno
import ipaddress
import logging
import os
import socket
import traceback

log = logging.getLogger("autocapture.netguard")

OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "DO_NOT_TRACK": "1",
    "RAY_USAGE_STATS_ENABLED": "0",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "TRANSFORMERS_VERBOSITY": "error",
}
LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}

_installed = False
_original = {}
refusals: list[dict] = []  # this process's refusals, for summaries and tests


class NetworkRefused(ConnectionRefusedError):
    pass


def is_loopback(host) -> bool:
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    host = host.split("%", 1)[0].strip("[]")
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        addr = ipaddress.ip_address(host)
    except ValueError:
        return False  # a name we would have to resolve: refuse rather than ask a DNS server
    if addr.version == 6 and addr.ipv4_mapped:
        addr = addr.ipv4_mapped
    return addr.is_loopback


def _caller() -> str:
    internal = {os.path.abspath(__file__), os.path.abspath(socket.__file__)}
    for frame in reversed(traceback.extract_stack()[:-3]):
        if os.path.abspath(frame.filename) not in internal and not frame.filename.endswith("/ssl.py"):
            return f"{frame.filename}:{frame.lineno} in {frame.name}"
    return "unknown"


def _refuse(host, port, what: str):
    caller = _caller()
    refusals.append({"address": f"{host}:{port}", "caller": caller, "what": what})
    log.warning(
        "network guard: refused %s to %s:%s from %s (autocapture is localhost-only)", what, host, port, caller
    )
    raise NetworkRefused(
        errno.ECONNREFUSED, f"autocapture network guard: non-loopback address {host} refused"
    )


def _is_ip(host) -> bool:
    try:
        ipaddress.ip_address(str(host).split("%", 1)[0].strip("[]"))
        return True
    except ValueError:
        return False


def _check(sock: socket.socket, address, what: str = "connection") -> None:
    if sock.family not in (socket.AF_INET, socket.AF_INET6) or not isinstance(address, tuple):
        return
    if not is_loopback(address[0]):
        _refuse(address[0] or "0.0.0.0", address[1] if len(address) > 1 else "", what)


def _guarded_getaddrinfo(host, port, *args, **kwargs):
    # Resolving a name asks a DNS server over the network (from C, past the socket patch): refuse first.
    if host is not None and not is_loopback(host) and not _is_ip(host):
        _refuse(host if isinstance(host, str) else repr(host), port, "name lookup")
    return _original["getaddrinfo"](host, port, *args, **kwargs)


def _guarded_gethostbyname(host):
    if not is_loopback(host) and not _is_ip(host):
        _refuse(host, "", "name lookup")
    return _original["gethostbyname"](host)


def _guarded_connect(self, address):
    _check(self, address)
    return _original["connect"](self, address)


def _guarded_connect_ex(self, address):
    _check(self, address)
    return _original["connect_ex"](self, address)


def _guarded_bind(self, address):
    # a listener on a public interface (or '' / 0.0.0.0) would serve the user's screens to the network
    _check(self, address, "listening")
    return _original["bind"](self, address)


def _guarded_sendto(self, data, *args):
    address = args[-1]
    _check(self, address)
    return _original["sendto"](self, data, *args)


def install() -> None:
    """Idempotent; call first thing in every process (CLI start, pool worker initialiser)."""
    global _installed
    for key, value in OFFLINE_ENV.items():
        os.environ.setdefault(key, value)
    if _installed:
        return
    _original.update(
        connect=socket.socket.connect,
        connect_ex=socket.socket.connect_ex,
        sendto=socket.socket.sendto,
        bind=socket.socket.bind,
        getaddrinfo=socket.getaddrinfo,
        gethostbyname=socket.gethostbyname,
    )
    socket.socket.connect = _guarded_connect
    socket.socket.connect_ex = _guarded_connect_ex
    socket.socket.sendto = _guarded_sendto
    socket.socket.bind = _guarded_bind
    socket.getaddrinfo = _guarded_getaddrinfo
    socket.gethostbyname = _guarded_gethostbyname
    _installed = True
