"""``intermission completion bash|zsh|fish``: scripts generated from the parser, run in each shell."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from intermission.cli import build_parser
from intermission.cli.completion import describe
from intermission.cli.parser import provider_spellings

from tests.wrappers.cli.conftest import run


def script(capsys: pytest.CaptureFixture[str], shell: str, tmp_path: Path) -> Path:
    code, out, _ = run(capsys, "completion", shell)
    assert code == 0
    path = tmp_path / f"intermission.{shell}"
    path.write_text(out)
    return path


def needs(shell: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(shutil.which(shell) is None, reason=f"{shell} is not installed")


def in_shell(shell: str, code: str) -> list[str]:
    proc = subprocess.run([shell, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    return proc.stdout.split()


def test_describe_reads_every_subcommand_and_option_from_the_parser() -> None:
    root, commands = describe(build_parser(), ["agi"])
    assert {"--json", "--verbose", "--version"} <= {flag for option in root for flag in option.flags}
    by_name = {c.name: c for c in commands}
    assert list(by_name) == [
        "pause",
        "resume",
        "status",
        "stop",
        "list",
        "providers",
        "fakes",
        "demo",
        "completion",
    ]
    assert {"--all", "--state", "--dry-run"} <= {f for o in by_name["pause"].options for f in o.flags}
    assert {"--state", "--limit"} <= {f for o in by_name["list"].options for f in o.flags}
    assert "--all" not in [f for o in by_name["status"].options for f in o.flags]
    assert "--message" in [f for o in by_name["resume"].options for f in o.flags]
    assert "--message" not in [f for o in by_name["pause"].options for f in o.flags]
    assert by_name["completion"].words == ("bash", "zsh", "fish")
    assert by_name["status"].words == ("agi",)


BASH = """
source {script}
complete_at() {{
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); _intermission; echo "${{COMPREPLY[@]}}"
}}
"""


@needs("bash")
@pytest.mark.parametrize(
    ("words", "offered", "not_offered"),
    [
        (["intermission", "pa"], {"pause"}, {"resume"}),
        (["intermission", "--json", ""], {"pause", "providers", "--version"}, set()),
        (["intermission", "pause", "browser"], {"browser_use", "browser-use", "browseruse"}, {"agi"}),
        (["intermission", "resume", "agi", "x", "--me"], {"--message"}, set()),
        (["intermission", "pause", "agi", "x", "--me"], set(), {"--message"}),
        (["intermission", "status", "agi", "--base-url", ""], set(), {"pause", "agi"}),
        (["intermission", "completion", ""], {"bash", "zsh", "fish"}, set()),
    ],
)
def test_bash(
    words: list[str],
    offered: set[str],
    not_offered: set[str],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    path = script(capsys, "bash", tmp_path)
    quoted = " ".join(f"'{w}'" for w in words)
    got = set(in_shell("bash", BASH.format(script=path) + f"complete_at {quoted}"))
    assert offered <= got and not (not_offered & got)


@needs("zsh")
def test_zsh(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = script(capsys, "zsh", tmp_path)
    stubs = 'compdef() { :; }; compadd() { shift; print -l -- "$@"; }; _describe() { print -l -- ${(P)4}; }'
    top = in_shell("zsh", f'{stubs}; source {path}; words=(intermission ""); CURRENT=2; _intermission')
    assert "pause:Pause" in top and "--version" in top
    after = in_shell(
        "zsh", f'{stubs}; source {path}; words=(intermission resume ""); CURRENT=3; _intermission'
    )
    assert {"--message", *provider_spellings()} <= set(after) and "pause:Pause" not in after


@needs("fish")
def test_fish(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = script(capsys, "fish", tmp_path)

    def complete(line: str) -> set[str]:
        proc = subprocess.run(
            ["fish", "-c", f"source {path}; complete -C'{line}'"], capture_output=True, text=True, timeout=60
        )
        return {row.split("\t")[0] for row in proc.stdout.splitlines()}

    assert "pause" in complete("intermission pau")
    assert {"anchor", "anchorbrowser", "anchor-browser"} <= complete("intermission pause an")
    assert "--message" in complete("intermission resume agi x --")
    assert "--message" not in complete("intermission pause agi x --")
