"""The https rule: which base URLs may carry a key (https, or http to a loopback host; no userinfo)."""

from __future__ import annotations

import functools
import ipaddress

import httpx

from intermission.errors import ConfigurationError, InsecureTransport


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower().rstrip(".")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@functools.lru_cache(maxsize=64)
def _allowed(scheme: str, host: str) -> bool:
    return bool(host) and (scheme == "https" or (scheme == "http" and is_loopback(host)))


def _shown(url: httpx.URL) -> str:
    """The URL without its userinfo, for messages."""
    return str(url.copy_with(username=None, password=None)) if url.userinfo else str(url)


def check_url(url: str | httpx.URL) -> httpx.URL:
    """Keys travel only over https, or over http to a loopback host (127.0.0.0/8, ::1, localhost), and
    never to a URL with a user name or password in it (httpx would log it and send it as Basic auth)."""
    if isinstance(url, str) and not url.strip():
        raise ConfigurationError("the base URL is empty")
    try:
        parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    except (httpx.InvalidURL, TypeError):
        raise ConfigurationError("invalid base URL (not shown: it may hold a password)") from None
    if parsed.userinfo:
        raise ConfigurationError(
            f"refusing a base URL with a user name or password in it ({_shown(parsed)!r}): "
            "the key is the only credential sent"
        )
    if _allowed(parsed.scheme, parsed.host):
        return parsed
    if parsed.scheme == "http":
        raise InsecureTransport(
            f"refusing to send an API key over plain http to {parsed.host!r}: use https "
            "(plain http is allowed only to loopback hosts)"
        )
    raise ConfigurationError(f"base URL must be an https:// URL, not {str(parsed)!r}")
