"""`kommunvakt serve`: the whole service on one machine, without AWS and without Docker.

moto in server mode stands in for DynamoDB and SQS, provisioned from template.yaml; the
HTTP API and the SQS event sources are emulated in-process around the very handlers Lambda
runs. Environment variables are how those handlers are configured in AWS, so they are how
they are configured here too.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import boto3

from kommunvakt.adapters.dynamodb import RecordStore, record_pk, record_sk
from kommunvakt.app.messages import ModerationMessage, QueuedQuarantine
from kommunvakt.app.settings import reset_settings
from kommunvakt.domain.masking import log_ref
from kommunvakt.domain.models import Escalation
from kommunvakt.infra.template_resources import (
    Provisioned,
    SqsTrigger,
    load_template,
    provision_from_template,
)
from kommunvakt.local import defaults
from kommunvakt.local.apigw import LocalHttpApi, Route
from kommunvakt.local.graph_standin import GraphStandIn
from kommunvakt.local.lambda_runtime import FunctionSpec, LocalFunction
from kommunvakt.local.pollers import BatchOutcome, SqsPoller

if TYPE_CHECKING:
    from moto.server import ThreadedMotoServer

log = logging.getLogger("kommunvakt.local")

STACK_NAME = defaults.STACK_NAME
LOCAL_TABLE_NAME = defaults.LOCAL_TABLE_NAME


class ServeError(RuntimeError):
    """The local service cannot start; the message tells the user what to change."""


@dataclass
class ServeOptions:
    template: Path
    port: int = defaults.HTTP_PORT
    aws_port: int = defaults.AWS_PORT
    graph_port: int = defaults.GRAPH_PORT
    live_actions: bool = False
    """Send the actions to the Graph API stand-in instead of only recording them (dry-run)."""
    outbox: Path = Path(defaults.OUTBOX)
    smtp: str | None = None
    policy: str | None = None
    retry_delay: int = 1
    """Seconds before a failed queue message is delivered again (AWS: the visibility timeout)."""
    verbose: bool = False
    data: Path | None = None
    """Where the table and the queues are kept across restarts (None: nowhere)."""
    fresh: bool = False
    """Start empty, ignoring what `data` holds (it is overwritten on stop)."""
    env: Mapping[str, str] = field(default_factory=lambda: dict(os.environ))


def default_template() -> Path:
    """template.yaml of the current directory, else of the checkout this package runs from."""
    here = Path.cwd() / "template.yaml"
    if here.is_file():
        return here
    return Path(__file__).resolve().parents[3] / "template.yaml"


@dataclass(frozen=True)
class TemplateFunctions:
    functions: dict[str, LocalFunction]
    """Handler module -> function."""
    routes: list[Route]
    code_dirs: list[Path]


def read_functions(template_path: Path, region: str) -> TemplateFunctions:
    template = load_template(template_path)
    globals_fn: Mapping[str, Any] = template.get("Globals", {}).get("Function", {})
    functions: dict[str, LocalFunction] = {}
    routes: list[Route] = []
    code_dirs: list[Path] = []
    for logical, spec in template.get("Resources", {}).items():
        if spec.get("Type") != "AWS::Serverless::Function":
            continue
        props: Mapping[str, Any] = spec.get("Properties", {})
        function = LocalFunction(
            FunctionSpec(
                logical_id=logical,
                handler=str(props["Handler"]),
                timeout_seconds=float(props.get("Timeout", globals_fn.get("Timeout", 3))),
                memory_mb=int(props.get("MemorySize", globals_fn.get("MemorySize", 128))),
            ),
            region,
        )
        functions[function.spec.module] = function
        code_uri = props.get("CodeUri", globals_fn.get("CodeUri"))
        if isinstance(code_uri, str):
            code_dir = (template_path.parent / code_uri).resolve()
            if code_dir not in code_dirs:
                code_dirs.append(code_dir)
        for event in props.get("Events", {}).values():
            if event.get("Type") != "HttpApi":
                continue
            eprops = event.get("Properties", {})
            path = str(eprops.get("Path", "$default"))
            method = str(eprops.get("Method", "ANY")).upper()
            routes.append(
                Route(
                    method="ANY" if method == "X-AMAZON-APIGATEWAY-ANY-METHOD" else method,
                    path=path,
                    function=function,
                )
            )
    return TemplateFunctions(functions, routes, code_dirs)


def _port_free(port: int) -> bool:
    if port == 0:
        return True
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


class LocalService:
    def __init__(self, options: ServeOptions) -> None:
        self.options = options
        self.region = defaults.REGION
        self.moto: ThreadedMotoServer | None = None
        self.graph: GraphStandIn | None = None
        self.http: LocalHttpApi | None = None
        self.pollers: list[SqsPoller] = []
        self.provisioned: Provisioned | None = None
        self.functions: TemplateFunctions | None = None
        self.secret_notes: list[str] = []
        self._http_thread: threading.Thread | None = None
        self._records: RecordStore | None = None
        self._logged: set[str] = set()
        self.restored = (0, 0)
        self.aws_endpoint = ""

    # --- start ------------------------------------------------------------------------

    def start(self) -> None:
        opts = self.options
        template = opts.template.resolve()
        if not template.is_file():
            raise ServeError(f"template not found: {template} (run from the repository root)")
        for name, port in (
            ("--port", opts.port),
            ("--aws-port", opts.aws_port),
            ("--graph-port", opts.graph_port),
        ):
            if not _port_free(port):
                raise ServeError(f"port {port} on 127.0.0.1 is in use; choose another with {name}")
        given = [p for p in (opts.port, opts.aws_port, opts.graph_port) if p]
        if len(given) != len(set(given)):
            raise ServeError("--port, --aws-port and --graph-port must differ")
        try:
            self.functions = read_functions(template, self.region)
            self._start_moto()
            self.graph = GraphStandIn(opts.graph_port)
            self.graph.start()
        except ImportError as exc:
            # moto and PyYAML come with the development install, not with the Lambda layer.
            raise ServeError(
                f"{exc.name or exc} is missing: install the development extras "
                "(`make serve` does it, or: pip install -e '.[dev]')"
            ) from exc
        try:
            self._configure_environment()
            self.provisioned = provision_from_template(
                template,
                endpoint_url=self.aws_endpoint,
                region=self.region,
                stack_name=STACK_NAME,
                parameters={
                    "SenderAddress": defaults.SENDER_ADDRESS,
                    "KontaktcenterAddress": defaults.KONTAKTCENTER_ADDRESS,
                },
            )
            self._apply_function_environment(self.provisioned)
            self._restore()
            for directory in reversed(self.functions.code_dirs):
                if str(directory) not in sys.path:
                    sys.path.insert(0, str(directory))
            for function in self.functions.functions.values():
                function.load()  # import errors show at start, not on the first comment
            self._start_http()
            # The review links in e-mails point at this server; known only once it listens.
            os.environ["REVIEW_BASE_URL"] = self.base_url
            reset_settings()
            self._start_pollers(self.provisioned)
        except BaseException:
            self.stop()
            raise

    def _aws_clients(self) -> tuple[Any, Any]:
        dynamodb = boto3.client("dynamodb", region_name=self.region, endpoint_url=self.aws_endpoint)
        sqs = boto3.client("sqs", region_name=self.region, endpoint_url=self.aws_endpoint)
        return dynamodb, sqs

    def _restore(self) -> None:
        self.restored = (0, 0)
        data = self.options.data
        if data is None or self.options.fresh or self.provisioned is None:
            return
        from kommunvakt.local import persistence

        dynamodb, sqs = self._aws_clients()
        self.restored = persistence.load(
            data, dynamodb, sqs, self.table_name, self.provisioned.queues
        )

    def _save(self) -> None:
        data = self.options.data
        if data is None or self.provisioned is None or self.moto is None:
            return
        from kommunvakt.local import persistence

        dynamodb, sqs = self._aws_clients()
        items, messages = persistence.save(
            data, dynamodb, sqs, self.table_name, self.provisioned.queues
        )
        print(f"Saved {items} record(s) and {messages} queued message(s) to {data}", flush=True)

    def _start_moto(self) -> None:
        from moto.server import ThreadedMotoServer  # a development extra: imported on start

        if not self.options.verbose:
            logging.getLogger("werkzeug").setLevel(logging.WARNING)
        self.moto = ThreadedMotoServer(
            ip_address="127.0.0.1", port=self.options.aws_port, verbose=False
        )
        self.moto.start()
        host, port = self.moto.get_host_and_port()
        self.aws_endpoint = f"http://{host}:{port}"

    def _configure_environment(self) -> None:
        env = os.environ
        # Dummy credentials: nothing started here may ever reach a real AWS account.
        for name in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN"):
            env.pop(name, None)
        env["AWS_ACCESS_KEY_ID"] = "testing"
        env["AWS_SECRET_ACCESS_KEY"] = "testing"
        env["AWS_DEFAULT_REGION"] = self.region
        env["AWS_REGION"] = self.region
        env["AWS_ENDPOINT_URL"] = self.aws_endpoint
        for name in list(env):
            if name.startswith("AWS_ENDPOINT_URL_"):
                del env[name]

    def _apply_function_environment(self, provisioned: Provisioned) -> None:
        opts = self.options
        env = os.environ
        # One process hosts every function, so it gets the union of their environments,
        # with the local transport and secrets in place of SES and SSM.
        env.update(provisioned.env)
        self.secret_notes = []
        for name in defaults.DEV_SECRETS:
            value, is_default = defaults.secret(name, opts.env)
            env[name] = value
            if is_default:
                self.secret_notes.append(f"{name}={value} (development default)")
            else:
                self.secret_notes.append(f"{name} from the environment")
        env["SECRETS_SOURCE"] = "env"
        # Actions go to the stand-in, never to Meta; dry-run unless --live-actions.
        assert self.graph is not None
        env["GRAPH_API_URL"] = f"{self.graph.url}/{defaults.GRAPH_VERSION}"
        env["INSTAGRAM_GRAPH_API_URL"] = env["GRAPH_API_URL"]
        env["ACTIONS_MODE"] = "live" if opts.live_actions else "dry-run"
        env["MAIL_TRANSPORT"] = "outbox"
        env["OUTBOX_DIR"] = str(opts.outbox.resolve())
        if opts.smtp:
            env["SMTP_SERVER"] = opts.smtp
        else:
            env.pop("SMTP_SERVER", None)
        if opts.policy:
            policy = Path(opts.policy)
            env["POLICY_NAME"] = str(policy.resolve()) if policy.exists() else opts.policy
        # Metrics would print one EMF blob per invocation; CloudWatch is not here to read them.
        env["POWERTOOLS_METRICS_DISABLED"] = "true"
        env["POWERTOOLS_LOG_LEVEL"] = "INFO" if opts.verbose else "WARNING"
        opts.outbox.mkdir(parents=True, exist_ok=True)
        reset_settings()

    def _start_pollers(self, provisioned: Provisioned) -> None:
        assert self.functions is not None
        client = boto3.client("sqs", region_name=self.region, endpoint_url=self.aws_endpoint)
        for trigger in provisioned.sqs_triggers:
            function = self.functions.functions.get(trigger.function)
            if function is None:
                raise ServeError(f"no function with handler module {trigger.function!r}")
            poller = SqsPoller(
                trigger,
                function,
                client,
                region=self.region,
                retry_delay=self.options.retry_delay,
                on_batch=self._after_batch,
            )
            self.pollers.append(poller)
            poller.start()

    def _start_http(self) -> None:
        assert self.functions is not None
        try:
            self.http = LocalHttpApi(self.options.port, self.functions.routes, _access_line)
        except OSError as exc:
            raise ServeError(f"cannot listen on 127.0.0.1:{self.options.port}: {exc}") from exc
        self._http_thread = threading.Thread(
            target=self.http.serve_forever, kwargs={"poll_interval": 0.1}, name="http", daemon=True
        )
        self._http_thread.start()

    # --- what the user sees -----------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.http.port}" if self.http else ""

    @property
    def table_name(self) -> str:
        return self.provisioned.env.get("TABLE_NAME", LOCAL_TABLE_NAME) if self.provisioned else ""

    def banner(self) -> str:
        assert self.functions is not None and self.provisioned is not None
        paths = sorted({r.path for r in self.functions.routes if r.path.startswith("/webhooks/")})
        lines = ["Kommunvakt is running locally (Ctrl-C stops it).", "", "Webhook URLs:"]
        lines += [f"  {self.base_url}{p}" for p in paths]
        lines += ["", f"AWS stand-in (moto): {self.aws_endpoint}"]
        lines += [f"  table {self.table_name}"]
        for trigger in self.provisioned.sqs_triggers:
            name = trigger.queue_url.rsplit("/", 1)[-1]
            lines.append(f"  queue {name} -> {trigger.function} (batch {trigger.batch_size})")
        assert self.graph is not None
        mode = (
            "live: sent to the stand-in"
            if self.options.live_actions
            else "dry-run (--live-actions sends them)"
        )
        lines += [
            "",
            f"Graph API stand-in: {self.graph.url}  (calls: {self.graph.url}/_calls)",
            f"  platform actions: {mode}",
            f"Review page: {self.base_url}/review (links in the e-mails)",
        ]
        if self.options.data is not None:
            items, messages = self.restored
            how = (
                "--fresh: started empty"
                if self.options.fresh
                else f"restored {items} record(s), {messages} queued message(s)"
            )
            lines += ["", f"Data: kept in {self.options.data.resolve()} ({how})"]
        mail = f"E-mails: written to {self.options.outbox.resolve()}"
        if self.options.smtp:
            mail += f" and sent to SMTP {self.options.smtp}"
        lines += ["", mail, "", "Secrets:"]
        lines += [f"  {note}" for note in self.secret_notes]
        lines += [
            "",
            "Try:",
            "  kommunvakt demo",
            f"  kommunvakt export --since today --endpoint-url {self.aws_endpoint}",
            "",
            "Ready.",
        ]
        return "\n".join(lines)

    def _after_batch(self, trigger: SqsTrigger, outcome: BatchOutcome) -> None:
        try:
            if trigger.function == "moderate":
                for record in outcome.succeeded:
                    self._log_decision(record["body"])
            elif trigger.function == "notify":
                for record in outcome.succeeded:
                    self._log_email(record["body"])
            elif trigger.function == "act":
                for record in outcome.succeeded:
                    self._log_actions(record["body"])
        except Exception as exc:
            # The log line is a convenience; it must never fail the pipeline.
            log.debug("could not log the outcome: %s", type(exc).__name__, exc_info=True)

    def _store(self) -> RecordStore:
        if self._records is None:
            self._records = RecordStore(self.table_name)
        return self._records

    def _log_decision(self, body: str) -> None:
        queued = ModerationMessage.validate_json(body)
        if isinstance(queued, QueuedQuarantine):
            q = queued.quarantine
            log.info(
                "quarantined part %s of body %s: %s (kept as a raw record)",
                q.position,
                log_ref(q.body_sha256),
                q.reason,
            )
            return
        event = queued.event
        stored = self._store().get(
            record_pk(event.platform, event.object_id), record_sk(queued.version)
        )
        if stored is None:
            return
        if stored.record_id in self._logged:
            log.info(
                "duplicate %s %s %s: already recorded, not judged again",
                event.platform.value,
                log_ref(stored.record_id),
                event.verb.value,
            )
            return
        if len(self._logged) > 100_000:
            self._logged.clear()
        self._logged.add(stored.record_id)
        decision = stored.decision
        # A reference and labels only: no text, author or id from the body reaches the log
        # (`kommunvakt export` finds the record; the reference is the hash of its id).
        log.info(
            "decision %s %s %s %s action=%s categories=%s escalations=%s",
            event.platform.value,
            log_ref(stored.record_id),
            event.kind.value,
            event.verb.value,
            decision.action.value,
            ",".join(c.value for c in decision.categories) or "-",
            ",".join(e.value for e in decision.escalations) or "-",
        )

    def _log_actions(self, body: str) -> None:
        message = json.loads(body)
        store = self._store()
        items = store.actions_of(message["record_pk"], message["record_sk"])
        for item in items:
            if item.kind == "result" and item.sk not in self._logged:
                self._logged.add(item.sk)
                data = item.data
                code = (
                    (data.get("error") or {}).get("code")
                    if isinstance(data.get("error"), dict)
                    else None
                )
                # The summary names the comment and user ids: the log gets the action and the
                # record's reference instead (the ids come from a body), as the decision line.
                record_pk = str(message["record_pk"])
                log.info(
                    "action %s%s %s %s -> %s%s",
                    "would " if data.get("mode") == "dry-run" else "",
                    _plain(data.get("action")),
                    _plain(record_pk.split("#")[1] if record_pk.count("#") >= 2 else ""),
                    log_ref(f"{record_pk}|{message['record_sk']}"),
                    _plain(data.get("outcome")),
                    f" (code {code})" if isinstance(code, int) else "",
                )

    def _log_email(self, body: str) -> None:
        message = json.loads(body)
        kind = message.get("escalation", "?")
        record_id = f"{message.get('record_pk', '')}|{message.get('record_sk', '')}"
        # The file names hold the record id: name the folder, and the reference.
        log.info(
            "e-mail %s %s -> %s",
            kind if kind in _KINDS else "?",
            log_ref(record_id),
            self.options.outbox.resolve(),
        )

    # --- stop -------------------------------------------------------------------------

    def stop(self) -> None:
        """Stop taking requests, let running invocations finish, then stop the AWS stand-in."""
        if self.http is not None:
            self.http.shutdown()
            self.http.server_close()
            if self._http_thread is not None:
                self._http_thread.join(5)
            self.http = None
        for poller in self.pollers:
            poller.stop()
        for poller in self.pollers:
            poller.join(35)
        self.pollers = []
        try:
            self._save()
        except Exception as exc:  # the stop must finish; say what was not saved
            print(f"Could not save the local data: {type(exc).__name__}", flush=True)
        if self.moto is not None:
            self.moto.stop()
            self.moto = None
        if self.graph is not None:
            self.graph.stop()
            self.graph = None


_KINDS = {e.value for e in Escalation}


def _plain(value: object) -> str:
    """A label from our own records for a log line: a word, or `?`."""
    text = str(value or "")
    return text if text.replace("_", "").replace("-", "").isalnum() and len(text) < 40 else "?"


def _access_line(method: str, path: str, status: int, elapsed_ms: float) -> None:
    log.info("%s %s -> %d (%.0f ms)", method, path, status, elapsed_ms)


def configure_logging(verbose: bool) -> None:
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", datefmt="%H:%M:%S"))
    logger = logging.getLogger("kommunvakt.local")
    logger.handlers[:] = [handler]
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    logger.propagate = False


@contextmanager
def stop_on_signals() -> Iterator[threading.Event]:
    """SIGINT and SIGTERM set the yielded event instead of raising.

    Installed before anything starts, so a Ctrl-C at any moment (even while the AWS stand-in
    is still starting) leads to the same clean stop and exit status 0.
    """
    stop = threading.Event()

    def request_stop(signum: int, _frame: object) -> None:
        stop.set()

    previous = {s: signal.signal(s, request_stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def wait_for_signal(service: LocalService, stop: threading.Event) -> None:
    """Block until `stop` is set (by a signal), then stop everything."""
    try:
        while not stop.wait(0.5):
            pass
    finally:
        started = time.monotonic()
        print("Stopping…", flush=True)
        service.stop()
        print(f"Stopped in {time.monotonic() - started:.1f} s.", flush=True)
