"""The shared cache costs speed, never a request, when Redis is unreachable."""

import socket

import pytest
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

from factdesk.cache import TolerantRedisCache


def _dead_redis_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"redis://127.0.0.1:{port}/0"


def test_unreachable_redis_reads_as_empty_and_writes_are_dropped():
    options = {"OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}}
    url = _dead_redis_url()
    cache = TolerantRedisCache(url, options)
    assert cache.get("figures", "fallback") == "fallback"
    assert cache.get_many(["a", "b"]) == {}
    assert cache.add("a", 1) is False
    cache.set("figures", {"claims": 3}, 60)
    cache.delete("figures")
    assert cache.has_key("figures") is False
    # The plain backend would have failed the request instead.
    plain = RedisCache(url, options)
    with pytest.raises(RedisError):
        plain.get("figures")
