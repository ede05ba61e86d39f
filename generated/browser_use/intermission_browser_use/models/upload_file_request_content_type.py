from enum import StrEnum


class UploadFileRequestContentType(StrEnum):
    APPLICATIONMSWORD = "application/msword"
    APPLICATIONPDF = "application/pdf"
    APPLICATIONVND_MS_EXCEL = "application/vnd.ms-excel"
    APPLICATIONVND_OPENXMLFORMATS_OFFICEDOCUMENT_SPREADSHEETML_SHEET = (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    APPLICATIONVND_OPENXMLFORMATS_OFFICEDOCUMENT_WORDPROCESSINGML_DOCUMENT = (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    IMAGEGIF = "image/gif"
    IMAGEJPEG = "image/jpeg"
    IMAGEJPG = "image/jpg"
    IMAGEPNG = "image/png"
    IMAGESVGXML = "image/svg+xml"
    IMAGEWEBP = "image/webp"
    TEXTCSV = "text/csv"
    TEXTMARKDOWN = "text/markdown"
    TEXTPLAIN = "text/plain"

    def __str__(self) -> str:
        return str(self.value)
