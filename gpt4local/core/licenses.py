"""The components gpt4local ships and the licenses they come under, for the About dialog.

Licenses are read from each package's installed metadata (PEP 639 ``License-Expression``, else a
short ``License`` field, else the trove classifier), so an upgrade that changes a license shows up
by itself. A frozen build may carry no metadata at all, so a table of the known ones stands behind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata

# (shown name, distribution name or None for a C/C++ library, license if metadata does not say)
_MAIN: tuple[tuple[str, str | None, str], ...] = (
    ("gpt4local", "gpt4local", "MIT"),
    ("Qt", None, "LGPL-3.0-only"),
    ("PySide6", "PySide6-Essentials", "LGPL-3.0-only"),
    ("shiboken6", "shiboken6", "LGPL-3.0-only"),
    ("llama.cpp", None, "MIT"),
    ("llama-cpp-python", "llama_cpp_python", "MIT"),
    ("huggingface-hub", "huggingface-hub", "Apache-2.0"),
    ("httpx2", "httpx2", "BSD-3-Clause"),
    ("platformdirs", "platformdirs", "MIT"),
    ("gguf", "gguf", "MIT"),
    ("Jinja2", "jinja2", "BSD-3-Clause"),
    ("NumPy", "numpy", "BSD-3-Clause"),
    ("psutil", "psutil", "BSD-3-Clause"),
    ("jsonschema", "jsonschema", "MIT"),
    ("tqdm", "tqdm", "MPL-2.0 AND MIT"),
    ("markdown-it-py", "markdown-it-py", "MIT"),
    ("Pygments", "pygments", "BSD-2-Clause"),
    ("Lucide icons", None, "ISC"),  # resources/icons/ui, with their license file
)
# Trove classifier names → SPDX identifiers, for packages that only have a classifier.
_CLASSIFIERS = {
    "MIT License": "MIT",
    "Apache Software License": "Apache-2.0",
    "BSD License": "BSD",
    "Mozilla Public License 2.0 (MPL 2.0)": "MPL-2.0",
    "ISC License (ISCL)": "ISC",
    "Python Software Foundation License": "PSF-2.0",
    "GNU Lesser General Public License v3 (LGPLv3)": "LGPL-3.0",
}
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


@dataclass(frozen=True)
class Component:
    name: str
    version: str | None  # None: not a Python package, or its metadata is not in this build
    license: str


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _field(meta: metadata.PackageMetadata, key: str) -> str | None:
    values = meta.get_all(key)  # (PackageMetadata has no .get() before Python 3.12)
    return str(values[0]) if values else None


def license_from_metadata(meta: metadata.PackageMetadata) -> str | None:
    expression = _field(meta, "License-Expression")
    if expression:
        return expression.strip()
    text = (_field(meta, "License") or "").strip()
    if text and "\n" not in text and len(text) <= 60 and text.upper() != "UNKNOWN":
        return text  # a name, not the whole license text pasted in
    for classifier in meta.get_all("Classifier") or []:
        if classifier.startswith("License :: "):
            name = classifier.rsplit(" :: ", 1)[-1]
            return _CLASSIFIERS.get(name, name)
    return None


def _component(shown: str | None, distribution: str, fallback: str | None) -> Component | None:
    """``shown`` None: the package's own spelling of its name."""
    try:
        meta = metadata.metadata(distribution)
    except metadata.PackageNotFoundError:
        return Component(shown or distribution, None, fallback) if fallback else None
    found = license_from_metadata(meta)
    # A bare "BSD" classifier says less than the table does (which of the BSD licenses).
    license = fallback if fallback and (found is None or found == "BSD") else found
    name = shown or _field(meta, "Name") or distribution
    return Component(name, _field(meta, "Version"), license or "see the package")


def _runtime_requirements(distribution: str) -> list[str]:
    try:
        requirements = metadata.requires(distribution) or []
    except metadata.PackageNotFoundError:
        return []
    names = []
    for requirement in requirements:
        if "extra ==" in requirement:  # optional extras are not shipped
            continue
        match = _NAME.match(requirement)
        if match:
            names.append(match.group())
    return names


def bundled_components() -> list[Component]:
    """The main components first, then every other package they pull in (as far as the
    installed metadata tells: a frozen build without metadata lists the main ones only)."""
    components = []
    seen: set[str] = set()
    for shown, distribution, fallback in _MAIN:
        if distribution is None:
            components.append(Component(shown, None, fallback))
            continue
        seen.add(_canonical(distribution))
        component = _component(shown, distribution, fallback)
        if component is not None:
            components.append(component)
    if "pyside6-essentials" in seen:
        seen.add("pyside6")  # the same binding under its other distribution name
    others = []
    queue = [distribution for _, distribution, _ in _MAIN if distribution]
    while queue:
        for name in _runtime_requirements(queue.pop()):
            if _canonical(name) in seen:
                continue
            seen.add(_canonical(name))
            queue.append(name)
            component = _component(None, name, None)
            if component is not None:
                others.append(component)
    return components + sorted(others, key=lambda c: c.name.lower())
