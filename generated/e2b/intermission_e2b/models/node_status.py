from enum import StrEnum


class NodeStatus(StrEnum):
    NODE_STATUS_CONNECTING = "connecting"
    NODE_STATUS_DRAINING = "draining"
    NODE_STATUS_READY = "ready"
    NODE_STATUS_STANDBY = "standby"
    NODE_STATUS_UNHEALTHY = "unhealthy"

    def __str__(self) -> str:
        return str(self.value)
