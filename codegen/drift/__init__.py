"""Drift reports: what a vendor changed between two OpenAPI documents, whether it breaks callers of the
generated clients, and which facade operations (pause, resume, status, stop) it touches.

``documents`` (read and check) -> ``rules`` + ``schemas`` (compare, with the ids and severities of
``catalog``) -> ``impact`` (provider and facade operations, from ``facade_map``); ``python_api`` compares
generated packages with griffe; ``collect`` builds a ``model.Report`` from two files or from a git ref
(``git``) and the working tree; ``report`` renders Markdown and JSON; ``cli`` adds the subcommands.
"""
