"""
The one locale parser of the package: "nl", "en", or a locale that names one of them.

It lives low (beside the guidance, the lowest layer with texts in two languages) so that the
guidance, :mod:`ingroeiquotum.i18n`, the charts and the samples all read a locale the same way.
"""

from __future__ import annotations

from ingroeiquotum.exceptions import InvalidArgument

LANGUAGES = ("nl", "en")
"""The languages of the package's texts."""


def language(locale: object, field: str = "locale") -> str:
    """
    The language ``locale`` names: "nl" or "en" (``"nl_NL"``, ``"en-GB"`` and ``"EN"`` too).

    >>> language("nl_NL"), language("en-GB")
    ('nl', 'en')

    Raises:
        InvalidArgument: naming ``field``, for anything else.
    """
    if isinstance(locale, str):
        name = locale.replace("-", "_").split("_")[0].strip().lower()
        if name in LANGUAGES:
            return name
    raise InvalidArgument(field, locale, "must be 'nl' or 'en'")
