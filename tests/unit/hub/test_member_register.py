"""Reading the member register (`hub.service.members.read_register`): the file as people save
it from a spreadsheet, and the rows that must be refused, without a database."""

from __future__ import annotations

import pytest

from hub.service.members import RegisterError, by_line, read_register


def test_a_comma_file_with_windows_line_ends_quotes_and_blank_lines() -> None:
    data = (
        "MemberNumber,First-Name,LAST NAME,Email,Member since\r\n"
        '42,"Marie-Évangéline","de La Tour d\'Auvergne",m@example.org,2020-02-29\r\n'
        "\r\n"
        "43,Jan,Maes,,\r\n"
    ).encode()
    rows, problems = read_register(data)
    assert problems == []
    assert [(r.line, r.number, r.last_name, r.member_since) for r in rows] == [
        (2, "42", "de La Tour d'Auvergne", "2020-02-29"),
        (4, "43", "Maes", None),
    ]
    assert rows[0].email == "m@example.org"
    assert rows[1].email is None


def test_a_cell_over_two_lines_keeps_the_line_numbers_of_the_rows_after_it() -> None:
    data = (
        'member_number;first_name;last_name;phone\n1;"Zoé\nMarie";Martin;\n2;Jan;Maes;12\n'
    ).encode()
    rows, problems = read_register(data)
    # A name over two lines is one name (spaces collapsed); the bad phone is on line 4.
    assert rows[0].first_name == "Zoé Marie"
    assert by_line(problems) == [
        'line 4: phone: "12" is not a phone number (digits, spaces, + ( ) . - /)'
    ]


def test_names_are_stored_as_nfc_with_spaces_collapsed() -> None:
    data = "member_number,first_name,last_name\n1,  Zoe\u0301   Anne ,Martin\n".encode()
    rows, _ = read_register(data)
    assert rows[0].first_name == "Zoé Anne"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "no header line"),
        (b"\n\n", "no header line"),
        (b"\xef\xbb\xbf", "no header line"),
        (b"member_number;first_name;last_name\n\x80\n", "line 2: the file is not UTF-8 text"),
        (b"a,b\n", 'unknown column "a"'),
        (b"member_number,first_name\n", "no column last_name"),
        (b"member_number,First Name,first_name,last_name\n", "first_name is named twice"),
    ],
)
def test_a_file_that_is_no_register_is_one_sentence(data: bytes, message: str) -> None:
    with pytest.raises(RegisterError) as raised:
        read_register(data)
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


def test_every_bad_field_of_a_row_is_on_its_one_line() -> None:
    data = (
        "member_number;first_name;last_name;email;language;member_since\n"
        ";Zoé;;zoe;de;2024-2-1\n"
        "2;Jan;Maes;jan@example.org;NL;2024-02-01\n"
    ).encode()
    rows, problems = read_register(data)
    assert [row.language for row in rows] == ["nl"]
    assert by_line(problems) == [
        'line 2: member_number: missing; last_name: missing; email: "zoe" is not an e-mail '
        'address; language: "de" is not one of fr, nl, en; member_since: "2024-2-1" is not a '
        "date (YYYY-MM-DD)"
    ]


def test_a_quoted_value_is_shown_escaped_and_cut() -> None:
    data = ("member_number,first_name,last_name\n1,Zoé,Martin\u202e" + "x" * 100 + "\n").encode()
    _, problems = read_register(data)
    (line,) = by_line(problems)
    assert "\u202e" not in line  # a direction mark would turn the terminal's line around
    assert "Martin\\u202exxx" in line
    assert line.endswith("…\" is not a name (letters, spaces, - ' . only)")
    assert len(line) < 120
