"""The fact form's flag under the quote and locator: the saved quote no longer matches.

Shown when a saved fact is loaded whose quote is not in its source's stored text, or not
in the paragraph its locator names (``ingest.quote_check``). It speaks of the saved fact:
editing the fields does not hide it; saving reloads the fact and checks again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from briefing.ingest.quote_check import QuoteProblem


class QuoteFlag(QLabel):
    """A warning line, hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quoteFlag")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(
            "color: #8a4b00; background: #fff4e5; border: 1px solid #f0c36d;"
            " border-radius: 3px; padding: 3px;"
        )
        self.problem: QuoteProblem | None = None
        self.hide()

    def show_problem(self, problem: QuoteProblem | None) -> None:
        """Say what is wrong with the saved quote (None hides the flag)."""
        self.problem = problem
        self.setText(self.describe(problem) if problem else "")
        self.setVisible(problem is not None)

    def describe(self, problem: QuoteProblem) -> str:
        """The flag's sentence for ``problem``, in the interface language."""
        if problem.kind == "quote-not-found":
            return self.tr(
                "⚠ The saved quote is not in the stored text of “{source}”: it was "
                "edited, or the text changed. Check it against the source."
            ).format(source=problem.source)
        if problem.found_at:
            return self.tr(
                "⚠ The locator says {locator}, but the stored text of the source has "
                "this quote at {found}."
            ).format(locator=problem.locator, found=problem.found_at)
        return self.tr(
            "⚠ The locator says {locator}, but this quote runs across several "
            "paragraphs of the source's stored text."
        ).format(locator=problem.locator)
