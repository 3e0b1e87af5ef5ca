"""Errors never end in a traceback dialog.

Split by whose fault they are (STYLE example 10): a ``UserFacingError`` (locked database,
bad input, unwritable folder) is shown as it is; anything else is a bug: its traceback goes
to a log file in the data directory and the user sees one short sentence saying where.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from briefing.errors import UserFacingError, ValidationError
from briefing.gui import i18n
from briefing.settings import AppPaths

log = logging.getLogger("briefing.gui")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def log_file(paths: AppPaths | None = None) -> Path:
    """Where the GUI writes its log (tracebacks of unexpected errors)."""
    return (paths or AppPaths.default()).data / "logs" / "briefing-gui.log"


def setup_logging(path: Path) -> Path:
    """Send the ``briefing`` loggers to a small rotating file at ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("briefing")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def _parent(parent: QWidget | None) -> QWidget | None:
    return parent or QApplication.activeWindow()


def show_error(
    parent: QWidget | None,
    exc: BaseException,
    tb: str | None = None,
    log_path: Path | None = None,
) -> None:
    """Tell the user about ``exc``: its own message if user-facing, else a short notice."""
    if isinstance(exc, UserFacingError):
        text = exc.describe(i18n.current()) if isinstance(exc, ValidationError) else str(exc)
        QMessageBox.warning(_parent(parent), QCoreApplication.translate("errors", "Briefing"), text)
        return
    details = tb or "".join(traceback.format_exception(exc))
    log.error("unexpected error: %s\n%s", exc, details)
    where = str(log_path or log_file())
    QMessageBox.critical(
        _parent(parent),
        QCoreApplication.translate("errors", "Unexpected error"),
        QCoreApplication.translate(
            "errors",
            "Briefing hit an unexpected problem ({kind}). Your saved facts are safe.\n\n"
            "Details were written to {path}",
        ).format(kind=type(exc).__name__, path=where),
    )


def install_excepthook(path: Path) -> ExceptHook:
    """Route uncaught exceptions (slots included) to the log and a short message.

    Returns the previous hook, so callers (tests) can put it back.
    """
    previous = sys.excepthook
    showing = False

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        text = "".join(traceback.format_exception(kind, exc, tb))
        if not isinstance(exc, UserFacingError):
            log.error("uncaught exception\n%s", text)
        if showing or QApplication.instance() is None:
            sys.stderr.write(text)
            return
        showing = True  # an error while showing the message must not loop
        try:
            show_error(None, exc, text, path)
        finally:
            showing = False

    sys.excepthook = hook
    return previous
