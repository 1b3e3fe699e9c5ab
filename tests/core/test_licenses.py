"""The licenses the About dialog lists: from package metadata, with a table behind it."""

from __future__ import annotations

from email.message import Message
from importlib import metadata

import pytest

from gpt4local.core import licenses


def package_metadata(**fields: str | list[str]) -> Message:
    meta = Message()
    for key, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            meta[key.replace("_", "-")] = item
    return meta


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"License_Expression": "BSD-3-Clause", "License": "BSD"}, "BSD-3-Clause"),
        ({"License": "MPL-2.0 AND MIT"}, "MPL-2.0 AND MIT"),
        ({"License": "Copyright (c) 2020 Someone\n\nPermission is hereby granted"}, None),
        ({"License": "UNKNOWN", "Classifier": ["License :: OSI Approved :: MIT License"]}, "MIT"),
        ({"Classifier": ["Topic :: AI", "License :: OSI Approved :: BSD License"]}, "BSD"),
        ({}, None),
    ],
)
def test_license_from_metadata(fields: dict, expected: str | None) -> None:
    assert licenses.license_from_metadata(package_metadata(**fields)) == expected  # type: ignore[arg-type]


def test_main_components_come_first_then_what_they_pull_in() -> None:
    components = licenses.bundled_components()
    names = [c.name for c in components]
    assert names[:5] == ["gpt4local", "Qt", "PySide6", "shiboken6", "llama.cpp"]
    by_name = {c.name: c for c in components}
    assert by_name["Jinja2"].license == "BSD-3-Clause"  # the table beats a bare "BSD" classifier
    assert by_name["llama-cpp-python"].version
    assert "MarkupSafe" in by_name  # Jinja2's own dependency is shipped too
    assert len(names) == len({n.lower() for n in names})


def test_a_build_without_metadata_still_lists_the_main_licenses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def missing(name: str) -> None:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "metadata", missing)
    monkeypatch.setattr(metadata, "requires", missing)
    components = licenses.bundled_components()
    assert len(components) == len(licenses._MAIN)
    assert {c.name: c.license for c in components}["tqdm"] == "MPL-2.0 AND MIT"
    assert all(c.version is None for c in components)
