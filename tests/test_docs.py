"""The README must stay true: every command, every column, the two setup commands."""

from __future__ import annotations

import re

import pytest

from ingest.cli import cli
from ingest.db import TABLES


@pytest.fixture(scope="module")
def readme(repo_root):
    return (repo_root / "README.md").read_text(encoding="utf-8")


# Each command's --help, with its example, is checked in test_cli.py.
@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_documented_in_the_readme(readme, command):
    assert f"dateline {command}" in readme


@pytest.mark.parametrize("table,column", [(t, c) for t, columns in TABLES.items() for c in columns])
def test_every_column_is_in_the_readme_data_model(readme, table, column):
    section = readme.split(f"### `{table}`", 1)[1].split("\n### ", 1)[0]
    assert re.search(rf"^\| `{column}` \|", section, re.MULTILINE), f"{table}.{column}"


def test_ci_runs_exactly_the_readme_test_command(readme, repo_root):
    assert "make serve" in readme and "make test" in readme
    ci = (repo_root / ".ci" / "run").read_text(encoding="utf-8")
    assert [line for line in ci.splitlines() if line and not line.startswith(("#", "set ", "cd "))] == ["make test"]
