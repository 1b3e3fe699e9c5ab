"""Core's user-facing messages carry an id and arguments next to their English text, which stays
what the command line prints."""

from __future__ import annotations

import pickle
import sqlite3

import pytest

from gpt4local.core.chats.database import SAVE_FAILED, ChatStoreError, transaction
from gpt4local.core.errors import (
    WORDINGS,
    Bytes,
    ModelFileError,
    Said,
    Wording,
    said_of,
    sentences,
)
from gpt4local.core.fit.memory_fit import CLOSE_PROGRAMS
from gpt4local.core.inference.options import (
    SETTING_LABELS,
    LoadSettings,
    SamplingSettings,
    SettingError,
)
from gpt4local.core.models.gguf_info import EMPTY, NOT_GGUF, read_info
from gpt4local.core.models.library import ModelFile, describe_model
from gpt4local.core.units import human_size


def test_a_not_gguf_file_says_so_with_its_id_and_the_same_english(tmp_path):
    path = tmp_path / "notes.bin"
    path.write_bytes(b"PK\x03\x04 a zip, not a model")
    with pytest.raises(ModelFileError) as raised:
        read_info(path)
    error = raised.value
    assert str(error) == "notes.bin is not a GGUF model file (it does not start with 'GGUF')."
    assert error.said is not None
    assert (error.said.code, error.said.params) == ("model.not_gguf", {"name": "notes.bin"})


def test_a_truncated_file_carries_its_figures(tmp_path, tiny_model):
    path = tmp_path / "cut.gguf"
    data = tiny_model.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ModelFileError) as raised:
        read_info(path)
    said = raised.value.said
    assert said is not None and said.code == "model.truncated"
    assert said.params["size"] == len(data) // 2
    assert f"but has {len(data) // 2:,}. Download it again." in str(raised.value)


def test_sizes_are_written_in_english_as_before():
    said = Wording("test.sizes", "It needs {needed}, {count} times.")(needed=Bytes(4_368_439_296),
                                                                      count=12_345)  # fmt: skip
    del WORDINGS["test.sizes"]
    assert said == f"It needs {human_size(4_368_439_296)}, 12,345 times."
    assert said.params["needed"] == 4_368_439_296 and isinstance(said.params["needed"], Bytes)


def test_a_wording_takes_exactly_its_placeholders_and_an_id_is_defined_once():
    with pytest.raises(ValueError, match="defined twice"):
        Wording("model.not_gguf", "{name}")
    with pytest.raises(TypeError):
        NOT_GGUF(file="x.bin")


@pytest.mark.parametrize("field, settings, value", [
    ("n_ctx", LoadSettings, 8), ("n_batch", LoadSettings, 0), ("temperature", SamplingSettings, -1),
    ("top_p", SamplingSettings, 0), ("max_tokens", SamplingSettings, -5),
    ("kv_cache_type", LoadSettings, "q2"),
])  # fmt: skip
def test_a_refused_setting_says_the_same_sentence_with_an_id(field, settings, value):
    with pytest.raises(SettingError) as refused:
        settings(**{field: value})
    error = refused.value
    assert str(error) == f"{SETTING_LABELS[field]} must be {error.rule}, not {value!r}."
    said = said_of(error)
    assert said is not None and said.code == f"setting.{field}"
    assert said.params["value"] == repr(value)


def test_sentences_join_with_a_space_and_keep_each_part():
    first, then = CLOSE_PROGRAMS(), EMPTY(name="x.gguf")
    joined = sentences(None, first, "", then)
    assert joined == f"{first} {then}"
    assert isinstance(joined, Said) and joined.code == "sentences"
    assert joined.params == {"first": first, "then": then}
    assert sentences("only") == "only" and sentences() == ""


def test_a_disk_full_while_saving_chats_is_an_id_inside_an_id():
    db = sqlite3.connect(":memory:", isolation_level=None)
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorname = "SQLITE_FULL"  # type: ignore[attr-defined]
    with pytest.raises(ChatStoreError) as raised, transaction(db, SAVE_FAILED):
        raise full
    said = raised.value.said
    assert said is not None and said.code == "chats.save_failed"
    assert said_of(said.params["reason"]).code == "chats.disk_full"  # type: ignore[union-attr]
    assert str(raised.value) == ("Could not save your chats: the disk is full (database or disk "
                                 "is full). Free some space, then try again")  # fmt: skip


def test_an_error_with_an_id_survives_pickling():
    error = ModelFileError(EMPTY(name="x.gguf"))
    copy = pickle.loads(pickle.dumps(error))
    assert str(copy) == str(error) and copy.said.code == "model.empty"


def test_an_installed_file_that_cannot_be_used_keeps_the_id_of_its_problem(tmp_path):
    """The Models page lists such a file with its problem; the window translates it by the id."""
    path = tmp_path / "empty.gguf"
    path.write_bytes(b"")
    described = describe_model(ModelFile(path, 0))
    assert described.problem == "empty.gguf is empty (0 bytes): there is no model in it."
    said = said_of(described.problem)
    assert said is not None and said.code == "model.empty"
