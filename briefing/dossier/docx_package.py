"""Saving the DOCX package: python-docx's parts in a ZIP written here, fonts precompressed.

``python-docx`` saves through ``zipfile``, which deflates every member on every save. The
embedded fonts (``docx_fonts``) are the same 4.5 MB in every brief; deflating them took a
third of a second of each export. ``save_document`` writes the package as
``OpcPackage.save`` does (content types, package relationships, then each part and its
relationships, in the same order) but into a ``ZipWriter``, which stores a member given
as ``Deflated`` (its deflate stream made once, see ``docx_fonts.font_streams``) as it is
and deflates the others at zlib's fastest level.

The archive is a plain ZIP (no ZIP64, no data descriptors: each member's sizes and CRC
are known before it is written), so the output stream needs no seeking.
"""

from __future__ import annotations

import struct
import time
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, BinaryIO

from docx.opc.packuri import PACKAGE_URI, PackURI
from docx.opc.pkgwriter import PackageWriter

__all__ = ["FAST", "Deflated", "ZipWriter", "deflate", "deflate_pieces", "save_document"]

_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_LIMIT = 0xFFFFFFFF  # sizes and offsets beyond this would need ZIP64
_VERSION = 20  # 2.0: deflate
_UNIX = 3
FAST = 1  # zlib level of the parts deflated at each save (see ZipWriter.write)


@dataclass(frozen=True)
class Deflated:
    """A member's content as a ZIP stores it: a raw deflate stream, with the size and
    CRC-32 of the content it inflates to."""

    stream: bytes
    size: int
    crc: int


def deflate(data: bytes, level: int = zlib.Z_DEFAULT_COMPRESSION) -> Deflated:
    """``data`` compressed as a ZIP member (raw deflate, as ``zipfile`` writes it)."""
    packer = zlib.compressobj(level, zlib.DEFLATED, -15)
    return Deflated(packer.compress(data) + packer.flush(), len(data), zlib.crc32(data))


def deflate_pieces(pieces: Iterable[bytes | memoryview], level: int = FAST) -> Deflated:
    """The content ``pieces`` make, joined, compressed as ``deflate`` compresses it — the
    same stream (zlib's output does not depend on how its input is cut) — without ever
    holding the content whole: only its deflate stream, a seventh of it at level 1."""
    packer = zlib.compressobj(level, zlib.DEFLATED, -15)
    out: list[bytes] = []
    size = crc = 0
    for piece in pieces:
        out.append(packer.compress(piece))
        size += len(piece) if isinstance(piece, bytes) else piece.nbytes
        crc = zlib.crc32(piece, crc)
    out.append(packer.flush())
    return Deflated(b"".join(out), size, crc)


def _dos_time(when: float) -> tuple[int, int]:
    t = time.localtime(when)
    return (
        (t.tm_hour << 11) | (t.tm_min << 5) | (t.tm_sec // 2),
        ((max(t.tm_year, 1980) - 1980) << 9) | (t.tm_mon << 5) | t.tm_mday,
    )


class ZipWriter:
    """Writes a ZIP archive to ``out`` member by member, every member deflated."""

    def __init__(self, out: BinaryIO, *, when: float | None = None) -> None:
        self._out = out
        self._offset = 0
        self._central: list[bytes] = []
        self._names: set[str] = set()
        self._time, self._date = _dos_time(time.time() if when is None else when)

    def write(self, name: str, data: bytes) -> None:
        """Add member ``name`` holding ``data``, deflated at zlib's fastest level."""
        # The body of a 10,000-fact brief is 10.8 MB of XML: level 1 deflates it in 0.05 s
        # to 1.56 MB, the default level (6) in 0.16 s to 1.27 MB (the brief, fonts
        # included, 3.5 → 3.8 MB). A tenth of a second of every export is worth more than
        # 8% of the file.
        self.write_deflated(name, deflate(data, FAST))

    def write_deflated(self, name: str, member: Deflated) -> None:
        """Add member ``name`` whose deflate stream is ``member`` (stored as it is)."""
        if name in self._names:
            raise ValueError(f"duplicate ZIP member {name!r}")
        self._names.add(name)
        raw = name.encode("utf-8")
        flags = 0 if raw.isascii() else 0x800  # bit 11: the name is UTF-8
        if max(member.size, len(member.stream), self._offset) >= _LIMIT:
            raise ValueError("the package is too large for a ZIP without ZIP64")
        fields = (flags, zlib.DEFLATED, self._time, self._date, member.crc)
        sizes = (len(member.stream), member.size, len(raw))
        header = _LOCAL.pack(b"PK\x03\x04", _VERSION, 0, *fields, *sizes, 0)
        made_by = (_VERSION, _UNIX, _VERSION, 0)
        # no extra field, comment or disk number; internal attributes 0, rw------- file
        rest = (0, 0, 0, 0, 0o600 << 16, self._offset)
        self._central.append(_CENTRAL.pack(b"PK\x01\x02", *made_by, *fields, *sizes, *rest) + raw)
        self._out.write(header + raw)
        self._out.write(member.stream)
        self._offset += len(header) + len(raw) + len(member.stream)

    def close(self) -> None:
        """Write the central directory; the archive is complete (``out`` stays open)."""
        start = self._offset
        directory = b"".join(self._central)
        count = len(self._central)
        if count > 0xFFFF or start + len(directory) >= _LIMIT:
            raise ValueError("the package is too large for a ZIP without ZIP64")
        self._out.write(directory)
        self._out.write(_END.pack(b"PK\x05\x06", 0, 0, count, count, len(directory), start, 0))
        self._offset += len(directory) + _END.size


class _PartWriter:
    """The ``PhysPkgWriter`` interface python-docx's ``PackageWriter`` writes through."""

    def __init__(self, zip_writer: ZipWriter, stored: Mapping[int, tuple[bytes, Deflated]]):
        self._zip = zip_writer
        self._stored = stored

    def write(self, pack_uri: PackURI, blob: bytes) -> None:
        found = self._stored.get(id(blob))
        if found is not None and found[0] is blob:
            self._zip.write_deflated(pack_uri.membername, found[1])
        else:
            self._zip.write(pack_uri.membername, blob)


def save_document(
    document: Any,
    out: BinaryIO,
    stored: Mapping[int, tuple[bytes, Deflated]] | None = None,
    blobs: Mapping[str, bytes | Deflated] | None = None,
) -> None:
    """Save a python-docx ``Document`` to ``out`` like ``document.save(out)``.

    ``stored`` maps ``id(blob)`` to ``(blob, its deflate stream)`` for part blobs whose
    compressed form is known (the embedded fonts); a part holding that very ``bytes``
    object is written from the stream without deflating it again. ``blobs`` gives the
    content of parts by part name (the document part, serialised with the entries kept
    as text, ``docx_fast.Deferred``), which python-docx is not asked to serialise; a
    ``Deflated`` one is stored as it is.
    """
    given = blobs or {}
    package = document.part.package
    parts = list(package.iter_parts())
    for part in parts:
        part.before_marshal()
    zip_writer = ZipWriter(out)
    writer = _PartWriter(zip_writer, stored or {})
    # the same members in the same order as python-docx's PackageWriter.write
    PackageWriter._write_content_types_stream(writer, parts)  # type: ignore[no-untyped-call]
    writer.write(PACKAGE_URI.rels_uri, package.rels.xml)
    for part in parts:
        blob = given.get(part.partname)
        if isinstance(blob, Deflated):
            zip_writer.write_deflated(part.partname.membername, blob)
        else:
            writer.write(part.partname, part.blob if blob is None else blob)
        if len(part.rels):
            writer.write(part.partname.rels_uri, part.rels.xml)
    zip_writer.close()
