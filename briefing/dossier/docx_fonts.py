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
the same brief gives the same file.
"""

from __future__ import annotations

import threading
import uuid
from pathlib import Path
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml.parser import parse_xml
from lxml import etree

from briefing.dossier.docx_styles import MONO, SANS, SERIF
from briefing.dossier.docx_xml import NAME, R_ID, VAL, W_NS, SubElement, w
from briefing.dossier.fonts import FONT_DIR

__all__ = ["embed_fonts", "obfuscate"]

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

_lock = threading.Lock()
_cache: dict[str, tuple[str, bytes]] = {}


def obfuscate(data: bytes, key: str) -> bytes:
    """``data`` with its first 32 bytes XORed with the GUID ``key`` ("{XXXXXXXX-...}").

    The same call undoes it (XOR is its own inverse).
    """
    digits = key.strip("{}").replace("-", "")
    secret = bytes.fromhex(digits)[::-1]
    head = bytes(b ^ secret[i % 16] for i, b in enumerate(data[:32]))
    return head + data[32:]


def _face(stem: str, face: str) -> tuple[str, bytes]:
    """(font key, obfuscated bytes) of one bundled face, read once per process."""
    name = f"{stem}-{face}"
    with _lock:
        cached = _cache.get(name)
        if cached is None:
            path: Path = FONT_DIR / f"{name}.ttf"
            key = "{" + str(uuid.uuid5(_NAMESPACE, name)).upper() + "}"
            cached = _cache[name] = (key, obfuscate(path.read_bytes(), key))
        return cached


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

    Returns the number of font parts added.
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
    for face, (stem, family, panose) in _FAMILIES.items():
        font = _font_entry(root, face)
        SubElement(font, w("panose1"), {VAL: panose})
        SubElement(font, w("charset"), {VAL: "00"})
        SubElement(font, w("family"), {VAL: family})
        SubElement(font, w("pitch"), {VAL: "variable"})
        for slot, style in _SLOTS:
            key, blob = _face(stem, style)
            added += 1
            part = Part(PackURI(f"/word/fonts/font{added}.odttf"), OBFUSCATED_FONT, blob, package)
            rel_id = table.relate_to(part, RT.FONT)
            SubElement(font, w(slot), {R_ID: rel_id, w("fontKey"): key})
    mono = _font_entry(root, MONO)
    SubElement(mono, w("charset"), {VAL: "00"})
    SubElement(mono, w("family"), {VAL: "modern"})
    SubElement(mono, w("pitch"), {VAL: "fixed"})
    return added
