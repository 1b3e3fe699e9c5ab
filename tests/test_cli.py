"""The command line, run as a user would run it: a separate process."""

import codecs
import dataclasses
import itertools
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time

import pytest

from gpt4local import __version__
from gpt4local.cli import chat as cli_chat
from gpt4local.cli import main as cli_main
from gpt4local.core.inference.llama_build import backend_name
from gpt4local.core.inference.options import LoadSettings, SamplingSettings


def gpt4local(*args, stdin=None, timeout=120, prefix=()):
    return subprocess.run(
        [*prefix, sys.executable, "-m", "gpt4local", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_version():
    result = gpt4local("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"gpt4local {__version__} (llama.cpp {backend_name()})"


def test_version_of_an_installer_build_does_not_load_llama_cpp():
    # An installer build has its backend baked in (gpt4local/_build_info.py): no llama.cpp load.
    script = (
        "import sys, types\n"
        "baked = types.ModuleType('gpt4local._build_info')\n"
        "baked.BACKEND = 'cuda'\n"
        "sys.modules['gpt4local._build_info'] = baked\n"
        "from gpt4local.cli.main import main\n"
        "try:\n"
        "    main(['--version'])\n"
        "finally:\n"
        "    assert 'llama_cpp' not in sys.modules\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"gpt4local {__version__} (llama.cpp cuda)\n"


def test_one_turn_streams_the_answer(tiny_model):
    result = gpt4local(
        "chat",
        "--model",
        str(tiny_model),
        "--prompt",
        "hello",
        "--max-tokens",
        "12",
        "--seed",
        "1",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


def test_json_reports_every_field(tiny_model):
    result = gpt4local(
        "chat",
        "--model",
        str(tiny_model),
        "--prompt",
        "hello",
        "--system",
        "Be brief.",
        "--max-tokens",
        "8",
        "--seed",
        "1",
        "--ctx",
        "512",
        "--threads",
        "1",
        "--temperature",
        "0.5",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    for key in (
        "text",
        "prompt_tokens",
        "evaluated_tokens",
        "completion_tokens",
        "ttft_s",
        "tokens_per_s",
        "stop_reason",
    ):
        assert key in report
    assert report["completion_tokens"] <= 8
    assert report["evaluated_tokens"] == report["prompt_tokens"]


def test_interactive_conversation_reuses_the_cache(tiny_model):
    result = gpt4local(
        "chat",
        "--model",
        str(tiny_model),
        "--max-tokens",
        "10",
        "--seed",
        "4",
        "--json",
        stdin="first message\nsecond message\n\nthird message\n",
    )
    assert result.returncode == 0, result.stderr
    turns = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(turns) == 3  # the blank line is not a message
    for earlier, later in itertools.pairwise(turns):
        assert later["prompt_tokens"] > earlier["prompt_tokens"]
        assert later["evaluated_tokens"] < later["prompt_tokens"] - earlier["prompt_tokens"] + 12


@pytest.mark.parametrize(
    ("fixture", "reason"),
    [
        ("not_a_gguf", "not a GGUF model file"),
        ("truncated_gguf", "truncated"),
        ("unknown_arch_gguf", "unknown model architecture"),
    ],
)
def test_bad_files_fail_with_one_line(request, fixture, reason):
    result = gpt4local("chat", "--model", str(request.getfixturevalue(fixture)), "--prompt", "x")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert reason in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_missing_model_and_bad_settings(tmp_path):
    missing = gpt4local("chat", "--model", str(tmp_path / "nope.gguf"), "--prompt", "x")
    assert missing.returncode == 1 and "not found" in missing.stderr
    bad = gpt4local("chat", "--model", str(tmp_path / "x.gguf"), "--ctx", "10", "--prompt", "x")
    assert bad.returncode == 1 and "--ctx must be at least 64 tokens, not 10." in bad.stderr
    assert "Traceback" not in missing.stderr + bad.stderr


def test_wrong_values_name_their_option_and_value_only(tmp_path):
    """Issue 10: `--top-p 0` gave a combined message about temperature, top_p and min_p."""
    result = gpt4local("chat", "--model", str(tmp_path / "x.gguf"), "--top-p", "0")
    assert result.returncode == 1
    assert (
        result.stderr == "gpt4local: error: --top-p must be more than 0 and at most 1, not 0.0.\n"
    )
    result = gpt4local("chat", "--model", str(tmp_path / "x.gguf"), "--repeat-penalty", "-1")
    assert result.stderr == (
        "gpt4local: error: --repeat-penalty must be more than 0 (1.0 turns it off), not -1.0.\n"
    )
    result = gpt4local("models", "fit", str(tmp_path / "x.gguf"), "--ctx", "8")
    assert result.stderr == "gpt4local: error: --ctx must be at least 64 tokens, not 8.\n"


def test_help_shows_the_engine_defaults():
    """Issue 10: `chat --help` showed no defaults, and the numbers were repeated in cli.py."""
    shown = " ".join(gpt4local("chat", "--help").stdout.split())  # argparse wraps lines
    defaults = dataclasses.asdict(LoadSettings()) | dataclasses.asdict(SamplingSettings())
    for field, (option, _kind, _help) in cli_chat.ENGINE_OPTIONS.items():
        described = shown.split(f" {option} ", 1)[1].split(" --", 1)[0]
        if defaults[field] is None:
            assert "(default" not in described, option
        else:
            assert described.endswith(f"(default: {defaults[field]})"), option


def test_the_options_follow_the_engine_defaults(monkeypatch):
    @dataclasses.dataclass(frozen=True)
    class Changed(SamplingSettings):
        max_tokens: int = 1234  # as another change to core/config.py might make it

    monkeypatch.setattr(cli_chat, "SamplingSettings", Changed)
    parser = cli_main._build_parser()
    args = parser.parse_args(["chat", "--model", "m.gguf"])
    assert cli_chat.settings_from(args) == (LoadSettings(), Changed())
    assert args.max_tokens == 1234


@pytest.fixture
def locked_folder(tmp_path, tiny_model):
    """A folder holding a model that this user may not open, and how to run the command line so
    that the folder's mode counts (root ignores modes unless it drops those capabilities)."""
    folder = tmp_path / "private"
    folder.mkdir()
    shutil.copy(tiny_model, folder / "m.gguf")
    prefix: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("root ignores folder permissions, and setpriv is not installed")
        prefix = [setpriv, "--bounding-set=-dac_override,-dac_read_search"]
        os.chown(folder, 65534, 65534)  # nobody's folder, not ours
    folder.chmod(0)
    yield folder, prefix
    folder.chmod(0o700)


@pytest.mark.skipif(sys.platform == "win32", reason="Unix folder modes")
@pytest.mark.parametrize("command", [["chat", "--prompt", "hi", "--model"], ["models", "fit"]])
def test_a_model_in_a_folder_without_permission_is_one_line(locked_folder, command):
    """Issue 10: a permission error on a folder printed a PermissionError traceback (`chat`
    and `models fit`); a file already got the clean line."""
    folder, prefix = locked_folder
    result = gpt4local(*command, str(folder / "m.gguf"), prefix=prefix)
    assert result.returncode == 1
    assert (
        result.stderr == f"gpt4local: error: No permission to read the folder of {folder}/m.gguf\n"
    )


class Terminal:
    """`gpt4local chat` with a terminal as its keyboard (a pty: stdin.isatty() is true) and
    its output read as it comes, so a test can wait for what a user would wait for."""

    def __init__(self, *args: str) -> None:
        import pty
        import termios

        keyboard, self._tty = pty.openpty()
        mode = termios.tcgetattr(self._tty)
        mode[3] &= ~termios.ECHO  # typed text is not echoed back into the pty
        termios.tcsetattr(self._tty, termios.TCSANOW, mode)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gpt4local", "chat", *args],
            stdin=self._tty, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        self._keyboard = keyboard
        self.out = self.err = ""

    def type(self, text: str) -> None:
        os.write(self._keyboard, text.encode())

    def wait_for(self, done, timeout: float = 60) -> None:
        """Read output until ``done(terminal)`` holds (TimeoutError after ``timeout`` s)."""
        decoders = {
            stream.fileno(): (name, codecs.getincrementaldecoder("utf-8")())
            for name, stream in (("out", self.process.stdout), ("err", self.process.stderr))
        }
        deadline = time.monotonic() + timeout
        while not done(self):
            ready, _, _ = select.select(list(decoders), [], [], max(deadline - time.monotonic(), 0))
            if not ready:
                raise TimeoutError(f"out: {self.out[-300:]!r}, err: {self.err[-500:]!r}")
            for fd in ready:
                data = os.read(fd, 65536)
                if not data:
                    raise EOFError(f"chat ended: {self.process.wait(60)}, err: {self.err!r}")
                name, decoder = decoders[fd]
                setattr(self, name, getattr(self, name) + decoder.decode(data))

    def prompts(self) -> int:
        return self.err.count("> ")

    def close(self) -> int:
        """Wait for the chat to end (the terminal stays open until then), then its status."""
        try:
            out, err = self.process.communicate(timeout=60)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.communicate()
            os.close(self._keyboard)
            os.close(self._tty)
        self.out, self.err = self.out + out.decode(), self.err + err.decode()
        return self.process.returncode


UNIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="a Unix terminal (pty)")


@pytest.fixture
def terminal():
    started: list[Terminal] = []

    def start(*args: str) -> Terminal:
        started.append(Terminal(*args))
        return started[-1]

    yield start
    for chat in started:
        if chat.process.returncode is None:
            chat.close()


@UNIX_ONLY
def test_a_terminal_chat_says_how_to_leave_and_knows_help_and_quit(terminal, tiny_model):
    """Issue 10: in an interactive `chat`, /quit and /help were sent to the model as messages,
    and nothing said that Ctrl+D exits."""
    chat = terminal("--model", str(tiny_model), "--max-tokens", "4", "--seed", "1")
    chat.wait_for(lambda t: t.prompts() == 1)
    assert "/help lists the commands; /quit or Ctrl+D ends the chat" in chat.err
    chat.type("/help\n")
    chat.wait_for(lambda t: t.prompts() == 2)
    assert "Ctrl+C  stops the answer being written; the chat goes on" in chat.err
    chat.type("/quit\n")
    assert chat.close() == 0
    assert chat.out == ""  # neither was a message to answer


@UNIX_ONLY
def test_ctrl_d_ends_the_chat(terminal, tiny_model):
    chat = terminal("--model", str(tiny_model))
    chat.wait_for(lambda t: t.prompts() == 1)
    chat.type("\x04")  # Ctrl+D on an empty line: the end of the input
    chat.wait_for(lambda t: t.process.poll() is not None or t.err.endswith("> \n"))
    assert chat.close() == 0


@UNIX_ONLY
def test_ctrl_c_stops_the_answer_not_the_chat(terminal, tiny_model):
    """Issue 10: Ctrl+C during an answer ended the whole `chat` session."""
    chat = terminal("--model", str(tiny_model), "--max-tokens", "100000", "--ctx", "8192")
    chat.wait_for(lambda t: t.prompts() == 1)
    for _attempt in range(5):  # random weights may end an answer on their own first
        written, prompts = len(chat.out), chat.prompts()
        chat.type("Tell me a long story.\n")
        chat.wait_for(lambda t, w=written, p=prompts: len(t.out) > w or t.prompts() > p)
        if chat.prompts() > prompts:
            continue  # no answer at all this time
        chat.process.send_signal(signal.SIGINT)  # what the terminal sends for Ctrl+C
        chat.wait_for(lambda t, p=prompts: t.prompts() > p)
        if "[stopped]" in chat.err:
            break
    else:
        pytest.fail(f"no answer long enough to stop in five tries: {chat.err!r}")
    assert chat.process.poll() is None  # the chat goes on
    chat.process.send_signal(signal.SIGINT)  # at the prompt: the typed line goes, not the chat
    chat.wait_for(lambda t: "(/quit or Ctrl+D ends the chat)" in t.err and t.err.endswith("> "))
    chat.type("/quit\n")
    assert chat.close() == 0


def test_a_reader_that_goes_away_ends_the_output_quietly(isolated_home):
    """Found retrying issue 10 by hand: `gpt4local models fit NAME | head -1` printed a
    BrokenPipeError traceback."""
    command = [sys.executable, "-m", "gpt4local", "models", "catalog"]
    reader_gone = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    reader_gone.stdout.close()  # before the program writes anything
    _, err = reader_gone.communicate(timeout=120)
    assert reader_gone.returncode == 141
    assert err == b""
