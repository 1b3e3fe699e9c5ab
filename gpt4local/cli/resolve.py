"""Which model file a name typed on the command line means (`chat --model`, `models fit`)."""

from __future__ import annotations

from pathlib import Path

from gpt4local.core.errors import UserFacingError


def resolve_model(name: str) -> Path:
    """A path, an installed model's name, or a catalog id of a downloaded model."""
    from gpt4local.core.models.catalog import load_catalog
    from gpt4local.core.models.library import find_model, may_exist
    from gpt4local.core.settings import load_settings, models_folder

    settings = load_settings()[0]
    folder = models_folder(settings)
    path = find_model(name, folder, settings.side_loaded_models)
    if may_exist(path):
        return path
    entry = load_catalog()[0].find(name)
    if entry is None:
        return path  # the engine says "not found" with the path
    downloaded = folder / Path(entry.filename).name
    if not may_exist(downloaded):
        raise UserFacingError(
            f"{entry.name} is not downloaded yet: gpt4local models download {entry.id}"
        )
    return downloaded
