"""The network guard refuses non-loopback connections from inside the process and logs the caller."""

import logging
import socket
import subprocess
import sys
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from autocapture.runtime import netguard


@pytest.fixture(autouse=True)
def guard():
    netguard.install()
    netguard.refusals.clear()
    yield
    netguard.refusals.clear()  # other tests run the CLI in this process and report refusals


def test_non_loopback_connect_is_refused_and_logged(caplog):
    caplog.set_level(logging.WARNING, logger="autocapture.netguard")
    with pytest.raises(ConnectionRefusedError, match="non-loopback address 192.0.2.10"):
        socket.create_connection(("192.0.2.10", 443), timeout=1)  # TEST-NET-1: nothing is ever sent
    assert netguard.refusals[-1]["address"] == "192.0.2.10:443"
    assert "test_netguard.py" in netguard.refusals[-1]["caller"]
    assert "refused connection to 192.0.2.10:443 from" in caplog.text
    assert "test_non_loopback_connect_is_refused_and_logged" in netguard.refusals[-1]["caller"]


def test_names_are_refused_without_a_dns_lookup_and_udp_too():
    with pytest.raises(OSError, match="network guard"):
        urllib.request.urlopen("http://example.invalid/", timeout=1)
    assert netguard.refusals[-1]["what"] == "name lookup"
    with pytest.raises(ConnectionRefusedError):
        socket.getaddrinfo("pypi.org", 443)
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    with pytest.raises(ConnectionRefusedError):
        s.sendto(b"x", ("198.51.100.7", 53))
    s.close()
    s6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    with pytest.raises(ConnectionRefusedError):
        s6.connect_ex(("2001:db8::1", 80, 0, 0))
    s6.close()


def test_loopback_stays_allowed_for_local_model_servers():
    class Hello(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"local")

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Hello)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        for host in ("127.0.0.1", "localhost"):
            with urllib.request.urlopen(f"http://{host}:{server.server_port}/", timeout=5) as resp:
                assert resp.read() == b"local"
    finally:
        server.shutdown()
    assert netguard.is_loopback("127.8.9.10") and netguard.is_loopback("::1")
    assert netguard.is_loopback("::ffff:127.0.0.1") and not netguard.is_loopback("10.0.0.1")


def test_guard_is_on_from_the_cli_start():
    code = (
        "import socket, sys; from autocapture.cli import main\n"
        "try:\n    main(['config', 'show', '--json'], standalone_mode=False)\nexcept SystemExit: pass\n"
        "try:\n    socket.create_connection(('203.0.113.5', 80), timeout=1)\n"
        "except ConnectionRefusedError as e: print('REFUSED', e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "REFUSED" in out.stdout and "autocapture network guard" in out.stdout
    assert "refused connection to 203.0.113.5:80" in out.stderr


def test_listening_on_a_public_interface_is_refused():
    # `autocapture serve` binds 127.0.0.1; anything that tried 0.0.0.0 or '' would publish the screens
    for address in (("0.0.0.0", 0), ("", 0)):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        with pytest.raises(ConnectionRefusedError, match="network guard"):
            s.bind(address)
        s.close()
    assert netguard.refusals[-1]["what"] == "listening"
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    assert s.getsockname()[0] == "127.0.0.1"
    s.close()
