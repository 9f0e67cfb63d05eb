"""Score the date engine against gold TIMEX3 annotations, TempEval-3 style.

    python benchmarks/tempeval.py [--data DIR] [--errors N] [--cli]

Reads DIR/{timebank,aquaint}.jsonl (default: ../shared/data next to the repo),
tags each document with its DCT and prints one line per corpus plus overall:
strict and relaxed span P/R/F1, value F1 (overlapping a gold timex with an
equal value; precision over system timexes, recall over gold), type accuracy
(over overlapping pairs) and speed.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"
CORPORA = ("timebank", "aquaint")


@dataclass
class Score:
    gold: int = 0
    system: int = 0
    strict: int = 0  # system timexes with exact gold offsets
    relaxed_system: int = 0  # system timexes overlapping some gold timex
    relaxed_gold: int = 0  # gold timexes overlapped by some system timex
    value_system: int = 0  # system timexes overlapping a gold timex with the same value
    value_gold: int = 0
    type_pairs: int = 0
    type_correct: int = 0
    chars: int = 0
    seconds: float = 0.0
    misses: list = field(default_factory=list)
    false_positives: list = field(default_factory=list)

    def add(self, other: "Score") -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _prf(hits_system: int, system: int, hits_gold: int, gold: int) -> tuple[float, float, float]:
    precision = hits_system / system if system else 0.0
    recall = hits_gold / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def score_document(doc: dict, system: list[dict]) -> Score:
    gold = doc["timexes"]
    score = Score(gold=len(gold), system=len(system), chars=len(doc["text"]))
    gold_spans = {(g["start"], g["end"]) for g in gold}
    for s in system:
        overlapping = [g for g in gold if _overlaps(s, g)]
        score.strict += (s["start"], s["end"]) in gold_spans
        score.relaxed_system += bool(overlapping)
        score.value_system += any(g["value"] == s["value"] for g in overlapping)
        if overlapping:
            score.type_pairs += 1
            score.type_correct += overlapping[0]["type"] == s["type"]
        if not any(g["value"] == s["value"] for g in overlapping):
            wanted = ", ".join(f"{g['text']!r}={g['value']}" for g in overlapping) or "nothing"
            score.false_positives.append(f"{doc['doc_id']} dct={doc['dct']}: {s['text']!r}={s['value']} "
                                         f"[{s.get('rule', '')}] gold {wanted} | {_context(doc, s)}")
    for g in gold:
        overlapping = [s for s in system if _overlaps(s, g)]
        score.relaxed_gold += bool(overlapping)
        hit = any(s["value"] == g["value"] for s in overlapping)
        score.value_gold += hit
        if not hit:
            found = ", ".join(f"{s['text']!r}={s['value']}" for s in overlapping) or "nothing"
            score.misses.append(f"{doc['doc_id']} dct={doc['dct']}: gold {g['text']!r}={g['value']} {g['type']} "
                                f"got {found} | {_context(doc, g)}")
    return score


def _context(doc: dict, timex: dict, width: int = 60) -> str:
    text = doc["text"]
    left = text[max(0, timex["start"] - width):timex["start"]]
    right = text[timex["end"]:timex["end"] + width]
    return " ".join(f"{left}[{text[timex['start']:timex['end']]}]{right}".split())


def tag_with_api(docs: list[dict]) -> list[list[dict]]:
    from ingest.timex import Settings, tag

    results = []
    for doc in docs:
        settings = Settings(dct=date.fromisoformat(doc["dct"]) if doc.get("dct") else None)
        results.append([dict(t.to_json(), rule=t.rule) for t in tag(doc["text"], settings)])
    return results


def tag_with_cli(docs: list[dict]) -> list[list[dict]]:
    """Run the `dateline tag --jsonl -` contract in a subprocess."""
    lines = "".join(json.dumps({"doc_id": d["doc_id"], "text": d["text"], "dct": d.get("dct")}) + "\n" for d in docs)
    dateline = Path(sys.executable).parent / "dateline"
    command = [str(dateline)] if dateline.exists() else [sys.executable, "-m", "ingest.cli"]
    output = subprocess.run(command + ["tag", "--jsonl", "-"], input=lines, capture_output=True,
                            text=True, check=True).stdout
    records = [json.loads(line) for line in output.splitlines() if line.strip()]
    by_id = {}
    for record in records:
        by_id.setdefault(record["doc_id"], []).append(record["timexes"])
    return [by_id[d["doc_id"]].pop(0) for d in docs]


def run_corpus(path: Path, use_cli: bool) -> Score:
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    started = time.perf_counter()
    tagged = tag_with_cli(docs) if use_cli else tag_with_api(docs)
    elapsed = time.perf_counter() - started
    total = Score()
    for doc, system in zip(docs, tagged, strict=True):
        total.add(score_document(doc, system))
    total.seconds = elapsed
    return total


def format_line(name: str, s: Score) -> str:
    strict = _prf(s.strict, s.system, s.strict, s.gold)
    relaxed = _prf(s.relaxed_system, s.system, s.relaxed_gold, s.gold)
    value = _prf(s.value_system, s.system, s.value_gold, s.gold)
    type_accuracy = s.type_correct / s.type_pairs if s.type_pairs else 0.0
    speed = s.chars / s.seconds if s.seconds else 0.0
    return (f"{name:<9} gold={s.gold:<5} sys={s.system:<5} "
            f"strict P/R/F1={strict[0]:.3f}/{strict[1]:.3f}/{strict[2]:.3f}  "
            f"relaxed P/R/F1={relaxed[0]:.3f}/{relaxed[1]:.3f}/{relaxed[2]:.3f}  "
            f"value P/R/F1={value[0]:.3f}/{value[1]:.3f}/{value[2]:.3f}  "
            f"type acc={type_accuracy:.3f}  {speed:,.0f} chars/s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="directory holding the *.jsonl gold files")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N sample misses and false positives")
    parser.add_argument("--cli", action="store_true", help="run `dateline tag --jsonl -` instead of the Python API")
    parser.add_argument("--seed", type=int, default=0, help="seed for sampling errors")
    args = parser.parse_args(argv)
    if not args.cli:
        sys.path.insert(0, str(REPO))
    overall = Score()
    for corpus in CORPORA:
        path = args.data / f"{corpus}.jsonl"
        if not path.exists():
            parser.error(f"no gold file {path}")
        score = run_corpus(path, args.cli)
        print(format_line(corpus, score))
        overall.add(score)
    print(format_line("overall", overall))
    if args.errors:
        sample = random.Random(args.seed)
        print(f"\n--- {min(args.errors, len(overall.misses))} of {len(overall.misses)} misses (gold not matched in value)")
        for line in sample.sample(overall.misses, min(args.errors, len(overall.misses))):
            print(line)
        count = min(args.errors, len(overall.false_positives))
        print(f"\n--- {count} of {len(overall.false_positives)} false positives (system value not in gold)")
        for line in sample.sample(overall.false_positives, count):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
