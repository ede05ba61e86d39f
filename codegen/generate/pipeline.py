"""``generate``: decide which providers are stale, build them in parallel, swap each one in."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from codegen.errors import CodegenError
from codegen.generate import swap
from codegen.generate.build import build_provider, output_names
from codegen.generate.lock import compute_lock, read_lock
from codegen.generate.outcome import FAILED, REGENERATED, UNCHANGED, Outcome
from codegen.providers import Provider, load_provider, provider_dirs

if TYPE_CHECKING:
    from concurrent.futures import Future


@dataclass(frozen=True)
class _Task:
    provider: Provider
    lock: dict[str, Any]


def provider_names(specs_dir: Path) -> list[str]:
    return [d.name for d in provider_dirs(specs_dir)]


def is_current(provider: Provider, out_dir: Path, lock: dict[str, Any]) -> bool:
    """The committed output was made from these inputs with these tools, and is all there."""
    directory = out_dir / provider.name
    return read_lock(directory) == lock and all((directory / n).exists() for n in output_names(provider))


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _plan(specs_dir: Path, out_dir: Path, names: list[str], force: bool) -> tuple[list[Outcome], list[_Task]]:
    done: list[Outcome] = []
    todo: list[_Task] = []
    for name in names:
        started = time.perf_counter()
        if not name or Path(name).name != name or name.startswith("."):
            done.append(
                Outcome(name, FAILED, 0.0, "manifest", f"{name!r} is not a provider folder name", True)
            )
            continue
        try:
            provider = load_provider(specs_dir / name)
            lock = compute_lock(provider)
        except CodegenError as exc:
            done.append(Outcome(name, FAILED, 0.0, "manifest", str(exc), bad_input=True))
            continue
        except OSError as exc:
            reason = f"cannot read {exc.filename}: {exc.strerror}"
            done.append(Outcome(name, FAILED, 0.0, "inputs", reason, bad_input=True))
            continue
        if not force and is_current(provider, out_dir, lock):
            done.append(Outcome(name, UNCHANGED, time.perf_counter() - started))
        else:
            todo.append(_Task(provider, lock))
    return done, todo


def _finish(task: _Task, result: Outcome, temp: Path, out_dir: Path) -> Outcome:
    name = task.provider.name
    if result.status == FAILED:
        return result
    started = time.perf_counter()
    try:
        swap.swap_in(temp, out_dir / name)
    except OSError as exc:
        reason = f"{exc.strerror}: {exc.filename}"
        return Outcome(name, FAILED, result.seconds, "swap", reason, warnings=result.warnings)
    return Outcome(
        name, REGENERATED, result.seconds + time.perf_counter() - started, warnings=result.warnings
    )


def _run(tasks: list[_Task], out_dir: Path, jobs: int) -> list[Outcome]:
    temps: dict[str, Path] = {}
    outcomes: list[Outcome] = []
    for task in tasks:
        try:
            temps[task.provider.name] = swap.make_temp(out_dir, task.provider.name)
        except OSError as exc:
            outcomes.append(
                Outcome(task.provider.name, FAILED, 0.0, "output", f"{exc.strerror}: {exc.filename}")
            )
    todo = [t for t in tasks if t.provider.name in temps]
    try:
        if jobs <= 1 or len(todo) <= 1:
            overlap = jobs > len(todo)  # a single build may use the idle core for its models
            for task in todo:
                result = build_provider(task.provider, temps[task.provider.name], task.lock, overlap=overlap)
                outcomes.append(_finish(task, result, temps[task.provider.name], out_dir))
            return outcomes
        from concurrent.futures import ProcessPoolExecutor  # not on the path of a run with nothing to do

        with ProcessPoolExecutor(max_workers=min(jobs, len(todo))) as pool:
            futures: list[tuple[_Task, Future[Outcome]]] = [
                (t, pool.submit(build_provider, t.provider, temps[t.provider.name], t.lock)) for t in todo
            ]
            for task, future in futures:
                try:
                    result = future.result()
                except Exception as exc:  # the worker process died
                    result = Outcome(
                        task.provider.name, FAILED, 0.0, "worker", f"{type(exc).__name__}: {exc}"
                    )
                outcomes.append(_finish(task, result, temps[task.provider.name], out_dir))
        return outcomes
    finally:
        for temp in temps.values():
            swap.remove(temp)


def generate(
    specs_dir: Path,
    out_dir: Path,
    names: list[str] | None = None,
    *,
    force: bool = False,
    jobs: int | None = None,
    report: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Regenerate the stale providers (all of them with ``force``); one outcome per provider, in order."""
    swap.clean_leftovers(out_dir)
    wanted = list(dict.fromkeys(names)) if names else provider_names(specs_dir)
    done, todo = _plan(specs_dir, out_dir, wanted, force)
    if todo:
        done.extend(_run(todo, out_dir, jobs or default_jobs()))
    order = {name: i for i, name in enumerate(wanted)}
    outcomes = sorted(done, key=lambda o: order[o.provider])
    if report is not None:
        for outcome in outcomes:
            report(outcome)
    return outcomes


def exit_status(outcomes: list[Outcome]) -> int:
    """0 when every provider succeeded, 2 when an input was bad, 1 when a generator step failed."""
    failed = [o for o in outcomes if o.status == FAILED]
    if not failed:
        return 0
    return 2 if any(o.bad_input for o in failed) else 1
