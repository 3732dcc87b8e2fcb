"""Reading other trackers' files, without Django: the bytes decoded, the kind of file recognised,
columns found by their header, dates and statuses read, each problem tied to a row and a column.

Rows are numbered as a spreadsheet shows them: the first line of the file is row 1.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from followup.lib.dates import FIRST_DAY, LAST_DAY
from followup.lib.records import APPLIED, INTERVIEWING, NO_RESPONSE, NOT_SELECTED, OFFER, WITHDRAWN

MAX_BYTES = 2 * 1024 * 1024
MAX_CELL = 10_000  # characters in one cell: a note, not a document
# The csv module's own limit on a field (131,072 characters) would stop the whole file with an
# error naming no row; the file's own limit is the bound, and long cells are problems of a row.
csv.field_size_limit(MAX_BYTES)

# The years a record's day may fall in.
FIRST_YEAR, LAST_YEAR = FIRST_DAY.year, LAST_DAY.year

APPLICATIONS = "applications"
LINKEDIN = "linkedin"
FOLLOWUP_JSON = "followup"

# A tracker's words for an application's status, and the status each means in Followup.
STATUS_WORDS: dict[str, str] = {
    **dict.fromkeys(
        ["applied", "application sent", "submitted", "sent", "postule", "candidature envoyee"],
        APPLIED,
    ),
    **dict.fromkeys(
        ["interviewing", "interview", "interviewed", "screening", "phone screen", "entrevue"],
        INTERVIEWING,
    ),
    **dict.fromkeys(["offer", "offered", "job offer", "accepted", "offre"], OFFER),
    **dict.fromkeys(
        [
            "rejected",
            "not selected",
            "declined",
            "unsuccessful",
            "refused",
            "refuse",
            "non retenu",
        ],
        NOT_SELECTED,
    ),
    **dict.fromkeys(["withdrawn", "withdrew", "retire", "retiree"], WITHDRAWN),
    **dict.fromkeys(
        ["no response", "ghosted", "no answer", "no reply", "sans reponse", "pas de reponse"],
        NO_RESPONSE,
    ),
}

# Header synonyms per field, most specific first. Compared after `squash`.
APPLICATION_HEADERS: dict[str, tuple[str, ...]] = {
    "employer": (
        "company",
        "company name",
        "employer",
        "employer name",
        "organization",
        "organisation",
        "entreprise",
        "employeur",
        "societe",
    ),
    "role": ("job title", "position", "role", "title", "job", "poste", "titre du poste", "titre"),
    "applied_on": (
        "date applied",
        "applied on",
        "applied",
        "application date",
        "date",
        "date de candidature",
    ),
    "status": ("status", "statut", "stage", "etat"),
    "url": ("url", "link", "posting", "posting url", "job url", "job link", "lien", "annonce"),
    "notes": ("notes", "note", "comments", "comment", "remarques", "commentaires"),
    "contact": (
        "contact",
        "contact person",
        "contact name",
        "recruiter",
        "hiring manager",
        "personne contact",
        "personne ressource",
    ),
}
LINKEDIN_HEADERS: dict[str, tuple[str, ...]] = {
    "first_name": ("first name",),
    "last_name": ("last name",),
    "url": ("url", "profile url"),
    "email": ("email address", "email"),
    "company": ("company",),
    "position": ("position",),
    "connected_on": ("connected on",),
}
# A header line is looked for among the first rows: LinkedIn puts a few "Notes:" lines first.
HEADER_SEARCH_ROWS = 12

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january", "janv", "janvier"),
            ("feb", "february", "fev", "fevr", "fevrier"),
            ("mar", "march", "mars"),
            ("apr", "april", "avr", "avril"),
            ("may", "mai"),
            ("jun", "june", "juin"),
            ("jul", "july", "juil", "juillet"),
            ("aug", "august", "aout"),
            ("sep", "sept", "september", "septembre"),
            ("oct", "october", "octobre"),
            ("nov", "november", "novembre"),
            ("dec", "december", "decembre"),
        ],
        start=1,
    )
    for name in names
}
ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")
MONTH_FIRST = re.compile(r"([a-z]+)\.? (\d{1,2}),? (\d{4})")
DAY_FIRST = re.compile(r"(\d{1,2})[ -]([a-z]+)\.?[ -](\d{4})")
T = TypeVar("T")
EMAIL = re.compile(r"[^\s<>(),;\"']+@[^\s<>(),;\"']+\.[^\s<>(),;\"']+")


class FileProblem(Exception):
    """The whole file cannot be read: too large, not text, or not a kind Followup knows."""


@dataclass(frozen=True)
class Problem:
    row: int
    column: str
    message: str
    part: str = ""  # in a JSON export: the list the item is in ("people")

    def __str__(self) -> str:
        if self.part:
            return f"{self.part}, item {self.row}, field “{self.column}”: {self.message}"
        if self.column:
            return f"Row {self.row}, column “{self.column}”: {self.message}"
        return f"Row {self.row}: {self.message}"


@dataclass(frozen=True)
class Table:
    """A CSV file's rows after its header, each with its row number in the file."""

    kind: str
    header_row: int
    headers: tuple[str, ...]
    columns: dict[str, int]  # field → index of its column
    rows: tuple[tuple[int, tuple[str, ...]], ...]

    def header_of(self, name: str) -> str:
        return self.headers[self.columns[name]] if name in self.columns else name

    def value(self, cells: Sequence[str], name: str) -> str:
        index = self.columns.get(name)
        if index is None or index >= len(cells):
            return ""
        return cells[index].strip()


@dataclass(frozen=True)
class ApplicationRow:
    row: int
    employer: str
    role: str
    applied_on: date | None
    status: str
    url: str
    notes: str
    contact_name: str
    contact_email: str


@dataclass(frozen=True)
class ConnectionRow:
    row: int
    name: str
    url: str
    email: str
    company: str
    position: str
    connected_on: date | None


@dataclass
class Parsed:
    """What a file's rows say, row by row, and what is wrong with them."""

    applications: list[ApplicationRow] = field(default_factory=list)
    connections: list[ConnectionRow] = field(default_factory=list)
    blank_rows: list[int] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def decode(data: bytes) -> tuple[str, str]:
    """The file's text and the encoding it was read with. UTF-8 (with or without its mark)
    first, then Windows-1252, which spreadsheets on Windows still write."""
    if len(data) > MAX_BYTES:
        raise FileProblem(
            f"The file is {len(data) / 1024 / 1024:.1f} MB; Followup reads files up to 2 MB. "
            "Split it into smaller files."
        )
    if data.startswith(b"PK\x03\x04"):
        raise FileProblem(
            "This looks like a spreadsheet (.xlsx) or a zip file, not CSV text. In your "
            "spreadsheet, choose File → Save as → “CSV UTF-8”, then import that file."
        )
    # UTF-16 or a binary file has NULs everywhere; a stray one in a cell is that row's problem
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or data[:4096].count(b"\x00") > 8:
        raise FileProblem(
            "This file is not text (it may be a spreadsheet or UTF-16). Save it as "
            "“CSV UTF-8” and import that file."
        )
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise FileProblem(
        "Followup could not read the characters in this file. Save it as “CSV UTF-8” "
        "and import that file."
    )


def squash(text: str) -> str:
    """Lower case, accents and punctuation gone, single spaces: "Date-Applied" → "date applied"."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in plain if not unicodedata.combining(char)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


def read_table(text: str) -> Table:
    """Find the header among the first rows, and recognise the kind of file by it."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        records = list(reader)
    except csv.Error as error:
        raise FileProblem(
            f"This CSV file cannot be read after row {reader.line_num}: {error}. Save it again "
            "as “CSV UTF-8” from your spreadsheet and import that file."
        ) from None
    for number, cells in enumerate(records[:HEADER_SEARCH_ROWS], start=1):
        squashed = [squash(cell) for cell in cells]
        kind = _kind_of(squashed)
        if kind is None:
            continue
        synonyms = LINKEDIN_HEADERS if kind == LINKEDIN else APPLICATION_HEADERS
        rows = tuple(
            (row_number, tuple(row))
            for row_number, row in enumerate(records[number:], start=number + 1)
        )
        return Table(kind, number, tuple(cells), _columns(squashed, synonyms), rows)
    raise FileProblem(
        "Followup did not find a header row it knows. An applications file needs a column "
        "named Company (or Employer, Organization, Entreprise) and one named Job Title (or "
        "Position, Role, Poste). LinkedIn's Connections.csv is recognised by its First Name "
        "and Last Name columns."
    )


def _kind_of(squashed: Sequence[str]) -> str | None:
    if "first name" in squashed and "last name" in squashed:
        return LINKEDIN
    columns = _columns(squashed, APPLICATION_HEADERS)
    if "employer" in columns and "role" in columns:
        return APPLICATIONS
    return None


def _columns(squashed: Sequence[str], synonyms: dict[str, tuple[str, ...]]) -> dict[str, int]:
    found: dict[str, int] = {}
    taken: set[int] = set()
    for name, words in synonyms.items():
        for word in words:
            index = next(
                (i for i, cell in enumerate(squashed) if cell == word and i not in taken), None
            )
            if index is not None:
                found[name] = index
                taken.add(index)
                break
    return found


def parse_date(text: str) -> date | None:
    """ISO (2026-11-03), "Nov 3, 2026", "3 Nov 2026" or LinkedIn's "03 Nov 2026"; None when
    empty. Raises ValueError for anything else, numeric day/month orders included: 03/11/2026
    could be 3 November or 11 March."""
    value = " ".join(text.split())
    if not value:
        return None
    day = _any_day(value)
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValueError(value)
    return day


def _any_day(value: str) -> date:
    iso = ISO_DATE.fullmatch(value)
    if iso:
        return date(int(iso[1]), int(iso[2]), int(iso[3]))
    words = squash_date(value)
    named = MONTH_FIRST.fullmatch(words)
    if named and named[1] in MONTHS:
        return date(int(named[3]), MONTHS[named[1]], int(named[2]))
    named = DAY_FIRST.fullmatch(words)
    if named and named[2] in MONTHS:
        return date(int(named[3]), MONTHS[named[2]], int(named[1]))
    raise ValueError(value)


def squash_date(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value)
    return "".join(char for char in plain if not unicodedata.combining(char)).lower()


def date_problem(value: str) -> str:
    try:
        _any_day(" ".join(value.split()))
    except ValueError:
        pass
    else:
        return f"“{value}” is outside the years {FIRST_YEAR} to {LAST_YEAR}."
    return (
        f"“{value}” is not a date Followup can read for certain. Write it as 2026-11-03 "
        "or 3 Nov 2026."
    )


def parse_status(text: str) -> str:
    """Followup's status for a tracker's word; "applied" when empty. ValueError when unknown."""
    word = squash(text)
    if not word:
        return APPLIED
    if word in STATUS_WORDS:
        return STATUS_WORDS[word]
    raise ValueError(text)


def status_problem(value: str) -> str:
    return (
        f"“{value}” is not a status Followup knows. Use applied, interviewing, offer, "
        "rejected, withdrawn or no response."
    )


def split_contact(text: str) -> tuple[str, str]:
    """A contact cell's name and email: "Ana Silva <ana@example.org>" → both."""
    value = " ".join(text.split())
    found = EMAIL.search(value)
    email = found[0] if found else ""
    name = value.replace(email, "") if email else value
    name = " ".join(name.strip(" <>()[],;\"'").split())
    return (name or email), email


def clean_url(text: str) -> str:
    """A link as given, with https:// added to a bare "www.…" or "example.org/…" address.
    ValueError when it cannot be a web link."""
    value = text.strip()
    if not value:
        return ""
    if " " in value:
        raise ValueError(value)
    lowered = value.lower()
    if lowered.startswith(("http://", "https://")):
        return value
    if "://" not in value and "." in value.split("/")[0]:
        return "https://" + value
    raise ValueError(value)


def parse(table: Table) -> Parsed:
    parsed = Parsed()
    for number, cells in table.rows:
        damaged = cell_problems(table, number, cells)
        if damaged:
            parsed.problems.extend(damaged)
        elif not any(cell.strip() for cell in cells):
            parsed.blank_rows.append(number)
        elif table.kind == LINKEDIN:
            _connection(table, number, cells, parsed)
        else:
            _application(table, number, cells, parsed)
    return parsed


def cell_problems(table: Table, number: int, cells: Sequence[str]) -> list[Problem]:
    """Cells no record can hold, whatever their column: too long, or with a NUL character
    (which PostgreSQL refuses in text)."""
    problems = []
    for index, cell in enumerate(cells):
        column = table.headers[index] if index < len(table.headers) else f"column {index + 1}"
        if "\x00" in cell:
            problems.append(
                Problem(number, column, "has a NUL character (the file may be damaged).")
            )
        elif len(cell) > MAX_CELL:
            problems.append(
                Problem(number, column, f"longer than {MAX_CELL:,} characters ({len(cell):,}).")
            )
    return problems


def _application(table: Table, number: int, cells: Sequence[str], parsed: Parsed) -> None:
    problems: list[Problem] = []

    def required(name: str, what: str) -> str:
        value = " ".join(table.value(cells, name).split())
        if not value:
            problems.append(Problem(number, table.header_of(name), f"the {what} is empty."))
        return value

    employer = required("employer", "employer's name")
    role = required("role", "job title")
    applied_on = _read(table, number, cells, "applied_on", parse_date, date_problem, problems)
    status = _read(table, number, cells, "status", parse_status, status_problem, problems)
    url = _read(table, number, cells, "url", clean_url, _url_problem, problems)
    contact_name, contact_email = split_contact(table.value(cells, "contact"))
    if problems:
        parsed.problems.extend(problems)
        return
    parsed.applications.append(
        ApplicationRow(
            row=number,
            employer=employer,
            role=role,
            applied_on=applied_on,
            status=status or APPLIED,
            url=url or "",
            notes=table.value(cells, "notes"),
            contact_name=contact_name,
            contact_email=contact_email,
        )
    )


def _connection(table: Table, number: int, cells: Sequence[str], parsed: Parsed) -> None:
    name = " ".join(f"{table.value(cells, 'first_name')} {table.value(cells, 'last_name')}".split())
    problems: list[Problem] = []
    if not name:
        problems.append(Problem(number, table.header_of("first_name"), "the name is empty."))
    url = _read(table, number, cells, "url", clean_url, _url_problem, problems)
    connected_on = _read(table, number, cells, "connected_on", parse_date, date_problem, problems)
    email = table.value(cells, "email")
    if email and not EMAIL.fullmatch(email):
        problems.append(
            Problem(number, table.header_of("email"), f"“{email}” is not an email address.")
        )
    if problems:
        parsed.problems.extend(problems)
        return
    parsed.connections.append(
        ConnectionRow(
            row=number,
            name=name,
            url=url or "",
            email=email,
            company=" ".join(table.value(cells, "company").split()),
            position=" ".join(table.value(cells, "position").split()),
            connected_on=connected_on,
        )
    )


def _read(
    table: Table,
    number: int,
    cells: Sequence[str],
    name: str,
    reader: Callable[[str], T],
    explain: Callable[[str], str],
    problems: list[Problem],
) -> T | None:
    raw = table.value(cells, name)
    try:
        return reader(raw)
    except ValueError:
        problems.append(Problem(number, table.header_of(name), explain(raw)))
        return None


def _url_problem(value: str) -> str:
    return f"“{value}” is not a web link. Links start with https://."


def safe_cell(value: object) -> str:
    """A cell a spreadsheet will not run as a formula: text starting with =, @, + or - gets a
    leading apostrophe, except phone numbers and plain numbers."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "@", "\t", "\r") or (
        text[:1] in ("+", "-") and not re.fullmatch(r"[+-][\d\s().-]*", text)
    ):
        return "'" + text
    return text


def write_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(value) for value in row])
    return out.getvalue()
