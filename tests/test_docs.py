"""The README must stay true: every command, every column (described as metadata.yml
describes it to Datasette users), every canned query and facet, the two setup commands.
The JSON API examples themselves are run in test_datasette.py."""

from __future__ import annotations

import re

import pytest
import yaml

from ingest.cli import cli
from ingest.db import TABLES


@pytest.fixture(scope="module")
def readme(repo_root):
    return (repo_root / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def database_metadata(repo_root):
    with open(repo_root / "metadata.yml", encoding="utf-8") as file:
        return yaml.safe_load(file)["databases"]["events"]


def data_model_section(readme: str, table: str) -> str:
    return re.split(r"\n##+ ", readme.split(f"### `{table}`", 1)[1], maxsplit=1)[0]


# Each command's --help, with its example, is checked in test_cli.py.
@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_documented_in_the_readme(readme, command):
    assert f"dateline {command}" in readme


@pytest.mark.parametrize("table,column", [(t, c) for t, columns in TABLES.items() for c in columns])
def test_every_column_is_in_the_readme_data_model(readme, table, column):
    assert re.search(rf"^\| `{column}` \|", data_model_section(readme, table), re.MULTILINE), f"{table}.{column}"


@pytest.mark.parametrize("table", sorted(TABLES))
def test_readme_data_model_says_what_datasette_users_read(readme, database_metadata, table):
    section = data_model_section(readme, table)
    described = database_metadata["tables"][table]
    assert section.strip().split("\n")[0] == described["description"].strip()
    assert dict(re.findall(r"^\| `(\w+)` \| (.*) \|$", section, re.MULTILINE)) == described["columns"]


def test_every_canned_query_and_event_facet_is_in_the_readme(readme, database_metadata):
    section = readme.split("## Datasette and the JSON API", 1)[1].split("\n## ", 1)[0]
    facets = [facet if isinstance(facet, str) else next(iter(facet.values()))
              for facet in database_metadata["tables"]["events"]["facets"]]
    for name in [*database_metadata["queries"], *facets]:
        assert f"`{name}`" in section, name


def test_ci_runs_exactly_the_readme_test_command(readme, repo_root):
    assert "make serve" in readme and "make test" in readme
    ci = (repo_root / ".ci" / "run").read_text(encoding="utf-8")
    assert [line for line in ci.splitlines() if line and not line.startswith(("#", "set ", "cd "))] == ["make test"]
