"""Reading sources into cleaned documents: files, directories, globs, JSONL, HTML, stdin.

``read_sources`` turns what a user names on the command line into a stream of
:class:`~newsgraph.model.Document` (cleaned text, title, ISO date, url) and, for every
input it cannot use, a :class:`SourceProblem` naming the input and the cause. It never
raises for bad input, so one broken file does not stop a build.

``clean_text`` removes boilerplate that would otherwise become false facts (photo
captions, "ALSO READ:" teasers, lists of links, embedded tweets, share buttons) with
rules from ``newsgraph/data/boilerplate.yaml`` that a user file can extend
(``load_rules``). The cleaned text keeps paragraphs apart with one blank line and has
no other line breaks, so a sentence can never span a blank line.
"""

from __future__ import annotations

import datetime as _dt
import glob
import html
import io
import json
import os
import re
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from newsgraph.datafiles import parse_mapping, read_mapping, shipped_text
from newsgraph.errors import NewsgraphError
from newsgraph.model import Document, content_id, source_id
from newsgraph.names import is_first_name

__all__ = [
    "DEFAULT_MAX_CHARS",
    "SUFFIXES",
    "SourceProblem",
    "RulesError",
    "Rule",
    "CleaningRules",
    "Article",
    "load_rules",
    "is_month",
    "read_sources",
    "clean_text",
    "parse_article",
    "parse_date",
]

# The pipeline refuses longer documents (spaCy needs ~1 GB per 100,000 words): a longer
# article is split into numbered parts at paragraph boundaries (``source#1``, ``source#2``).
DEFAULT_MAX_CHARS = 1_000_000
# A file (or standard input) larger than this many times ``max_chars`` is refused unread.
MAX_PARTS = 16
# File kinds read from directories (any file named explicitly is read as text).
SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
STDIN_NAME = "<stdin>"

_RULE_LISTS = ("drop_line", "credit_line", "caption_marker", "caption_line", "teaser", "tweet_attribution",
               "remove_span", "split_span", "end_of_article", "story_link", "lost_apostrophe",
               "named_byline", "listing_stamp", "listing_byline")
_SETTINGS = {
    "headline_max_words": int,
    "link_list_min_lines": int,
    "teaser_max_words": int,
    "split_glued_headline": bool,
    "caption_max_words": int,
    "repeated_line_max_words": int,
    "end_after_words": int,
    "drop_line_max_words": int,
    "languages": list,
    "language_min_probability": float,
    "lost_apostrophe_min": int,
    "shortcode_blocks": list,
}


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class SourceProblem:
    """An input that yields no document, and why ("not UTF-8 text (byte 0xe9 at offset 12)")."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


class RulesError(NewsgraphError):
    """A boilerplate rules file cannot be read or holds a bad rule."""


@dataclass(frozen=True)
class Rule:
    """One named boilerplate pattern (a user's is a :class:`BoundedPattern`)."""

    name: str
    regex: re.Pattern[str] | BoundedPattern


# Seconds one user rule may spend on one line. Python's ``re`` cannot be stopped, so a
# user's pattern is compiled with the ``regex`` module, whose matching takes a timeout: a
# catastrophic pattern such as ``(a+)+$`` costs a document, not the build.
RULE_TIMEOUT = 0.25


class BoundedPattern:
    """A user's rule pattern whose ``search`` and ``sub`` give up after ``RULE_TIMEOUT`` seconds,
    raising :class:`RuleTimeout` that names the rule and its file."""

    def __init__(self, pattern: str, flags: int, name: str, origin: str) -> None:
        import regex

        self.pattern = regex.compile(pattern, flags)
        self.name = name
        self.origin = origin

    def __reduce__(self) -> tuple:  # pickled to worker processes by its source
        return (_bounded, (self.pattern.pattern, self.pattern.flags, self.name, self.origin))

    def _timeout(self) -> RuleTimeout:
        return RuleTimeout(f"rule {self.name!r} of {self.origin} took over {RULE_TIMEOUT} s on one line "
                           "(a pattern that backtracks without end, like (a+)+$?); fix or disable it")

    def search(self, line: str) -> object:
        try:
            return self.pattern.search(line, timeout=RULE_TIMEOUT)
        except TimeoutError:
            raise self._timeout() from None

    def sub(self, repl: str | Callable, line: str) -> str:
        try:
            return self.pattern.sub(repl, line, timeout=RULE_TIMEOUT)
        except TimeoutError:
            raise self._timeout() from None

    def subn(self, repl: str | Callable, line: str) -> tuple[str, int]:
        try:
            return self.pattern.subn(repl, line, timeout=RULE_TIMEOUT)
        except TimeoutError:
            raise self._timeout() from None

    def finditer(self, line: str) -> list:
        try:
            return list(self.pattern.finditer(line, timeout=RULE_TIMEOUT))
        except TimeoutError:
            raise self._timeout() from None


def _bounded(pattern: str, flags: int, name: str, origin: str) -> BoundedPattern:
    import regex

    return BoundedPattern(pattern, flags & ~(regex.VERSION0 | regex.UNICODE), name, origin)


class RuleTimeout(NewsgraphError):
    """A user's boilerplate rule ran too long on one line of an article."""


@dataclass(frozen=True)
class CleaningRules:
    """The boilerplate rules ``clean_text`` applies; see ``newsgraph/data/boilerplate.yaml``."""

    drop_line: tuple[Rule, ...] = ()
    credit_line: tuple[Rule, ...] = ()
    caption_marker: tuple[Rule, ...] = ()
    caption_line: tuple[Rule, ...] = ()
    teaser: tuple[Rule, ...] = ()
    tweet_attribution: tuple[Rule, ...] = ()
    remove_span: tuple[Rule, ...] = ()
    split_span: tuple[Rule, ...] = ()
    end_of_article: tuple[Rule, ...] = ()
    story_link: tuple[Rule, ...] = ()
    lost_apostrophe: tuple[Rule, ...] = ()
    named_byline: tuple[Rule, ...] = ()
    listing_stamp: tuple[Rule, ...] = ()
    listing_byline: tuple[Rule, ...] = ()
    sentence_openers: frozenset[str] = field(default_factory=frozenset)
    headline_max_words: int = 15
    link_list_min_lines: int = 3
    teaser_max_words: int = 60
    split_glued_headline: bool = True
    caption_max_words: int = 8
    repeated_line_max_words: int = 20
    end_after_words: int = 80
    drop_line_max_words: int = 120
    languages: tuple[str, ...] = ("en",)
    language_min_probability: float = 0.95
    lost_apostrophe_min: int = 2
    shortcode_blocks: tuple[str, ...] = ("caption",)


@dataclass(frozen=True)
class Article:
    """The parts of one article's text: title, ISO date and cleaned body."""

    title: str | None
    date: str | None
    text: str


class _Unusable(Exception):
    """Internal: this input yields no document; the message is the reason."""


# --------------------------------------------------------------------------- rules


def load_rules(extra: str | os.PathLike[str] | None = None) -> CleaningRules:
    """The built-in boilerplate rules, extended by the YAML file ``extra`` when given.

    The extra file's rule lists are added to the built-in ones, its ``settings``
    override them, and ``disable: [name, ...]`` switches built-in rules off.
    Raises :class:`RulesError` naming the file and the cause.
    """
    if extra is None:
        return _default_rules()
    base = _default_rules_data()
    user = _read_rules_file(Path(extra))
    merged = {key: list(base.get(key) or []) + list(user.get(key) or []) for key in _RULE_LISTS}
    merged["sentence_openers"] = list(base.get("sentence_openers") or []) + list(
        user.get("sentence_openers") or []
    )
    merged["settings"] = {**(base.get("settings") or {}), **(user.get("settings") or {})}
    disabled = set(user.get("disable") or [])
    first_user = {key: len(base.get(key) or []) for key in _RULE_LISTS}
    return _compile_rules(merged, str(extra), disabled, first_user)


@lru_cache(maxsize=1)
def _default_rules() -> CleaningRules:
    return _compile_rules(_default_rules_data(), "boilerplate.yaml", set())


def _default_rules_data() -> dict:
    text = shipped_text("boilerplate.yaml")
    return _parse_rules_yaml(text, "newsgraph/data/boilerplate.yaml")


def _read_rules_file(path: Path) -> dict:
    return _check_rules(read_mapping(path, "rules", RulesError), str(path))


def _parse_rules_yaml(text: str, origin: str) -> dict:
    return _check_rules(parse_mapping(text, origin, "rule lists", RulesError), origin)


def _check_rules(data: dict, origin: str) -> dict:
    """The rules mapping, after checking its keys and value types."""
    known = {*_RULE_LISTS, "settings", "disable", "sentence_openers"}
    for key in data:
        if key not in known:
            raise RulesError(f"{origin}: unknown key {key!r} (expected one of {sorted(known)})")
    for key in (*_RULE_LISTS, "disable", "sentence_openers"):
        if data.get(key) is not None and not isinstance(data[key], list):
            raise RulesError(f"{origin}: {key!r} must be a list")
    for entry in data.get("disable") or []:
        if not isinstance(entry, str):
            raise RulesError(f"{origin}: 'disable' must list rule names (strings), not {entry!r}")
    settings = data.get("settings") or {}
    if not isinstance(settings, dict):
        raise RulesError(f"{origin}: 'settings' must be a mapping")
    for key, value in settings.items():
        kind = _SETTINGS.get(key)
        if kind is None:
            raise RulesError(f"{origin}: unknown setting {key!r} (expected one of {sorted(_SETTINGS)})")
        if type(value) is not kind:
            raise RulesError(f"{origin}: setting {key!r} must be {kind.__name__}, not {value!r}")
    return data


def _compile_rules(data: dict, origin: str, disabled: set[str],
                   first_user: dict[str, int] | None = None) -> CleaningRules:
    """Rules from merged data; entries from ``first_user[key]`` on are the user's (bounded)."""
    first_user = first_user or {}

    def compiled(key: str) -> Iterator[Rule]:
        for i, entry in enumerate(data.get(key) or []):
            user = i >= first_user.get(key, len(data.get(key) or []))
            rule = _compile_rule(entry, key, i, origin, bounded=user)
            if rule.name not in disabled:
                yield rule

    lists = {key: tuple(compiled(key)) for key in _RULE_LISTS}
    openers = frozenset(str(w).casefold() for w in data.get("sentence_openers") or [])
    settings = dict(data.get("settings") or {})
    for key in ("languages", "shortcode_blocks"):
        if key in settings:
            settings[key] = tuple(str(word).lower() for word in settings[key])
    return CleaningRules(**lists, sentence_openers=openers, **settings)


def _compile_rule(entry: object, key: str, index: int, origin: str, *, bounded: bool = False) -> Rule:
    """A rule from a bare regex string or a {name, pattern|phrase, ignore_case} mapping."""
    name = f"{key}[{index}]"
    ignore_case = True
    if isinstance(entry, str):
        pattern = entry
    elif isinstance(entry, dict):
        name = str(entry.get("name") or name)
        ignore_case = bool(entry.get("ignore_case", True))
        if "pattern" in entry:
            pattern = str(entry["pattern"])
        elif "phrase" in entry:
            pattern = re.escape(str(entry["phrase"]))
        else:
            raise RulesError(f"{origin}: rule {name!r} in {key!r} has neither 'pattern' nor 'phrase'")
    else:
        raise RulesError(f"{origin}: rule {index} in {key!r} must be a string or a mapping")
    try:
        regex = re.compile(pattern, re.IGNORECASE if ignore_case else 0)
    except re.error as exc:
        raise RulesError(f"{origin}: rule {name!r} in {key!r}: bad regular expression: {exc}") from None
    if bounded:
        try:
            return Rule(name, BoundedPattern(pattern, regex.flags & re.IGNORECASE, name, origin))
        except Exception as exc:  # noqa: BLE001 - the regex module's own error class
            raise RulesError(f"{origin}: rule {name!r} in {key!r}: bad regular expression: {exc}") from None
    return Rule(name, regex)


# --------------------------------------------------------------------------- dates

_MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}


def is_month(word: str) -> bool:
    """Whether a word names a month, in full or short ("April", "Sept.")."""
    return word.rstrip(".").casefold() in _MONTHS


_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = (
    re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})(?![\d-])"),
    re.compile(r"\b(?P<year>\d{4})/(?P<mon>\d{1,2})/(?P<day>\d{1,2})\b"),
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b", re.I),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<year>\d{{4}})\b", re.I),
)
_DATE_MARKER = re.compile(r"^date:?[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*", re.I)


def _find_date(text: str) -> tuple[str, re.Match[str]] | None:
    """The earliest valid date in ``text`` as ISO ``YYYY-MM-DD``, with its match."""
    found = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            iso = _iso(match)
            if iso:
                found.append((match.start(), iso, match))
                break
    if not found:
        return None
    _, iso, match = min(found, key=lambda item: item[0])
    return iso, match


def _iso(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    month = int(parts["mon"]) if parts.get("mon") else _MONTHS[parts["month"].lower()]
    try:
        return _dt.date(int(parts["year"]), month, int(parts["day"])).isoformat()
    except ValueError:
        return None


def parse_date(value: object) -> str | None:
    """An ISO 8601 day (``2020-06-25``) from "2020-06-25T10:00Z", "June 25, 2020",
    "25 June 2020" or "2020/06/25"; None when no valid date is found."""
    if not isinstance(value, str):
        return None
    found = _find_date(value)
    return found[0] if found else None


def _is_dateline(line: str) -> bool:
    """A line that is only a date, perhaps with "Published", a weekday and a time."""
    found = _find_date(line)
    if not found or len(line) > 80:
        return False
    rest = line[: found[1].start()] + line[found[1].end():]
    return len(re.findall(r"[A-Za-z]{2,}", rest)) <= 4 and not rest.rstrip().endswith(".")


# --------------------------------------------------------------------------- cleaning

_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Control characters (but tab and newline), soft hyphen, zero-width and bidi marks, BOM.
_INVISIBLE = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
_MARKDOWN_PREFIX = re.compile(r"^(?:#{1,6}\s+|[-*•·▪►◦]\s+|>\s*)+")
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MARKDOWN_LINK = re.compile(r"\[([^\]]+)\]\([^)\s]*\)")
# Wire copy marks a company name in angle brackets ("<Brezna Air Ltd>", "<Vell Securities
# Pte Ltd>"): the name stays, the brackets go; a ticker after a name ("Halden
# Bancorp <HLDB>") goes whole.
_BRACKETED_NAME = re.compile(r" ?<((?:[A-Z0-9][\w&.,'-]*)(?: [\w&.,'-]+){0,8})>")
_TICKER = re.compile(r"[A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?")


def _unbracket(match: re.Match) -> str:
    """A bracketed wire name without its brackets, a bracketed ticker without anything."""
    inner = match.group(1)
    before = match.string[:match.start()].rsplit(None, 1)
    if _TICKER.fullmatch(inner) and match.group(0).startswith(" ") and before and before[-1][:1].isupper():
        return ""
    return (" " if match.group(0).startswith(" ") else "") + inner
_TERMINAL = ".!?…"
_CLOSERS = "\"'”’»)]"
_ELLIPSIS = re.compile(r"(\.\.\.|…|\[…\]|\[\.\.\.\])\s*[\"'”’»)\]]?$")
_FUNCTION_WORDS = frozenset(
    "a an the of in on at to for with by from over after before into as and or but nor "
    "against amid near under about across than its their his her our your via per".split()
)
_NON_SPLIT_PREVIOUS = frozenset(
    "said says say told tells added adds according reported reports announced cited quoted "
    "named called dubbed".split()
)
_PREPOSITIONS = frozenset(
    "at in on after before during since when while of to for with by from over into amid".split()
)
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday".split() + list(_MONTHS)
)

_DROP = None  # a removed line: a hard paragraph boundary


def clean_text(text: str, rules: CleaningRules | None = None) -> str:
    """``text`` without boilerplate, as paragraphs separated by one blank line.

    Removes control characters, a leading ``date YYYY-MM-DD`` marker, markdown markup
    and, by the rules: readers' comments after a comment-section heading, embedded tweets,
    teasers with their headlines, related stories' summaries ending in "Full story", photo captions and
    credits, share/newsletter/advertisement lines, bare URLs and runs of link-like
    headlines. Structural rules, not one rule per phrase, catch the rest: a line with no
    letter ("2", "***"), a short unpunctuated line repeated in the article (a caption
    shown twice), and a short verbless Title Case or capitals line between paragraphs (a
    caption or a section label). Lines of one paragraph are joined with spaces (a
    hard-wrapped article's lines too); a headline glued to the first sentence is split
    into its own paragraph.
    """
    rules = rules or load_rules()
    text = _restore_apostrophes(_strip_shortcodes(_normalise(text), rules), rules)
    lines: list[str | None] = [_strip_markup(line) for line in text.split("\n")]
    _take_marker(lines)
    for step in (_drop_after_end, _drop_tweets, _cut_named_byline, _split_spans, _drop_caption_markers,
                 _drop_teasers, _drop_listings, _drop_credits, _drop_story_links, _drop_lines,
                 _remove_spans, _drop_link_lists, _drop_caption_lines, _drop_letterless, _drop_repeated):
        lines = step(lines, rules)
    paragraphs = _paragraphs(lines, rules.headline_max_words, wrapped=_hard_wrapped(lines))
    paragraphs = [p for i, p in enumerate(paragraphs) if i == 0 or not _is_label(p, rules)]
    if paragraphs and rules.split_glued_headline:
        paragraphs[:1] = _split_glued_headline(paragraphs[0], rules)
    return "\n\n".join(paragraphs)


# A publishing system's shortcode left in the text: an opening tag with attributes
# ('[entity display="Orvane" type="organization"]', '[tweet_quote: display="..."]') or a
# closing tag ("[/entity]"). An editor's bracket ("[the company]", "[sic]") has no "=" and no "/".
_SHORTCODE_TAG = re.compile(
    r"\[(?:/[A-Za-z][\w-]{0,30}:?"  # a closing tag ("[/entity]", "[/tweet_Quote: ]")
    r"|[A-Za-z][\w-]{0,30}:?(?:\s+[\w-]{1,30}=(?:\"[^\"\]\n]*\"|'[^'\]\n]*'|[^\s\]]*))+)"  # one with attributes
    r"\s*\]")


def _strip_shortcodes(text: str, rules: CleaningRules) -> str:
    """The text without a publishing system's shortcodes: a block of ``shortcode_blocks``
    goes with what it holds ("[caption id=...] Tom Orr in Tarrow. (Photo: Vell)[/caption]",
    a picture's caption and credit inside a paragraph, which made the photo-credit rule drop
    the whole paragraph); any other tag goes and its words stay ('[entity display="Orvane"
    ...]Orvane[/entity]' is "Orvane")."""
    if "[" not in text or "=" not in text and "[/" not in text:
        return text
    if rules.shortcode_blocks:
        text = _shortcode_blocks(rules.shortcode_blocks).sub(" ", text)
    return _SHORTCODE_TAG.sub("", text)


@lru_cache(maxsize=8)
def _shortcode_blocks(names: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for the blocks of ``shortcode_blocks``, each closed by its own tag, compiled
    once per set of names, not for every article."""
    alternatives = "|".join(re.escape(name) for name in names)
    return re.compile(rf"\[({alternatives})(?:\s[^\]\n]*)?\].*?\[/\1\]", re.IGNORECASE)


def _take_marker(lines: list[str | None]) -> str | None:
    """Cut a ``date YYYY-MM-DD`` marker from the start of one of the first three lines.

    Returns the marker's date when it is a real day. The marker may stand on its own
    line or be glued to the headline or first sentence that follows it.
    """
    for i in [i for i, line in enumerate(lines) if line][:3]:
        match = _DATE_MARKER.match(lines[i])
        if match:
            lines[i] = lines[i][match.end():]
            return match.group(1) if parse_date(match.group(1)) == match.group(1) else None
    return None


# A curly apostrophe inside a word ("It’s", "Trump’s", "isn’t") is written straight: the
# parser reads "It’s" as a verb "’" and "Trump’s" as the noun "trump", "It's" and "Trump's" right.
# So is an accent, a prime or a backtick some pages set for it ("Vell´s wedding ring" was a
# place "Vell´s").
_CURLY_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[\u2019\u02bc\u00b4\u2032`](?=[^\W\d_])")
# So is one after a plural's "s" before the next word ("the Democrats’ showcase bill"; the
# parser took "’" for a closing quote and the Democrats for what was passed), unless a "‘"
# opened earlier in the sentence, whose closing quote it is (‘voting rights’ bill).
_PLURAL_POSSESSIVE = re.compile(r"(?<=[^\W\d_]s)\u2019(?= [^\W\d_])")
_SENTENCE_START = re.compile(r"[.!?\n][^.!?\n]*$")


def _straight_possessive(match: re.Match[str]) -> str:
    """A plural's curly apostrophe written straight, a closing quote kept."""
    before = match.string[max(0, match.start() - 400):match.start()]
    start = _SENTENCE_START.search(before)
    return match.group() if "\u2018" in before[start.start() if start else 0:] else "'"


# HTML line and paragraph breaks and inline tags left in a plain text ("projects.<br/><br/>The
# contract", "<strong>Orlen</strong>"): breaks become line breaks, inline tags go. Lower case
# only: a wire's ticker in capitals ("PHILLIPS<P> SAYS ...") is no tag.
_HTML_BREAK = re.compile(r"<br\s*/?>|</?p(?:\s[^<>]{0,200})?>")
_HTML_INLINE = re.compile(r"</?(?:strong|em|b|i|u|span|a|font|sup|sub)(?:\s[^<>]{0,200})?>")


def _normalise(text: str) -> str:
    """One kind of line break and space; no control or invisible characters; entities
    decoded; HTML breaks left in a plain text made line breaks and its inline tags dropped;
    a horizontal bar written as a dash ("X ― who ... ― clashed with Y") the dash the parser knows;
    apostrophes inside words straight; a replacement character the page was saved with read
    as the apostrophe or space it stood for; an opening quotation mark typed at a quotation's
    close the closing one."""
    if "<" in text:
        text = _HTML_INLINE.sub("", _HTML_BREAK.sub("\n", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n\n").replace("\x0c", "\n\n").replace("\u2015", "\u2014")  # a bar as a dash
    if "&" in text:
        text = html.unescape(text)
    if "\ufffd" in text:
        text = _LOST_SPACE.sub(" ", _LOST_APOSTROPHE.sub("'", text))
    text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
    if "\u201c" in text:
        text = _OPENING_AS_CLOSING.sub("\u201d", text)
    return _PLURAL_POSSESSIVE.sub(_straight_possessive, _CURLY_APOSTROPHE.sub("'", text))


# An opening quotation mark typed where the quotation closes, after its last punctuation and
# before a space or a line's end ('...,“ Orr said'): a closing one, so the quotation is one.
_OPENING_AS_CLOSING = re.compile(r"(?<=[,.?!])\u201c(?=\s|$)", re.MULTILINE)


# The replacement character a page was saved with for a character its encoding lost: inside a
# word before "s", "t", "ll" ... an apostrophe ("Democrats\ufffd", "don\ufffdt"), anywhere else a
# space (a lost no-break space: "Sen.\ufffdRoy Blunt" was "Sen. Roy Blunt" on the page).
_LOST_APOSTROPHE = re.compile(r"(?<=[^\W\d_])\ufffd(?=(?:s|t|d|m|ll|re|ve)\b)")
_LOST_SPACE = re.compile(r"\ufffd+")


def _restore_apostrophes(text: str, rules: CleaningRules) -> str:
    """``text`` with the apostrophes an encoding dropped put back ("don t" -> "don't",
    "Tarn s plan" -> "Tarn's plan"), when it shows at least ``lost_apostrophe_min``
    such gaps: the parser reads "he s a" as a verb "s" and "wasn t" as a name's part.

    Each ``lost_apostrophe`` rule matches a word (group 1), one space and the part after
    the apostrophe (group 2).
    """
    restored, found = text, 0
    for rule in rules.lost_apostrophe:
        restored, n = rule.regex.subn(lambda m: f"{m.group(1)}'{m.group(2)}", restored)
        found += n
    return restored if found >= rules.lost_apostrophe_min else text


def _strip_markup(line: str) -> str:
    """The line trimmed, its spaces collapsed, markdown heading/list/link syntax and the angle
    brackets of a wire service's company names removed."""
    line = re.sub(r" {2,}", " ", line).strip()
    line = _MARKDOWN_PREFIX.sub("", line)
    line = _MARKDOWN_IMAGE.sub("", line)
    line = _MARKDOWN_LINK.sub(r"\1", line)
    line = _BRACKETED_NAME.sub(_unbracket, line)
    return line.replace("**", "").replace("__", "").strip()


def _live(lines: list[str | None]) -> Iterator[int]:
    """Indexes of lines that still hold text."""
    return (i for i, line in enumerate(lines) if line)


def _first_live(lines: list[str | None]) -> int:
    return next(_live(lines), -1)


def _cut_named_byline(lines: list[str | None], rules: CleaningRules) -> list[str | None]:
    """Cut a writer's name run into the article's first sentence without "By" ("Ana
    VellBakers in the town ..."): a ``named_byline`` match at the start of the first line
    goes when its group ``first`` is a first name (so "Vellan TechWorks Ltd" stays)."""
    first = _first_live(lines)
    if first < 0:
        return lines
    line = lines[first]
    for rule in rules.named_byline:
        match = rule.regex.match(line)
        if match and is_first_name(match.group("first")):
            lines[first] = line[match.end():].lstrip()
            break
    return lines


def _previous_live(lines: list[str | None], index: int, *, max_blanks: int = 1) -> int | None:
    """The nearest earlier line with text, crossing at most ``max_blanks`` blank lines."""
    blanks = 0
    for i in range(index - 1, -1, -1):
        if lines[i] is _DROP:
            return None
        if lines[i]:
            return i
        blanks += 1
        if blanks > max_blanks:
            return None
    return None


def _matches(rules: Sequence[Rule], line: str) -> re.Match[str] | None:
    for rule in rules:
        match = rule.regex.search(line)
        if match:
            return match
    return None


def _drop_tweets(lines: list[str | None], rules: CleaningRules) -> list[str | None]:
    """An embedded tweet: its attribution line goes, with the tweet text above a lone one."""
    first = _first_live(lines)
    for i in list(_live(lines)):
        line = lines[i]
        match = line and _matches(rules.tweet_attribution, line)
        if not match:
            continue
        lines[i] = _DROP
        if match.start() > 0:  # the tweet text is on the same line
            continue
        prev = _previous_live(lines, i)
        if prev is not None and prev != first:
            url_only = not re.sub(r"\S*(https?://|pic\.twitter\.com/)\S*", "", lines[prev]).strip()
            lines[prev] = _DROP
            before = _previous_live(lines, prev)
            if url_only and before is not None and before != first:
                lines[before] = _DROP
    return lines


def _split_spans(lines: list[str | None], rules: CleaningRules) -> list[str | None]:
    """Cut ``split_span`` matches out of lines, ending a paragraph where each stood: an
    embedded post's signature run into the text ("... we will win. Ana Vell (@anavell)
    July 1, 2017The mayor said ...") parts the post from the article's next sentence."""
    if not rules.split_span:
        return lines
    out: list[str | None] = []
    for line in lines:
        if not line:
            out.append(line)
            continue
        pieces = [line]
        for rule in rules.split_span:
            pieces = [part for piece in pieces for part in _split_at(rule, piece)]
        kept = [piece.strip() for piece in pieces if re.search(r"\w", piece)]
        for i, piece in enumerate(kept or [_DROP]):
            if i:
                out.append(_DROP)
            out.append(piece)
    return out


def _split_at(rule: Rule, text: str) -> list[str]:
    """``text`` cut into the parts between the rule's matches (and the match's group "keep",
    when it has one, as a part of its own)."""
    parts, start = [], 0
    for match in rule.regex.finditer(text):
        parts.append(text[start:match.start()])
        if "keep" in match.re.groupindex and match.group("keep"):
            parts.append(match.group("keep"))  # a part of the match that stands on its own
        start = match.end()
    return [*parts, text[start:]]


def _is_headline_like(line: str, max_words: int) -> bool:
    """Short, starts with a capital or digit, no final period: a title, subheading or link."""
    words = line.split()
    if not 2 <= len(words) <= max_words or not (line[0].isupper() or line[0].isdigit()):
        return False
    return not _ends_sentence(line) and line[-1] not in ",;:" and not _is_dateline(line)


def _ends_sentence(line: str) -> bool:
    core = line.rstrip(_CLOSERS + " ")
    return bool(core) and core[-1] in _TERMINAL


def _drop_teasers(lines: list[str | None], rules: CleaningRules) -> list[str | None]:
    """"ALSO READ: ..." lines, and the headline-like or cut-off lines that follow them."""
    for i in list(_live(lines)):
        line = lines[i]
        if not line or not _matches(rules.teaser, line):
            continue
        lines[i] = _DROP
        for j in range(i + 1, len(lines)):
            follower = lines[j]
            if not follower:
                continue
            words = len(follower.split())
            teaser_like = _ELLIPSIS.search(follower) or (
                words <= rules.teaser_max_words and not _ends_sentence(follower)
                and follower[-1] not in ",;:"
            )
            if not teaser_like:
                break
            lines[j] = _DROP
    return lines


def _drop_listings(lines: list[str | None], rules: CleaningRules) -> list[str | None]:
    """A story listing's entries (a stamp line, a byline, a short summary of another story:
    ``listing_stamp``), when the article holds three or more: the summaries are other
    stories' news, not this article's."""
    entries = []
    for i in _live(lines):
        if not _matches(rules.listing_stamp, lines[i]):
            continue
        byline = _next_live(lines, i)
        if byline is None or not _matches(rules.listing_byline, lines[byline]):
            continue
        summary = _next_live(lines, byline)
        short = summary is not None and len(lines[summary].split()) <= rules.teaser_max_words \
            and not _matches(rules.listing_stamp, lines[summary])
        entries.append((i, byline, summary) if short else (i, byline))
    if len(entries) >= 3:
        for entry in entries:
            for i in entry:
                lines[i] = _DROP
    return lines


def _next_live(lines: list[str | None], index: int) -> int | None:
    """The next line after ``index`` that holds text, or None."""
    return next((j for j in range(index + 1, len(lines)) if lines[j]), None)


def _drop_credits(lines: list[str | None], rules: CleaningRules) -> list[str | None]:
    """A line that is only a photo credit, and the caption above it (no final period)."""
    return _drop_with_line_above(lines, rules.credit_line,
                                 lambda caption: not _ends_sentence(caption) and len(caption.split()) <= 80)


def _drop_story_links(lines: list[str | None], rules: CleaningRules) -> list[str | None]:
    """A line that ends in a link to another story ("... she told a crowd. Full story"): a
    related story's summary; it goes, with the headline line above it (no final period)."""
    return _drop_with_line_above(lines, rules.story_link,
                                 lambda line: _is_headline_like(line, rules.headline_max_words), keep_first=True)


def _drop_with_line_above(lines: list[str | None], matched: Sequence[Rule], above: Callable[[str], bool], *,
                          keep_first: bool = False) -> list[str | None]:
    """Each line a rule of ``matched`` fits, and the line just above it when ``above`` takes
    it; never the article's first line above, nor a matched first line with ``keep_first``."""
    first = _first_live(lines)
    for i in list(_live(lines)):
        line = lines[i]
        if not line or (keep_first and i == first) or not _matches(matched, line):
            continue
        lines[i] = _DROP
        prev = _previous_live(lines, i)
        if prev is not None and prev != first and above(lines[prev]):
            lines[prev] = _DROP
    return lines


def _drop_caption_lines(lines: list[str | None], rules: CleaningRules) -> list[str | None]:
    """A paragraph of one line that matches a ``caption_line`` rule: a gallery's caption
    ending in its credit ("... in Seoul, South Korea Getty Images"), a link ("Watch the mayor
    tour the port »"). A line of a hard-wrapped paragraph is never one ("... Texaco's buyout
    of Getty" + "Oil Co in 1984"); this runs after link lists, which a dropped line splits."""
    for i in list(_live(lines)):
        alone = (i == 0 or not lines[i - 1]) and (i + 1 == len(lines) or not lines[i + 1])
        if alone and _matches(rules.caption_line, lines[i]):
            lines[i] = _DROP
    return lines


def _drop_caption_markers(lines: list[str | None], rules: CleaningRules) -> list[str | None]:
    """"Image caption, ...", "Image copyright Getty": the line goes; a marker alone on its
    line takes the next line with it (the caption or credit it labels)."""
    for i in list(_live(lines)):
        line = lines[i]
        match = line and _matches(rules.caption_marker, line)
        if not match:
            continue
        lines[i] = _DROP
        if not re.search(r"\w", line[match.end():]):
            nxt = next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j]), None)
            if nxt is not None and len(lines[nxt].split()) <= rules.teaser_max_words:
                lines[nxt] = _DROP
    return lines


def _drop_letterless(lines: list[str | None], rules: CleaningRules) -> list[str | None]:
    """Lines without a letter: gallery counters ("2"), rules ("***", "_"), stray marks."""
    return [_DROP if line and not re.search(r"[^\W\d_]", line) and not _find_date(line) else line
            for line in lines]


def _drop_repeated(lines: list[str | None], rules: CleaningRules) -> list[str | None]:
    """A short unpunctuated line that appears more than once (a caption repeated under a
    gallery, a label), or a short line of any kind three times (a poll widget's question
    written thrice): every copy goes but the title's own line."""
    first = _first_live(lines)
    seen: dict[str, list[int]] = {}
    for i in _live(lines):
        line = lines[i]
        if len(line.split()) <= rules.repeated_line_max_words:
            seen.setdefault(line.casefold(), []).append(i)
    for indexes in seen.values():
        if len(indexes) > 2 or (len(indexes) > 1 and not _ends_sentence(lines[indexes[0]])):
            for i in indexes:
                if i != first:
                    lines[i] = _DROP
    return lines


def _is_label(paragraph: str, rules: CleaningRules) -> bool:
    """A short verbless paragraph: a caption or section label, never a sentence.

    Without a parser, "verbless" is read from the shape: every word is capitalised (or
    a short function word) as in "Prime Minister Jane Doe at the summit" or in capitals
    ("WHAT HAPPENS NEXT"), and there is no final punctuation.
    """
    words = paragraph.split()
    if not words or len(words) > rules.caption_max_words or _ends_sentence(paragraph):
        return False
    if paragraph[-1] in ",;:" or _is_dateline(paragraph):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or not w[:1].isalnum()
               or w.casefold() in _CAPTION_FUNCTION_WORDS for w in words)


_CAPTION_FUNCTION_WORDS = frozenset("a an the of at in on and for to with by from during after".split())


_PRINT_LINE = 90  # the longest line of print: a longer line is a paragraph of its own


def _hard_wrapped(lines: list[str | None]) -> bool:
    """Whether the text is hard-wrapped (old wire copy): most lines are about as long as
    a line of print and run straight into the next one, so a line break means nothing."""
    live = [i for i in _live(lines)]
    if len(live) < 8:
        return False
    sized = sum(1 for i in live if 40 <= len(lines[i]) <= _PRINT_LINE)
    followed = sum(1 for i in live if i + 1 < len(lines) and lines[i + 1])
    return sized >= 0.6 * len(live) and followed >= 0.5 * len(live)


def _drop_after_end(lines: list[str | None], rules: CleaningRules) -> list[str | None]:
    """An ``end_of_article`` line ("Comments are now closed for this story", "Post a
    comment") and every line after it: readers' comments are no news. Only after
    ``end_after_words`` words of article (a "Comments (3)" link near the top is no end)."""
    words = 0
    for i, line in enumerate(lines):
        if not line:
            continue
        if words >= rules.end_after_words and _matches(rules.end_of_article, line):
            return [*lines[:i], *([_DROP] * (len(lines) - i))]
        words += len(line.split())
    return lines


# Where a sentence of a long line ends: final punctuation (and a closing quote) before a
# space and a capital, digit or opening quote.
_LINE_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?=[\"'“‘(]?[A-Z0-9])")


def _drop_lines(lines: list[str | None], rules: CleaningRules) -> list[str | None]:
    """Lines matching a ``drop_line`` rule (captions with credits, buttons, sign-ups).

    A line longer than ``drop_line_max_words`` is a whole article on one line (a page laid
    out in a table): only its sentences that match go, never the article with them.
    """
    out: list[str | None] = []
    for line in lines:
        if not line or not _matches(rules.drop_line, line):
            out.append(line)
        elif len(line.split()) > rules.drop_line_max_words:
            kept = [s for s in _LINE_SENTENCE.split(line) if not _matches(rules.drop_line, s)]
            out.append(" ".join(kept) or _DROP)
        else:
            out.append(_DROP)
    return out


def _remove_spans(lines: list[str | None], rules: CleaningRules) -> list[str | None]:
    """Cut ``remove_span`` matches (URLs, datelines) out of lines; a line left with no word
    goes. A line whose start was cut (a dateline) is marked (``_CUT_HEAD``): it goes on into
    the next line however short it now is ("MOUNTAIN VIEW, Calif., March 3 - Equatorial
    Communications" + "Co said ...")."""
    out: list[str | None] = []
    for line in lines:
        if line:
            original = line
            for rule in rules.remove_span:
                line = rule.regex.sub(" ", line).lstrip()  # a cut start leaves the next rule a line's start
            line = re.sub(r"\(\s*\)|\[\s*\]", " ", line)
            line = re.sub(r" {2,}", " ", line).strip()
            line = re.sub(r" ([,.;:!?])", r"\1", line)
            if not re.search(r"\w", line):
                line = _DROP
            elif line != original and not original.startswith(line[:8]):
                line = _CUT_HEAD + line
        out.append(line)
    return out


_CUT_HEAD = "\x01"  # leads a line whose start a rule cut; control characters never reach here


def _drop_link_lists(lines: list[str | None], rules: CleaningRules) -> list[str | None]:
    """Runs of headline-like lines (links to other stories); the first line is the title."""
    first = _first_live(lines)
    run: list[int] = []

    def flush() -> None:
        if len(run) >= rules.link_list_min_lines:
            for k in run:
                lines[k] = _DROP
        run.clear()

    for i, line in enumerate(lines):
        if line is _DROP:
            flush()
        elif not line:
            continue
        elif i != first and _is_headline_like(line, rules.headline_max_words):
            run.append(i)
        else:
            flush()
    flush()
    return lines


def _paragraphs(lines: list[str | None], max_headline_words: int, *, wrapped: bool = False) -> list[str]:
    """Join lines into paragraphs: a line break inside a sentence becomes a space.

    In a hard-wrapped text (``wrapped``) a long line that ends mid-sentence always goes
    on into the next line, whatever that line starts with ("... Prime Minister Bettino
    Craxi's" + "Socialist Party ...").

    Works line by line (never on the paragraph built so far), so a long hard-wrapped
    paragraph costs linear time.
    """
    paragraphs: list[str] = []
    parts: list[str] = []  # the current paragraph's pieces, joined at the end
    words = 0
    blank = True  # a blank or removed line since the paragraph last grew
    for line in lines:
        if not line:
            blank = True
            continue
        cut = parts and not blank and _cut_goes_on(parts[-1], line, wrapped=wrapped)
        if parts and (cut or _continues(parts[-1], line, across_blank=blank, short=words <= max_headline_words)
                      or (wrapped and not blank and _wrapped_on(parts, line, first=not paragraphs))):
            parts.append(_joiner(parts[-1], line))
        elif parts:
            paragraphs.append("".join(parts))
            parts, words = [], 0
        parts.append(line)
        words += line.count(" ") + 1
        blank = False
    if parts:
        paragraphs.append("".join(parts))
    return [p.replace(_CUT_HEAD, "") for p in paragraphs]


def _cut_goes_on(previous: str, line: str, *, wrapped: bool) -> bool:
    """Whether a line whose start a rule cut (a dateline) goes on into ``line``: it ends
    mid-sentence and ``line`` is a line of print ("MOUNTAIN VIEW, Calif., March 3 - Vellco"
    + "Corp said ..."). A whole paragraph after it starts anew: the cut line was a labelled
    headline ("Report: Vellco weighs a sale" above the story's first paragraph)."""
    if not previous.startswith(_CUT_HEAD) or _ends_sentence(previous):
        return False
    return wrapped or len(line) <= _PRINT_LINE or line[0].islower()


def _wrapped_on(parts: list[str], line: str, *, first: bool) -> bool:
    """Whether a hard-wrapped line goes on into the next: it ends mid-sentence and is a full
    line, or it is the text's short first line before a full one (wire copy whose dateline
    was cut off upstream: "Royal Bank of Canada Chairman Allan" + "Taylor said ..."). A
    short line further down is a label ("About Zune"), not a cut."""
    previous = parts[-1]
    if _ends_sentence(previous):
        return False
    return len(previous) >= 40 or (first and len(parts) == 1 and len(line) >= 40 and not previous.isupper())


_SPLIT_ABBREVIATION = re.compile(r"\b[A-Z]\.$")


def _continues(previous: str, line: str, *, across_blank: bool, short: bool) -> bool:
    """Whether ``line`` carries on the sentence that the line ``previous`` ends with."""
    if _SPLIT_ABBREVIATION.search(previous[-3:]) and re.match(r"[A-Z]\b(?!\.)", line):
        return True  # "U." + "S and ..." split by a scraper
    if _ends_sentence(previous):
        return False
    if across_blank:  # only a paragraph cut mid-sentence goes on after a blank line
        return line[0].islower() and not short
    if line[0].islower():
        return True
    last = previous.rsplit(" ", 1)[-1].casefold()
    return previous[-1] in ",-–(" or last in _FUNCTION_WORDS or (
        previous[-1] == ":" and line[0] in "\"'“‘"
    )


def _joiner(previous: str, line: str) -> str:
    """What goes between two joined lines: nothing inside "U.S" or "Iran-backed", else a space."""
    if _SPLIT_ABBREVIATION.search(previous[-3:]) and re.match(r"[A-Z]\b", line):
        return ""
    if previous.endswith("-") and line[0].islower():
        return ""
    return " "


# ------------------------------------------------------------ glued headline


def _word(token: str) -> str:
    return token.strip("\"'“”‘’()[]")


def _is_cap(token: str) -> bool:
    word = _word(token)
    return bool(word) and word[0].isupper()


def _split_glued_headline(paragraph: str, rules: CleaningRules) -> list[str]:
    """Split "Militia Leader Arrested In Raid Security forces said ..." after the headline.

    Two shapes are recognised within the first ``headline_max_words`` words, before any
    punctuation: a Title Case run holding a capitalised function word ("In", "After"),
    and a sentence-case headline followed by a capitalised sentence opener ("raid
    Security forces", "strike The ministry"). Anything else is left alone.
    """
    tokens = paragraph.split(" ")
    split = _title_case_split(tokens, rules) or _sentence_case_split(tokens, rules)
    if not split:
        return [paragraph]
    return [" ".join(tokens[:split]), " ".join(tokens[split:])]


def _plain_prefix(tokens: list[str], limit: int) -> int:
    """How many leading tokens carry no punctuation that would end or break a headline."""
    for i, token in enumerate(tokens[:limit]):
        if token[-1:] in ",;:.!?…" or not _word(token):
            return i
    return min(len(tokens), limit)


def _valid_split(tokens: list[str], split: int) -> bool:
    rest = " ".join(tokens[split:])
    return split >= 3 and len(tokens) - split >= 6 and any(c in rest for c in _TERMINAL)


def _title_case_split(tokens: list[str], rules: CleaningRules) -> int | None:
    plain = _plain_prefix(tokens, rules.headline_max_words + 2)
    end = 0  # first lowercase content word: the sentence has begun
    while end < plain and (_is_cap(tokens[end]) or _word(tokens[end]).lower() in _FUNCTION_WORDS):
        end += 1
    if end >= plain or end < 4 or not _is_cap(tokens[0]):
        return None
    run = [_word(t) for t in tokens[:end]]
    if not any(w.lower() in _FUNCTION_WORDS and w[0].isupper() for w in run[1:end - 1]):
        return None
    openers = [i for i in range(3, end)
               if run[i].lower() in rules.sentence_openers and run[i].lower() not in _PREPOSITIONS]
    split = openers[-1] if openers else end - 1
    while split > 3 and run[split - 1] in run[: split - 1]:
        split -= 1  # "... Strike Kataib Hezbollah fighters": the subject repeats a name
    return split if _valid_split(tokens, split) else None


def _sentence_case_split(tokens: list[str], rules: CleaningRules) -> int | None:
    plain = _plain_prefix(tokens, rules.headline_max_words + 1)
    if not tokens or not _is_cap(tokens[0]):
        return None
    for i in range(3, plain):
        word, previous = _word(tokens[i]), _word(tokens[i - 1])
        if (
            word[:1].isupper()
            and word.lower() in rules.sentence_openers
            and previous[:1].islower()
            and previous.lower() not in _FUNCTION_WORDS | _NON_SPLIT_PREVIOUS
            and previous.lower() not in _CALENDAR
        ):
            return i if _valid_split(tokens, i) else None
    return None


# --------------------------------------------------------------------------- articles


def _same_title(a: str, b: str) -> bool:
    def fold(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().casefold()

    return fold(a) == fold(b)


def parse_article(text: str, rules: CleaningRules | None = None, *, title: str | None = None) -> Article:
    """Title, date and cleaned body of one article's plain text.

    The date comes from a leading ``date YYYY-MM-DD`` marker, else from the first date
    in the first sentences of the first three lines, until the story begins (a line that
    is only a date is removed). The title is
    ``title`` when given (a first line repeating it is removed), else a short first
    line without a final period that has more text after it.
    """
    rules = rules or load_rules()
    date = _take_marker([line.strip() for line in _normalise(text).split("\n")])
    paragraphs = clean_text(text, rules).split("\n\n")
    if date is None:
        date = _take_date(paragraphs)
    found_title = _take_title(paragraphs, rules, title)
    body = "\n\n".join(p for p in paragraphs if p)
    return Article(title=title or found_title, date=date, text=body)


def _after_title(paragraph: str, title: str) -> str | None:
    """The paragraph after the article's title glued before its first sentence ("Nine hurt
    in Brezna Two guards were hurt ...", "... in Brezna. Two guards ..."; any case), or None."""
    if len(paragraph) <= len(title) or paragraph[:len(title)].casefold() != title.casefold():
        return None
    rest = paragraph[len(title):]
    match = re.match(r"[.:!?|–—-]?\s+", rest)
    if match is None or not _is_cap(rest[match.end():]):
        return None
    return rest[match.end():]


_FIRST_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z])")


def _take_date(paragraphs: list[str]) -> str | None:
    """The first date of the first three paragraphs' first sentences; a date-only paragraph
    is removed. The search ends with the first paragraph of more than one sentence, where the
    story has begun: a date further on is one the story tells ("designated a wetland of
    importance on June 23, 1975"), not the day it was published."""
    for i, paragraph in enumerate(paragraphs[:3]):
        end = _FIRST_SENTENCE_END.search(paragraph)
        found = _find_date(paragraph[:end.start() + 1] if end else paragraph)
        if found:
            if _is_dateline(paragraph):
                paragraphs[i] = ""
            return found[0]
        if end is not None:
            return None
    return None


def _take_title(paragraphs: list[str], rules: CleaningRules, given: str | None) -> str | None:
    """Remove and return the title paragraph (or the given title repeated, even glued, with
    the byline written after it)."""
    index = next((i for i, p in enumerate(paragraphs) if p), None)
    if index is None:
        return None
    first = paragraphs[index]
    if given:
        given = " ".join(given.split())
        if _same_title(first, given) and any(paragraphs[index + 1:]):
            paragraphs[index] = ""  # a "title" that is the whole text (a title column filled with the body) stays
        else:
            rest = _after_title(first, given)
            if rest is not None:  # a byline left after the title ("... By Vell News") goes too
                paragraphs[index] = "" if _matches(rules.drop_line, rest) else rest
        return None
    has_more = any(paragraphs[index + 1:])
    if has_more and _is_headline_like(first, rules.headline_max_words):
        paragraphs[index] = ""
        return first
    return None


# --------------------------------------------------------------------------- reading


def _decode(data: bytes) -> tuple[str, str | None]:
    """Text of a file and a note when its encoding was guessed, or :class:`_Unusable` for binary.

    UTF-8 (a BOM allowed) and UTF-16 with a BOM are read as such; anything else is decoded
    with the encoding charset-normalizer finds (cp1252 when it fits as well as the best,
    since that is what legacy news archives are), and the note names the guess.
    """
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError as exc:
            raise _Unusable(f"not valid UTF-16 text (at offset {exc.start})") from None
    nul = data.find(b"\x00")
    if nul >= 0:
        raise _Unusable(f"binary file, not text (NUL byte at offset {nul})")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    encoding = _guess_encoding(data)
    if encoding is None:
        raise _Unusable("binary file, not text (no text encoding fits it)")
    return data.decode(encoding, errors="replace"), f"not UTF-8: decoded as {encoding} (a guess by charset-normalizer)"


def _guess_encoding(data: bytes) -> str | None:
    """The legacy encoding of ``data`` by charset-normalizer, cp1252 on a tie; None for binary."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    western = from_bytes(data, cp_isolation=["cp1252"]).best()
    if western is not None and western.chaos <= best.chaos:
        return "cp1252"
    return best.encoding


def _too_large(size: str, max_chars: int) -> _Unusable:
    return _Unusable(
        f"too large: {size}, over the limit of {MAX_PARTS * max_chars:,} characters per source "
        f"({MAX_PARTS} parts of {max_chars:,}); split it into articles (or one JSON object a line)"
    )


@dataclass(frozen=True)
class _Where:
    """Where a text came from: the source shown, the identity key, the file (None: stdin)."""

    source: str
    key: str | None  # None: standard input without an id, keyed by its content
    origin: str | None

    @classmethod
    def file(cls, path: Path, source: str) -> _Where:
        origin = os.path.abspath(path)
        return cls(source, origin, origin)

    def part(self, number: int) -> _Where:
        key = f"{self.key}#{number}" if self.key is not None else None
        return _Where(f"{self.source}#{number}", key, self.origin)


def _documents(text: str, where: _Where, rules: CleaningRules, max_chars: int, *,
               title: str | None = None, date: str | None = None, url: str | None = None,
               notes: tuple[str, ...] = ()) -> list[Document]:
    """The Documents of raw article text: one, or numbered parts of a long text; or :class:`_Unusable`."""
    if not text.strip():
        raise _Unusable("empty: no text")
    if len(text) <= max_chars:
        return [_document(text, where, rules, title=title, date=date, url=url, notes=notes)]
    if len(text) > MAX_PARTS * max_chars:
        raise _too_large(f"{len(text):,} characters", max_chars)
    parts = split_paragraphs(text, max_chars)
    note = f"longer than {max_chars:,} characters: stored as {len(parts)} parts"
    documents: list[Document] = []
    for number, part in enumerate(parts, 1):
        try:
            documents.append(_document(part, where.part(number), rules, title=title, date=date, url=url,
                                       notes=() if documents else (*notes, note)))
        except _Unusable:
            continue  # a part of boilerplate only: the others stand
        title, date = documents[0].title, documents[0].date  # the article's, for every part
    if not documents:
        raise _Unusable("no text left after removing boilerplate")
    return documents


def split_paragraphs(text: str, max_chars: int) -> list[str]:
    """``text`` cut into pieces of at most ``max_chars``, at blank lines where possible,
    else at line breaks, else at spaces (a sentence is cut only when nothing else fits)."""
    pieces: list[str] = []
    rest = text
    while len(rest) > max_chars:
        window = rest[: max_chars + 1]
        cut = next((i + len(sep) for sep in ("\n\n", "\n", " ") if (i := window.rfind(sep, 1)) > 0), max_chars)
        pieces.append(rest[:cut])
        rest = rest[cut:]
    pieces.append(rest)
    return [p for p in pieces if p.strip()]


def _document(text: str, where: _Where, rules: CleaningRules, *, title: str | None = None,
              date: str | None = None, url: str | None = None, notes: tuple[str, ...] = ()) -> Document:
    """A Document from raw article text (within the size limit), or :class:`_Unusable`."""
    if not text.strip():
        raise _Unusable("empty: no text")
    title = _clean_field(title)
    try:
        article = parse_article(text, rules, title=title)
    except RuleTimeout as exc:
        raise _Unusable(str(exc)) from None
    if not article.text:
        raise _Unusable("no text left after removing boilerplate")
    _check_language(article.text, rules)
    key = where.key if where.key is not None else f"{where.source}@{content_id(article.text)}"
    return Document(id=source_id(key), text=article.text, source=where.source, title=article.title,
                    date=date or article.date, url=_clean_field(url), key=key, origin=where.origin,
                    notes=notes)


LANGUAGE_SAMPLE_CHARS = 3000  # enough for a sure guess; a long article costs no more
LANGUAGE_MIN_WORDS = 25  # a shorter text is no sure evidence of its language


@lru_cache(maxsize=1)
def _language_identifier() -> Callable[[str], tuple[str, float]]:
    """py3langid's classifier, probabilities normalised to 0..1 (its model ships in the wheel).

    Version 0.4 renamed the model loader and scores only the features a text has; 0.3 is
    given that sparse sum here (its full matrix product wakes the BLAS threads, which then
    spin on the other core: 8% more CPU for a build)."""
    from py3langid import langid

    if hasattr(langid.LanguageIdentifier, "from_model_file"):  # py3langid >= 0.4
        return langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True).classify
    ident = langid.LanguageIdentifier.from_pickled_model(langid.MODEL_FILE, norm_probs=True)
    return partial(_sparse_classify, ident)


def _sparse_classify(ident: Any, text: str) -> tuple[str, float]:
    import numpy

    features = ident.instance2fv(text)
    seen = numpy.flatnonzero(features)
    probs = ident.norm_probs(features[seen] @ ident.nb_ptc[seen] + ident.nb_pc)
    best = int(numpy.argmax(probs))
    return str(ident.nb_classes[best]), float(probs[best])


def article_language(text: str) -> tuple[str, float]:
    """The language an article is written in (ISO 639-1 code) and the identifier's probability.

    >>> article_language("The council of Brezna voted on Monday to close the port for a year, "
    ...                  "and the mayor said the ships would go to Vell instead.")[0]
    'en'
    """
    code, probability = _language_identifier()(text[:LANGUAGE_SAMPLE_CHARS])
    return str(code), float(probability)


def _check_language(text: str, rules: CleaningRules) -> None:
    """:class:`_Unusable` for an article surely written in a language the run does not read
    (``languages`` of the rules' settings; empty reads all): the English parser turns French
    or German into false facts."""
    if not rules.languages or len(text.split()) < LANGUAGE_MIN_WORDS:
        return
    code, probability = article_language(text)
    if code not in rules.languages and probability >= rules.language_min_probability:
        raise _Unusable(f"written in another language ({code}), not {', '.join(rules.languages)}; "
                        "to read it, set 'languages' in a rules file (--rules)")


def _clean_field(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(_INVISIBLE.sub("", str(value)).split())
    return text or None


def _read_text_file(path: Path, source: str, rules: CleaningRules, max_chars: int) -> list[Document]:
    size = path.stat().st_size
    if size == 0:
        raise _Unusable("empty file")
    if size > 4 * MAX_PARTS * max_chars + 4:  # UTF-8 takes at most 4 bytes a character
        raise _too_large(f"{size:,} bytes", max_chars)
    text, note = _decode(path.read_bytes())
    return _documents(text, _Where.file(path, source), rules, max_chars, notes=(note,) if note else ())


def _read_html_file(path: Path, source: str, rules: CleaningRules, max_chars: int) -> list[Document]:
    size = path.stat().st_size
    if size == 0:
        raise _Unusable("empty file")
    if size > 8 * MAX_PARTS * max_chars:
        raise _too_large(f"{size:,} bytes of HTML", max_chars)
    return _html_documents(path.read_bytes(), _Where.file(path, source), rules, max_chars)


_HTML_START = re.compile(rb"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)


def _html_documents(data: bytes, where: _Where, rules: CleaningRules, max_chars: int) -> list[Document]:
    """Documents from the bytes of an HTML page (trafilatura finds the charset and the article).

    A page trafilatura cannot read (nesting too deep for its parser, say) falls back to
    all the page's text, with a note saying so.
    """
    nul = data.find(b"\x00")
    if nul >= 0 and data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        raise _Unusable(f"binary file, not HTML (NUL byte at offset {nul})")
    try:
        extracted = _extract_html(data)
    except _Unusable:
        extracted = None
    if extracted is not None and (extracted.text or "").strip():
        return _documents(extracted.text, where, rules, max_chars, title=extracted.title,
                          date=parse_date(extracted.date), url=extracted.url)
    text = html_text(data)
    if not text.strip():
        raise _Unusable("no article text found in the HTML page")
    return _documents(text, where, rules, max_chars,
                      notes=("no article found by trafilatura: all the page's text was read",))


class _TextCollector(HTMLParser):
    """The text of an HTML page, blocks on their own lines, script and style left out.

    The standard library's event parser keeps no tree, so no nesting is too deep for it.
    """

    _BLOCKS = frozenset("p div br li h1 h2 h3 h4 h5 h6 tr section article header footer blockquote "
                        "title pre table ul ol dd dt figcaption".split())
    _HIDDEN = frozenset({"script", "style", "noscript", "template", "head"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._HIDDEN:
            self.hidden += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_text(data: bytes) -> str:
    """All the visible text of an HTML page, paragraphs apart (the fallback when no article is found)."""
    match = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", data[:4096], re.I)
    try:
        text = data.decode(match.group(1).decode("ascii") if match else "utf-8")
    except (LookupError, UnicodeDecodeError):
        text = _decode(data)[0]
    collector = _TextCollector()
    collector.feed(text)
    collector.close()
    paragraphs = (" ".join(p.split()) for p in "".join(collector.parts).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def _extract_html(data: bytes):  # -> trafilatura Document | None
    """Main text, title, date and url of a saved page, by trafilatura (offline)."""
    import trafilatura  # imported here: slow to import, needed only for HTML

    try:
        with warnings.catch_warnings():  # a page's odd date ("EST") is no message for the user
            warnings.simplefilter("ignore")
            return trafilatura.bare_extraction(
                data, with_metadata=True, include_comments=False, include_tables=False,
                include_images=False, include_links=False,
            )
    except Exception as exc:  # noqa: BLE001 - a third-party parser on arbitrary pages
        raise _Unusable(f"HTML extraction failed: {exc}") from None


Readline = Callable[[int], bytes]


def _read_jsonl(readline: Readline, label: str, origin: str | None, rules: CleaningRules,
                max_chars: int) -> Iterator[Document | SourceProblem]:
    """One document per JSON line, streamed; a bad line is a problem, the rest go on.

    A record is keyed by ``origin#id``, else ``origin:line``; from standard input (no
    ``origin``) by ``<stdin>#id``, else by its content (lines of a stream are no identity).
    """
    limit = 6 * max_chars + 65_536  # a JSON-escaped character takes up to 6 bytes
    number = yielded = 0
    while raw := readline(limit):
        number += 1
        if len(raw) >= limit and not raw.endswith(b"\n"):
            _skip_line(readline)
            yield SourceProblem(label, f"line {number}: longer than {limit:,} bytes; skipped")
            yielded += 1
            continue
        if not raw.strip():
            continue
        yielded += 1
        try:
            yield from _jsonl_documents(raw, label, origin, number, rules, max_chars)
        except _Unusable as exc:
            yield SourceProblem(label, f"line {number}: {exc}")
    if not yielded:
        yield SourceProblem(label, "empty: no JSON lines" if number else "empty file")


def _skip_line(readline: Readline) -> None:
    """Read past the rest of an over-long line, a megabyte at a time."""
    while chunk := readline(1 << 20):
        if chunk.endswith(b"\n"):
            return


def _jsonl_documents(raw: bytes, label: str, origin: str | None, number: int, rules: CleaningRules,
                     max_chars: int) -> list[Document]:
    if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        line = raw.rstrip(b"\r\n").decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _Unusable(f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})") from None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _Unusable(f"not valid JSON: {exc.msg} (column {exc.colno})") from None
    if not isinstance(record, dict):
        raise _Unusable("not a JSON object")
    text = record.get("text")
    if text is None:
        raise _Unusable('no "text" field')
    if not isinstance(text, str):
        raise _Unusable('"text" is not a string')
    if not text.strip():
        raise _Unusable('"text" is empty')
    ident = record.get("id")
    if ident not in (None, ""):
        where = _Where(f"{label}#{ident}", f"{origin or label}#{ident}", origin)
    else:
        where = _Where(f"{label}:{number}", f"{origin}:{number}" if origin else None, origin)
    return _documents(text, where, rules, max_chars, title=record.get("title"),
                      date=parse_date(record.get("date")), url=record.get("url"))


def _read_file(path: Path, source: str, rules: CleaningRules,
               max_chars: int) -> Iterator[Document | SourceProblem]:
    """Documents of one file, by its suffix; problems instead of exceptions."""
    try:
        if path.is_symlink() and not path.exists():
            raise _Unusable("broken symbolic link")
        if not path.is_file():
            raise _Unusable("not a regular file")
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            with path.open("rb") as stream:
                yield from _read_jsonl(stream.readline, source, os.path.abspath(path), rules, max_chars)
        elif suffix in (".html", ".htm"):
            yield from _read_html_file(path, source, rules, max_chars)
        else:
            yield from _read_text_file(path, source, rules, max_chars)
    except _Unusable as exc:
        yield SourceProblem(source, str(exc))
    except OSError as exc:
        yield SourceProblem(source, f"cannot read: {exc.strerror or exc}")


def _walk(directory: Path) -> Iterator[Path]:
    """Files with a known suffix under ``directory``, sorted, hidden ones skipped."""
    with os.scandir(directory) as scan:
        entries = sorted(scan, key=lambda e: e.name)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path))
        elif Path(entry.name).suffix.lower() in SUFFIXES:
            yield Path(entry.path)


def _read_directory(directory: Path, rules: CleaningRules,
                    max_chars: int) -> Iterator[Document | SourceProblem]:
    found = False
    try:
        for path in _walk(directory):
            found = True
            yield from _read_file(path, str(path), rules, max_chars)
    except OSError as exc:
        yield SourceProblem(str(exc.filename or directory), f"cannot read directory: {exc.strerror or exc}")
        return
    if not found:
        yield SourceProblem(str(directory), "no usable file in this directory (looked for "
                            + ", ".join(SUFFIXES) + ")")


def _binary_stream(stream: TextIO | BinaryIO) -> BinaryIO:
    """The byte stream under a text stream (so encoding errors can be reported precisely)."""
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        return buffer
    if isinstance(stream, io.TextIOBase):
        return io.BytesIO(stream.read().encode("utf-8", "surrogateescape"))
    return stream  # type: ignore[return-value]


def _read_stdin(stream: TextIO | BinaryIO, rules: CleaningRules,
                max_chars: int) -> Iterator[Document | SourceProblem]:
    """Standard input: JSONL when its first non-blank line is a JSON object, else one article."""
    binary = _binary_stream(stream)
    limit = 6 * max_chars + 65_536
    head = b""
    while (line := binary.readline(limit)) and not line.strip():
        head += line
    if line.lstrip().startswith(b"{"):
        pending = [line]

        def readline(size: int) -> bytes:
            return pending.pop() if pending else binary.readline(size)

        yield from _read_jsonl(readline, STDIN_NAME, None, rules, max_chars)
        return
    try:
        data = head + line + binary.read(8 * MAX_PARTS * max_chars + 1 - len(head) - len(line))
        if not data.strip():
            raise _Unusable("empty: no text on standard input")
        where = _Where(STDIN_NAME, None, None)
        if _HTML_START.match(data):
            if len(data) > 8 * MAX_PARTS * max_chars:
                raise _too_large(f"more than {8 * MAX_PARTS * max_chars:,} bytes of HTML", max_chars)
            yield from _html_documents(data, where, rules, max_chars)
            return
        if len(data) > 4 * MAX_PARTS * max_chars + 4:
            raise _too_large(f"more than {4 * MAX_PARTS * max_chars:,} bytes", max_chars)
        text, note = _decode(data)
        yield from _documents(text, where, rules, max_chars, notes=(note,) if note else ())
    except _Unusable as exc:
        yield SourceProblem(STDIN_NAME, str(exc))


def _is_glob(source: str) -> bool:
    return any(c in source for c in "*?[")


def _read_source(source: str, rules: CleaningRules, stdin: TextIO | BinaryIO | None,
                 max_chars: int) -> Iterator[Document | SourceProblem]:
    if source == "-":
        yield from _read_stdin(stdin if stdin is not None else sys.stdin, rules, max_chars)
        return
    if not source.strip():
        yield SourceProblem(repr(source), "empty path")
        return
    path = Path(source)
    if path.is_dir():
        yield from _read_directory(path, rules, max_chars)
    elif path.exists() or path.is_symlink():
        yield from _read_file(path, source, rules, max_chars)
    elif _is_glob(source):
        matches = sorted(glob.glob(source, recursive=True))
        if not matches:
            yield SourceProblem(source, "no file matches this pattern")
        for match in matches:
            if Path(match).is_dir():
                yield from _read_directory(Path(match), rules, max_chars)
            else:
                yield from _read_file(Path(match), match, rules, max_chars)
    else:
        yield SourceProblem(source, "no such file or directory")


def read_sources(
    sources: Sequence[str],
    *,
    rules: CleaningRules | None = None,
    stdin: TextIO | BinaryIO | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[Document | SourceProblem]:
    """Documents from files, directories (recursive), globs and ``-`` (``stdin``).

    Directories are walked in sorted order for files ending in .txt .md .html .htm
    .jsonl (hidden files skipped). A ``.jsonl`` file holds one JSON object a line with
    ``text`` and optional ``id``, ``title``, ``date``, ``url``; HTML goes through
    trafilatura; anything else is read as UTF-8 plain text. Standard input is JSONL
    when its first line is a JSON object, a page when it starts like HTML, else one
    article. Every unusable input
    becomes a :class:`SourceProblem` and reading goes on; nothing is raised for bad
    input. ``max_chars`` bounds one document (bigger ones are refused, unread).
    """
    rules = rules or load_rules()
    for source in sources:
        try:
            yield from _read_source(source, rules, stdin, max_chars)
        except OSError as exc:
            yield SourceProblem(source, f"cannot read: {exc.strerror or exc}")


_PART = re.compile(r"#\d+$")


def source_is_gone(key: str, origin: str | None, jsonl_keys: Callable[[str], set[str] | None]) -> bool:
    """Whether the source a stored document was read from no longer gives it: its file is gone,
    or (a JSONL record) its file holds no record with that id or line any more.

    Standard input (no ``origin``) is never gone: nothing can be checked. ``jsonl_keys``
    gives the keys a JSONL file holds now (:func:`jsonl_record_keys`, cached by the caller).
    """
    if origin is None:
        return False
    if not os.path.exists(origin):
        return True
    if not origin.lower().endswith(".jsonl") or key == origin:
        return False
    keys = jsonl_keys(origin)
    return keys is not None and key not in keys and _PART.sub("", key) not in keys


def jsonl_record_keys(origin: str) -> set[str] | None:
    """The identity keys of the records a JSONL file holds now (``origin#id`` or ``origin:line``);
    None when a line cannot be read, so that nothing is taken for gone on a guess."""
    keys: set[str] = set()
    try:
        with open(origin, "rb") as stream:
            for number, raw in enumerate(stream, 1):
                if not raw.strip():
                    continue
                record = json.loads(raw.decode("utf-8-sig"))
                ident = record.get("id") if isinstance(record, dict) else None
                keys.add(f"{origin}#{ident}" if ident not in (None, "") else f"{origin}:{number}")
    except (OSError, UnicodeDecodeError, ValueError, AttributeError):
        return None
    return keys
