import contextlib
import gzip
import ipaddress
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from sources.fetching import (
    BlockedAddress,
    FetchError,
    allowed_private_networks,
    blocked_reason,
    check_address,
    fetch,
)

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
# A documentation-free, globally routable address that stands for "some server on the internet";
# tests route connections to it to the local server instead.
PUBLIC_IP = "93.184.216.34"


class LocalServer:
    """An HTTP server on 127.0.0.1 in a thread, answering from a table of routes."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = owner.routes.get(self.path.split("?", 1)[0])
                if route is None:
                    send(self, b"not here", status=404, content_type="text/plain")
                else:
                    # A client that gave up (cap, timeout) closes the connection mid-answer.
                    with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                        route(self)

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.port = self.httpd.server_address[1]
        self.host = host
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def url(self, path: str = "/") -> str:
        return f"http://{self.host}:{self.port}{path}"

    def paths(self) -> list[str]:
        return [path for path, _headers in self.requests]

    def __enter__(self) -> "LocalServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def send(handler, body: bytes = b"", *, status=200, content_type="text/html; charset=utf-8",
         headers=None, length=True) -> None:  # fmt: skip
    handler.send_response(status)
    if content_type:
        handler.send_header("Content-Type", content_type)
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    if length:
        handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    if body:
        handler.wfile.write(body)


@pytest.fixture
def server():
    with LocalServer() as local:
        yield local


@pytest.fixture
def english_page() -> bytes:
    return (PAGES / "en-ceasefire-talks.html").read_bytes()


@pytest.fixture
def internet(monkeypatch, server):
    """Names resolve to PUBLIC_IP (or as configured), and connecting there reaches `server`.

    Records every name looked up and every address a socket connects to.
    """
    state = {"answers": {}, "lookups": [], "connects": []}
    real_connect = socket.socket.connect

    def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
        state["lookups"].append(host)
        try:
            # An address literal is its own answer, as with the real resolver.
            answers = [str(ipaddress.ip_address(host))]
        except ValueError:
            answers = state["answers"].get(host, [PUBLIC_IP])
        if callable(answers):
            answers = answers()
        result = []
        for address in answers:
            if ":" in address:
                result.append((socket.AF_INET6, socket.SOCK_STREAM, 6, "", (address, port, 0, 0)))
            else:
                result.append((socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port)))
        return result

    def connect(sock, address):
        state["connects"].append(address[0])
        if address[0] == PUBLIC_IP:
            return real_connect(sock, ("127.0.0.1", address[1]))
        return real_connect(sock, address)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", connect)
    return state


# --- the address policy -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("127.255.0.9", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.5.4", "private"),
        ("192.168.1.1", "private"),
        ("169.254.10.20", "link-local"),
        ("169.254.169.254", "metadata"),
        ("100.64.0.1", "carrier-grade nat"),
        ("100.127.255.254", "carrier-grade nat"),
        ("100.100.100.200", "metadata"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.251", "multicast"),
        ("239.255.255.250", "multicast"),
        ("240.0.0.1", "reserved"),
        ("255.255.255.255", "reserved"),
        ("192.0.0.170", "ietf"),
        ("192.0.2.10", "private"),
        ("198.18.0.1", "benchmarking"),
        ("::1", "loopback"),
        ("::", "unspecified"),
        ("fe80::1", "link-local"),
        ("fc00::1", "private"),
        ("fd12:3456::1", "private"),
        ("fd00:ec2::254", "metadata"),
        ("ff02::1", "multicast"),
        ("2001:db8::1", "private"),
        ("::ffff:127.0.0.1", "loopback (inside an ipv6 address)"),
        ("::ffff:10.0.0.1", "private (inside an ipv6 address)"),
        ("::ffff:169.254.169.254", "metadata"),
        ("2002:7f00:1::", "loopback (inside an ipv6 address)"),
        ("64:ff9b::a00:1", "private (inside an ipv6 address)"),
    ],
)
def test_non_public_addresses_are_blocked_with_the_reason(address, reason):
    ip = ipaddress.ip_address(address)
    assert reason in blocked_reason(ip).lower()
    with pytest.raises(BlockedAddress) as exc:
        check_address(ip, ())
    assert address in str(exc.value) or str(ip) in str(exc.value)


@pytest.mark.parametrize(
    "address", ["93.184.216.34", "8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"]
)
def test_public_addresses_pass(address):
    assert blocked_reason(ipaddress.ip_address(address)) is None
    check_address(ipaddress.ip_address(address), ())


def test_allowed_networks_open_only_what_they_contain(settings):
    settings.FACTDESK_FETCH_ALLOW_PRIVATE = ["127.0.0.0/8", "10.20.0.0/16"]
    allowed = allowed_private_networks()
    check_address(ipaddress.ip_address("127.0.0.1"), allowed)
    check_address(ipaddress.ip_address("::ffff:127.0.0.1"), allowed)
    check_address(ipaddress.ip_address("10.20.3.4"), allowed)
    for blocked in ("10.21.0.1", "192.168.0.1", "::1"):
        with pytest.raises(BlockedAddress):
            check_address(ipaddress.ip_address(blocked), allowed)


@pytest.mark.parametrize("value", [["169.254.0.0/16"], ["0.0.0.0/0", "::/0"], True])
def test_metadata_services_stay_blocked_whatever_is_allowed(settings, value):
    settings.FACTDESK_FETCH_ALLOW_PRIVATE = value
    allowed = allowed_private_networks()
    for address in ("169.254.169.254", "fd00:ec2::254", "::ffff:169.254.169.254"):
        with pytest.raises(BlockedAddress, match="metadata"):
            check_address(ipaddress.ip_address(address), allowed)


def test_allow_private_setting_accepts_booleans_and_strings_and_rejects_garbage(settings):
    settings.FACTDESK_FETCH_ALLOW_PRIVATE = False
    assert allowed_private_networks() == ()
    settings.FACTDESK_FETCH_ALLOW_PRIVATE = "127.0.0.0/8, 10.0.0.0/8"
    assert len(allowed_private_networks()) == 2
    settings.FACTDESK_FETCH_ALLOW_PRIVATE = ["not-a-network"]
    with pytest.raises(ImproperlyConfigured, match="not-a-network"):
        allowed_private_networks()


# --- fetching from a local server ---------------------------------------------------------------


def test_fetch_returns_body_charset_and_validators(server, english_page):
    server.routes["/article"] = lambda h: send(
        h, english_page, headers={"ETag": '"v1"', "Last-Modified": "Tue, 05 Mar 2024 17:00:00 GMT"}
    )
    result = fetch(server.url("/article"))
    assert result.status == 200
    assert result.body == english_page
    assert result.charset == "utf-8"
    assert result.content_type == "text/html"
    assert result.etag == '"v1"'
    assert result.last_modified == "Tue, 05 Mar 2024 17:00:00 GMT"
    assert not result.not_modified
    headers = server.requests[0][1]
    assert "FactDesk" in headers["user-agent"]
    assert "text/html" in headers["accept"]


def test_charset_declared_in_the_page_is_used_when_the_header_has_none(server):
    body = '<html><head><meta charset="windows-1252"></head><body><p>Café</p></body></html>'
    server.routes["/latin"] = lambda h: send(h, body.encode("cp1252"), content_type="text/html")
    result = fetch(server.url("/latin"))
    assert result.charset == "cp1252"
    assert "Café" in result.body.decode(result.charset)


def test_conditional_request_answered_304_gives_not_modified_and_empty_body(server):
    def page(h):
        if h.headers.get("If-None-Match") == '"v2"':
            send(h, status=304, content_type=None, length=False)
        else:
            send(h, b"<p>fresh</p>", headers={"ETag": '"v2"'})

    server.routes["/cond"] = page
    first = fetch(server.url("/cond"))
    again = fetch(server.url("/cond"), headers={"If-None-Match": first.etag})
    assert first.body == b"<p>fresh</p>" and not first.not_modified
    assert again.not_modified and again.status == 304 and again.body == b""
    # The 304 repeated no validator; the one sent is kept so that the caller stores it again.
    assert again.etag == '"v2"'
    assert server.requests[1][1]["if-none-match"] == '"v2"'


def test_body_announced_larger_than_the_cap_is_refused(server):
    server.routes["/big"] = lambda h: send(h, b"x" * 50_000)
    with pytest.raises(FetchError, match="larger than the limit of 10,000 bytes"):
        fetch(server.url("/big"), max_bytes=10_000)


def test_streamed_body_is_cut_off_past_the_cap(server):
    sent = []

    def endless(h):
        send(h, content_type="text/html", length=False)
        for _ in range(200):
            h.wfile.write(b"<p>" + b"a" * 8192 + b"</p>")
            sent.append(1)

    server.routes["/stream"] = endless
    with pytest.raises(FetchError, match="larger than the limit"):
        fetch(server.url("/stream"), max_bytes=20_000)


def test_cap_applies_to_the_decompressed_body(server):
    bomb = gzip.compress(b"<p>" + b"0" * 2_000_000)
    server.routes["/gzip"] = lambda h: send(h, bomb, headers={"Content-Encoding": "gzip"})
    assert len(bomb) < 10_000
    with pytest.raises(FetchError, match="larger than the limit"):
        fetch(server.url("/gzip"), max_bytes=100_000)


def test_server_that_does_not_answer_times_out(server):
    def slow(h):
        time.sleep(1.0)
        send(h, b"<p>late</p>")

    server.routes["/slow"] = slow
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"did not answer within 0\.2 s"):
        fetch(server.url("/slow"), timeout=0.2)
    assert time.monotonic() - started < 0.8


def test_server_dripping_bytes_is_stopped_by_the_overall_deadline(server):
    def drip(h):
        send(h, content_type="text/html", length=False)
        for _ in range(40):
            h.wfile.write(b"a")
            h.wfile.flush()
            time.sleep(0.05)

    server.routes["/drip"] = drip
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"took longer than 0\.3 s"):
        fetch(server.url("/drip"), timeout=0.3)
    assert time.monotonic() - started < 0.9


@pytest.mark.parametrize(
    ("content_type", "shown"),
    [("image/png", "image/png"), ("application/octet-stream", "application/octet-stream"),
     (None, "no content type")],
)  # fmt: skip
def test_content_outside_the_accepted_types_is_refused(server, content_type, shown):
    server.routes["/file"] = lambda h: send(h, b"\x89PNG....", content_type=content_type)
    with pytest.raises(FetchError) as exc:
        fetch(server.url("/file"))
    assert shown in str(exc.value)
    assert "accepted types" in str(exc.value)


def test_accept_argument_chooses_the_types(server):
    server.routes["/feed"] = lambda h: send(h, b"<rss/>", content_type="application/rss+xml")
    assert fetch(server.url("/feed"), accept=("application/rss+xml",)).body == b"<rss/>"
    with pytest.raises(FetchError, match="accepted types"):
        fetch(server.url("/feed"))


def test_error_status_is_reported(server):
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(server.url("/missing"))


def _redirect_chain(server, length):
    for n in range(1, length + 1):
        server.routes[f"/r/{n}"] = lambda h, n=n: send(
            h, status=302, headers={"Location": f"/r/{n - 1}"}, length=True
        )
    server.routes["/r/0"] = lambda h: send(h, b"<p>arrived</p>")


def test_five_redirects_are_followed(server):
    _redirect_chain(server, 5)
    result = fetch(server.url("/r/5"))
    assert result.body == b"<p>arrived</p>"
    assert result.url == server.url("/r/0")


def test_a_sixth_redirect_is_refused(server):
    _redirect_chain(server, 6)
    with pytest.raises(FetchError, match="Too many redirects"):
        fetch(server.url("/r/6"))
    assert "/r/0" not in server.paths()


def test_redirect_to_another_scheme_is_refused(server):
    server.routes["/away"] = lambda h: send(
        h, status=301, headers={"Location": "file:///etc/passwd"}
    )
    with pytest.raises(FetchError, match="Only http and https"):
        fetch(server.url("/away"))


def test_private_address_refused_without_any_request_when_private_is_not_allowed(server, settings):
    settings.FACTDESK_FETCH_ALLOW_PRIVATE = []
    server.routes["/page"] = lambda h: send(h, b"<p>internal</p>")
    for url in (server.url("/page"), f"http://[::ffff:127.0.0.1]:{server.port}/page"):
        with pytest.raises(FetchError, match="loopback"):
            fetch(url)
    assert server.requests == []


def test_redirect_from_a_public_site_to_a_private_address_is_refused(server, internet, settings):
    settings.FACTDESK_FETCH_ALLOW_PRIVATE = []
    internet["answers"]["localhost"] = ["127.0.0.1"]
    server.routes["/secret"] = lambda h: send(h, b"<p>internal only</p>")
    targets = {
        "/to-loopback": server.url("/secret"),
        "/to-name": f"http://localhost:{server.port}/secret",
        "/to-metadata": "http://169.254.169.254/latest/meta-data/",
        "/to-private": "http://10.0.0.7/admin",
        "/to-mapped": "http://[::ffff:192.168.0.1]/",
    }
    for path, target in targets.items():
        server.routes[path] = lambda h, target=target: send(
            h, status=302, headers={"Location": target}
        )
        with pytest.raises(FetchError, match="not a public address"):
            fetch(f"http://news.example:{server.port}{path}", timeout=2)
    assert "/secret" not in server.paths()
    # Only the public address was ever connected to.
    assert set(internet["connects"]) == {PUBLIC_IP}


def test_dns_rebinding_cannot_reach_a_private_address(server, internet, settings):
    """The name answers a public address to the first lookup and 127.0.0.1 to every later one;
    a fetcher that looked the name up again to connect would reach the internal server."""
    settings.FACTDESK_FETCH_ALLOW_PRIVATE = []
    answers = iter([[PUBLIC_IP]])
    internet["answers"]["rebind.example"] = lambda: next(answers, ["127.0.0.1"])
    server.routes["/page"] = lambda h: send(h, b"<p>public page</p>")
    server.routes["/again"] = lambda h: send(h, status=302, headers={"Location": "/page"})

    assert fetch(f"http://rebind.example:{server.port}/page").body == b"<p>public page</p>"
    assert internet["lookups"] == ["rebind.example"]
    assert internet["connects"] == [PUBLIC_IP]

    # Every redirect hop looks the name up again; when the answer turns internal, it stops there.
    answers = iter([[PUBLIC_IP]])
    with pytest.raises(FetchError, match="loopback"):
        fetch(f"http://rebind.example:{server.port}/again")
    assert internet["lookups"] == ["rebind.example"] * 3
    assert "127.0.0.1" not in internet["connects"]
    assert server.paths() == ["/page", "/again"]


def test_an_answer_mixing_public_and_private_addresses_is_refused_entirely(
    server, internet, settings
):
    settings.FACTDESK_FETCH_ALLOW_PRIVATE = []
    internet["answers"]["mixed.example"] = [PUBLIC_IP, "10.0.0.5"]
    server.routes["/page"] = lambda h: send(h, b"<p>x</p>")
    with pytest.raises(FetchError, match=r"10\.0\.0\.5"):
        fetch(f"http://mixed.example:{server.port}/page")
    assert internet["connects"] == []


def test_unresolvable_host_and_invalid_url_give_fetch_errors(internet):
    internet["answers"]["nowhere.example"] = []
    with pytest.raises(FetchError, match="no IPv4 or IPv6 address"):
        fetch("http://nowhere.example/")
    with pytest.raises(FetchError, match="user name or password"):
        fetch("http://user:pw@news.example/")
    with pytest.raises(FetchError, match="http"):
        fetch("gopher://news.example/")


def test_connection_refused_is_a_fetch_error():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(FetchError, match="Could not connect"):
        fetch(f"http://127.0.0.1:{port}/")
