"""Every private attribute of httpx and httpcore the facade relies on, in one place (the README's "Private
APIs relied on" lists these beside the fakes' one private API of uvicorn).

Each seam has a test in ``tests/wrappers/test_seams.py`` that fails when the dependency moves it. What
breaks if a seam goes away is said at each function; none of them has a public way in httpx 0.28 that
costs the same.

Public hooks the facade leans on in ways httpx does not promise, each with its own test:

* ``Client.build_request`` is overridden to write the query into the URL (``clients._query_in_url``):
  if httpx changed how it merges ``params``, the bytes sent could differ from httpx's own
  (``test_query_params_written_into_the_url_give_the_url_httpx_builds``).
* The response hook replaces ``Response.stream``, ``Response.headers`` and ``extensions["reason_phrase"]``
  before the body is read: if httpx read the body before the hooks, the size limit and key redaction
  would no longer apply (``tests/wrappers/test_hostile.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

HTTPClient = httpx.Client | httpx.AsyncClient


def set_cookie_jar(client: HTTPClient, jar: httpx.Cookies) -> None:
    """Give ``client`` a ``Cookies`` subclass as its jar. httpx's ``cookies=`` argument copies whatever it is
    given into a plain ``Cookies``, and a ``CookieJar`` with a refusing policy still parses every answer's
    cookies (a third of the client's time for a call on ``httpx.MockTransport``).

    If it breaks: the facade would again store cookies one answer sets and send them on later calls
    (``test_a_cookie_set_by_an_answer_is_never_sent_back`` fails).
    """
    client._cookies = jar


def wrap_network_backends(client: HTTPClient, wrap: Callable[[Any], Any]) -> None:
    """Wrap the httpcore network backend of each connection pool of a client (its own transport and
    the proxy transports mounted from the environment). httpx exposes no way to give its transport a
    network backend, and building the transport ourselves would turn off proxies from the environment.

    If it breaks: a server that drips its headers holds a call past its deadline (read timeouts are per
    read), as in issue 20 (``test_dripped_headers_end_in_timeout_within_the_deadline`` fails).
    """
    transports = [client._transport, *client._mounts.values()]
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        if pool is None:
            continue  # a transport we did not build (a test's MockTransport): nothing to wrap
        pool._network_backend = wrap(pool._network_backend)
