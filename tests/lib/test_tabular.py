"""Reading other trackers' CSV files: encodings, headers, rows, dates and statuses."""

from __future__ import annotations

from datetime import date

import pytest

from followup.lib import tabular
from followup.lib.tabular import FileProblem

LINKEDIN = (
    "Notes:\r\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    'are missing."\r\n'
    "\r\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
    "Ana,Silva,https://www.linkedin.com/in/ana-silva,,Quinte Health,Recruiter,03 Nov 2026\r\n"
)


def test_it_reads_utf8_with_or_without_a_byte_order_mark() -> None:
    assert tabular.decode("Zoë".encode()) == ("Zoë", "utf-8-sig")
    assert tabular.decode(b"\xef\xbb\xbfZo\xc3\xab") == ("Zoë", "utf-8-sig")


def test_it_falls_back_to_windows_1252_for_old_spreadsheets() -> None:
    assert tabular.decode("Zoë;Café".encode("cp1252")) == ("Zoë;Café", "cp1252")


def test_it_refuses_a_file_over_two_megabytes_with_its_size() -> None:
    with pytest.raises(FileProblem, match="2.0 MB.*up to 2 MB"):
        tabular.decode(b"a" * (2 * 1024 * 1024 + 1))


def test_it_explains_that_an_xlsx_file_must_be_saved_as_csv() -> None:
    with pytest.raises(FileProblem, match="CSV UTF-8"):
        tabular.decode(b"PK\x03\x04rest-of-a-zip")


def test_it_refuses_bytes_that_are_not_text() -> None:
    with pytest.raises(FileProblem, match="not text"):
        tabular.decode("Company".encode("utf-16"))


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Company", "employer"),
        ("EMPLOYER", "employer"),
        ("Organization", "employer"),
        ("Entreprise", "employer"),
        ("Job Title", "role"),
        ("job-title", "role"),
        ("Position", "role"),
        ("Poste", "role"),
        ("Date Applied", "applied_on"),
        ("Applied On", "applied_on"),
        ("date_applied", "applied_on"),
        ("Status", "status"),
        ("Statut", "status"),
        ("Link", "url"),
        ("Posting", "url"),
        ("Comments", "notes"),
        ("Contact", "contact"),
    ],
)
def test_it_finds_columns_by_common_names_whatever_the_case_and_punctuation(
    header: str, field: str
) -> None:
    line = {"employer": f"{header},Role", "role": f"Company,{header}"}.get(
        field, f"Company,Role,{header}"
    )
    table = tabular.read_table(line + "\n")
    assert table.kind == tabular.APPLICATIONS
    assert table.header_of(field) == header


def test_it_says_which_columns_it_needs_when_it_finds_no_header() -> None:
    with pytest.raises(FileProblem, match="Company.*Job Title"):
        tabular.read_table("Name,Phone\nAna,555\n")


def test_it_skips_linkedins_notes_before_the_header_and_keeps_the_files_row_numbers() -> None:
    table = tabular.read_table(LINKEDIN)
    parsed = tabular.parse(table)
    assert table.kind == tabular.LINKEDIN
    assert table.header_row == 4
    (ana,) = parsed.connections
    assert (ana.row, ana.name, ana.company, ana.position) == (
        5,
        "Ana Silva",
        "Quinte Health",
        "Recruiter",
    )
    assert ana.connected_on == date(2026, 11, 3)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026-11-03", date(2026, 11, 3)),
        ("2026-11-03T14:05:00Z", date(2026, 11, 3)),
        ("Nov 3, 2026", date(2026, 11, 3)),
        ("November 3 2026", date(2026, 11, 3)),
        ("3 Nov 2026", date(2026, 11, 3)),
        ("03 Nov 2026", date(2026, 11, 3)),
        ("3-Nov-2026", date(2026, 11, 3)),
        ("3 nov. 2026", date(2026, 11, 3)),
        ("3 décembre 2026", date(2026, 12, 3)),
        ("", None),
    ],
)
def test_it_reads_dates_in_common_unambiguous_forms(text: str, day: date | None) -> None:
    assert tabular.parse_date(text) == day


@pytest.mark.parametrize(
    "text", ["03/11/2026", "11/03/2026", "yesterday", "2026-13-01", "Nov 2026"]
)
def test_it_refuses_ambiguous_or_unreadable_dates(text: str) -> None:
    with pytest.raises(ValueError):
        tabular.parse_date(text)


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("Applied", "applied"),
        ("", "applied"),
        ("Interview", "interviewing"),
        ("INTERVIEWING", "interviewing"),
        ("Offer", "offer"),
        ("Rejected", "not-selected"),
        ("Not selected", "not-selected"),
        ("not-selected", "not-selected"),
        ("Declined", "not-selected"),
        ("Withdrawn", "withdrawn"),
        ("No response", "no-response"),
        ("Ghosted", "no-response"),
    ],
)
def test_it_maps_trackers_status_words_to_followups(word: str, status: str) -> None:
    assert tabular.parse_status(word) == status


def test_it_names_the_row_and_column_of_each_bad_cell() -> None:
    text = (
        "Company,Job Title,Date Applied,Status\n"
        "Quinte Health,Office Coordinator,2026-11-03,Applied\n"
        "Hastings County,Clerk,03/11/2026,Maybe\n"
        ",Driver,,\n"
    )
    parsed = tabular.parse(tabular.read_table(text))
    assert [a.row for a in parsed.applications] == [2]
    problems = [(p.row, p.column) for p in parsed.problems]
    assert problems == [(3, "Date Applied"), (3, "Status"), (4, "Company")]
    assert "03/11/2026" in parsed.problems[0].message
    assert str(parsed.problems[0]).startswith("Row 3, column “Date Applied”:")


def test_it_counts_blank_rows_and_a_multiline_note_as_one_row() -> None:
    text = 'Company,Title,Notes\nA,B,"two\nlines"\n\nC,D,\n'
    parsed = tabular.parse(tabular.read_table(text))
    assert [a.row for a in parsed.applications] == [2, 4]
    assert parsed.blank_rows == [3]
    assert parsed.applications[0].notes == "two\nlines"


def test_it_reads_a_contact_cell_with_a_name_and_an_email() -> None:
    assert tabular.split_contact("Ana Silva <ana@example.org>") == ("Ana Silva", "ana@example.org")
    assert tabular.split_contact("ana@example.org") == ("ana@example.org", "ana@example.org")
    assert tabular.split_contact("  Ana   Silva ") == ("Ana Silva", "")


def test_it_adds_https_to_a_bare_web_address_and_refuses_other_text() -> None:
    assert tabular.clean_url("www.example.org/jobs/1") == "https://www.example.org/jobs/1"
    assert tabular.clean_url("https://example.org/a") == "https://example.org/a"
    with pytest.raises(ValueError):
        tabular.clean_url("see the posting")


def test_it_keeps_spreadsheets_from_running_cells_as_formulas() -> None:
    assert tabular.safe_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert tabular.safe_cell("@SUM(A1)") == "'@SUM(A1)"
    assert tabular.safe_cell("-cmd") == "'-cmd"
    assert tabular.safe_cell("+1 613 555 0100") == "+1 613 555 0100"
    assert tabular.safe_cell("Zoë") == "Zoë"
