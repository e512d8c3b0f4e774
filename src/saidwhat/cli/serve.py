"""``saidwhat serve``: the web viewer and HTTP API (:func:`saidwhat.web.app.create_app`) under uvicorn.

One uvicorn process serves every route; extraction runs on ``--workers`` extraction worker processes
behind a bounded queue (``--queue``) with a per-request time limit (``--timeout``):
:mod:`saidwhat.web.workers` says why this design rather than several uvicorn processes.
"""

from __future__ import annotations

import ipaddress
from pathlib import Path

import typer

from ..config import DEFAULT_QUEUE_PER_WORKER, DEFAULT_REQUEST_TIMEOUT_S, DEFAULT_SERVE_WORKERS
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
    workers: int = typer.Option(DEFAULT_SERVE_WORKERS, "--workers", min=1,
                                help="Extraction worker processes, each with its own pipeline (memory: about "
                                     "0.35 GiB each once loaded, more at peak); more than the CPU cores gains nothing."),
    queue: int | None = typer.Option(None, "--queue", min=0,
                                     help=f"Extraction requests that may wait for a worker; past workers + queue in "
                                          f"flight a request gets 503 with Retry-After [default: "
                                          f"{DEFAULT_QUEUE_PER_WORKER} x workers]"),
    timeout: float = typer.Option(DEFAULT_REQUEST_TIMEOUT_S, "--timeout", min=0.001,
                                  help="Seconds one extraction request may take, its wait in the queue included; "
                                       "past it 504, and the worker running it is restarted."),
) -> None:
    """Serve the web viewer (http://HOST:PORT/) and the JSON API (/v1, OpenAPI at /docs).

    One server process; extraction runs on --workers worker processes (each loads the pipeline at
    start-up) behind a queue of --queue requests, each with a time limit of --timeout seconds.
    /healthz and /readyz answer for load balancers and monitors.
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
        web_app = create_app(db, preload=True, workers=workers, queue=queue, timeout_s=timeout)
    except SaidwhatError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    uvicorn.run(web_app, host=host, port=port, workers=1, log_level="info", server_header=False)
