from enum import StrEnum


class SkillCategory(StrEnum):
    AUTOMATION = "automation"
    DEVELOPER = "developer"
    E_COMMERCE = "e_commerce"
    FINANCIAL = "financial"
    INTEGRATION = "integration"
    JOBS = "jobs"
    LEAD_GENERATION = "lead_generation"
    MARKETPLACE = "marketplace"
    MEDIA = "media"
    NEWS = "news"
    OTHER = "other"
    REAL_ESTATE = "real_estate"
    SEARCH = "search"
    SEO = "seo"
    SOCIAL_MEDIA = "social_media"
    TRAVEL = "travel"

    def __str__(self) -> str:
        return str(self.value)
