import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sources.canonical import MAX_URL_LENGTH, InvalidURL, canonicalize_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTP://WWW.Example.COM/News", "http://www.example.com/News"),
        ("https://example.com", "https://example.com/"),
        ("  https://example.com/a\n", "https://example.com/a"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("https://example.com:8443/a", "https://example.com:8443/a"),
        ("http://example.com:443/a", "http://example.com:443/a"),
        ("https://example.com/a#comments", "https://example.com/a"),
        ("https://example.com./a", "https://example.com/a"),
        ("https://example.com/a/./b/../c", "https://example.com/a/c"),
        ("https://example.com/a/%2e%2e/b", "https://example.com/b"),
        ("https://example.com/%7euser/%e2%82%ac", "https://example.com/~user/%E2%82%AC"),
        ("https://example.com/berita/é ü", "https://example.com/berita/%C3%A9%20%C3%BC"),
        ("https://example.com/100%", "https://example.com/100%25"),
        ("https://münchen.example/", "https://xn--mnchen-3ya.example/"),
        ("https://[2001:DB8:0:0::1]:8080/", "https://[2001:db8::1]:8080/"),
        ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
        ("https://example.com/a?id=2&id=1&a", "https://example.com/a?a&id=2&id=1"),
        ("https://example.com/a?q=a%2fb%26c", "https://example.com/a?q=a%2Fb%26c"),
        ("https://example.com/a?&&x=1&", "https://example.com/a?x=1"),
    ],
)
def test_equivalent_spellings_become_one_canonical_url(url, expected):
    assert canonicalize_url(url) == expected


def test_tracking_parameters_are_dropped_and_others_kept():
    url = (
        "https://news.example/story?utm_source=newsletter&UTM_Campaign=x&fbclid=abc&gclid=1"
        "&mc_cid=2&mc_eid=3&igshid=4&_ga=5&ref_src=twsrc&id=42&page=2"
    )
    assert canonicalize_url(url) == "https://news.example/story?id=42&page=2"
    assert canonicalize_url("https://news.example/story?utm_medium=x") == (
        "https://news.example/story"
    )


def test_seed_style_link_and_its_variants_meet():
    variants = [
        "https://www.voaindonesia.com/a/kim-putin/7307000.html",
        "HTTPS://WWW.VOAINDONESIA.COM:443/a/kim-putin/7307000.html#comments",
        "https://www.voaindonesia.com/a/kim-putin/7307000.html?utm_source=twitter&fbclid=x",
    ]
    assert len({canonicalize_url(v) for v in variants}) == 1


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("ftp://example.com/file", "only http and https"),
        ("javascript:alert(1)", "http://"),
        ("example.com/news", "http://"),
        ("https://user:secret@example.com/", "user name or password"),
        ("https://@example.com/", "user name or password"),
        ("http:///path-only", "no host"),
        ("https://exa mple.com/", "not a valid host"),
        ("https://example..com/", "not a valid host"),
        ("https://example.com:0/", "port"),
        ("https://example.com:70000/", "port"),
        ("https://[::1/", "not a valid url"),
        ("https://[fe80::1%25eth0]/", "zone"),
        ("https://example.com/a\x00b", "control character"),
        ("https://example.com/\x1b[31m", "control character"),
        ("https://example.com/" + "a" * MAX_URL_LENGTH, "too long"),
        ("https://example.com/" + "é" * 700, "too long once encoded"),
    ],
)
def test_bad_urls_are_refused_with_a_clear_message(url, message):
    with pytest.raises(InvalidURL) as exc:
        canonicalize_url(url)
    assert message in str(exc.value).lower()


def test_non_text_is_refused():
    with pytest.raises(InvalidURL):
        canonicalize_url(None)  # type: ignore[arg-type]


@settings(derandomize=True, max_examples=200, deadline=None)
@given(
    st.text()
    | st.builds("https://{}".format, st.text())
    | st.builds("http://a.example{}".format, st.text())
)
def test_arbitrary_text_gives_a_url_or_invalid_url_never_another_error(text):
    try:
        result = canonicalize_url(text)
    except InvalidURL as exc:
        assert str(exc)
    else:
        assert result.startswith(("http://", "https://"))
        assert len(result) <= MAX_URL_LENGTH


url_parts = st.builds(
    lambda scheme, host, port, path, query, fragment: (
        f"{scheme}://{host}{port}/{path}{'?' + query if query else ''}"
        f"{'#' + fragment if fragment else ''}"
    ),
    scheme=st.sampled_from(["http", "https", "HTTP", "hTTps"]),
    host=st.from_regex(r"[a-zA-Z0-9]{1,10}(\.[a-zA-Z0-9-]{1,10}){0,3}\.[a-z]{2,5}", fullmatch=True)
    | st.sampled_from(["bücher.example", "пример.example", "127.0.0.1", "[::1]"]),
    port=st.sampled_from(["", ":80", ":443", ":8080"]),
    path=st.text(max_size=30),
    query=st.text(max_size=30),
    fragment=st.text(max_size=10),
)


@settings(derandomize=True, max_examples=120, deadline=None)
@given(url_parts)
def test_canonical_form_is_stable_when_applied_again(url):
    try:
        once = canonicalize_url(url)
    except InvalidURL:
        return
    assert canonicalize_url(once) == once
    assert "#" not in once
    assert once.isascii()
