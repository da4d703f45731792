"""Reading sources and cleaning boilerplate (newsgraph.documents)."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from newsgraph.documents import (
    RulesError,
    SourceProblem,
    clean_text,
    load_rules,
    parse_article,
    parse_date,
    read_sources,
)
from newsgraph.model import Document, content_id, source_id

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

LEAD = (
    "Border guards in Marovia stopped a lorry carrying rifles near the town of Brezna on "
    "Monday, the interior ministry said."
)
SECOND = "The driver was arrested and the weapons were taken to the capital, police said."


def read(*sources: str, **kwargs) -> list[Document | SourceProblem]:
    return list(read_sources([str(s) for s in sources], **kwargs))


def one_document(path: Path) -> Document:
    items = read(path)
    assert len(items) == 1 and isinstance(items[0], Document), items
    return items[0]


def one_problem(*sources: str | Path, **kwargs) -> SourceProblem:
    items = read(*sources, **kwargs)
    assert len(items) == 1 and isinstance(items[0], SourceProblem), items
    return items[0]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# ----------------------------------------------------------------------------- dates


def test_leading_date_line_is_the_date_and_leaves_the_text(tmp_path):
    doc = one_document(write(tmp_path, "a.txt", f"date 2024-03-02\n{LEAD}\n\n{SECOND}\n"))
    assert doc.date == "2024-03-02"
    assert doc.text == f"{LEAD}\n\n{SECOND}"


def test_date_marker_glued_to_the_first_sentence(tmp_path):
    doc = one_document(write(tmp_path, "a.txt", f" date 2024-03-02 {LEAD} {SECOND}"))
    assert doc.date == "2024-03-02"
    assert doc.text == f"{LEAD} {SECOND}"


@pytest.mark.parametrize(
    "line",
    ["June 25, 2020", "25 June 2020", "2020-06-25", "Published: Thursday, June 25, 2020 10:32 GMT",
     "Jun. 25 2020", "Updated 2020/06/25"],
)
def test_a_date_line_in_the_first_lines_is_the_date_and_is_removed(tmp_path, line):
    doc = one_document(write(tmp_path, "a.txt", f"Rifles seized at the border\n{line}\n{LEAD}\n"))
    assert doc.date == "2020-06-25"
    assert doc.title == "Rifles seized at the border"
    assert doc.text == LEAD


def test_a_date_inside_the_first_sentence_is_the_date_and_the_sentence_stays(tmp_path):
    text = "On March 4, 2024, border guards stopped a lorry carrying rifles, police said.\n" + SECOND
    doc = one_document(write(tmp_path, "a.txt", text))
    assert doc.date == "2024-03-04"
    assert doc.text.startswith("On March 4, 2024, border guards")


def test_a_date_after_the_third_line_is_not_the_documents_date(tmp_path):
    text = f"{LEAD}\n{SECOND}\n{SECOND}\nThe lorry was first seen on June 25, 2020.\n"
    assert one_document(write(tmp_path, "a.txt", text)).date is None


def test_a_date_the_story_tells_after_its_first_sentence_is_not_the_documents_date(tmp_path):
    """A one-paragraph story (a dataset's body without line breaks) names past days; the
    day Vellia joined the Orvane Accord is no publication date."""
    text = ("Vellia will restore the Tarrow marshes next year, the environment office said. "
            "The marshes are the largest in the north. They were listed under the Orvane Accord "
            "on June 23, 1975. Work will take ten years.")
    doc = one_document(write(tmp_path, "a.txt", text))
    assert doc.date is None
    assert doc.text == text


def test_an_impossible_date_is_ignored(tmp_path):
    doc = one_document(write(tmp_path, "a.txt", f"date 2024-13-45\n{LEAD}\n"))
    assert doc.date is None and doc.text == LEAD


@pytest.mark.parametrize(
    ("value", "iso"),
    [("2024-03-02T10:00:00Z", "2024-03-02"), ("March 2, 2024", "2024-03-02"),
     ("2 March 2024", "2024-03-02"), ("Sept 9, 2023", "2023-09-09"), ("2024/3/2", "2024-03-02"),
     ("yesterday", None), ("2024-02-30", None), (20240302, None)],
)
def test_parse_date(value, iso):
    assert parse_date(value) == iso


# ----------------------------------------------------------------------------- titles


def test_a_short_first_line_without_a_period_is_the_title(tmp_path):
    doc = one_document(write(tmp_path, "a.txt", f"Rifles seized at the border\n\n{LEAD}\n"))
    assert doc.title == "Rifles seized at the border"
    assert doc.text == LEAD


@pytest.mark.parametrize(
    "text",
    [f"{LEAD}\n{SECOND}", "Rifles seized at the border", "Police seized rifles.\n" + SECOND],
)
def test_no_title_when_the_first_line_is_a_sentence_or_all_there_is(tmp_path, text):
    doc = one_document(write(tmp_path, "a.txt", text))
    assert doc.title is None
    assert doc.text.startswith(text.split("\n")[0])


def test_document_id_is_its_source_and_its_hash_the_cleaned_text(tmp_path):
    doc = one_document(write(tmp_path, "a.txt", f"Title of the story\n\n{LEAD}\x07\n"))
    assert doc.hash == content_id(doc.text) == content_id(LEAD)
    assert doc.source == str(tmp_path / "a.txt") and doc.key == str((tmp_path / "a.txt").resolve())
    assert doc.id == source_id(doc.key)


# ----------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html><html><head>
<title>Rifles seized at the border | The Brezna Post</title>
<meta property="article:published_time" content="2024-03-04T08:30:00+01:00">
<link rel="canonical" href="https://brezna-post.example/2024/03/rifles">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Rifles seized at the border</h1>
<p>{lead}</p>
<figure><img src="x.jpg"><figcaption>Guards search a lorry near Brezna. Photo: Ada Lisk/Brezna Post
</figcaption></figure>
<p>{second}</p>
<p>Customs officers said smuggling across the northern border had doubled since January, and that
more patrols would be sent to the mountain roads in the coming weeks.</p>
</article>
<footer><p>Sign up for our daily newsletter</p><p>Copyright 2024 The Brezna Post</p></footer>
</body></html>"""


def test_html_gives_text_title_date_and_url_without_page_boilerplate(tmp_path):
    path = write(tmp_path, "page.html", PAGE.format(lead=LEAD, second=SECOND))
    doc = one_document(path)
    assert doc.title == "Rifles seized at the border"
    assert doc.date == "2024-03-04"
    assert doc.url == "https://brezna-post.example/2024/03/rifles"
    assert doc.text.startswith(LEAD)
    assert SECOND in doc.text
    for junk in ("Home", "Sport", "newsletter", "Copyright", "Photo", "Ada Lisk"):
        assert junk not in doc.text


def test_a_pages_odd_date_gives_the_user_no_library_warning(tmp_path, recwarn):
    """A page stamped "2014-12-29 08:57:25 EST" made the date parser warn about "EST" on the
    user's screen; the page's own text still comes through."""
    page = PAGE.format(lead=LEAD, second=SECOND).replace(
        "<head>", '<head><meta name="last-modified" content="2014-12-29 08:57:25 EST">')
    assert "EST" in page
    doc = one_document(write(tmp_path, "page.html", page))
    assert doc.text.startswith(LEAD)
    assert not [w for w in recwarn if "tzname" in str(w.message)]


def test_html_without_article_text_is_a_problem(tmp_path):
    problem = one_problem(write(tmp_path, "empty.htm", "<html><body><script>load()</script></body></html>"))
    assert "no article text found" in problem.reason


# ----------------------------------------------------------------------------- JSONL


def jsonl(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def test_jsonl_fields(tmp_path):
    path = write(tmp_path, "wire.jsonl", jsonl(
        {"id": "w-1", "text": f"{LEAD}\n\n{SECOND}", "title": "Rifles seized",
         "date": "March 4, 2024", "url": "https://wire.example/1"},
        {"text": SECOND},
    ))
    first, second = read(path)
    key = f"{path.resolve()}#w-1"
    assert first == Document(id=source_id(key), text=f"{LEAD}\n\n{SECOND}",
                             source=f"{path}#w-1", title="Rifles seized", date="2024-03-04",
                             url="https://wire.example/1", key=key, origin=str(path.resolve()))
    assert second.key == f"{path.resolve()}:2"
    assert second.source == f"{path}:2"
    assert (second.title, second.date, second.url) == (None, None, None)


def test_jsonl_title_repeated_in_the_text_is_not_parsed_twice(tmp_path):
    path = write(tmp_path, "wire.jsonl", jsonl(
        {"text": f"Rifles seized at the border\n{LEAD}", "title": "Rifles seized at the border"},
        {"text": f"Rifles seized at the border {LEAD}", "title": "Rifles seized at the border"},
    ))
    assert [d.text for d in read(path)] == [LEAD, LEAD]


def test_a_title_field_holding_the_whole_text_keeps_the_text(tmp_path):
    """A dataset whose title column repeats the whole body: the article is read, not
    emptied as if its only paragraph were the title repeated."""
    path = write(tmp_path, "wire.jsonl", jsonl({"text": LEAD, "title": LEAD}))
    assert [d.text for d in read(path)] == [LEAD]


def test_malformed_jsonl_lines_are_named_and_the_others_read(tmp_path):
    path = write(tmp_path, "wire.jsonl", jsonl(
        {"text": LEAD}, '{"text": "unfinished', {"title": "no text here"}, {"text": 42},
        "[1, 2]", "", {"text": "   "}, {"text": SECOND},
    ))
    items = read(path)
    assert [d.text for d in items if isinstance(d, Document)] == [LEAD, SECOND]
    problems = [(p.source, p.reason) for p in items if isinstance(p, SourceProblem)]
    assert problems == [
        (str(path), "line 2: not valid JSON: Unterminated string starting at (column 10)"),
        (str(path), 'line 3: no "text" field'),
        (str(path), 'line 4: "text" is not a string'),
        (str(path), "line 5: not a JSON object"),
        (str(path), 'line 7: "text" is empty'),
    ]


def test_a_jsonl_line_that_is_not_utf8_is_named(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_bytes(json.dumps({"text": LEAD}).encode() + b'\n{"text": "caf\xe9"}\n')
    items = read(path)
    assert isinstance(items[0], Document)
    assert items[1].reason == "line 2: not UTF-8 text (byte 0xe9 at column 14)"


# ----------------------------------------------------------------------------- stdin


def test_stdin_plain_text_from_a_text_stream():
    (doc,) = read("-", stdin=io.StringIO(f"date 2024-03-04\nRifles seized at the border\n\n{LEAD}"))
    assert (doc.source, doc.date, doc.title, doc.text) == (
        "<stdin>", "2024-03-04", "Rifles seized at the border", LEAD)


def test_stdin_jsonl_is_detected():
    stream = io.BytesIO(("\n" + jsonl({"id": 7, "text": LEAD}, "{oops", {"text": SECOND})).encode())
    first, problem, second = read("-", stdin=stream)
    assert first.source == "<stdin>#7" and first.text == LEAD
    assert problem.source == "<stdin>" and problem.reason.startswith("line 2: not valid JSON")
    assert second.source == "<stdin>:3" and second.text == SECOND


def test_stdin_that_is_not_utf8_is_decoded_with_a_note_and_empty_is_a_problem():
    (doc,) = read("-", stdin=io.BytesIO(b"caf\xe9 ok"))
    assert doc.text == "caf\u00e9 ok"
    assert doc.notes == ("not UTF-8: decoded as cp1252 (a guess by charset-normalizer)",)
    assert one_problem("-", stdin=io.StringIO("  \n\n")).reason == "empty: no text on standard input"


def test_stdin_html_page_goes_through_the_html_reader():
    page = "<!-- saved -->\n" + PAGE.format(lead=LEAD, second=SECOND)
    (doc,) = read("-", stdin=io.StringIO(page))
    assert (doc.source, doc.title, doc.date) == ("<stdin>", "Rifles seized at the border", "2024-03-04")
    assert doc.text.startswith(LEAD) and "<p>" not in doc.text


def test_stdin_wrapper_with_a_byte_buffer_is_read_as_bytes():
    stream = io.TextIOWrapper(io.BytesIO(LEAD.encode()), encoding="utf-8")
    (doc,) = read("-", stdin=stream)
    assert doc.text == LEAD


# ----------------------------------------------------------------------------- paths


def test_directories_are_read_recursively_in_sorted_order(tmp_path):
    write(tmp_path, "b.txt", LEAD)
    write(tmp_path, "a/z.md", f"# Rifles seized\n\n{SECOND}")
    write(tmp_path, "a/y.jsonl", jsonl({"text": "Guards closed the road to Brezna on Monday."}))
    write(tmp_path, "notes.csv", "not,an,article")
    write(tmp_path, ".hidden.txt", "Hidden files are skipped by the reader.")
    items = read(tmp_path)
    assert [Path(d.source.split(":")[0]).name for d in items] == ["y.jsonl", "z.md", "b.txt"]
    assert all(isinstance(d, Document) for d in items)


def test_globs_match_files(tmp_path):
    write(tmp_path, "one.txt", LEAD)
    write(tmp_path, "two.txt", SECOND)
    write(tmp_path, "three.md", SECOND)
    items = read(tmp_path / "*.txt")
    assert [Path(d.source).name for d in items] == ["one.txt", "two.txt"]


def test_a_glob_matching_nothing_is_a_problem(tmp_path):
    pattern = str(tmp_path / "*.nothing")
    assert one_problem(pattern) == SourceProblem(pattern, "no file matches this pattern")


def test_a_missing_path_is_a_problem_and_the_others_are_read(tmp_path):
    good = write(tmp_path, "good.txt", LEAD)
    missing = tmp_path / "missing.txt"
    items = read(missing, good)
    assert items[0] == SourceProblem(str(missing), "no such file or directory")
    assert items[1].text == LEAD


def test_a_jsonl_file_of_blank_lines_is_a_problem(tmp_path):
    assert one_problem(write(tmp_path, "a.jsonl", "\n\n  \n")).reason == "empty: no JSON lines"
    assert one_problem(write(tmp_path, "b.jsonl", "")).reason == "empty file"


def test_an_empty_path_and_a_broken_link_are_problems(tmp_path):
    assert one_problem("") == SourceProblem("''", "empty path")
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "missing.txt")
    assert one_problem(link).reason == "broken symbolic link"


def test_a_directory_with_no_usable_file_is_a_problem(tmp_path):
    write(tmp_path, "data/table.csv", "a,b")
    problem = one_problem(tmp_path / "data")
    assert problem.source == str(tmp_path / "data")
    assert problem.reason.startswith("no usable file in this directory")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_not_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert one_problem(fifo).reason == "not a regular file"


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads anything")
def test_an_unreadable_file_is_a_problem(tmp_path):
    path = write(tmp_path, "secret.txt", LEAD)
    path.chmod(0)
    assert one_problem(path).reason == "cannot read: Permission denied"


def test_a_binary_file_is_a_problem(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert one_problem(path).reason == "binary file, not text (NUL byte at offset 8)"


@pytest.mark.parametrize(("text", "encoding", "guess"), [
    ("Police in Brezna said the caf\u00e9 was closed.", "latin-1", "cp1252"),
    ("The minister\u2019s \u201cplan\u201d was rejected \u2013 again.", "cp1252", "cp1252"),
    ("\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 "
     "\u0432\u0441\u0442\u0440\u0435\u0442\u0438\u043b\u0441\u044f "
     "\u0441 \u043c\u0438\u043d\u0438\u0441\u0442\u0440\u043e\u043c.", "cp1251", "cp1251"),
])
def test_legacy_encodings_are_decoded_with_a_note_naming_the_guess(tmp_path, text, encoding, guess):
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    doc = one_document(path)
    assert doc.text == text.replace("\u2019s", "'s")  # the apostrophe inside a word is written straight
    assert doc.notes == (f"not UTF-8: decoded as {guess} (a guess by charset-normalizer)",)


def test_bytes_no_text_encoding_fits_are_binary(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(1, 256)) * 8)
    assert one_problem(path).reason == "binary file, not text (no text encoding fits it)"


def test_utf8_with_a_bom_and_utf16_are_read(tmp_path):
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + LEAD.encode())
    (tmp_path / "wide.txt").write_bytes(LEAD.encode("utf-16"))
    assert [d.text for d in read(tmp_path)] == [LEAD, LEAD]


@pytest.mark.parametrize(
    ("content", "reason"),
    [("", "empty file"), (" \n\n\t\n", "empty: no text"),
     ("Advertisement\n\nShare this article\nhttps://example.com/x\n",
      "no text left after removing boilerplate")],
)
def test_empty_files_are_problems(tmp_path, content, reason):
    assert one_problem(write(tmp_path, "a.txt", content)).reason == reason


def test_a_50_mb_single_line_is_refused_without_stopping_the_rest(tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.write(b"word " * (10 * 1024 * 1024))  # 50 MB, no line break
    lines = tmp_path / "huge.jsonl"
    with lines.open("wb") as f:
        f.write(b'{"text": "' + b"word " * (10 * 1024 * 1024) + b'"}\n')
        f.write(json.dumps({"text": LEAD}).encode() + b"\n")
    good = write(tmp_path, "good.txt", SECOND)
    items = read(huge, lines, good)
    assert items[0].source == str(huge) and items[0].reason.startswith("too large: 52,428,800 characters")
    assert items[1].source == str(lines) and items[1].reason.startswith("line 1: longer than")
    assert [d.text for d in items[2:]] == [LEAD, SECOND]


def test_documents_over_max_chars_are_split_into_parts_at_paragraphs(tmp_path):
    paragraphs = [f"{LEAD} It was stop number {n}." for n in range(12)]
    path = write(tmp_path, "long.txt", "date 2024-03-04\n\n" + "\n\n".join(paragraphs) + "\n")
    parts = read(path, max_chars=1000)
    assert [d.source for d in parts] == [f"{path}#{n}" for n in range(1, len(parts) + 1)] and len(parts) > 1
    assert {d.origin for d in parts} == {str(path.resolve())} and {d.date for d in parts} == {"2024-03-04"}
    assert all(len(d.text) <= 1000 for d in parts)
    assert "\n\n".join(d.text for d in parts) == "\n\n".join(paragraphs)  # cut between paragraphs only
    assert parts[0].notes == (f"longer than 1,000 characters: stored as {len(parts)} parts",)


def test_documents_over_the_part_limit_are_refused(tmp_path):
    path = write(tmp_path, "long.txt", LEAD * 200)
    assert one_problem(path, max_chars=1000).reason.startswith("too large: 2")
    assert isinstance(read(path, max_chars=100_000)[0], Document)


def test_control_characters_are_removed_but_tabs_and_paragraphs_kept(tmp_path):
    text = f"Border\x00 guards\x1b in\u200b Brezna\tsaid\x07 it.\r\n\r\n{SECOND}\x7f"
    assert clean_text(text) == f"Border guards in Brezna\tsaid it.\n\n{SECOND}"


def test_read_sources_never_raises_on_a_mixed_batch(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01")
    write(tmp_path, "ok.txt", LEAD)
    items = read(tmp_path / "nope", tmp_path / "*.zzz", tmp_path, "-", stdin=io.StringIO(""))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["SourceProblem", "SourceProblem", "SourceProblem", "Document", "SourceProblem"]


# ----------------------------------------------------------------------------- cleaning


def paragraphs(text: str) -> list[str]:
    return clean_text(text).split("\n\n")


def test_lines_become_paragraphs_and_no_sentence_spans_a_blank_line():
    text = f"{LEAD}\n{SECOND}\nThe guards said the lorry had\ncome from the mountains.\n\n\n\nLast line."
    cleaned = clean_text(text)
    assert cleaned.split("\n\n") == [
        LEAD, SECOND, "The guards said the lorry had come from the mountains.", "Last line."]
    assert "\n" not in cleaned.replace("\n\n", "")


def test_an_abbreviation_split_over_a_blank_line_is_joined():
    assert paragraphs("Attacks against U.\n\nS and allied troops rose in March, officials said.") == [
        "Attacks against U.S and allied troops rose in March, officials said."]


def test_markdown_markup_is_removed():
    text = "## Rifles seized\n\n- **Police** said [the lorry](https://x.example/a) was stopped.\n"
    assert paragraphs(text) == ["Rifles seized", "Police said the lorry was stopped."]


@pytest.mark.parametrize(
    "caption",
    [
        "Guards search a lorry near Brezna (Photo by Ada Lisk/Brezna Post)",
        "Guards search a lorry near Brezna (photo credit: ADA LISK/BREZNA POST)",
        "Guards search a lorry near Brezna\nPhoto: Ada Lisk/Brezna Post",
        "Guards search a lorry near Brezna\n(photo credit: ADA LISK/BREZNA POST)",
        "Guards search a lorry near Brezna\nImage credit: Ada Lisk",
        "Guards search a lorry near Brezna (Brezna Post/File Photo)",
        "Guards search a lorry near Brezna\nFile photo",
        "Guards search a lorry near Brezna\nGetty Images",
    ],
)
def test_photo_captions_and_credits_are_removed(caption):
    assert paragraphs(f"{LEAD}\n{caption}\n{SECOND}") == [LEAD, SECOND]


@pytest.mark.parametrize("caption", [
    "Guards search a lorry near Brezna during the Valdor Robot Expo Getty",
    "Guards search a lorry near Brezna, Tessaly Getty Images",
    "Guards search a lorry near Brezna, Tessaly Ada Lisk/AFP/Getty Images",
    "Guards search a lorry near Brezna in Port Vell, Tessaly, U.S Reuters",
])
def test_a_gallerys_caption_ending_in_its_credit_is_not_news(caption):
    assert paragraphs(f"{LEAD}\n\n{caption}\n\n{SECOND}") == [LEAD, SECOND]


def test_a_hard_wrapped_line_ending_in_an_agency_name_is_no_caption():
    """Old wire copy wraps its lines: "... buyout of Getty" + "Oil Co" is one sentence."""
    first = ["Pennvell Co said it agreed with Texarco Inc to cut the bond in its",
             "dispute with Pennvell Co to one billion dlrs. Yesterday, a state court",
             "granted a temporary injunction on the bond issue pending a hearing."]
    second = ["    The present litigation arose from Texarco Inc's buyout of Getty",
              "Oil Co in 1984. Pennvell sued, arguing its earlier deal to",
              "buy Getty was binding. Two state courts upheld Pennvell's",
              "position in rulings last year, and Texarco has appealed to",
              "the top court of the state, its lawyers said on Monday."]
    assert paragraphs("\n".join(first + second))[1] == " ".join(w.strip() for w in second)


def test_a_credit_does_not_take_a_story_paragraph_with_it():
    assert paragraphs(f"{LEAD}\n\nPhoto: Ada Lisk\n\n{SECOND}") == [LEAD, SECOND]


def test_a_duplicated_caption_with_credits_goes_entirely():
    caption = "Guards search a lorry near the northern town of Brezna during a patrol on Monday"
    text = f"{LEAD}\n{caption} (photo credit: ADA LISK/POST)\n{caption}\n(photo credit: ADA LISK/POST)\n{SECOND}"
    assert paragraphs(text) == [LEAD, SECOND]


@pytest.mark.parametrize(
    "teaser",
    [
        "ALSO READ: Five Things To Know About The Border Crisis",
        "Read more: Smugglers move north as patrols grow",
        "Check Also\n\nWhy the border towns fear the winter\n\n"
        "Smugglers in the north say the new patrols have made the roads more …",
        "LATEST DEVELOPMENTS:\nGuards seize drones at the borderMinister visits BreznaPrices climb in the north",
        "Related stories:\nSmugglers move north\nPatrols double on mountain roads",
    ],
)
def test_teasers_and_their_headlines_are_removed(teaser):
    assert paragraphs(f"{LEAD}\n{teaser}\n{SECOND}") == [LEAD, SECOND]


def test_a_teaser_at_the_end_takes_the_rest_of_the_teaser_only():
    text = f"{LEAD}\n\nCheck Also\n\nWhy the border towns fear the winter\n"
    assert paragraphs(text) == [LEAD]


def test_a_list_of_links_is_removed_but_single_subheadings_stay():
    links = "Smugglers move north\nPatrols double on mountain roads\nWho runs the border trade"
    text = f"Rifles seized at the border\n{LEAD}\nWhat the guards found\n{SECOND}\n{links}\n{SECOND}"
    assert paragraphs(text) == [
        "Rifles seized at the border", LEAD, "What the guards found", SECOND, SECOND]


def test_an_embedded_tweet_with_its_text_on_the_attribution_line_is_removed():
    tweet = ("Nobody in Brezna expected this. The guards acted fast. "
             "— Ada Lisk (@adalisk) March 4, 2024")
    assert paragraphs(f"{LEAD}\n\n{tweet}\n\n{SECOND}") == [LEAD, SECOND]


@pytest.mark.parametrize(
    "attribution",
    ["— Ada Lisk (@adalisk) March 4, 2024", "- Ada Lisk (@adalisk) Mar 4, 2024",
     "Ada Lisk (@adalisk) March 4, 2024"],
)
def test_an_embedded_tweet_above_its_attribution_line_is_removed(attribution):
    text = (f"{LEAD}\n\nNobody in Brezna expected this.\npic.twitter.com/AbC123xyz\n"
            f"{attribution}\n\n{SECOND}")
    assert paragraphs(text) == [LEAD, SECOND]


def test_bare_urls_are_removed_and_the_sentence_stays():
    text = f"{LEAD} Details are at https://ministry.example/press/12 and www.ministry.example today."
    assert clean_text(text) == f"{LEAD} Details are at and today."


@pytest.mark.parametrize(
    "line",
    ["Advertisement", "ADVERTISEMENT", "Story continues below advertisement",
     "Share this article", "Facebook Twitter WhatsApp Email", "Share | Tweet | Email",
     "Sign up for our Morning Briefing newsletter", "Subscribe now",
     "Follow us on Twitter for the latest news", "Copyright 2024 Brezna Post. All rights reserved.",
     "© 2024 Brezna Post", "By Ada Lisk", "By Ada Lisk and Tom Wen, Brezna Post",
     "Reporting by Ada Lisk; Editing by Tom Wen", "Click here to read the full report",
     "With files from The Vell Press", "With files from Vell News' Ada Lisk and Tom Wen.",
     "This is a developing story that will be updated.",
     "Brezna Post writers Ada Lisk in Vell and Tom Wen in Orlen contributed to this report.",
     "Brezna Post writers Ada Lisk in Vell, and Tom Wen in Denver, Colo., contributed to this report.",
     "Tom Wen contributed reporting from Vell.",
     "Reporting was contributed by Ada Lisk, Tom Wen, Ana Orr, Ben Tarr and Dan Kerr.",
     "Follow reporter Tom Wen @tomwen.", "Follow Ada Lisk on Twitter: @adalisk", "Follow Ada Lisk ✔ @adalisk",
     "This article has been adapted from its original source.",
     "This story has been updated to add a statement from the ministry.",
     "This article first appeared on The Brezna Post.",
     "This review originally appeared in the May 9, 2013 issue of Brezna Magazine.",
     "This report was originally published by Ada Lisk at Brezna Post",
     "Vell Tower floor plan Created with Sketch.",
     "Sign up for the Brezna Weekly Brief — the most important and interesting news from "
     "across the region, in your inbox.",
     "Story with @adalisk on this take our poll - story continues below Should the port reopen?",
     "Completing this poll grants you access to Brezna Post updates free of charge.",
     "Email This field is for validation purposes and should be left unchanged.",
     "You may opt out at anytime.", "You also agree to this site's Privacy Policy and Terms of Use.",
     "This article appeared on page C - 1 of the Brezna Chronicle",
     "A version of this article appears in print on May 2, 2011, on page B1 of the Vell edition.",
     "Check out the new Brezna Sports, the place for your local sports coverage.",
     "Disclaimer (varies by section): articles here may carry the opinions of their writers.",
     "Disclosure: the writer owns shares in Valdor Mining.",
     "Post was not sent - check your email addresses!", "Email check failed, please try again",
     "Sorry, your blog cannot share posts by email.", "Like this:", "Loading...",
     "You can send him an e-mail; subscribe to his RSS feed; follow him on Twitter.",
     "No articles have recently been shared in your network.",
     "If readers wish to report offensive comments or suggest a correction, email desk@brezna.example.",
     "The public may view the reports by going to the FCC Public File."],
)
def test_page_furniture_lines_are_removed(line):
    assert paragraphs(f"{LEAD}\n{line}\n{SECOND}") == [LEAD, SECOND]


def test_a_story_sentence_that_opens_with_follow_stays():
    """The follow-writer rule wants a handle or a network right after the name: a sentence of
    the story that begins with "Follow" is kept."""
    line = "Follow the money, investigators told the court on Tuesday."
    assert paragraphs(f"{LEAD}\n{line}\n{SECOND}") == [LEAD, line, SECOND]


@pytest.mark.parametrize("stamp", ["17:05 hrs IST: ", "09:40 GMT - ", "9.15 hrs: "])
def test_a_live_blogs_time_stamp_is_cut_and_a_time_in_a_sentence_stays(stamp):
    """A live blog's entry opens with its time ("17:05 hrs IST: ..."): the time is no subject
    of the entry; "at 10:00 GMT" inside a sentence stays."""
    assert clean_text(f"{stamp}{SECOND}") == SECOND
    assert clean_text("The talks began at 10:00 GMT and ended late.") == "The talks began at 10:00 GMT and ended late."


def test_a_wire_dateline_with_an_underscore_is_cut():
    """The AP's older style: "PORT VELL _ Guards seized ...": the place is no subject."""
    assert clean_text(f"PORT VELL _ {SECOND}") == SECOND


def test_a_related_story_ending_in_a_link_goes_with_its_headline():
    """A related story set in the article: its headline line and its summary ending in "Full
    story"; a sentence that only mentions the full story stays."""
    keep = "The ministry said the full story would come out at the trial."
    text = (f"{LEAD}\n\nOrlen's daughter sends defiant message\n\nFrom her father's compound the "
            "daughter sent a message on Friday, she told a crowd. Full story\n\n"
            f"{keep}\n\n{SECOND}")
    assert paragraphs(text) == [LEAD, keep, SECOND]


def test_sentences_that_resemble_furniture_are_kept():
    keep = ["By Monday, the guards had searched every lorry on the road.",
            "Police said the newsletter of the smugglers' union was seized.",
            "Share prices in Brezna fell after the raid, traders said.",
            "Photos by residents showed the burnt lorry.",
            "Related talks are planned for April, the ministry said.",
            "The ministry said the smugglers contributed to the report's delay.",
            "This article appeared to anger the minister, aides said.",
            "Check-out times at the border rose to six hours."]
    assert paragraphs("\n".join([LEAD, *keep])) == [LEAD, *keep]


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Militia leader arrested in raid Security forces in Brezna said on Monday that they had "
         "detained the leader of a smuggling gang.", "Militia leader arrested in raid"),
        ("Minister Vows To Close The Border Roads The interior ministry said on Monday that all "
         "mountain roads would be closed.", "Minister Vows To Close The Border Roads"),
        ("date 2024-03-04 Guards seize rifles in lorry Police in Brezna said on Monday that guards "
         "had found forty rifles.", "Guards seize rifles in lorry"),
    ],
)
def test_a_headline_glued_to_the_first_sentence_is_split_off(text, headline, tmp_path):
    first, rest = clean_text(text).split("\n\n")
    assert first == headline
    doc = one_document(write(tmp_path, "a.txt", text))
    assert doc.title == headline and doc.text == rest


@pytest.mark.parametrize(
    "lead",
    [
        "Security forces detained Ilja Marek on Sunday in a raid near the border, officials said.",
        "Prime Minister Elena Strand ordered the raid on the camp after weeks of attacks.",
        "Kestria warns Marovia over border clashes as talks stall in the capital.",
        "Two senior officials told Reuters on Monday that the talks had failed.",
        "Police officers said Tuesday that the guards found forty rifles in the lorry.",
    ],
)
def test_an_ordinary_first_sentence_is_not_split(lead):
    assert clean_text(lead) == lead


def test_the_real_sentences_of_the_example_corpus_survive_and_the_boilerplate_goes():
    docs = read(EXAMPLES)
    assert all(isinstance(d, Document) for d in docs), [d for d in docs if not isinstance(d, Document)]
    assert len(docs) == 8
    assert all(d.date and d.title for d in docs)
    text = "\n".join(d.text for d in docs)
    for junk in ("Photo", "ALSO READ", "Read more", "@lenaokafor", "Advertisement", "newsletter",
                 "Check Also", "http", "Share this", "Copyright", "More from our coverage",
                 "Who are the northern militias", "By Tomas Lind", "date 2024"):
        assert junk not in text, junk
    assert "Security forces in Marovia captured a senior commander" in text
    assert "The Front said it would target" in text


def test_parse_article_on_plain_text():
    article = parse_article(f"Rifles seized at the border\nJune 25, 2020\n{LEAD}")
    assert (article.title, article.date, article.text) == (
        "Rifles seized at the border", "2020-06-25", LEAD)


# ----------------------------------------------------------------------------- user rules


def test_a_user_rules_file_extends_the_built_in_rules(tmp_path):
    rules_file = write(tmp_path, "rules.yaml", """
drop_line:
  - name: listen
    phrase: "Listen to this article"
  - '^Brezna Post staff$'
remove_span:
  - '\\[\\d+\\]'
""")
    rules = load_rules(rules_file)
    text = f"{LEAD} [3]\nListen to this article (4 min)\nBrezna Post staff\nAdvertisement\n{SECOND}"
    assert clean_text(text, rules).split("\n\n") == [LEAD, SECOND]
    assert "Brezna Post staff" in clean_text(text)  # the defaults alone keep it
    path = write(tmp_path, "a.txt", text)
    (doc,) = read(path, rules=rules)
    assert doc.text == f"{LEAD}\n\n{SECOND}"


def test_user_settings_override_and_disable_switches_rules_off(tmp_path):
    rules = load_rules(write(tmp_path, "rules.yaml", """
settings:
  link_list_min_lines: 2
disable: [advertisement]
"""))
    text = f"{LEAD}\nSmugglers move north\nPatrols double on mountain roads\n{SECOND}\nAdvertisement:"
    assert clean_text(text, rules).split("\n\n") == [LEAD, SECOND, "Advertisement:"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("drop_line:\n  - name: broken\n    pattern: '(unclosed'\n",
         "rule 'broken' in 'drop_line': bad regular expression"),
        ("drop_lines: []\n", "unknown key 'drop_lines'"),
        ("settings:\n  link_list_min_lines: many\n", "setting 'link_list_min_lines' must be int"),
        ("teaser:\n  - name: empty\n", "rule 'empty' in 'teaser' has neither 'pattern' nor 'phrase'"),
        ("drop_line: [unclosed\n", "not valid YAML"),
        ("- just a list\n", "expected a mapping"),
    ],
)
def test_a_bad_rules_file_names_the_file_and_the_cause(tmp_path, content, message):
    path = write(tmp_path, "rules.yaml", content)
    with pytest.raises(RulesError) as info:  # a ValueError: the CLI reports it in one line
        load_rules(path)
    assert str(info.value).startswith(str(path)) and message in str(info.value)


def test_a_missing_rules_file_is_a_rules_error(tmp_path):
    with pytest.raises(RulesError, match="cannot read rules file"):
        load_rules(tmp_path / "nope.yaml")


def test_the_readme_rules_example_works(tmp_path):
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    example = readme.split("```yaml\n", 1)[1].split("```", 1)[0]
    rules = load_rules(write(tmp_path, "rules.yaml", example))
    text = f"{LEAD} [2]\nListen to this article\nBy Ada Lisk\n{SECOND}"
    assert clean_text(text, rules).split("\n\n") == [LEAD, "By Ada Lisk", SECOND]


# ---------------------------------------------------------------- web and wire boilerplate (issue 12)


@pytest.mark.parametrize(
    "junk",
    [
        "Image caption, Guards search a lorry near Brezna",
        "Image caption\nGuards search a lorry near Brezna",
        "Image copyright\nBrezna Post",
        "Media caption The governor speaks to reporters in Brezna",
        "Media playback is unsupported on your device",
        "Listen 4 min",
        "Listen to this article · 3 min",
        "Gift Article",
        "Read more: Smugglers seized at the northern border",
        "Get our free morning briefing newsletter in your inbox",
        "Guards search a lorry near Brezna\n\nView gallery - 4 images",
        "2",
        "***",
        "REUTER",
        "Governor Ada Lisk At The Border",
        "WHAT HAPPENS NEXT",
        "We independently review every kettle we list.",
        "Additional reporting, Ana Orr",
        "- 7/30 Crews repair a bridge over the river in Brezna, Kestria Ana Orr/AFP/Getty Images\n"
        "- 8/30 A crane lifts the new span into place in Brezna Getty Images",
        "Our editors love these boots. We may earn a commission if you buy through our links.",
    ],
)
def test_web_and_wire_boilerplate_is_removed(junk):
    assert paragraphs(f"{LEAD}\n\n{junk}\n\n{SECOND}") == [LEAD, SECOND]


def test_a_caption_repeated_in_the_article_goes_every_time():
    caption = "Guards search a lorry near the town of Brezna on the first day of the operation"
    text = f"Rifles seized\n\n{LEAD}\n\n{caption}\n\n{SECOND}\n\n{caption}\n\nThe lorry was impounded."
    assert caption not in clean_text(text)


def test_a_short_line_with_a_verb_in_lowercase_stays():
    # a live-blog heading is a sentence without a full stop: it is news, not a caption
    heading = "Marovia says it closed the border"
    assert paragraphs(f"{LEAD}\n\n{heading}\n\n{SECOND}") == [LEAD, heading, SECOND]


def test_hard_wrapped_wire_copy_joins_lines_that_start_with_a_capital():
    text = (
        "BREZNA, March 2 - Border guards stopped a lorry carrying\n"
        "rifles near the town of Brezna on Monday, said Interior\n"
        "Minister Ada Lisk, who ordered the border closed to all\n"
        "traffic until further notice and asked Prime Minister\n"
        "Tomas Verin to call an emergency meeting of the cabinet.\n"
        "    The driver was arrested and the weapons were taken to\n"
        "the capital for inspection by the army, police said on\n"
        "Tuesday in a statement read to reporters in the capital.\n"
    )
    assert clean_text(text).split("\n\n") == [
        "Border guards stopped a lorry carrying rifles near the town of Brezna "
        "on Monday, said Interior Minister Ada Lisk, who ordered the border closed to all traffic "
        "until further notice and asked Prime Minister Tomas Verin to call an emergency meeting "
        "of the cabinet.",
        "The driver was arrested and the weapons were taken to the capital for inspection by the "
        "army, police said on Tuesday in a statement read to reporters in the capital.",
    ]


def test_wire_copy_whose_dateline_was_cut_upstream_keeps_its_first_sentence_whole():
    """Archived wire stories often come without the dateline that began their first line, so
    the line is short and breaks a name: "Finance Minister Tomas" + "Verin, who ..."."""
    text = (
        "Tessalian Finance Minister Tomas\n"
        "Verin, who suspended payments to foreign banks two months\n"
        "ago, said the banks had to trust the government when it said\n"
        "the country would keep servicing its debt this year.\n"
        "    Speaking to reporters at the embassy in Valdor, Verin said\n"
        "he would not seek approval of the programme abroad and that\n"
        "he expected the talks to go on for several weeks at least.\n"
        "    About the Ministry\n"
        "The ministry was founded in 1921 and has a staff of two hundred.\n"
    )
    first, *rest = clean_text(text).split("\n\n")
    assert first.startswith("Tessalian Finance Minister Tomas Verin, who suspended payments")
    assert "About the Ministry The ministry" not in clean_text(text)  # a label further down is no cut


@pytest.mark.parametrize("label", ["Story highlights ", "Vell News @vellnews - 13:06 utc - 27 Nov 2018 "])
def test_a_summary_box_or_embedded_post_label_is_no_part_of_the_sentence(label):
    """CNN's "Story highlights" box label, a scraped post's "Name @handle - time - date" header."""
    assert paragraphs(f"Rifles seized\n\n{label}{LEAD}\n\n{SECOND}") == ["Rifles seized", LEAD, SECOND]


@pytest.mark.parametrize("link", [" (search)", " (video)", " (See the video report of the raid)",
                                  " (see photos)"])
def test_a_links_words_in_brackets_are_no_part_of_the_sentence(link):
    """An outlet's link text inside a sentence ("Vell Corp (search) said ...")."""
    assert paragraphs(f"Rifles seized\n\n{LEAD}{link}\n\n{SECOND}") == ["Rifles seized", LEAD, SECOND]


def test_a_link_line_ending_in_an_arrow_is_not_news():
    assert paragraphs(f"Rifles seized\n\n{LEAD}\n\nWatch the mayor tour the port »\n\n{SECOND}") == [
        "Rifles seized", LEAD, SECOND]


def test_a_sentence_that_names_an_agency_at_its_end_stays():
    text = "The figures were first reported by Reuters."
    assert paragraphs(f"Rifles seized\n\n{text}") == ["Rifles seized", text]


@pytest.mark.parametrize("dateline", ["BREZNA, March 2 - ", "BREZNA/VALDOR, March 7 (Reuters) - ",
                                      "BREZNA (AP) — ", "BREZNA, Ore. — ", "PORT VELL, Tessaly (AP) — ",
                                      "BREZNA — ", "Brezna (Tessaly Radio) -- ", "Port Vell, Tessaly (VNS) — ",
                                      "VALDOR, Conn., March 31 - ", "Port Vell, March 30 - ",
                                      "Brezna – ", "Port Vell, N.Y. — ", "PORT VELL, Fla. ",
                                      "BREZNA, Tenn. (AP) ", "BREZNA, Nov. 15, 2006 (Xinhua) - ",
                                      "VALDOR, Dec 5, 2005 - ", "Port Vell, April 1, 1997 (AFP) - ",
                                      "BREZNA, Ore., Jan. 11 ", "Brezna (CNN) ", "Port Vell (AP)",
                                      "PORT VELL, Tessaly, Aug 23, VMC – ",
                                      # a date before or after the place, the day before the month
                                      "15 September 2025, Port Vell, Tessaly – ", "BREZNA, 3 March 2024 — ",
                                      "March 3, 2024, Brezna, Tessaly - ",
                                      # a region before the date; no space after the month's dot
                                      "BREZNA, Vell-held Tessaly, April 27 (Xinhua) -- ",
                                      "BREZNA, Dec.11 (Xinhua) -- ", "BREZNA, Sept. 9 (Xinhua) --- ",
                                      # a long dash with no space around it
                                      "BREZNA—", "PORT VELL, Tessaly—",
                                      # two hyphens after a place in title case
                                      "Port Vell -- "])
def test_a_wire_dateline_is_not_part_of_the_first_sentence(dateline):
    assert paragraphs(f"Rifles seized\n\n{dateline}{LEAD}") == ["Rifles seized", LEAD]


@pytest.mark.parametrize("counter", ["14 / 18: ", "3 of 12 | ", "(2/9) - "])
def test_a_photo_gallerys_captions_are_not_news(counter):
    caption = f"{counter}Brezna's Ivo Dran checks Valdor's Tom Lee during the regional final on Friday."
    assert paragraphs(f"Rifles seized\n\n{caption}\n\n{LEAD}") == ["Rifles seized", LEAD]


@pytest.mark.parametrize("notice", ["This story has been edited to correct the date of the vote.",
                                    "Editor's note: An earlier version gave the wrong town.",
                                    "An earlier version of this article misspelled the mayor's name."])
def test_an_editors_correction_notice_is_not_news(notice):
    assert paragraphs(f"Rifles seized\n\n{LEAD}\n\n{notice}") == ["Rifles seized", LEAD]


@pytest.mark.parametrize("stamp", ["13.08 ", "06:25 GMT: ", "9.41am ", "21:05 - "])
def test_a_live_blogs_time_stamp_is_no_part_of_the_entry(stamp):
    """A live blog opens each entry with the time: "13.08 Tom Wen, the mayor, ..." would give
    the subject "13.08 Tom Wen"."""
    assert paragraphs(f"Rifles seized\n\n{stamp}{LEAD}") == ["Rifles seized", LEAD]


def test_a_number_that_opens_a_sentence_is_no_time_stamp():
    for text in ("10.5 million people voted on Sunday.", "2.75 percent was the rate the bank set."):
        assert paragraphs(text) == [text]


def test_a_dash_inside_a_sentence_or_a_hyphenated_place_is_no_dateline():
    for text in ("Tom Wen – the mayor – spoke on Monday.", "Brezna-based Vell Corp said it grew.",
                 "Tom Wen -- The mayor -- spoke on Monday.",
                 "On 3 March 2024, Tom Wen - the mayor - spoke."):
        assert paragraphs(text) == [text]


def test_a_dateline_cut_from_a_wrapped_line_leaves_the_sentence_whole():
    text = ("Losses ahead\n\nVALDOR, Tessaly, March 3 - Orvik Communications\n"
            "Co said it expects to report losses for the fourth quarter.\n")
    assert paragraphs(text)[1] == "Orvik Communications Co said it expects to report losses for the fourth quarter."


def test_an_opening_quotation_mark_typed_at_a_quotations_close_closes_it():
    assert clean_text("“We will stay,“ Orr said. He added: “No.“") == "“We will stay,” Orr said. He added: “No.”"
    assert clean_text("Orr said, “we will stay.”") == "Orr said, “we will stay.”"


def test_a_labelled_headline_above_a_paragraph_stays_apart_from_it():
    """ "Analysis: Vellco weighs a sale" loses its label; the headline is no start of the
    long paragraph under it (the two read as one sentence put the headline's names in it)."""
    text = ("Analysis: Vellco weighs a sale of its Kestria arm to Orvane Holdings\n"
            "Vellco's board met on Monday to discuss an offer for the unit, which employs 400 "
            "people in Tarrow, two people familiar with the talks said.\n")
    assert paragraphs(text) == ["Vellco weighs a sale of its Kestria arm to Orvane Holdings",
                                "Vellco's board met on Monday to discuss an offer for the unit, which employs 400 "
                                "people in Tarrow, two people familiar with the talks said."]


def test_wire_angle_brackets_around_company_names_go_and_tickers_after_a_name_go_whole():
    text = ("A group said it bought a stake in Vell Bancorp <VELB> and may buy more.\n\n"
            "The Government will sell 25 pct of state-owned <Brezna Air Ltd> to the public.")
    assert clean_text(text) == ("A group said it bought a stake in Vell Bancorp and may buy more.\n\n"
                                "The Government will sell 25 pct of state-owned Brezna Air Ltd to the public.")
    assert clean_text("He wrote that 3 < 4 and 5 > 2.") == "He wrote that 3 < 4 and 5 > 2."


def test_a_curly_apostrophe_inside_a_word_is_written_straight_and_quotes_stay():
    """The parser reads "It’s" as a verb "’" and "Trump’s" as the noun "trump"."""
    text = "It’s Vell’s deal, and it isn’t ‘nothing’ for O’Hare’s staff."
    assert clean_text(text) == "It's Vell's deal, and it isn't ‘nothing’ for O'Hare's staff."


def test_a_plurals_curly_apostrophe_is_written_straight_and_a_closing_quote_stays():
    """ "passed the Republicans’ showcase bill": the parser took "’" for a closing quote, and the
    Republicans for what was passed. After a "‘" in the sentence it closes the quote."""
    assert clean_text("The Senate passed the Kestrians’ sweeping bill.") == \
        "The Senate passed the Kestrians' sweeping bill."
    assert clean_text("Orr called it ‘a bill of rights’ on Friday. The Vellians’ bill passed.") == \
        "Orr called it ‘a bill of rights’ on Friday. The Vellians' bill passed."
    assert clean_text("He said ‘no more taxes’ and left.") == "He said ‘no more taxes’ and left."


def test_a_promotion_or_a_photo_credit_run_into_the_next_sentence_goes_and_the_sentence_stays():
    """Pages scraped without their paragraph breaks: "CLICK HERE TO GET THE VELL NEWS APPWhen
    pressed ...", "... home port.(Vell Navy via Getty Images)While much ...", "Photo:
    REUTERS/Ana VellKestrian Prime Minister ..." (the whole line went, sentence and all), and
    a blog feed's "The post ... appeared first on ..."."""
    assert clean_text("Tom Orr spoke. CLICK HERE TO GET THE VELL NEWS APPWhen pressed, Tom Orr said Vellia would "
                      "act.") == "Tom Orr spoke.\n\nWhen pressed, Tom Orr said Vellia would act."
    assert clean_text("The USS Tarrow left its home port.(Vell Navy via Getty Images)While much attention is on the "
                      "navy, Ana Vell said the gap is wide.") == \
        "The USS Tarrow left its home port.\n\nWhile much attention is on the navy, Ana Vell said the gap is wide."
    assert clean_text("Photo: REUTERS/Ana VellKestrian Prime Minister Tom Orr will meet Dan Kerr.") == \
        "Kestrian Prime Minister Tom Orr will meet Dan Kerr."
    assert clean_text("The summit was set for Monday.\n\nThe post Orr-Kerr summit set as Vellian PM reshapes "
                      "inner circleappeared first onwww.vellnews.com.") == "The summit was set for Monday."


def test_a_video_players_text_and_a_writers_line_with_its_beat_go():
    """ "Video Ad Feedback <title> 13:55 - Source: VNN" run into the text, and "Ana Vell is a
    Reporter at Vell News Digital covering Politics, U.S. and World news." (its beat after it)."""
    assert clean_text("Tom Orr spoke on Monday. Video Ad Feedback Sen. Dan Kerr: 'Unacceptable' to sell arms "
                      "13:55 - Source: VNN Dan Kerr said the sale would go ahead.") == \
        "Tom Orr spoke on Monday.\n\nDan Kerr said the sale would go ahead."
    assert clean_text("Tom Orr spoke on Monday.\n\nAna Vell is a Reporter at Vell News Digital covering Politics, "
                      "U.S. and World news.") == "Tom Orr spoke on Monday."


def test_a_contact_line_a_comment_request_and_a_funders_note_go_and_the_story_stays():
    """The writer's address ("Reach reporter Ana Vell at avell@vellnews.com."), the request for
    comment nobody answered and the funder's disclosure say how the story was made, not what
    happened: each sentence goes. A refusal to answer "calls for a ceasefire" is a fact and
    stays, as does a sentence that goes on after the request."""
    text = ("Orvane cut 300 jobs. Vellco did not immediately respond to a Vell News request for comment. "
            "Tom Orr could not be reached for comment. Kestria did not answer calls for a ceasefire. "
            "Orvane did not answer a phone call from the Vell Times. "
            "Reach reporter Ana Vell at avell@vellnews.com. Story tips can be sent to tom.orr@vell.com. "
            "The ministry has not replied to requests for comment, but "
            "it later denied the report. This coverage is funded by the Orvane Foundation. The Orvane Foundation "
            "does not provide editorial input. The talks resume on Monday.")
    assert clean_text(text) == ("Orvane cut 300 jobs. Kestria did not answer calls for a ceasefire. The ministry "
                                "has not replied to requests for comment, but it later denied the report. This "
                                "coverage is funded by the Orvane Foundation. The talks resume on Monday.")


def test_a_wire_photos_caption_inside_the_text_goes_with_its_credit():
    """A republished wire story keeps its pictures' captions in the text: the caption's date
    ends its first sentence, "FILE - " may open it, and "(AP Photo/...)" ends it. The scene
    it shows is no fact of the story, and the credit opened the next sentence."""
    text = ("Most schools have closed. FILE - Vellian soldiers guard an area in Kestford, Vellia, May 20, 2022. "
            "The city was the first to fall. (AP Photo, File) Supplies of goods are uneven. "
            "Tom Orr and his family pose in a park in Orlen, Vellia, Tuesday, Aug. 16, 2022. (AP Photo/Ana Vell) "
            "Tom Orr said on Aug. 16 that he was leaving.")
    assert clean_text(text) == "Most schools have closed. Supplies of goods are uneven. " \
        "Tom Orr said on Aug. 16 that he was leaving."
    text = ("The talks went on. In this handout photo released by the Vellian Parliament, lawmakers attend a session "
            "in Orlen, Vellia, Thursday, Aug. 11, 2022. Vellia's Parliament has declared Kestria a sponsor of terror. "
            "In this photo provided by the Defense Ministry, a missile is fired at an undisclosed location, on May 25, "
            "2022. (Kestrian Defense Ministry via AP) In this case, the court ruled in 2021.")
    assert clean_text(text) == "The talks went on. Vellia's Parliament has declared Kestria a sponsor of terror. " \
        "In this case, the court ruled in 2021."
    text = ("Tom Orr rallied. FILE - Vellian Gov. Tom Orr speaks at the Vell Conference (VC) in Orlen, Aug. 4, 2022. "
            "(AP Photo/Dan Kerr) Orr often knocks Ana Vell for high prices.")
    assert clean_text(text) == "Tom Orr rallied. Orr often knocks Ana Vell for high prices."
    text = ("Kestford remains at the heart of the conflict. (AP Photo, File) Tom Orr and his family pose in a park in "
            "Orlen, Vellia, Tuesday, Aug. 16, 2022. It was early one morning when life became too much for Tom Orr. "
            "The vote was held on Tuesday, Aug. 16.")
    assert clean_text(text) == "Kestford remains at the heart of the conflict. It was early one morning when life " \
        "became too much for Tom Orr. The vote was held on Tuesday, Aug. 16."


def test_a_pictures_caption_in_the_agencys_or_the_photographers_form_goes():
    """Three captions a story's sentence never looks like: a wire caption dated with the place
    run into the day ("... in Kestford, Vellia March 3, 2015."), a caption run into the story
    with the agency's credit in brackets ("... on Monday after the price cut (PA) The opposition
    ..."), and a paragraph with no period whose verb is the photographer's participle ("The old
    Orlen bridge seen from the east bank ..."). A dated sentence of the story stays, and a
    dateline goes only to its credit's dash."""
    assert clean_text("1 of 2. Firefighters work at the scene of a blaze in Kestford, Vellia March 3, 2015.\n\n"
                      "ORLEN (Reuters) - Two workers were hurt in the fire, the police said.") == \
        "Two workers were hurt in the fire, the police said."
    assert clean_text('"It will take years," she said. Shoppers queue outside a Kestford store on Monday after the '
                      "price cut (PA) Opposition leader Tom Orr criticised the plan.") == \
        '"It will take years," she said. Opposition leader Tom Orr criticised the plan.'
    assert clean_text("The council met on Friday.\n\nThe old Orlen bridge seen from the east bank at dawn, with fog "
                      "over the water\n\nThe council will vote next week.") == \
        "The council met on Friday.\n\nThe council will vote next week."
    kept = ("Prime Minister Tom Orr will attend a ceremony. He was born in Kestford, Vellia on May 20, "
            "1970. The firm was seen as a leader in its field.")
    assert clean_text(kept) == kept
    assert clean_text("ORLEN (AP) - Tom Orr will attend.") == "Tom Orr will attend."


def test_a_timelines_date_run_into_its_entry_is_no_part_of_the_entry():
    """ "July 5White House press secretary Ben Tarr says ...": the tokenizer kept "5White" one
    word; the entry is a sentence of its own, and a date in a sentence stays."""
    cleaned = clean_text("Timeline of the case. May 25Orr's wife, Ana Orr, urges Dan Kerr to act. July 5White "
                         "House press secretary Ben Tarr says the case is a priority. He spoke on May 5 and June 3. "
                         "Feb. 5, 2018 Orr, who served as Kerr's adviser, was tapped twice.")
    assert "Orr's wife, Ana Orr, urges Dan Kerr to act." in cleaned.split("\n\n"), cleaned
    assert "White House press secretary Ben Tarr says the case is a priority. He spoke on May 5 and June 3." \
        in cleaned.split("\n\n"), cleaned
    assert "Orr, who served as Kerr's adviser, was tapped twice." in cleaned.split("\n\n"), cleaned


def test_a_credit_a_scraper_ran_into_the_next_paragraph_goes():
    """ "(Ana Vell/The Kestria Herald)Han, a freelancer": the credit would join the name after
    it; a dateline's agency ("Kyiv (AP)Ukraine") and an acronym stay to their own rules."""
    assert clean_text("(Illustration by Ana Vell/The Kestria Herald)Han, a freelancer in Orlen, was single.") == \
        "Han, a freelancer in Orlen, was single."
    assert clean_text("The minister spoke on Friday. (Vellnap)The court ruled on Monday.") == \
        "The minister spoke on Friday. The court ruled on Monday."
    assert clean_text("The Orlen Party (OP) said on Monday it would vote.") == \
        "The Orlen Party (OP) said on Monday it would vote."


def test_a_broadcasters_note_on_its_transcripts_is_no_news():
    text = "Vell Radio transcripts are created on a rush deadline by a contractor."
    assert paragraphs(f"Rifles seized\n\n{LEAD}\n\n{text}") == ["Rifles seized", LEAD]


def test_an_accent_or_a_backtick_for_an_apostrophe_is_written_straight():
    """Some pages set "´" or "`" for the apostrophe: "Stacie Vell´s wedding ring" was read as
    a place "Stacie Vell´s"."""
    assert clean_text("Stacie Vell´s ring and Tom Orr`s car aren´t here.") == \
        "Stacie Vell's ring and Tom Orr's car aren't here."


def test_readers_comments_after_the_comment_heading_are_no_article():
    """A 2008 page: the story, "Comments are now closed for this story", then readers'
    opinions that would become facts; a comment count near the top ends nothing."""
    comments = ("Ada Lisk is a narrow minded zealot who only listens to the rich.\n\n"
                "Stop whining and spending, Vell!!!")
    body = " ".join([LEAD, SECOND] * 3)
    text = f"Rifles seized\n\nComments (3)\n\n{body}\n\nComments are now closed for this story\n\n{comments}"
    cleaned = clean_text(text)
    assert LEAD in cleaned and "zealot" not in cleaned and "whining" not in cleaned
    assert "Comments" not in cleaned.split("\n\n")[-1]


@pytest.mark.parametrize("label", ["Tags: vell tarn merger abuse", "Keywords: Vell, Tarn",
                                   "Filed under: Business", "Tagged with: vell, tarn"])
def test_tag_and_keyword_lines_are_removed(label):
    """A page's tag line ("Tags: vell tarn merger abuse") is no sentence: its words made facts."""
    assert paragraphs(f"{LEAD}\n\n{label}\n\n{SECOND}") == [LEAD, SECOND]


# ---------------------------------------------------------------- the page talking about itself (issue 12)


@pytest.mark.parametrize(
    "junk",
    [
        "Please turn on JavaScript. Media requires JavaScript to play.",
        "Please enable JavaScript to view the comments.",
        "Your browser does not support the video tag.",
        "The author is a Brezna Post contributor. The opinions expressed are those of the writer.",
        "Purchase this story for reprint.",
        "Article licensing and reprint options",
        "About this capture",
        "Starting in 1996, a crawler has been donating its crawl data to the Internet Archive.",
        "Stock quotes are delayed at least 15 minutes.",
        "Get the latest Orvane Bank stock price here.",
        "(Story continues below)",
        "Just hit 'Like' on our Brezna Post Facebook page and 'Follow' on our Twitter account.",
        "Keep up with this story and more by subscribing now",
        "If you want other stories on this topic, search the Archives.",
        "The new lorry is the best-handling truck in the world. Photos",
        "Terms of Use Privacy Statement",
        "Explore further: Guards search lorries near Brezna",
    ],
)
def test_the_pages_notes_about_itself_are_no_news(junk):
    assert paragraphs(f"{LEAD}\n\n{junk}\n\n{SECOND}") == [LEAD, SECOND]


@pytest.mark.parametrize(
    "sentence",
    [
        "The company said its new browser will require JavaScript developers to sign code.",
        "Analysts said the views expressed by the minister were those of a man under pressure.",
        "The terms of use of the land and privacy of residents were discussed.",
        "He arrived late. Photos of the meeting were later released by the ministry.",
        "Officials said prices were delayed by the strike.",
    ],
)
def test_a_story_sentence_about_browsers_or_views_stays(sentence):
    assert paragraphs(f"{LEAD}\n\n{sentence}\n\n{SECOND}") == [LEAD, sentence, SECOND]


# -- language ---------------------------------------------------------------------------------

FRENCH = ("Le conseil municipal de Brezna a voté lundi la fermeture du port pendant un an. "
          "Le maire a déclaré que les navires iraient désormais à Vell, et les pêcheurs ont "
          "manifesté devant la mairie toute la journée.")


def test_an_article_in_another_language_is_skipped_with_the_reason(tmp_path):
    """The parser is English: a French article would give false facts, so it is not read."""
    problem = one_problem(write(tmp_path, "port.txt", f"Le port ferme\n\n{FRENCH}\n"))
    assert problem.reason.startswith("written in another language (fr), not en")
    assert "'languages'" in problem.reason


def test_the_languages_setting_reads_every_article(tmp_path):
    path = write(tmp_path, "port.txt", f"Le port ferme\n\n{FRENCH}\n")
    rules = tmp_path / "rules.yaml"
    rules.write_text("settings:\n  languages: []\n", encoding="utf-8")
    (doc,) = read(path, rules=load_rules(rules))
    assert "Brezna" in doc.text


def test_an_english_article_quoting_another_language_is_read(tmp_path):
    text = f"Port closes\n\n{LEAD}\n\nA sign on the gate read: \"{FRENCH.split('. ')[0]}.\"\n\n{SECOND}\n"
    assert "Brezna" in one_document(write(tmp_path, "port.txt", text)).text


def test_a_question_written_three_times_is_a_widget_not_news():
    """A poll box repeats its question ("Will the port reopen?" thrice): every copy goes; a
    sentence written twice stays (a quotation may be repeated)."""
    question = "Will the port of Brezna reopen before winter?"
    text = f"Port\n\n{LEAD}\n{question}\n{question}\n{question}\n{SECOND}\n"
    assert paragraphs(text) == ["Port", LEAD, SECOND]
    twice = f"Port\n\n{LEAD}\n{SECOND}\n{SECOND}\n"
    assert paragraphs(twice).count(SECOND) == 2


def test_apostrophes_an_encoding_dropped_are_put_back():
    """A page whose curly apostrophes were lost ("Tarn s plan", "wasn t"): the parser read
    "he s a" as a verb "s" and "Vell wasn t" as a name."""
    text = "Vell wasn t at the meeting. He s a mayor, and Tarn s plan won t pass. I m sure we re right."
    assert clean_text(text) == (
        "Vell wasn't at the meeting. He's a mayor, and Tarn's plan won't pass. I'm sure we're right.")


def test_apostrophes_an_encoding_turned_into_question_marks_are_put_back():
    """ "Ban Tarn?s envoy said after today?s meeting he didn?t know": the encoding wrote "?"
    for each apostrophe; a real question stays a question, and one such gap alone is left."""
    text = "Ban Tarn?s envoy said after today?s meeting that he didn?t know. Why? Nobody knows."
    assert clean_text(text) == (
        "Ban Tarn's envoy said after today's meeting that he didn't know. Why? Nobody knows.")
    assert clean_text("Is it Tarn?s? Nobody knows.") == "Is it Tarn?s? Nobody knows."


def test_one_lone_letter_is_no_lost_apostrophe():
    """An article with one such gap only is left as written (a lone "s" may be a letter)."""
    assert clean_text("The letter s stood on the door of Vell Hall.") == (
        "The letter s stood on the door of Vell Hall.")


def test_an_embedded_post_signature_run_into_the_text_ends_the_post():
    """The post's dash and line break lost: its signature goes, and the article's next
    sentence is no longer one with the post."""
    text = ("The mayor won the vote. We will build the bridge! Ana Vell (@anavell) July 1, 2017The "
            "council praised Ana Vell on Tuesday.")
    assert paragraphs(text) == ["The mayor won the vote. We will build the bridge!",
                                "The council praised Ana Vell on Tuesday."]


def test_a_sentence_glued_to_an_exclamation_is_its_own():
    assert paragraphs("What a result for Kestford!The mayor said so on Monday.") == [
        "What a result for Kestford!", "The mayor said so on Monday."]


@pytest.mark.parametrize(
    "note",
    ["Featured image via Ana Vell/Getty Images", "Photo by Ana Vell/Getty Images.",
     "(This version of the May 2 story fixes the spelling of the mayor's name in paragraph 5.)",
     "((This June 9 report has been corrected to show the vote was held on Monday))",
     "The report was refiled to correct the headline to say that the Vell council voted in 2009.",
     "Brezna Post has not independently verified the claims.",
     "Vell News was unable to independently verify the accusations against Tarn.",
     "Published in Daily Vell, March 3rd 2019.       14Shares ",
     "This article was first published in The Brezna Post on May 5, 2019."],
)
def test_credits_and_a_wires_notes_on_its_own_story_are_cut(note):
    assert clean_text(f"{LEAD} {note}") == LEAD


def test_a_sentence_glued_to_an_abbreviation_or_a_subheading_is_its_own():
    assert paragraphs("The mayor thanked the staff of the VNP.Ana Vell spoke next.") == [
        "The mayor thanked the staff of the VNP.", "Ana Vell spoke next."]
    assert paragraphs("The mayor thanked the VNSCL.Ana Vell spoke next.") == [
        "The mayor thanked the VNSCL.", "Ana Vell spoke next."]
    assert paragraphs("The ruling was welcomed by the VNP.A statement followed.") == [
        "The ruling was welcomed by the VNP.", "A statement followed."]
    # the subheading is left a verbless line of its own, which goes
    assert paragraphs("The two mayors met on Monday. Port TariffsOn the issue of tariffs, "
                      "they agreed to talk.") == [
        "The two mayors met on Monday.", "On the issue of tariffs, they agreed to talk."]
    # a name written in one word with capitals inside is left alone
    assert paragraphs("Ana Vell uses LinkedIn to hire staff.") == ["Ana Vell uses LinkedIn to hire staff."]
    assert paragraphs("The USA team won.") == ["The USA team won."]
    # a subheading before a name, after an acronym, or before a quotation
    for glued, first in (("Probe under scrutinyThe Kestria Accident Board said it would report.",
                          "The Kestria Accident Board said it would report."),
                         ("Orlen seeks a role on NKOn the security front, the two leaders will talk.",
                          "On the security front, the two leaders will talk."),
                         ("Calls grow for measures“Our final wish is peace,” Ana Vell said.",
                          "“Our final wish is peace,” Ana Vell said.")):
        assert paragraphs(glued)[-1] == first, glued


def test_an_about_heading_glued_to_its_blurb_goes():
    """ "About Kestford ChronicleKestford Chronicle has ...": the heading goes, the blurb stays;
    "about" in a sentence stays."""
    assert paragraphs("The port reopened. About Kestford ChronicleKestford Chronicle has covered the valley "
                      "since 1921.") == ["The port reopened.", "Kestford Chronicle has covered the valley since 1921."]
    assert paragraphs("They talked about Orlen Bank and its loans.") == ["They talked about Orlen Bank and its loans."]


def test_paragraphs_a_scraper_joined_without_a_space_are_split_and_a_glued_byline_goes():
    assert paragraphs("Tuna fills the harbour.The council paid $75.Mr Vell said so.") == [
        "Tuna fills the harbour.", "The council paid $75.", "Mr Vell said so."]
    assert paragraphs('The bridge needs work, said the VNRA."Orlen Islands need roads," Ana Vell said.') == [
        'The bridge needs work, said the VNRA."', 'Orlen Islands need roads," Ana Vell said.']
    assert paragraphs("She chairs the Orlen Harbour Board (OHB).The board meets monthly.") == [
        "She chairs the Orlen Harbour Board (OHB).", "The board meets monthly."]
    assert paragraphs("Orlen beat Kestria 5-2.The Vell side drew 1–1.Ana Vell scored twice.") == [
        "Orlen beat Kestria 5-2.", "The Vell side drew 1–1.", "Ana Vell scored twice."]
    assert paragraphs('The permit costs 40 dollars."VellPO Director Tom Orr thanked the staff.') == [
        'The permit costs 40 dollars."', "VellPO Director Tom Orr thanked the staff."]
    assert paragraphs("By Ana TarrowThe port reopened on Monday.") == ["The port reopened on Monday."]
    assert paragraphs("by Ana TarrowFarmers in the valley expect rain.") == ["Farmers in the valley expect rain."]
    assert paragraphs("by the end of May, the fund will pay.") == ["by the end of May, the fund will pay."]
    assert paragraphs("Ana KerrThe Vell choir sang on Sunday.") == ["The Vell choir sang on Sunday."]
    # a title's or an initial's period, a decimal point and a number stay inside the sentence
    assert paragraphs("Mrs.Vell met Dr.Tarrow of the U.S.Army in St.Kitts; prices rose 3.5 percent.") == [
        "Mrs.Vell met Dr.Tarrow of the U.S.Army in St.Kitts; prices rose 3.5 percent."]


@pytest.mark.parametrize(
    "caption",
    ["Open again:Crews at the Vell bridge on Monday.File Photo",
     "Dockers at the Brezna quay before dawn.Ana Tarrow",
     "A ferry leaves the Vell harbour at dusk.File photo: B.K. Vell",
     "Tarn on stage in Vell (1971)Special arrangement"],
)
def test_a_print_caption_with_its_credit_glued_on_goes(caption):
    assert paragraphs(f"{caption}\n\n{LEAD}") == [LEAD]


def test_a_verified_claim_and_one_in_a_clause_stay():
    """Only a sentence of its own that says the outlet could not check is a note."""
    text = f"{LEAD} Tarn denied the claims, which Vell News has not independently verified."
    assert clean_text(text) == text
    assert clean_text(f"{LEAD} Vell News has independently verified the claims.") == (
        f"{LEAD} Vell News has independently verified the claims.")


def test_a_list_label_in_capitals_inside_a_line_is_cut():
    """A flattened factbox: "... $2 billion. MEDICAL COSTS: Expands ..." would make the label
    the subject of what the bill does."""
    text = ("The bill cuts taxes by $2 billion. MEDICAL COSTS: Expands the deduction for some costs. "
            "ESTATE TAX: Raises the exemption.")
    assert clean_text(text) == ("The bill cuts taxes by $2 billion. Expands the deduction for some costs. "
                                "Raises the exemption.")
    assert clean_text("He said it was fine. I said: No way.") == "He said it was fine. I said: No way."


@pytest.mark.parametrize(
    "text",
    ["4 March 2019 Nine hurt in Brezna blast. Two guards were hurt when a gas main burst on "
     "Monday, the council said.",
     "Fri Jan 5 2018 NINE HURT IN BREZNA BLAST Two guards were hurt when a gas main burst on "
     "Monday, the council said.",
     "Posted June 3 2018 Two guards were hurt when a gas main burst on Monday, the council said.",
     "11.02.2016(updated 0912 11.02.2016) Get short URL 73 Two guards were hurt when a gas main "
     "burst on Monday, the council said.",
     "News & Events | 30 July 2015 23:00 CET Nine hurt in Brezna blast By Vell News\n\nTwo guards were "
     "hurt when a gas main burst on Monday, the council said."],
)
def test_a_pages_date_stamp_and_the_title_repeated_before_the_first_sentence_go(text):
    """The stamp's date is the article's (when it names a day), and neither it nor the title
    joins the first sentence's subject."""
    article = parse_article(text, title="Nine hurt in Brezna blast")
    assert article.text == "Two guards were hurt when a gas main burst on Monday, the council said."
    assert article.date in ("2019-03-04", "2018-01-05", "2018-06-03", "2015-07-30", None)


def test_a_pages_stamp_with_its_clock_time_goes_before_a_first_word_in_figures():
    """ "19 August 2015 17:06 CET 36 firms ...": the stamp goes whole, never leaving "CET" as
    the subject's first word."""
    article = parse_article("19 August 2015 17:06 CET 36 firms joined the scheme, the council said.",
                            title="Firms join")
    assert article.text == "36 firms joined the scheme, the council said."


def test_a_stock_quotes_chip_after_a_name_goes():
    """ "Kestford and Orvane S, -2.10% offer plans": the ticker would join the name and the
    figure break the clause; a country's abbreviation before a figure stays."""
    assert clean_text("Kestford and Orvane S, -2.10% offer cheaper plans. The Vell 100 VLX, +0.40% rose "
                      "2 points.") == "Kestford and Orvane offer cheaper plans. The Vell 100 rose 2 points."
    assert clean_text("Growth in the U.S., +0.5% a year, slowed.") == "Growth in the U.S., +0.5% a year, slowed."


def test_a_stock_quotes_chip_with_spaces_goes():
    """ "Orvane Inc. ORVN -1.09 % 's plan", "Vell Corp. VEL 0.75 % says": the ticker and the
    day's change go; a figure with its percent sign inside a sentence stays."""
    assert clean_text("Vell Corp. VEL 0.75 % says the chain matters.") == "Vell Corp. says the chain matters."
    assert "ORVN" not in clean_text("Analysts doubt Orvane Inc. ORVN -1.09 % ’s plan.")
    kept = "Prices rose 3.5 % in May, and Orvane rose 2.10 % on Monday."
    assert clean_text(kept) == kept


def test_a_caption_its_credit_a_share_button_and_the_byline_run_into_the_lead_go():
    """The caption's "Ana Vell" would be the subject of a caption, the writer's name would join
    the lead's subject ("Dan Kerr The council will borrow ...")."""
    text = ("Ana Vell opened the new port. Tom Tarr Share on twitter by Dan Kerr The council will borrow "
            "$20 million for the plan, its treasurer said on Sunday.")
    assert clean_text(text) == "The council will borrow $20 million for the plan, its treasurer said on Sunday."


def test_a_caption_its_credit_and_the_byline_run_into_the_lead_go_without_a_share_button():
    """ "... the economy. Tom Tarr by Dan Kerr The council will borrow ...": the photographer and
    the writer would join the lead's subject; "Ana Vell by contrast" is a sentence."""
    text = ("Vell and Orr can add to growth by reforming the economy. Tom Tarr by Dan Kerr The council will "
            "borrow $20 million for the plan, its treasurer said.")
    assert clean_text(text) == "The council will borrow $20 million for the plan, its treasurer said."
    text = ("The party is angry with its state branch. Ana Tarr by Dan Kerr Ben Orr Courts\n\n"
            "Federal Liberals are venting their anger at the party, its leader said.")
    assert clean_text(text) == "Federal Liberals are venting their anger at the party, its leader said."
    kept = "He was fired. Ana Vell by contrast stayed on."
    assert clean_text(kept) == kept


def test_a_tickers_report_link_after_a_name_goes():
    """ "Orvane ( ORV - Get Report ) , pictured below, is moving higher": the link's words would
    join the company's name."""
    assert clean_text("Orvane ( ORV - Get Report ) , pictured below, is moving higher.") == (
        "Orvane, pictured below, is moving higher.")


def test_a_sites_promotion_of_its_services_goes():
    """The promotion run into the last line and its product box: "Director of Research Ana
    Vell" would reveal tactics, and "Check Out" be a relation."""
    text = ("Shares of Vell fell 3% on the news. Check Out Our Best Services for Investors \n"
            "Editor Tom Orr and analyst Ana Vell share their picks each week. Product Features:\n\n"
            "Product Features: Weekly picks Email alerts Free trial")
    assert clean_text(text) == "Shares of Vell fell 3% on the news."


@pytest.mark.parametrize("widget", [
    "Return to video Settings Sign in to change them",
    "Video will begin in 3 seconds.",
    "Related Quote: 1 Day 5 Days Last updated: 10:02",
    "Prev Page 1 2 3 Next Page",
    "Tweet: @anavell ; email: avell@vellnews.com",
    "For more Sport sooner, why not follow us on Twitter?",
    "comments powered by Vellchat",
    "Daily picks from Dan Orr View other subscription services",
])
def test_a_page_widgets_words_go(widget):
    """A video player's, a quote box's, a pager's words and a writer's contact line are no
    sentences of the story ("Video | begin_in | 5 seconds")."""
    assert clean_text(f"{widget}\n\nThe bank cut rates on Tuesday.") == "The bank cut rates on Tuesday."


def test_a_page_header_run_into_one_line_before_its_comments_link_goes():
    """Section, headline, standfirst, caption, credit, byline and time on one line that ends in
    the comments link: the caption's words would be facts; a sentence of the story that ends in
    the word stays."""
    text = ("Markets Orvane to cut jobs The firm blamed costs Staff at the plant Photo: AGENCY By Ana "
            "Vell 10:30AM BST 06 Aug 2015 Comments\n\nOrvane will cut 300 jobs, it said.")
    assert clean_text(text) == "Orvane will cut 300 jobs, it said."
    kept = "Readers are welcome, Tom Orr said. The post drew 40 Comments"
    assert clean_text(kept) == kept


def test_a_pictures_enlarge_button_with_its_caption_and_credit_goes():
    """ "... unit. ENLARGE <caption>. Photo: <credit> The deal ...": the caption and credit go;
    without a credit the button's word alone goes and the story after it stays."""
    text = ("The bank sold its unit. ENLARGE Vellco's purchase of Orlen would create the biggest "
            "lender. Photo: Ana Vell/The Vell Times\n\nThe deal closed.")
    assert clean_text(text) == "The bank sold its unit.\n\nThe deal closed."
    text = "Tom Orr spoke. ENLARGE Dan Kerr leads a club in Vell, he says. Photo: Dan Kerr The club grew."
    assert clean_text(text) == "Tom Orr spoke. The club grew."
    assert clean_text("ENLARGE People sign forms online.") == "People sign forms online."


def test_a_wire_photos_caption_run_into_the_story_goes():
    """ "FILE - In this Jan. 28, 2015 file photo, Sen. Tom Orr, D-Conn., smiles ...": the
    caption's facts are a picture's, not the story's; a title's or a state's abbreviation does not
    end it, and "in this interview" is no caption."""
    text = ("FILE - In this Jan. 28, 2015 file photo, Sen. Tom Orr, D-Conn., smiles as he speaks to Ana "
            "Vell on Capitol Hill in Washington. Orr said the bill will pass.")
    assert clean_text(text) == "Orr said the bill will pass."
    text = "In this Monday, Aug. 17, 2015 photo, workers build a tower in Vell, Fla.\n\nOutput rose."
    assert clean_text(text) == "Output rose."
    kept = "Tom Orr said in this interview that the photo was fake."
    assert clean_text(kept) == kept


def test_a_wire_photos_credit_in_brackets_goes():
    """ "... hanged himself in his cell. (Tom Orr/The Vell Globe via AP, Pool, File)": the
    photographer is no person of the story; a bracket of the story's own stays."""
    text = "Dan Kerr hanged himself in his cell. (Tom Orr/The Vell Globe via AP, Pool, File) The court closed."
    assert clean_text(text) == "Dan Kerr hanged himself in his cell. The court closed."
    assert clean_text("Rates rose. (AP Photo/Ana Vell, File)") == "Rates rose."
    kept = "Orvane (a unit of Kestford) rose."
    assert clean_text(kept) == kept


def test_an_unfilled_alert_template_and_its_caption_go():
    """ "Floods: a dog holds on {{description}} Email notifications are only sent once a day, ...
    Floods: a dog holds on The rain ...": the caption, twice, and the template go."""
    text = ("Floods: a dog holds on. --Photos courtesy Vell {{description}} Email notifications are only sent "
            "once a day, and only if there are new matching items. Floods: a dog holds on. --Photos courtesy "
            "Vell The rain flooded the town.")
    assert clean_text(text) == "The rain flooded the town."


def test_a_sites_call_for_tips_and_its_ad_blocker_notice_go():
    """The call for readers' tips and the ad-blocker notice run onto the last line go; a
    question of the story's own stays."""
    text = ("The council met on Monday. Want to share a story, or do you have information that should see "
            "the light of day? Then we want to hear from you. Instagram Please disable your ad blocker, "
            "whitelist our site, or purchase a subscription")
    assert clean_text(text) == "The council met on Monday."
    kept = "Do you have the votes? Tom Orr asked the council."
    assert clean_text(kept) == kept


def test_teasers_cut_off_with_an_ellipsis_go():
    """Other stories' leads cut off with "…" and run into the text: two or more in a row, or one
    in a print lead's capitals; a story's own sentence that trails off stays."""
    text = ("The court closed. TOM ORR has been denied bail for allegedly burning a shed and… A man wanted in "
            "connection with a drug bust in November 20… The police service has moved its alert back to Red "
            "until… The council met on Monday.")
    assert clean_text(text) == "The court closed. The council met on Monday."
    kept = "The darkness is the willingness to admit that things go wrong… Some people light up the room."
    assert clean_text(kept) == kept


def test_a_photo_gallery_run_into_the_story_goes():
    """The captions and credits of a gallery run into the story would be its facts ("Ana Vell/
    Agency ... A jeep drives on a flooded street")."""
    text = ("The storm hit Vell on Monday. Photos: Floods in Vell fullscreen Crews clear a road in Orlen. "
            "Ana Vell/Vell Agency … A jeep drives on a flooded street. Tom Orr/Vell Agency … 1 of 12 SHOW "
            "CAPTION HIDE CAPTION fullscreen The council will rebuild the road.")
    assert clean_text(text) == "The storm hit Vell on Monday. The council will rebuild the road."


def test_a_comments_counter_run_into_the_lead_goes():
    """ "0 COMMENTS Orvane's chief cut the forecast": the count is no subject."""
    assert clean_text("0 COMMENTS Orvane's chief cut the forecast.") == "Orvane's chief cut the forecast."
    kept = "Readers left 40 comments on the post."
    assert clean_text(kept) == kept


def test_an_apps_promotion_and_its_link_go():
    """The promotion and the link before it on the last line: "Stay updated on the go with ..."
    gave every name in the link an "update" edge."""
    text = ("Tom Orr met Dan Kerr. http://vell.com/follow.cms?alias=ORLEN,Ana Vell,Tom Orr Stay updated on "
            "the go with Vell Times News App. Click here to download it for your device.")
    assert clean_text(text) == "Tom Orr met Dan Kerr."


def test_an_outlets_dateline_with_spaces_inside_its_brackets_goes():
    """ "NEW YORK ( Vell Street ) -- Orvane estimates ...": the place would be the subject of the
    first sentence; a bracket inside the sentence with its dashes stays."""
    assert clean_text("NEW YORK ( Vell Street ) -- Orvane estimates were raised at Kestford Capital.") == (
        "Orvane estimates were raised at Kestford Capital.")
    kept = "Orvane (the firm) -- as it calls itself -- grew."
    assert clean_text(kept) == kept


def test_a_regional_wires_dateline_in_title_case_goes():
    """ "Orlen (W/R), Sept. 3, VNA - The council ...": the dateline would join the subject; a
    weekday before a date is no place."""
    assert clean_text("Orlen (W/R), Sept. 3, VNA - The council will open a new clinic.") == (
        "The council will open a new clinic.")
    assert clean_text("Tarrow, Oct. 22, VNA - A builder says costs rose.") == "A builder says costs rose."
    assert clean_text("Monday, Oct. 22, NATO - the alliance - met.") == "Monday, Oct. 22, NATO - the alliance - met."


def test_a_sentence_that_opens_with_a_date_stays():
    text = "12 March 2019 was the day the port closed, the mayor said."
    assert parse_article(text, title="Port closed").text == text


def test_a_live_cricket_commentary_and_its_scorecard_entries_go():
    """The bowler of "14.5: Tarrow to Vell, FOUR, swept fine" would be the subject of the
    batter's sweep; a scorecard entry is no sentence."""
    text = ("Dan Orr walks out to bat. D Vell c Kerr b Tarrow 52 (41b 6x4 2x6) SR: 126.82 Ben Kerr "
            "joins him. 14.6: Tarrow to Vell; dot ball. 14.5: Tarrow to Vell, FOUR, swept fine "
            "14.4: Tarrow to Orr; SIX, hoisted over midwicket. The match resumes on Friday.")
    assert clean_text(text) == "Dan Orr walks out to bat. Ben Kerr joins him. The match resumes on Friday."


def test_a_writers_name_run_into_the_first_sentence_without_by_goes():
    """A scraper's byline without "By" glued to any first word goes when it starts with a
    first name; a firm's or a person's name written with a capital inside stays."""
    assert paragraphs("Ana VellBakers in the town sold out.") == ["Bakers in the town sold out."]
    assert paragraphs("Peter TarrowLena Orr will lead the choir.") == [
        "Lena Orr will lead the choir."]
    for kept in ("Vellan TechWorks Limited, which runs the stores, said sales rose.",
                 "Ana MacArthur said the port reopened.", "Ron DeSantis spoke on Monday.",
                 "Ana Vell uses LinkedIn to hire staff."):
        assert paragraphs(kept) == [kept]
    # only the article's first line: a caption of a later paragraph is not a byline
    assert paragraphs("The port reopened.\n\nAna VellBakers in the town sold out.")[1].startswith("Ana")


def test_a_related_links_list_run_onto_the_last_paragraph_goes_with_its_source_credit():
    """ "... the UN said. Source Vell News and agencies Related News Floods in Kestria kill 12
    | Orlen votes": the headlines would read as one sentence whose facts no article states."""
    text = ("Aid reached the town on Monday, the UN said. Source Vell News and agencies Related News "
            "Floods in Kestria kill 12 | Orlen votes today Kestria recalls its envoy")
    assert paragraphs(text) == ["Aid reached the town on Monday, the UN said."]
    assert paragraphs("Aid reached the town, the UN said. Source AA Related News Floods in Kestria kill 12") == [
        "Aid reached the town, the UN said."]
    kept = "The talks went well. Related News items were shared by Ana Vell."
    assert paragraphs(kept) == [kept]


def test_a_page_footer_run_into_the_last_paragraph_goes_from_its_copyright_notice():
    text = ("Rebels took the town on Monday, officials said. Share Copyright \ufffd\ufffd 2019 Vell News. "
            "Vell News Home Sport Weather Contact Us Privacy Policy")
    assert paragraphs(text) == ["Rebels took the town on Monday, officials said. Share"]
    kept = "The Copyright Act of 1976 was amended in 1998. The court ruled on Monday."
    assert paragraphs(kept) == [kept]


def test_a_syndicators_footer_and_the_teaser_before_it_go():
    """An aggregator's last paragraph: a teaser of another story with its "see more »" link, the
    copyright notice with "All rights reserved" and "Distributed by", and the distributor's
    blurb of several sentences (the notice's rule for page footers wants none after it). The
    article's paragraphs stay, and so does a sentence about copyright law."""
    text = ("Kestria's council approved the new bridge on Monday, its chairman said.\n\n"
            "Orvane voters went to the polls on Sunday to choose a new mayor after a long ... see more » "
            "Copyright © 2015 Vell Times. All rights reserved. Distributed by Orlen Global Media ( orlen.com ). "
            "To contact the copyright holder directly for corrections, click here. Orlen publishes around 2,000 "
            "reports a day from more than 130 news organizations. We publish news and views of every kind.")
    assert paragraphs(text) == ["Kestria's council approved the new bridge on Monday, its chairman said."]
    kept = "The Copyright Act of 1976 was amended in 1998 and distributed by the agency to every court."
    assert paragraphs(kept) == [kept]


def test_html_breaks_and_inline_tags_left_in_plain_text_go():
    """A dataset's plain text with the page's "<br/><br/>" and "<strong>" left in: breaks
    make paragraphs, tags go, and a "<" that is no tag stays, as does a wire's ticker
    ("VELL<P> SAYS", which the wire's own rule unbrackets)."""
    text = ("Vellia signed the deal with Orlen on Monday, officials said.<br/><br/>The <strong>contract"
            "</strong> assigns land to Kestria.<br/> <br/>Tom Orr said x<y is true.")
    assert clean_text(text) == ("Vellia signed the deal with Orlen on Monday, officials said.\n\n"
                                "The contract assigns land to Kestria.\n\nTom Orr said x<y is true.")
    assert "\n" not in clean_text("VELL<P> SAYS PROFIT ROSE ON STEPS TO PARE DEBT")


@pytest.mark.parametrize("notice", [
    "PA/MH All Content by Vell News is licensed under a Creative Commons Attribution 4.0 International License.",
    "This article is republished from The Vellia Review under a Creative Commons license. Read the original article.",
])
def test_a_pages_licence_for_its_content_is_removed(notice):
    """A licence footer under every article of an outlet ("All Content by ... is licensed under
    a Creative Commons ... License") is no sentence of the story: before, it gave a fact in
    every article ("All Content | be license under | Creative Commons ...")."""
    text = f"Orlen buys Vellia Foods\n\nOrlen bought Vellia Foods on Monday.\n\n{notice}"
    assert clean_text(text) == "Orlen buys Vellia Foods\n\nOrlen bought Vellia Foods on Monday."


def test_a_links_call_to_action_is_boilerplate():
    """ "Learn more about Orlen Bank's response to the floods here.": a link's words, which
    gave one "response to" fact per bank of a list. Guard: a sentence of the story that ends
    in "here" stays."""
    text = clean_text("Orlen Bank cut rates.\n\nLearn more about Orlen Bank's response to the floods here.\n\n"
                      "See the full list of lenders below.\n\nTom Orr said he would see the results here.")
    assert "Learn more" not in text and "full list" not in text
    assert "Tom Orr said he would see the results here." in text


def test_a_subheading_in_capitals_is_boilerplate():
    """A subheading in capitals, alone or run into the paragraph after it, gave facts of its
    words ("KESTRIA'S RATE | rise | AFTER SCHOOLS"). Guard: a name in capitals that opens a
    sentence in small letters stays."""
    text = clean_text("KESTRIA'S RATE OF INFECTION ROSE AFTER SCHOOLS REOPENED The rate of infection in "
                      "Kestria rose, officials said.\n\nHALF OF KESTRIANS THINK NORMALITY IS SIX MONTHS AWAY\n\n"
                      "NEW YORK CITY FC beat Orlen on Sunday.")
    assert "REOPENED" not in text and "NORMALITY" not in text
    assert "The rate of infection in Kestria rose, officials said." in text
    assert "NEW YORK CITY FC beat Orlen on Sunday." in text


def test_a_bracketed_link_to_another_story_is_boilerplate():
    """ "[Analysis: Oil collapse and floods create a toxic stew.]Kestria, with ...": the
    linked headline was run into the sentence ("floods | create_stew.]kestria_after | ...")."""
    text = clean_text("[Analysis: Oil collapse and floods create a toxic stew.]Kestria, with the highest "
                      "caseload, is reopening.")
    assert text == "Kestria, with the highest caseload, is reopening."


def test_a_story_listings_entries_are_removed_and_the_article_stays():
    """Stamp, byline and a summary of another story, three times before the article (a
    site's "latest stories" block): none of the summaries is this article's news."""
    entries = "".join(f"11/19/16, {h}:14 PM CET\n\nBY Ana Orr\n\nThe minister of {p} resigned over a leak.\n\n"
                      for h, p in ((3, "Vellia"), (2, "Kestria"), (1, "Tarrow")))
    assert paragraphs(f"{entries}{LEAD}\n\n{SECOND}") == [LEAD, SECOND]


def test_a_live_blogs_stamped_entries_stay():
    """Guard: a stamp line before a long paragraph, with no byline, is a live blog's entry."""
    third = "The port of Vellia stayed closed to lorries for a second day on Tuesday, officials said."
    body = "".join(f"11/19/16, {h}:14 PM CET\n\n{text}\n\n" for h, text in ((3, LEAD), (2, SECOND), (1, third)))
    assert {LEAD, SECOND, third} <= set(paragraphs(body))


def test_a_publishing_systems_shortcodes_go_and_their_paragraph_stays():
    """A caption shortcode inside a paragraph goes with its photo credit (the paragraph used to
    go whole with the credit), a tagged name keeps its words, an editor's bracket stays."""
    text = ('Port deal\n\nAnalysts said [entity display="Orvane" type="organization" key="orvane" '
            'ticker="ORV"]Orvane[/entity] gained. [caption id="attachment_1" align="" width="300"] Tom Orr '
            'in Tarrow. (Photo: Dan Vell)[/caption] Tom Orr said Orvane would buy Kestford [sic].\n\n'
            'Ana Kerr says, "[tweet_Quote: display="Vellia must act"]Vellia must act[/tweet_Quote: ]," and left.\n')
    cleaned = clean_text(text)
    assert "Analysts said Orvane gained. Tom Orr said Orvane would buy Kestford [sic]." in cleaned, cleaned
    assert 'Ana Kerr says, "Vellia must act," and left.' in cleaned, cleaned
    assert "Photo" not in cleaned and "display" not in cleaned and "Tom Orr in Tarrow" not in cleaned, cleaned


def test_a_replacement_character_a_page_was_saved_with_is_its_space_or_apostrophe():
    """ "Sen.\ufffdTom Orr" was a no-break space, "didn\ufffdt" an apostrophe: the name and the
    word stay whole, and no "\ufffd" reaches a sentence."""
    cleaned = clean_text("Budget fight\n\nRepublicans never took up\ufffdthe bill.\ufffd Sen.\ufffdTom Orr "
                         "said he didn\ufffdt know. Orr\ufffds plan failed.\n")
    assert "took up the bill. Sen. Tom Orr said he didn't know. Orr's plan failed." in cleaned, cleaned
    assert "\ufffd" not in cleaned


def test_a_file_pictures_caption_and_a_mailings_promotion_go():
    """ "File photo of Kestria's president Tom Orr." on its own line is a caption, and "...
    delivered to your inbox every morning by subscribing to our newsletter" a promotion; a
    story's sentence that mentions a file photo stays."""
    cleaned = clean_text("Budget fight\n\nTom Orr met Dan Kerr in Tarrow on Monday to discuss the budget.\n\n"
                         "File photo of Kestria president Tom Orr.\n\n"
                         "Get the day's top headlines delivered to your inbox every morning by subscribing "
                         "to our newsletter.\n\nDan Kerr said a file photo of the meeting would be released.\n")
    assert "File photo of Kestria" not in cleaned and "inbox" not in cleaned, cleaned
    assert "Dan Kerr said a file photo of the meeting would be released." in cleaned, cleaned


def test_a_pictures_caption_and_credit_at_a_lines_start_go():
    """ "<caption> Photo: <credit> <story>" at a line's start, with no button's word before it:
    the caption and credit go and the story after them stays; a credit of one word before a
    capitalised name goes alone; a caption alone on its line goes whole."""
    text = "A Vellco ad on Orvane Photo: screenshot When you think of Orvane, you think of games."
    assert clean_text(text) == "When you think of Orvane, you think of games."
    text = "Tarrow game ad on Orvane Photo: The Vell Journal It's too early to know, Tom Orr said."
    assert clean_text(text) == "It's too early to know, Tom Orr said."
    text = "Tom Orr at the Vell Theatre in July Photo: Ana Vell/Getty Images “It's crazy,” says Mr. Orr."
    assert clean_text(text) == "“It's crazy,” says Mr. Orr."
    text = "A Kestria game ad on Orvane Photo: Orvane Take Vellco, which makes games."
    assert clean_text(text) == "Take Vellco, which makes games."
    text = "Tom Orr spoke in Vell.\n\nOrvane's new plant in Tarrow Photo: Ana Vell/Vell Times\n\nThe plant opened."
    assert clean_text(text) == "Tom Orr spoke in Vell.\n\nThe plant opened."
    kept = "Tom Orr said the show, Photo: A Life, opens in May. Dan Kerr agreed."
    assert clean_text(kept) == kept


def test_an_aggregators_source_tag_at_the_texts_start_goes():
    """ "(VellWire - Kestria Daily) Orvane said ...": the tag of the outlet the story was taken
    from goes, with an agency's initials in brackets inside it; a bracket that says something
    of the story stays."""
    assert clean_text("(VellWire - Kestria Daily) Orvane cut 300 jobs, it said.") == "Orvane cut 300 jobs, it said."
    text = "(VellWire - Kestria News Agency (KNA)) Orvane cut 300 jobs, it said."
    assert clean_text(text) == "Orvane cut 300 jobs, it said."
    text = "(VellWire - Kestria Daily) KESTFORD: Orvane cut 300 jobs, it said."
    assert clean_text(text) == "Orvane cut 300 jobs, it said."  # the dateline after it goes too
    kept = "(Orvane cut 300 jobs, it said.) Tom Orr left."
    assert clean_text(kept) == kept


def test_a_publication_stamp_run_into_the_standfirst_goes_with_the_credit_and_caption():
    """ "... a study says. PUBLISHED: 14:04, Wed, Sep 2, 2015 | UPDATED: 14:09, Wed, Sep 2, 2015
    GETTY More homes are for sale": the stamp, the picture's credit and its caption go, the
    standfirst stays; without a credit only the stamp goes."""
    text = ("Orvane homes sell fast, a study says. PUBLISHED: 14:04, Wed, Sep 2, 2015 | UPDATED: 14:09, "
            "Wed, Sep 2, 2015 GETTY More homes are for sale in Vell\n\nThe number of sellers rose.")
    assert clean_text(text) == "Orvane homes sell fast, a study says.\n\nThe number of sellers rose."
    text = ("Vellco cut bills. Published: 17:04 EDT, 5 May 2020 | Updated: 17:42 EDT, 5 May 2020 "
            "Vellco said prices fell.")
    assert clean_text(text) == "Vellco cut bills. Vellco said prices fell."


def test_a_headline_written_twice_at_a_lines_start_is_kept_once():
    """A page's title and heading run together ("Orvane cuts 300 jobs in Vell Orvane cuts 300 jobs
    in Vell THE firm said ..."): one copy stays; a phrase a sentence repeats on purpose stays."""
    text = "Orvane cuts 300 jobs in Vell Orvane cuts 300 jobs in Vell THE firm said costs rose."
    assert clean_text(text) == "Orvane cuts 300 jobs in Vell THE firm said costs rose."
    kept = "Tom Orr said no, no, no to the plan."
    assert clean_text(kept) == kept


def test_an_outlets_dateline_before_a_semicolon_goes():
    """ "KESTFORD (Vell News 1st); Addressing the forum, Tom Orr outlined ...": the place and
    the outlet are no subject of the sentence; a bracket with a semicolon inside a sentence stays."""
    text = "KESTFORD (Vell News 1st); Addressing the forum, Tom Orr outlined the plan."
    assert clean_text(text) == "Addressing the forum, Tom Orr outlined the plan."
    kept = "Tom Orr met Dan Kerr (the mayor); they spoke of Kestford."
    assert clean_text(kept) == kept


def test_a_list_of_related_headlines_on_one_line_goes():
    """ "Related Orvane's Chief Says Focus Is Unwavering Vellco, Orvane Team Up on Trucks": linked
    headlines after their label would be parsed as a sentence; "Related talks resumed on Monday."
    stays."""
    text = ("Orvane cut 300 jobs, it said.\n\nRelated Orvane's Chief Says Focus Is Unwavering Vellco, Orvane "
            "Team Up on Trucks (Aug. 14)\n\nThe cuts start in May.")
    assert clean_text(text) == "Orvane cut 300 jobs, it said.\n\nThe cuts start in May."
    text = "Orvane cut 300 jobs, it said.\n\nRelated Coverage Factbox: New rules for trucks differ by country"
    assert clean_text(text) == "Orvane cut 300 jobs, it said."
    kept = "Orvane cut 300 jobs, it said.\n\nRelated talks resumed on Monday."
    assert clean_text(kept) == kept


def test_a_source_credit_run_onto_a_lines_end_goes():
    """ "... assumes 5% growth. Sources: Vellstar, Orvane Data, fund distributors": a chart's
    credit, whose list of names would be facts; a sentence that names its source stays."""
    text = "Fees fell 2% in July. 2: Cost of holding $10,000; assumes 5% growth. Sources: Vellstar, Orvane Data, Tarrow"
    assert clean_text(text) == "Fees fell 2% in July. 2: Cost of holding $10,000; assumes 5% growth."
    kept = "Fees fell 2% in July. Sources: Vellstar said fees would rise."
    assert clean_text(kept) == kept


def test_a_comments_signature_and_stamp_go():
    """ "by Dan Kerr Jun 17, 2008 8:25 AM Tom Orr is more concerned ...": a reader's comment's
    signature and time, whose month would be read as a surname ("Dan Jun"); a sentence with a
    date and no clock time stays."""
    text = "by Dan Kerr Jun 17, 2008 8:25 AM Tom Orr is more concerned about oil than about the climate."
    assert clean_text(text) == "Tom Orr is more concerned about oil than about the climate."
    kept = "Tom Orr met Dan Kerr on Jun 17, 2008 in Vell."
    assert clean_text(kept) == kept


def test_the_writers_own_line_goes():
    """ "Ana Vell is a reporter at Kestria.com." closing a page is the writer's line (a blind
    judge called its fact boilerplate); an analyst introduced for a quote, or a reporter the
    story is about, stays."""
    text = ("Tom Orr met Dan Kerr in Orlen on Monday.\n\nAna Vell is a reporter at Kestria.com.\n"
            "Ben Tarr is a senior analyst at Orvane Bank.\n"
            "Bo Kerr is a reporter at Orvane Daily who was detained on Monday.\n")
    assert paragraphs(text) == ["Tom Orr met Dan Kerr in Orlen on Monday.",
                                "Ben Tarr is a senior analyst at Orvane Bank.",
                                "Bo Kerr is a reporter at Orvane Daily who was detained on Monday."]
