from enum import StrEnum


class AnchorProxyAnchorProxy(StrEnum):
    ANCHOR_PROXY = "anchor_proxy"

    def __str__(self) -> str:
        return str(self.value)
