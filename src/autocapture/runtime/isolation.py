"""Network isolation of the processing workers. Where Linux allows it, each worker process enters a network
namespace of its own (inside a user namespace when not root) that holds nothing but a loopback interface, so
no code in it, Python or native, can reach any network. Elsewhere the in-process guard (runtime/netguard.py)
is all there is, and `process once --json` and the Status page say which one is in force and why.

This module is the pool initializer, so it must stay light: it runs before the heavy imports (numpy, torch,
OpenBLAS start threads, and a namespace entered by one thread does not move the others)."""

from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import socket
import struct
import sys

NAMESPACE = "network_namespace"
GUARD = "python_guard"
CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000
SIOCGIFFLAGS, SIOCSIFFLAGS, IFF_UP = 0x8913, 0x8914, 0x1
IFREQ = "16sH22x"  # struct ifreq on Linux: name, then flags in a 24-byte union

_state: dict = {"mode": None, "detail": "not started"}


def plan(config) -> tuple[str, str]:
    """(mode, why) the workers of this run will ask for. Workers that must reach a server on the host's
    loopback (a VLM server, Ray's own servers) cannot live in a namespace with a loopback of its own."""
    if config["runtime.isolation"] == "guard":
        return GUARD, "runtime.isolation=guard: the in-process network guard only"
    if not sys.platform.startswith("linux"):
        return GUARD, f"no network namespaces on {sys.platform}: the in-process network guard only"
    if config["processing.executor"] == "ray":
        return (
            GUARD,
            "Ray actors talk to the local Ray servers over the host's loopback: the in-process guard only",
        )
    from autocapture.stages.vlm import engine_name

    name = engine_name(config)
    if name is not None and name != "vlm.qwen2vl":
        return GUARD, (
            f"the VLM engine {name} talks to a server on the host's loopback: the in-process guard only"
        )
    return NAMESPACE, "loopback-only network namespace requested"


def enter() -> tuple[str, str]:
    """Move this (single-threaded, freshly spawned) process into a new network namespace and bring its
    loopback up. (mode, detail): NAMESPACE with the interfaces left, or GUARD with the reason it failed."""
    threads = len(os.listdir("/proc/self/task"))
    if threads > 1:
        return GUARD, f"{threads} threads were already running, which a namespace would not cover: guard only"
    libc = ctypes.CDLL(None, use_errno=True)
    uid, gid = os.getuid(), os.getgid()
    tries = (
        [CLONE_NEWNET, CLONE_NEWUSER | CLONE_NEWNET] if os.geteuid() == 0 else [CLONE_NEWUSER | CLONE_NEWNET]
    )
    reason = "unshare is not available"
    for flags in tries:
        if libc.unshare(flags) == 0:
            if flags & CLONE_NEWUSER:
                _map_ids(uid, gid)
            break
        reason = f"unshare({'user+' if flags & CLONE_NEWUSER else ''}net) refused: {os.strerror(ctypes.get_errno())}"
    else:
        return GUARD, f"{reason} (unprivileged user namespaces disabled?): the in-process guard only"
    try:
        _loopback_up()
    except OSError as exc:  # still isolated: without loopback nothing at all can be reached
        return NAMESPACE, f"interfaces: {', '.join(interfaces())} (loopback left down: {exc.strerror})"
    return NAMESPACE, f"interfaces: {', '.join(interfaces())}"


def _map_ids(uid: int, gid: int) -> None:
    """Keep this process's own uid and gid inside the user namespace (files stay readable as before)."""
    for name, text in (("setgroups", "deny"), ("uid_map", f"{uid} {uid} 1"), ("gid_map", f"{gid} {gid} 1")):
        try:
            with open(f"/proc/self/{name}", "w") as fh:
                fh.write(text)
        except OSError:
            pass  # unmapped ids read as nobody; the namespace still isolates


def _loopback_up() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        flags = struct.unpack(IFREQ, fcntl.ioctl(s, SIOCGIFFLAGS, struct.pack(IFREQ, b"lo", 0)))[1]
        fcntl.ioctl(s, SIOCSIFFLAGS, struct.pack(IFREQ, b"lo", flags | IFF_UP))


def interfaces() -> list[str]:
    return sorted(name for _, name in socket.if_nameindex())


def init_worker(config, mode: str, detail: str) -> None:
    """The pool initializer: isolate first (before any thread or heavy import), then the usual worker set-up."""
    if mode == NAMESPACE:
        mode, detail = enter()
    _state.update(mode=mode, detail=detail)
    from autocapture.pipeline import pool

    pool.init_worker(config)


def current() -> tuple[str, str] | None:
    """(mode, detail) in force in this worker process; None outside a worker."""
    return (_state["mode"], _state["detail"]) if _state["mode"] else None


def probe(_task=None) -> dict:
    """Run inside a worker: its isolation, its interfaces, and what a raw socket (below the Python guard)
    gets when it connects to a documentation-only address (192.0.2.1)."""
    import _socket

    sock = _socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.settimeout(2.0)
    try:
        sock.connect(("192.0.2.1", 9))
        outcome = "connected"
    except OSError as exc:
        outcome = errno.errorcode.get(exc.errno, "timeout") if exc.errno else "timeout"
    finally:
        sock.close()
    return {"isolation": current(), "interfaces": interfaces(), "connect": outcome}


def report(config, seen) -> dict:
    """What `process once --json` and the Status page show: the isolation the workers reported (the weakest,
    if they differ), or what they would ask for when no frame ran."""
    seen = {s for s in seen if s}
    if not seen:
        mode, detail = plan(config)
        return {"workers": mode, "detail": detail, "reported_by_workers": False, "parent": GUARD}
    mode = GUARD if any(m == GUARD for m, _ in seen) else NAMESPACE
    detail = "; ".join(sorted({d for m, d in seen if m == mode}))
    return {"workers": mode, "detail": detail, "reported_by_workers": True, "parent": GUARD}
