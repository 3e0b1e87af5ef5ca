"""The preview's pages: a PDF on screen (QtPdf), with thumbnails and the outline beside it.

``PagePreview.show_file(path)`` swaps in a newly rendered PDF and keeps the page the user
is on (the quick opening is replaced by the fuller rendering without a jump). Thumbnails
are drawn lazily, one per turn of the event loop and only for the pages the strip shows,
so a 300-page preview costs the GUI a few milliseconds at a time and no more memory than
the thumbnails seen (QPdfDocument reads the file on demand; nothing is assembled here).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from PySide6.QtPdf import QPdfBookmarkModel, QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

THUMB_WIDTH = 96
SIDE_WIDTH = {0: 170, 1: 420}  # the side panel per tab: thumbnails are narrow, lines long
Index = QModelIndex | QPersistentModelIndex


class ThumbnailModel(QAbstractListModel):
    """One row per page of ``document``; the icon is rendered the first time it is asked
    for (the view asks only for the rows it shows)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: QPdfDocument | None = None
        self._icons: dict[int, QIcon] = {}
        self._queue: list[int] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._render_next)
        self._blank = self._placeholder()

    def _placeholder(self) -> QIcon:
        pixmap = QPixmap(QSize(THUMB_WIDTH, round(THUMB_WIDTH * 1.414)))
        pixmap.fill(QColor("#f3f4f6"))
        return QIcon(pixmap)

    def set_document(self, document: QPdfDocument | None) -> None:
        self.beginResetModel()
        self.document = document
        self._icons.clear()
        self._queue.clear()
        self._timer.stop()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        """Override QAbstractListModel::rowCount: one row per page."""
        if parent.isValid() or self.document is None:
            return 0
        return self.document.pageCount()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        """Override QAbstractListModel::columnCount: one column (callable without a parent,
        as every model of the app is)."""
        return 0 if parent.isValid() else 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractListModel::data: the page number, and its thumbnail."""
        if not index.isValid():
            return None
        page = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return str(page + 1)
        if role == Qt.ItemDataRole.DecorationRole:
            icon = self._icons.get(page)
            if icon is None:
                if page not in self._queue:
                    self._queue.append(page)
                    self._timer.start()
                return self._blank
            return icon
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignHCenter)
        return None

    def _render_next(self) -> None:
        document = self.document
        if not self._queue or document is None:
            self._timer.stop()
            return
        page = self._queue.pop(0)
        size = document.pagePointSize(page)
        height = round(THUMB_WIDTH * size.height() / size.width()) if size.width() else 0
        image: QImage = document.render(page, QSize(THUMB_WIDTH, max(height, 1)))
        self._icons[page] = QIcon(QPixmap.fromImage(image))
        index = self.index(page)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class PagePreview(QWidget):
    """Pages of a PDF: thumbnails and outline on the left, the pages on the right.

    Signals:
        page_changed(page, pages): the page at the top of the view (0-based) changed.
    """

    page_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: QPdfDocument | None = None
        self.path: str | None = None
        self.headings: dict[str, int] = {}  # "2  Security" -> its page, from the bookmarks
        self._empty = QPdfDocument(self)  # shown when there is nothing (the view wants one)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)

        self.side = QTabWidget(split)
        self.thumbnails = QListView(self.side)
        self.thumbnails.setViewMode(QListView.ViewMode.IconMode)
        self.thumbnails.setFlow(QListView.Flow.TopToBottom)
        self.thumbnails.setWrapping(False)
        self.thumbnails.setMovement(QListView.Movement.Static)
        self.thumbnails.setResizeMode(QListView.ResizeMode.Adjust)
        self.thumbnails.setUniformItemSizes(True)  # the view asks only for visible rows
        self.thumbnails.setIconSize(QSize(THUMB_WIDTH, round(THUMB_WIDTH * 1.414)))
        self.thumbnails.setSpacing(6)
        self.thumbnails.setMinimumWidth(THUMB_WIDTH + 40)
        self.thumbnails.setStyleSheet("QListView { background: #e5e7eb; }")
        self.thumbnail_model = ThumbnailModel(self.thumbnails)
        self.thumbnails.setModel(self.thumbnail_model)
        self.side.addTab(self.thumbnails, self.tr("Pages"))
        self.outline = QTreeWidget(self.side)
        self.outline.setColumnCount(2)
        self.outline.setHeaderLabels([self.tr("Printed content"), ""])
        header = self.outline.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.outline.setUniformRowHeights(True)
        self.side.addTab(self.outline, self.tr("Outline"))
        split.addWidget(self.side)

        right = QWidget(split)
        r_layout = QVBoxLayout(right)
        r_layout.setContentsMargins(0, 0, 0, 0)
        self.view = QPdfView(right)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(8)
        self.view.setStyleSheet("background: #9ca3af;")
        r_layout.addWidget(self.view, 1)
        bar = QHBoxLayout()
        self.page_label = QLabel(right)
        self.page_label.setStyleSheet("color: #374151;")
        bar.addStretch(1)
        bar.addWidget(self.page_label)
        r_layout.addLayout(bar)
        split.addWidget(right)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([SIDE_WIDTH[0], 900])
        self.split = split

        self.view.pageNavigator().currentPageChanged.connect(self._on_page)
        self.thumbnails.clicked.connect(lambda index: self.go_to(index.row()))
        self.outline.itemClicked.connect(self._on_outline_clicked)
        self.side.currentChanged.connect(self._on_side_tab)

    @property
    def pages(self) -> int:
        """Pages of the PDF shown (0: none)."""
        return self.document.pageCount() if self.document is not None else 0

    @property
    def current_page(self) -> int:
        """The page at the top of the view (0-based)."""
        return self.view.pageNavigator().currentPage()

    def show_file(self, path: str) -> bool:
        """Show the PDF at ``path``, on the page shown before (or its last page)."""
        document = QPdfDocument(self)
        if document.load(path) != QPdfDocument.Error.None_:
            document.deleteLater()
            return False
        navigator = self.view.pageNavigator()
        page = navigator.currentPage() if self.document is not None else 0
        location = navigator.currentLocation() if self.document is not None else QPointF()
        old = self.document
        self.document, self.path = document, path
        self.view.setDocument(document)
        self.thumbnail_model.set_document(document)
        if old is not None:
            old.close()
            old.deleteLater()
        self.headings = _heading_pages(document)
        page = min(page, document.pageCount() - 1)
        if page > 0 or not location.isNull():
            navigator.jump(max(page, 0), location, 0)
        self._on_page(self.current_page)
        return True

    def go_to(self, page: int) -> None:
        """Show ``page`` (0-based) at the top of the view."""
        if self.document is not None and 0 <= page < self.document.pageCount():
            self.view.pageNavigator().jump(page, QPointF(), 0)

    def clear(self) -> None:
        """Show nothing (and let go of the file)."""
        old = self.document
        self.document, self.path = None, None
        self.view.setDocument(self._empty)
        self.thumbnail_model.set_document(None)
        self.outline.clear()
        self.headings = {}
        self.page_label.setText("")
        if old is not None:
            old.close()
            old.deleteLater()

    def _on_page(self, page: int) -> None:
        pages = self.pages
        if pages:
            self.page_label.setText(
                self.tr("Page {page} of {pages}").format(page=page + 1, pages=pages)
            )
            self.thumbnails.setCurrentIndex(self.thumbnail_model.index(page))
        else:
            self.page_label.setText("")
        self.page_changed.emit(page, pages)

    def _on_outline_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        """A section of the outline shows its first page (the cover line, the cover)."""
        if item.parent() is None and self.outline.indexOfTopLevelItem(item) == 0:
            self.go_to(0)
            return
        page = self.headings.get(item.text(0))
        if page is not None:
            self.go_to(page)

    def _on_side_tab(self, index: int) -> None:
        sizes = self.split.sizes()
        width = SIDE_WIDTH.get(index, sizes[0])
        page = self.current_page
        self.split.setSizes([width, max(sum(sizes) - width, 1)])
        # fit-to-width zooms the pages anew: stay on the page, not on the pixel offset
        QTimer.singleShot(0, self, lambda: self.go_to(page))

    def file_name(self) -> str:
        """The name of the file shown ("" for none)."""
        return Path(self.path).name if self.path else ""


def _heading_pages(document: QPdfDocument) -> dict[str, int]:
    """Every bookmark of ``document`` (the renderer bookmarks each heading, titled as the
    outline titles it: "2  Security") with its page."""
    model = QPdfBookmarkModel()
    model.setDocument(document)
    pages: dict[str, int] = {}
    stack = [model.index(row, 0) for row in range(model.rowCount())]
    while stack:
        index = stack.pop()
        title = model.data(index, int(QPdfBookmarkModel.Role.Title))
        page = model.data(index, int(QPdfBookmarkModel.Role.Page))
        if isinstance(title, str) and isinstance(page, int):
            pages.setdefault(title, page)
        stack.extend(model.index(row, 0, index) for row in range(model.rowCount(index)))
    return pages
