"""Every data file newsgraph reads, shipped and the user's, merged once into one object.

A :class:`Lexicon` holds the boilerplate rules, the relation classes, the role nouns,
the demonyms, the clause word lists and weights, the coreference tables, the name tables
and the alias tables. The CLI (or a notebook user) builds it once with :meth:`Lexicon.load`
from the user's files, and passes it down: to document reading, to extraction (it is
pickled to worker processes and Dask workers with each batch's job), to resolution.
Nothing reads an environment variable below the CLI.

>>> lexicon = Lexicon.load()                        # the shipped data only
>>> lexicon.classes.classify("strike")
'ATTACK'

Each user file has the shape of its shipped counterpart in ``newsgraph/data/`` and is
checked when loaded, so a typo is one line naming the file and line before any parsing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from newsgraph.datafiles import shipped_text
from newsgraph.documents import CleaningRules, load_rules
from newsgraph.extract.classes import RelationClasses, load_classes, shipped_classes
from newsgraph.extract.clauses import ClauseRules, with_roles
from newsgraph.extract.clauses import load_rules as load_clause_rules
from newsgraph.extract.coref import CorefTables, coref_tables
from newsgraph.extract.nominal import (
    RoleLexicon,
    load_demonyms,
    load_roles,
    shipped_clause_rules,
    shipped_demonyms,
    shipped_roles,
)
from newsgraph.names import NameTables, tables
from newsgraph.resolve.tables import UserAliases, builtin_aliases, load_user_aliases

__all__ = ["Lexicon", "UserFiles", "FINGERPRINTED"]

PathLike = str | Path

# The data files whose content is recorded with each stored document (a fingerprint of the
# shipped file and the user's), by kind, with the shipped file's name. Aliases are not
# among them: resolution runs over the whole store at every build.
FINGERPRINTED = {
    "rules": "boilerplate.yaml",
    "relation_classes": "relation_classes.yaml",
    "roles": "roles.yaml",
    "demonyms": "demonyms.yaml",
}


@dataclass(frozen=True)
class UserFiles:
    """The user's data files, each added to the shipped one of the same kind (None: none)."""

    rules: PathLike | None = None
    relation_classes: PathLike | None = None
    roles: PathLike | None = None
    demonyms: PathLike | None = None
    aliases: PathLike | None = None

    def named(self) -> dict[str, str]:
        """The files given, by kind ({"roles": "my_roles.yaml"}), for provenance records."""
        return {k: str(v) for k, v in vars(self).items() if v is not None}


@dataclass(frozen=True, eq=False)
class Lexicon:
    """The merged data of one run; see the module docstring. Hashable by identity."""

    rules: CleaningRules
    classes: RelationClasses
    roles: RoleLexicon
    demonyms: Mapping[str, str]
    clauses: ClauseRules
    coref: CorefTables
    names: NameTables
    builtin_aliases: UserAliases
    user_aliases: UserAliases | None = None
    files: UserFiles = field(default_factory=UserFiles)

    @cached_property
    def fingerprints(self) -> dict[str, str]:
        """A short hash per kind of data file (shipped file plus the user's), recorded with each
        document so a later build can tell which documents another file built."""
        prints = {}
        for kind, shipped in FINGERPRINTED.items():
            digest = hashlib.sha256(shipped_text(shipped).encode("utf-8"))
            user = getattr(self.files, kind)
            if user is not None:
                try:
                    digest.update(b"\0" + Path(user).read_bytes())
                except OSError:
                    digest.update(b"\0" + str(user).encode("utf-8", "surrogateescape"))
            prints[kind] = digest.hexdigest()[:12]
        return prints

    def provenance(self) -> dict[str, object]:
        """What is recorded with each document built with this lexicon: fingerprints and user files."""
        return {**self.fingerprints, "files": self.files.named()}

    @classmethod
    def load(cls, files: UserFiles | None = None, **paths: PathLike | None) -> Lexicon:
        """The shipped data plus the user's ``files`` (or the same as keywords: ``roles=...``).

        Raises the loader's own error (``RulesError``, ``RelationClassError``,
        ``RoleLexiconError``, ``AliasFileError``), a ``NewsgraphError`` naming the file.
        """
        files = files or UserFiles(**paths)
        if not files.named():
            return _shipped()
        roles = load_roles(files.roles) if files.roles else shipped_roles()
        return cls(
            rules=load_rules(files.rules),
            classes=load_classes(files.relation_classes) if files.relation_classes else shipped_classes(),
            roles=roles,
            demonyms=load_demonyms(files.demonyms) if files.demonyms else shipped_demonyms(),
            clauses=with_roles(load_clause_rules(), roles.owned_nouns, roles.object_event_nouns, roles.event_moods),
            coref=coref_tables(),
            names=tables(),
            builtin_aliases=builtin_aliases(),
            user_aliases=load_user_aliases(files.aliases) if files.aliases else None,
            files=files,
        )


@lru_cache(maxsize=1)
def _shipped() -> Lexicon:
    """The shipped data alone, loaded once per process."""
    return Lexicon(rules=load_rules(), classes=shipped_classes(), roles=shipped_roles(), demonyms=shipped_demonyms(),
                   clauses=shipped_clause_rules(), coref=coref_tables(), names=tables(),
                   builtin_aliases=builtin_aliases())
