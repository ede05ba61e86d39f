"""``python -m codegen refresh``: download the vendor pages again and follow changes through.

``fetch`` (HTTP) -> ``plan`` (unchanged / changed / failed per page) -> ``apply`` (atomic
writes) -> ``pipeline`` (regenerate, drift) -> ``report`` / ``cli``.
"""
