from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPagePdfBody")


@_attrs_define
class GetPagePdfBody:
    """
    Attributes:
        url (str): The URL of the page to print to PDF.
        landscape (bool | Unset): Paper orientation. Defaults to false.
        display_header_footer (bool | Unset): Display header and footer. Defaults to false.
        print_background (bool | Unset): Print background graphics. Defaults to false.
        scale (float | Unset): Scale of the webpage rendering. Defaults to 1.
        paper_width (float | Unset): Paper width in inches. Defaults to 8.5.
        paper_height (float | Unset): Paper height in inches. Defaults to 11.
        margin_top (float | Unset): Top margin in inches. Defaults to ~0.4.
        margin_bottom (float | Unset): Bottom margin in inches. Defaults to ~0.4.
        margin_left (float | Unset): Left margin in inches. Defaults to ~0.4.
        margin_right (float | Unset): Right margin in inches. Defaults to ~0.4.
        page_ranges (str | Unset): Page ranges to print, e.g. '1-5, 8, 11-13'. Defaults to all pages.
        header_template (str | Unset): HTML template for the print header.
        footer_template (str | Unset): HTML template for the print footer.
        prefer_css_page_size (bool | Unset): Prefer page size as defined by CSS. Defaults to false.
    """

    url: str
    landscape: bool | Unset = UNSET
    display_header_footer: bool | Unset = UNSET
    print_background: bool | Unset = UNSET
    scale: float | Unset = UNSET
    paper_width: float | Unset = UNSET
    paper_height: float | Unset = UNSET
    margin_top: float | Unset = UNSET
    margin_bottom: float | Unset = UNSET
    margin_left: float | Unset = UNSET
    margin_right: float | Unset = UNSET
    page_ranges: str | Unset = UNSET
    header_template: str | Unset = UNSET
    footer_template: str | Unset = UNSET
    prefer_css_page_size: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        landscape = self.landscape

        display_header_footer = self.display_header_footer

        print_background = self.print_background

        scale = self.scale

        paper_width = self.paper_width

        paper_height = self.paper_height

        margin_top = self.margin_top

        margin_bottom = self.margin_bottom

        margin_left = self.margin_left

        margin_right = self.margin_right

        page_ranges = self.page_ranges

        header_template = self.header_template

        footer_template = self.footer_template

        prefer_css_page_size = self.prefer_css_page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if landscape is not UNSET:
            field_dict["landscape"] = landscape
        if display_header_footer is not UNSET:
            field_dict["displayHeaderFooter"] = display_header_footer
        if print_background is not UNSET:
            field_dict["printBackground"] = print_background
        if scale is not UNSET:
            field_dict["scale"] = scale
        if paper_width is not UNSET:
            field_dict["paperWidth"] = paper_width
        if paper_height is not UNSET:
            field_dict["paperHeight"] = paper_height
        if margin_top is not UNSET:
            field_dict["marginTop"] = margin_top
        if margin_bottom is not UNSET:
            field_dict["marginBottom"] = margin_bottom
        if margin_left is not UNSET:
            field_dict["marginLeft"] = margin_left
        if margin_right is not UNSET:
            field_dict["marginRight"] = margin_right
        if page_ranges is not UNSET:
            field_dict["pageRanges"] = page_ranges
        if header_template is not UNSET:
            field_dict["headerTemplate"] = header_template
        if footer_template is not UNSET:
            field_dict["footerTemplate"] = footer_template
        if prefer_css_page_size is not UNSET:
            field_dict["preferCSSPageSize"] = prefer_css_page_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        landscape = d.pop("landscape", UNSET)

        display_header_footer = d.pop("displayHeaderFooter", UNSET)

        print_background = d.pop("printBackground", UNSET)

        scale = d.pop("scale", UNSET)

        paper_width = d.pop("paperWidth", UNSET)

        paper_height = d.pop("paperHeight", UNSET)

        margin_top = d.pop("marginTop", UNSET)

        margin_bottom = d.pop("marginBottom", UNSET)

        margin_left = d.pop("marginLeft", UNSET)

        margin_right = d.pop("marginRight", UNSET)

        page_ranges = d.pop("pageRanges", UNSET)

        header_template = d.pop("headerTemplate", UNSET)

        footer_template = d.pop("footerTemplate", UNSET)

        prefer_css_page_size = d.pop("preferCSSPageSize", UNSET)

        get_page_pdf_body = cls(
            url=url,
            landscape=landscape,
            display_header_footer=display_header_footer,
            print_background=print_background,
            scale=scale,
            paper_width=paper_width,
            paper_height=paper_height,
            margin_top=margin_top,
            margin_bottom=margin_bottom,
            margin_left=margin_left,
            margin_right=margin_right,
            page_ranges=page_ranges,
            header_template=header_template,
            footer_template=footer_template,
            prefer_css_page_size=prefer_css_page_size,
        )

        get_page_pdf_body.additional_properties = d
        return get_page_pdf_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
