"""The conversation store and crashes: the app killed at any moment keeps all it had committed."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from gpt4local.core.chats.store import ChatStore
from tests.core.chat_helpers import raw

REPO = Path(__file__).resolve().parents[2]

WRITER = r"""
import sys
from pathlib import Path
from gpt4local.core.chats.store import ChatStore
store = ChatStore(Path(sys.argv[1]))
chat = store.create_conversation("crash test")
print("chat", chat.id, flush=True)
n = 0
while True:
    message = store.add_message(chat.id, "user", f"message {n} " + "x" * 3000)
    print("committed", message.id, flush=True)
    n += 1
"""

GENERATOR = r"""
import sys
from pathlib import Path
from gpt4local.core.chats.store import ChatStore
store = ChatStore(Path(sys.argv[1]))
chat = store.create_conversation()
print("user", chat.id, store.add_message(chat.id, "user", "Tell me a story").id, flush=True)
answer = store.add_message(chat.id, "assistant", "", complete=False)
text, n = "", 0
while True:
    text += f"token{n} "
    n += 1
    if n % 5 == 0:
        store.update_message(answer.id, text, complete=False)
        print("saved", answer.id, len(text), flush=True)
"""


def kill_after(script: str, db_path: Path, lines_wanted: int) -> list[list[str]]:
    """Run a child writer, SIGKILL it once it has reported enough, return all it reported."""
    log = db_path.with_name("child-stderr.txt")
    with (
        log.open("w") as stderr,
        subprocess.Popen(
            [sys.executable, "-c", script, str(db_path)],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            cwd=REPO,
        ) as child,
    ):
        assert child.stdout is not None
        watchdog = threading.Timer(60, child.kill)  # a hung child fails the test, never hangs it
        watchdog.start()
        try:
            lines = []
            while len(lines) < lines_wanted:
                line = child.stdout.readline()
                assert line, f"the child ended early: {log.read_text()}"
                lines.append(line)
            child.kill()  # SIGKILL: no cleanup, no close, mid-transaction if it can be
            lines += child.stdout.readlines()  # reported before it died
            child.wait()
        finally:
            watchdog.cancel()
    return [line.split() for line in lines if line.endswith("\n")]


def assert_intact(db_path: Path) -> None:
    with raw(db_path) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        db.execute("INSERT INTO message_search (message_search) VALUES ('integrity-check')")


def test_a_killed_writer_loses_nothing_it_committed(db_path: Path) -> None:
    reported = kill_after(WRITER, db_path, lines_wanted=300)
    chat_id = int(reported[0][1])
    committed = {int(words[1]) for words in reported[1:]}
    assert len(committed) >= 299
    assert_intact(db_path)
    with ChatStore(db_path) as store:
        assert store.notice is None
        stored = store.messages(chat_id)
        assert committed <= {m.id for m in stored}
        assert [m.position for m in stored] == list(range(len(stored)))


def test_killed_during_generation_keeps_the_question_and_the_partial_answer(
    db_path: Path,
) -> None:
    reported = kill_after(GENERATOR, db_path, lines_wanted=40)
    _, chat_id, user_id = reported[0]
    saves = [words for words in reported[1:] if words[0] == "saved"]
    answer_id, last_length = int(saves[-1][1]), int(saves[-1][2])
    assert_intact(db_path)
    with ChatStore(db_path) as store:
        user, answer = store.messages(int(chat_id))
        assert (user.id, user.role, user.content) == (int(user_id), "user", "Tell me a story")
        assert (answer.id, answer.role, answer.complete) == (answer_id, "assistant", False)
        expected = "".join(f"token{n} " for n in range(len(answer.content)))
        assert len(answer.content) >= last_length  # a later save may have beaten the print
        assert answer.content == expected[: len(answer.content)]
