"""Renderers of a :class:`~newsgraph.graph.report.Report`, one per format, in one registry.

``render(report, fmt, G)`` looks ``fmt`` up in :data:`RENDERERS`; a renderer takes the
report and the graph and returns text (``table`` prints rich tables instead). Article text
reaches these tables: it never goes through rich markup.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import sys
from collections.abc import Callable
from typing import Any

import networkx as nx
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsgraph.graph.errors import UnknownFormat
from newsgraph.graph.html import render_html
from newsgraph.graph.report import CENTRALITY_COLUMNS, Report, format_value, sections, summary

__all__ = ["REPORT_FORMATS", "RENDERERS", "render", "render_table", "render_markdown", "render_csv"]


def render_table(r: Report, console: Console) -> None:
    """Print the report as rich tables."""
    console.print(summary(r), highlight=False, markup=False)
    for title, header, rows in sections(r):  # Text, never markup: names come from articles
        table = Table(title=Text(title), title_justify="left", show_lines=False, box=box.SIMPLE_HEAD,
                      pad_edge=False, collapse_padding=True)
        for i, h in enumerate(header):
            numeric = bool(rows) and isinstance(rows[0][i], int | float) and not isinstance(rows[0][i], bool)
            widest = max([len(format_value(row[i])) for row in rows] + [len(h)])
            table.add_column(Text(h), overflow="fold", justify="right" if numeric else "left",
                             no_wrap=numeric, min_width=None if numeric else min(widest, 16))
        for row in rows:
            table.add_row(*(Text(format_value(v)) for v in row))  # article text: never markup
        console.print(table)


_MD_SPECIAL = re.compile(r"([\\`*_\[\]|#!])")


def _md_cell(value: Any) -> str:
    """A value as Markdown text: HTML escaped (a ``<script>`` in an article stays text when the
    Markdown is rendered), Markdown syntax backslash-escaped, on one line."""
    text = " ".join(format_value(value).split())
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def render_markdown(r: Report) -> str:
    """The report as Markdown: a heading and a pipe table per section."""
    lines = ["# newsgraph report", "", _md_cell(summary(r)), ""]
    for title, header, rows in sections(r):
        lines += [f"## {_md_cell(title)}", "", "| " + " | ".join(header) + " |",
                  "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(_md_cell(v) for v in row) + " |" for row in rows]
        lines.append("")
    return "\n".join(lines)


def render_csv(r: Report) -> str:
    """The centrality table as CSV (one row per top entity; the other tables are in JSON)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CENTRALITY_COLUMNS)
    for row in r.centrality:
        w.writerow(["" if row[c] is None else row[c] for c in CENTRALITY_COLUMNS])
    return buf.getvalue()


def _json(r: Report, G: nx.MultiDiGraph | None) -> str:
    return json.dumps(r.to_dict(), ensure_ascii=False, indent=2, default=str) + "\n"


def _html(r: Report, G: nx.MultiDiGraph | None) -> str:
    if G is None:
        raise ValueError("the html report needs the graph")
    return render_html(G, r)


#: Format name -> renderer(report, graph) -> text. ``table`` prints instead (see :func:`render`).
RENDERERS: dict[str, Callable[[Report, nx.MultiDiGraph | None], str]] = {
    "csv": lambda r, G: render_csv(r),
    "json": _json,
    "markdown": lambda r, G: render_markdown(r),
    "html": _html,
}
REPORT_FORMATS = ("table", *RENDERERS)


def render(r: Report, fmt: str, G: nx.MultiDiGraph | None = None, *,
           console: Console | None = None) -> str | None:
    """Render a report in ``fmt`` (:data:`REPORT_FORMATS`); ``table`` prints to ``console``.

    ``html`` needs the graph ``G`` too (the page draws it). Returns the text for every
    format but ``table``.
    """
    if fmt == "table":
        # a pipe or file gets 160 columns (rich's default of 80 crops the centrality table)
        render_table(r, console or Console(width=None if sys.stdout.isatty() else 160))
        return None
    if fmt not in RENDERERS:
        raise UnknownFormat(f"unknown report format {fmt!r}; choose one of {', '.join(REPORT_FORMATS)}")
    return RENDERERS[fmt](r, G)
