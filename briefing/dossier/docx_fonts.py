"""Embedding the bundled Noto faces in a DOCX, so a machine without them shows the same text.

ECMA-376 Part 1, §17.8.1: each face is stored as an obfuscated font part
(``word/fonts/*.odttf``, content type ``application/vnd.openxmlformats-officedocument.
obfuscatedFont``) related from the font table, which names it with ``w:embedRegular`` /
``w:embedBold`` / ``w:embedItalic`` / ``w:embedBoldItalic`` and a ``w:fontKey`` GUID. The
first 32 bytes of the font are XORed with the GUID's 16 bytes, taken from the last byte of
its string form to the first. ``settings.xml`` says ``w:embedTrueTypeFonts`` (see
``docx_styles.install_settings``). Word and LibreOffice both load such fonts for the
document.

The obfuscated bytes are computed once per process; the keys derive from the face names, so
the same brief gives the same file, and the same face the same bytes in every brief. Their
deflate streams (``font_streams``), which ``docx_package`` writes into the ZIP as they are,
are made once too: read from a cache file when one matches the face (``cache_dir()/
docx-fonts``; it records the CRC-32 and size of the bytes it inflates to, and a CRC-32 of
its own stream), else deflated on a worker thread while the body is written (zlib lets go
of the GIL) and then cached. A cache that cannot be read or written is only slower.
"""

from __future__ import annotations

import contextlib
import os
import struct
import tempfile
import threading
import uuid
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml.parser import parse_xml
from lxml import etree

from briefing.dossier.docx_package import Deflated, deflate
from briefing.dossier.docx_styles import MONO, SANS, SERIF
from briefing.dossier.docx_xml import NAME, R_ID, VAL, W_NS, SubElement, w
from briefing.dossier.styles import FALLBACK_FONTS
from briefing.paths import fonts_dir

__all__ = ["cache_dir", "embed_fallbacks", "embed_fonts", "font_streams", "obfuscate"]

OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
FONT_TABLE = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"
# Word's font table: face name → file stem, family class, panose
_FAMILIES = {
    SERIF: ("NotoSerif", "roman", "02020600060500020200"),
    SANS: ("NotoSans", "swiss", "020B0502040504020204"),
}
_SLOTS = (
    ("embedRegular", "Regular"),
    ("embedBold", "Bold"),
    ("embedItalic", "Italic"),
    ("embedBoldItalic", "BoldItalic"),
)
_NAMESPACE = uuid.UUID("6b2f1a00-5c1e-4b9e-9d55-62726965666e")

# the cache file: magic, CRC-32 and size of the inflated bytes, CRC-32 of the stream
_CACHE_HEADER = struct.Struct(">8sLLL")
_CACHE_MAGIC = b"BRFONT1\n"


@dataclass(frozen=True)
class _Face:
    """One bundled face as a DOCX embeds it."""

    name: str  # "NotoSans-Bold"
    key: str  # the w:fontKey GUID
    data: bytes  # the obfuscated font, the font part's blob
    crc: int  # CRC-32 of ``data``


_lock = threading.Lock()
_faces: dict[str, _Face] = {}
_deflate_lock = threading.Lock()  # held while streams are made
_streams: dict[str, Deflated] = {}
_worker: threading.Thread | None = None


def obfuscate(data: bytes, key: str) -> bytes:
    """``data`` with its first 32 bytes XORed with the GUID ``key`` ("{XXXXXXXX-...}").

    The same call undoes it (XOR is its own inverse).
    """
    digits = key.strip("{}").replace("-", "")
    secret = bytes.fromhex(digits)[::-1]
    head = bytes(b ^ secret[i % 16] for i, b in enumerate(data[:32]))
    return head + data[32:]


def _face(stem: str, face: str) -> _Face:
    """One bundled face, read and obfuscated once per process."""
    name = f"{stem}-{face}"
    with _lock:
        cached = _faces.get(name)
        if cached is None:
            path: Path = fonts_dir() / f"{name}.ttf"
            key = "{" + str(uuid.uuid5(_NAMESPACE, name)).upper() + "}"
            data = obfuscate(path.read_bytes(), key)
            cached = _faces[name] = _Face(name, key, data, zlib.crc32(data))
        return cached


def cache_dir() -> Path:
    """Where Briefing keeps files it can make again (``AppPaths.cache``)."""
    from briefing.settings import AppPaths

    return AppPaths.default().cache


def _cache_file(face: _Face) -> Path:
    return cache_dir() / "docx-fonts" / f"{face.name}.deflate"


def _read_cached(face: _Face) -> Deflated | None:
    """The cached stream of ``face`` if the cache file is whole and made from its bytes."""
    try:
        blob = _cache_file(face).read_bytes()
    except OSError:
        return None
    if len(blob) < _CACHE_HEADER.size:
        return None
    magic, crc, size, stream_crc = _CACHE_HEADER.unpack_from(blob)
    stream = blob[_CACHE_HEADER.size :]
    if (magic, crc, size) != (_CACHE_MAGIC, face.crc, len(face.data)):
        return None
    if zlib.crc32(stream) != stream_crc:
        return None
    return Deflated(stream, size, crc)


def _write_cached(face: _Face, member: Deflated) -> None:
    """Keep ``member`` for later processes (atomically; quietly not when that fails)."""
    path = _cache_file(face)
    header = _CACHE_HEADER.pack(_CACHE_MAGIC, member.crc, member.size, zlib.crc32(member.stream))
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{face.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(header)
                f.write(member.stream)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise


def _make_streams(only: set[int] | None = None) -> None:
    """Make the deflate stream of every face read so far (cache file, or deflate), or of
    those whose bytes are ``only`` (by ``id``)."""
    with _deflate_lock:
        with _lock:
            todo = [
                f
                for name, f in _faces.items()
                if name not in _streams and (only is None or id(f.data) in only)
            ]
        for face in todo:
            member = _read_cached(face)
            if member is None:
                member = deflate(face.data)
                _write_cached(face, member)
            _streams[face.name] = member


def _make_streams_quietly(only: set[int]) -> None:
    """The worker: a failure here is met again, and raised, by ``font_streams``."""
    with contextlib.suppress(Exception):
        _make_streams(only)


def _start_streams(faces: list[_Face]) -> None:
    """Make the streams of ``faces`` on a worker thread (once per process), if any are
    missing; a later export's other faces are made by ``font_streams``."""
    global _worker
    with _lock:
        if _worker is not None or all(f.name in _streams for f in faces):
            return
        only = {id(f.data) for f in faces}
        _worker = threading.Thread(
            target=_make_streams_quietly, args=(only,), name="docx-fonts", daemon=True
        )
        _worker.start()


def font_streams(document_part: Any = None) -> dict[int, tuple[bytes, Deflated]]:
    """The embedded fonts' parts as ``docx_package.save_document`` takes them: ``id(blob)``
    → (the font part's blob, its deflate stream). Waits for the worker if it still runs.

    With ``document_part``, only the fonts that document embeds: a face another export of
    this process used (an Arabic one) is neither deflated nor cached for it.
    """
    worker = _worker
    if worker is not None:
        worker.join()
    only = None if document_part is None else _embedded_blobs(document_part)
    _make_streams(only)  # nothing left to do, unless the worker failed
    with _lock:
        return {
            id(f.data): (f.data, _streams[name])
            for name, f in _faces.items()
            if only is None or id(f.data) in only
        }


def _embedded_blobs(document_part: Any) -> set[int]:
    """The ``id`` of every font part's bytes the document's font table relates."""
    blobs: set[int] = set()
    for rel in document_part.rels.values():
        if not rel.is_external and rel.reltype == RT.FONT_TABLE:
            for font in rel.target_part.rels.values():
                if not font.is_external and font.reltype == RT.FONT:
                    blobs.add(id(font.target_part.blob))
    return blobs


def _font_entry(root: etree._Element, name: str) -> etree._Element:
    """The ``w:font`` of ``name``, emptied (or a new one)."""
    for font in root.iterchildren(w("font")):
        if font.get(NAME) == name:
            for child in list(font):
                font.remove(child)
            return font
    return SubElement(root, w("font"), {NAME: name})


def embed_fonts(document_part: Any) -> int:
    """Rewrite the font table of ``document_part`` with the Noto faces embedded.

    Returns the number of font parts added. Starts making their deflate streams for
    ``font_streams`` (on a worker thread) if this process has not made them yet.
    """
    for rel_id, rel in list(document_part.rels.items()):
        if not rel.is_external and rel.reltype == RT.FONT_TABLE:
            old = rel.target_part
            document_part.drop_rel(rel_id)
            break
    else:
        old = None
    package = document_part.package
    partname = old.partname if old is not None else PackURI("/word/fontTable.xml")
    root: Any = parse_xml(old.blob if old is not None else f'<w:fonts xmlns:w="{W_NS}"/>')
    table = XmlPart(partname, FONT_TABLE, root, package)
    document_part.relate_to(table, RT.FONT_TABLE)

    added = 0
    used: list[_Face] = []
    for face, (stem, family, panose) in _FAMILIES.items():
        font = _font_entry(root, face)
        SubElement(font, w("panose1"), {VAL: panose})
        SubElement(font, w("charset"), {VAL: "00"})
        SubElement(font, w("family"), {VAL: family})
        SubElement(font, w("pitch"), {VAL: "variable"})
        for slot, style in _SLOTS:
            embedded = _face(stem, style)
            used.append(embedded)
            added += 1
            name = PackURI(f"/word/fonts/font{added}.odttf")
            part = Part(name, OBFUSCATED_FONT, embedded.data, package)
            rel_id = table.relate_to(part, RT.FONT)
            SubElement(font, w(slot), {R_ID: rel_id, w("fontKey"): embedded.key})
    mono = _font_entry(root, MONO)
    SubElement(mono, w("charset"), {VAL: "00"})
    SubElement(mono, w("family"), {VAL: "modern"})
    SubElement(mono, w("pitch"), {VAL: "fixed"})
    _start_streams(used)
    return added


def embed_fallbacks(document_part: Any, used: set[int]) -> int:
    """Embed the bundled fallback fonts a brief used (``FALLBACK_FONTS`` indices from 1) in
    the font table ``embed_fonts`` made; returns the number of font parts added.

    Only the fallbacks a brief needs are embedded (an Arabic face is 250 kB); a font found
    on the system (CJK) is named but not embedded: it is the reader's to have.
    """
    table = next(
        (
            rel.target_part
            for rel in document_part.rels.values()
            if not rel.is_external and rel.reltype == RT.FONT_TABLE
        ),
        None,
    )
    if table is None:
        return 0
    root = table.element
    count = sum(1 for rel in table.rels.values() if rel.reltype == RT.FONT)
    added = 0
    faces: list[_Face] = []
    for index in sorted(used):
        font = FALLBACK_FONTS[index - 1]
        if not font.stem:
            continue
        entry = _font_entry(root, font.name)
        SubElement(entry, w("charset"), {VAL: "00"})
        SubElement(entry, w("family"), {VAL: "swiss"})
        SubElement(entry, w("pitch"), {VAL: "variable"})
        # these scripts have no italics: Word slants the upright faces itself
        slots = _SLOTS[:2] if font.bold else _SLOTS[:1]
        for slot, face_name in slots:
            embedded = _face(font.stem, face_name)
            faces.append(embedded)
            count += 1
            added += 1
            name = PackURI(f"/word/fonts/font{count}.odttf")
            part = Part(name, OBFUSCATED_FONT, embedded.data, document_part.package)
            rel_id = table.relate_to(part, RT.FONT)
            SubElement(entry, w(slot), {R_ID: rel_id, w("fontKey"): embedded.key})
    if added:
        _start_streams(faces)
    return added
