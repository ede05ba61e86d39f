"""``generate`` and ``check``: one typed client and one pydantic package per provider, made reproducibly.

For each provider, ``generated/<provider>/`` holds ``openapi.yaml`` (the normalized document), the
openapi-python-client package ``<package>/``, the datamodel-code-generator package ``<package>_pydantic/``
and ``generation.lock.json`` (the tools and input hashes it was made from). See ``pipeline.py``; the
subcommands are registered by ``cli.py``.
"""
