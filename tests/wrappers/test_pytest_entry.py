"""``vendor_fakes`` reaches a user's tests through the ``pytest11`` entry point, with no conftest."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

USER_TEST = """
def test_pause_at_the_fake(vendor_fakes):
    import intermission
    session = vendor_fakes.create("agi", status="running")
    key, url = vendor_fakes.api_key("agi"), vendor_fakes.base_url("agi")
    with intermission.Client("agi", api_key=key, base_url=url) as agi:
        assert agi.pause(session).state == "paused"
    assert vendor_fakes.status("agi", session) == "paused"


def test_without_the_fixture():
    assert True
"""
# pytest started with these modules unimportable, as after a plain `pip install intermission`.
WITHOUT_FAKES = (
    "import sys; sys.modules.update(dict.fromkeys(['starlette', 'uvicorn'])); "
    "import pytest; sys.exit(pytest.main(sys.argv[1:]))"
)


def _pytest(tmp_path: Path, *prefix: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_user.py").write_text(USER_TEST)
    return subprocess.run(
        [*prefix, "-p", "no:cacheprovider", "-q", "-rA", str(tmp_path / "test_user.py")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_entry_point_names_the_plugin_module() -> None:
    [entry] = [e for e in entry_points(group="pytest11") if e.value.startswith("intermission")]
    assert entry.value == "intermission.pytest_entry"


def test_a_users_tests_get_vendor_fakes_with_no_conftest(tmp_path: Path) -> None:
    assert not list(tmp_path.glob("conftest.py"))
    proc = _pytest(tmp_path, sys.executable, "-m", "pytest")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "2 passed" in proc.stdout


def test_without_the_extra_pytest_runs_and_the_fixture_names_the_extra(tmp_path: Path) -> None:
    proc = _pytest(tmp_path, sys.executable, "-c", WITHOUT_FAKES)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "1 passed, 1 error" in proc.stdout
    assert "the vendor_fakes fixture needs the fakes extra: pip install 'intermission[fakes]'" in proc.stdout
