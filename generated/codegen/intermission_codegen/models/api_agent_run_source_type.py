from enum import StrEnum


class ApiAgentRunSourceType(StrEnum):
    API = "API"
    CHAT = "CHAT"
    CLICKUP = "CLICKUP"
    GITHUB = "GITHUB"
    GITHUB_CHECK_SUITE = "GITHUB_CHECK_SUITE"
    GITHUB_PR_REVIEW = "GITHUB_PR_REVIEW"
    JIRA = "JIRA"
    LINEAR = "LINEAR"
    LOCAL = "LOCAL"
    MONDAY = "MONDAY"
    SETUP_COMMANDS = "SETUP_COMMANDS"
    SLACK = "SLACK"

    def __str__(self) -> str:
        return str(self.value)
