"""The job-search record as a PDF: a table on landscape Letter pages, in the DejaVu Sans font
shipped in data/fonts (so accented names print on any machine). Characters DejaVu lacks (陈伟)
use a system font when one is found; otherwise the PDF says which characters it could not show
and never fails. Its words and days are in the active language ("1er décembre 2026")."""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from fpdf import FPDF
from fpdf.fonts import FontFace

from followup.records.jobrecord import Activity, as_cells, full_day, headings

FONT = Path(__file__).resolve().parent / "data" / "fonts" / "DejaVuSans.ttf"
FAMILY = "DejaVu"
# Fonts with Chinese, Japanese and Korean characters that Linux distributions commonly install.
FALLBACKS = (
    Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
)
COLUMN_WIDTHS = (24, 44, 44, 48, 48, 52)

# fontTools logs each step of subsetting the font at INFO: a screenful per PDF in the server log.
logging.getLogger("fontTools.subset").setLevel(logging.WARNING)


class RecordPDF(FPDF):
    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FAMILY, size=8)
        self.cell(
            0,
            8,
            _("Page %(page)s of %(pages)s") % {"page": self.page_no(), "pages": "{nb}"},
            align="C",
        )


def record_pdf(owner: str, start: date, end: date, rows: Sequence[Activity], today: date) -> bytes:
    pdf = RecordPDF(orientation="landscape", format="letter")
    pdf.set_margins(10, 10, 10)
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_font(FAMILY, fname=str(FONT))
    fallbacks = _add_fallbacks(pdf)
    pdf.set_fallback_fonts(fallbacks, exact_match=False)
    pdf.set_title(_("Job search record"))
    pdf.set_lang(translation.get_language() or "en-ca")
    pdf.add_page()
    _heading(pdf, owner, start, end, today, len(rows))
    cells = [[_printable(text) for text in as_cells(row)] for row in rows]
    if cells:
        _table(pdf, cells)
    else:
        pdf.multi_cell(0, 6, _("No activity recorded in these dates."))
    missing = _missing_characters(pdf, [owner, *(text for row in cells for text in row)])
    if missing:
        pdf.ln(4)
        pdf.set_font(FAMILY, size=9)
        pdf.multi_cell(
            0,
            5,
            _(
                "Some characters could not be shown in this PDF (%(chars)s). The printable "
                "page and the CSV file show them."
            )
            % {"chars": " ".join(f"U+{ord(char):04X}" for char in sorted(missing))},
        )
    return bytes(pdf.output())


def _add_fallbacks(pdf: FPDF) -> list[str]:
    names = []
    for number, path in enumerate(FALLBACKS):
        if path.is_file():
            name = f"Fallback{number}"
            try:
                pdf.add_font(name, fname=str(path))
            except Exception:  # noqa: BLE001 - a broken system font must not stop the record
                continue
            names.append(name)
    return names


def _heading(pdf: FPDF, owner: str, start: date, end: date, today: date, count: int) -> None:
    pdf.set_font(FAMILY, size=16)
    pdf.multi_cell(0, 9, _("Job search record"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, size=11)
    lines = [
        _printable(owner),
        _("From %(start)s to %(end)s") % {"start": full_day(start), "end": full_day(end)},
        ngettext(
            "%(count)s activity. Prepared with Followup on %(today)s.",
            "%(count)s activities. Prepared with Followup on %(today)s.",
            count,
        )
        % {"count": count, "today": full_day(today)},
    ]
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def _table(pdf: FPDF, cells: list[list[str]]) -> None:
    pdf.set_font(FAMILY, size=9)
    with pdf.table(
        col_widths=COLUMN_WIDTHS,
        headings_style=FontFace(emphasis="", fill_color=(225, 232, 240)),
        line_height=5,
        text_align="LEFT",
        repeat_headings=1,
    ) as table:
        table.row(headings())
        for row in cells:
            table.row(row)


def _printable(text: str) -> str:
    """Control characters removed: they have no glyph in any font."""
    return "".join(
        char if char in "\n" or unicodedata.category(char)[0] != "C" else " " for char in text
    )


def _missing_characters(pdf: FPDF, texts: list[str]) -> set[str]:
    fonts = [font for font in pdf.fonts.values() if hasattr(font, "cmap")]
    missing = set()
    for text in texts:
        for char in text:
            if char.isspace() or any(ord(char) in font.cmap for font in fonts):
                continue
            missing.add(char)
    return missing
