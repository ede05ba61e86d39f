"""The two generators and the formatter, each behind one function that raises ``StepError``.

Both generators run as libraries inside the worker process, so a worker pays their import once for
all the providers it builds. They are imported inside the functions: the planning process never
loads them.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import subprocess
import sys
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

from codegen.errors import SpecError
from codegen.generate import imports, operations
from codegen.providers import Provider
from codegen.yamlio import load_yaml

if TYPE_CHECKING:
    from openapi_python_client.config import ConfigFile
    from openapi_python_client.parser.errors import GeneratorError

RUFF_CONFIG = Path(__file__).with_name("ruff-generated.toml")

OPENAPI_PYTHON_CLIENT = "openapi-python-client"
DATAMODEL_CODE_GENERATOR = "datamodel-code-generator"
RUFF = "ruff"
OPERATIONS = "operations"
# ``<package.Class object at 0x7f...>``: a repr that differs on every run.
_ADDRESS_REPR = re.compile(r"<(?:[\w.]+\.)?(\w+) object at 0x[0-9a-fA-F]+>")


class StepError(Exception):
    """A generator or the formatter failed on an input it accepted (exit status 1)."""

    def __init__(self, step: str, reason: str) -> None:
        self.step = step
        self.reason = stable(reason)
        super().__init__(f"{step}: {self.reason}")


def stable(text: str) -> str:
    """``text`` in full, without the parts that change from run to run (object addresses)."""
    lines = (_ADDRESS_REPR.sub(r"<\1>", line).rstrip() for line in text.strip().splitlines())
    return "\n".join(line for line in lines if line)


def one_line(text: str) -> str:
    return "; ".join(line.strip() for line in stable(text).splitlines())


def pinned_ruff() -> Path:
    """The ruff installed with this interpreter (pinned in pyproject.toml), never one from PATH."""
    path = Path(sys.executable).parent / ("ruff.exe" if os.name == "nt" else "ruff")
    if not path.is_file():
        raise StepError(
            RUFF, f"the pinned ruff is not installed next to {sys.executable}; run `make install`"
        )
    return path


def load_client_config(provider: Provider) -> ConfigFile:
    """``specs/<provider>/openapi-python-client.yaml``, checked against the manifest."""
    from openapi_python_client.config import ConfigFile
    from pydantic import ValidationError

    path = provider.generator_config_path
    data = load_yaml(path.read_text(encoding="utf-8"), path) if path.exists() else {}
    if not isinstance(data, dict):
        raise SpecError(provider.name, f"{path.name}: the settings must be a mapping")
    unknown = sorted(set(data) - set(ConfigFile.model_fields))
    if unknown:  # the generator would ignore a misspelt setting without a word
        raise SpecError(provider.name, f"{path.name}: unknown settings {', '.join(unknown)}")
    try:
        config = ConfigFile.model_validate(data)
    except ValidationError as exc:
        raise SpecError(provider.name, f"{path.name}: {one_line(str(exc))}") from None
    package = config.package_name_override or provider.client_package
    if package != provider.client_package:
        raise SpecError(
            provider.name,
            f"{path.name}: package_name_override is {package!r}, "
            f"the manifest's client.package is {provider.client_package!r}",
        )
    if config.post_hooks:
        raise SpecError(
            provider.name,
            f"{path.name}: post_hooks must be empty; the pipeline formats both generators' output "
            "with the pinned ruff itself",
        )
    return config.model_copy(
        update={
            "package_name_override": package,
            "project_name_override": config.project_name_override or package.replace("_", "-"),
            "post_hooks": [],
        }
    )


def generator_warning(error: GeneratorError) -> str:
    """One openapi-python-client message in full, in a form that is the same on every run."""
    return stable(f"{error.header} {error.detail or ''}")


def run_openapi_python_client(
    provider: Provider, document: dict[str, Any], source: Path, output: Path
) -> list[str]:
    """Write the attrs client package to ``output`` (which must not exist); return its warnings.

    ``document`` is the normalized document read from ``source``. Each operation is first given a
    module name of its own (``operations.name_operations``); after generation every operation must have
    its module, or the step fails naming the operations without one. Warnings say that a piece is missing
    (a response it cannot read, say): they are returned, not fatal, unless the package would not import.
    """
    from openapi_python_client import Project
    from openapi_python_client.config import Config, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import ErrorLevel

    config = Config.from_sources(
        load_client_config(provider),
        MetaType.NONE,
        source,
        "utf-8",
        overwrite=False,
        output_path=output,
    )
    prefix, all_tags = config.field_prefix, config.generate_all_tags
    try:
        named, renamed = operations.name_operations(document, prefix=prefix, all_tags=all_tags)
    except ValueError as exc:
        raise StepError(OPERATIONS, str(exc)) from None
    warnings = [f"{OPERATIONS}: {r.message()}" for r in renamed]
    parsed = GeneratorData.from_dict(named, config=config)
    if not isinstance(parsed, GeneratorData):
        raise StepError(OPENAPI_PYTHON_CLIENT, generator_warning(parsed))
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <absolute path>"
        errors = Project(openapi=parsed, config=config).build()
    fatal = [generator_warning(e) for e in errors if e.level != ErrorLevel.WARNING]
    if fatal:
        raise StepError(OPENAPI_PYTHON_CLIENT, "\n".join(fatal))
    warnings += [f"{OPENAPI_PYTHON_CLIENT}: {generator_warning(e)}" for e in errors]
    mismatch = operations.compare_operations(named, output, prefix=prefix, all_tags=all_tags)
    if mismatch:
        raise StepError(OPERATIONS, "\n".join([mismatch.message(), *warnings]))
    broken = imports.dangling_imports(output) + undefined_names(output)
    if broken:
        lines = [f"the generated client would not import: {len(broken)} missing module(s) or name(s)"]
        raise StepError(OPENAPI_PYTHON_CLIENT, "\n".join([*lines, *broken, *warnings]))
    return warnings


def run_datamodel_codegen(document: Path, output: Path) -> None:
    """Write the pydantic v2 models module to ``output``.

    The options are pinned, including every one whose default is announced to change. As a command line:
    ``datamodel-codegen --input openapi.yaml --input-file-type openapi --output-model-type
    pydantic_v2.BaseModel --target-python-version 3.11 --target-pydantic-version 2.11 --disable-timestamp
    --use-annotated --no-allow-remote-refs --naming-strategy full-path --set-default-enum-member
    --openapi-scopes schemas paths --no-formatters``. The paths scope also gives the inline request and
    response bodies a model, so that a fake server can validate every body it sends. A string default of
    an enum field is written as the enum member (``= Country.us``, not ``= "us"``, which mypy --strict
    refuses); the models are then ordered so that an enum comes before the defaults that name it
    (``--keep-model-order`` would not: it keeps the document's order).
    No formatter here: ``run_ruff`` then plays the part of ``--formatters ruff-check ruff-format`` with the
    pinned ruff and ``ruff-generated.toml``, over this module and the client package at once.
    A warning fails the step (a default we did not pin, a schema it could not read), except the
    deprecation notices of the libraries it uses and resource warnings, which say nothing about our input.
    """
    from datamodel_code_generator import generate
    from datamodel_code_generator.enums import (
        DataModelType,
        InputFileType,
        NamingStrategy,
        OpenAPIScope,
        TargetPydanticVersion,
    )
    from datamodel_code_generator.format import PythonVersion

    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            generate(
                document,
                input_file_type=InputFileType.OpenAPI,
                output=output,
                output_model_type=DataModelType.PydanticV2BaseModel,
                target_python_version=PythonVersion.PY_311,
                target_pydantic_version=TargetPydanticVersion.V2_11,
                disable_timestamp=True,
                use_annotated=True,
                allow_remote_refs=False,
                naming_strategy=NamingStrategy.FullPath,
                keep_model_order=False,
                openapi_scopes=[OpenAPIScope.Schemas, OpenAPIScope.Paths],
                formatters=[],
                set_default_enum_member=True,
            )
    except Exception as exc:  # the generator's own errors have no common base class
        raise StepError(DATAMODEL_CODE_GENERATOR, f"{type(exc).__name__}: {exc}") from exc
    # ResourceWarnings come from the garbage collector finalising sockets of whoever else runs in this
    # process (a test's HTTP client, say): they say nothing about the generator's input either.
    ignored = (DeprecationWarning, PendingDeprecationWarning, ResourceWarning)
    relevant = [w for w in caught if not issubclass(w.category, ignored)]
    if relevant:
        raise StepError(DATAMODEL_CODE_GENERATOR, "\n".join(str(w.message) for w in relevant))


def undefined_names(package: Path) -> list[str]:
    """``file:line:column: F821 Undefined name ...`` for each name the generated code uses but never binds."""
    options = ["--no-cache", "--config", str(RUFF_CONFIG), "--select", "F821", "--output-format", "concise"]
    result = subprocess.run(
        [str(pinned_ruff()), "check", *options, "--quiet", package.name],
        cwd=package.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode not in (0, 1):
        raise StepError(RUFF, f"ruff check failed: {result.stderr.strip() or result.returncode}")
    return [line for line in result.stdout.splitlines() if line.strip()]


def run_ruff(directory: Path, targets: list[str]) -> None:
    """Fix imports and format ``targets`` (paths relative to ``directory``) with the pinned ruff."""
    ruff = str(pinned_ruff())
    common = ["--no-cache", "--config", str(RUFF_CONFIG)]
    for args in (["check", "--fix-only", "--quiet", *common], ["format", "--quiet", *common]):
        result = subprocess.run(
            [ruff, *args, *targets],
            cwd=directory,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            detail = (result.stderr or result.stdout).replace(f"{directory}{os.sep}", "")
            raise StepError(RUFF, f"ruff {args[0]} failed: {detail or f'exit status {result.returncode}'}")
