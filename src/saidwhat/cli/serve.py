"""``saidwhat serve``: the web viewer and HTTP API (:func:`saidwhat.web.app.create_app`) under uvicorn."""

from __future__ import annotations

import ipaddress
from pathlib import Path

import typer

from . import app


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@app.command("serve")
def serve(
    db: Path | None = typer.Option(None, "--db", help="Corpus store (SQLite) to browse; without it only Extract works.",
                                   dir_okay=False),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (loopback by default)."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="TCP port."),
) -> None:
    """Serve the web viewer (http://HOST:PORT/) and the JSON API (/v1, OpenAPI at /docs).

    One process, one spaCy pipeline (loaded at start-up); extraction runs on a worker thread.
    """
    try:
        import uvicorn

        from ..web.app import create_app
    except ImportError as exc:
        typer.echo(f"error: the web server needs the api extra: pip install 'saidwhat[api]' ({exc})", err=True)
        raise typer.Exit(2) from None
    from ..errors import SaidwhatError

    if db is not None:
        from ..corpus.store import Store

        try:
            with Store(db):
                pass
        except SaidwhatError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1) from None
    if not _is_loopback(host):
        typer.echo(f"warning: serving on {host}, not a loopback address: anyone who can reach it can use the API",
                   err=True)
    try:
        web_app = create_app(db, preload=True)
    except SaidwhatError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    uvicorn.run(web_app, host=host, port=port, workers=1, log_level="info", server_header=False)
