"""The ``saidwhat`` command line (typer + rich): each command is a few lines over the library.

Exit codes: 0 all inputs done, 1 some or all inputs failed, 2 usage error.
Sub-command modules register themselves on :data:`app` when imported below.
"""

from __future__ import annotations

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="saidwhat: who said what in news articles.")

# Each module adds its commands to `app` (one line per module; keep them sorted).
from . import batch as _batch  # noqa: E402,F401
from . import corpus as _corpus  # noqa: E402,F401
from . import evaluate as _evaluate  # noqa: E402,F401
from . import extract as _extract  # noqa: E402,F401
from . import serve as _serve  # noqa: E402,F401
from . import statements as _statements  # noqa: E402,F401


def main() -> None:
    """Console-script entry point."""
    app()
