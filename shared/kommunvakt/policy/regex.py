"""Regular expressions compiled on first use.

A detector module defines its patterns at import, and the engine's cold start pays for every
compile there, also for patterns that only rare texts reach (a price, a photo credit). `lazy`
returns a stand-in that compiles its pattern the first time a method is called on it; from then
on its methods are the compiled pattern's own (bound onto the stand-in), so a call costs what a
call on a compiled pattern costs.
"""

from __future__ import annotations

import re
from typing import Any, cast

_FORWARDED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _Lazy:
    def __init__(self, pattern: str, flags: int) -> None:
        self._args = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # Only reached while an attribute is missing: the first use compiles and binds.
        rx = re.compile(*self._args)
        for attr in _FORWARDED:
            setattr(self, attr, getattr(rx, attr))
        self.pattern, self.flags = rx.pattern, rx.flags
        return getattr(rx, name)


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, deferred to the first use."""
    return cast("re.Pattern[str]", _Lazy(pattern, flags))
