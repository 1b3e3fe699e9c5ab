from gpt4local.settings import Settings, load_settings, save_settings, settings_file


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
