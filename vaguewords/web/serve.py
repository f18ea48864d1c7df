"""Run the app on uvicorn: bind, start the workers, announce the address, stop on Ctrl-C."""

from __future__ import annotations

import signal
import socket
import threading
import webbrowser
from collections.abc import Callable
from typing import TYPE_CHECKING

from vaguewords.errors import VagueWordsError
from vaguewords.limits import describe_size

if TYPE_CHECKING:
    from vaguewords.limits import ReadLimits
    from vaguewords.pipeline import Settings
    from vaguewords.scoring import Rubric


class ServeError(VagueWordsError):
    """The server cannot start (the address is in use, the host is unknown...)."""


# Only request lines are logged (client, method, path, status); never bodies, headers or text.
LOG_CONFIG = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "access": {
            "()": "uvicorn.logging.AccessFormatter",
            "fmt": '%(asctime)s %(client_addr)s "%(request_line)s" %(status_code)s',
            "use_colors": False,
        },
        "plain": {"format": "vaguewords: %(message)s"},
    },
    "handlers": {
        "access": {
            "class": "logging.StreamHandler",
            "formatter": "access",
            "stream": "ext://sys.stderr",
        },
        "plain": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "stream": "ext://sys.stderr",
        },
    },
    "loggers": {
        "uvicorn.access": {"handlers": ["access"], "level": "INFO", "propagate": False},
        "uvicorn.error": {"handlers": ["plain"], "level": "WARNING", "propagate": False},
        "uvicorn": {"handlers": ["plain"], "level": "WARNING", "propagate": False},
    },
}


def bind(host: str, port: int) -> socket.socket:
    """A listening socket, so that 'address in use' is one clear line before anything starts."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
    except socket.gaierror as error:
        raise ServeError(f"--host {host}: not an address of this machine ({error})") from None
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as error:
        sock.close()
        raise ServeError(
            f"{host}:{port}: cannot listen there ({error.strerror or error}); try another --port"
        ) from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def url_for(sock: socket.socket, host: str) -> str:
    port = sock.getsockname()[1]
    shown = {"0.0.0.0": "127.0.0.1", "": "127.0.0.1", "::": "::1"}.get(host, host)
    if ":" in shown:
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/"


def run_server(
    settings: Settings,
    rubric: Rubric,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    open_browser: bool = False,
    workers: int | None = None,
    read_limits: ReadLimits | None = None,
    announce: Callable[[str], None] = print,
) -> None:
    """Serve the page until Ctrl-C (or SIGTERM). The model is loaded in every worker before the
    address is announced, so a missing model fails here with a ModelError."""
    import uvicorn

    from vaguewords.web.app import SERVE_LIMITS, WebLimits, create_app
    from vaguewords.web.pool import AnalysisPool

    sock = bind(host, port)
    limits = WebLimits(read=read_limits or SERVE_LIMITS)
    pool = AnalysisPool(settings, rubric, workers, limits.read)
    try:
        model = pool.warm_up()
        app = create_app(pool, limits)
        config = uvicorn.Config(
            app, log_config=LOG_CONFIG, access_log=True, timeout_graceful_shutdown=5
        )
        server = uvicorn.Server(config)
        url = url_for(sock, host)
        everywhere = host in ("0.0.0.0", "::", "")
        announce(
            f"vaguewords: serving {url}"
            + (
                f" and port {sock.getsockname()[1]} of every address of this machine"
                if everywhere
                else ""
            )
            + f" ({model}, {pool.workers} worker"
            f"{'s' if pool.workers != 1 else ''}, uploads up to {describe_size(limits.max_upload_bytes)}); "
            "Ctrl-C to stop"
        )
        if open_browser:
            threading.Timer(0.5, webbrowser.open, args=(url,)).start()
        previous = signal.signal(signal.SIGTERM, _interrupt)
        try:
            server.run(sockets=[sock])
        except KeyboardInterrupt:
            pass  # uvicorn re-raises the Ctrl-C it handled once it has shut down
        finally:
            signal.signal(signal.SIGTERM, previous)
        announce("vaguewords: stopped")
    finally:
        pool.close()
        sock.close()


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt
