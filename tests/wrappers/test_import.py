"""``import intermission`` is cheap: no httpx, no adapter, no generated client, no fakes until used, and no
asyncio for a blocking client."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
def loaded():
    prefixes = ("intermission_", "intermission.providers.", "intermission.fakes")
    return sorted(m for m in sys.modules if m == "httpx" or m.startswith(prefixes))
import intermission
print(loaded())
client = intermission.Client("agi", api_key="k", base_url="http://127.0.0.1:9")
print([m for m in loaded() if m.startswith("intermission_") and "." not in m])
print([m for m in loaded() if m.startswith("intermission.fakes")])
print(sorted(intermission.capabilities()))
print(sorted(m for m in loaded() if m.startswith("intermission_") and "." not in m))
print("asyncio" in sys.modules)
"""


def test_import_is_lazy() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()
    assert lines[0] == "[]"
    assert lines[1] == "['intermission_agi']"
    assert lines[2] == "[]"
    providers = ["agi", "anchorbrowser", "browser_use", "codegen", "e2b"]
    assert lines[3] == str(providers)
    assert lines[4] == str([f"intermission_{p}" for p in providers])
    assert lines[5] == "False"  # a blocking client never loads asyncio


def test_lazy_attributes() -> None:
    import intermission

    assert intermission.Client.__name__ == "Client"
    assert intermission.aio.AsyncClient.__name__ == "AsyncClient"
    assert callable(intermission.pause_many)
    assert "Client" in dir(intermission)
    try:
        intermission.nothing_here  # noqa: B018
    except AttributeError as exc:
        assert "nothing_here" in str(exc)
    else:
        raise AssertionError("expected AttributeError")


def _loads_httpcore(code: str) -> list[str]:
    probe = f"import sys; {code}; print('httpcore' in sys.modules)"
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return proc.stdout.split()


def test_client_class_loads_no_more_of_the_http_stack_than_httpx_does() -> None:
    """Recent httpx imports httpcore only when a client is built (older releases, e.g. 0.27, on import);
    reaching ``intermission.Client`` must not import it sooner than ``import httpx`` does (it was a third of
    the facade's import time over ``import httpx``), and building a client must."""
    httpx_alone = _loads_httpcore("import httpx")
    assert _loads_httpcore("import intermission; intermission.Client") == httpx_alone
    built = "import intermission; intermission.Client('agi', api_key='k', base_url='http://127.0.0.1:9')"
    assert _loads_httpcore(built) == ["True"]
