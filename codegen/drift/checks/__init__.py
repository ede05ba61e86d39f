"""The drift checks, one module per family; each module defines its rules as named constants beside the
code that emits them (search for a rule id and you land on its check).

Operation level: ``operations`` (added, removed, moved, renamed path parameters, deprecation),
``parameters``, ``bodies`` (request bodies and media types on both sides), ``responses`` (status codes),
``security``, ``servers``, ``documents`` (validator problems). Schema level, applied at each position the
walker in ``codegen.drift.schemas`` visits: ``types``, ``enums``, ``constraints``, ``composition``,
``properties``. ``codegen.drift.catalog`` collects every rule into one registry.
"""
