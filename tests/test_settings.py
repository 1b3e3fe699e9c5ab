"""Settings: typed, versioned, saved atomically; bad values fall back one field at a time."""

import io
import json

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring

from gpt4local.cli.main import main
from gpt4local.core import paths
from gpt4local.core.hub.access_token import access_token, save_token, saved_token
from gpt4local.core.inference.options import LoadSettings, SamplingSettings
from gpt4local.core.settings import (
    SCHEMA_VERSION,
    GenerationSettings,
    Settings,
    assign_settings,
    check_generation,
    load_for,
    load_settings,
    sampling_for,
    save_settings,
    settings_file,
    system_prompt_for,
    template_override_for,
)
from tests.memory_keyring import files_containing


def test_round_trip_and_no_temporary_files_left():
    settings = Settings(context_length=4096, side_loaded_models=["/m/a.gguf"])
    save_settings(settings)
    loaded, problem = load_settings()
    assert problem is None
    assert loaded == settings
    assert [p.name for p in settings_file().parent.iterdir()] == ["settings.json"]


def test_missing_file_gives_defaults_quietly():
    assert load_settings() == (Settings(), None)


def test_corrupt_file_is_set_aside_with_a_message():
    settings_file().parent.mkdir(parents=True)
    settings_file().write_text("{ not json")
    loaded, problem = load_settings()
    assert loaded == Settings()
    assert "defaults are used" in problem
    assert settings_file().with_suffix(".json.bad").read_text() == "{ not json"


def test_unknown_keys_from_a_newer_version_are_ignored():
    settings_file().parent.mkdir(parents=True)
    settings_file().write_text('{"context_length": 1024, "from_the_future": true}')
    loaded, problem = load_settings()
    assert problem is None and loaded.context_length == 1024


# --- schema 2 ------------------------------------------------------------------------------------

V1_FILE = {
    "schema_version": 1,
    "context_length": 3072,
    "threads": 3,
    "last_model": "/models/a.gguf",
    "side_loaded_models": ["/elsewhere/b.gguf"],
    "models_folder": "/models",
    "catalog_url": "https://example.org/catalog.json",
    "hf_token": "hf_secret",
    "memory_map": "off",
}


def write(data) -> None:
    settings_file().parent.mkdir(parents=True, exist_ok=True)
    settings_file().write_text(json.dumps(data))


def test_a_version_1_file_keeps_every_value_and_gains_the_new_defaults(keychain):
    write(V1_FILE)
    loaded, problem = load_settings()
    assert problem is None
    assert SCHEMA_VERSION == 2 and loaded.schema_version == 2
    for key, value in V1_FILE.items():
        if key not in ("schema_version", "hf_token"):
            assert getattr(loaded, key) == value, key
    assert loaded.hf_token == "" and saved_token() == "hf_secret"  # moved to the keychain
    assert (loaded.theme, loaded.font_size, loaded.default_model) == ("system", 0, "")
    assert loaded.generation == GenerationSettings()
    assert loaded.model_overrides == {} and loaded.template_overrides == {}
    assert (loaded.window_geometry, loaded.splitter_state) == ("", "")
    assert loaded.last_conversation_id is None
    save_settings(loaded)
    assert json.loads(settings_file().read_text())["schema_version"] == 2


def test_the_generation_defaults_are_the_engines():
    defaults = GenerationSettings()
    assert (defaults.temperature, defaults.top_p, defaults.top_k, defaults.min_p) == (
        0.7,
        0.4,
        40,
        0.0,
    )
    assert (defaults.repeat_penalty, defaults.repeat_last_n, defaults.max_tokens) == (
        1.18,
        64,
        0,  # no limit of its own: until the model is done or the context is full
    )
    assert (defaults.batch_size, defaults.gpu_layers, defaults.seed) == (512, -1, None)
    assert Settings().context_length == 2048
    assert sampling_for(Settings(), "any.gguf") == SamplingSettings()
    assert load_for(Settings(), "any.gguf") == LoadSettings()


def test_every_schema_2_field_survives_a_round_trip():
    settings = Settings(
        theme="dark",
        font_size=13,
        language="zh_CN",
        default_model="/m/a.gguf",
        generation=GenerationSettings(system_prompt="Be brief.", temperature=0.2, seed=7),
        model_overrides={"a.gguf": {"top_k": 5, "context_length": 8192}},
        template_overrides={"a.gguf": "{{ messages[0].content }}"},
        window_geometry="AdnQywADAAA=",
        splitter_state="AAAA/wAAAAE=",
        last_conversation_id=42,
    )
    save_settings(settings)
    assert load_settings() == (settings, None)


def test_a_wrong_value_falls_back_for_that_field_only_with_a_message():
    write(
        {
            **V1_FILE,
            "schema_version": 2,
            "threads": "four",
            "side_loaded_models": "not a list",
            "theme": "purple",
            "font_size": True,
            "last_conversation_id": 1.5,
            "generation": {
                "temperature": 0.3,
                "top_p": 0,
                "max_tokens": -5,
                "seed": "x",
                "top_k": 12,
                "from_the_future": 1,
            },
        }
    )
    loaded, problem = load_settings()
    assert (loaded.threads, loaded.side_loaded_models, loaded.theme) == (0, [], "system")
    assert (loaded.font_size, loaded.last_conversation_id) == (0, None)
    assert loaded.generation == GenerationSettings(temperature=0.3, top_k=12)
    assert loaded.context_length == 3072 and loaded.memory_map == "off"  # the good ones stay
    for name in (
        "threads",
        "side_loaded_models",
        "theme",
        "font_size",
        "last_conversation_id",
        "generation.top_p",
        "generation.max_tokens",
        "generation.seed",
    ):
        assert name in problem
    assert "temperature" not in problem
    assert not settings_file().with_suffix(".json.bad").exists()  # the file was readable


@pytest.mark.parametrize(
    ("size", "kept"), [(0, True), (8, True), (32, True), (1, False), (48, False)]
)
def test_font_sizes_outside_8_to_32_points_fall_back_to_the_system_size(size, kept):
    """A 1 pt font (one click in the old box) made the window unusable; 48 pt hid the tables."""
    write({**V1_FILE, "schema_version": 2, "font_size": size})
    loaded, problem = load_settings()
    assert loaded.font_size == (size if kept else 0)
    assert (problem is None) is kept


@pytest.mark.parametrize(
    ("language", "kept"),
    [("", True), ("de", True), ("zh_CN", True), ("pt_BR", True), ("zh_Hant", True),
     ("German", False), ("de-AT", False), ("../de", False), ("DE", False), (3, False)],
)  # fmt: skip
def test_a_language_is_empty_or_a_language_code(language, kept):
    """The window loads gpt4local_<language>.qm: no path, no name, only a code."""
    write({**V1_FILE, "schema_version": 2, "language": language})
    loaded, problem = load_settings()
    assert loaded.language == (language if kept else "")
    assert (problem is None) is kept


def test_a_saved_answer_length_of_4096_keeps_working():
    """The default was 4,096 before it became "until the context is full" (0); files saved with
    it keep their value, for every model and per model."""
    generation = {"max_tokens": 4096}
    write({**V1_FILE, "schema_version": 2, "generation": generation,
           "model_overrides": {"m.gguf": generation}})  # fmt: skip
    loaded, problem = load_settings()
    assert problem is None
    assert loaded.generation.max_tokens == 4096
    assert sampling_for(loaded, "m.gguf").max_tokens == 4096


def test_bad_overrides_are_dropped_one_value_at_a_time():
    write(
        {
            "model_overrides": {
                "a.gguf": {"temperature": 0.1, "top_p": 1.5, "unknown": 3},
                "b.gguf": "not a dict",
            },
            "template_overrides": {"a.gguf": "{{ fine }}", "b.gguf": "{% for %}", "c.gguf": 5},
        }
    )
    loaded, problem = load_settings()
    # A wrong type in the template map drops the map: it is one field.
    assert loaded.template_overrides == {}
    assert "template_overrides" in problem
    assert loaded.model_overrides == {"a.gguf": {"temperature": 0.1}}
    assert "model_overrides[a.gguf].top_p" in problem and "model_overrides[b.gguf]" in problem

    write({"template_overrides": {"a.gguf": "{{ fine }}", "b.gguf": "{% for %}"}})
    loaded, problem = load_settings()
    assert loaded.template_overrides == {"a.gguf": "{{ fine }}"}
    assert "template_overrides[b.gguf]" in problem


def test_a_file_that_is_not_an_object_is_set_aside():
    write([1, 2, 3])
    loaded, problem = load_settings()
    assert loaded == Settings() and "defaults are used" in problem


def test_helpers_put_a_models_overrides_over_the_defaults():
    settings = Settings(
        context_length=4096,
        threads=2,
        generation=GenerationSettings(system_prompt="Default.", temperature=0.5, gpu_layers=0),
        model_overrides={
            "mine.gguf": {
                "temperature": 0.1,
                "seed": 9,
                "context_length": 512,
                "system_prompt": "Mine.",
            }
        },
        template_overrides={"mine.gguf": "{{ 'x' }}", "blank.gguf": "  "},
    )
    mine = sampling_for(settings, "/some/folder/mine.gguf")  # a path works as well as a name
    assert (mine.temperature, mine.seed, mine.top_k) == (0.1, 9, 40)
    assert sampling_for(settings, "other.gguf").temperature == 0.5
    assert load_for(settings, "mine.gguf") == LoadSettings(n_ctx=512, n_threads=2, n_gpu_layers=0)
    assert load_for(settings, "other.gguf").n_ctx == 4096
    assert system_prompt_for(settings, "mine.gguf") == "Mine."
    assert system_prompt_for(settings, "other.gguf") == "Default."
    assert template_override_for(settings, "mine.gguf") == "{{ 'x' }}"
    assert template_override_for(settings, "blank.gguf") is None
    assert template_override_for(settings, "other.gguf") is None


@pytest.mark.parametrize(
    "values",
    [
        {"top_p": 0},
        {"top_p": 1.01},
        {"max_tokens": -5},
        {"temperature": -1},
        {"min_p": 2},
        {"repeat_penalty": 0},
        {"repeat_last_n": -1},
        {"top_k": -1},
        {"context_length": 32},
        {"batch_size": 0},
        {"gpu_layers": -2},
    ],
)
def test_values_the_engine_refuses_are_rejected(values):
    assert check_generation(values) is not None
    settings = Settings(model_overrides={"m.gguf": values})
    with pytest.raises(ValueError):
        sampling_for(settings, "m.gguf")
    with pytest.raises(ValueError):
        load_for(settings, "m.gguf")


def test_values_at_the_edges_are_accepted():
    edges = {
        "top_p": 1.0,
        "min_p": 1.0,
        "temperature": 0.0,
        "top_k": 0,
        "context_length": 64,
        "gpu_layers": -1,
        "repeat_last_n": 0,
        "max_tokens": 0,
        "seed": 0,
    }
    assert check_generation(edges) is None
    assert check_generation({"max_tokens": 1}) is None
    assert check_generation({}, threads=-1) is not None


def test_assigning_settings_updates_the_object_others_hold():
    held = Settings()
    new = Settings(theme="dark", model_overrides={"a.gguf": {"top_k": 1}})
    assign_settings(held, new)
    assert held == new
    new.model_overrides["a.gguf"]["top_k"] = 2  # nothing shared with the source
    assert held.model_overrides == {"a.gguf": {"top_k": 1}}


# --- the Hugging Face token: never in our files ---------------------------------------------------


def test_a_plain_text_token_moves_to_the_keychain_on_first_start(keychain):
    """Issue 10: the Hugging Face token sat in plain text in settings.json."""
    write(V1_FILE | {"from_the_future": [1, 2]})
    loaded, problem = load_settings()
    assert problem is None and loaded.hf_token == ""
    assert keychain.entries == {("gpt4local", "huggingface-token"): "hf_secret"}
    on_disk = json.loads(settings_file().read_text())
    assert on_disk == {k: v for k, v in V1_FILE.items() if k != "hf_token"} | {
        "from_the_future": [1, 2]
    }  # the rest of the file exactly as it was
    assert files_containing(paths.config_dir().parent, "hf_secret") == []
    assert load_settings() == (loaded, None)  # and the next start has nothing to move


def test_a_token_already_in_the_keychain_is_kept(keychain):
    save_token("hf_newer_from_the_keychain")
    write(V1_FILE)
    assert load_settings()[0].hf_token == ""
    assert saved_token() == "hf_newer_from_the_keychain"
    assert "hf_token" not in json.loads(settings_file().read_text())


def test_without_a_keychain_the_token_stays_where_it_is_and_the_user_is_told(keychain):
    """Deleting it could lose the user's only copy (Hugging Face shows a token once)."""
    keyring.set_keyring(FailKeyring())
    write(V1_FILE)
    before = settings_file().read_bytes()
    loaded, problem = load_settings()
    assert loaded.hf_token == "hf_secret"  # still used, so gated downloads keep working
    assert problem is not None
    assert "still stored in plain text" in problem and "No system keychain" in problem
    assert "HF_TOKEN" in problem
    assert settings_file().read_bytes() == before
    assert access_token(loaded.hf_token) == "hf_secret"


def test_hf_token_in_the_environment_comes_first(keychain, monkeypatch):
    save_token("hf_saved")
    assert access_token("hf_plain") == "hf_saved"
    monkeypatch.setenv("HF_TOKEN", "hf_from_env")
    assert access_token("hf_plain") == "hf_from_env"
    keyring.set_keyring(FailKeyring())
    monkeypatch.delenv("HF_TOKEN")
    assert access_token("hf_plain") == "hf_plain"
    assert access_token() is None


def test_the_cli_keeps_the_token_in_the_keychain_and_never_in_a_file(keychain, monkeypatch,
                                                                      capsys):  # fmt: skip
    monkeypatch.setattr("sys.stdin", io.StringIO("hf_typed_in_the_cli\n"))
    assert main(["models", "token", "set"]) == 0
    assert keychain.entries == {("gpt4local", "huggingface-token"): "hf_typed_in_the_cli"}
    assert "the token saved in the system keychain" in capsys.readouterr().out
    save_settings(load_settings()[0])
    assert files_containing(paths.config_dir().parent, "hf_typed_in_the_cli") == []
    assert main(["models", "token", "remove"]) == 0
    assert keychain.entries == {}


def test_the_cli_says_when_there_is_no_keychain(keychain, monkeypatch, capsys):
    keyring.set_keyring(FailKeyring())
    monkeypatch.setattr("sys.stdin", io.StringIO("hf_typed_in_the_cli\n"))
    assert main(["models", "token", "set"]) == 1
    error = capsys.readouterr().err
    assert "No system keychain is available here" in error and "HF_TOKEN" in error
    assert main(["models", "token"]) == 0
    assert "Set the HF_TOKEN environment variable" in capsys.readouterr().out
    assert files_containing(paths.config_dir().parent, "hf_typed_in_the_cli") == []
