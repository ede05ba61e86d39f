"""The facade's manifest reader: PyYAML's reading of every manifest, clear errors, env var aliases at work."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from intermission import Client
from intermission.errors import AuthenticationError, MissingCredentials
from intermission.fakes import FakeVendors
from intermission.providers import _manifest, names

ROOT = Path(__file__).resolve().parents[3]
RUNTIME_KEYS = ("name", "display_name", "base_url", "aliases", "auth", "env", "client")


def _plain(node: object) -> object:
    if isinstance(node, dict):
        return {k: _plain(v) for k, v in node.items()}
    if isinstance(node, tuple):
        return list(node)
    return node


@pytest.mark.parametrize("name", names())
def test_the_subset_reader_agrees_with_pyyaml(name: str) -> None:
    text = (ROOT / "specs" / name / "provider.yaml").read_text()
    ours, theirs = _manifest.parse(text), yaml.safe_load(text)
    for key in RUNTIME_KEYS:
        if key in theirs:
            assert _plain(ours[key]) == theirs[key]


def test_reading_the_manifests_needs_no_yaml_module() -> None:
    script = (
        "import sys; sys.modules['yaml'] = None\n"
        "from intermission.providers import load, names\n"
        "print(sorted(load(n).key_env for n in names()))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "AGI_API_KEY" in done.stdout


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("name: x\nauth:\n  type: bearer\nenv:\n  api_key:\n    - A\n", "line 5: env.api_key must be"),
        ("name: x\nauth: {type: bearer}\n", "line 2"),
        ("name: x\n  bad: indent\n", "line 2"),
        ("name: x\nauth:\n  type: basic\n", "auth: bearer or apiKey"),
        ("name: y\n", "name is 'y' but the folder is 'x'"),
    ],
)
def test_bad_manifests_name_file_and_line(tmp_path: Path, text: str, found: str) -> None:
    path = tmp_path / "x" / "provider.yaml"
    path.parent.mkdir()
    path.write_text(text)
    with pytest.raises(_manifest.ManifestError) as caught:
        _manifest.read(path)
    assert str(path) in str(caught.value) and found in str(caught.value)


def test_an_unknown_manifest_says_where_it_looked() -> None:
    with pytest.raises(_manifest.ManifestError, match="looked in"):
        _manifest.find("no_such_provider")


def test_the_official_sdk_env_var_and_a_base_url_env_var(
    vendor_fakes: FakeVendors, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = vendor_fakes.create("anchorbrowser", status="running")
    for name in ("ANCHOR_API_KEY", "ANCHORBROWSER_API_KEY", "ANCHORBROWSER_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(MissingCredentials, match="ANCHOR_API_KEY"):
        Client("anchorbrowser")
    monkeypatch.setenv("ANCHORBROWSER_API_KEY", vendor_fakes.api_key("anchorbrowser"))
    monkeypatch.setenv("ANCHORBROWSER_BASE_URL", vendor_fakes.base_url("anchorbrowser"))
    with Client("anchor") as client:
        assert client.pause(session).state.value == "paused"
    # Ours comes first when both are set.
    monkeypatch.setenv("ANCHOR_API_KEY", "wrong-key")
    with Client("anchorbrowser") as client, pytest.raises(AuthenticationError):
        client.status(session)
