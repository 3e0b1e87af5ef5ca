"""How the command line prints: aligned tables or JSON, terminal-safe text, ``--quiet``.

Text that comes from the database or a file (a statement imported with escape sequences,
a name with a right-to-left override) is printed with its control characters made visible
(``\\x1b``, ``\\u202e``), so listing facts can never move the cursor, clear the screen or
reorder what the terminal shows. JSON output is escaped by the JSON encoder itself.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TextIO

FORMATS = ("table", "json")

# C0 and C1 controls, DEL, the bidirectional embeddings/overrides/isolates, and lone
# surrogates (which no terminal can print).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\r": "\\r", "\b": "\\b", "\f": "\\f", "\v": "\\v", "\0": "\\0"}


def visible(text: str, newlines: bool = False) -> str:
    """``text`` with control characters shown as escapes; tabs become spaces.

    Newlines become spaces too (one table row per record) unless ``newlines`` is True.
    """

    def escape(match: re.Match[str]) -> str:
        ch = match.group()
        if ch == "\t" or (ch == "\n" and not newlines):
            return " "
        if ch == "\n":
            return ch
        if ch in _NAMED:
            return _NAMED[ch]
        code = ord(ch)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _UNSAFE.sub(escape, text)


@dataclass
class Output:
    """Where a command writes, in which format, and whether it may chat."""

    out: TextIO = field(default_factory=lambda: sys.stdout)
    format: str = "table"
    quiet: bool = False

    @property
    def json_mode(self) -> bool:
        """True with ``--format json``."""
        return self.format == "json"

    def say(self, message: str) -> None:
        """A confirmation for a person ("wrote pack.pdf …"): not with ``--quiet``."""
        if not self.quiet:
            self.out.write(visible(message) + "\n")

    def warn(self, message: str) -> None:
        """A note on stderr that does not change the exit status: not with ``--quiet``."""
        if not self.quiet:
            print(f"briefing: {visible(message)}", file=sys.stderr)

    def json(self, data: object) -> None:
        """``data`` as indented JSON (UTF-8 kept readable; controls escaped by JSON)."""
        json.dump(data, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")

    def line(self, text: str) -> None:
        """One line of data (an id, a path), printed even with ``--quiet``."""
        self.out.write(visible(text) + "\n")

    def lines(self, text: str) -> None:
        """Several lines of data, control characters made visible, newlines kept."""
        self.out.write(visible(text, newlines=True).rstrip("\n") + "\n")

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        """Aligned columns; the last is cut to the terminal's width when printing to one."""
        safe = [[visible(cell) for cell in row] for row in rows]
        widths = [max([len(h), *(len(r[i]) for r in safe)]) for i, h in enumerate(header[:-1])]
        limit = 200
        if self.out.isatty():
            columns = shutil.get_terminal_size().columns
            limit = max(30, columns - sum(widths) - 2 * len(widths))
        for row in [list(header), *safe]:
            cells = [c.ljust(w) for c, w in zip(row[:-1], widths, strict=False)]
            last = row[-1] if len(row[-1]) <= limit else row[-1][: limit - 1] + "…"
            self.out.write("  ".join([*cells, last]).rstrip() + "\n")
