"""Ingestion: every format, every kind of bad input, the page-furniture rules, batches."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck._errors import (
    BinaryInputError,
    DecodeInputError,
    EmptyInputError,
    InputError,
    MalformedInputError,
    TooLargeInputError,
    UnsupportedInputError,
)
from factcheck.claims import Article
from factcheck.ingest import Loaded, load, read_article, read_articles
from factcheck.ingest._dates import parse_date

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "ingest"
EXAMPLES = ROOT / "examples"
KOREA_HERALD = EXAMPLES / "000_4cc6572603486089.txt"
EPOCH_TIMES = EXAMPLES / "003_b02aed5dc7adf1a3.txt"


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def paragraphs(article: Article) -> list[str]:
    return article.body.split("\n\n")


# --- .txt with a header ---------------------------------------------------------------

def test_header_fields_become_metadata() -> None:
    """The key: value header fills outlet, byline, title and the publication date."""
    art = read_article(FIXTURES / "header.txt")
    assert (art.outlet, art.byline, art.title) == (
        "The Example Post", "Jane Doe", "Kremlin denies role in attack")
    assert art.published == dt.date(2023, 9, 14)


def test_header_is_not_body_and_unknown_keys_are_tolerated() -> None:
    """The body starts after the blank line; header lines, known or not, are not in it."""
    art = read_article(FIXTURES / "header.txt")
    assert art.body.startswith("The Kremlin on Wednesday denied")
    assert "section:" not in art.body and "url:" not in art.body


def test_header_body_paragraphs_are_verbatim() -> None:
    """Body paragraphs are the file's paragraphs, separated by exactly one blank line."""
    art = read_article(FIXTURES / "header.txt")
    assert paragraphs(art) == [
        "The Kremlin on Wednesday denied any role in the attack, spokesman Dmitry Peskov "
        "told reporters in Moscow.",
        '"This is an absolute lie," Peskov said.']


def test_id_is_stem_and_source_is_path_as_given() -> None:
    """A single-article file's id is its stem; its source is the path as given."""
    given = str(FIXTURES / "header.txt")
    art = read_article(given)
    assert (art.id, art.source) == ("header", given)


@pytest.mark.parametrize("published, expected", [
    ("2023-09-14", dt.date(2023, 9, 14)),
    ("2023-09-14T23:30:00+09:00", dt.date(2023, 9, 14)),
    ("Sept. 14, 2023 - 09:17", dt.date(2023, 9, 14)),
    ("14 September 2023", dt.date(2023, 9, 14)),
    ("Nov. 17", None),
    ("unknown", None),
])
def test_header_published_is_parsed_to_a_date(tmp_path: Path, published: str,
                                              expected: dt.date | None) -> None:
    """ISO dates, datetimes and written dates give a date; a date without a year gives None."""
    path = write(tmp_path, "a.txt", f"outlet: X\npublished: {published}\n\nSome body text.\n")
    assert read_article(path).published == expected


def test_header_with_no_body_is_malformed() -> None:
    """A header block followed by nothing is a MalformedInputError naming the file."""
    path = FIXTURES / "header_only.txt"
    with pytest.raises(MalformedInputError, match=re.escape("header_only.txt")):
        read_article(path)


def test_body_with_extra_blank_lines_is_normalised(tmp_path: Path) -> None:
    """Runs of blank lines and CRLF line ends become one blank line between paragraphs."""
    path = write(tmp_path, "a.txt", "outlet: X\r\n\r\nOne.\r\n\r\n\r\n\r\nTwo.\r\n")
    assert read_article(path).body == "One.\n\nTwo."


def test_hard_wrapped_paragraphs_are_joined(tmp_path: Path) -> None:
    """A paragraph cut at a fixed column is one paragraph, its line breaks read as spaces."""
    text = ("The Kremlin on Friday denied that it had any role in the drone attack,\n"
            "calling the accusations made by Western officials absurd and baseless, a\n"
            "spokesman told reporters.\n")
    path = write(tmp_path, "a.txt", "outlet: X\n\n" + text)
    assert read_article(path).body == " ".join(text.split("\n")).strip()


# --- raw page text: the two seeds ----------------------------------------------------

@pytest.mark.parametrize("path, title, outlet, byline, published", [
    (KOREA_HERALD,
     "US concerned about burgeoning defense cooperation between N. Korea, Russia: White House",
     "The Korea Herald", "Yonhap", dt.date(2023, 9, 14)),
    (EPOCH_TIMES,
     "US State Department: Putin’s Suggestion on North Korean Weapons Is ‘Incredibly "
     "Concerning’", "The Epoch Times", "Jack Phillips", None),
])
def test_seed_metadata(path: Path, title: str, outlet: str, byline: str,
                       published: dt.date | None) -> None:
    """Headline, outlet, byline and dateline come out of the page text; a photo caption's
    date is not the publication date."""
    art = read_article(path)
    assert (art.title, art.outlet, art.byline, art.published) == (
        title, outlet, byline, published)


@pytest.mark.parametrize("path, furniture", [
    (KOREA_HERALD, "Link copied"),
    (KOREA_HERALD, "The Korea Herald"),
    (KOREA_HERALD, "By Yonhap"),
    (KOREA_HERALD, "Published :"),
    (KOREA_HERALD, "in this captured image"),
    (KOREA_HERALD, "(Yonhap)"),
    (EPOCH_TIMES, "(KCNA via Reuters)"),
    (EPOCH_TIMES, "in the Amur Oblast"),
    (EPOCH_TIMES, "Reuters contributed to this report"),
    (EPOCH_TIMES, "breaking news reporter"),
    (EPOCH_TIMES, "Follow him on X"),
])
def test_seed_furniture_is_not_body(path: Path, furniture: str) -> None:
    """Furniture, captions, credits, bylines and bios are kept out of the body."""
    assert furniture not in read_article(path).body


@pytest.mark.parametrize("path", [KOREA_HERALD, EPOCH_TIMES])
def test_seed_headline_and_byline_are_not_paragraphs(path: Path) -> None:
    """Neither the headline (however often repeated) nor the byline is a body paragraph."""
    art = read_article(path)
    assert art.title not in paragraphs(art)
    assert art.byline not in paragraphs(art)


@pytest.mark.parametrize("path, first, last", [
    (KOREA_HERALD, "The United States is concerned about growing defense cooperation",
     'will not hesitate to impose sanctions "if it\'s appropriate."'),
    (EPOCH_TIMES, "‘It would destabilize the Korean Peninsula,’ an official says.",
     "according to state-run media."),
])
def test_seed_body_runs_from_standfirst_to_last_paragraph(path: Path, first: str,
                                                          last: str) -> None:
    """The body opens with the standfirst or first paragraph and ends with the last
    paragraph, its closing wire credit removed."""
    art = read_article(path)
    assert art.body.startswith(first)
    assert art.body.endswith(last)


@pytest.mark.parametrize("path", [KOREA_HERALD, EPOCH_TIMES])
def test_seed_body_paragraphs_are_verbatim_lines(path: Path) -> None:
    """Every body paragraph is text of the file, unchanged."""
    source = path.read_text(encoding="utf-8")
    for para in paragraphs(read_article(path)):
        assert para in source


def test_raw_page_rules_are_general() -> None:
    """An unseen page layout (kicker, two-name byline, dateline with time, inline
    caption credit, ad slot, contributor line, bio) is cleaned by the same cues."""
    art = read_article(FIXTURES / "page_wire.txt")
    assert (art.title, art.byline, art.published, art.outlet) == (
        "Kremlin denies role in drone attack on Moscow", "Jane Doe and John Roe",
        dt.date(2024, 6, 21), "The Example Wire")
    assert paragraphs(art)[0].startswith("MOSCOW, June 21 (Reuters) - The Kremlin")
    for junk in ("World", "Share", "Advertisement", "via REUTERS", "Reporting by",
                 "Follow her", "Link copied"):
        assert junk not in paragraphs(art) and junk not in art.body


def test_caption_date_is_not_publication_date(tmp_path: Path) -> None:
    """A date that appears only in a photo caption leaves the publication date unknown."""
    page = ("Talks end without a deal\n\n"
            "Negotiators leave the hall in Geneva, Switzerland, on March 3, 2024. (AP Photo)\n\n"
            "Negotiators failed to reach an agreement after three days of talks, officials "
            "said, and no new date was set for the next round of meetings.\n")
    art = read_article(write(tmp_path, "page.txt", page))
    assert art.published is None
    assert "Geneva" not in art.body


def test_page_of_only_furniture_is_malformed(tmp_path: Path) -> None:
    """Raw page text with nothing left after cleaning is a MalformedInputError."""
    with pytest.raises(MalformedInputError, match=re.escape("page.txt")):
        read_article(write(tmp_path, "page.txt", "Link copied\n\nShare\n\nAdvertisement\n"))


def test_header_over_raw_page_text_is_cleaned_too(tmp_path: Path) -> None:
    """A header put on top of pasted page text: the page's furniture still comes out, and
    the header's fields win over what the page suggests."""
    page = KOREA_HERALD.read_text(encoding="utf-8")
    path = write(tmp_path, "kh.txt", "url: https://example.org/kh\noutlet: KH\n\n" + page)
    art, raw = read_article(path), read_article(KOREA_HERALD)
    assert art.body == raw.body
    assert (art.outlet, art.title, art.byline) == ("KH", raw.title, raw.byline)


def test_short_first_paragraph_after_header_stays_body(tmp_path: Path) -> None:
    """After a header, a short first paragraph is body, not a headline."""
    body = "Moscow denies it.\n\nThe Kremlin said on Friday that it had no part in the attack."
    art = read_article(write(tmp_path, "a.txt", "outlet: X\n\n" + body))
    assert (art.body, art.title) == (body, None)


def test_credit_in_clean_text_is_stripped_not_dropped(tmp_path: Path) -> None:
    """After a header, a paragraph ending in a wire credit keeps its text, minus the credit."""
    body = ("Officials said the talks would resume. (AFP)\n\n"
            "The ministry denied the report on Friday, calling it baseless. (Reuters)")
    art = read_article(write(tmp_path, "a.txt", "outlet: X\n\n" + body))
    assert paragraphs(art) == ["Officials said the talks would resume.",
                               "The ministry denied the report on Friday, calling it baseless."]


# --- HTML ------------------------------------------------------------------------------

def test_html_metadata() -> None:
    """Title, author, date and site name come from the page's metadata."""
    art = read_article(FIXTURES / "article.html")
    assert (art.title, art.byline, art.outlet, art.published) == (
        "Kremlin denies role in drone attack", "Jane Doe", "The Daily Planet",
        dt.date(2024, 6, 21))


def test_html_body_is_main_text_only() -> None:
    """Navigation, headline, caption, contributor line and footer stay out of the body."""
    art = read_article(FIXTURES / "article.html")
    assert paragraphs(art)[0].startswith("The Kremlin on Friday denied")
    assert len(paragraphs(art)) == 4
    for junk in ("Home", "file photo", "contributed", "Copyright"):
        assert junk not in art.body


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    """A page that declares windows-1252 is decoded with it, not as UTF-8."""
    para = ("The minister said the café talks in Genève had been “useful”, officials "
            "said, adding that the next round of negotiations would take place soon. ")
    html = (f'<html><head><meta http-equiv="Content-Type" content="text/html; '
            f'charset=windows-1252"><title>Talks</title></head><body><article>'
            f'<p>{para * 2}</p><p>{para}</p></article></body></html>')
    art = read_article(write(tmp_path, "page.html", html.encode("cp1252")))
    assert "café talks in Genève had been “useful”" in art.body


def test_html_bytes_not_in_declared_charset_are_a_decode_error(tmp_path: Path) -> None:
    """A page declaring UTF-8 that holds other bytes is a DecodeInputError at that byte."""
    data = b'<html><head><meta charset="utf-8"></head><body><p>Caf\xe9</p></body></html>'
    with pytest.raises(DecodeInputError, match=re.escape("page.html")) as err:
        read_article(write(tmp_path, "page.html", data))
    assert err.value.offset == data.index(b"\xe9")


def test_html_without_text_is_malformed() -> None:
    """An HTML page with no extractable text is a MalformedInputError naming the file."""
    with pytest.raises(MalformedInputError, match=re.escape("no_text.html")):
        read_article(FIXTURES / "no_text.html")


def test_htm_extension_is_read_as_html(tmp_path: Path) -> None:
    """.htm files are HTML too."""
    path = tmp_path / "page.htm"
    shutil.copy(FIXTURES / "article.html", path)
    assert read_article(path).title == "Kremlin denies role in drone attack"


# --- JSON and JSON Lines ----------------------------------------------------------------

def test_json_single_object() -> None:
    """One object is one article: id the stem, metadata read through its aliases."""
    art = read_article(FIXTURES / "single.json")
    assert (art.id, art.outlet, art.byline, art.title, art.published) == (
        "single", "The Example Post", "Jane Doe, John Roe", "Kremlin denies claims",
        dt.date(2024, 6, 21))
    assert paragraphs(art) == ["The Kremlin denied the claims on Friday.",
                               '"This is an absolute lie," Peskov said.']


def test_json_list_gives_distinct_ids_and_skips_bad_record() -> None:
    """A list of records gives <stem>#<n> ids or the record's own id; a record without
    text is skipped with its number, and the others load."""
    loaded = read_articles(FIXTURES / "records.json")
    assert [a.id for a in loaded.articles] == ["records#1", "wire-two-42"]
    assert [a.outlet for a in loaded.articles] == ["Wire One", "Wire Two"]
    assert len(loaded.skipped) == 1
    assert "records.json" in loaded.skipped[0].reason
    assert "record 3" in loaded.skipped[0].reason


def test_jsonl_bad_line_is_skipped_and_rest_loads() -> None:
    """A bad line of a .jsonl is reported with file and line number; other lines load."""
    loaded = read_articles(FIXTURES / "records.jsonl")
    assert [a.id for a in loaded.articles] == ["records#1", "records#3"]
    assert loaded.articles[1].published == dt.date(2024, 6, 19)
    (bad,) = loaded.skipped
    assert "records.jsonl" in bad.reason and "line 2" in bad.reason


def test_json_invalid_is_malformed_with_position(tmp_path: Path) -> None:
    """A .json file that is not JSON is a MalformedInputError with its line and column."""
    with pytest.raises(MalformedInputError, match=r"bad\.json.*line 1 column") as err:
        read_article(write(tmp_path, "bad.json", '{"text": '))
    assert err.value.offset == 9


@pytest.mark.parametrize("content", ['"just a string"', "42", "[1, 2]", "{}"])
def test_json_without_records_is_malformed(tmp_path: Path, content: str) -> None:
    """JSON that holds no article record is a MalformedInputError."""
    with pytest.raises(MalformedInputError, match=re.escape("odd.json")):
        read_article(write(tmp_path, "odd.json", content))


def test_read_article_refuses_a_file_of_several_records() -> None:
    """read_article wants one article; a file of several points to read_articles/load."""
    with pytest.raises(MalformedInputError, match="read_articles"):
        read_article(FIXTURES / "tree" / "sub" / "deeper" / "c.jsonl")


# --- bad input -----------------------------------------------------------------------

@pytest.mark.parametrize("name, data", [
    ("empty.txt", b""),
    ("blank.txt", b"  \n\t\n \r\n"),
    ("blank.html", b"\n\n"),
    ("blank.json", b" "),
    ("blank.jsonl", b"\n\n\n"),
    ("bom.txt", b"\xef\xbb\xbf \n"),
])
def test_empty_input(tmp_path: Path, name: str, data: bytes) -> None:
    """Empty or whitespace-only files are an EmptyInputError naming the file."""
    with pytest.raises(EmptyInputError, match=re.escape(name)):
        read_article(write(tmp_path, name, data))


@pytest.mark.parametrize("name, data", [
    ("nul.txt", b"outlet: X\n\nSome text\x00 with a NUL byte.\n"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
    ("doc.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"),
    ("archive.json", b"PK\x03\x04\x14\x00\x00\x00"),
])
def test_binary_input(tmp_path: Path, name: str, data: bytes) -> None:
    """NUL bytes or a known binary signature are a BinaryInputError naming the file."""
    with pytest.raises(BinaryInputError, match=re.escape(name)):
        read_article(write(tmp_path, name, data))


def test_undecodable_input_names_byte_offset(tmp_path: Path) -> None:
    """Bytes that are not UTF-8 are a DecodeInputError with the offset of the first one."""
    data = b"outlet: X\n\nCaf\xe9 au lait.\n"
    with pytest.raises(DecodeInputError, match=re.escape("latin.txt")) as err:
        read_article(write(tmp_path, "latin.txt", data))
    assert err.value.offset == data.index(b"\xe9")


def test_utf16_is_a_decode_error(tmp_path: Path) -> None:
    """UTF-16 text (with its byte-order mark) is refused as not UTF-8, not as binary."""
    with pytest.raises(DecodeInputError, match=re.escape("wide.txt")):
        read_article(write(tmp_path, "wide.txt", "outlet: X\n\nText.\n".encode("utf-16")))


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    """A UTF-8 byte-order mark is dropped, so the header still parses."""
    art = read_article(write(tmp_path, "bom.txt", b"\xef\xbb\xbfoutlet: X\n\nText.\n"))
    assert (art.outlet, art.body) == ("X", "Text.")


def test_too_large_input_is_refused_before_reading(tmp_path: Path) -> None:
    """A file over the limit is a TooLargeInputError, decided by its size alone: a large
    sparse file of NUL bytes is refused as too large, not read and found binary."""
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(6 * 1024 * 1024)
    with pytest.raises(TooLargeInputError, match=re.escape("huge.txt")):
        read_article(path)


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    """max_bytes lowers (or raises) the limit for read_article and load alike."""
    path = write(tmp_path, "a.txt", "outlet: X\n\n" + "Words here. " * 20)
    with pytest.raises(TooLargeInputError):
        read_article(path, max_bytes=100)
    assert load([path], max_bytes=100).skipped[0].source == str(path)
    assert read_article(path, max_bytes=1000).outlet == "X"


def test_explicit_unsupported_file_is_an_error(tmp_path: Path) -> None:
    """A file named explicitly with an extension no reader handles is unsupported."""
    with pytest.raises(UnsupportedInputError, match=re.escape("notes.md")):
        read_article(write(tmp_path, "notes.md", "# Notes\n"))


@pytest.mark.parametrize("name, data", [
    ("empty.txt", b""),
    ("nul.txt", b"a\x00b"),
    ("latin.txt", b"caf\xe9"),
    ("bad.json", b"{"),
    ("notes.md", b"# x"),
])
def test_every_input_error_names_the_file(tmp_path: Path, name: str, data: bytes) -> None:
    """Each InputError carries the file as ``source`` and says it in its message."""
    path = write(tmp_path, name, data)
    with pytest.raises(InputError) as err:
        read_article(path)
    assert err.value.source == str(path)
    assert str(path) in str(err.value)


# --- batches ---------------------------------------------------------------------------

def test_folder_is_searched_recursively() -> None:
    """Files in sub-folders are found; notes (README, INDEX) and hidden entries are
    passed over silently; a file of another type is listed as skipped."""
    loaded = load([FIXTURES / "tree"])
    assert [Path(a.source).name for a in loaded.articles] == [
        "a.txt", "b.html", "c.jsonl", "c.jsonl"]
    assert [Path(s.source).name for s in loaded.skipped] == ["notes.csv"]
    assert "'.csv'" in loaded.skipped[0].reason


def test_folder_notes_are_skipped_but_index_html_is_read(tmp_path: Path) -> None:
    """README.txt describes a folder and is not read; story/index.html is an article."""
    write(tmp_path, "README.txt", "outlet: X\n\nThese files are articles.\n")
    (tmp_path / "story").mkdir()
    shutil.copy(FIXTURES / "article.html", tmp_path / "story" / "index.html")
    loaded = load([tmp_path])
    assert [Path(a.source).name for a in loaded.articles] == ["index.html"]


def test_batch_goes_on_and_reports_skipped(tmp_path: Path) -> None:
    """Bad files do not stop a batch: they are listed in skipped with a reason."""
    write(tmp_path, "a_good.txt", "outlet: X\n\nFine text.\n")
    write(tmp_path, "b_empty.txt", "")
    write(tmp_path, "c_binary.txt", b"\x00\x01")
    write(tmp_path, "d_good.json", json.dumps({"text": "More text."}))
    loaded = load([tmp_path])
    assert [a.id for a in loaded.articles] == ["a_good", "d_good"]
    assert [Path(s.source).name for s in loaded.skipped] == ["b_empty.txt", "c_binary.txt"]
    assert all(s.source in s.reason for s in loaded.skipped)


def test_missing_path_is_skipped_by_name(tmp_path: Path) -> None:
    """A path that does not exist is skipped by name; the good paths beside it load."""
    loaded = load([FIXTURES / "header.txt", tmp_path / "nowhere"])
    assert [a.id for a in loaded.articles] == ["header"]
    assert [s.source for s in loaded.skipped] == [str(tmp_path / "nowhere")]
    assert "no such file" in loaded.skipped[0].reason


def test_order_is_deterministic(tmp_path: Path) -> None:
    """Folder contents load in sorted path order whatever order they were written in."""
    for name in ("b.txt", "a.txt", "c/a.txt", "B.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        write(tmp_path, name, f"outlet: {name}\n\nText of {name}.\n")
    names = [Path(a.source).relative_to(tmp_path).as_posix() for a in load([tmp_path]).articles]
    assert names == sorted(names)
    assert len(names) == 4


def test_clashing_stems_get_distinct_ids_independent_of_order(tmp_path: Path) -> None:
    """Two files with one stem get distinct ids, the same whichever is given first."""
    one = write(tmp_path, "one.txt", "outlet: X\n\nOne.\n")
    (tmp_path / "sub").mkdir()
    two = write(tmp_path / "sub", "one.txt", "outlet: Y\n\nTwo.\n")
    forward = {a.source: a.id for a in load([one, two]).articles}
    backward = {a.source: a.id for a in load([two, one]).articles}
    assert forward == backward
    assert len(set(forward.values())) == 2
    assert all(i.startswith("one~") for i in forward.values())


def test_file_given_twice_is_read_once() -> None:
    """A file named twice, or named and found in a folder, is one article."""
    loaded = load([FIXTURES / "tree" / "a.txt", FIXTURES / "tree"])
    assert [Path(a.source).name for a in loaded.articles].count("a.txt") == 1


def test_single_path_string_is_accepted() -> None:
    """load("folder") means one folder, not a sequence of one-letter paths."""
    assert load(str(FIXTURES / "tree")).articles == load([FIXTURES / "tree"]).articles


def test_explicit_unsupported_file_is_skipped_in_a_batch(tmp_path: Path) -> None:
    """In load, an explicit file of an unsupported type is skipped, not fatal."""
    path = write(tmp_path, "notes.md", "# x\n")
    loaded = load([path])
    assert loaded == Loaded(articles=(), skipped=loaded.skipped)
    assert "unsupported" in loaded.skipped[0].reason


# --- invariants -------------------------------------------------------------------------

@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=400))
def test_arbitrary_txt_is_an_article_or_an_input_error(tmp_path: Path, text: str) -> None:
    """Whatever a .txt holds, reading it gives an Article with a clean body or an InputError."""
    path = tmp_path / "fuzz.txt"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        art = read_article(path)
    except InputError as exc:
        assert exc.source == str(path)
        return
    assert art.body.strip() and art.body == art.body.strip()
    assert "\n\n\n" not in art.body


_WORDS = st.sampled_from(["the", "minister", "talks", "Geneva", "officials", "agreed",
                          "on", "new", "terms", "after", "long", "meeting", "said", "with"])
_PARAGRAPH = st.lists(_WORDS, min_size=6, max_size=30).map(lambda w: " ".join(w) + ".")


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(paras=st.lists(_PARAGRAPH, min_size=1, max_size=8))
def test_header_body_prose_survives_unchanged(tmp_path: Path, paras: list[str]) -> None:
    """Ordinary prose after a header comes out exactly, one blank line between paragraphs."""
    path = tmp_path / "prose.txt"
    path.write_text("outlet: X\n\n" + "\n\n\n".join(paras) + "\n", encoding="utf-8")
    assert read_article(path).body == "\n\n".join(paras)


@pytest.mark.parametrize("text, expected", [
    ("Sept. 14, 2023 - 09:17", dt.date(2023, 9, 14)),
    ("Thu 20 Jun 2024 12.15 BST", dt.date(2024, 6, 20)),
    ("2024-03-27T10:00:00Z", dt.date(2024, 3, 27)),
    ("on Wednesday", None),
    ("", None),
])
def test_parse_date(text: str, expected: dt.date | None) -> None:
    """Dates are read in English with day, month and year all required."""
    assert parse_date(text) == expected


# --- hostile input: one bad file never stops a batch ------------------------------------

GOOD = ("outlet: Example Wire\npublished: 2024-03-07\n\n"
        "The foreign ministry said on Thursday that it had sent no troops to the border.\n")
_PAGE = ('<html><head><meta charset="{}"><title>Bridge</title></head><body><article><p>The '
         'transport minister said on Monday that the new bridge would open next spring.</p>'
         '</article></body></html>')

# name -> (contents, words the skip reason holds); each crashed a whole batch once
HOSTILE: dict[str, tuple[str, str]] = {
    "big-number.json": ('{"text": "The minister said so.", "n": ' + "9" * 4400 + "}",
                        "bad JSON"),
    "big-number.jsonl": ('{"text": "The minister said so.", "n": ' + "9" * 4400 + "}\n",
                         "line 1"),
    "charset-hex.html": (_PAGE.format("hex"), "not a text encoding"),
    "charset-base64.html": (_PAGE.format("base64"), "not a text encoding"),
    "charset-rot13.html": (_PAGE.format("rot13"), "not a text encoding"),
    "charset-zlib.html": (_PAGE.format("zlib"), "not a text encoding"),
}


def _batch(tmp_path: Path, name: str, data: str | bytes) -> Loaded:
    write(tmp_path, "good.txt", GOOD)
    write(tmp_path, name, data)
    return load([tmp_path])


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_is_skipped_beside_a_good_one(tmp_path: Path, name: str) -> None:
    """Each hostile file is one skipped entry naming it and why; the good file loads."""
    data, why = HOSTILE[name]
    loaded = _batch(tmp_path, name, data)
    assert [a.id for a in loaded.articles] == ["good"]
    assert [Path(s.source).name for s in loaded.skipped] == [name]
    assert name in loaded.skipped[0].reason and why in loaded.skipped[0].reason


def test_symlink_loop_in_a_folder_is_skipped(tmp_path: Path) -> None:
    """A symlink loop found in a folder is skipped as such."""
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    loaded = _batch(tmp_path, "other.txt", GOOD)
    assert sorted(a.id for a in loaded.articles) == ["good", "other"]
    assert [Path(s.source).name for s in loaded.skipped] == ["loop.txt"]
    assert "loop" in loaded.skipped[0].reason


def test_symlink_loop_named_explicitly_is_skipped(tmp_path: Path) -> None:
    """A symlink loop named as a path is skipped; the other paths load."""
    (tmp_path / "a.txt").symlink_to("b.txt")
    (tmp_path / "b.txt").symlink_to("a.txt")
    good = write(tmp_path, "good.txt", GOOD)
    loaded = load([tmp_path / "a.txt", good])
    assert [a.id for a in loaded.articles] == ["good"]
    assert [s.source for s in loaded.skipped] == [str(tmp_path / "a.txt")]


def test_lone_surrogate_in_json_is_replaced(tmp_path: Path) -> None:
    """A lone surrogate ("\\ud800") in a record becomes U+FFFD, so reports can be written."""
    loaded = _batch(tmp_path, "s.json",
                    '{"title": "Port \\ud800 reopens", "text": "The port said it had '
                    'reopened \\udfff today."}')
    art = next(a for a in loaded.articles if a.id == "s")
    assert art.title == "Port \ufffd reopens"
    assert "\ufffd" in art.body
    art.body.encode("utf-8")  # raises on a surrogate


def test_unknown_charset_is_read_as_utf8_with_a_warning(tmp_path: Path) -> None:
    """A charset label nobody knows is read as UTF-8 (as browsers do), with a warning."""
    loaded = _batch(tmp_path, "page.html", _PAGE.format("x-no-such-charset"))
    assert sorted(a.id for a in loaded.articles) == ["good", "page"]
    assert any("x-no-such-charset" in w.message for w in loaded.warnings)


def test_unreadable_folder_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder the walk cannot enter is listed as skipped, not silently lost."""
    locked = tmp_path / "locked"
    locked.mkdir()
    write(locked, "x.txt", GOOD)
    real = os.scandir

    def scandir(path: str) -> object:  # as for a folder without read permission
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    loaded = _batch(tmp_path, "other.txt", GOOD)
    assert sorted(a.id for a in loaded.articles) == ["good", "other"]
    assert [Path(s.source).name for s in loaded.skipped] == ["locked"]
    assert "Permission denied" in loaded.skipped[0].reason


def test_link_to_a_folder_is_listed_not_followed(tmp_path: Path) -> None:
    """A link to a folder inside a folder is not followed, and says so."""
    (tmp_path / "elsewhere").mkdir()
    write(tmp_path / "elsewhere", "far.txt", GOOD)
    inner = tmp_path / "inner"
    inner.mkdir()
    write(inner, "near.txt", GOOD)
    (inner / "link").symlink_to(tmp_path / "elsewhere")
    loaded = load([inner])
    assert [a.id for a in loaded.articles] == ["near"]
    assert [Path(s.source).name for s in loaded.skipped] == ["link"]
    assert "not followed" in loaded.skipped[0].reason


def test_folder_notes_of_any_type_are_passed_over_silently(tmp_path: Path) -> None:
    """README.md, LICENSE and INDEX.md describe a folder: neither read nor listed."""
    for name in ("README.md", "LICENSE", "INDEX.md", ".DS_Store"):
        write(tmp_path, name, "notes")
    loaded = _batch(tmp_path, "other.txt", GOOD)
    assert loaded.skipped == ()


def test_unexpected_reader_error_is_a_skip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           ) -> None:
    """Any exception a reader raises on one file is that file's skip reason."""
    from factcheck.ingest import _readers

    def boom(data: bytes, source: str, stem: str, max_records: int) -> list[object]:
        raise OverflowError("date value out of range")

    monkeypatch.setitem(_readers.SUFFIXES, ".jsonl", boom)
    loaded = _batch(tmp_path, "x.jsonl", '{"text": "Fine."}\n')
    assert [a.id for a in loaded.articles] == ["good"]
    assert "OverflowError" in loaded.skipped[0].reason


# --- record cap -------------------------------------------------------------------------

@pytest.mark.parametrize("name, data", [
    ("many.json", json.dumps([{"text": f"Record {i} said so."} for i in range(5)])),
    ("many.jsonl", "".join(json.dumps({"text": f"Record {i} said so."}) + "\n"
                           for i in range(5))),
])
def test_records_beyond_the_cap_are_skipped(tmp_path: Path, name: str, data: str) -> None:
    """Only max_records records of one file are read; the rest are one skipped entry."""
    write(tmp_path, name, data)
    loaded = load([tmp_path], max_records=3)
    assert len(loaded.articles) == 3
    assert len(loaded.skipped) == 1
    assert "only the first 3" in loaded.skipped[0].reason


# --- dates that are refused -------------------------------------------------------------

@pytest.mark.parametrize("published, why", [
    ("2023-02-30", "not a calendar date"),
    ("Feb 30, 2023", "not a calendar date"),
    ("9999-12-31", "implausible"),
    ("0001-01-01", "implausible"),
    ("yesterday", "relative"),
    ("3 days ago", "relative"),
])
def test_refused_publication_date_is_a_warning(tmp_path: Path, published: str,
                                               why: str) -> None:
    """A date that is no calendar day, implausible or relative is dropped with a warning."""
    write(tmp_path, "a.txt", f"outlet: X\npublished: {published}\n\nThe mayor said so.\n")
    loaded = load([tmp_path])
    assert loaded.articles[0].published is None
    assert [w.source for w in loaded.warnings] == [str(tmp_path / "a.txt")]
    assert why in loaded.warnings[0].message and published in loaded.warnings[0].message


def test_year_one_with_a_weekday_is_analyzed(tmp_path: Path) -> None:
    """published 0001-01-01 and "on Tuesday" once overflowed the calendar; now undated."""
    from factcheck import analyze

    write(tmp_path, "old.txt", "outlet: X\npublished: 0001-01-01\n\n"
                               "The council said on Tuesday that it had approved the budget.\n")
    result = analyze([tmp_path])
    assert [a.id for a in result.articles] == ["old"] and result.skipped == ()
    assert all(c.date is None for c in result.claims)


@pytest.mark.parametrize("published, body", [
    (dt.date(1, 1, 1), "The council said on Tuesday that it had approved the budget."),
    (dt.date(1, 1, 1), "The council said yesterday that it had approved the budget."),
    (dt.date(9999, 12, 31), "The council said on March 22 that it had approved the budget."),
    (dt.date(2024, 2, 28), "The council said on February 29 that it had approved the budget."),
])
def test_calendar_edges_do_not_stop_extraction(published: dt.date, body: str) -> None:
    """An Article built by hand at the calendar's edges extracts; such dates are unknown."""
    from factcheck import Article, extract

    claims = extract(Article(id="a", source="a", body=body, published=published))
    assert all(c.date is None or dt.date.min < c.date < dt.date.max for c in claims)


def test_missing_outlet_and_date_are_warned(tmp_path: Path) -> None:
    """A record with no outlet and no date loads, with one warning naming both."""
    write(tmp_path, "r.json", json.dumps({"text": "The mayor said the bridge would open."}))
    loaded = load([tmp_path])
    assert len(loaded.articles) == 1
    (warning,) = loaded.warnings
    assert "no outlet and no publication date" in warning.message


# --- exports people have ----------------------------------------------------------------

def test_news_please_record_fields() -> None:
    """news-please's maintext, date_publish, source_domain and authors are understood."""
    from factcheck import read_record

    art = read_record({"maintext": "The mayor said the bridge would open.",
                       "title": "Bridge", "url": "https://example.org/a",
                       "date_publish": "2024-03-07 10:05:00", "source_domain": "example.org",
                       "authors": ["Ann Lee", "Bo Kim"], "date_download": "2025-01-01"})
    assert (art.title, art.outlet, art.published, art.byline, art.url) == (
        "Bridge", "example.org", dt.date(2024, 3, 7), "Ann Lee, Bo Kim",
        "https://example.org/a")


def test_newspaper3k_record_fields() -> None:
    """newspaper3k's text, publish_date, source_url and authors are understood."""
    from factcheck import read_record

    art = read_record({"text": "The mayor said the bridge would open.",
                       "publish_date": "2024-03-07T00:00:00+00:00",
                       "source_url": "https://www.example.co.uk", "authors": ["Ann Lee"]})
    assert (art.outlet, art.published, art.byline) == (
        "example.co.uk", dt.date(2024, 3, 7), "Ann Lee")


# --- in memory --------------------------------------------------------------------------

def test_read_text_runs_the_page_cleaner() -> None:
    """Raw page text given in memory loses its page chrome, as a .txt file does."""
    from factcheck import read_text

    art = read_text(KOREA_HERALD.read_text(encoding="utf-8"), id="kh")
    assert art.body == read_article(KOREA_HERALD).body
    assert art.id == "kh" and art.source == "<text>"


def test_read_text_metadata_wins_and_refused_date_warns() -> None:
    """Keyword metadata wins over the text's; a relative date is an InputWarning."""
    from factcheck import InputWarning, read_text

    art = read_text("title: Old\n\nThe mayor said the bridge would open.", title="New",
                    outlet="Example Wire", published="2024-03-07")
    assert (art.title, art.outlet, art.published) == ("New", "Example Wire",
                                                      dt.date(2024, 3, 7))
    with pytest.warns(InputWarning, match="relative"):
        undated = read_text("The mayor said so.", outlet="X", published="yesterday")
    assert undated.published is None


def test_read_text_default_id_is_stable() -> None:
    """Without an id, the same text gets the same id."""
    from factcheck import read_text

    text = "The mayor said the bridge would open."
    assert read_text(text, outlet="X", published="2024-03-07").id == read_text(
        text, outlet="X", published="2024-03-07").id


def test_read_html_from_memory_matches_the_file() -> None:
    """An HTML page in memory reads as the same page on disk does."""
    from factcheck import read_html

    page = FIXTURES / "article.html"
    art = read_html(page.read_bytes(), url="https://example.org/x")
    assert art.body == read_article(page).body
    assert art.source == "https://example.org/x"


@pytest.mark.parametrize("call", [
    lambda: __import__("factcheck").read_text("   "),
    lambda: __import__("factcheck").read_html("<html><body></body></html>"),
    lambda: __import__("factcheck").read_record({"title": "no text"}),
    lambda: __import__("factcheck").read_html(b'<meta charset="hex"><p>x</p>'),
])
def test_in_memory_readers_raise_input_errors(call: object) -> None:
    """Bad in-memory input raises an InputError, never anything else."""
    with pytest.raises(InputError):
        call()  # type: ignore[operator]


# --- standard input ---------------------------------------------------------------------

@pytest.mark.parametrize("data, ids", [
    (GOOD.encode(), ["stdin"]),
    (b'{"text": "One said so."}\n{"text": "Two said so."}\n', ["stdin#1", "stdin#2"]),
    (json.dumps([{"text": "One said so."}]).encode(), ["stdin"]),
])
def test_stdin_is_text_or_json_lines(data: bytes, ids: list[str]) -> None:
    """"-" reads the stream given: JSON Lines if every line is an object, else text."""
    import io

    loaded = load(["-"], stdin=io.BytesIO(data))
    assert [a.id for a in loaded.articles] == ids
    assert all(a.source == "<stdin>" for a in loaded.articles)


# --- invariants: no input stops a batch -------------------------------------------------

_JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["text", "body", "title", "published", "outlet", "id", "maintext",
                         "date_publish", "authors", "x"]), inner, max_size=5),
    max_leaves=12)
_HOSTILE_FILES = st.one_of(
    st.tuples(st.sampled_from(["x.txt", "x.html", "x.json", "x.jsonl", "x.htm"]),
              st.binary(max_size=300)),
    st.tuples(st.sampled_from(["x.json", "x.jsonl"]),
              _JSONISH.map(lambda v: json.dumps(v).encode())),
    st.tuples(st.just("x.html"), st.builds(
        lambda cs, body: f'<html><head><meta charset="{cs}"></head><body><p>{body}</p>'
                         "</body></html>".encode("utf-8", "surrogatepass"),
        st.sampled_from(["utf-8", "hex", "base64", "rot13", "utf-16", "idna", "nope",
                         "latin-1", "cp037"]),
        st.text(max_size=80))),
    st.tuples(st.just("x.txt"), st.builds(
        lambda pub, body: f"outlet: X\npublished: {pub}\n\n{body}\n".encode(
            "utf-8", "surrogatepass"),
        st.text(max_size=20), st.text(min_size=1, max_size=120))),
)


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(hostile=_HOSTILE_FILES)
def test_no_file_stops_a_batch(tmp_path: Path, hostile: tuple[str, bytes]) -> None:
    """Whatever one file holds, load returns; the good file beside it always loads."""
    name, data = hostile
    folder = tmp_path / "batch"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    write(folder, "good.txt", GOOD)
    write(folder, name, data)
    loaded = load([folder])
    assert "good" in [a.id for a in loaded.articles]
    for art in loaded.articles:
        json.dumps([art.body, art.title, art.source]).encode("utf-8")  # writable
    assert len(loaded.articles) + len(loaded.skipped) >= 1
