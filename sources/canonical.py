"""One spelling per web page: the canonical URL that articles and feeds are deduplicated on.

Two links to the same story differ in ways that do not change the page: letter case in the host,
a default port, a fragment, campaign parameters added by newsletters and social networks, the
order of the query parameters, or percent-encoding of characters that need none. The canonical
form removes those differences and nothing else; it never guesses (no "www." stripping, no
http-to-https upgrade), because some sites really serve different pages there.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from urllib.parse import SplitResult, unquote, urlsplit, urlunsplit

import idna

MAX_URL_LENGTH = 2048

DEFAULT_PORTS = {"http": 80, "https": 443}

# Parameters that only say how a reader arrived (campaign, click and share identifiers).
TRACKING_PARAMETERS = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "ttclid",
        "li_fat_id",
        "mc_cid",
        "mc_eid",
        "igshid",
        "igsh",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "__hsfp",
        "__hssc",
        "__hstc",
        "hsctatracking",
        "mkt_tok",
        "ref_src",
        "ref_url",
        "vero_id",
        "vero_conv",
        "oly_anon_id",
        "oly_enc_id",
        "rb_clickid",
        "s_cid",
        "wt.mc_id",
        "ncid",
        "ocid",
        "cmpid",
        "spm",
        "sr_share",
        "at_medium",
        "at_campaign",
        "at_custom1",
        "at_custom2",
        "at_custom3",
        "at_custom4",
        "xtor",
        "__twitter_impression",
        "fb_action_ids",
        "fb_action_types",
        "fb_ref",
        "fb_source",
        "action_object_map",
        "action_type_map",
        "action_ref_map",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hmb_")

UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
SUB_DELIMS = frozenset("!$&'()*+,;=")
# Characters left as they are in a path, and in a query key or value; an encoded "&" (or "=" in a
# key) stays encoded, since decoding it would change how the query splits.
PATH_SAFE = UNRESERVED | SUB_DELIMS | frozenset(":@/")
QUERY_VALUE_SAFE = (UNRESERVED | SUB_DELIMS | frozenset(":@/?")) - frozenset("&")
QUERY_KEY_SAFE = QUERY_VALUE_SAFE - frozenset("=")

HOST_LABEL = re.compile(r"^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$")
PERCENT = re.compile(r"%([0-9A-Fa-f]{2})")


class InvalidURL(ValueError):
    """The text cannot be an http(s) URL of a web page; the message says why."""


def canonicalize_url(url: str) -> str:
    """The canonical spelling of an http(s) URL; raises InvalidURL (only) for anything else."""
    if not isinstance(url, str):
        raise InvalidURL("A URL must be text.")
    url = url.strip()
    if not url:
        raise InvalidURL("The URL is empty.")
    if len(url) > MAX_URL_LENGTH:
        raise InvalidURL(
            f"The URL is too long ({len(url):,} characters; at most {MAX_URL_LENGTH})."
        )
    for ch in url:
        if unicodedata.category(ch) in ("Cc", "Cs"):
            raise InvalidURL(
                f"The URL contains a control character (U+{ord(ch):04X}); remove it and try again."
            )
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise InvalidURL(f"This is not a valid URL: {exc}.") from None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        if not scheme or "//" not in url:
            raise InvalidURL("The URL must start with http:// or https://.")
        raise InvalidURL(f"Only http and https URLs are accepted, not '{scheme}:'.")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        # Credentials must never be stored or sent on; dropping them silently would change
        # which page is fetched, so the URL is refused instead.
        raise InvalidURL("The URL must not contain a user name or password.")
    host = _canonical_host(parts)
    if port == 0:
        raise InvalidURL("The URL has port 0, which is not a valid port.")
    netloc = host if port is None or port == DEFAULT_PORTS[scheme] else f"{host}:{port}"
    # With a host present the path is either empty or starts with "/".
    path = _remove_dot_segments(_normalise_percent(parts.path, PATH_SAFE) or "/")
    query = _canonical_query(parts.query)
    result = urlunsplit(SplitResult(scheme, netloc, path, query, ""))
    if len(result) > MAX_URL_LENGTH:
        raise InvalidURL(
            f"The URL is too long once encoded ({len(result):,} characters; "
            f"at most {MAX_URL_LENGTH})."
        )
    return result


def _canonical_host(parts: SplitResult) -> str:
    raw = parts.hostname
    if not raw:
        raise InvalidURL("The URL has no host name.")
    if parts.netloc.startswith("[") or ":" in raw:
        if "%" in raw:
            raise InvalidURL("IPv6 zone identifiers (the part after '%') are not accepted.")
        try:
            address = ipaddress.IPv6Address(raw)
        except ValueError:
            raise InvalidURL(f"'{raw}' is not a valid IPv6 address.") from None
        return f"[{address.compressed}]"
    host = raw.rstrip(".")
    if not host:
        raise InvalidURL("The URL has no host name.")
    if host.isascii():
        host = host.lower()
    else:
        try:
            host = idna.encode(host, uts46=True).decode("ascii")
        except (idna.IDNAError, UnicodeError, ValueError):
            raise InvalidURL(f"'{raw}' is not a valid international domain name.") from None
    labels = host.split(".")
    if len(host) > 253 or not all(HOST_LABEL.match(label) for label in labels):
        raise InvalidURL(f"'{raw}' is not a valid host name.")
    return host


def _normalise_percent(text: str, safe: frozenset[str]) -> str:
    """Decode escapes of unreserved characters, upper-case the others, encode what must be.

    A "%" that starts no valid escape is itself encoded, so that the result is a fixed point.
    """
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "%":
            match = PERCENT.match(text, i)
            if match:
                decoded = chr(int(match.group(1), 16))
                out.append(decoded if decoded in UNRESERVED else "%" + match.group(1).upper())
                i += 3
                continue
            out.append("%25")
        elif ch in safe:
            out.append(ch)
        else:
            try:
                encoded = ch.encode("utf-8")
            except UnicodeEncodeError:
                raise InvalidURL("The URL contains characters that cannot be encoded.") from None
            out.append("".join(f"%{byte:02X}" for byte in encoded))
        i += 1
    return "".join(out)


def _remove_dot_segments(path: str) -> str:
    # RFC 3986, section 5.2.4, for an absolute path: "/a/./b/../c" is "/a/c".
    if "." not in path:
        return path
    segments = path.split("/")[1:]
    output: list[str] = []
    for index, segment in enumerate(segments):
        last = index == len(segments) - 1
        if segment in (".", ".."):
            if segment == ".." and output:
                output.pop()
            if last:
                output.append("")
        else:
            output.append(segment)
    return "/" + "/".join(output)


def _is_tracking(key: str) -> bool:
    name = unquote(key.replace("+", " ")).strip().lower()
    return name in TRACKING_PARAMETERS or name.startswith(TRACKING_PREFIXES)


def _canonical_query(query: str) -> str:
    pairs: list[tuple[str, str | None]] = []
    for item in query.split("&"):
        if not item:
            continue
        key, sep, value = item.partition("=")
        if _is_tracking(key):
            continue
        key = _normalise_percent(key, QUERY_KEY_SAFE)
        value = _normalise_percent(value, QUERY_VALUE_SAFE) if sep else None
        pairs.append((key, value))
    # A stable sort on the key only: the order of a repeated key can carry meaning.
    pairs.sort(key=lambda pair: pair[0])
    return "&".join(key if value is None else f"{key}={value}" for key, value in pairs)
