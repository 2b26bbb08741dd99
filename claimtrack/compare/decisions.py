"""The analyst's questions file: names, merges, splits and stance overrides that survive re-ingest.

The file is YAML (``.yaml``/``.yml``) or TOML (``.toml``). Every section is optional::

    # Give a question the wording you want (question ids are shown by `claimtrack questions`).
    rename:
      q_1a2b3c4d5e: "Is the Taliban at war with IS?"

    # Fold questions into one: claims of `from` move to `into` (named `name` if given).
    merge:
      - into: q_1a2b3c4d5e
        from: [q_0f9e8d7c6b]
        name: "Is the Taliban fighting IS or its affiliates?"

    # Move named claims to a question of their own (`from` is optional: without it, this adds a
    # question). `id` is optional; by default it is derived from the name.
    split:
      - from: q_1a2b3c4d5e
        name: "Is the Taliban fighting IS in Nangarhar?"
        claims: [c_3f2a91d0aa, c_77b0c1e2ff]

    # Override a claim's stance (yes | no | unclear); the claim shows stance_source "analyst".
    stance:
      c_3f2a91d0aa: no

The same in TOML::

    [rename]
    q_1a2b3c4d5e = "Is the Taliban at war with IS?"

    [[merge]]
    into = "q_1a2b3c4d5e"
    from = ["q_0f9e8d7c6b"]

    [[split]]
    from = "q_1a2b3c4d5e"
    name = "Is the Taliban fighting IS in Nangarhar?"
    claims = ["c_3f2a91d0aa"]

    [stance]
    c_3f2a91d0aa = "no"

Claim ids are derived from the source and the claim's span, and question ids from the question
key, so the decisions apply again to the same claims after a re-ingest. Order of application:
splits, then merges, then renames, then stance overrides.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from claimtrack.compare.questions import question_id
from claimtrack.errors import ClaimtrackError
from claimtrack.models import Claim, Stance


@dataclass(frozen=True, slots=True)
class Split:
    id: str
    name: str
    claims: frozenset[str]
    source: str | None  # the question the claims leave; None adds a question


@dataclass
class Decisions:
    """The parsed questions file. An empty one (no file) changes nothing."""

    rename: dict[str, str] = field(default_factory=dict)
    merge: dict[str, str] = field(default_factory=dict)  # merged question id -> surviving id
    splits: list[Split] = field(default_factory=list)
    stance: dict[str, Stance] = field(default_factory=dict)
    fingerprint: str = "none"

    @classmethod
    def load(cls, path: Path | None) -> Decisions:
        """Read the questions file at ``path``; None means no decisions."""
        if path is None:
            return cls()
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise ClaimtrackError(
                f"cannot read questions file {path}: {exc.strerror}",
                hint="check the path, or leave the option out",
            ) from exc
        try:
            if path.suffix.lower() == ".toml":
                data: Any = tomllib.loads(raw.decode("utf-8"))
            else:
                data = yaml.safe_load(raw) or {}
        except (tomllib.TOMLDecodeError, yaml.YAMLError, UnicodeDecodeError) as exc:
            raise ClaimtrackError(f"{path} cannot be parsed: {exc}", hint="fix its syntax") from exc
        return cls.from_dict(data, str(path))

    @classmethod
    def from_dict(cls, data: Any, where: str = "questions file") -> Decisions:
        if not isinstance(data, dict):
            raise ClaimtrackError(f"{where}: expected sections rename/merge/split/stance")
        unknown = set(data) - {"rename", "merge", "split", "stance"}
        if unknown:
            raise ClaimtrackError(
                f"{where}: unknown section(s) {', '.join(sorted(unknown))}",
                hint="the sections are rename, merge, split and stance",
            )
        out = cls()
        out.rename = {str(k): str(v) for k, v in (data.get("rename") or {}).items()}
        for item in data.get("merge") or []:
            into = str(_need(item, "into", where))
            for qid in item.get("from") or []:
                out.merge[str(qid)] = into
            if item.get("name"):
                out.rename[into] = str(item["name"])
        for item in data.get("split") or []:
            name = str(_need(item, "name", where))
            out.splits.append(
                Split(
                    id=str(item.get("id") or question_id("user|" + name)),
                    name=name,
                    claims=frozenset(map(str, item.get("claims") or [])),
                    source=str(item["from"]) if item.get("from") else None,
                )
            )
        for claim_id, raw in (data.get("stance") or {}).items():
            # YAML 1.1 reads a bare yes/no as a boolean: that is what the analyst meant.
            value = {True: "yes", False: "no"}.get(raw, raw) if isinstance(raw, bool) else raw
            try:
                out.stance[str(claim_id)] = Stance(str(value).lower())
            except ValueError:
                raise ClaimtrackError(
                    f"{where}: stance of {claim_id} is {value!r}", hint="use yes, no or unclear"
                ) from None
        canon = json.dumps(data, sort_keys=True, default=str)
        out.fingerprint = hashlib.sha256(canon.encode()).hexdigest()[:16]
        return out

    @property
    def question_ids(self) -> set[str]:
        """Questions the analyst named, merged into or split out."""
        return {*self.rename, *self.merge.values(), *(s.id for s in self.splits)}

    @property
    def claim_ids(self) -> set[str]:
        """Claims the analyst named (stance overrides and splits)."""
        return {*self.stance, *(c for s in self.splits for c in s.claims)}

    def follow(self, moves: dict[str, str]) -> Decisions:
        """These decisions with claim ids moved to where changed files now make those claims."""
        if not moves:
            return self
        fp = hashlib.sha256(json.dumps(sorted(moves.items())).encode()).hexdigest()[:8]
        return Decisions(
            rename=self.rename,
            merge=self.merge,
            splits=[
                Split(s.id, s.name, frozenset(moves.get(c, c) for c in s.claims), s.source)
                for s in self.splits
            ],
            stance={moves.get(c, c): v for c, v in self.stance.items()},
            fingerprint=f"{self.fingerprint}+{fp}",
        )

    def apply(self, claim: Claim) -> Claim:
        """``claim`` with the analyst's decisions applied (a copy when anything changes)."""
        update: dict[str, Any] = {}
        qid, text = claim.question_id, claim.question
        for split in self.splits:
            if claim.id in split.claims and (split.source is None or split.source == qid):
                qid, text = split.id, split.name
        seen = {qid}
        while qid in self.merge and self.merge[qid] not in seen:
            qid = self.merge[qid]
            seen.add(qid)
        if qid is not None and qid in self.rename:
            text = self.rename[qid]
        if qid != claim.question_id or text != claim.question:
            update["question_id"], update["question"] = qid, text
        if claim.id in self.stance:
            update["stance"], update["stance_source"] = self.stance[claim.id], "analyst"
        return claim.model_copy(update=update) if update else claim


def _need(item: Any, key: str, where: str) -> Any:
    if not isinstance(item, dict) or not item.get(key):
        raise ClaimtrackError(f"{where}: an entry lacks `{key}`: {item!r}")
    return item[key]
