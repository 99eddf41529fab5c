"""The web routes of `mtfix serve` and the guards every request passes.

Guards, because a page that writes files is a target even on one machine: the server
listens on loopback only; every request must carry the session's random token (GET in
the `token` query parameter, POST in the `X-Mtfix-Token` header, so a form on another
site cannot post one); state changes are POST with a JSON body; requests name files by
their number in this review, so no other file can be read or written; the template
escapes every text it shows, and the Content-Security-Policy runs only the page's own
script (its nonce changes per response), so text from a document cannot run as code.
"""

from __future__ import annotations

import secrets
from typing import Any

from flask import Flask, g, jsonify, render_template, request
from flask.typing import ResponseReturnValue

from mtfix.errors import MtfixError
from mtfix.review.web.page import state, views
from mtfix.review.web.workspace import ReviewError, Workspace

TOKEN_HEADER = "X-Mtfix-Token"
LOOPBACK = frozenset({"127.0.0.1", "::1"})


def new_token() -> str:
    """A per-session secret: 256 random bits, URL-safe."""
    return secrets.token_urlsafe(32)


def create_app(workspace: Workspace, token: str) -> Flask:
    """The Flask application serving one workspace; every route requires `token`."""
    app = Flask(__name__)
    app.config.update(MAX_CONTENT_LENGTH=1 << 20, JSON_AS_ASCII=False)
    app.json.ensure_ascii = False  # type: ignore[attr-defined]

    @app.before_request
    def guard() -> ResponseReturnValue | None:
        if request.remote_addr not in LOOPBACK:
            return _refuse(403, "only this machine may use the review page")
        given = (
            request.args.get("token", "")
            if request.method == "GET"
            else request.headers.get(TOKEN_HEADER, "")
        )
        if not secrets.compare_digest(given.encode(), token.encode()):
            return _refuse(403, "missing or wrong token: open the address `mtfix serve` printed")
        if request.method == "POST" and not request.is_json:
            return _refuse(415, "send JSON")
        g.nonce = secrets.token_urlsafe(16)
        return None

    @app.after_request
    def headers(response: Any) -> Any:
        nonce = g.get("nonce", "none")
        response.headers["Content-Security-Policy"] = (
            f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; "
            "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
            "frame-ancestors 'none'"
        )
        response.headers["Referrer-Policy"] = "no-referrer"  # the token is in the page's address
        response.headers["Cache-Control"] = "no-store"
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response

    @app.errorhandler(ReviewError)
    def review_error(error: ReviewError) -> ResponseReturnValue:
        with workspace.lock:
            return jsonify(error=str(error), state=state(workspace)), error.status

    @app.errorhandler(MtfixError)
    def mtfix_error(error: MtfixError) -> ResponseReturnValue:
        """A file that cannot be read or the review that cannot be saved: say so on the page."""
        return jsonify(error=str(error)), 500

    @app.get("/")
    def page() -> ResponseReturnValue:
        with workspace.lock:
            files = views(workspace)
            return render_template(
                "review.html",
                files=files,
                categories=sorted({category for view in files for category in view.categories}),
                state=state(workspace),
                token=token,
                nonce=g.nonce,
                review_file=str(workspace.review_file),
                restored=workspace.restored,
            )

    @app.get("/state")
    def current_state() -> ResponseReturnValue:
        with workspace.lock:
            return jsonify(state=state(workspace))

    @app.post("/decide")
    def decide() -> ResponseReturnValue:
        body = _body()
        with workspace.lock:
            workspace.decide(
                _integer(body, "file"), _integer(body, "number"), str(body.get("decision")), _content(body)
            )
            return jsonify(state=state(workspace))

    @app.post("/accept-safe")
    def accept_safe() -> ResponseReturnValue:
        body = _body()
        index = None if body.get("file") is None else _integer(body, "file")
        with workspace.lock:
            count = workspace.accept_safe(index)
            return jsonify(message=f"accepted {count} safe fix(es)", state=state(workspace))

    @app.post("/apply")
    def apply() -> ResponseReturnValue:
        body = _body()
        with workspace.lock:
            applied = workspace.apply(_integer(body, "file"))
            return jsonify(
                message=applied.message, reload=applied.settled is not None, state=state(workspace)
            )

    @app.post("/reload")
    def reload() -> ResponseReturnValue:
        body = _body()
        with workspace.lock:
            workspace.reload(_integer(body, "file"))
            return jsonify(message="file read again", reload=True, state=state(workspace))

    return app


def _refuse(status: int, message: str) -> ResponseReturnValue:
    return jsonify(error=message), status


def _body() -> dict[str, Any]:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise ReviewError("the request body must be a JSON object")
    return body


def _integer(body: dict[str, Any], key: str) -> int:
    value = body.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ReviewError(f"{key!r} must be a number")
    return value


def _content(body: dict[str, Any]) -> str | None:
    value = body.get("content")
    if value is not None and not isinstance(value, str):
        raise ReviewError("'content' must be text")
    return value
