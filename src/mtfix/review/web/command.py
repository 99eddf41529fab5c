"""`mtfix serve FILE...`: review in the browser, served on 127.0.0.1 until Ctrl-C.

Registered lazily by `mtfix.cli` (Flask loads only when this command runs). Exit codes:
0 stopped by the reviewer; 2 usage or input error (unreadable file, port taken).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Annotated

import typer
from werkzeug.serving import BaseWSGIServer, make_server

from mtfix.cli_options import ConfigOption, EncodingOption, IgnoreOption, SelectOption
from mtfix.config import split_csv
from mtfix.errors import MtfixError
from mtfix.files import STDIN
from mtfix.runner import build_linter, resolve_settings

EXIT_DONE, EXIT_ERROR = 0, 2
HOST = "127.0.0.1"
DEFAULT_REVIEW_FILE = "mtfix-review.jsonl"


def make_review_server(app: object, port: int = 0) -> BaseWSGIServer:
    """A threaded server on loopback only; port 0 asks the system for a free one."""
    return make_server(HOST, port, app, threaded=True)  # type: ignore[arg-type]


def serve_in_background(server: BaseWSGIServer) -> threading.Thread:
    """Run `server` on a daemon thread (tests and embedding); stop it with server.shutdown()."""
    thread = threading.Thread(target=server.serve_forever, name="mtfix-serve", daemon=True)
    thread.start()
    return thread


def review_url(server: BaseWSGIServer, token: str) -> str:
    return f"http://{HOST}:{server.server_port}/?token={token}"


def serve(
    files: Annotated[
        list[str], typer.Argument(help="The text, Markdown or HTML files to review.", metavar="FILE")
    ],
    port: Annotated[
        int, typer.Option("--port", min=0, max=65535, help="Port on 127.0.0.1 (default: a free one).")
    ] = 0,
    review_file: Annotated[
        Path,
        typer.Option(
            "--review-file",
            metavar="FILE",
            help="Where decisions are saved as they are made, and resumed from.",
        ),
    ] = Path(DEFAULT_REVIEW_FILE),
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    config: ConfigOption = None,
    encoding: EncodingOption = None,
) -> None:
    """Review suggestions in the browser: accept, reject or edit each, then apply.

    Prints an address with a secret token (open it in a browser on this machine) and
    serves until Ctrl-C. Decisions are saved in the review file as they are made (the
    `mtfix apply` format), so closing the tab loses nothing. Exit 0: stopped; 2: error.
    """
    from mtfix.review.web.app import create_app, new_token
    from mtfix.review.web.workspace import Workspace

    if STDIN in files:
        typer.echo("mtfix: error: serve needs files to write back to, not standard input", err=True)
        raise typer.Exit(EXIT_ERROR)
    try:
        settings = resolve_settings(files, config).merged(
            select=split_csv(select), ignore=split_csv(ignore), encoding=encoding
        )
        workspace = Workspace(files, build_linter(settings).engine, review_file, settings.encoding)
    except MtfixError as error:
        typer.echo(f"mtfix: error: {error}", err=True)
        raise typer.Exit(EXIT_ERROR) from None
    token = new_token()
    try:
        server = make_review_server(create_app(workspace, token), port)
    except OSError as error:
        typer.echo(f"mtfix: error: cannot listen on {HOST}:{port}: {error.strerror or error}", err=True)
        raise typer.Exit(EXIT_ERROR) from None
    total = sum(review.session.total for review in workspace.files)
    typer.echo(f"reviewing {total} suggestion(s) in {len(files)} file(s); decisions saved in {review_file}")
    if workspace.restored or workspace.dropped:
        typer.echo(
            f"{workspace.restored} decision(s) restored from {review_file}"
            + (f"; {workspace.dropped} dropped (their file has changed since)" if workspace.dropped else "")
        )
    typer.echo(f"open {review_url(server, token)}")
    typer.echo("press Ctrl-C to stop")
    try:
        server.serve_forever()  # Werkzeug's returns on Ctrl-C
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    typer.echo(f"stopped; decisions kept in {review_file}")
    raise typer.Exit(EXIT_DONE)
