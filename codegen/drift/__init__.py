"""Drift reports: what a vendor changed between two OpenAPI documents, whether it breaks callers of the
generated clients, which facade operations (pause, resume, status, stop, list) it touches, and whether the
facade still works with the regenerated clients.

``documents`` (read, follow references) and ``validation`` (problems, never refusals) -> ``rules`` (pairs
operations and runs the checks of ``checks/``, one module per family, schemas walked by ``schemas``;
``catalog`` collects every rule) -> ``impact`` (facade operations, from ``facade``: the adapters' source)
-> ``policy`` (severity overrides, accepted changes); ``python_api`` compares generated packages with
griffe; ``verdict`` type-checks and tests the facade; ``collect`` builds a ``model.Report`` from two files
or from a git ref (``git``) and the working tree; ``report`` renders Markdown and JSON; ``cli`` adds the
subcommands.
"""
