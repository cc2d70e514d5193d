"""Fetch a web page or feed from an address given by an outsider, without becoming their proxy.

Anyone who can submit a URL can make this service send a request, so every request is checked:
only http(s), only public addresses (no loopback, private networks, link-local, cloud metadata
services...), bounded in time and size, and redirects re-checked at every hop. The host name is
resolved exactly once per connection, inside the connection itself, and the socket connects to
the address that was checked: a DNS answer that changes between a check and a later lookup (DNS
rebinding) cannot reach an internal address, because there is no later lookup.
"""

from __future__ import annotations

import codecs
import ipaddress
import logging
import re
import socket
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from httpcore._backends.sync import SyncStream

from .canonical import InvalidURL, canonicalize_url

logger = logging.getLogger(__name__)

USER_AGENT = "FactDesk/0.1 (claim and attribution tracking; +{public_url})"
MAX_REDIRECTS = 5
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
HTML_TYPES = ("text/html", "application/xhtml+xml")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

# Cloud instance metadata services hand out credentials; they stay blocked even when a deployment
# allows private ranges that contain them.
METADATA_ADDRESSES = frozenset(
    {
        ipaddress.ip_address("169.254.169.254"),  # AWS, GCP, Azure, OpenStack, DigitalOcean
        ipaddress.ip_address("169.254.170.2"),  # AWS ECS task credentials
        ipaddress.ip_address("fd00:ec2::254"),  # AWS over IPv6
        ipaddress.ip_address("100.100.100.200"),  # Alibaba Cloud
    }
)
# Ranges Python's ipaddress does not count as private or reserved in every version.
EXTRA_BLOCKED = (
    (ipaddress.ip_network("100.64.0.0/10"), "carrier-grade NAT (shared address space)"),
    (ipaddress.ip_network("192.0.0.0/24"), "reserved for IETF protocols"),
    (ipaddress.ip_network("198.18.0.0/15"), "reserved for benchmarking"),
    (ipaddress.ip_network("64:ff9b:1::/48"), "local-use NAT64"),
)
NAT64 = ipaddress.ip_network("64:ff9b::/96")


class FetchError(Exception):
    """The page could not be fetched, or was refused; the message says which and why."""


@dataclass(frozen=True)
class FetchResult:
    url: str
    status: int
    body: bytes
    charset: str | None
    content_type: str
    etag: str | None
    last_modified: str | None
    not_modified: bool = False


class BlockedAddress(FetchError):
    """The host resolves to an address this service must not connect to."""


# --- address policy -----------------------------------------------------------------------------


def _embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address carried inside an IPv6 one (mapped, 6to4, NAT64), if any."""
    if not isinstance(address, ipaddress.IPv6Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def blocked_reason(address: IPAddress) -> str | None:
    """Why an address is not public (e.g. "loopback"), or None for a public address."""
    if address in METADATA_ADDRESSES:
        return "a cloud metadata service"
    embedded = _embedded_ipv4(address)
    if embedded is not None:
        reason = blocked_reason(embedded)
        return f"{reason} (inside an IPv6 address)" if reason else None
    checks = (
        ("is_unspecified", "unspecified"),
        ("is_loopback", "loopback"),
        ("is_link_local", "link-local"),
        ("is_multicast", "multicast"),
        ("is_reserved", "reserved"),
    )
    for attribute, reason in checks:
        if getattr(address, attribute):
            return reason
    for network, reason in EXTRA_BLOCKED:
        if address.version == network.version and address in network:
            return reason
    if address.is_private:
        return "private"
    if address.version == 6 and address.teredo is not None:
        return "a Teredo tunnel"
    if not address.is_global:
        return "not public"
    return None


def allowed_private_networks() -> tuple[IPNetwork, ...]:
    """FACTDESK_FETCH_ALLOW_PRIVATE as networks: a list of CIDRs (or a comma-separated string).

    ``True`` allows every non-public address (local development against local servers),
    ``False`` or empty allows none. Metadata addresses are refused whatever this says.
    """
    value = getattr(settings, "FACTDESK_FETCH_ALLOW_PRIVATE", ())
    if isinstance(value, str):
        value = [item.strip() for item in value.split(",") if item.strip()]
    return _parse_networks(tuple(value) if not isinstance(value, bool) else value)


@lru_cache(maxsize=8)
def _parse_networks(value: bool | tuple[str, ...]) -> tuple[IPNetwork, ...]:
    if value is True:
        return (ipaddress.ip_network("0.0.0.0/0"), ipaddress.ip_network("::/0"))
    if value is False:
        return ()
    networks = []
    for item in value:
        try:
            networks.append(ipaddress.ip_network(str(item).strip(), strict=False))
        except ValueError:
            raise ImproperlyConfigured(
                f"FACTDESK_FETCH_ALLOW_PRIVATE: {item!r} is not a network such as 10.0.0.0/8."
            ) from None
    return tuple(networks)


def check_address(address: IPAddress, allowed: Iterable[IPNetwork] = ()) -> None:
    """Raise BlockedAddress unless the address is public or inside an allowed network."""
    reason = blocked_reason(address)
    if reason is None:
        return
    embedded = _embedded_ipv4(address)
    if address not in METADATA_ADDRESSES and embedded not in METADATA_ADDRESSES:
        candidates = [address] if embedded is None else [address, embedded]
        for network in allowed:
            if any(c.version == network.version and c in network for c in candidates):
                return
    raise BlockedAddress(f"Refusing to connect to {address}: it is {reason}, not a public address.")


def resolve(host: str, port: int, allowed: Iterable[IPNetwork] = ()) -> list[tuple[int, str]]:
    """Look the host up once and check every answer; all must be allowed, or none is used.

    Refusing the whole answer (not only the bad addresses) matters: a name that resolves to a
    public and an internal address is a classic way to reach the internal one.
    """
    allowed = tuple(allowed)
    try:
        answers = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as exc:
        raise FetchError(f"Could not resolve the host name '{host}': {exc}.") from None
    addresses: list[tuple[int, str]] = []
    for family, _type, _proto, _canon, sockaddr in answers:
        if family not in (socket.AF_INET, socket.AF_INET6):
            continue
        text = str(sockaddr[0]).split("%", 1)[0]
        try:
            address = ipaddress.ip_address(text)
        except ValueError:
            raise FetchError(f"'{host}' resolved to something that is not an address.") from None
        try:
            check_address(address, allowed)
        except BlockedAddress as exc:
            raise BlockedAddress(f"'{host}' resolves to a blocked address. {exc}") from None
        if (family, str(address)) not in addresses:
            addresses.append((family, str(address)))
    if not addresses:
        raise FetchError(f"The host name '{host}' has no IPv4 or IPv6 address.")
    return addresses


# --- the connection -----------------------------------------------------------------------------


class _CheckedBackend(httpcore.SyncBackend):
    """Opens TCP connections only to addresses that passed `resolve`, and to nothing else."""

    def __init__(self, allowed: tuple[IPNetwork, ...]) -> None:
        self.allowed = allowed

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable | None = None,
    ) -> httpcore.NetworkStream:
        addresses = resolve(host, port, self.allowed)
        failures = []
        for family, address in addresses:
            sock = socket.socket(family, socket.SOCK_STREAM)
            try:
                sock.settimeout(timeout)
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                for option in socket_options or ():
                    sock.setsockopt(*option)
                # A socket address, not a name: connect() does no lookup of its own.
                sock.connect((address, port) if family == socket.AF_INET else (address, port, 0, 0))
            except TimeoutError:
                sock.close()
                failures.append(f"{address}: timed out")
                continue
            except OSError as exc:
                sock.close()
                failures.append(f"{address}: {exc.strerror or exc}")
                continue
            return SyncStream(sock)
        if failures and all(f.endswith("timed out") for f in failures):
            raise httpcore.ConnectTimeout("; ".join(failures))
        raise httpcore.ConnectError("; ".join(failures))


class _CheckedTransport(httpx.HTTPTransport):
    def __init__(self, allowed: tuple[IPNetwork, ...]) -> None:
        # No proxies from the environment: a proxy would make the connection, unchecked.
        ssl_context = httpx.create_ssl_context(trust_env=False)
        super().__init__(verify=ssl_context, trust_env=False, retries=0)
        # httpx has no option for a network backend, so its connection pool is replaced by an
        # identical one that connects through the checked backend.
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context,
            max_connections=4,
            max_keepalive_connections=0,
            retries=0,
            network_backend=_CheckedBackend(allowed),
        )


def checked_client(**options) -> httpx.Client:
    """An httpx client that only ever connects to addresses the fetcher's rules allow.

    For other outgoing requests (webhook deliveries): same address checks, done on the resolved
    address actually connected to. Redirects are not followed.
    """
    return httpx.Client(
        transport=_CheckedTransport(allowed_private_networks()),
        follow_redirects=False,
        trust_env=False,
        **options,
    )


# --- fetch --------------------------------------------------------------------------------------


def _parse_content_type(value: str) -> tuple[str, str | None]:
    media_type, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, raw = param.partition("=")
        if name.strip().lower() == "charset":
            charset = raw.strip().strip("\"'") or None
    return media_type.strip().lower(), _valid_charset(charset)


def _valid_charset(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _sniff_charset(body: bytes) -> str | None:
    """The encoding a document declares about itself (BOM, XML declaration or <meta>)."""
    for bom, name in BOMS:
        if body.startswith(bom):
            return name
    head = body[:4096]
    match = XML_ENCODING.match(head) or META_CHARSET.search(head)
    return _valid_charset(match.group(1).decode("ascii")) if match else None


def _user_agent() -> str:
    return USER_AGENT.format(public_url=getattr(settings, "FACTDESK_PUBLIC_URL", "").rstrip("/"))


def _checked_url(url: str) -> str:
    try:
        canonicalize_url(url)
    except InvalidURL as exc:
        raise FetchError(f"Cannot fetch '{url[:200]}': {exc}") from None
    return url.strip()


def fetch(
    url: str,
    *,
    accept: Iterable[str] = HTML_TYPES,
    headers: Mapping[str, str] | None = None,
    max_bytes: int | None = None,
    timeout: float | None = None,
) -> FetchResult:
    """GET a public http(s) URL, following up to five redirects, each checked like the first.

    ``headers`` may carry If-None-Match / If-Modified-Since; a 304 answer gives
    ``not_modified=True`` and an empty body. ``timeout`` bounds each network operation and the
    whole fetch; ``max_bytes`` bounds the (decompressed) body. Raises FetchError, nothing else.
    """
    accept = tuple(t.lower() for t in accept)
    timeout = float(timeout if timeout is not None else settings.FACTDESK_FETCH_TIMEOUT)
    max_bytes = int(max_bytes if max_bytes is not None else settings.FACTDESK_FETCH_MAX_BYTES)
    request_headers = {
        "User-Agent": _user_agent(),
        "Accept": ", ".join([*accept, "*/*;q=0.1"]),
    }
    for name, value in (headers or {}).items():
        if name.lower() != "host" and value:
            request_headers[name] = value
    deadline = time.monotonic() + timeout
    current = _checked_url(url)
    transport = _CheckedTransport(allowed_private_networks())
    with httpx.Client(
        transport=transport,
        timeout=httpx.Timeout(timeout),
        follow_redirects=False,
        trust_env=False,
        headers=request_headers,
    ) as client:
        for hop in range(MAX_REDIRECTS + 1):
            result, location = _fetch_once(client, current, accept, max_bytes, timeout, deadline)
            if location is None:
                return _with_conditional_fallback(result, request_headers)
            if hop == MAX_REDIRECTS:
                break
            current = _checked_url(urljoin(current, location))
    raise FetchError(f"Too many redirects (more than {MAX_REDIRECTS}) starting from {url[:200]}.")


def _with_conditional_fallback(result: FetchResult, sent: Mapping[str, str]) -> FetchResult:
    # A 304 need not repeat the validators; keep the ones that were sent so callers store them.
    if not result.not_modified:
        return result
    lowered = {k.lower(): v for k, v in sent.items()}
    return FetchResult(
        url=result.url,
        status=result.status,
        body=b"",
        charset=result.charset,
        content_type=result.content_type,
        etag=result.etag or lowered.get("if-none-match"),
        last_modified=result.last_modified or lowered.get("if-modified-since"),
        not_modified=True,
    )


def _fetch_once(
    client: httpx.Client,
    url: str,
    accept: tuple[str, ...],
    max_bytes: int,
    timeout: float,
    deadline: float,
) -> tuple[FetchResult | None, str | None]:
    """One request: (result, None) for a final answer, (None, location) for a redirect."""
    host = urlsplit(url).hostname or url
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise FetchError(f"{url[:200]} took longer than {timeout:g} s; gave up.")
    try:
        with client.stream("GET", url, timeout=httpx.Timeout(remaining)) as response:
            if response.status_code in REDIRECT_STATUSES:
                location = response.headers.get("location", "").strip()
                if not location:
                    raise FetchError(
                        f"{url[:200]} redirects (HTTP {response.status_code}) nowhere."
                    )
                return None, location
            media_type, charset = _parse_content_type(response.headers.get("content-type", ""))
            common = {
                "url": str(response.url),
                "status": response.status_code,
                "content_type": media_type,
                "etag": response.headers.get("etag"),
                "last_modified": response.headers.get("last-modified"),
            }
            if response.status_code == 304:
                return FetchResult(body=b"", charset=charset, not_modified=True, **common), None
            if not 200 <= response.status_code < 300:
                raise FetchError(
                    f"{url[:200]} answered HTTP {response.status_code} "
                    f"{response.reason_phrase}".rstrip()
                    + "."
                )
            if media_type not in accept:
                shown = media_type or "no content type"
                raise FetchError(
                    f"{url[:200]} is {shown}, not one of the accepted types ({', '.join(accept)})."
                )
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(_too_large(url, max_bytes))
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) > max_bytes:
                    raise FetchError(_too_large(url, max_bytes))
                if time.monotonic() > deadline:
                    raise FetchError(f"{url[:200]} took longer than {timeout:g} s; gave up.")
            body = bytes(body)
            return FetchResult(body=body, charset=charset or _sniff_charset(body), **common), None
    except BlockedAddress as exc:
        # Worth a look in the logs: someone may be probing for internal services.
        logger.warning("refused to fetch %s: %s", url[:200], exc)
        raise
    except FetchError:
        raise
    except httpx.TimeoutException:
        raise FetchError(f"{url[:200]} did not answer within {timeout:g} s.") from None
    except httpx.ConnectError as exc:
        raise FetchError(f"Could not connect to {host}: {exc}") from None
    except httpx.DecodingError as exc:
        raise FetchError(f"{url[:200]} sent a body that could not be decoded: {exc}") from None
    except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as exc:
        raise FetchError(f"Fetching {url[:200]} failed: {exc}") from None


def _too_large(url: str, max_bytes: int) -> str:
    return f"{url[:200]} is larger than the limit of {max_bytes:,} bytes; not fetched."
