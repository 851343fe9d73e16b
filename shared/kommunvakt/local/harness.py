"""`kommunvakt serve` as a child process, for the end-to-end tests and the latency bench."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import deque
from pathlib import Path

READY_LINE = "Ready."


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def listening(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(0.5)
        return probe.connect_ex(("127.0.0.1", port)) == 0


class ServerProcess:
    """Starts `python -m kommunvakt.cli.main serve` on the given ports and keeps its output."""

    def __init__(
        self,
        *,
        port: int,
        aws_port: int,
        outbox: Path,
        graph_port: int | None = None,
        cwd: Path,
        secrets: dict[str, str] | None = None,
        extra_args: tuple[str, ...] = (),
    ) -> None:
        self.port = port
        self.aws_port = aws_port
        self.outbox = outbox
        self.graph_port = graph_port or free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        env.update(secrets or {})
        env["PYTHONUNBUFFERED"] = "1"
        command = [
            sys.executable,
            "-m",
            "kommunvakt.cli.main",
            "serve",
            "--port",
            str(port),
            "--aws-port",
            str(aws_port),
            "--graph-port",
            str(self.graph_port),
            "--outbox",
            str(outbox),
            # Beside the outbox, never the working directory's own data folder.
            *(() if "--data" in extra_args else ("--data", str(outbox.parent / "data"))),
            *extra_args,
        ]
        self.lines: deque[str] = deque(maxlen=5000)
        self._ready = threading.Event()
        self.process = subprocess.Popen(
            command,
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def graph_url(self) -> str:
        return f"http://127.0.0.1:{self.graph_port}"

    @property
    def aws_endpoint(self) -> str:
        return f"http://127.0.0.1:{self.aws_port}"

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))
            if line.strip() == READY_LINE:
                self._ready.set()

    def wait_ready(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._ready.wait(0.1):
                return
            if self.process.poll() is not None:
                break
        output = "\n".join(self.lines)
        self.kill()
        raise RuntimeError(f"kommunvakt serve did not start:\n{output}")

    def interrupt(self, timeout: float = 30.0) -> int:
        """SIGINT, as Ctrl-C sends; returns the exit code."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            code = self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise
        self._reader.join(5)
        return code

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)
