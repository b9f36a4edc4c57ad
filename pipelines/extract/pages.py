"""Open a PDF safely and read the text layer of every page.

This is where bad files are told apart: empty, not a PDF, truncated,
encrypted, or image-only (scanned). Each gets its own specific error.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium

from pipelines.extract.errors import (
    EmptyFileError,
    EncryptedPdfError,
    NotAPdfError,
    ScannedPdfError,
    TruncatedPdfError,
)

# A page with fewer visible characters than this carries no usable text layer.
_MIN_TEXT_CHARS = 10


@dataclass(frozen=True)
class PageText:
    number: int  # 1-based
    text: str
    landscape: bool

    @property
    def lines(self) -> list[str]:
        return [line.strip() for line in self.text.splitlines() if line.strip()]


def _check_file(path: Path) -> None:
    size = path.stat().st_size
    if size == 0:
        raise EmptyFileError(f"{path.name} is empty (0 bytes)")
    with open(path, "rb") as fh:
        head = fh.read(1024)
        fh.seek(max(0, size - 2048))
        tail = fh.read()
    if b"%PDF-" not in head:
        raise NotAPdfError(f"{path.name} is not a PDF (no %PDF- header; starts with {head[:8]!r})")
    if b"%%EOF" not in tail:
        raise TruncatedPdfError(f"{path.name} is truncated: no %%EOF marker at the end of its {size} bytes")


def read_pages(path: str | Path) -> list[PageText]:
    """Every page's text, in reading order. Raises a specific error for unusable files."""
    path = Path(path)
    _check_file(path)
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            raise EncryptedPdfError(
                f"{path.name} is password-protected (encrypted PDF): it cannot be opened without its password"
            ) from exc
        raise TruncatedPdfError(f"{path.name} cannot be parsed as a PDF: {exc}") from exc
    try:
        pages = []
        for index in range(len(pdf)):
            page = pdf[index]
            width, height = page.get_size()
            text = page.get_textpage().get_text_bounded().replace("\r\n", "\n")
            pages.append(PageText(index + 1, text, landscape=width > height))
    finally:
        pdf.close()
    if not pages:
        raise TruncatedPdfError(f"{path.name} has no pages")
    if sum(len("".join(p.text.split())) >= _MIN_TEXT_CHARS for p in pages) == 0:
        raise ScannedPdfError(f"{path.name} has no text layer on any of its {len(pages)} pages (image-only / scanned)")
    return pages
