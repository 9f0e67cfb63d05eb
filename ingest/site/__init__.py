"""Dateline's Datasette plugin (plugin.py) with its templates/ and static/.

The `datasette` entry point names this package, because Datasette finds a
plugin's templates/ and static/ folders next to the module it registers.
"""

from .plugin import (
    extra_template_vars,
    prepare_connection,
    register_output_renderer,
    register_routes,
)

__all__ = ["extra_template_vars", "prepare_connection", "register_output_renderer", "register_routes"]
