from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.browser_config_adblock import BrowserConfigAdblock
    from ..models.browser_config_captcha_solver import BrowserConfigCaptchaSolver
    from ..models.browser_config_disable_dialogs import BrowserConfigDisableDialogs
    from ..models.browser_config_disable_web_security import BrowserConfigDisableWebSecurity
    from ..models.browser_config_extra_stealth import BrowserConfigExtraStealth
    from ..models.browser_config_force_popups_as_tabs import BrowserConfigForcePopupsAsTabs
    from ..models.browser_config_fullscreen import BrowserConfigFullscreen
    from ..models.browser_config_headless import BrowserConfigHeadless
    from ..models.browser_config_p2p_download import BrowserConfigP2PDownload
    from ..models.browser_config_pdf_viewer import BrowserConfigPdfViewer
    from ..models.browser_config_popup_blocker import BrowserConfigPopupBlocker
    from ..models.browser_config_profile import BrowserConfigProfile
    from ..models.browser_config_sensitive_data_mask import BrowserConfigSensitiveDataMask
    from ..models.browser_config_tracing import BrowserConfigTracing
    from ..models.browser_config_viewport import BrowserConfigViewport
    from ..models.browser_config_web_bot_auth import BrowserConfigWebBotAuth


T = TypeVar("T", bound="BrowserConfig")


@_attrs_define
class BrowserConfig:
    """Browser-specific configurations.

    Attributes:
        profile (BrowserConfigProfile | Unset): Options for managing and persisting browser session profiles.
        adblock (BrowserConfigAdblock | Unset): Configuration for ad-blocking.
        popup_blocker (BrowserConfigPopupBlocker | Unset): Configuration for popup blocking.
        captcha_solver (BrowserConfigCaptchaSolver | Unset): Configuration for captcha-solving.
        headless (BrowserConfigHeadless | Unset): Configuration for headless mode.
        viewport (BrowserConfigViewport | Unset): Configuration for the browser's viewport size.
        fullscreen (BrowserConfigFullscreen | Unset): Configuration for fullscreen mode.
        pdf_viewer (BrowserConfigPdfViewer | Unset): Configuration for PDF viewer mode.
        p2p_download (BrowserConfigP2PDownload | Unset): Configuration for peer-to-peer download capture functionality.
        extensions (list[UUID] | Unset): Array of extension IDs to load in the browser session. Extensions must be
            previously uploaded using the Extensions API.
        disable_web_security (BrowserConfigDisableWebSecurity | Unset): Configuration for disabling web security
            features.
        extra_stealth (BrowserConfigExtraStealth | Unset): Enables our dedicated patched Chromium build, designed to
            avoid bot detection and blocking. Works with Anchor Proxy enabled only.
        force_popups_as_tabs (BrowserConfigForcePopupsAsTabs | Unset): Configuration for forcing popups to open as tabs
            instead of popup windows.
        web_bot_auth (BrowserConfigWebBotAuth | Unset): Configuration for Cloudflare Web Bot Auth HTTP message signing.
            Enables authentication with websites that require Cloudflare's web bot authentication.
        disable_dialogs (BrowserConfigDisableDialogs | Unset): Suppresses native browser dialogs (window.alert,
            window.confirm, window.prompt). Useful for automated workflows where dialogs would block execution.
        tracing (BrowserConfigTracing | Unset): Configuration for browser tracing and debugging capabilities.
        sensitive_data_mask (BrowserConfigSensitiveDataMask | Unset): Automatically detects and masks sensitive data
            (passwords, emails, phone numbers, credit card fields, tokens) in web pages. Supports custom CSS selectors
            globally or per site, and custom regex patterns.
    """

    profile: BrowserConfigProfile | Unset = UNSET
    adblock: BrowserConfigAdblock | Unset = UNSET
    popup_blocker: BrowserConfigPopupBlocker | Unset = UNSET
    captcha_solver: BrowserConfigCaptchaSolver | Unset = UNSET
    headless: BrowserConfigHeadless | Unset = UNSET
    viewport: BrowserConfigViewport | Unset = UNSET
    fullscreen: BrowserConfigFullscreen | Unset = UNSET
    pdf_viewer: BrowserConfigPdfViewer | Unset = UNSET
    p2p_download: BrowserConfigP2PDownload | Unset = UNSET
    extensions: list[UUID] | Unset = UNSET
    disable_web_security: BrowserConfigDisableWebSecurity | Unset = UNSET
    extra_stealth: BrowserConfigExtraStealth | Unset = UNSET
    force_popups_as_tabs: BrowserConfigForcePopupsAsTabs | Unset = UNSET
    web_bot_auth: BrowserConfigWebBotAuth | Unset = UNSET
    disable_dialogs: BrowserConfigDisableDialogs | Unset = UNSET
    tracing: BrowserConfigTracing | Unset = UNSET
    sensitive_data_mask: BrowserConfigSensitiveDataMask | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile.to_dict()

        adblock: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adblock, Unset):
            adblock = self.adblock.to_dict()

        popup_blocker: dict[str, Any] | Unset = UNSET
        if not isinstance(self.popup_blocker, Unset):
            popup_blocker = self.popup_blocker.to_dict()

        captcha_solver: dict[str, Any] | Unset = UNSET
        if not isinstance(self.captcha_solver, Unset):
            captcha_solver = self.captcha_solver.to_dict()

        headless: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headless, Unset):
            headless = self.headless.to_dict()

        viewport: dict[str, Any] | Unset = UNSET
        if not isinstance(self.viewport, Unset):
            viewport = self.viewport.to_dict()

        fullscreen: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fullscreen, Unset):
            fullscreen = self.fullscreen.to_dict()

        pdf_viewer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pdf_viewer, Unset):
            pdf_viewer = self.pdf_viewer.to_dict()

        p2p_download: dict[str, Any] | Unset = UNSET
        if not isinstance(self.p2p_download, Unset):
            p2p_download = self.p2p_download.to_dict()

        extensions: list[str] | Unset = UNSET
        if not isinstance(self.extensions, Unset):
            extensions = []
            for extensions_item_data in self.extensions:
                extensions_item = str(extensions_item_data)
                extensions.append(extensions_item)

        disable_web_security: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disable_web_security, Unset):
            disable_web_security = self.disable_web_security.to_dict()

        extra_stealth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_stealth, Unset):
            extra_stealth = self.extra_stealth.to_dict()

        force_popups_as_tabs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.force_popups_as_tabs, Unset):
            force_popups_as_tabs = self.force_popups_as_tabs.to_dict()

        web_bot_auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.web_bot_auth, Unset):
            web_bot_auth = self.web_bot_auth.to_dict()

        disable_dialogs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disable_dialogs, Unset):
            disable_dialogs = self.disable_dialogs.to_dict()

        tracing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tracing, Unset):
            tracing = self.tracing.to_dict()

        sensitive_data_mask: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sensitive_data_mask, Unset):
            sensitive_data_mask = self.sensitive_data_mask.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if profile is not UNSET:
            field_dict["profile"] = profile
        if adblock is not UNSET:
            field_dict["adblock"] = adblock
        if popup_blocker is not UNSET:
            field_dict["popup_blocker"] = popup_blocker
        if captcha_solver is not UNSET:
            field_dict["captcha_solver"] = captcha_solver
        if headless is not UNSET:
            field_dict["headless"] = headless
        if viewport is not UNSET:
            field_dict["viewport"] = viewport
        if fullscreen is not UNSET:
            field_dict["fullscreen"] = fullscreen
        if pdf_viewer is not UNSET:
            field_dict["pdf_viewer"] = pdf_viewer
        if p2p_download is not UNSET:
            field_dict["p2p_download"] = p2p_download
        if extensions is not UNSET:
            field_dict["extensions"] = extensions
        if disable_web_security is not UNSET:
            field_dict["disable_web_security"] = disable_web_security
        if extra_stealth is not UNSET:
            field_dict["extra_stealth"] = extra_stealth
        if force_popups_as_tabs is not UNSET:
            field_dict["force_popups_as_tabs"] = force_popups_as_tabs
        if web_bot_auth is not UNSET:
            field_dict["web_bot_auth"] = web_bot_auth
        if disable_dialogs is not UNSET:
            field_dict["disable_dialogs"] = disable_dialogs
        if tracing is not UNSET:
            field_dict["tracing"] = tracing
        if sensitive_data_mask is not UNSET:
            field_dict["sensitive_data_mask"] = sensitive_data_mask

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.browser_config_adblock import BrowserConfigAdblock  # noqa: PLC0415
        from ..models.browser_config_captcha_solver import BrowserConfigCaptchaSolver  # noqa: PLC0415
        from ..models.browser_config_disable_dialogs import BrowserConfigDisableDialogs  # noqa: PLC0415
        from ..models.browser_config_disable_web_security import BrowserConfigDisableWebSecurity  # noqa: PLC0415
        from ..models.browser_config_extra_stealth import BrowserConfigExtraStealth  # noqa: PLC0415
        from ..models.browser_config_force_popups_as_tabs import BrowserConfigForcePopupsAsTabs  # noqa: PLC0415
        from ..models.browser_config_fullscreen import BrowserConfigFullscreen  # noqa: PLC0415
        from ..models.browser_config_headless import BrowserConfigHeadless  # noqa: PLC0415
        from ..models.browser_config_p2p_download import BrowserConfigP2PDownload  # noqa: PLC0415
        from ..models.browser_config_pdf_viewer import BrowserConfigPdfViewer  # noqa: PLC0415
        from ..models.browser_config_popup_blocker import BrowserConfigPopupBlocker  # noqa: PLC0415
        from ..models.browser_config_profile import BrowserConfigProfile  # noqa: PLC0415
        from ..models.browser_config_sensitive_data_mask import BrowserConfigSensitiveDataMask  # noqa: PLC0415
        from ..models.browser_config_tracing import BrowserConfigTracing  # noqa: PLC0415
        from ..models.browser_config_viewport import BrowserConfigViewport  # noqa: PLC0415
        from ..models.browser_config_web_bot_auth import BrowserConfigWebBotAuth  # noqa: PLC0415

        d = dict(src_dict)
        _profile = d.pop("profile", UNSET)
        profile: BrowserConfigProfile | Unset
        if isinstance(_profile, Unset):
            profile = UNSET
        else:
            profile = BrowserConfigProfile.from_dict(_profile)

        _adblock = d.pop("adblock", UNSET)
        adblock: BrowserConfigAdblock | Unset
        if isinstance(_adblock, Unset):
            adblock = UNSET
        else:
            adblock = BrowserConfigAdblock.from_dict(_adblock)

        _popup_blocker = d.pop("popup_blocker", UNSET)
        popup_blocker: BrowserConfigPopupBlocker | Unset
        if isinstance(_popup_blocker, Unset):
            popup_blocker = UNSET
        else:
            popup_blocker = BrowserConfigPopupBlocker.from_dict(_popup_blocker)

        _captcha_solver = d.pop("captcha_solver", UNSET)
        captcha_solver: BrowserConfigCaptchaSolver | Unset
        if isinstance(_captcha_solver, Unset):
            captcha_solver = UNSET
        else:
            captcha_solver = BrowserConfigCaptchaSolver.from_dict(_captcha_solver)

        _headless = d.pop("headless", UNSET)
        headless: BrowserConfigHeadless | Unset
        if isinstance(_headless, Unset):
            headless = UNSET
        else:
            headless = BrowserConfigHeadless.from_dict(_headless)

        _viewport = d.pop("viewport", UNSET)
        viewport: BrowserConfigViewport | Unset
        if isinstance(_viewport, Unset):
            viewport = UNSET
        else:
            viewport = BrowserConfigViewport.from_dict(_viewport)

        _fullscreen = d.pop("fullscreen", UNSET)
        fullscreen: BrowserConfigFullscreen | Unset
        if isinstance(_fullscreen, Unset):
            fullscreen = UNSET
        else:
            fullscreen = BrowserConfigFullscreen.from_dict(_fullscreen)

        _pdf_viewer = d.pop("pdf_viewer", UNSET)
        pdf_viewer: BrowserConfigPdfViewer | Unset
        if isinstance(_pdf_viewer, Unset):
            pdf_viewer = UNSET
        else:
            pdf_viewer = BrowserConfigPdfViewer.from_dict(_pdf_viewer)

        _p2p_download = d.pop("p2p_download", UNSET)
        p2p_download: BrowserConfigP2PDownload | Unset
        if isinstance(_p2p_download, Unset):
            p2p_download = UNSET
        else:
            p2p_download = BrowserConfigP2PDownload.from_dict(_p2p_download)

        _extensions = d.pop("extensions", UNSET)
        extensions: list[UUID] | Unset = UNSET
        if _extensions is not UNSET:
            extensions = []
            for extensions_item_data in _extensions:
                extensions_item = UUID(extensions_item_data)

                extensions.append(extensions_item)

        _disable_web_security = d.pop("disable_web_security", UNSET)
        disable_web_security: BrowserConfigDisableWebSecurity | Unset
        if isinstance(_disable_web_security, Unset):
            disable_web_security = UNSET
        else:
            disable_web_security = BrowserConfigDisableWebSecurity.from_dict(_disable_web_security)

        _extra_stealth = d.pop("extra_stealth", UNSET)
        extra_stealth: BrowserConfigExtraStealth | Unset
        if isinstance(_extra_stealth, Unset):
            extra_stealth = UNSET
        else:
            extra_stealth = BrowserConfigExtraStealth.from_dict(_extra_stealth)

        _force_popups_as_tabs = d.pop("force_popups_as_tabs", UNSET)
        force_popups_as_tabs: BrowserConfigForcePopupsAsTabs | Unset
        if isinstance(_force_popups_as_tabs, Unset):
            force_popups_as_tabs = UNSET
        else:
            force_popups_as_tabs = BrowserConfigForcePopupsAsTabs.from_dict(_force_popups_as_tabs)

        _web_bot_auth = d.pop("web_bot_auth", UNSET)
        web_bot_auth: BrowserConfigWebBotAuth | Unset
        if isinstance(_web_bot_auth, Unset):
            web_bot_auth = UNSET
        else:
            web_bot_auth = BrowserConfigWebBotAuth.from_dict(_web_bot_auth)

        _disable_dialogs = d.pop("disable_dialogs", UNSET)
        disable_dialogs: BrowserConfigDisableDialogs | Unset
        if isinstance(_disable_dialogs, Unset):
            disable_dialogs = UNSET
        else:
            disable_dialogs = BrowserConfigDisableDialogs.from_dict(_disable_dialogs)

        _tracing = d.pop("tracing", UNSET)
        tracing: BrowserConfigTracing | Unset
        if isinstance(_tracing, Unset):
            tracing = UNSET
        else:
            tracing = BrowserConfigTracing.from_dict(_tracing)

        _sensitive_data_mask = d.pop("sensitive_data_mask", UNSET)
        sensitive_data_mask: BrowserConfigSensitiveDataMask | Unset
        if isinstance(_sensitive_data_mask, Unset):
            sensitive_data_mask = UNSET
        else:
            sensitive_data_mask = BrowserConfigSensitiveDataMask.from_dict(_sensitive_data_mask)

        browser_config = cls(
            profile=profile,
            adblock=adblock,
            popup_blocker=popup_blocker,
            captcha_solver=captcha_solver,
            headless=headless,
            viewport=viewport,
            fullscreen=fullscreen,
            pdf_viewer=pdf_viewer,
            p2p_download=p2p_download,
            extensions=extensions,
            disable_web_security=disable_web_security,
            extra_stealth=extra_stealth,
            force_popups_as_tabs=force_popups_as_tabs,
            web_bot_auth=web_bot_auth,
            disable_dialogs=disable_dialogs,
            tracing=tracing,
            sensitive_data_mask=sensitive_data_mask,
        )

        browser_config.additional_properties = d
        return browser_config

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
