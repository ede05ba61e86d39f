from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScreenshotRequestSchema")


@_attrs_define
class ScreenshotRequestSchema:
    """
    Attributes:
        url (str | Unset): The URL of the webpage to capture.
        width (int | Unset): The width of the browser viewport in pixels.
        height (int | Unset): The height of the browser viewport in pixels.
        image_quality (int | Unset): Quality of the output image, on the range 1-100. 100 will not perform any
            compression.
        wait (int | Unset): Duration in milliseconds to wait after page has loaded, mainly used for sites with JS
            animations.
        scroll_all_content (bool | Unset): If true, scrolls the page and captures all visible content.
        capture_full_height (bool | Unset): If true, captures the entire height of the page, ignoring the viewport
            height.
        s3_target_address (str | Unset): Presigned S3 url target to upload the image to.
    """

    url: str | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    image_quality: int | Unset = UNSET
    wait: int | Unset = UNSET
    scroll_all_content: bool | Unset = UNSET
    capture_full_height: bool | Unset = UNSET
    s3_target_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        width = self.width

        height = self.height

        image_quality = self.image_quality

        wait = self.wait

        scroll_all_content = self.scroll_all_content

        capture_full_height = self.capture_full_height

        s3_target_address = self.s3_target_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if image_quality is not UNSET:
            field_dict["image_quality"] = image_quality
        if wait is not UNSET:
            field_dict["wait"] = wait
        if scroll_all_content is not UNSET:
            field_dict["scroll_all_content"] = scroll_all_content
        if capture_full_height is not UNSET:
            field_dict["capture_full_height"] = capture_full_height
        if s3_target_address is not UNSET:
            field_dict["s3_target_address"] = s3_target_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        image_quality = d.pop("image_quality", UNSET)

        wait = d.pop("wait", UNSET)

        scroll_all_content = d.pop("scroll_all_content", UNSET)

        capture_full_height = d.pop("capture_full_height", UNSET)

        s3_target_address = d.pop("s3_target_address", UNSET)

        screenshot_request_schema = cls(
            url=url,
            width=width,
            height=height,
            image_quality=image_quality,
            wait=wait,
            scroll_all_content=scroll_all_content,
            capture_full_height=capture_full_height,
            s3_target_address=s3_target_address,
        )

        screenshot_request_schema.additional_properties = d
        return screenshot_request_schema

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
